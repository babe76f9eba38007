// Where a speech verb stands near a quotation, read word by word with the lexicon's lookup. One
// regular expression holding every speech verb form (1,300 of them) cost 130 ms to compile the
// first time it ran, in every process and every CLI worker: most of a short run's start-up.

import { speechVerbForms } from '../lexicon/speech';

let longest = 0;
/** The length of the longest form: no lookup reaches further. */
const longestForm = () => (longest ||= Math.max(...[...speechVerbForms().keys()].map((f) => f.length)));

const SPACE = /\s/;
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
// A capitalised word of a speaker's name: letters, apostrophes, full stops, hyphens.
const NAME_CHAR = /[\p{L}’'.-]/u;

const isSpace = (s: string, i: number) => i < s.length && SPACE.test(s[i]);
const isAsciiWord = (c: number) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
/** A word edge as `\b` reads one (ASCII word characters only). */
const edge = (s: string, i: number) =>
  (i > 0 && isAsciiWord(s.charCodeAt(i - 1))) !== (i < s.length && isAsciiWord(s.charCodeAt(i)));

const charAt = (s: string, i: number) => String.fromCodePoint(s.codePointAt(i)!);
const widthAt = (s: string, i: number) => (s.codePointAt(i)! > 0xffff ? 2 : 1);
const isLowSurrogate = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff && i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff;
};

/** The ends of the speech verb forms (as written, lower case) that start at `i`. */
function verbEnds(s: string, i: number, end: number): number[] {
  const forms = speechVerbForms();
  const out: number[] = [];
  for (let j = i + 1, last = Math.min(end, i + longestForm()); j <= last; j++)
    if (forms.has(s.slice(i, j))) out.push(j);
  return out;
}

const verbThenEdge = (s: string, i: number, end: number) => verbEnds(s, i, end).some((j) => edge(s, j));
const verbThenSpace = (s: string, i: number, end: number) => verbEnds(s, i, end).some((j) => isSpace(s, j));

function skipSpaces(s: string, i: number, end: number): number {
  while (i < end && SPACE.test(s[i])) i++;
  return i;
}

/** The end of a run of `test` characters from `i` (code points), or `i`. */
function runOf(s: string, i: number, end: number, test: RegExp): number {
  while (i < end && test.test(charAt(s, i))) i += widthAt(s, i);
  return i;
}

/** After the punctuation at `i`: spaces, then 1–4 capitalised words, then a speech verb (`, Aigerim Kassymova said`). */
function namedSpeaker(s: string, i: number, end: number): boolean {
  let at = i;
  for (let k = 0; k < 4; k++) {
    if (at >= end || !UPPER.test(charAt(s, at))) return false;
    const wordEnd = runOf(s, at + widthAt(s, at), end, NAME_CHAR);
    const next = skipSpaces(s, wordEnd, end);
    if (next === wordEnd) return false;
    if (verbThenEdge(s, next, end)) return true;
    at = next;
  }
  return false;
}

const PRONOUNS = ['he', 'she', 'they', 'it', 'we', 'I'];

/** A pronoun or `the` and one to four words, then spaces and a speech verb (`, he said`, `, the minister told`). */
function pronounSpeaker(s: string, i: number, end: number): boolean {
  for (const p of PRONOUNS) {
    if (!s.startsWith(p, i) || i + p.length > end) continue;
    const next = skipSpaces(s, i + p.length, end);
    if (next > i + p.length && verbThenEdge(s, next, end)) return true;
  }
  if (!s.startsWith('the', i) || i + 3 > end) return false;
  let at = skipSpaces(s, i + 3, end);
  if (at === i + 3) return false;
  for (let k = 0; k < 4; k++) {
    const wordEnd = runOf(s, at, end, LETTER);
    if (wordEnd === at) return false;
    const next = skipSpaces(s, wordEnd, end);
    if (next === wordEnd) return false;
    if (verbThenEdge(s, next, end)) return true;
    at = next;
  }
  return false;
}

/**
 * The first punctuation in `s` that ends quoted words before an attribution: `, Aigerim Kassymova
 * said`, `, he said`, `, said the minister`, `, — said`. Its index, or -1.
 */
export function attributionAfter(s: string): number {
  const end = s.length;
  for (let i = 0; i < end; i++) {
    const c = s[i];
    if (c !== ',' && c !== '?' && c !== '!') continue;
    const word = skipSpaces(s, i + 1, end);
    if (word > i + 1 && (namedSpeaker(s, word, end) || pronounSpeaker(s, word, end) || verbThenSpace(s, word, end)))
      return i;
    if (c === ',' && (s[word] === '—' || s[word] === '–') && verbThenEdge(s, skipSpaces(s, word + 1, end), end))
      return i;
  }
  return -1;
}

/** Whether `s` holds a speech verb or `according to` as a word of its own: the narrator's words. */
export function narrates(s: string): boolean {
  const forms = speechVerbForms();
  const letterAt = (i: number) => i < s.length && LETTER.test(charAt(s, i));
  // The character before `i`, a surrogate pair read whole.
  const letterBefore = (i: number) =>
    i > 0 && LETTER.test(charAt(s, i >= 2 && isLowSurrogate(s, i - 1) ? i - 2 : i - 1));
  for (let i = 0; i < s.length; i++) {
    if (letterBefore(i)) continue;
    if (s.startsWith('according to', i) && !letterAt(i + 12)) return true;
    for (let j = i + 1, last = Math.min(s.length, i + longestForm()); j <= last; j++)
      if (!letterAt(j) && forms.has(s.slice(i, j))) return true;
  }
  return false;
}
