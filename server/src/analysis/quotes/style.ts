// House style across the draft: straight or curly marks, double or single marks for the outer
// level. A style is one decision per draft, so the user sees one information finding per kind of
// mix (straight vs curly; single vs double at the outer level), on the first mark that departs from
// the style, every other place in its related information and one safe fix that converts them
// all. The style is the house's (`quoteStyle`) or, on `auto`, the draft's own: curly unless its
// quotation marks are mostly straight. Each paragraph's marks that depart are found per paragraph
// (and kept in the cache); `mergedMarkStyle` and `mergedOuterStyle` make the draft's one finding.

import { finding } from '../finding';
import { DOUBLE_SINGLE } from '../lexicon/quoteMarks';
import type { Document, Finding, Quotation, QuoteFamily, Related, TextEdit } from '../types';
import type { QuoteLocale } from './locale';
import type { ParagraphQuotes, ReadMark } from './pairing';

const LOW_NINE = new Set(['de', 'da', 'cs', 'sk', 'sl', 'lt', 'pl', 'hu', 'ro', 'nl']);

function curly(m: ReadMark, locale: QuoteLocale): string {
  if (m.role === 'apostrophe' || m.role === 'prime') return '’';
  const open = m.role === 'open';
  if (m.family === 'double') {
    if (locale.tag === 'sv' || locale.tag === 'fi') return '”';
    if (LOW_NINE.has(locale.tag)) return open ? '„' : (locale.proper['„'] ?? '“');
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
  return (
    m.role === 'prime' ||
    m.width === 2 ||
    (m.family !== 'double' && m.family !== 'single') ||
    (m.char === '‘' && m.role === 'apostrophe' && m.inWord === true)
  );
}

/** Marks read per draft for the style finding: past this many its related list and fix stop (fix-all runs again). */
export const MAX_STYLE_FINDINGS = 2000;

/** Whether a mark takes part in the straight-or-curly count. */
export function countsForStyle(m: ReadMark): boolean {
  return !skip(m);
}

export type QuoteStyle = 'auto' | 'curly' | 'straight';

/** Straight and curly marks counted over the draft, and how many of each are apostrophes. */
export interface StyleCounts {
  straight: number;
  curly: number;
  straightApostrophes: number;
  curlyApostrophes: number;
}

/** The draft's mark style and why: the house's setting, its majority, or a tie (curly). */
export interface MarkStyle {
  curly: boolean;
  why: 'house' | 'majority' | 'tie';
  /** The vote: quotation marks, or apostrophes in a draft with no quotation marks (`apostrophes`). */
  votes: { curly: number; straight: number; apostrophes?: boolean };
}

/**
 * The mark style the draft should follow; undefined when nothing departs from it. A house style
 * set to curly or straight decides alone. On `auto` the quotation marks vote (apostrophes follow
 * the quotation style; they vote only in a draft with no quotation marks), and a tie goes to curly
 * marks, the typeset form: a draft is never downgraded to straight marks on a coin toss.
 */
export function markStyle(counts: StyleCounts, house: QuoteStyle = 'auto'): MarkStyle | undefined {
  const { straight, curly } = counts;
  if (house === 'curly') return straight ? { curly: true, why: 'house', votes: { curly, straight } } : undefined;
  if (house === 'straight') return curly ? { curly: false, why: 'house', votes: { curly, straight } } : undefined;
  if (!straight || !curly) return undefined;
  const s = straight - counts.straightApostrophes;
  const c = curly - counts.curlyApostrophes;
  if (!s && !c) {
    const votes = { curly: counts.curlyApostrophes, straight: counts.straightApostrophes, apostrophes: true };
    return { curly: votes.curly >= votes.straight, why: votes.curly === votes.straight ? 'tie' : 'majority', votes };
  }
  return { curly: c >= s, why: c === s ? 'tie' : 'majority', votes: { curly: c, straight: s } };
}

/** The first `limit` marks of the paragraph that depart from the draft's style, each a finding with its fix. */
export function markStyleFindings(
  pq: ParagraphQuotes,
  wantCurly: boolean,
  locale: QuoteLocale,
  limit: number,
): Finding[] {
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
      fixes: [
        {
          title: `Change ${m.char} to ${to}`,
          edits: [{ offset: m.offset, length: 1, newText: to }],
          safe: true,
          preferred: true,
        },
      ],
    });
  }
  return out;
}

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
  for (let i = start; i < end;) {
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
export function outerStyleFindings(
  doc: Document,
  pq: ParagraphQuotes,
  outer: readonly number[],
  want: QuoteFamily,
): Finding[] {
  const out: Finding[] = [];
  for (const index of outer) {
    const q = pq.quotations[index];
    if (q.family === want) continue;
    const edits: Array<{ offset: number; length: number; newText: string }> = [];
    const swap = (o: number) => {
      const to = DOUBLE_SINGLE[doc.text[o]];
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

const plural = (n: number, one: string, many = one + 's') => (n === 1 ? one : many);

/** The chars of the marks, each once, in order of first appearance: `" and '`. */
function charsOf(doc: Document, offsets: readonly number[]): string {
  const seen: string[] = [];
  for (const o of offsets) if (!seen.includes(doc.text[o])) seen.push(doc.text[o]);
  return seen.join(' ');
}

/** One fix of every safe edit of `findings`' own fixes (verified per paragraph). */
function convertAll(findings: readonly Finding[], title: string): { fix: Finding['fixes'][number]; left: number } {
  const edits: TextEdit[] = [];
  let left = 0;
  for (const f of findings) {
    const own = f.fixes[0];
    if (own?.safe) edits.push(...own.edits);
    else left++;
  }
  return { fix: { title, edits, safe: edits.length > 0, preferred: true }, left };
}

/**
 * The draft's one straight-or-curly finding, from the per-mark findings of every paragraph: on
 * the first, the others as related information, and one fix that converts them all.
 */
export function mergedMarkStyle(doc: Document, marks: readonly Finding[], style: MarkStyle): Finding[] {
  if (!marks.length) return [];
  const n = marks.length;
  const offsets = marks.map((f) => f.offset);
  const from = style.curly ? 'straight' : 'curly';
  const to = style.curly ? 'curly' : 'straight';
  const { straight, curly } = style.votes;
  const voters = style.votes.apostrophes ? 'apostrophes' : 'quotation marks';
  const mine = style.curly ? curly : straight;
  const others = style.curly ? straight : curly;
  const why =
    style.why === 'house'
      ? `, the house style (copydesk.quoteStyle)`
      : style.why === 'tie'
        ? `. Curly and straight ${voters} are tied (${curly} each), so Copydesk chose curly, the typeset form; copydesk.quoteStyle sets a house style`
        : `, as the draft's ${voters} are (${mine} ${to}${others ? `, ${others} ${from}` : ''})`;
  const title = n === 1 ? `Change ${doc.text[marks[0].offset]} to ${to}` : `Change all ${n} ${from} marks to ${to}`;
  const { fix, left } = convertAll(marks, title);
  const related: Related[] = marks.slice(1).map((f) => ({
    offset: f.offset,
    length: f.length,
    message: `${from} ${doc.text[f.offset]} → ${f.fixes[0]?.edits[0]?.newText ?? to}`,
  }));
  const message =
    `${n} ${from} ${plural(n, 'mark')} (${charsOf(doc, offsets)}): make ${plural(n, 'it', 'them')} ${to}${why}` +
    (left
      ? ` (${left} need a look: converting ${plural(left, 'it', 'them')} would change how the quotation reads)`
      : '');
  return [finding('quotes/style', message, marks[0].offset, 1, { related, fixes: fix.edits.length ? [fix] : [] })];
}

/**
 * The draft's one single-or-double finding for outer quotations, from every paragraph's: on the
 * first, the others as related information, and one fix that swaps them all.
 */
export function mergedOuterStyle(
  outers: readonly Finding[],
  want: QuoteFamily,
  double: number,
  single: number,
): Finding[] {
  if (!outers.length) return [];
  const n = outers.length;
  const other = want === 'double' ? 'single' : 'double';
  const why =
    double === single
      ? `as many quotations use each, and the first uses ${want} marks`
      : `as the draft's other quotations are (${want === 'double' ? double : single} ${want}, ${want === 'double' ? single : double} ${other})`;
  const { fix, left } = convertAll(
    outers,
    n === 1 ? `Use ${want} marks for this quotation` : `Use ${want} marks for all ${n} quotations`,
  );
  const related: Related[] = [];
  for (const [k, f] of outers.entries()) {
    if (k > 0) related.push({ offset: f.offset, length: f.length, message: `Also in ${other} marks` });
    for (const r of f.related) related.push(r);
  }
  const message =
    `${n} ${plural(n, 'quotation')} in ${other} marks: use ${want} marks, ${why}` +
    (left ? ` (${left} need a look: swapping ${plural(left, 'it', 'them')} would change how the quotation reads)` : '');
  return [
    finding('quotes/style', message, outers[0].offset, outers[0].length, {
      related,
      fixes: fix.edits.length ? [fix] : [],
    }),
  ];
}
