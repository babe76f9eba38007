// The plain files a team keeps in its workspace's .copydesk/ folder, shared in git: the names
// style sheet, the ignore file and the desk's settings (settings.json: the house quotation-mark
// style). The server and the CLI both read them through here; only the server writes them (from
// a user's quick fix). Read as data, capped in size, never executed.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseIgnoreFile, parseStyleSheet, type StyleSheet } from './analysis';

export const STYLE_SHEET = path.join('.copydesk', 'names.txt');
export const IGNORE_FILE = path.join('.copydesk', 'ignore.txt');
export const DESK_SETTINGS = path.join('.copydesk', 'settings.json');
const MAX_BYTES = 1 << 20;

export type QuoteStyle = 'auto' | 'curly' | 'straight';

export interface WorkspaceData {
  styleSheet: StyleSheet;
  ignored: Array<{ rule: string; text: string }>;
  /** The desk's house style from .copydesk/settings.json; undefined when it sets none. */
  quoteStyle?: QuoteStyle;
}

const QUOTE_STYLES: readonly string[] = ['auto', 'curly', 'straight'];

export function isQuoteStyle(v: unknown): v is QuoteStyle {
  return typeof v === 'string' && QUOTE_STYLES.includes(v);
}

/** The desk's settings file: `{"quoteStyle": "curly"}`. Anything malformed is no setting. */
export function parseDeskSettings(text: string): { quoteStyle?: QuoteStyle } {
  if (!text.trim()) return {};
  try {
    const raw = JSON.parse(text) as unknown;
    if (!raw || typeof raw !== 'object') return {};
    const q = (raw as Record<string, unknown>).quoteStyle;
    return isQuoteStyle(q) ? { quoteStyle: q } : {};
  } catch {
    return {};
  }
}

/** The house style to check by: the editor's or command line's own choice, else the desk's, else `auto`. */
export function houseQuoteStyle(own: QuoteStyle | undefined, desk: QuoteStyle | undefined): QuoteStyle {
  return own && own !== 'auto' ? own : (desk ?? 'auto');
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
    ...parseDeskSettings(readCapped(path.join(root, DESK_SETTINGS))),
  };
}

/** What appending a line did to its file: made it, added to it, or found the line already there. */
export interface Appended {
  file: string;
  outcome: 'created' | 'changed' | 'unchanged';
}

/** Appends one line to a workspace file, creating `.copydesk/` and the file if needed; no-op if present. */
export function appendLine(root: string, relative: string, line: string, header: string): Appended {
  const file = path.isAbsolute(relative) ? relative : path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const existed = fs.existsSync(file);
  const existing = readCapped(file);
  if (existing.split(/\r?\n/).some((l) => l.trim() === line.trim())) return { file, outcome: 'unchanged' };
  const prefix = existing ? (existing.endsWith('\n') ? '' : '\n') : header;
  fs.appendFileSync(file, `${prefix}${line}\n`, 'utf8');
  return { file, outcome: existed ? 'changed' : 'created' };
}

export const STYLE_SHEET_HEADER =
  '# Copydesk style sheet: one preferred spelling of a name a line.\n' +
  '# "A != B" says A and B are different people or organisations, never variants.\n';
export const IGNORE_FILE_HEADER = '# Copydesk ignore file: findings silenced by "Ignore here", as rule<TAB>sentence.\n';
