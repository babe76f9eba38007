// The spellings of a draft's name words and which of them are one name written two ways. Every
// name word ("unit") of every mention is counted under its spelling; spellings that are variants
// of each other are joined, unless the draft shows they belong to different people (Marat and
// Yerlan Ospanov share a surname; Boris Johnson and Mark Johnston do not share a person).

import type { StyleSheet } from '../types';
import type { LooseWord, Occurrence, RawMention, Spelling, SpellingTable, VariantGroup, WordSet } from './model';
import { ordinary } from './mentions';
import {
  candidatePairs,
  endingPair,
  type PairIndex,
  hasDiacritics,
  plain,
  sameButParticleCase,
  skeleton,
  variantKind,
  withinOne,
  type VariantKind,
} from './variants';
import { FAMILY_FIRST, FUNCTION_WORDS, HONORIFICS, ORG_HEADS, TITLE_WORDS } from '../lexicon/nameWords';
import { isAttested, isEnglishWord, isForeignCognate, isGivenName, isKnownName, isPlace } from '../lexicon/nameLists';
import { romanisedSyllables } from '../lexicon/transliteration';

export type { Occurrence, Spelling, SpellingTable, VariantGroup } from './model';

/**
 * Which unit of a mention is the surname: the last, or the first of a family-first name. The
 * order is the person's, read from both words: a family name that is also an English given name
 * (Kim, Lee, Young) comes first only before a given name written as romanised Chinese or Korean
 * syllables that is no English given name (Kim Jong-un, Lee Min-jun; not Kim Walsh, Lee Lor).
 */
export function surnameIndex(m: Pick<RawMention, 'units'>): number {
  const n = m.units.length;
  if (
    n === 2 &&
    !m.units[1].initial &&
    FAMILY_FIRST.has(plain(m.units[0].text)) &&
    familyFirst(m.units[0].text, m.units[1].text)
  )
    return 0;
  return n - 1;
}

function familyFirst(family: string, given: string): boolean {
  if (!isGivenName(family)) return true;
  return !isGivenName(given) && romanisedSyllables(given.toLowerCase());
}

const NO_NAMES: Set<string> = new Set();

// Both asked for the same few thousand name words analysis after analysis.
const lowerMemo = new Map<string, boolean>();
/** Whether a name word is written with a lower-case letter: a mention's word counts as a spelling only then. */
export function hasLower(text: string): boolean {
  return remembered(lowerMemo, text, (t) => HAS_LOWER.test(t));
}

/** surnameIndex, kept with the mention's shape. */
export function surnameOf(m: RawMention): number {
  return (m.shape.surname ??= surnameIndex(m));
}

/**
 * The role title before a person's name, as a key ("DA", "Senator", "Detective": its last word in
 * lower case), or undefined: none, an honorific (Mr, Dr: anyone's), or an organisation.
 */
export function roleTitleOf(m: Pick<RawMention, 'title' | 'org' | 'acronym'>): string | undefined {
  if (!m.title || m.org || m.acronym) return undefined;
  const words = m.title.split(/\s+/);
  const last = words[words.length - 1].toLowerCase().replace(/\.$/, '');
  return last in HONORIFICS ? undefined : last;
}

/** A unit that is a name's word: no English word, or a given name (Miles, Corey; not Justice, Task or Island). */
export const nameWord = (u: { text: string; initial: boolean }): boolean =>
  !u.initial && remembered(nameWordMemo, u.text, nameWordOf);

const nameWordOf = (text: string) => !isEnglishWord(text.toLowerCase()) || isGivenName(text);

// Asked for the same few thousand name words, analysis after analysis: each answer kept (the
// lists never change in a process), the memo emptied when it grows past a draft's names.
const nameWordMemo = new Map<string, boolean>();
const attestedMemo = new Map<string, boolean>();
function remembered(memo: Map<string, boolean>, text: string, ask: (text: string) => boolean): boolean {
  let v = memo.get(text);
  if (v === undefined) {
    if (memo.size > 20000) memo.clear();
    memo.set(text, (v = ask(text)));
  }
  return v;
}

/** How many of a mention's units are name words. */
export function nameWordsOf(m: Pick<RawMention, 'units'>): number {
  let n = 0;
  for (const u of m.units) if (nameWord(u)) n++;
  return n;
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
export function buildSpellings(
  mentions: readonly RawMention[],
  loose: readonly LooseWord[],
  lowercase: WordSet,
  sheet: StyleSheet | undefined,
  pairs?: PairIndex,
  asked?: Set<string>,
): SpellingTable {
  const spellings: Spelling[] = [];
  const byText = new Map<string, number>();
  const add = (text: string, start: number): number => {
    const i = spellings.length;
    byText.set(text, i);
    spellings.push({
      text,
      count: 0,
      firstInFullName: -1,
      first: start,
      givenNames: NO_NAMES,
      surnames: NO_NAMES,
      asSurname: false,
      asGiven: false,
      surnameInFull: false,
      withName: false,
      intros: NO_NAMES,
      titles: NO_NAMES,
      named: false,
      midCaps: 0,
      ordinary: undefined,
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
    const title = roleTitleOf(m);
    const titled = title === undefined ? -1 : full ? sIdx : units.length - 1;
    const names = full ? nameWordsOf(m) : 0;
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
      if (ui === titled) {
        if (s.titles === NO_NAMES) s.titles = new Set();
        s.titles.add(title!);
      }
      s.named = true;
      if (!(ui === 0 && m.sentenceInitial)) s.midCaps++;
      if (m.org) continue;
      if (full) {
        if (s.firstInFullName < 0) s.firstInFullName = m.base + u.start;
        if (names - (nameWord(u) ? 1 : 0) > 0) s.withName = true;
        const skeletons = skeletonsOf(m);
        if (ui === sIdx) {
          s.asSurname = true;
          s.surnameInFull = true;
          if (m.intro !== undefined) {
            if (s.intros === NO_NAMES) s.intros = new Set();
            s.intros.add(m.intro);
          }
          for (let k = 0; k < units.length; k++) {
            if (k === ui) continue;
            if (s.givenNames === NO_NAMES) s.givenNames = new Set();
            // An initial is a given name too (M Horan, S Horgan): its letter and a full stop.
            s.givenNames.add(units[k].initial ? initialKey(units[k].text) : skeletons[k]);
          }
        } else {
          s.asGiven = true;
          if (s.surnames === NO_NAMES) s.surnames = new Set();
          s.surnames.add(skeletons[sIdx]);
        }
      } else if (m.names === 1) {
        s.asSurname = true;
        // Initials before it are its given names (M. Horan, S. Horgan).
        for (const x of units) {
          if (!x.initial) continue;
          if (s.givenNames === NO_NAMES) s.givenNames = new Set();
          s.givenNames.add(initialKey(x.text));
        }
      }
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
  // Given names listed together before one surname are two people (twins Jaylen and Jaylin Mercer).
  for (const m of mentions) {
    if (m.listedWith === undefined || m.units.length !== 1) continue;
    distinct.add(m.units[0].text + '\u0000' + m.listedWith);
    distinct.add(m.listedWith + '\u0000' + m.units[0].text);
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
    const kind = variantKind(a.text, b.text) ?? shortInCompany(a, b);
    if (!kind) continue;
    if (distinct.has(a.text + '\u0000' + b.text)) continue;
    // A people's name in a compound, capitalised in a headline's way (Russian-speaking / Russian-Speaking): no name.
    if (kind === 'case' && peopleCompound(a.text)) continue;
    // What the word lists say decides first; where they say nothing, the draft's own evidence.
    const says = kind === 'spelling' || kind === 'transliteration' ? lexiconSays(a, b) : undefined;
    if (says === 'different') continue;
    if (says !== 'same') {
      if (a.ordinary && b.ordinary) continue;
      if (!a.named && !b.named && !(a.ordinary || b.ordinary)) continue;
      if (differentPeople(a, b)) continue;
      if ((a.ordinary || b.ordinary) && !slipOfWord(a.ordinary ? a : b, a.ordinary ? b : a)) continue;
    }
    if (kind === 'spelling' || kind === 'transliteration') {
      // When the lists know one and not the other, only the unknown one is asked: Jones is Jon's
      // name plus an ending, but Jonnes is still its slip; Yorkers is New York's people.
      if (
        says === 'same'
          ? derived(plain((attested(a.text) ? b : a).text))
          : derived(plain(a.text)) || derived(plain(b.text))
      )
        continue;
      // A one-letter difference needs the draft's support; a shared skeleton of a long name
      // (KazTransTelecom / KazTransTelekom) is support enough.
      const long = plain(a.text).length >= 6 && plain(b.text).length >= 6;
      if (says !== 'same' && (kind === 'spelling' || !long) && !evidence(a, b)) continue;
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
    const list = places.get(i);
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
        places
          .get(k)!
          .push({ start: m.base + u.start, end: m.base + u.end, paragraph: m.paragraph, mention: mi, unit: ui });
      }
    }
    for (let li = 0; li < loose.length; li++) {
      const w = loose[li];
      const k = looseSpelling[li];
      if (wanted.has(k))
        places
          .get(k)!
          .push({ start: w.start, end: w.end, paragraph: w.paragraph, mention: -1, unit: -1, heading: w.heading });
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
  // A person's name (Jaquan Schorr beside the School): the draft introduces it as a name.
  if (slip.firstInFullName >= 0) return false;
  const pw = plain(word.text);
  const ps = plain(slip.text);
  if (pw.length < 6 || ps.length < 6) return false;
  if (
    pw.length === ps.length &&
    pw.slice(0, -1) === ps.slice(0, -1) &&
    !/[aeiouy]/.test(pw[pw.length - 1] + ps[ps.length - 1])
  )
    return false;
  return true;
}

/**
 * What the word lists say of two spellings one edit apart: 'different' when both are words or
 * names of their own (County / Country, Miles / Mills, Symphony / Symphonie) and the draft does
 * not write them as one person's name, or when a name of the draft's people sits beside an
 * ordinary word (Shoock beside the School); 'same' when one is attested and the other is no word
 * or name at all and stands where the attested one would: a given name (Micahel for Michael), or
 * a word of a place, an organisation or a title (Dlalas County, the Musicians' Unyon, Cheif).
 * Undefined when the lists cannot tell: the draft's evidence decides.
 */
function lexiconSays(a: Spelling, b: Spelling): 'same' | 'different' | undefined {
  const ta = attested(a.text);
  const tb = attested(b.text);
  if (ta && tb) {
    if (sameCompany(a, b)) return undefined;
    // Two people's names, one written once beside one written three times or more (Mr Blair …
    // Mr Blaire); not two words (County / Country) nor a place and its people (Germany / Germans).
    const words = isEnglishWord(a.text.toLowerCase()) && isEnglishWord(b.text.toLowerCase());
    if (!words && !isPlace(a.text) && !isPlace(b.text) && inPerson(a) && inPerson(b) && skewed(a, b)) return undefined;
    return 'different';
  }
  // A word and its French or Spanish cousin (Symphony / Symphonie, Contact / Contacto).
  if (
    (ta && isForeignCognate(b.text.toLowerCase()) && isEnglishWord(a.text.toLowerCase())) ||
    (tb && isForeignCognate(a.text.toLowerCase()) && isEnglishWord(b.text.toLowerCase()))
  )
    return 'different';
  if (!ta && !tb) {
    // Two neighbouring letters swapped once in a name the draft writes twice or more (Escaelra for
    // Escalera): two real names are seldom a swap apart.
    const [big, small] = a.count >= b.count ? [a, b] : [b, a];
    return small.count === 1 && big.count >= 2 && swapped(plain(big.text), plain(small.text)) ? 'same' : undefined;
  }
  const [word, slip] = ta ? [a, b] : [b, a];
  if (slip.count > word.count || CONTRACTION.test(slip.text)) return undefined;
  const pw = plain(word.text);
  const ps = plain(slip.text);
  // Two letters of a known word or name swapped, once (Bliar, Thomposn, Pbulic): a typing slip,
  // whoever the draft writes it for.
  if (slip.count === 1 && swapped(pw, ps)) return 'same';
  // More than one letter apart (Nikolay / Nicolas, Phyllip / Philip): a spelling of its own, maybe.
  if (!withinOne(pw, ps)) return undefined;
  const lower = word.text.toLowerCase();
  const wordIsWord = isEnglishWord(lower);
  // A word's consonant doubled or not, both outside names (Combating / Combatting, Labeled /
  // Labelled): the spelling conventions of English, not a name's.
  if (wordIsWord && !word.named && !slip.named && pw.replace(DOUBLED, '$1') === ps.replace(DOUBLED, '$1'))
    return 'different';
  // A person's surname beside an ordinary word (Corey S. Shoock beside the School, Albert Pless
  // beside the Press): a name the lists do not know, not a slip.
  if (slip.surnameInFull && slip.withName) return wordIsWord && !inFullName(word) ? 'different' : undefined;
  // A title or an organisation's head word misspelled (Chyef Investigator, Task Forco).
  if (TITLE_WORDS.has(lower) || ORG_HEADS.has(lower)) return 'same';
  // A given name misspelled in someone's name (Micahel Lennihan beside Michael Scoloveno).
  if (slip.asGiven && slip.withName && isGivenName(word.text) && (slip.count === 1 || slip.count * 3 <= word.count))
    return 'same';
  // An ordinary word misspelled once (the Acedemy Awards, Virgan Radio), both long: brands sit
  // one letter from short words (Citi, Unison); or a place (Dlalas County).
  if (wordIsWord && slip.count === 1 && pw.length >= 6 && ps.length >= 6) return 'same';
  if (!slip.withName && isPlace(word.text)) return 'same';
  // A known surname misspelled where it stands alone (Jonnes said … Norah Jones).
  if (!inFullName(slip) && slip.asSurname && word.surnameInFull && isKnownName(word.text)) return 'same';
  return undefined;
}

const DOUBLED = /(.)\1+/g;
const undoubled = (s: string) => plain(s).replace(DOUBLED, '$1');

/** A compound led by a place or a people and ending in English words (Russian-speaking, Kazakh-owned). */
function peopleCompound(text: string): boolean {
  const parts = text.split('-');
  return parts.length > 1 && isPlace(parts[0]) && parts.slice(1).every((p) => isEnglishWord(p.toLowerCase()));
}

/** Two introductions of one person: the same age, or roles that share a word (an adjacent bar / a bar that). */
function sameIntro(x: string, y: string): boolean {
  if (x === y) return true;
  if (!x.startsWith('role ') || !y.startsWith('role ')) return false;
  const words = x.slice(5).split(' ');
  for (const w of y.slice(5).split(' ')) if (w.length >= 3 && !FUNCTION_WORDS.has(w) && words.includes(w)) return true;
  return false;
}

/** A contraction or a possessive (They’ve, O'Neill's): not a spelling of a name. */
const CONTRACTION = /['’](?:ve|re|ll|d|s|t|m)$/i;

/** b is a with two neighbouring letters swapped. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

const inFullName = (s: Spelling) => s.asGiven || s.surnameInFull;
const inPerson = (s: Spelling) => s.asGiven || s.asSurname;
const skewed = (a: Spelling, b: Spelling) => {
  const [big, small] = a.count >= b.count ? [a, b] : [b, a];
  return small.count === 1 && big.count >= 3;
};

/**
 * Two words of four letters one slip apart (Palm / Plam, a swap or one letter), each beside the
 * same longer name word (Palm Springs … Plam Springs): variantKind leaves short words alone, the
 * company they keep makes them one.
 */
function shortInCompany(a: Spelling, b: Spelling): VariantKind | undefined {
  const pa = plain(a.text);
  const pb = plain(b.text);
  if (pa.length !== 4 || pb.length !== 4 || pa === pb || pa[0] !== pb[0]) return undefined;
  if (!withinOne(pa, pb) || !HAS_LOWER.test(a.text) || !HAS_LOWER.test(b.text)) return undefined;
  return a.surnames.size && b.surnames.size && longNear(a.surnames, b.surnames) ? 'spelling' : undefined;
}

const longNear = (x: Set<string>, y: Set<string>): boolean => {
  for (const a of x) if (a.length >= 5 && y.has(a)) return true;
  return false;
};

/** Attested as a word or a name of its own (remembered), each part of a hyphenated word (Garcia-Brower) on its own. */
export function attested(text: string): boolean {
  return remembered(attestedMemo, text, attestedOf);
}

function attestedOf(text: string): boolean {
  if (isAttested(text)) return true;
  if (!text.includes('-')) return false;
  for (const part of text.split('-')) if (part && !isAttested(part)) return false;
  return true;
}

/** The draft writes both beside one name word (Frank Miller … Frenk Miller): one person's name, whatever the dictionary says. */
function sameCompany(a: Spelling, b: Spelling): boolean {
  for (const t of a.titles) if (b.titles.has(t)) return true;
  return (
    (a.surnames.size > 0 && b.surnames.size > 0 && near(a.surnames, b.surnames)) ||
    (a.givenNames.size > 0 && b.givenNames.size > 0 && near(a.givenNames, b.givenNames))
  );
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

/** An initial as a given name's key: its letter in lower case and a full stop (no skeleton ends so). */
export function initialKey(text: string): string {
  return text[0].toLowerCase() + '.';
}

/** Two given names (or surnames) that may be one: equal, one edit apart if long, or an initial and a name it begins. */
function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const ia = a.endsWith('.');
  const ib = b.endsWith('.');
  if (ia || ib) return ia !== ib ? a[0] === b[0] || skeleton(a[0]) === skeleton(b[0]) : false;
  return a.length >= 5 && b.length >= 5 && withinOne(a, b);
}

const near = (x: Set<string>, y: Set<string>): boolean => {
  for (const a of x) for (const b of y) if (sameName(a, b)) return true;
  return false;
};

/** Each set holds a name the other has nothing like (Ruhollah beside Ali, with Ayatollah in both). */
const eachOwn = (x: Set<string>, y: Set<string>): boolean => {
  const own = (p: Set<string>, q: Set<string>) => {
    for (const a of p) {
      let met = false;
      for (const b of q) if (sameName(a, b)) met = true;
      if (!met) return true;
    }
    return false;
  };
  return own(x, y) && own(y, x);
};

/** The draft itself shows two people: the spellings stand beside given names or surnames that differ. */
function differentPeople(a: Spelling, b: Spelling): boolean {
  if (a.ordinary || b.ordinary) return false;
  // Kowalski and Kowalska, both introduced: relatives, not a slip.
  if (a.firstInFullName >= 0 && b.firstInFullName >= 0 && endingPair(a.text, b.text)) return true;
  if (
    a.givenNames.size &&
    b.givenNames.size &&
    (!near(a.givenNames, b.givenNames) || eachOwn(a.givenNames, b.givenNames))
  )
    return true;
  // Each introduced in full with an age or a role of its own (Marcus Tillman, 22, and Devon
  // Tilman, 19; Daniyar Omarov, a farmer … Daniyar Omarev, the district's prosecutor).
  if (a.intros.size && b.intros.size && ![...a.intros].some((x) => [...b.intros].some((y) => sameIntro(x, y))))
    return true;
  // One is only ever a given name of a full name, the other only ever a surname of one
  // (Etheline Waldman and her husband Waldiman Thompson): two people.
  if (a.asGiven && !a.surnameInFull && b.surnameInFull && !b.asGiven) return true;
  if (b.asGiven && !b.surnameInFull && a.surnameInFull && !a.asGiven) return true;
  // Given names are compared only when they go with one surname (Aleksandr / Alexander Volkov).
  const onlyGiven = (s: Spelling) => s.asGiven && !s.asSurname;
  if (onlyGiven(a) || onlyGiven(b)) return !(a.surnames.size && b.surnames.size && near(a.surnames, b.surnames));
  return false;
}

function chooseCanonical(
  spellings: Spelling[],
  list: number[],
  sheetUnits: Set<string>,
): { canonical: number; from: VariantGroup['canonicalFrom'] } {
  for (const i of list) if (sheetUnits.has(spellings[i].text)) return { canonical: i, from: 'style-sheet' };
  // An ordinary word is spelled right by definition ("Attorney" beside "Attroney").
  const ordinaryOne = list.find((i) => spellings[i].ordinary);
  if (ordinaryOne !== undefined) return { canonical: ordinaryOne, from: 'majority' };
  // So is the one word or name the lists know, beside spellings they do not that the draft writes no more often (Michael, not Micahel).
  // (Not beside a transliteration: Yekaterina and Ekaterina are both right; the draft's first use decides.)
  const known = list.filter((i) => attested(spellings[i].text));
  if (
    known.length === 1 &&
    list.every(
      (i) =>
        i === known[0] ||
        (spellings[i].count <= spellings[known[0]].count &&
          (variantKind(spellings[i].text, spellings[known[0]].text) === 'spelling' ||
            isEnglishWord(spellings[known[0]].text.toLowerCase()) ||
            undoubled(spellings[i].text) === undoubled(spellings[known[0]].text))),
    )
  ) {
    return { canonical: known[0], from: 'majority' };
  }
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
  if (
    intro < 0 ||
    (most !== intro && spellings[most].count >= 2 * spellings[intro].count && spellings[most].count >= 2)
  ) {
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
