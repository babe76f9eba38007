// Attribution: every direct quotation has a speaker, every attribution a speech verb.
// (Filled in by the attribution work: see issue 5.)

import type { AnalysisOptions, Attribution, Document, Finding, Quotation } from '../types';
import type { NameResult } from '../names';

export interface AttributionResult {
  attributions: Attribution[];
  findings: Finding[];
}

export function checkAttribution(
  _doc: Document,
  _quotations: Quotation[],
  _names: NameResult,
  _options: AnalysisOptions,
): AttributionResult {
  return { attributions: [], findings: [] };
}
