// Quotation marks: pairs them paragraph by paragraph and reports what does not balance.
//
// The reading goes paragraph by paragraph. A paragraph's pairing depends only on its own text and
// on the quotations the paragraph before left open, when this one reopens them (a running
// quotation); whether a quotation left open at a paragraph's end is an error depends only on
// whether the next paragraph opens with a mark. The house style is the draft's majority, counted
// from what each paragraph holds. So a paragraph's reading and findings are kept in the draft's
// cache with what they were made from, and after an edit only the paragraphs whose text or whose
// neighbours' say changed are read again; what is left for the whole draft is counting and
// copying out.

import type { AnalysisCache } from '../memo';
import type { AnalysisOptions, Document, Finding, Quotation } from '../types';
import { paragraphAt, sameParagraphs } from '../document';
import { resolveLocale, type QuoteLocale } from './locale';
import { leadFamily, pairParagraph, type OpenQuote, type ParagraphQuotes } from './pairing';
import {
  findingsKept,
  findingsOf,
  fits,
  hearsNext,
  keptFindings,
  leadOf,
  localeKey,
  QUIET,
  quotationsOf,
  readingKey,
  runningOn,
  sameVerdict,
  summarise,
  type Findings,
  type Reading,
  type Verdict,
} from './readings';
import { markStyle, MAX_STYLE_FINDINGS, mergedMarkStyle, mergedOuterStyle, outerWanted } from './style';
import { joinRunOns } from './runOn';
import { FixVerifier } from './verify';

export interface QuoteResult {
  quotations: Quotation[];
  findings: Finding[];
  /** The locale the marks were read in. */
  locale: string;
}

/** A paragraph of Markdown markers only (a `>` line inside a block quote): no break in the reading, and no marks. */
/** The memo keys of the last analysis's paragraphs (hollow ones have none). */
interface KeysOf {
  doc?: Document;
  keys: string[];
}

function hollow(text: string, start: number, end: number): boolean {
  if (end - start > 16) return false;
  return /^[\s>*_+#-]*$/.test(text.slice(start, end));
}

/** What the paragraph before carried in, as pairing reads it (only how many, and their families). */
function carriedQuotes(carried: string): readonly OpenQuote[] {
  return carried ? carried.split(',').map((family) => ({ family }) as OpenQuote) : NOTHING_CARRIED;
}

const NOTHING_CARRIED: readonly OpenQuote[] = Object.freeze([]);

function pair(doc: Document, index: number, locale: QuoteLocale, carried: string): ParagraphQuotes {
  const quotes = carriedQuotes(carried);
  const pq = pairParagraph(doc, doc.paragraphs[index], locale, quotes);
  if (quotes.length) pq.carried = quotes;
  return pq;
}

export function checkQuotations(doc: Document, options: AnalysisOptions, cache?: AnalysisCache): QuoteResult {
  const locale = resolveLocale(doc, options.quoteLocale, cache);
  const key = localeKey(locale);
  // One reading per paragraph, kept by everything it read (see readingKey). A paragraph the edit
  // left alone has the key it had: found without building it again.
  const kept = cache?.memo<Reading>('quotes');
  const keys = cache?.slot<KeysOf>('quotes/keys', () => ({ keys: [] }));
  const same = keys?.doc ? sameParagraphs(keys.doc, doc) : undefined;
  const proseIsText = kept !== undefined && doc.prose === doc.text;
  const keyOf: string[] = [];
  const count = doc.paragraphs.length;
  const readings: Array<Reading | undefined> = new Array(count);
  // Paragraphs read in this analysis, settled below without being read twice.
  const fresh: Array<ParagraphQuotes | undefined> = new Array(count);

  // Paragraph by paragraph: what the one before carries in, then the reading, kept or new.
  let pending: Reading | undefined;
  let straight = 0;
  let curly = 0;
  let straightApostrophes = 0;
  let curlyApostrophes = 0;
  let double = 0;
  let single = 0;
  let firstOuter: Reading['firstOuter'];
  for (const p of doc.paragraphs) {
    if (hollow(doc.prose, p.start, p.end)) continue;
    let carried = '';
    if (pending) {
      const running = runningOn(pending, leadFamily(doc.prose, p, locale));
      if (running) carried = pending.openFamilies.slice(0, running).join(',');
    }
    let memoKey: string | undefined;
    if (kept)
      keyOf[p.index] = memoKey =
        same && same[p.index] >= 0 ? keys!.keys[same[p.index]] : readingKey(doc, p, proseIsText);
    let r = memoKey ? kept!.get(memoKey) : undefined;
    if (!r || !fits(r, key, carried)) {
      const pq = pair(doc, p.index, locale, carried);
      fresh[p.index] = pq;
      r = summarise(doc, p, pq, key, carried, kept !== undefined);
      if (memoKey) kept!.set(memoKey, r);
    }
    readings[p.index] = r;
    pending = r.open.length ? r : undefined;
    straight += r.straight;
    curly += r.curly;
    straightApostrophes += r.straightApostrophes;
    curlyApostrophes += r.curlyApostrophes;
    double += r.double;
    single += r.single;
    firstOuter ??= r.firstOuter;
  }

  // The draft's say: the house styles, and what each paragraph's next one opens with, where it matters.
  const style = markStyle({ straight, curly, straightApostrophes, curlyApostrophes }, options.quoteStyle);
  const wantCurly = style?.curly;
  const wantOuter = outerWanted(double, single, firstOuter);
  let styleLeft = wantCurly === undefined ? 0 : MAX_STYLE_FINDINGS;
  const quotations: Quotation[] = [];
  const found: Findings = { pairing: [], marks: [], outers: [] };
  const verify = new FixVerifier(doc, locale);
  for (let i = 0; i < count; i++) {
    const r = readings[i];
    if (!r || r === QUIET) continue;
    const p = doc.paragraphs[i];
    const off = wantCurly === undefined ? 0 : wantCurly ? r.straight : r.curly;
    const take = Math.min(off, styleLeft);
    styleLeft -= take;
    let nextLead: Verdict['nextLead'];
    if (hearsNext(r, take, wantOuter)) {
      let j = i + 1;
      while (j < count && !readings[j]) j++;
      if (j < count) nextLead = leadOf(readings[j]!, doc, doc.paragraphs[j], locale);
    }
    let pq = fresh[i];
    if (pq || !r.settled || !sameVerdict(r.settled, nextLead, wantCurly, take, wantOuter)) {
      pq ??= pair(doc, i, locale, r.carried);
      const from = kept && [found.pairing.length, found.marks.length, found.outers.length];
      findingsOf(doc, pq, r, locale, verify, nextLead, wantCurly, take, wantOuter, found);
      for (const q of pq.quotations) quotations.push(q);
      if (from) r.settled = keptFindings(found, from, -p.start, nextLead, wantCurly, take, wantOuter);
    } else {
      quotationsOf(r, p, nextLead, quotations);
      findingsKept(r.settled, p.start, found);
    }
  }
  if (keys) {
    keys.doc = doc;
    keys.keys = keyOf;
  }

  quotations.sort((a, b) => a.start - b.start || a.depth - b.depth);
  // A style is one decision per draft: one finding per kind of mix, made from every paragraph's.
  // Where a paragraph's marks do not balance, which quotation is the outer one is a guess (a
  // missing opener makes an inner quotation look outer): its level is not restyled.
  const pairing = joinRunOns(doc, readings, found.pairing, locale);
  const unbalanced = new Set(found.pairing.map((f) => paragraphAt(doc, f.offset)));
  const outers = unbalanced.size
    ? found.outers.filter((f) => !unbalanced.has(paragraphAt(doc, f.offset)))
    : found.outers;
  const findings = pairing.concat(
    style ? mergedMarkStyle(doc, found.marks, style) : [],
    wantOuter ? mergedOuterStyle(outers, wantOuter, double, single) : [],
  );
  findings.sort((a, b) => a.offset - b.offset);
  return { quotations, findings, locale: locale.tag };
}
