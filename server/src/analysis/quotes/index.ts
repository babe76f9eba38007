// Quotation marks: pairs them paragraph by paragraph and reports what does not balance.
//
// The reading goes paragraph by paragraph. A paragraph's pairing depends only on its own text and
// on the quotations the paragraph before left open, when this one reopens them (a running
// quotation); whether a quotation left open at a paragraph's end is an error depends only on
// whether the next paragraph opens with a mark. Re-reading an edited paragraph therefore needs
// only the state carried out of the paragraph before it, and the next paragraph is affected only
// when the state this one carries out changes.

import type { AnalysisOptions, Document, Finding, Fix, Quotation } from '../types';
import { buildDocument } from '../document';
import { findingOf } from './fixes';
import { resolveLocale, type QuoteLocale } from './locale';
import { opensWithMark, pairParagraph, type OpenQuote, type ParagraphQuotes } from './pairing';
import { styleFindings } from './style';

/**
 * A paragraph with hundreds of broken marks is not prose (a pasted table, a run of marks): the
 * first findings say so, and listing them all would only slow the editor down.
 */
const MAX_FINDINGS_PER_PARAGRAPH = 200;

export interface QuoteResult {
  quotations: Quotation[];
  findings: Finding[];
  /** The locale the marks were read in. */
  locale: string;
}

/**
 * Decides the fate of the quotations a paragraph left open: they run on when the next paragraph
 * reopens them, otherwise they are unclosed. Returns what the next paragraph carries in.
 */
export function settle(pq: ParagraphQuotes, nextReopens: boolean): OpenQuote[] {
  const carried: OpenQuote[] = [];
  let running = nextReopens;
  for (const o of pq.open) {
    const q = pq.quotations[o.quotation];
    // A partial quotation (a phrase inside a sentence) may not run on, nor anything inside it.
    if (o.partial) running = false;
    // Nor may one holding a quotation in its own marks ("In a way ... he said. "What ... power."):
    // that inner opener more likely began a new quotation after a closer went missing.
    if (o.nested.length) running = false;
    if (running) {
      q.runsOn = true;
      carried.push(o);
    } else {
      q.malformed = true;
      pq.problems.push({ kind: 'unclosed', at: o.mark, char: o.char, family: o.family, paragraph: pq.paragraph, partial: o.partial });
    }
  }
  return carried;
}

/** Reads every paragraph in order; exposed for re-reading from a given paragraph on. */
export function readParagraphs(doc: Document, locale: QuoteLocale): ParagraphQuotes[] {
  const results: ParagraphQuotes[] = [];
  // The last paragraph that ended inside a quotation, until a paragraph with words decides it.
  let pending: ParagraphQuotes | undefined;
  for (const p of doc.paragraphs) {
    if (pending && hollow(doc.prose, p.start, p.end)) {
      results.push({ paragraph: p.index, marks: [], quotations: [], problems: [], open: [] });
      continue;
    }
    let carried: OpenQuote[] = [];
    if (pending) carried = settle(pending, opensWithMark(doc.prose, p, locale, pending.open[0].family));
    const r = pairParagraph(doc, p, locale, carried);
    results.push(r);
    pending = r.open.length ? r : undefined;
  }
  if (pending) settle(pending, false);
  return results;
}

/**
 * Whether inserting a mark really settles the mark at `at`: in a paragraph with several marks of
 * one family, the new mark may pair with another one instead, and a quick fix that leaves its
 * squiggle standing breaks the writer's trust. The paragraph is re-read alone with the fix applied;
 * only short paragraphs with several marks need it, so the cost stays linear.
 */
function settles(doc: Document, pq: ParagraphQuotes, at: number, fix: Fix, locale: QuoteLocale): boolean {
  if (fix.edits.length !== 1 || fix.edits[0].length !== 0) return true; // removals settle by construction
  const p = doc.paragraphs[pq.paragraph];
  if (pq.marks.length < 2 || p.end - p.start > VERIFY_LIMIT) return true;
  const e = fix.edits[0];
  const text = doc.text.slice(p.start, e.offset) + e.newText + doc.text.slice(e.offset, p.end);
  const mini = buildDocument(text, doc.format);
  const target = at - p.start + (e.offset <= at ? e.newText.length : 0);
  for (const r of readParagraphs(mini, locale)) for (const y of r.problems) {
    if ((y.kind === 'unclosed' || y.kind === 'unopened') && y.at === target) return false;
  }
  return true;
}

const VERIFY_LIMIT = 2000;

/** A paragraph of Markdown markers only (a `>` line inside a block quote): no break in the reading. */
function hollow(text: string, start: number, end: number): boolean {
  if (end - start > 16) return false;
  return /^[\s>*_+#-]*$/.test(text.slice(start, end));
}

export function checkQuotations(doc: Document, options: AnalysisOptions): QuoteResult {
  const locale = resolveLocale(doc, options.quoteLocale);
  const results = readParagraphs(doc, locale);
  const quotations: Quotation[] = [];
  const findings: Finding[] = [];
  for (const pq of results) {
    for (const q of pq.quotations) quotations.push(q);
    const n = Math.min(pq.problems.length, MAX_FINDINGS_PER_PARAGRAPH);
    for (let j = 0; j < n; j++) {
      const x = pq.problems[j];
      // "Change ” to ”" is no finding: the mark is already what its partner asks for (a twin of
      // a mark reported at the other end of the pair).
      if (x.expected !== undefined && x.expected === x.char) continue;
      const f = findingOf(doc, pq, x, locale);
      if (x.kind === 'unclosed' || x.kind === 'unopened') f.fixes = f.fixes.filter((fix) => settles(doc, pq, x.at, fix, locale));
      findings.push(f);
    }
  }
  quotations.sort((a, b) => a.start - b.start || a.depth - b.depth);
  for (const f of styleFindings(doc, results, locale)) findings.push(f);
  findings.sort((a, b) => a.offset - b.offset);
  return { quotations, findings, locale: locale.tag };
}
