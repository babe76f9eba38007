// Names: finds the people and organisations of a draft and the ones it spells two ways. Read each
// paragraph (mentions.ts: capitalised sequences, titles, particles, organisations), then settle
// the draft (draft.ts: spellings.ts joins the variant spellings of each name word, entities.ts
// groups mentions into people and organisations, findings.ts says what is wrong and how to fix
// it). With the draft's cache the same result comes through incremental/, which keeps what each
// paragraph read and skips the draft-wide pass where a keystroke cannot change it.

import type { AnalysisCache } from '../memo';
import type { AnalysisOptions, Document, Quotation } from '../types';
import type { NameResult } from './model';
import { findMentions } from './mentions';
import { buildSpellings } from './spellings';
import { settleDraft } from './draft';
import { namesWithCache } from './incremental';

export type { NameResult } from './model';

export function checkNames(
  doc: Document,
  _quotations: readonly Quotation[],
  options: AnalysisOptions,
  cache?: AnalysisCache,
): NameResult {
  if (cache) return namesWithCache(doc, options, cache);
  const scan = findMentions(doc);
  return settleDraft(doc, scan, options, buildSpellings(scan.mentions, scan.loose, scan.lowercase, options.styleSheet));
}
