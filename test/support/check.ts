// Annotated fixtures, in the manner of rust-analyzer's `check_diagnostics`: a test writes the draft
// with its expected findings marked under the words they are on, and a failure prints the draft
// with what Copydesk actually found marked inline, so the difference reads at a glance.
//
//   checkFindings(`
//     “We will open in March, the minister said.
//     ^ quotes/unclosed
//   `, { rules: ['quotes/'] });
//
// An annotation line is carets (and spaces) then a rule id: the carets stand under the finding's
// characters in the text line above it; `^` alone under the first character of a longer finding
// matches any length. Annotation lines are removed from the text (so are the fixture's common
// indentation and its first and last blank lines). `rules` narrows what is compared to rule ids
// starting with one of the prefixes: a rule's test says nothing about other rules.
import * as assert from 'node:assert/strict';
import { analyze, type Analysis, type AnalysisOptions, type Finding } from '../../server/src/analysis';

export interface Expected {
  rule: string;
  offset: number;
  /** undefined when the annotation is a single caret: any length. */
  length?: number;
}

const ANNOTATION = /^(\s*)(\^+)\s+([a-z]+\/[a-z-]+)\s*$/;

/** The fixture's text (annotations removed) and the findings it expects. */
export function parseFixture(fixture: string): { text: string; expected: Expected[] } {
  let lines = fixture.split('\n');
  while (lines.length && lines[0].trim() === '') lines.shift();
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  lines = lines.map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)));
  const kept: string[] = [];
  const expected: Expected[] = [];
  let offset = 0;
  let lastLineStart = -1;
  for (const line of lines) {
    const m = ANNOTATION.exec(line);
    if (m && lastLineStart >= 0) {
      const carets = m[2].length;
      expected.push({ rule: m[3], offset: lastLineStart + m[1].length, length: carets === 1 ? undefined : carets });
      continue;
    }
    kept.push(line);
    lastLineStart = offset;
    offset += line.length + 1;
  }
  return { text: kept.join('\n'), expected };
}

/** The text with each finding shown inline: `⟦words⟧‹rule›`. */
export function markInline(text: string, findings: readonly Pick<Finding, 'rule' | 'offset' | 'length'>[]): string {
  const sorted = [...findings].sort((a, b) => b.offset - a.offset || b.length - a.length);
  let out = text;
  for (const f of sorted) {
    out =
      out.slice(0, f.offset) +
      '⟦' +
      out.slice(f.offset, f.offset + f.length) +
      '⟧‹' +
      f.rule +
      '›' +
      out.slice(f.offset + f.length);
  }
  return out;
}

/**
 * Analyses the fixture and asserts that the findings of the rules under test are exactly the
 * annotated ones. Returns the analysis for further assertions (messages, fixes).
 */
export function checkFindings(fixture: string, opts: { rules?: string[]; options?: AnalysisOptions } = {}): Analysis {
  const { text, expected } = parseFixture(fixture);
  const analysis = analyze(text, opts.options ?? {});
  const under = (rule: string) => !opts.rules || opts.rules.some((p) => rule.startsWith(p));
  const got = analysis.findings.filter((f) => under(f.rule));
  const matches = (e: Expected, f: Finding) =>
    e.rule === f.rule && e.offset === f.offset && (e.length === undefined || e.length === f.length);
  const missing = expected.filter((e) => !got.some((f) => matches(e, f)));
  const extra = got.filter((f) => !expected.some((e) => matches(e, f)));
  if (missing.length || extra.length) {
    const expectedShown = markInline(
      text,
      expected.map((e) => ({ ...e, length: e.length ?? 1 })),
    );
    assert.fail(
      `findings differ\n\nexpected:\n${expectedShown}\n\nfound:\n${markInline(text, got)}\n\n` +
        (missing.length ? `missing: ${missing.map((e) => `${e.rule}@${e.offset}`).join(', ')}\n` : '') +
        (extra.length
          ? `extra: ${extra.map((f) => `${f.rule}@${f.offset}+${f.length} “${f.message}”`).join(', ')}\n`
          : ''),
    );
  }
  return analysis;
}
