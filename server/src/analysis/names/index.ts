// Names: finds the people and organisations of a draft and the ones it spells two ways.
// (Filled in by the names work: see issue 4.)

import type { AnalysisOptions, Document, Entity, Finding, Mention, Quotation } from '../types';

export interface NameResult {
  mentions: Mention[];
  entities: Entity[];
  findings: Finding[];
}

export function checkNames(_doc: Document, _quotations: readonly Quotation[], _options: AnalysisOptions): NameResult {
  return { mentions: [], entities: [], findings: [] };
}
