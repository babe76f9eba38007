// What is read just around a capitalised word: a date after a month ("May 5"), an organisation
// noun after a name ("the Nur Otan party"), a speech verb before or after ("Smith said", "said
// Smith", "according to Smith"). Read in place, without slicing: this runs for every mention.

import { ORG_NOUNS_AFTER } from '../lexicon/nameWords';
import { saysWord } from '../lexicon/speechForms';
import { classOf, codePointAt, LETTER, LOWER, widthOf } from './chars';
import { isSpaceCode } from './tokens';

// Every regex is compiled once, here: the bundle turns a \p{…} literal into `new RegExp(…)`, which
// inside a function is built again on every call.
const ACCORDING_TO = /according[ \u00a0]+to[ \u00a0]+$/;
const DATE_AFTER = /^\.?[ \u00a0]*(?:\d|$)/;

/**
 * A month or day written as a date ("May 5", "Jan. 3"), not as a name (Theresa May, Jan
 * Kowalski, April Ryan).
 */
export function dateLike(prose: string, rawEnd: number): boolean {
  return DATE_AFTER.test(prose.slice(rawEnd, rawEnd + 4));
}

export function orgNounAfter(prose: string, rawEnd: number): boolean {
  const word = wordAfter(prose, rawEnd, 20, false);
  return word !== undefined && ORG_NOUNS_AFTER.has(word);
}

/**
 * The lower-case word after a name, as /^[’'”"]?,?[ \u00a0]+(\p{Ll}+)/u reads it in the `window`
 * characters after `end` (a word running past them is cut there), or undefined; without
 * `punctuation`, as /^[ \u00a0]+(\p{Ll}+)/u reads it. Read in place: this runs for every mention.
 */
function wordAfter(prose: string, end: number, window: number, punctuation: boolean): string | undefined {
  const limit = Math.min(prose.length, end + window);
  let k = end;
  if (punctuation) {
    const q = prose.charCodeAt(k);
    if (k < limit && (q === 0x2019 || q === 0x27 || q === 0x201d || q === 0x22)) k++;
    if (k < limit && prose.charCodeAt(k) === 0x2c) k++;
  }
  const spaces = k;
  while (k < limit && isSpaceCode(prose.charCodeAt(k))) k++;
  if (k === spaces) return undefined;
  const from = k;
  while (k < limit) {
    const cp = codePointAt(prose, k, limit);
    if (!(classOf(cp) & LOWER)) break;
    k += widthOf(cp);
  }
  return k > from ? prose.slice(from, k) : undefined;
}

/**
 * The lower-case word before `edge`, as /(\p{Ll}+)[ \u00a0]+$/u reads it in the 24 characters
 * before it (a word running past them is cut there), or undefined.
 */
function wordBefore(prose: string, edge: number): string | undefined {
  const from = Math.max(0, edge - 24);
  let k = edge;
  while (k > from && isSpaceCode(prose.charCodeAt(k - 1))) k--;
  if (k === edge) return undefined;
  const to = k;
  while (k > from) {
    // A surrogate pair is one character, unless the window cuts it.
    const c = prose.charCodeAt(k - 1);
    let cp = c;
    let w = 1;
    if (c >= 0xdc00 && c <= 0xdfff && k - 2 >= from) {
      const h = prose.charCodeAt(k - 2);
      if (h >= 0xd800 && h <= 0xdbff) {
        cp = ((h - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
        w = 2;
      }
    }
    if (!(classOf(cp) & LOWER)) break;
    k -= w;
  }
  return k < to ? prose.slice(k, to) : undefined;
}

export function speechNear(prose: string, end: number, leftEdge: number): boolean {
  const right = wordAfter(prose, end, 24, true);
  if (right !== undefined && saysWord(right)) return true;
  const left = wordBefore(prose, leftEdge);
  return (
    left !== undefined &&
    (saysWord(left) || (left === 'to' && ACCORDING_TO.test(prose.slice(Math.max(0, leftEdge - 14), leftEdge))))
  );
}

/** Words that make the month or day after them a date: "last April", "since May", "on Friday". */
const TIME_WORDS = new Set([
  'last',
  'next',
  'this',
  'early',
  'late',
  'mid',
  'in',
  'since',
  'until',
  'till',
  'on',
  'from',
  'during',
  'every',
  'each',
  'through',
  'before',
  'after',
  'past',
  'previous',
  'coming',
  'between',
]);

/** Whether the word before `start` (any case, over spaces, not before `from`: the paragraph's start) is a word of time. */
export function timeWordBefore(prose: string, start: number, from: number): boolean {
  let k = start;
  while (k > from && isSpaceCode(prose.charCodeAt(k - 1))) k--;
  if (k === start) return false;
  const to = k;
  while (k > from && to - k < 9 && classOf(prose.charCodeAt(k - 1)) & LETTER) k--;
  return TIME_WORDS.has(prose.slice(k, to).toLowerCase());
}

// ", 34," or ", a farmer near Taraz": how a news story introduces a person right after the name.
const AGE_AFTER = /^[’'”"]?,[ \u00a0]+(\d{1,3}),/;
const ROLE_AFTER = /^[’'”"]?,[ \u00a0]+(?:a|an|the)[ \u00a0]+(\p{Ll}[\p{Ll}'’-]*(?:[ \u00a0]\p{Ll}[\p{Ll}'’-]*)?)/u;

/**
 * How the name ending at `end` is introduced: "age 34" or "role farmer near", or undefined. Read
 * up to 40 characters and never past a line break (so within the paragraph and its tail).
 */
export function introAfter(prose: string, end: number): string | undefined {
  const c = prose.charCodeAt(end);
  if (c !== 0x2c && c !== 0x2019 && c !== 0x27 && c !== 0x201d && c !== 0x22) return undefined;
  const window = prose.slice(end, end + 40);
  const age = AGE_AFTER.exec(window);
  if (age) return 'age ' + age[1];
  const role = ROLE_AFTER.exec(window);
  return role ? 'role ' + role[1].replace(/[\u00a0]/g, ' ') : undefined;
}

const LISTED_AFTER = /^[ \u00a0]+(?:and|or|&)[ \u00a0]+(\p{Lu}\p{Ll}+)[ \u00a0]+\p{Lu}/u;

/** "Jaylen and Jaylin Mercer": the given name listed after the one ending at `end`, before a surname; never past a line break. */
export function givenListedAfter(prose: string, end: number): string | undefined {
  const c = prose.charCodeAt(end);
  if (c !== 0x20 && c !== 0xa0) return undefined;
  // Most names are followed by a verb: look further only after "a", "o" or "&".
  const n = prose.charCodeAt(end + 1);
  if (n !== 0x61 && n !== 0x6f && n !== 0x26) return undefined;
  const m = LISTED_AFTER.exec(prose.slice(end, end + 40));
  return m ? m[1] : undefined;
}
