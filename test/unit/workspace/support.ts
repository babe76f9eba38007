// Workspaces for the names/across-drafts tests: other drafts indexed as the server and the CLI
// index them (analyse, read off the name words), then one annotated draft checked against them.
import * as assert from 'node:assert/strict';
import { analyze, type AnalysisOptions, type Finding } from '../../../server/src/analysis';
import { acrossDraftsFindings, draftNames, keptWords, WorkspaceIndex } from '../../../server/src/analysis/workspace';
import { markInline, parseFixture } from '../../support/check';

export interface OtherDraft {
  key: string;
  text: string;
  /** Modified time, ms; defaults to the draft's place in the list. */
  time?: number;
}

export function addDraft(index: WorkspaceIndex, d: OtherDraft, i = 0, options: AnalysisOptions = {}): void {
  const key = d.key;
  const names = draftNames(analyze(d.text, options), options);
  index.set({ key, name: key.split('/').pop()!, time: d.time ?? i, language: names.language, words: keptWords(names) });
}

export function workspaceOf(drafts: OtherDraft[], options: AnalysisOptions = {}): WorkspaceIndex {
  const index = new WorkspaceIndex();
  drafts.forEach((d, i) => addDraft(index, d, i, options));
  return index;
}

/** The draft's across-drafts findings must be exactly the annotated ones. */
export function checkAcross(
  fixture: string,
  index: WorkspaceIndex,
  options: AnalysisOptions = {},
  self = 'open.txt',
): { findings: Finding[]; text: string } {
  const { text, expected } = parseFixture(fixture);
  const analysis = analyze(text, options);
  const findings = acrossDraftsFindings(draftNames(analysis, options), index, self, options);
  const same = (e: (typeof expected)[number], f: Finding) =>
    e.rule === f.rule && e.offset === f.offset && (e.length === undefined || e.length === f.length);
  const missing = expected.filter((e) => !findings.some((f) => same(e, f)));
  const extra = findings.filter((f) => !expected.some((e) => same(e, f)));
  if (missing.length || extra.length) {
    assert.fail(
      `findings differ\n\nexpected:\n${markInline(
        text,
        expected.map((e) => ({ ...e, length: e.length ?? 1 })),
      )}\n\nfound:\n${markInline(text, findings)}\n` + findings.map((f) => `  ${f.offset}: ${f.message}`).join('\n'),
    );
  }
  return { findings, text };
}

/** A short release about a person, in a newsroom's usual shape. */
export function release(full: string, role: string, topic: string, surname = full.split(' ').pop()!): string {
  return (
    `${full}, ${role}, spoke at the opening of ${topic} on Tuesday.\n\n` +
    `“We have worked for two years to get here,” ${surname} said.\n\n` +
    `${surname} added that the work would continue next year.\n`
  );
}
