// The words of a paragraph that can take part in a name, read character by character through the
// class table (chars.ts): capitalised words, initials, particles and the connectors of
// organisation names. Every other word only goes into the draft's lower-case set.

import type { Document } from '../types';
import { PARTICLES, PARTICLE_PREFIX } from '../lexicon/nameWords';
import { ASCII_CLASS, classOf, codePointAt, LETTER, LOWER, NUMBER, TITLE, UPPER, WORD_CHAR, widthOf } from './chars';
import { HASH_PRIME, HASH_SEED, TextWords } from './textWords';

export type TokKind = 'cap' | 'acronym' | 'initial' | 'particle' | 'lower';

export interface Token {
  start: number;
  /** End without the possessive. */
  end: number;
  rawEnd: number;
  text: string;
  lower: string;
  kind: TokKind;
  possessive: boolean;
  sentence: number;
  sentenceInitial: boolean;
  /** Its place among the paragraph's tokens. */
  index: number;
}

const isJoiner = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2010; // ' ’ - ‐
export const CONNECTORS = new Set(['of', 'for', 'the']);
const OPENERS = new Set(['“', '"', '‘', "'", '«', '„', '‹', '(', '[', '—', '–']);

/** The sets and memos of one scan of a draft. */
export interface Scan {
  /** Words written in lower case (possessive stripped). */
  lowercase: TextWords;
  /** Capitalised words, so each is cut out of the text once. */
  capitals: TextWords;
  /** Lower case of a word (the words come from `capitals`, one string each). */
  lowers: Map<string, string>;
  words: number;
  /** With a cache: the lower-case words of the paragraph being read, each once. */
  collect?: string[];
  /** Per word of `lowercase`, the last paragraph (`serial`) that listed it in `collect`. */
  listed?: Int32Array;
  serial: number;
}

/**
 * The words of a paragraph that can take part in a name: capitalised words, particles and the
 * connectors of organisation names. Other lower-case words only go into `lowercase` (they break
 * a run by standing between two capitalised words), so a paragraph costs few allocations.
 */
export function tokenize(doc: Document, pIndex: number, scan: Scan): Token[] {
  const para = doc.paragraphs[pIndex];
  const pStart = para.start;
  const pEnd = para.end;
  // Tokens come in order, so the sentence of each is found by walking forward.
  let sen = para.sentences[0];
  const lastSen = para.sentences[1] - 1;
  const prose = doc.prose;
  const n = prose.length;
  const toks: Token[] = [];
  let lastSentence = -1;
  // Words are read character by character through a class table, as the regex
  // [\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)* would read them, and a word is cut out of
  // the text only when it is kept: most words are lower case and only pass through.
  let i = pStart;
  while (i < pEnd) {
    let cp = codePointAt(prose, i, n);
    const firstClass = classOf(cp);
    if (!(firstClass & WORD_CHAR)) {
      i += widthOf(cp);
      continue;
    }
    const start = i;
    let all = 0; // every class in the word
    let lowers = 0; // \p{Ll} characters
    let letters = 0; // \p{L} characters
    let prevClass = 0; // the classes of the last two characters (a joiner has none)
    let lastClass = 0;
    // The word's hash as it is read, and the hash without its last unit or two (for a word
    // ending in 's), so the lower-case set need not read the word again.
    let h = HASH_SEED;
    let h1 = 0;
    let h2 = 0;
    let j = i;
    for (;;) {
      while (j < n) {
        cp = prose.charCodeAt(j);
        const c = cp < 128 ? ASCII_CLASS[cp] : classOf((cp = codePointAt(prose, j, n)));
        if (!(c & WORD_CHAR)) break;
        all |= c;
        if (c & LOWER) lowers++;
        if (c & LETTER) letters++;
        prevClass = lastClass;
        lastClass = c;
        if (cp > 0xffff) {
          h2 = h;
          h1 = Math.imul(h ^ prose.charCodeAt(j), HASH_PRIME);
          h = Math.imul(h1 ^ prose.charCodeAt(j + 1), HASH_PRIME);
          j += 2;
        } else {
          h2 = h1;
          h1 = h;
          h = Math.imul(h ^ cp, HASH_PRIME);
          j++;
        }
      }
      if (j + 1 < n && isJoiner(prose.charCodeAt(j)) && classOf(codePointAt(prose, j + 1, n)) & WORD_CHAR) {
        prevClass = lastClass;
        lastClass = 0;
        h2 = h1;
        h1 = h;
        h = Math.imul(h ^ prose.charCodeAt(j), HASH_PRIME);
        j++;
        continue;
      }
      break;
    }
    i = j;
    const rawEnd = j;
    scan.words++;
    while (sen < lastSen && doc.sentences[sen].end <= start) sen++;
    const sentence = sen;
    const wasSentence = lastSentence;
    lastSentence = sentence;
    // Letters glued to digits ("Ashimbayev2005") or ending in a stray capital ("NazarbaevU.S.")
    // are typing slips around a word, not a spelling of a name: a fix there would eat the glue.
    const glued = (all & NUMBER) !== 0 || ((prevClass & LOWER) !== 0 && (lastClass & UPPER) !== 0);
    const upper = (firstClass & (UPPER | TITLE)) !== 0 && !glued;
    // Ends in 's or ’s.
    const sTail =
      rawEnd - start > 2 &&
      prose.charCodeAt(rawEnd - 1) === 0x73 &&
      (prose.charCodeAt(rawEnd - 2) === 0x27 || prose.charCodeAt(rawEnd - 2) === 0x2019);
    let raw: string;
    if (!upper) {
      // Particles, connectors and particle prefixes (al-Rashidi) all begin in lower case.
      if (!(firstClass & LOWER)) continue;
      const word = sTail
        ? scan.lowercase.addRange(prose, start, rawEnd - 2, h2)
        : scan.lowercase.addRange(prose, start, rawEnd, h);
      if (scan.collect) listWord(scan, word);
      // None is longer than five letters, and a prefix has its hyphen third or fourth.
      if (rawEnd - start > 5 && prose.charCodeAt(start + 2) !== 0x2d && prose.charCodeAt(start + 3) !== 0x2d) continue;
      raw = sTail ? prose.slice(start, rawEnd) : word;
      if (!PARTICLES.has(raw) && !CONNECTORS.has(raw) && !PARTICLE_PREFIX.test(raw)) continue;
      // A connector (of, for, the) only ever joins a run right after the token before it, with
      // one space or ". " between (Ministry of, of the): elsewhere it could only break a run,
      // and the gap it leaves breaks it just the same. Most of them are elsewhere.
      if (CONNECTORS.has(raw) && !PARTICLES.has(raw)) {
        const prev = toks[toks.length - 1];
        const gap = prev ? start - prev.rawEnd : 0;
        if (
          !prev ||
          (!(gap === 1 && isSpaceCode(prose.charCodeAt(prev.rawEnd))) &&
            !(gap === 2 && prose.charCodeAt(prev.rawEnd) === 0x2e && prose.charCodeAt(prev.rawEnd + 1) === 0x20))
        )
          continue;
      }
    } else raw = scan.capitals.addRange(prose, start, rawEnd, h);
    let possessive = false;
    if (raw.length > 3 && sTail) {
      raw = raw.slice(0, -2);
      possessive = true;
      lowers--; // the s
      letters--;
    }
    let kind: TokKind;
    let lower = scan.lowers.get(raw);
    if (lower === undefined) scan.lowers.set(raw, (lower = raw.toLowerCase()));
    if (upper) {
      // A letter with a full stop is an initial; so is one without, before a capitalised word, in
      // lists that drop the stops ("M Horan (Munster)"), but for A and I, which are words.
      if (raw.length === 1)
        kind =
          prose[rawEnd] === '.' ||
          (raw !== 'A' &&
            raw !== 'I' &&
            prose[rawEnd] === ' ' &&
            rawEnd + 1 < pEnd &&
            classOf(codePointAt(prose, rawEnd + 1, n)) & UPPER)
            ? 'initial'
            : 'lower';
      else if (lowers === 0) kind = letters > 0 && raw.length <= 10 ? 'acronym' : 'lower';
      else kind = 'cap';
    } else if (PARTICLE_PREFIX.test(raw)) kind = 'cap';
    else if (PARTICLES.has(lower)) kind = 'particle';
    else kind = 'lower';
    // The first word of a sentence, or the first word inside an opening quotation mark.
    let initial = sentence !== wasSentence;
    if (!initial) {
      let k = start - 1;
      while (k > pStart && (prose[k] === ' ' || prose[k] === '\u00a0')) k--;
      if (OPENERS.has(prose[k]) || prose[k] === ':') initial = true;
    }
    toks.push({
      start,
      end: start + raw.length,
      rawEnd,
      text: raw,
      lower,
      kind,
      possessive,
      sentence,
      sentenceInitial: initial,
      index: toks.length,
    });
  }
  return toks;
}

/** Adds a lower-case word to the paragraph's list, once. */
function listWord(scan: Scan, word: string): void {
  const at = scan.lowercase.last;
  let listed = scan.listed!;
  if (at >= listed.length) {
    const grown = new Int32Array(Math.max(at + 1, listed.length * 2));
    grown.set(listed);
    scan.listed = listed = grown;
  }
  if (listed[at] === scan.serial) return;
  listed[at] = scan.serial;
  scan.collect!.push(word);
}

/** Whether one space (or no-break space) is all that stands between a and b: asked in place, no slice per pair of tokens. */
export function spaced(prose: string, a: Token, b: Token): boolean {
  return b.start - a.rawEnd === 1 && isSpaceCode(prose.charCodeAt(a.rawEnd));
}

/** Whether ". " stands between a and b. */
export function fullStopBetween(prose: string, a: Token, b: Token): boolean {
  return b.start - a.rawEnd === 2 && prose.charCodeAt(a.rawEnd) === 0x2e && prose.charCodeAt(a.rawEnd + 1) === 0x20;
}

export function newScan(kept = false): Scan {
  return { lowercase: new TextWords(kept), capitals: new TextWords(kept), lowers: new Map(), words: 0, serial: 0 };
}

export const isSpaceCode = (c: number) => c === 0x20 || c === 0xa0;
