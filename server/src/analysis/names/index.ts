// Names: finds the people and organisations of a draft and the ones it spells two ways, without
// any list of names. mentions.ts reads the capitalised sequences, spellings.ts joins the variant
// spellings of each name word, entities.ts groups mentions into people and organisations, and
// findings.ts says what is wrong and how to fix it.

import type { AnalysisCache } from '../memo';
import type { AnalysisOptions, Document, Entity, Finding, Mention, Quotation } from '../types';
import { findMentions, placeAll, readKept, type MentionScan } from './mentions';
import { aroundAlike, editedParagraphs, movedResult } from './moved';
import { countsOf, keptTable, moveKept, regroup, type KeptTable } from './keptGroups';
import { buildSpellings, type SpellingTable } from './spellings';
import { PairIndex, SheetPairs } from './variants';
import { buildEntities } from './entities';
import { firstReferenceFindings, personFindings, sheetWords, styleSheetFindings, variantFindings } from './findings';

export interface NameResult {
  mentions: Mention[];
  entities: Entity[];
  findings: Finding[];
}

export function checkNames(doc: Document, _quotations: readonly Quotation[], options: AnalysisOptions, cache?: AnalysisCache): NameResult {
  if (!cache) {
    const scan = findMentions(doc);
    return namesOf(doc, scan, options, buildSpellings(scan.mentions, scan.loose, scan.lowercase, options.styleSheet));
  }
  const reading = readKept(doc, cache);
  const last = cache.slot<LastNames>('names/last', () => ({ asked: new Set() }));
  const index = cache.slot('names/pairs', () => new PairIndex());
  const edit = last.result && last.doc === reading.before ? editedParagraphs(reading, last.asked) : undefined;
  let result: NameResult;
  if (edit && !edit.changed.length && aroundAlike(reading, edit.move)) {
    // A keystroke that changes no name (most of them) moves the last result (see moved.ts).
    result = movedResult(last.result!, edit.move);
    if (last.kept) moveKept(last.kept.table, edit.move);
  } else {
    const scan = placeAll(reading);
    // A keystroke inside a name keeps the variant groups, when its paragraph's spellings meet none (see keptGroups.ts).
    let table = edit?.changed.length && last.kept && !options.styleSheet?.names.length ? regroup(last.kept, reading, edit, index) : undefined;
    if (table) {
      last.kept!.table = table;
      result = namesOf(doc, scan, options, table, cache);
    } else {
      last.asked = new Set();
      table = buildSpellings(scan.mentions, scan.loose, scan.lowercase, options.styleSheet, index, last.asked);
      result = namesOf(doc, scan, options, table, cache);
      // Kept as its groups alone: a full table holds on to every mention of the draft.
      last.kept = options.styleSheet?.names.length ? undefined : { table: keptTable(table, same), counts: countsOf(table) };
    }
  }
  last.doc = doc;
  last.result = result;
  return result;
}

const same = <T>(x: T) => x;

/** The last analysis's result (its objects, which nothing after the names check writes to), the lower-case words its spelling table asked about, and its spelling table. */
interface LastNames {
  doc?: Document;
  result?: NameResult;
  asked: Set<string>;
  kept?: KeptTable;
}

function namesOf(doc: Document, scan: MentionScan, options: AnalysisOptions, table: SpellingTable, cache?: AnalysisCache): NameResult {
  const raw = scan.mentions;
  const index = cache?.slot('names/pairs', () => new PairIndex());
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
  const sheet = styleSheetFindings(table, options.styleSheet, sheetPairs && { index: index!, sheet: sheetPairs });
  const findings = [
    ...sheet.findings,
    ...variantFindings(table, sheet.sheeted),
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
