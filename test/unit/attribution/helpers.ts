// What the attribution tests read from one analysis: findings of the family, and attributions.
import { analyze } from '../../../server/src/analysis/analyze';
import { applyEdits } from '../../../server/src/analysis/edits';
import type { AnalysisOptions, AttributionHow, Finding } from '../../../server/src/analysis/types';

export function attributionFindings(text: string, options: AnalysisOptions = {}): Finding[] {
  return analyze(text, options).findings.filter((f) => f.rule.startsWith('attribution/'));
}

/** The findings as "rule «text»", easy to compare. */
export function flags(text: string, options: AnalysisOptions = {}): string[] {
  return attributionFindings(text, options).map((f) => `${f.rule} «${text.slice(f.offset, f.offset + f.length)}»`);
}

export function speakers(text: string): Array<string | null> {
  const a = analyze(text);
  return a.attributions.map((x) =>
    x.speaker ? (x.speaker.entity >= 0 ? a.entities[x.speaker.entity].canonical : x.speaker.text) : null,
  );
}

export function how(text: string): AttributionHow[] {
  return analyze(text).attributions.map((x) => x.how);
}

/** The text after applying a finding's first fix. */
export function fixed(text: string, f: Finding): string {
  return applyEdits(text, f.fixes[0].edits);
}
