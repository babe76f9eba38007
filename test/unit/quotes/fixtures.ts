// Shared by the annotated-fixture tests of the quotation check: every rule but the house style
// (quotes/style, whose findings depend on the whole draft's majority, has its own tests).
import { checkFindings } from '../../support/check';
import type { AnalysisOptions } from '../../../server/src/analysis/types';

export const PAIRING = [
  'quotes/unclosed',
  'quotes/unopened',
  'quotes/mismatched',
  'quotes/nesting',
  'quotes/apostrophe',
  'quotes/closer-as-opener',
  'quotes/misplaced-space',
  'quotes/two-apostrophes',
  'quotes/doubled-mark',
];

/** The fixture as written (curly marks) and with every mark made straight: both must read as annotated. */
export function bothForms(fixture: string, options: AnalysisOptions = {}): void {
  checkFindings(fixture, { rules: PAIRING, options });
  checkFindings(fixture.replace(/[“”]/g, '"').replace(/[‘’]/g, "'"), { rules: PAIRING, options });
}

export function curlyOnly(fixture: string, options: AnalysisOptions = {}) {
  return checkFindings(fixture, { rules: PAIRING, options });
}
