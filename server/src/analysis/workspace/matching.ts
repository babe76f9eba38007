// The one door from the workspace check into names' variant matching: skeletons, one-edit
// buckets, the variant test and its guards. When names/ is restructured only this file changes.

import { endingPair, plain, skeleton, variantKind, withinOne, type VariantKind } from '../names/variants';
import { sheetWords } from '../names/findings';
import { attested } from '../names/spellings';
import type { StyleSheet } from '../types';

export { plain, skeleton };
export type { VariantKind };

/**
 * How `a` is the same name as `b` written otherwise, or undefined: names/variant's test, less the
 * relatives it leaves to the draft (Kowalski / Kowalska) and case or spacing, which a headline or a
 * house style changes from draft to draft.
 */
export function spelledOtherwise(a: string, b: string): VariantKind | undefined {
  const kind = variantKind(a, b);
  if (!kind || kind === 'case' || kind === 'hyphen') return undefined;
  if (endingPair(a, b)) return undefined;
  return kind;
}

/** How many times a draft may write a one-letter-off spelling before it is the draft's own person's. */
const SLIP_AT_MOST = 2;

/**
 * Whether a one-letter difference between this draft's `mine` (written `count` times here) and the
 * other drafts' `theirs` is two people rather than a slip: both are words or names of their own
 * (Handy / Hardy, Baker / Barker: the lexicon guard of names/variant), or the draft writes its
 * spelling again and again (David Walliams five times beside the archive's David Williams). A slip
 * is not repeated; a transliteration is (Ashimbaev all through today's release), and those are
 * never turned down here.
 */
export function twoPeople(kind: VariantKind, mine: string, count: number, theirs: string): boolean {
  if (kind !== 'spelling') return false;
  return count > SLIP_AT_MOST || (attested(mine) && attested(theirs));
}

/**
 * The bucket keys of a spelling, as names' candidate buckets make them: its plain and skeleton
 * forms (these two first), and each with one letter deleted. Two spellings one edit apart share a key.
 */
export function bucketKeys(s: string): string[] {
  const keys = new Set<string>();
  const p = plain(s);
  const sk = skeleton(s);
  keys.add('p:' + p);
  keys.add('s:' + sk);
  for (const w of [sk, p]) {
    if (w.length < 3 || w.length > 40) continue;
    for (let k = 0; k < w.length; k++) keys.add('d:' + w.slice(0, k) + w.slice(k + 1));
    keys.add('d:' + w);
  }
  return [...keys];
}

/** Given names that could be one person's (Aleksandr / Alexander): equal or one edit apart on skeletons. */
export function nearNames(x: readonly string[], y: readonly string[]): boolean {
  for (const a of x) for (const b of y) if (a === b || (a.length >= 5 && b.length >= 5 && withinOne(a, b))) return true;
  return false;
}

/** The style sheet as the workspace check reads it: settled name words, and pairs that are different people. */
export interface SheetView {
  words: Set<string>;
  distinct: Set<string>;
  /** The settled word `w` is a variant of, if any (names/style-sheet reports those in the draft). */
  settledFor(w: string): string | undefined;
}

const sheetViews = new WeakMap<StyleSheet, SheetView>();
const EMPTY: SheetView = { words: new Set(), distinct: new Set(), settledFor: () => undefined };

export function sheetView(sheet: StyleSheet | undefined): SheetView {
  if (!sheet || (!sheet.names.length && !sheet.distinct.length)) return EMPTY;
  let v = sheetViews.get(sheet);
  if (v) return v;
  const list = sheetWords(sheet);
  const words = new Set(list);
  const distinct = new Set(sheet.distinct.flatMap(([a, b]) => [a + '\u0000' + b, b + '\u0000' + a]));
  v = { words, distinct, settledFor: (w) => (words.has(w) ? w : list.find((s) => variantKind(w, s) !== undefined)) };
  sheetViews.set(sheet, v);
  return v;
}
