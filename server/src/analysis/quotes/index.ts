// Quotation marks: pairs them paragraph by paragraph and reports what does not balance.
//
// The reading goes paragraph by paragraph. A paragraph's pairing depends only on its own text and
// on the quotations the paragraph before left open, when this one reopens them (a running
// quotation); whether a quotation left open at a paragraph's end is an error depends only on
// whether the next paragraph opens with a mark. Re-reading an edited paragraph therefore needs
// only the state carried out of the paragraph before it, and the next paragraph is affected only
// when the state this one carries out changes.

import type { AnalysisCache } from '../memo';
import type { AnalysisOptions, Document, Finding, Fix, Quotation, TextEdit } from '../types';
import { paragraphAt } from '../document';
import { proseOf } from '../prose';
import { findingOf } from './fixes';
import { resolveLocale, type QuoteLocale } from './locale';
import { opensWithMark, pairParagraph, type OpenQuote, type ParagraphQuotes, type Problem, type ReadMark } from './pairing';
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
    if (carried.length) r.carried = carried;
    results.push(r);
    pending = r.open.length ? r : undefined;
  }
  if (pending) settle(pending, false);
  return results;
}

/**
 * The paragraph of `pq` read again with `edits` applied (all inside it), as the whole draft would
 * read it: with what the paragraph before carried in, what the next paragraph reopens, and the
 * paragraph's lines passed through the prose filter again (a mark typed right after a URL can
 * become part of it). Offsets of the problems are in the re-read text; `shift` maps an offset of
 * the draft there. Undefined for a paragraph too long to read twice: the cost stays linear.
 */
function reread(doc: Document, pq: ParagraphQuotes, edits: readonly TextEdit[], locale: QuoteLocale, next: number): { problems: Problem[]; marks: ReadMark[]; shift: (offset: number) => number } | undefined {
  const p = doc.paragraphs[pq.paragraph];
  if (p.end - p.start > VERIFY_LIMIT) return undefined;
  const base = doc.text.lastIndexOf('\n', p.start - 1) + 1;
  let stop = doc.text.indexOf('\n', p.end);
  if (stop < 0) stop = doc.text.length;
  if (p.start - base > VERIFY_LIMIT || stop - p.end > VERIFY_LIMIT) return undefined;
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  let text = '';
  let pos = base;
  for (const e of sorted) {
    if (e.offset < p.start || e.offset + e.length > p.end) return undefined;
    text += doc.text.slice(pos, e.offset) + e.newText;
    pos = e.offset + e.length;
  }
  text += doc.text.slice(pos, stop);
  const shift = (offset: number) => {
    let d = 0;
    for (const e of sorted) if (e.length === 0 ? e.offset <= offset : e.offset + e.length <= offset) d += e.newText.length - e.length;
    return offset - base + d;
  };
  const start = shift(p.start) - (sorted.length && sorted[0].offset === p.start && sorted[0].length === 0 ? sorted[0].newText.length : 0);
  const end = shift(p.end);
  const mini: Document = {
    text,
    prose: proseOf(text, doc.format),
    format: doc.format,
    paragraphs: [{ ...p, start, end, index: pq.paragraph }],
    sentences: [],
    hardWrapped: doc.hardWrapped,
  };
  const r = pairParagraph(mini, mini.paragraphs[0], locale, pq.carried ?? []);
  if (r.open.length) {
    const n = next >= 0 ? doc.paragraphs[next] : undefined;
    settle(r, n !== undefined && opensWithMark(doc.prose, n, locale, r.open[0].family));
  }
  return { problems: r.problems, marks: r.marks, shift };
}

const RULE_OF: Record<Problem['kind'], string> = {
  unopened: 'quotes/unopened',
  unclosed: 'quotes/unclosed',
  mismatched: 'quotes/mismatched',
  'wrong-direction': 'quotes/mismatched',
  'locale-closer': 'quotes/mismatched',
  nesting: 'quotes/nesting',
  apostrophe: 'quotes/apostrophe',
};

/** A problem the writer sees: "change ” to ”" is none (the twin of a mark reported at the other end). */
const shown = (x: Problem) => x.expected === undefined || x.expected !== x.char;

/** Paragraphs longer than this are not read twice: their fixes stand as built. */
const VERIFY_LIMIT = 2000;
/** Re-readings per paragraph: a paragraph of hundreds of broken marks must not cost hundreds. */
const VERIFY_BUDGET = 32;

type Reread = NonNullable<ReturnType<typeof reread>>;

/**
 * Checks fixes by reading their paragraph again with the fix applied: a quick fix must remove its
 * finding, and a safe fix (fix-all applies it unseen) must be certain — every mark of the
 * paragraph keeps its reading and no new problem appears. Changing a mark's family or direction
 * can make it pair differently (an inner “90s…” turned ‘90s…’ is an elision), and an inserted mark
 * is read by what stands beside it (a closer after an opening bracket closes nothing).
 */
function verifier(doc: Document, results: readonly ParagraphQuotes[], locale: QuoteLocale) {
  // The next paragraph with words after each one: the one that decides whether a quotation runs on.
  const next = new Int32Array(doc.paragraphs.length).fill(-1);
  for (let i = doc.paragraphs.length - 2; i >= 0; i--) {
    const q = doc.paragraphs[i + 1];
    next[i] = hollow(doc.prose, q.start, q.end) ? next[i + 1] : i + 1;
  }
  const spent = new Uint8Array(doc.paragraphs.length);
  const read = (pq: ParagraphQuotes, edits: readonly TextEdit[]): Reread | undefined => {
    if (spent[pq.paragraph] >= VERIFY_BUDGET) return undefined;
    spent[pq.paragraph]++;
    return reread(doc, pq, edits, locale, next[pq.paragraph]);
  };

  /** Whether the re-read paragraph keeps every mark's reading and adds no problem. */
  const certain = (pq: ParagraphQuotes, r: Reread): boolean => {
    if (r.marks.length !== pq.marks.length) return false;
    for (let n = 0; n < pq.marks.length; n++) {
      if (r.marks[n].offset !== r.shift(pq.marks[n].offset) || r.marks[n].role !== pq.marks[n].role) return false;
    }
    const before = new Set<string>();
    for (const y of pq.problems) if (shown(y)) before.add(`${y.kind}@${r.shift(y.at)}`);
    return r.problems.every((y) => !shown(y) || before.has(`${y.kind}@${y.at}`));
  };

  return {
    /** The fixes of the finding made of problem `x` that really remove it; a safe one stays safe only when certain. */
    fixes(pq: ParagraphQuotes, x: Problem, fixes: Fix[]): Fix[] {
      const rule = RULE_OF[x.kind];
      return fixes.filter((fix) => {
        const insertion = fix.edits.length === 1 && fix.edits[0].length === 0;
        if (!insertion && !fix.safe) return true; // removing the mark settles it by construction
        const r = read(pq, fix.edits);
        if (!r) return true;
        const target = r.shift(x.at);
        if (r.problems.some((y) => shown(y) && RULE_OF[y.kind] === rule && y.at === target)) return false;
        if (fix.safe && !certain(pq, r)) fix.safe = false;
        return true;
      });
    },
    /** A style fix (one mark, or one quotation's marks) is safe only when its paragraph reads the same after it. */
    style(f: Finding): void {
      for (const fix of f.fixes) {
        if (!fix.safe || !fix.edits.length) continue;
        const i = paragraphAt(doc, fix.edits[0].offset);
        const pq = i >= 0 ? results[i] : undefined;
        if (!pq) continue;
        const r = read(pq, fix.edits);
        if (r && !certain(pq, r)) fix.safe = false;
      }
    },
  };
}

/** A paragraph of Markdown markers only (a `>` line inside a block quote): no break in the reading. */
function hollow(text: string, start: number, end: number): boolean {
  if (end - start > 16) return false;
  return /^[\s>*_+#-]*$/.test(text.slice(start, end));
}

export function checkQuotations(doc: Document, options: AnalysisOptions, _cache?: AnalysisCache): QuoteResult {
  const locale = resolveLocale(doc, options.quoteLocale);
  const results = readParagraphs(doc, locale);
  const verify = verifier(doc, results, locale);
  const quotations: Quotation[] = [];
  const findings: Finding[] = [];
  for (const pq of results) {
    for (const q of pq.quotations) quotations.push(q);
    const n = Math.min(pq.problems.length, MAX_FINDINGS_PER_PARAGRAPH);
    for (let j = 0; j < n; j++) {
      const x = pq.problems[j];
      // "Change ” to ”" is no finding: the mark is already what its partner asks for.
      if (!shown(x)) continue;
      const f = findingOf(doc, pq, x, locale);
      f.fixes = verify.fixes(pq, x, f.fixes);
      findings.push(f);
    }
  }
  quotations.sort((a, b) => a.start - b.start || a.depth - b.depth);
  for (const f of styleFindings(doc, results, locale)) {
    verify.style(f);
    findings.push(f);
  }
  findings.sort((a, b) => a.offset - b.offset);
  return { quotations, findings, locale: locale.tag };
}
