// The spellings of a draft's name words and which of them are one name written two ways. Every
// name word ("unit") of every mention is counted under its spelling; spellings that are variants
// of each other are joined, unless the draft shows they belong to different people (Marat and
// Yerlan Ospanov share a surname; Boris Johnson and Mark Johnston do not share a person).

import type { StyleSheet } from '../types';
import type { RawMention } from './mentions';
import { ordinary } from './mentions';
import { candidatePairs, hasDiacritics, plain, sameButParticleCase, skeleton, variantKind, withinOne, type VariantKind } from './variants';
import { FAMILY_FIRST, ORG_HEADS, TITLE_WORDS } from './words';

export interface Occurrence {
  mention: number;
  unit: number;
}

export interface Spelling {
  text: string;
  occurrences: Occurrence[];
  /** Offset of the first occurrence inside a full name (two name words or more), or -1. */
  firstInFullName: number;
  first: number;
  /** Skeletons of the given names this spelling stands beside as a surname. */
  givenNames: Set<string>;
  /** Skeletons of the surnames this spelling stands beside as a given name. */
  surnames: Set<string>;
  asSurname: boolean;
  asGiven: boolean;
}

export interface VariantGroup {
  spellings: number[];
  canonical: number;
  canonicalFrom: 'style-sheet' | 'introduction' | 'majority';
  /** How each spelling differs from the canonical one. */
  kinds: Map<number, VariantKind>;
}

export interface SpellingTable {
  spellings: Spelling[];
  byText: Map<string, number>;
  groups: VariantGroup[];
  /** Spelling index → its group, or -1. */
  groupOf: Int32Array;
}

/** Which units of a mention are the given names and which the surname. */
export function surnameIndex(m: RawMention): number {
  const n = m.units.length;
  if (n === 2 && FAMILY_FIRST.has(plain(m.units[0].text)) && !m.units[1].initial) return 0;
  return n - 1;
}

function comparable(text: string, lowercase: Set<string>): boolean {
  const lower = text.toLowerCase();
  if (!/\p{Ll}/u.test(text)) return false;
  if (ORG_HEADS.has(lower) || TITLE_WORDS.has(lower)) return false;
  return !ordinary(lower, lowercase);
}

export function buildSpellings(mentions: readonly RawMention[], lowercase: Set<string>, sheet: StyleSheet | undefined): SpellingTable {
  const spellings: Spelling[] = [];
  const byText = new Map<string, number>();
  mentions.forEach((m, mi) => {
    if (m.acronym) return;
    const named = m.units.filter((u) => !u.initial);
    const full = named.length >= 2 && !m.org;
    const sIdx = surnameIndex(m);
    m.units.forEach((u, ui) => {
      if (u.initial || !comparable(u.text, lowercase)) return;
      let i = byText.get(u.text);
      if (i === undefined) {
        i = spellings.length;
        byText.set(u.text, i);
        spellings.push({ text: u.text, occurrences: [], firstInFullName: -1, first: u.start, givenNames: new Set(), surnames: new Set(), asSurname: false, asGiven: false });
      }
      const s = spellings[i];
      s.occurrences.push({ mention: mi, unit: ui });
      if (full && s.firstInFullName < 0) s.firstInFullName = u.start;
      if (m.org) return;
      if (full) {
        if (ui === sIdx) {
          s.asSurname = true;
          for (let k = 0; k < m.units.length; k++) if (k !== ui && !m.units[k].initial) s.givenNames.add(skeleton(m.units[k].text));
        } else {
          s.asGiven = true;
          s.surnames.add(skeleton(m.units[sIdx].text));
        }
      } else if (named.length === 1) s.asSurname = true;
    });
  });

  const distinct = new Set<string>();
  for (const [a, b] of sheet?.distinct ?? []) {
    distinct.add(a + '\u0000' + b);
    distinct.add(b + '\u0000' + a);
  }
  const sheetUnits = new Set<string>();
  for (const name of sheet?.names ?? []) for (const w of name.split(/\s+/)) sheetUnits.add(w);

  // Union-find over spellings joined by a variant relation.
  const parent = new Int32Array(spellings.length).map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const texts = spellings.map((s) => s.text);
  for (const [i, j] of candidatePairs(texts)) {
    const a = spellings[i];
    const b = spellings[j];
    if (!variantKind(a.text, b.text)) continue;
    if (distinct.has(a.text + '\u0000' + b.text)) continue;
    if (differentPeople(a, b)) continue;
    parent[find(i)] = find(j);
  }

  const members = new Map<number, number[]>();
  for (let i = 0; i < spellings.length; i++) {
    const r = find(i);
    const list = members.get(r);
    if (list) list.push(i);
    else members.set(r, [i]);
  }
  const groups: VariantGroup[] = [];
  const groupOf = new Int32Array(spellings.length).fill(-1);
  for (const list of members.values()) {
    if (list.length < 2) continue;
    const { canonical, from } = chooseCanonical(spellings, list, sheetUnits);
    const kinds = new Map<number, VariantKind>();
    for (const i of list) {
      if (i === canonical) continue;
      // Joined through a third spelling: describe against the canonical one when possible.
      if (sameButParticleCase(spellings[i].text, spellings[canonical].text)) continue;
      kinds.set(i, variantKind(spellings[i].text, spellings[canonical].text) ?? 'spelling');
    }
    const g = groups.length;
    groups.push({ spellings: list, canonical, canonicalFrom: from, kinds });
    for (const i of list) groupOf[i] = g;
  }
  return { spellings, byText, groups, groupOf };
}

const near = (x: Set<string>, y: Set<string>): boolean => {
  for (const a of x) for (const b of y) if (a === b || (a.length >= 5 && b.length >= 5 && withinOne(a, b))) return true;
  return false;
};

/** The draft itself shows two people: the spellings stand beside given names or surnames that differ. */
function differentPeople(a: Spelling, b: Spelling): boolean {
  if (a.givenNames.size && b.givenNames.size && !near(a.givenNames, b.givenNames)) return true;
  // Given names are compared only when they go with one surname (Aleksandr / Alexander Volkov).
  const onlyGiven = (s: Spelling) => s.asGiven && !s.asSurname;
  if (onlyGiven(a) || onlyGiven(b)) return !(a.surnames.size && b.surnames.size && near(a.surnames, b.surnames));
  return false;
}

function chooseCanonical(spellings: Spelling[], list: number[], sheetUnits: Set<string>): { canonical: number; from: VariantGroup['canonicalFrom'] } {
  for (const i of list) if (sheetUnits.has(spellings[i].text)) return { canonical: i, from: 'style-sheet' };
  let best = -1;
  for (const i of list) {
    const s = spellings[i];
    if (s.firstInFullName >= 0 && (best < 0 || s.firstInFullName < spellings[best].firstInFullName)) best = i;
  }
  let from: VariantGroup['canonicalFrom'] = 'introduction';
  if (best < 0) {
    from = 'majority';
    for (const i of list) {
      const s = spellings[i];
      const b = best >= 0 ? spellings[best] : undefined;
      if (!b || s.occurrences.length > b.occurrences.length || (s.occurrences.length === b.occurrences.length && s.first < b.first)) best = i;
    }
  }
  // Accents are kept: a spelling that only drops them is the variant (Szabó, not Szabo).
  if (!hasDiacritics(spellings[best].text)) {
    const p = plain(spellings[best].text);
    const accented = list.find((i) => i !== best && hasDiacritics(spellings[i].text) && plain(spellings[i].text) === p);
    if (accented !== undefined) best = accented;
  }
  return { canonical: best, from };
}
