// The names check's draft-wide pass: the spellings of every paragraph's mentions joined into
// variant groups (spellings.ts), people and organisations (entities.ts), and the findings
// (findings.ts). Pure: it never sees the cache.

import type { AnalysisOptions, Document, Finding } from '../types';
import type { MentionScan, NameResult } from './model';
import type { SpellingTable } from './spellings';
import type { PairIndex, SheetPairs } from './variants';
import { buildEntities } from './entities';
import { firstReferenceFindings, personFindings, styleSheetFindings, variantFindings } from './findings';
import { companyFindings, formFindings, titleFindings } from './forms';

/**
 * The draft-wide pass: given every paragraph's mentions (`scan`) and the draft's spelling table,
 * the people and organisations and what is wrong with their names. `lent` is what the cache lends (the
 * pair index and the style sheet's pairs) to find the same findings faster.
 */
export function settleDraft(
  doc: Document,
  scan: MentionScan,
  options: AnalysisOptions,
  table: SpellingTable,
  lent?: { index: PairIndex; sheetPairs?: SheetPairs },
): NameResult {
  const raw = scan.mentions;
  const { mentions, entities } = buildEntities(doc, raw, table);
  for (const g of table.groups) {
    if (g.canonicalFrom !== 'style-sheet') continue;
    for (const o of table.occurrences(g.canonical)) {
      const e = o.mention >= 0 ? mentions[o.mention].entity : -1;
      if (e >= 0) entities[e].canonicalFrom = 'style-sheet';
    }
  }
  const sheet = styleSheetFindings(
    table,
    options.styleSheet,
    lent?.sheetPairs && { index: lent.index, sheet: lent.sheetPairs },
  );
  const findings = [
    ...sheet.findings,
    ...variantFindings(table, sheet.sheeted),
    ...personFindings(entities, mentions, raw),
    ...firstReferenceFindings(entities, mentions, raw),
    ...formFindings(raw),
    ...companyFindings(raw),
    ...titleFindings(entities, mentions, raw),
  ];
  // One finding per place: a word flagged twice keeps the first reason.
  findings.sort((a, b) => a.offset - b.offset);
  const kept: Finding[] = [];
  for (const f of findings) {
    const last = kept[kept.length - 1];
    if (last && f.offset < last.offset + last.length) continue;
    kept.push(f);
  }
  return { mentions, entities, findings: kept, lowercase: scan.lowercase };
}
