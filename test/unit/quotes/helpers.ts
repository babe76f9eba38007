// Shared by the quotation tests: run the quote check alone and describe what it flagged.
import { buildDocument } from '../../../server/src/analysis/document';
import { checkQuotations } from '../../../server/src/analysis/quotes';
import { applyEdits } from '../../../server/src/analysis/edits';
import type { AnalysisOptions, Finding } from '../../../server/src/analysis/types';

export function check(text: string, options: AnalysisOptions = {}) {
  return checkQuotations(buildDocument(text, options.format ?? 'plaintext'), options);
}

/** Each finding as `rule@mark#n`: the rule and which occurrence of that mark in the text it sits on. */
export function flags(text: string, options: AnalysisOptions = {}): string[] {
  return check(text, options).findings.map((f) => describe(text, f));
}

export function describe(text: string, f: Finding): string {
  const ch = text[f.offset];
  let n = 0;
  for (let i = 0; i <= f.offset; i++) if (text[i] === ch) n++;
  return `${f.rule}@${ch}#${n}`;
}

/** Findings above information: what a writer sees as a squiggle that says "wrong". */
export function problems(text: string, options: AnalysisOptions = {}): string[] {
  return check(text, options)
    .findings.filter((f) => f.severity !== 'information' && f.severity !== 'hint')
    .map((f) => describe(text, f));
}

export function applyFix(text: string, f: Finding, index = 0): string {
  return applyEdits(text, f.fixes[index].edits);
}
