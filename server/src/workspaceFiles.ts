// The two plain files a team keeps in its workspace, shared in git: the names style sheet and the
// ignore file. The server and the CLI both read them through here; only the server writes them
// (from a user's quick fix). Read as data, capped in size, never executed.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseIgnoreFile, parseStyleSheet, type StyleSheet } from './analysis';

export const STYLE_SHEET = path.join('.copydesk', 'names.txt');
export const IGNORE_FILE = path.join('.copydesk', 'ignore.txt');
const MAX_BYTES = 1 << 20;

export interface WorkspaceData {
  styleSheet: StyleSheet;
  ignored: Array<{ rule: string; text: string }>;
}

function readCapped(file: string): string {
  try {
    const st = fs.statSync(file);
    if (!st.isFile() || st.size > MAX_BYTES) return '';
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** The workspace root of a file: the nearest folder upwards holding `.copydesk/`, else none. */
export function findWorkspaceRoot(start: string): string | undefined {
  let dir = path.resolve(start);
  for (let i = 0; i < 64; i++) {
    if (fs.existsSync(path.join(dir, '.copydesk'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
  return undefined;
}

export function readWorkspaceData(root: string | undefined, styleSheetPath = STYLE_SHEET): WorkspaceData {
  if (!root) return { styleSheet: { names: [], distinct: [] }, ignored: [] };
  const sheetFile = path.isAbsolute(styleSheetPath) ? styleSheetPath : path.join(root, styleSheetPath);
  return {
    styleSheet: parseStyleSheet(readCapped(sheetFile)),
    ignored: parseIgnoreFile(readCapped(path.join(root, IGNORE_FILE))),
  };
}

/** Appends one line to a workspace file, creating `.copydesk/` if needed; no-op if present. */
export function appendLine(root: string, relative: string, line: string, header: string): boolean {
  const file = path.isAbsolute(relative) ? relative : path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const existing = readCapped(file);
  if (existing.split(/\r?\n/).some((l) => l.trim() === line.trim())) return false;
  const prefix = existing ? (existing.endsWith('\n') ? '' : '\n') : header;
  fs.appendFileSync(file, `${prefix}${line}\n`, 'utf8');
  return true;
}

export const STYLE_SHEET_HEADER =
  '# Copydesk style sheet: one preferred spelling of a name a line.\n' +
  '# "A != B" says A and B are different people or organisations, never variants.\n';
export const IGNORE_FILE_HEADER =
  '# Copydesk ignore file: findings silenced by "Ignore here", as rule<TAB>sentence.\n';
