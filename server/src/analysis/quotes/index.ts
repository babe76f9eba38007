// Quotation marks: pairs them paragraph by paragraph and reports what does not balance.
//
// The reading goes paragraph by paragraph. A paragraph's pairing depends only on its own text and
// on the quotations the paragraph before left open, when this one reopens them (a running
// quotation); whether a quotation left open at a paragraph's end is an error depends only on
// whether the next paragraph opens with a mark. Re-reading an edited paragraph therefore needs
// only the state carried out of the paragraph before it, and the next paragraph is affected only
// when the state this one carries out changes.

import type { AnalysisOptions, Document, Finding, Quotation } from '../types';
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
    for (let j = 0; j < n; j++) findings.push(findingOf(doc, pq, pq.problems[j], locale));
  }
  quotations.sort((a, b) => a.start - b.start || a.depth - b.depth);
  for (const f of styleFindings(doc, results, locale)) findings.push(f);
  findings.sort((a, b) => a.offset - b.offset);
  return { quotations, findings, locale: locale.tag };
}
