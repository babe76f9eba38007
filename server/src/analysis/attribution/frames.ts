// The frame of a quotation: the sentence around it as a reader sees it. The sentence segmenter
// splits inside quoted speech ("We are done. We go home," he said), but an attribution belongs to
// the whole quoted sentence, so sentence breaks that fall inside a quotation are joined here.
// Quoted words are masked out of the frame's text: verbs and names inside a quotation are the
// speaker's words, never the attribution.

import type { Quotation } from '../types';

export interface Frame {
  start: number;
  end: number;
  paragraph: number;
  /** Indexes into the quotation list, outer quotations only, in text order. */
  quotations: number[];
}

/** Where a quotation sits on the page: from its opening mark (or first word) to its closing mark. */
export function outerSpan(q: Quotation): [number, number] {
  const s = q.open >= 0 ? Math.min(q.open, q.start) : q.start;
  const e = q.close >= 0 ? Math.max(q.close + 1, q.end) : q.end;
  return [s, e];
}

/**
 * The text of the document with every outer quotation (marks included) replaced by U+0001, so
 * attribution patterns see only the writer's words, at unchanged offsets.
 */
export function maskQuotations(prose: string, quotations: readonly Quotation[]): string {
  const parts: string[] = [];
  let pos = 0;
  for (const q of quotations) {
    if (q.depth !== 0) continue;
    const [s, e] = outerSpan(q);
    if (s < pos || e <= s) continue;
    parts.push(prose.slice(pos, s), '\u0001'.repeat(e - s));
    pos = e;
  }
  parts.push(prose.slice(pos));
  return parts.join('');
}

export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

/**
 * Word characters: what `[\p{L}\p{M}\p{N}]` matches, by code point. A word is a run of them,
 * joined by single apostrophes or hyphens ("don't", "co-founder"), exactly as the regular
 * expression /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*\/gu would read it. wordsIn is
 * the hottest loop of attribution (every frame of the draft is read word by word), and a Unicode
 * regular expression run per slice cost a third of the check; this scans character codes instead.
 */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
/** The Basic Multilingual Plane, learnt lazily from WORD_CHAR: 0 not yet asked, 1 word, 2 not. */
const BMP_WORD = new Uint8Array(0x10000);

function isAsciiWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

function isWordCode(c: number): boolean {
  if (c < 0x80) return isAsciiWordCode(c);
  if (c < 0x10000) {
    let k = BMP_WORD[c];
    if (k === 0) BMP_WORD[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    return k === 1;
  }
  return WORD_CHAR.test(String.fromCodePoint(c));
}

/**
 * The length (1 or 2) of the word character at `i` of `text`, or 0 if there is none; a surrogate
 * pair counts only when both halves lie before `end`, as on a slice ending at `end`.
 */
function wordCharAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return isWordCode(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) ? 2 : 0;
  }
  return isWordCode(c) ? 1 : 0;
}

/** What nextWord found: where the word ends, and whether it is its own lower case. */
export const wordScan = { end: 0, plain: true };

/**
 * The start of the first word of `text` in [i, end), or -1; its end and case go to `wordScan`.
 * Only [i, end) is read, as on a slice: a word cut by either bound is read up to the bound. For
 * loops that look at every word but keep few of them (verbsOf), with no object per word.
 */
export function nextWord(text: string, i: number, end: number): number {
  while (i < end) {
    const c0 = text.charCodeAt(i);
    // ASCII first, as most of a draft is: no lookups for a space, a comma or a letter.
    if (c0 < 0x80 ? !isAsciiWordCode(c0) : wordCharAt(text, i, end) === 0) {
      // Not a word character: step over it (a whole surrogate pair, as a Unicode search does).
      i += c0 >= 0xd800 && c0 <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    const s = i;
    // Only ASCII letters without capitals: the word is its own lower case (no toLowerCase call).
    let plain = true;
    for (;;) {
      while (i < end) {
        const c = text.charCodeAt(i);
        if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) i++;
        else if (c >= 0x41 && c <= 0x5a) {
          plain = false;
          i++;
        } else if (c < 0x80) break;
        else {
          const n = wordCharAt(text, i, end);
          if (n === 0) break;
          plain = false;
          i += n;
        }
      }
      // A joiner continues the word only when a word character follows it.
      if (i + 1 < end) {
        const j = text.charCodeAt(i);
        if ((j === 0x27 || j === 0x2019 || j === 0x2d) && wordCharAt(text, i + 1, end) > 0) {
          if (j === 0x2019) plain = false;
          i++;
          continue;
        }
      }
      break;
    }
    wordScan.end = i;
    wordScan.plain = plain;
    return s;
  }
  return -1;
}

/** The words of `text` in [start, end), at most `limit` of them. */
export function wordsIn(text: string, start: number, end: number, limit = Infinity): Word[] {
  const out: Word[] = [];
  for (let s = start; out.length < limit;) {
    s = nextWord(text, s, end);
    if (s < 0) break;
    const e = wordScan.end;
    const w = text.slice(s, e);
    out.push({ start: s, end: e, text: w, lower: wordScan.plain ? w : w.toLowerCase() });
    s = e;
  }
  return out;
}

/** True when the first letter of a word is upper case. */
export function isCapitalised(w: string): boolean {
  const c = w.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
