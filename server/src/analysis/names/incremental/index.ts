// The names check with the draft's cache: the same result as from scratch (test/fuzz/incremental
// and typing compare the two after every edit, with the fast paths on and off), found faster.
// - kept.ts: each paragraph's reading is kept and read again only when its text changed or the
//   draft-wide word sets answer its questions otherwise.
// - moved.ts: a keystroke that changes no name moves the last result.
// - keptGroups.ts: a keystroke inside a name keeps the last variant groups when its paragraph's
//   spellings cannot reach them.
// Only this folder knows the cache; the reading and the draft-wide pass are pure functions.

import type { AnalysisCache } from '../../memo';
import type { AnalysisOptions, Document } from '../../types';
import type { NameResult } from '../model';
import { buildSpellings } from '../spellings';
import { PairIndex, SheetPairs } from '../variants';
import { sheetWords } from '../findings';
import { settleDraft } from '../draft';
import { placeAll, readKept } from './kept';
import { aroundAlike, editedParagraphs, movedResult } from './moved';
import { countsOf, keptTable, moveKept, regroup, type KeptTable } from './keptGroups';

/** The two shortcuts past the draft-wide pass, on by default; off, every analysis settles the draft again (for the fuzz tests). */
const fastPaths = { on: true };

/** Turns the moved-result and kept-groups shortcuts on or off (tests compare both with from scratch). */
export function useNameFastPaths(on: boolean): void {
  fastPaths.on = on;
}

/** The last analysis's result (its objects, which nothing after the names check writes to), the lower-case words its spelling table asked about, and its spelling table. */
interface LastNames {
  doc?: Document;
  result?: NameResult;
  asked: Set<string>;
  kept?: KeptTable;
}

export function namesWithCache(doc: Document, options: AnalysisOptions, cache: AnalysisCache): NameResult {
  const reading = readKept(doc, cache);
  const last = cache.slot<LastNames>('names/last', () => ({ asked: new Set() }));
  const index = cache.slot('names/pairs', () => new PairIndex());
  const lend = { index, sheetPairs: sheetPairsOf(options, cache) };
  const edit =
    fastPaths.on && last.result && last.doc === reading.before ? editedParagraphs(reading, last.asked) : undefined;
  let result: NameResult;
  if (edit && !edit.changed.length && aroundAlike(reading, edit.move)) {
    // A keystroke that changes no name (most of them) moves the last result (see moved.ts).
    result = movedResult(last.result!, edit.move);
    if (last.kept) moveKept(last.kept.table, edit.move);
  } else {
    const scan = placeAll(reading);
    // A keystroke inside a name keeps the variant groups, when its paragraph's spellings meet none (see keptGroups.ts).
    let table =
      edit?.changed.length && last.kept && !options.styleSheet?.names.length
        ? regroup(last.kept, reading, edit, index)
        : undefined;
    if (table) {
      last.kept!.table = table;
      result = settleDraft(doc, scan, options, table, lend);
    } else {
      last.asked = new Set();
      table = buildSpellings(scan.mentions, scan.loose, scan.lowercase, options.styleSheet, index, last.asked);
      result = settleDraft(doc, scan, options, table, lend);
      // Kept as its groups alone: a full table holds on to every mention of the draft.
      last.kept = options.styleSheet?.names.length
        ? undefined
        : { table: keptTable(table, same), counts: countsOf(table) };
    }
  }
  // The live set the reading keeps (a moved result's is the same object; said once, here).
  result.lowercase = reading.lowercase;
  last.doc = doc;
  last.result = result;
  return result;
}

const same = <T>(x: T) => x;

/** The style sheet's pairs, made again should the sheet change (a new sheet comes with new options, which drop the cache anyway). */
function sheetPairsOf(options: AnalysisOptions, cache: AnalysisCache): SheetPairs | undefined {
  if (!options.styleSheet?.names.length) return undefined;
  const kept = cache.slot<{ sheet?: AnalysisOptions['styleSheet']; pairs?: SheetPairs }>('names/sheet', () => ({}));
  if (kept.sheet !== options.styleSheet) kept.pairs = new SheetPairs(sheetWords((kept.sheet = options.styleSheet)));
  return kept.pairs;
}
