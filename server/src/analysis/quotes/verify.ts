// Checks fixes by reading their paragraph again with the fix applied: a quick fix must remove its
// finding, and a safe fix (fix-all applies it unseen) must be certain — every mark of the
// paragraph keeps its reading and no new problem appears. Changing a mark's family or direction
// can make it pair differently (an inner “90s…” turned ‘90s…’ is an elision), and an inserted mark
// is read by what stands beside it (a closer after an opening bracket closes nothing).
//
// A re-reading reads the paragraph's own lines, what the paragraph before carried in and the mark
// the next paragraph opens with, nothing else: a paragraph's verified findings are the same
// wherever in the draft it stands.

import type { Document, Finding, Fix, QuoteFamily, TextEdit } from '../types';
import { proseOf } from '../prose';
import type { QuoteLocale } from './locale';
import { pairParagraph, type ParagraphQuotes, type Problem, type ReadMark } from './pairing';
import { settle } from './settle';

const RULE_OF: Record<Problem['kind'], string> = {
  unopened: 'quotes/unopened',
  unclosed: 'quotes/unclosed',
  mismatched: 'quotes/mismatched',
  'wrong-direction': 'quotes/mismatched',
  'locale-closer': 'quotes/mismatched',
  nesting: 'quotes/nesting',
  apostrophe: 'quotes/apostrophe',
  'closer-as-opener': 'quotes/closer-as-opener',
  'misplaced-space': 'quotes/misplaced-space',
  'two-apostrophes': 'quotes/two-apostrophes',
  doubled: 'quotes/doubled-mark',
};

/** A problem the writer sees: "change ” to ”" is none (the twin of a mark reported at the other end). */
export const shown = (x: Problem) => x.expected === undefined || x.expected !== x.char;

/** Paragraphs longer than this are not read twice: their fixes stand as built. */
const VERIFY_LIMIT = 2000;
/** Re-readings per paragraph: a paragraph of hundreds of broken marks must not cost hundreds. */
const VERIFY_BUDGET = 32;
/** What a re-reading past the budget gives. */
const OVER_BUDGET = 'over budget';

interface Reread {
  problems: Problem[];
  marks: ReadMark[];
  /** Maps an offset of the draft into the re-read text. */
  shift: (offset: number) => number;
}

/**
 * The paragraph of `pq` read again with `edits` applied (all inside it), as the whole draft would
 * read it: with what the paragraph before carried in, whether the next paragraph reopens what it
 * leaves open (`nextLead`, the family the next paragraph with words opens with), and the
 * paragraph's lines passed through the prose filter again (a mark typed right after a URL can
 * become part of it). Undefined for a paragraph too long to read twice: the cost stays linear.
 */
function reread(
  doc: Document,
  pq: ParagraphQuotes,
  edits: readonly TextEdit[],
  locale: QuoteLocale,
  nextLead: QuoteFamily | undefined,
): Reread | undefined {
  const p = doc.paragraphs[pq.paragraph];
  if (p.end - p.start > VERIFY_LIMIT) return undefined;
  const base = doc.text.lastIndexOf('\n', p.start - 1) + 1;
  let stop = doc.text.indexOf('\n', p.end);
  if (stop < 0) stop = doc.text.length;
  if (p.start - base > VERIFY_LIMIT || stop - p.end > VERIFY_LIMIT) return undefined;
  const sorted = edits.length > 1 ? [...edits].sort((a, b) => a.offset - b.offset) : edits;
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
    for (const e of sorted)
      if (e.length === 0 ? e.offset <= offset : e.offset + e.length <= offset) d += e.newText.length - e.length;
    return offset - base + d;
  };
  const start =
    shift(p.start) -
    (sorted.length && sorted[0].offset === p.start && sorted[0].length === 0 ? sorted[0].newText.length : 0);
  const end = shift(p.end);
  const mini: Document = {
    text,
    prose: proseOf(text, doc.format),
    format: doc.format,
    // Written out, not spread: a style fix is verified this way once per mark.
    paragraphs: [{ start, end, index: pq.paragraph, kind: p.kind, sentences: p.sentences }],
    sentences: [],
    hardWrapped: doc.hardWrapped,
  };
  const r = pairParagraph(mini, mini.paragraphs[0], locale, pq.carried ?? []);
  if (r.open.length) settle(r, nextLead === r.open[0].family);
  return { problems: r.problems, marks: r.marks, shift };
}

/**
 * The verifier of a draft's fixes, one paragraph at a time (`paragraph` says which), each with its
 * own budget of re-readings.
 */
export class FixVerifier {
  private pq!: ParagraphQuotes;
  private nextLead: QuoteFamily | undefined;
  private spent = 0;

  constructor(
    private readonly doc: Document,
    private readonly locale: QuoteLocale,
  ) {}

  /** Verifies the fixes of paragraph `pq` from now on; `nextLead` is what the next paragraph with words opens with. */
  paragraph(pq: ParagraphQuotes, nextLead: QuoteFamily | undefined): void {
    this.pq = pq;
    this.nextLead = nextLead;
    this.spent = 0;
  }

  private read(edits: readonly TextEdit[]): Reread | typeof OVER_BUDGET | undefined {
    if (this.spent >= VERIFY_BUDGET) return OVER_BUDGET;
    this.spent++;
    return reread(this.doc, this.pq, edits, this.locale, this.nextLead);
  }

  /** Whether the re-read paragraph keeps every mark's reading and adds no problem. */
  private certain(r: Reread): boolean {
    const pq = this.pq;
    if (r.marks.length !== pq.marks.length) return false;
    for (let n = 0; n < pq.marks.length; n++) {
      if (r.marks[n].offset !== r.shift(pq.marks[n].offset) || r.marks[n].role !== pq.marks[n].role) return false;
    }
    const before = new Set<string>();
    for (const y of pq.problems) if (shown(y)) before.add(`${y.kind}@${r.shift(y.at)}`);
    return r.problems.every((y) => !shown(y) || before.has(`${y.kind}@${y.at}`));
  }

  /** The fixes of the finding made of problem `x` that really remove it; a safe one stays safe only when certain. */
  fixes(x: Problem, fixes: Fix[]): Fix[] {
    const rule = RULE_OF[x.kind];
    return fixes.filter((fix) => {
      const insertion = fix.edits.length === 1 && fix.edits[0].length === 0;
      if (!insertion && !fix.safe) return true; // removing the mark settles it by construction
      const r = this.read(fix.edits);
      // Where a missing mark goes is a guess that only a re-reading confirms; in a paragraph too
      // broken to re-read for every guess (quotation marks strewn about), no guess is offered.
      if (r === OVER_BUDGET) return !insertion;
      if (!r) return true;
      const target = r.shift(x.at);
      if (r.problems.some((y) => shown(y) && RULE_OF[y.kind] === rule && y.at === target)) return false;
      if (fix.safe && !this.certain(r)) fix.safe = false;
      return true;
    });
  }

  /** A style fix (one mark, or one quotation's marks, all in this paragraph) is safe only when the paragraph reads the same after it. */
  style(f: Finding): void {
    for (const fix of f.fixes) {
      if (!fix.safe || !fix.edits.length) continue;
      const r = this.read(fix.edits);
      if (r && r !== OVER_BUDGET && !this.certain(r)) fix.safe = false;
    }
  }
}
