// What reading one paragraph's quotation marks yields, in the compact form a draft's cache keeps
// from one analysis to the next, and the paragraph's findings once the rest of the draft has had
// its say (does the next paragraph continue a quotation left open? which marks are the house
// style?). Offsets are kept from the paragraph's start, so a paragraph moved by an edit elsewhere
// (found through the Document's unchanged paragraphs) is taken as it was; everything handed out is
// made afresh, since later checks write into quotations.

import type { Document, Finding, Fix, Paragraph, Quotation, QuoteFamily, Related, TextEdit } from '../types';
import { findingOf } from './fixes';
import type { QuoteLocale } from './locale';
import { leadFamily, type ParagraphQuotes } from './pairing';
import { blocksRunning, settle } from './settle';
import { countsForStyle, markStyleFindings, outerQuotations, outerStyleFindings } from './style';
import { shown, type FixVerifier } from './verify';

/**
 * A paragraph with hundreds of broken marks is not prose (a pasted table, a run of marks): the
 * first findings say so, and listing them all would only slow the editor down.
 */
const MAX_FINDINGS_PER_PARAGRAPH = 200;

const FAMILIES: readonly QuoteFamily[] = [
  'double',
  'single',
  'guillemet',
  'single-guillemet',
  'corner',
  'white-corner',
];
const FAMILY_INDEX: Record<QuoteFamily, number> = {
  double: 0,
  single: 1,
  guillemet: 2,
  'single-guillemet': 3,
  corner: 4,
  'white-corner': 5,
};

/** Numbers per quotation in `Reading.quotations`: start, end, open, close, family, depth, continues, malformed. */
const Q = 8;

/** What the rest of the draft decides about a paragraph: its findings depend on it and on nothing else outside it. */
export interface Verdict {
  /** The family the next paragraph with words opens with, if it can reopen a quotation of it; left out (undefined) where nothing can hear it (`hearsNext`). */
  nextLead: QuoteFamily | undefined;
  /** The draft's mark style (true: curly), undefined when it does not mix straight and curly marks. */
  curly: boolean | undefined;
  /** How many of the paragraph's marks off that style are reported (the draft reports a bounded number). */
  take: number;
  /** The draft's outer quotation style, undefined when it does not mix them. */
  outer: QuoteFamily | undefined;
}

/** Where findings go: those of pairing, of the mark style and of the outer style, each list in text order. */
export interface Findings {
  pairing: Finding[];
  marks: Finding[];
  outers: Finding[];
}

/** A paragraph's findings and the verdict they were made under; offsets from the paragraph's start. */
interface Settled extends Verdict, Findings {}

/** One paragraph's reading, kept with what it was read with. */
export interface Reading {
  /** The locale (tag, and whether confident) and the families carried in: with the paragraph's own lines, all the reading read. */
  locale: string;
  carried: string;
  /** Problems pairing found (before the next paragraph settles what is left open). */
  problems: number;
  /** The family the paragraph opens with if it can reopen a running quotation of it (null: none), once asked for. */
  lead: QuoteFamily | null | undefined;
  /** The quotations, Q numbers each, before the next paragraph settles the open ones; empty unless kept. */
  quotations: Int32Array;
  /** The quotations left open at the paragraph's end, outermost first (indexes into the quotations). */
  open: number[];
  openFamilies: QuoteFamily[];
  /** How many of the open ones may run on into the next paragraph. */
  mayRun: number;
  /** For the house style: marks straight and curly; the outer quotations of speech (indexes), how many in double and single marks, the first one's family. */
  straight: number;
  curly: number;
  /** Of those, apostrophes: the style vote counts quotation marks first (apostrophes follow them). */
  straightApostrophes: number;
  curlyApostrophes: number;
  outer: number[];
  double: number;
  single: number;
  firstOuter: QuoteFamily | undefined;
  settled: Settled | undefined;
}

export const localeKey = (locale: QuoteLocale) => (locale.confident ? `${locale.tag}!` : locale.tag);

// Shared by every paragraph without any: most have no quotation, none open at their end.
const NO_QUOTATIONS = new Int32Array(0);
const NONE: number[] = [];
const NO_FAMILIES: QuoteFamily[] = [];
const NO_FINDINGS: Finding[] = [];

/**
 * The reading of every paragraph without a quotation mark that no quotation runs into: nothing to
 * pair, count or report, in any locale, so one object, never changed, stands for them all.
 */
export const QUIET: Reading = Object.freeze({
  locale: '',
  carried: '',
  problems: 0,
  lead: null,
  quotations: NO_QUOTATIONS,
  open: NONE,
  openFamilies: NO_FAMILIES,
  mayRun: 0,
  straight: 0,
  curly: 0,
  straightApostrophes: 0,
  curlyApostrophes: 0,
  outer: NONE,
  double: 0,
  single: 0,
  firstOuter: undefined,
  settled: undefined,
});

/** Whether `r` is what reading its paragraph in the locale keyed `locale`, with `carried` carried in, gives. */
export function fits(r: Reading, locale: string, carried: string): boolean {
  return r === QUIET ? carried === '' : r.locale === locale && r.carried === carried;
}

/**
 * The memo key of paragraph `p`'s reading: everything of the draft that the reading, its findings
 * and their verified fixes read — the paragraph's kind, its lines (a fix is verified by reading
 * them again through the prose filter) and its prose; the locale and what the paragraph before
 * carried in are in the reading itself (`fits`). Built by concatenation, so the key is a string of
 * its own and holds no draft in memory. `proseIsText` (asked once per draft: comparing the two is
 * as slow as reading them) leaves the prose out.
 */
export function readingKey(doc: Document, p: Paragraph, proseIsText: boolean): string {
  const base = doc.text.lastIndexOf('\n', p.start - 1) + 1;
  let stop = doc.text.indexOf('\n', p.end);
  if (stop < 0) stop = doc.text.length;
  const lines = doc.text.slice(base, stop);
  const prose = proseIsText ? '' : doc.prose.slice(p.start, p.end);
  return `${p.kind}\u0000${doc.format}\u0000${p.start - base}\u0000${p.end - base}\u0000${lines}\u0000${prose}`;
}

/** What a paragraph's reading (in the locale keyed `locale`) contributes to the draft; `keep` adds the quotations in compact form. */
export function summarise(
  doc: Document,
  p: Paragraph,
  pq: ParagraphQuotes,
  locale: string,
  carried: string,
  keep: boolean,
): Reading {
  if (!pq.marks.length && !carried) return QUIET;
  let quotations = NO_QUOTATIONS;
  if (keep && pq.quotations.length) {
    quotations = new Int32Array(pq.quotations.length * Q);
    pq.quotations.forEach((q, n) => {
      const k = n * Q;
      quotations[k] = q.start - p.start;
      quotations[k + 1] = q.end - p.start;
      quotations[k + 2] = q.open < 0 ? -1 : q.open - p.start;
      quotations[k + 3] = q.close < 0 ? -1 : q.close - p.start;
      quotations[k + 4] = FAMILY_INDEX[q.family];
      quotations[k + 5] = q.depth;
      quotations[k + 6] = q.continues ? 1 : 0;
      quotations[k + 7] = q.malformed ? 1 : 0;
    });
  }
  let mayRun = 0;
  while (mayRun < pq.open.length && !blocksRunning(pq.open[mayRun])) mayRun++;
  let straight = 0;
  let curly = 0;
  let straightApostrophes = 0;
  let curlyApostrophes = 0;
  for (const m of pq.marks) {
    if (!countsForStyle(m)) continue;
    const apostrophe = m.role === 'apostrophe';
    if (m.straight) {
      straight++;
      if (apostrophe) straightApostrophes++;
    } else {
      curly++;
      if (apostrophe) curlyApostrophes++;
    }
  }
  let double = 0;
  let single = 0;
  let firstOuter: QuoteFamily | undefined;
  const outer = p.kind === 'heading' || !pq.quotations.length ? NONE : outerQuotations(doc, pq);
  for (const n of outer) {
    const family = pq.quotations[n].family;
    firstOuter ??= family;
    if (family === 'double') double++;
    else single++;
  }
  const open = pq.open.length ? pq.open.map((o) => o.quotation) : NONE;
  return {
    locale,
    carried,
    problems: pq.problems.length,
    lead: undefined,
    quotations,
    open,
    openFamilies: open === NONE ? NO_FAMILIES : pq.open.map((o) => o.family),
    mayRun,
    straight,
    curly,
    straightApostrophes,
    curlyApostrophes,
    outer,
    double,
    single,
    firstOuter,
    settled: undefined,
  };
}

/** How many of the quotations left open run on, given what the next paragraph opens with. */
export function runningOn(r: Reading, nextLead: QuoteFamily | undefined): number {
  return r.open.length && nextLead === r.openFamilies[0] ? r.mayRun : 0;
}

/** The kept quotations of a reading, made afresh at paragraph `p` and settled by `nextLead`. */
export function quotationsOf(r: Reading, p: Paragraph, nextLead: QuoteFamily | undefined, out: Quotation[]): void {
  const a = r.quotations;
  const base = p.start;
  const first = out.length;
  for (let k = 0; k < a.length; k += Q) {
    out.push({
      start: base + a[k],
      end: base + a[k + 1],
      open: a[k + 2] < 0 ? -1 : base + a[k + 2],
      close: a[k + 3] < 0 ? -1 : base + a[k + 3],
      paragraph: p.index,
      family: FAMILIES[a[k + 4]],
      depth: a[k + 5],
      continues: a[k + 6] === 1,
      runsOn: false,
      malformed: a[k + 7] === 1,
      kind: 'unknown',
    });
  }
  const running = runningOn(r, nextLead);
  r.open.forEach((n, k) => {
    if (k < running) out[first + n].runsOn = true;
    else out[first + n].malformed = true;
  });
}

/**
 * Whether what the next paragraph opens with can change anything here: the fate of quotations
 * left open, or a re-reading made to verify a fix. When not, the verdict leaves it out.
 */
export function hearsNext(r: Reading, take: number, outer: Verdict['outer']): boolean {
  return r.open.length > 0 || r.problems > 0 || take > 0 || (outer !== undefined && r.outer.length > 0);
}

/** The family paragraph `p`, read as `r`, opens with if it can reopen a running quotation of it. */
export function leadOf(r: Reading, doc: Document, p: Paragraph, locale: QuoteLocale): QuoteFamily | undefined {
  if (r.lead === undefined) r.lead = leadFamily(doc.prose, p, locale) ?? null;
  return r.lead ?? undefined;
}

export function sameVerdict(
  a: Verdict,
  nextLead: Verdict['nextLead'],
  curly: Verdict['curly'],
  take: number,
  outer: Verdict['outer'],
): boolean {
  return a.nextLead === nextLead && a.curly === curly && a.take === take && a.outer === outer;
}

/**
 * The findings of paragraph `p`, read as `pq` (which this settles) and summarised as `r`, under the
 * verdict given, their fixes verified; added to `out`.
 */
export function findingsOf(
  doc: Document,
  pq: ParagraphQuotes,
  r: Reading,
  locale: QuoteLocale,
  verify: FixVerifier,
  nextLead: Verdict['nextLead'],
  curly: Verdict['curly'],
  take: number,
  outer: Verdict['outer'],
  out: Findings,
): void {
  if (pq.open.length) settle(pq, nextLead === pq.open[0].family);
  let restyled = false;
  if (outer !== undefined) for (const n of r.outer) restyled ||= pq.quotations[n].family !== outer;
  if (!pq.problems.length && !take && !restyled) return;
  verify.paragraph(pq, nextLead);
  const n = Math.min(pq.problems.length, MAX_FINDINGS_PER_PARAGRAPH);
  for (let j = 0; j < n; j++) {
    const x = pq.problems[j];
    // "Change ” to ”" is no finding: the mark is already what its partner asks for.
    if (!shown(x)) continue;
    const f = findingOf(doc, pq, x, locale);
    f.fixes = verify.fixes(x, f.fixes);
    out.pairing.push(f);
  }
  if (curly !== undefined && take) {
    for (const f of markStyleFindings(pq, curly, locale, take)) {
      verify.style(f);
      out.marks.push(f);
    }
  }
  if (restyled) {
    for (const f of outerStyleFindings(doc, pq, r.outer, outer!)) {
      verify.style(f);
      out.outers.push(f);
    }
  }
}

/**
 * What to keep of findings just added to `out` (past the lengths in `from`): copies, offsets
 * moved by `d` (from the paragraph's start), with the verdict they were made under.
 */
export function keptFindings(
  out: Findings,
  from: readonly number[],
  d: number,
  nextLead: Verdict['nextLead'],
  curly: Verdict['curly'],
  take: number,
  outer: Verdict['outer'],
): Settled {
  const copy = (fs: Finding[], k: number) =>
    fs.length > from[k] ? fs.slice(from[k]).map((f) => movedFinding(f, d)) : NO_FINDINGS;
  return {
    nextLead,
    curly,
    take,
    outer,
    pairing: copy(out.pairing, 0),
    marks: copy(out.marks, 1),
    outers: copy(out.outers, 2),
  };
}

/** Kept findings, made afresh where the paragraph now starts. */
export function findingsKept(s: Findings, start: number, out: Findings): void {
  for (const f of s.pairing) out.pairing.push(movedFinding(f, start));
  for (const f of s.marks) out.marks.push(movedFinding(f, start));
  for (const f of s.outers) out.outers.push(movedFinding(f, start));
}

// Written out rather than spread: object spread was the slowest part of reading a draft afresh.
function movedFinding(f: Finding, d: number): Finding {
  const related: Related[] = [];
  for (const r of f.related) related.push({ offset: r.offset + d, length: r.length, message: r.message });
  const fixes: Fix[] = [];
  for (const x of f.fixes) {
    const edits: TextEdit[] = [];
    for (const e of x.edits) edits.push({ offset: e.offset + d, length: e.length, newText: e.newText });
    const fix: Fix = { title: x.title, edits, safe: x.safe };
    if ('preferred' in x) fix.preferred = x.preferred;
    if ('snippet' in x) fix.snippet = x.snippet;
    if ('command' in x) fix.command = x.command && { name: x.command.name, args: [...x.command.args] };
    fixes.push(fix);
  }
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    offset: f.offset + d,
    length: f.length,
    related,
    fixes,
  };
}
