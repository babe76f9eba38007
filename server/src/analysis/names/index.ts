// Names: finds the people and organisations of a draft and the ones it spells two ways, without
// any list of names. mentions.ts reads the capitalised sequences, spellings.ts joins the variant
// spellings of each name word, entities.ts groups mentions into people and organisations, and
// findings.ts says what is wrong and how to fix it.

import type { AnalysisCache } from '../memo';
import type { AnalysisOptions, Document, Entity, Finding, Mention, Quotation } from '../types';
import { findMentions, placeAll, readKept, type MentionScan } from './mentions';
import { movedOnly, movedResult } from './moved';
import { buildSpellings } from './spellings';
import { PairIndex, SheetPairs } from './variants';
import { buildEntities } from './entities';
import { firstReferenceFindings, personFindings, sheetWords, styleSheetFindings, variantFindings } from './findings';

export interface NameResult {
  mentions: Mention[];
  entities: Entity[];
  findings: Finding[];
}

export function checkNames(doc: Document, _quotations: readonly Quotation[], options: AnalysisOptions, cache?: AnalysisCache): NameResult {
  if (!cache) return namesOf(doc, findMentions(doc), options);
  const reading = readKept(doc, cache);
  // A keystroke that changes no name (most of them) moves the last result (see moved.ts).
  const last = cache.slot<LastNames>('names/last', () => ({ asked: new Set() }));
  const move = last.result && last.doc === reading.before ? movedOnly(reading, last.asked) : undefined;
  let result: NameResult;
  if (move) result = movedResult(last.result!, move);
  else {
    last.asked = new Set();
    result = namesOf(doc, placeAll(reading), options, cache, last.asked);
  }
  last.doc = doc;
  last.result = result;
  return result;
}

/** The last analysis's result (its objects, which nothing after the names check writes to) and the lower-case words its spelling table asked about. */
interface LastNames {
  doc?: Document;
  result?: NameResult;
  asked: Set<string>;
}

function namesOf(doc: Document, scan: MentionScan, options: AnalysisOptions, cache?: AnalysisCache, asked?: Set<string>): NameResult {
  const { mentions: raw, lowercase, loose } = scan;
  const index = cache?.slot('names/pairs', () => new PairIndex());
  const table = buildSpellings(raw, loose, lowercase, options.styleSheet, index, asked);
  const { mentions, entities } = buildEntities(doc, raw, table);
  for (const g of table.groups) {
    if (g.canonicalFrom !== 'style-sheet') continue;
    for (const o of table.occurrences(g.canonical)) {
      const e = o.mention >= 0 ? mentions[o.mention].entity : -1;
      if (e >= 0) entities[e].canonicalFrom = 'style-sheet';
    }
  }
  let sheetPairs: SheetPairs | undefined;
  if (index && options.styleSheet?.names.length) {
    // Made again should the sheet change (a new sheet comes with new options, which drop the cache anyway).
    const kept = cache!.slot<{ sheet?: AnalysisOptions['styleSheet']; pairs?: SheetPairs }>('names/sheet', () => ({}));
    if (kept.sheet !== options.styleSheet) kept.pairs = new SheetPairs(sheetWords((kept.sheet = options.styleSheet)));
    sheetPairs = kept.pairs;
  }
  const sheet = styleSheetFindings(table, raw, options.styleSheet, sheetPairs && { index: index!, sheet: sheetPairs });
  const findings = [
    ...sheet.findings,
    ...variantFindings(table, raw, sheet.sheeted),
    ...personFindings(entities, mentions, raw),
    ...firstReferenceFindings(entities, mentions, raw),
  ];
  // One finding per place: a word flagged twice keeps the first reason.
  findings.sort((a, b) => a.offset - b.offset);
  const kept: Finding[] = [];
  for (const f of findings) {
    const last = kept[kept.length - 1];
    if (last && f.offset < last.offset + last.length) continue;
    kept.push(f);
  }
  return { mentions, entities, findings: kept };
}
