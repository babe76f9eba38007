// House style across the draft: straight or curly marks, double or single marks for the outer
// level. These are information, not errors: one finding per mark that departs from the draft's own
// majority, each with a safe fix to the majority style (fix-all converts the lot). The majority is
// counted over the whole draft from what each paragraph holds; the findings are each paragraph's
// own, given the majority.

import type { Document, Finding, Quotation, QuoteFamily } from '../types';
import type { QuoteLocale } from './locale';
import type { ParagraphQuotes, ReadMark } from './pairing';

const LOW_NINE = new Set(['de', 'da', 'cs', 'sk', 'sl', 'lt', 'pl', 'hu', 'ro', 'nl']);

function curly(m: ReadMark, locale: QuoteLocale): string {
  if (m.role === 'apostrophe' || m.role === 'prime') return '’';
  const open = m.role === 'open';
  if (m.family === 'double') {
    if (locale.tag === 'sv' || locale.tag === 'fi') return '”';
    if (LOW_NINE.has(locale.tag)) return open ? '„' : locale.proper['„'] ?? '“';
    return open ? '“' : '”';
  }
  if (locale.tag === 'sv' || locale.tag === 'fi') return '’';
  if (LOW_NINE.has(locale.tag)) return open ? '‚' : '‘';
  return open ? '‘' : '’';
}

/**
 * Primes are not quotation marks, and a ‘ inside a word is a letter of a transliteration
 * (G‘ulomov, Uzbek o‘ and g‘), not a curly apostrophe.
 */
function skip(m: ReadMark): boolean {
  return m.role === 'prime' || m.width === 2 || (m.family !== 'double' && m.family !== 'single') || (m.char === '‘' && m.role === 'apostrophe' && m.inWord === true);
}

/** Past this many, more information findings help no one; fix-all converts in rounds anyway. */
export const MAX_STYLE_FINDINGS = 2000;

/** Whether a mark takes part in the straight-or-curly count. */
export function countsForStyle(m: ReadMark): boolean {
  return !skip(m);
}

/** Whether the draft's style is curly marks; undefined when it does not mix the two. */
export function curlyWanted(straight: number, curlyCount: number): boolean | undefined {
  if (!straight || !curlyCount) return undefined;
  // A tie goes to curly marks: they are what a typeset draft should carry.
  return curlyCount >= straight;
}

/** The first `limit` marks of the paragraph that depart from the draft's style, each a finding with its fix. */
export function markStyleFindings(pq: ParagraphQuotes, wantCurly: boolean, locale: QuoteLocale, limit: number): Finding[] {
  const out: Finding[] = [];
  for (const m of pq.marks) {
    if (skip(m) || m.straight !== wantCurly) continue;
    if (out.length >= limit) return out;
    const what = m.role === 'apostrophe' ? 'apostrophe' : 'quotation mark';
    const to = wantCurly ? curly(m, locale) : m.family === 'double' ? '"' : "'";
    out.push({
      rule: 'quotes/style',
      severity: 'information',
      message: wantCurly
        ? `Straight ${what} ${m.char} in a draft that uses curly marks: use ${to}`
        : `Curly ${what} ${m.char} in a draft that uses straight marks: use ${to}`,
      offset: m.offset,
      length: 1,
      related: [],
      fixes: [{ title: `Change ${m.char} to ${to}`, edits: [{ offset: m.offset, length: 1, newText: to }], safe: true, preferred: true }],
    });
  }
  return out;
}

const SWAP: Record<string, string> = {
  '“': '‘', '”': '’', '"': "'", '„': '‚',
  '‘': '“', '’': '”', "'": '"', '‚': '„',
};

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/**
 * Whether [start, end) holds at least `n` runs of letters and digits, as /[\p{L}\p{N}]+/gu counts
 * them in that slice: counted in place, stopping at the n-th, instead of cutting out every word of
 * every quotation.
 */
function wordsAtLeast(text: string, start: number, end: number, n: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; ) {
    let cp = text.charCodeAt(i);
    let width = 1;
    // A surrogate pair inside the slice is one code point; a half cut off by its edge is none.
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < end) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        width = 2;
      }
    }
    const letter = isLetterOrDigit(cp);
    if (letter && !inWord && ++words >= n) return true;
    inWord = letter;
    i += width;
  }
  return false;
}

/**
 * Houses that quote speech in double marks often put terms and nicknames in single ones (the
 * 'chip and pin' cards, Brian 'Head' Welch): only quoted speech sets or breaks the outer style.
 */
function speechLike(doc: Document, q: Quotation): boolean {
  if (wordsAtLeast(doc.prose, q.start, q.end, 5)) return true;
  const last = doc.prose[q.end - 1];
  return /[,.!?…]/.test(last ?? '') && /\p{Lu}/u.test(doc.prose[q.start] ?? '');
}

/**
 * The paragraph's outer quotations that set or break the outer style, as indexes into its
 * quotations. Headlines follow their own convention (single marks in British headlines): the
 * caller leaves them out.
 */
export function outerQuotations(doc: Document, pq: ParagraphQuotes): number[] {
  const out: number[] = [];
  pq.quotations.forEach((q, index) => {
    if (q.depth !== 0 || q.open < 0 || q.continues || (q.family !== 'double' && q.family !== 'single')) return;
    if (speechLike(doc, q)) out.push(index);
  });
  return out;
}

/** The outer style: the majority's family; on a tie, the first quotation's. Undefined when the draft does not mix them. */
export function outerWanted(double: number, single: number, first: QuoteFamily | undefined): QuoteFamily | undefined {
  if (!double || !single) return undefined;
  return double > single ? 'double' : single > double ? 'single' : first;
}

/** A finding for each of the paragraph's outer quotations (from `outerQuotations`) not in `want` marks. */
export function outerStyleFindings(doc: Document, pq: ParagraphQuotes, outer: readonly number[], want: QuoteFamily): Finding[] {
  const out: Finding[] = [];
  for (const index of outer) {
    const q = pq.quotations[index];
    if (q.family === want) continue;
    const edits: Array<{ offset: number; length: number; newText: string }> = [];
    const swap = (o: number) => {
      const to = SWAP[doc.text[o]];
      if (to) edits.push({ offset: o, length: 1, newText: to });
    };
    swap(q.open);
    if (q.close >= 0) swap(q.close);
    // Quotations inside it swap too, so the levels keep alternating.
    for (let j = index + 1; j < pq.quotations.length && q.close >= 0; j++) {
      const inner = pq.quotations[j];
      if (inner.open < 0 || inner.open > q.close) break;
      if (inner.depth === 0) break;
      swap(inner.open);
      if (inner.close >= 0) swap(inner.close);
    }
    out.push({
      rule: 'quotes/style',
      severity: 'information',
      message: `Outer quotation in ${q.family} marks; the draft's other quotations use ${want} marks`,
      offset: q.open,
      length: 1,
      related: q.close >= 0 ? [{ offset: q.close, length: 1, message: 'The quotation closes here' }] : [],
      fixes: [{ title: `Use ${want} marks for this quotation`, edits, safe: true, preferred: true }],
    });
  }
  return out;
}
