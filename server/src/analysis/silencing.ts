// How a user silences a finding they disagree with, the way prose linters do:
//   <!-- copydesk-disable-next-line quotes/unclosed -->   (next line; no rule = every rule)
//   <!-- copydesk-disable names/variant --> … <!-- copydesk-enable names/variant -->
// and, in any format, an entry in the workspace ignore file (rule + the sentence it was in), which
// the "Ignore here" quick fix writes. Both are read here so the CLI and every editor agree.

import type { Document, Finding } from './types';
import { sentenceAt } from './document';

interface Region {
  start: number;
  end: number;
  rules: string[] | null; // null: every rule
}

const COMMENT_RE = /<!--\s*copydesk-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;

function ruleList(raw: string): string[] | null {
  const ids = raw.split(/[\s,]+/).filter(Boolean);
  return ids.length ? ids : null;
}

export function silencedRegions(text: string): Region[] {
  const regions: Region[] = [];
  const open: Array<{ start: number; rules: string[] | null }> = [];
  COMMENT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COMMENT_RE.exec(text))) {
    const rules = ruleList(m[2]);
    const after = m.index + m[0].length;
    if (m[1] === 'disable-next-line') {
      const eol = text.indexOf('\n', after);
      const start = eol < 0 ? text.length : eol + 1;
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      regions.push({ start, end, rules });
    } else if (m[1] === 'disable-line') {
      const sol = text.lastIndexOf('\n', m.index) + 1;
      let end = text.indexOf('\n', after);
      if (end < 0) end = text.length;
      regions.push({ start: sol, end, rules });
    } else if (m[1] === 'disable') {
      open.push({ start: after, rules });
    } else {
      // enable: closes the matching disable (same rules), or every open one when it names none
      for (let i = open.length - 1; i >= 0; i--) {
        const o = open[i];
        if (rules === null || (o.rules !== null && o.rules.join(',') === rules.join(','))) {
          regions.push({ start: o.start, end: m.index, rules: o.rules });
          open.splice(i, 1);
          if (rules !== null) break;
        }
      }
    }
  }
  for (const o of open) regions.push({ start: o.start, end: text.length, rules: o.rules });
  return regions;
}

const matchesRule = (rules: string[] | null, id: string) =>
  rules === null || rules.some((r) => r === id || id.startsWith(r.endsWith('/') ? r : r + '/'));

/** The whitespace-normalised sentence a finding sits in: what the ignore file records. */
export function contextOf(doc: Document, offset: number): string {
  const s = sentenceAt(doc, offset);
  const raw =
    s >= 0
      ? doc.text.slice(doc.sentences[s].start, doc.sentences[s].end)
      : doc.text.slice(Math.max(0, offset - 40), offset + 40);
  return raw.replace(/\s+/g, ' ').trim().slice(0, 200);
}

export function applySilencing(
  doc: Document,
  findings: Finding[],
  ignored: ReadonlyArray<{ rule: string; text: string }> = [],
): Finding[] {
  const regions = doc.text.includes('copydesk-') ? silencedRegions(doc.text) : [];
  if (!regions.length && !ignored.length) return findings;
  return findings.filter((f) => {
    for (const r of regions) if (f.offset >= r.start && f.offset < r.end && matchesRule(r.rules, f.rule)) return false;
    if (ignored.length) {
      const ctx = contextOf(doc, f.offset);
      for (const ig of ignored) if (matchesRule([ig.rule], f.rule) && ig.text === ctx) return false;
    }
    return true;
  });
}

/**
 * The workspace ignore file (`.copydesk/ignore.txt`): one silenced finding a line, as
 * `rule<TAB>sentence`; `#` starts a comment. Plain text so a team can review it in git.
 */
export function parseIgnoreFile(text: string): Array<{ rule: string; text: string }> {
  const out: Array<{ rule: string; text: string }> = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    out.push({
      rule: line.slice(0, tab).trim(),
      text: line
        .slice(tab + 1)
        .replace(/\s+/g, ' ')
        .trim(),
    });
  }
  return out;
}

export function formatIgnoreEntry(rule: string, context: string): string {
  return `${rule}\t${context.replace(/\s+/g, ' ').trim()}`;
}
