// The spellings of a draft's name words and which of them are one name written two ways. Every
// name word ("unit") of every mention is counted under its spelling; spellings that are variants
// of each other are joined, unless the draft shows they belong to different people (Marat and
// Yerlan Ospanov share a surname; Boris Johnson and Mark Johnston do not share a person).

import type { StyleSheet } from '../types';
import type { LooseWord, RawMention, WordSet } from './model';
import { ordinary } from './mentions';
import { candidatePairs, endingPair, type PairIndex, hasDiacritics, plain, sameButParticleCase, skeleton, variantKind, withinOne, type VariantKind } from './variants';
import { FAMILY_FIRST, ORG_HEADS, TITLE_WORDS } from '../lexicon/nameWords';

export interface Occurrence {
  start: number;
  end: number;
  paragraph: number;
  /** The mention holding the word, or -1 for a capitalised word outside names ("Attorney"). */
  mention: number;
  unit: number;
  heading?: boolean;
}

export interface Spelling {
  text: string;
  /** How many times it is written (SpellingTable.occurrences says where). */
  count: number;
  /** Offset of the first occurrence inside a person's full name (two name words or more), or -1. */
  firstInFullName: number;
  first: number;
  /** Skeletons of the given names this spelling stands beside as a surname. */
  givenNames: Set<string>;
  /** Skeletons of the surnames this spelling stands beside as a given name. */
  surnames: Set<string>;
  asSurname: boolean;
  asGiven: boolean;
  /** Inside a name mention at least once (not only a loose capitalised word). */
  named: boolean;
  /** An ordinary word of the draft (also written in lower case): never the one flagged. Worked out for spellings that pair with another only. */
  ordinary: boolean | undefined;
  /** Capitalised where a sentence does not begin, outside headlines: a name's or a title's capital. */
  midCaps: number;
}

export interface VariantGroup {
  spellings: number[];
  canonical: number;
  canonicalFrom: 'style-sheet' | 'introduction' | 'majority';
  /** How each flagged spelling differs from the canonical one. */
  kinds: Map<number, VariantKind>;
}

export interface SpellingTable {
  spellings: Spelling[];
  /** Where spelling `i` is written, in the order of the text (mentions first, then loose words). */
  occurrences(i: number): Occurrence[];
  byText: Map<string, number>;
  groups: VariantGroup[];
  /** Spelling index → its group, or -1. */
  groupOf: Int32Array;
}

/** Which unit of a mention is the surname: the last, or the first of a family-first name. */
export function surnameIndex(m: Pick<RawMention, 'units'>): number {
  const n = m.units.length;
  if (n === 2 && FAMILY_FIRST.has(plain(m.units[0].text)) && !m.units[1].initial) return 0;
  return n - 1;
}

const NO_NAMES: Set<string> = new Set();

// Both asked for the same few thousand name words analysis after analysis.
const lowerMemo = new Map<string, boolean>();
/** Whether a name word is written with a lower-case letter: a mention's word counts as a spelling only then. */
export function hasLower(text: string): boolean {
  let l = lowerMemo.get(text);
  if (l === undefined) {
    if (lowerMemo.size > 20000) lowerMemo.clear();
    lowerMemo.set(text, (l = HAS_LOWER.test(text)));
  }
  return l;
}

/** surnameIndex, kept with the mention's shape. */
export function surnameOf(m: RawMention): number {
  return (m.shape.surname ??= surnameIndex(m));
}

/** The skeleton of each unit, kept with the mention's shape. */
function skeletonsOf(m: RawMention): string[] {
  return (m.shape.skeletons ??= m.units.map((u) => skeleton(u.text)));
}

/** Endings that make another word from a name: York → Yorkers, Kazakh → Kazakhs, Brazil → Brazilian. */
// Its longest ending is variants.ts's LONGEST_ENDING (keptGroups.ts relies on it).
const DERIVED = /(?:s|es|ers|er|n|an|ian|ans|ians|i|is|ese|ish)$/;
/** Compiled once (the bundle makes a \p{…} literal a `new RegExp` per call). */
const HAS_LOWER = /\p{Ll}/u;

/**
 * `pairs`, kept by the caller between analyses of a draft, gives the candidate pairs that matter
 * without filling every bucket again; `asked` collects the words the lower-case set is asked about
 * (the table depends on that set through these only).
 */
export function buildSpellings(mentions: readonly RawMention[], loose: readonly LooseWord[], lowercase: WordSet, sheet: StyleSheet | undefined, pairs?: PairIndex, asked?: Set<string>): SpellingTable {
  const spellings: Spelling[] = [];
  const byText = new Map<string, number>();
  const add = (text: string, start: number): number => {
    const i = spellings.length;
    byText.set(text, i);
    spellings.push({
      text, count: 0, firstInFullName: -1, first: start, givenNames: NO_NAMES, surnames: NO_NAMES,
      asSurname: false, asGiven: false, named: false, midCaps: 0, ordinary: undefined,
    });
    return i;
  };
  // The spelling of each counted unit, in order (-1 for a unit not counted), then of each loose
  // word: where a spelling is written is read back from these. (keptGroups.ts `written` says what
  // each word adds here, to tell when a keystroke cannot change the groups: change both together.)
  const unitSpelling: number[] = [];
  const looseSpelling: number[] = [];
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi];
    if (m.acronym) continue;
    const units = m.units;
    const full = m.names >= 2 && !m.org;
    const sIdx = full ? surnameOf(m) : -1;
    for (let ui = 0; ui < units.length; ui++) {
      const u = units[ui];
      if (u.initial) {
        unitSpelling.push(-1);
        continue;
      }
      // A spelling already counted passed this test (loose words come in only later).
      let i = byText.get(u.text);
      if (i === undefined) {
        if (!hasLower(u.text)) {
          unitSpelling.push(-1);
          continue;
        }
        i = add(u.text, m.base + u.start);
      }
      unitSpelling.push(i);
      const s = spellings[i];
      s.count++;
      s.named = true;
      if (!(ui === 0 && m.sentenceInitial)) s.midCaps++;
      if (m.org) continue;
      if (full) {
        if (s.firstInFullName < 0) s.firstInFullName = m.base + u.start;
        const skeletons = skeletonsOf(m);
        if (ui === sIdx) {
          s.asSurname = true;
          for (let k = 0; k < units.length; k++) {
            if (k === ui || units[k].initial) continue;
            if (s.givenNames === NO_NAMES) s.givenNames = new Set();
            s.givenNames.add(skeletons[k]);
          }
        } else {
          s.asGiven = true;
          if (s.surnames === NO_NAMES) s.surnames = new Set();
          s.surnames.add(skeletons[sIdx]);
        }
      } else if (m.names === 1) s.asSurname = true;
    }
  }
  for (const w of loose) {
    const i = byText.get(w.text) ?? add(w.text, w.start);
    looseSpelling.push(i);
    const s = spellings[i];
    s.count++;
    if (!w.heading && !w.sentenceInitial) s.midCaps++;
  }
  // Ordinary is asked of the spellings that pair with another only.
  const ordinaryOf = (s: Spelling): boolean => {
    if (s.ordinary === undefined) {
      const lower = s.text.toLowerCase();
      asked?.add(lower);
      s.ordinary = ordinary(lower, lowercase) || TITLE_WORDS.has(lower) || ORG_HEADS.has(lower);
    }
    return s.ordinary;
  };

  const distinct = new Set<string>();
  for (const [a, b] of sheet?.distinct ?? []) {
    distinct.add(a + '\u0000' + b);
    distinct.add(b + '\u0000' + a);
  }
  const sheetUnits = new Set<string>();
  for (const name of sheet?.names ?? []) for (const w of name.split(/\s+/)) sheetUnits.add(w);
  let plains: Set<string> | undefined;
  const derived = (p: string) => {
    const m = DERIVED.exec(p);
    if (!m) return false;
    plains ??= new Set(spellings.map((s) => plain(s.text)));
    for (let k = 1; k <= m[0].length; k++) if (p.length - k >= 3 && plains.has(p.slice(0, p.length - k))) return true;
    return false;
  };

  // Union-find over spellings joined by a variant relation.
  const parent = new Int32Array(spellings.length).map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const texts = spellings.map((s) => s.text);
  // The spellings a pair joined: groups are made of these only (most spellings stand alone).
  const joined: number[] = [];
  for (const [i, j] of pairs ? pairs.pairs(texts, byText) : candidatePairs(texts)) {
    const a = spellings[i];
    const b = spellings[j];
    ordinaryOf(a);
    ordinaryOf(b);
    if (a.ordinary && b.ordinary) continue;
    if (!a.named && !b.named && !(a.ordinary || b.ordinary)) continue;
    const kind = variantKind(a.text, b.text);
    if (!kind) continue;
    if (distinct.has(a.text + '\u0000' + b.text)) continue;
    if (differentPeople(a, b)) continue;
    if ((a.ordinary || b.ordinary) && !slipOfWord(a.ordinary ? a : b, a.ordinary ? b : a)) continue;
    if (kind === 'spelling' || kind === 'transliteration') {
      if (derived(plain(a.text)) || derived(plain(b.text))) continue;
      // A one-letter difference needs the draft's support; a shared skeleton of a long name
      // (KazTransTelecom / KazTransTelekom) is support enough.
      const long = plain(a.text).length >= 6 && plain(b.text).length >= 6;
      if ((kind === 'spelling' || !long) && !evidence(a, b)) continue;
    }
    parent[find(i)] = find(j);
    joined.push(i, j);
  }

  // In the order of the spellings, as if every spelling were gone through: a group comes where its first spelling is.
  joined.sort((a, b) => a - b);
  const members = new Map<number, number[]>();
  for (let k = 0; k < joined.length; k++) {
    const i = joined[k];
    if (k > 0 && joined[k - 1] === i) continue;
    const r = find(i);
    const list = members.get(r);
    if (list) list.push(i);
    else members.set(r, [i]);
  }
  const groups: VariantGroup[] = [];
  const groupOf = new Int32Array(spellings.length).fill(-1);
  for (const list of members.values()) {
    if (list.length < 2) continue;
    for (const i of list) ordinaryOf(spellings[i]);
    const { canonical, from } = chooseCanonical(spellings, list, sheetUnits);
    const kinds = new Map<number, VariantKind>();
    for (const i of list) {
      if (i === canonical || spellings[i].ordinary) continue;
      // A particle capitalised at a sentence start is the same spelling.
      if (sameButParticleCase(spellings[i].text, spellings[canonical].text)) continue;
      kinds.set(i, variantKind(spellings[i].text, spellings[canonical].text) ?? 'spelling');
    }
    const g = groups.length;
    groups.push({ spellings: list, canonical, canonicalFrom: from, kinds });
    for (const i of list) groupOf[i] = g;
  }
  // Where a spelling is written is asked for the spellings of groups (and the style sheet's) only.
  const places = new Map<number, Occurrence[]>();
  const occurrences = (i: number): Occurrence[] => {
    let list = places.get(i);
    if (list) return list;
    const wanted = new Set<number>([i]);
    if (!places.size) for (const g of groups) for (const k of g.spellings) wanted.add(k);
    for (const k of wanted) places.set(k, []);
    let at = 0;
    for (let mi = 0; mi < mentions.length; mi++) {
      const m = mentions[mi];
      if (m.acronym) continue;
      for (let ui = 0; ui < m.units.length; ui++) {
        const k = unitSpelling[at++];
        if (k < 0 || !wanted.has(k)) continue;
        const u = m.units[ui];
        places.get(k)!.push({ start: m.base + u.start, end: m.base + u.end, paragraph: m.paragraph, mention: mi, unit: ui });
      }
    }
    for (let li = 0; li < loose.length; li++) {
      const w = loose[li];
      const k = looseSpelling[li];
      if (wanted.has(k)) places.get(k)!.push({ start: w.start, end: w.end, paragraph: w.paragraph, mention: -1, unit: -1, heading: w.heading });
    }
    return places.get(i)!;
  };
  return { spellings, occurrences, byText, groups, groupOf };
}

/**
 * A capitalised ordinary word ("Attorney" in "District Attorney") misspelled once. Real names
 * and brands sit one letter from ordinary words (Unison, Citi, Charger), so this asks more: the
 * word is capitalised inside sentences (a title, not a sentence opener), the other spelling is
 * written once, both are long, and the difference is not a last consonant (-ed / -er / -es).
 */
function slipOfWord(word: Spelling, slip: Spelling): boolean {
  if (word.midCaps < 1 || slip.count !== 1) return false;
  const pw = plain(word.text);
  const ps = plain(slip.text);
  if (pw.length < 6 || ps.length < 6) return false;
  if (pw.length === ps.length && pw.slice(0, -1) === ps.slice(0, -1) && !/[aeiouy]/.test(pw[pw.length - 1] + ps[ps.length - 1])) return false;
  return true;
}

/**
 * Enough to call a one-letter difference a slip rather than two names: one spelling is rare
 * beside a common one (the draft settled on one and slipped once), or a person's full name gives
 * the one spelling and a later mention the other.
 */
function evidence(a: Spelling, b: Spelling): boolean {
  const [big, small] = a.count >= b.count ? [a, b] : [b, a];
  if (small.count === 1 && big.count >= 2) return true;
  if (small.count * 3 <= big.count) return true;
  return (a.firstInFullName >= 0 && b.named) || (b.firstInFullName >= 0 && a.named);
}

const near = (x: Set<string>, y: Set<string>): boolean => {
  for (const a of x) for (const b of y) if (a === b || (a.length >= 5 && b.length >= 5 && withinOne(a, b))) return true;
  return false;
};

/** The draft itself shows two people: the spellings stand beside given names or surnames that differ. */
function differentPeople(a: Spelling, b: Spelling): boolean {
  if (a.ordinary || b.ordinary) return false;
  // Kowalski and Kowalska, both introduced: relatives, not a slip.
  if (a.firstInFullName >= 0 && b.firstInFullName >= 0 && endingPair(a.text, b.text)) return true;
  if (a.givenNames.size && b.givenNames.size && !near(a.givenNames, b.givenNames)) return true;
  // Given names are compared only when they go with one surname (Aleksandr / Alexander Volkov).
  const onlyGiven = (s: Spelling) => s.asGiven && !s.asSurname;
  if (onlyGiven(a) || onlyGiven(b)) return !(a.surnames.size && b.surnames.size && near(a.surnames, b.surnames));
  return false;
}

function chooseCanonical(spellings: Spelling[], list: number[], sheetUnits: Set<string>): { canonical: number; from: VariantGroup['canonicalFrom'] } {
  for (const i of list) if (sheetUnits.has(spellings[i].text)) return { canonical: i, from: 'style-sheet' };
  // An ordinary word is spelled right by definition ("Attorney" beside "Attroney").
  const ordinaryOne = list.find((i) => spellings[i].ordinary);
  if (ordinaryOne !== undefined) return { canonical: ordinaryOne, from: 'majority' };
  let intro = -1;
  let most = -1;
  for (const i of list) {
    const s = spellings[i];
    if (s.firstInFullName >= 0 && (intro < 0 || s.firstInFullName < spellings[intro].firstInFullName)) intro = i;
    const b = most >= 0 ? spellings[most] : undefined;
    if (!b || s.count > b.count || (s.count === b.count && s.first < b.first)) most = i;
  }
  // The introduction decides, unless the draft uses another spelling at least twice as often:
  // then the introduction is the slip ("John Hwoard" once, "Mr Howard" five times).
  let best = intro;
  let from: VariantGroup['canonicalFrom'] = 'introduction';
  if (intro < 0 || (most !== intro && spellings[most].count >= 2 * spellings[intro].count && spellings[most].count >= 2)) {
    best = most;
    from = 'majority';
  }
  // Accents are kept: a spelling that only drops them is the variant (Szabó, not Szabo).
  if (!hasDiacritics(spellings[best].text)) {
    const p = plain(spellings[best].text);
    const accented = list.find((i) => i !== best && hasDiacritics(spellings[i].text) && plain(spellings[i].text) === p);
    if (accented !== undefined) best = accented;
  }
  return { canonical: best, from };
}
