// Quotation marks: pairs them paragraph by paragraph and reports what does not balance.
// (Filled in by the quotes work: see issue 3.)

import type { AnalysisOptions, Document, Finding, Quotation } from '../types';

export interface QuoteResult {
  quotations: Quotation[];
  findings: Finding[];
  /** The locale the marks were read in. */
  locale: string;
}

export function checkQuotations(_doc: Document, _options: AnalysisOptions): QuoteResult {
  return { quotations: [], findings: [], locale: 'en' };
}
