// The readings of every paragraph of the draft (reading.ts), kept from one analysis to the next in
// the draft's per-paragraph memo (memo.ts), keyed by the paragraph's prose, and shifted to where
// the paragraph is now. A reading is used again only when everything else it read is as it was: the
// paragraph's kind, its text (where not prose), its sentences, its quotations, where mentions
// start and end in it, the masked characters just after it, and, for a quotation near either
// edge, the text just outside it (quotationKinds.ts reads 30 characters around the marks).
// What the mentions name (entities) is not read there: a speaker keeps the index of its mention
// and takes the mention's entity of the current analysis.
//
// Reading a paragraph on its own needs every quotation to lie inside its own paragraph, as the
// quotation work pairs marks paragraph by paragraph. Should one not, or with no cache (the CLI),
// the draft is read as a whole in its own strings, as it was before readings were kept.

import type { AnalysisCache } from '../memo';
import type { Mention, Paragraph, Quotation, Span, Speaker } from '../types';
import type { Context } from './context';
import { outerSpan } from './frames';
import { classifyQuotation } from './quotationKinds';
import { englishReading, readFrames, readParagraph, type ParagraphReading, type ParagraphSource } from './reading';
import type { Claim, Found, VerbUse } from './speakers';
import { findVague, shiftVague, type VagueSource } from './vague';
import { findVerbless, shiftVerbless, type Verbless } from './noVerb';
import { roleWordsByRegex, roleWordsIn } from './descriptors';
import { ownCopy } from '../strings';

export interface DraftReading {
  /** Per quotation: who said it in its own sentence, if anyone. */
  found: Array<Found | null>;
  /** Every speech verb with a speaker or a quotation, in text order. */
  claims: Claim[];
  vague(): VagueSource[];
  verbless(): Verbless[];
  /** The first offset of a role word in the masked text lower-cased, or -1. */
  firstRoleWord(word: string): number;
}

/** Where each paragraph's quotations and mentions are in the draft's lists. */
interface Layout {
  /** First quotation of paragraph k at qFrom[k], of the next at qFrom[k + 1]. */
  qFrom: Int32Array;
  mFrom: Int32Array;
  mTo: Int32Array;
}

/** Reads every paragraph (assigning each quotation its kind), from the cache where it can. */
export function readDraft(ctx: Context, english: boolean, cache: AnalysisCache | undefined): DraftReading {
  const layout = cache && layoutOf(ctx);
  return layout ? new ByParagraph(ctx, layout, english, cache) : new Whole(ctx);
}

function layoutOf(ctx: Context): Layout | undefined {
  const { paragraphs } = ctx.doc;
  const { quotations, mentions } = ctx;
  const n = paragraphs.length;
  const qFrom = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < quotations.length; i++) {
    const q = quotations[i];
    if (!(q.paragraph >= k && q.paragraph < n)) return undefined;
    while (k < q.paragraph) qFrom[++k] = i;
    const p = paragraphs[k];
    const [s, e] = outerSpan(q);
    if (s < p.start || e > p.end) return undefined;
  }
  while (k < n) qFrom[++k] = quotations.length;
  const mFrom = new Int32Array(n);
  const mTo = new Int32Array(n);
  let j = 0;
  for (const p of paragraphs) {
    while (j < mentions.length && mentions[j].start < p.start) j++;
    mFrom[p.index] = j;
    while (j < mentions.length && mentions[j].start < p.end) j++;
    mTo[p.index] = j;
  }
  return { qFrom, mFrom, mTo };
}

/** True when `text` holds `s` from `from` to `to`: a slice compared without being cut. */
function holds(text: string, from: number, s: string, to: number): boolean {
  if (s.length !== to - from) return false;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) !== text.charCodeAt(from + i)) return false;
  return true;
}

function entityOf(m: Mention): number {
  return m.entity >= 0 ? m.entity : -1;
}

const PLACED_VERBS: VerbUse[] = [];
const PLACED_SPEAKERS: Speaker[] = [];

/**
 * The found and claims of one reading, where paragraph `p` is now, added to the draft's: its
 * quotations start at `q0` in the draft's list, its mentions at `m0`.
 */
function place(
  r: ParagraphReading,
  p: Paragraph,
  q0: number,
  m0: number,
  mentions: readonly Mention[],
  found: Array<Found | null>,
  claims: Claim[],
): void {
  if (!r.found.length && !r.claims.length) return;
  const b = p.start;
  // Scratch lists, emptied for each paragraph: one allocation less per paragraph and keystroke.
  const verbs = PLACED_VERBS;
  const speakers = PLACED_SPEAKERS;
  verbs.length = 0;
  speakers.length = 0;
  for (let i = 0; i < r.verbs.length; i++) {
    const v = r.verbs[i];
    verbs.push({
      start: v.start + b,
      end: v.end + b,
      text: v.text,
      lower: v.lower,
      form: v.form,
      according: v.according,
    });
  }
  for (let i = 0; i < r.speakers.length; i++) {
    const sp = r.speakers[i];
    speakers.push({
      start: sp.start + b,
      end: sp.end + b,
      text: sp.text,
      kind: sp.kind,
      entity: sp.entity < 0 ? -1 : entityOf(mentions[m0 + sp.entity]),
    });
  }
  for (let j = 0; j < r.found.length; j++) {
    const f = r.found[j];
    if (!f) continue;
    const out: Found = {
      speaker: f.speaker >= 0 ? speakers[f.speaker] : null,
      verb: f.verb >= 0 ? verbs[f.verb] : null,
      how: f.how,
    };
    if (f.verbWithoutSpeaker) out.verbWithoutSpeaker = true;
    if (f.verbless) out.verbless = [f.verbless[0] + b, f.verbless[1] + b];
    found[q0 + j] = out;
  }
  const c = r.claims;
  for (let i = 0; i < c.length; i += 3) {
    claims.push({
      verb: verbs[c[i]],
      speaker: c[i + 1] >= 0 ? speakers[c[i + 1]] : null,
      paragraph: p.index,
      quotation: c[i + 2] >= 0 ? q0 + c[i + 2] : -1,
    });
  }
}

/** How far outside its paragraph a reading reads, but for spaces before it (see beforeFrom). */
const AROUND = 32;

/** The last analysis's paragraphs: its strings, and each paragraph's memo key, list and place. */
interface Order {
  prose: string;
  text: string;
  keys: string[];
  lists: ParagraphReading[][];
  starts: number[];
  ends: number[];
}

/** The length of the stretch `a` and `b` share from their starts, compared a block at a time. */
function sharedHead(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (let step = 4096; i + step <= n && a.slice(i, i + step) === b.slice(i, i + step);) i += step;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** The length of the stretch `a` and `b` share at their ends, no longer than `most`. */
function sharedTail(a: string, b: string, most: number): number {
  let i = 0;
  for (
    let step = 4096;
    i + step <= most && a.slice(a.length - i - step, a.length - i) === b.slice(b.length - i - step, b.length - i);
  )
    i += step;
  while (i < most && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/**
 * The readings kept for one paragraph text: the same prose can read differently where what else a
 * reading read differs (its layout, the text around it), so a few are kept and each is checked.
 */
const KEPT_PER_TEXT = 4;

/** The paragraphs read one by one, each reading kept in the draft's memo for the next analysis. */
class ByParagraph implements DraftReading {
  readonly found: Array<Found | null>;
  readonly claims: Claim[] = [];
  private readonly readings: ParagraphReading[] = [];
  private readonly textIsProse: boolean;
  private roleFirst: Map<string, number> | undefined;

  constructor(
    private readonly ctx: Context,
    private readonly layout: Layout,
    english: boolean,
    cache: AnalysisCache,
  ) {
    const { doc, quotations, mentions } = ctx;
    const { qFrom, mFrom } = layout;
    this.found = new Array<Found | null>(quotations.length).fill(null);
    this.textIsProse = doc.text === doc.prose;
    // Keyed by the paragraph's prose; the rest of what a reading read is its stamp, checked here.
    const memo = cache.memo<ParagraphReading[]>('attribution.readings');
    // The fast path: the last analysis's keys and lists by paragraph. A paragraph that reads as the
    // one at its index did (or at its index moved by the paragraphs an edit added) is compared as
    // a string, not hashed, and its own key (its hash already computed) keeps the memo entry.
    const last = cache.slot<Order>('attribution.order', () => ({
      prose: '',
      text: '',
      keys: [],
      lists: [],
      starts: [],
      ends: [],
    }));
    // An edit leaves the draft before it and after it as it was: a paragraph there, at the same
    // place from the start or from the end, is the same text without comparing it.
    const sameText = this.textIsProse && last.text === last.prose;
    let head = sharedHead(last.prose, doc.prose);
    if (!sameText) head = Math.min(head, sharedHead(last.text, doc.text));
    const most = Math.min(last.prose.length, doc.prose.length) - head;
    let tail = sharedTail(last.prose, doc.prose, most);
    if (!sameText) tail = Math.min(tail, sharedTail(last.text, doc.text, most));
    const n = doc.prose.length;
    const grew = n - last.prose.length;
    const moved = last.keys.length - doc.paragraphs.length;
    const keys: string[] = [];
    const lists: ParagraphReading[][] = [];
    const paragraphs = doc.paragraphs;
    const readings = this.readings;
    for (let k = 0; k < paragraphs.length; k++) {
      const p = paragraphs[k];
      let key: string | undefined;
      let kept: ParagraphReading[] | undefined;
      let unchanged = false;
      // Before the edit: the same index and place. After it: the index moved by the paragraphs
      // the edit added, the place by the characters.
      const before = p.end + AROUND <= head;
      const j = before ? k : p.start >= AROUND && p.start - AROUND >= n - tail ? k + moved : -1;
      if (
        j >= 0 &&
        j < last.keys.length &&
        last.starts[j] === p.start - (before ? 0 : grew) &&
        last.ends[j] - last.starts[j] === p.end - p.start
      ) {
        key = last.keys[j];
        kept = last.lists[j];
        unchanged = true;
        memo.set(key, kept);
      }
      const prose = unchanged ? key! : doc.prose.slice(p.start, p.end);
      if (!kept) kept = memo.get(prose);
      let r = kept?.find((c) => this.fits(c, p, unchanged));
      if (!r) {
        r = this.read(p, english);
        this.stamp(r, p);
        const list = kept ? kept.slice(1 - KEPT_PER_TEXT) : [];
        list.push(r);
        key = ownCopy(prose);
        memo.set(key, list);
        kept = list;
      }
      keys.push(key ?? ownCopy(prose));
      lists.push(kept!);
      readings.push(r);
    }
    last.prose = doc.prose;
    last.text = doc.text;
    last.keys = keys;
    last.lists = lists;
    last.starts = paragraphs.map((p) => p.start);
    last.ends = paragraphs.map((p) => p.end);
    for (let k = 0; k < paragraphs.length; k++) {
      const p = paragraphs[k];
      const r = readings[p.index];
      const q0 = qFrom[p.index];
      for (let i = q0, j = 0; i < qFrom[p.index + 1]; i++, j++) quotations[i].kind = r.kinds[j];
      place(r, p, q0, mFrom[p.index], mentions, this.found, this.claims);
    }
  }

  /** Reads paragraph `p` on its own; the reading outlives this analysis, so its strings are copies. */
  private read(p: Paragraph, english: boolean): ParagraphReading {
    const { doc, quotations, mentions, masks } = this.ctx;
    const b = p.start;
    const prose = ownCopy(doc.prose.slice(b, p.end));
    const sentences: Span[] = [];
    for (let i = p.sentences[0]; i < p.sentences[1]; i++)
      sentences.push({ start: doc.sentences[i].start - b, end: doc.sentences[i].end - b });
    const local: Quotation[] = [];
    const own: number[] = [];
    for (let i = this.layout.qFrom[p.index]; i < this.layout.qFrom[p.index + 1]; i++) {
      const q = quotations[i];
      q.kind = classifyQuotation(q, doc.text, doc.prose);
      own.push(local.length);
      local.push({
        start: q.start - b,
        end: q.end - b,
        open: q.open >= 0 ? q.open - b : q.open,
        close: q.close >= 0 ? q.close - b : q.close,
        paragraph: q.paragraph,
        family: q.family,
        depth: q.depth,
        continues: q.continues,
        runsOn: q.runsOn,
        malformed: q.malformed,
        kind: q.kind,
      });
    }
    // A speaker's entity is read as the index of its mention here (see place).
    const named: Mention[] = [];
    for (let k = this.layout.mFrom[p.index], j = 0; k < this.layout.mTo[p.index]; k++, j++) {
      const m = mentions[k];
      named.push({ start: m.start - b, end: m.end - b, text: m.text, entity: j, paragraph: m.paragraph });
    }
    const src: ParagraphSource = {
      prose,
      text: this.textIsProse ? prose : ownCopy(doc.text.slice(b, p.end)),
      // Three characters past the end: findInFrame looks that far after a verb.
      masked: ownCopy(masks.slice(b, p.end + 3)),
      start: 0,
      end: p.end - b,
      sentences,
      sFrom: 0,
      sTo: sentences.length,
      quotations: local,
      own,
      mentions: named,
    };
    return readParagraph(src, p.kind, english);
  }

  /** The paragraph's prose and masked text, for the parts of a kept reading asked for later. */
  private sourceOf(p: Paragraph): ParagraphSource {
    const { doc, masks } = this.ctx;
    const prose = ownCopy(doc.prose.slice(p.start, p.end));
    const masked = ownCopy(masks.slice(p.start, p.end));
    return {
      prose,
      text: prose,
      masked,
      start: 0,
      end: p.end - p.start,
      sentences: [],
      sFrom: 0,
      sTo: 0,
      quotations: [],
      own: [],
      mentions: [],
    };
  }

  /** What the reading read besides the prose (the key), recorded to be checked before reuse. */
  private stamp(r: ParagraphReading, p: Paragraph): void {
    const { doc, masks } = this.ctx;
    const text = this.textIsProse ? undefined : doc.text.slice(p.start, p.end);
    r.text = text === undefined || text === doc.prose.slice(p.start, p.end) ? undefined : ownCopy(text);
    r.tail = masks.slice(p.end, p.end + 3);
    const [before, after] = this.edgesRead(p);
    r.before = before === undefined ? undefined : ownCopy(before);
    r.after = after === undefined ? undefined : ownCopy(after);
    r.layout = this.layoutStamp(p);
  }

  /**
   * True when what `r` read besides the paragraph's prose is as it is now. `unchanged`: the text
   * from AROUND characters before the paragraph to AROUND after it is known to be the same.
   */
  private fits(r: ParagraphReading, p: Paragraph, unchanged: boolean): boolean {
    const { doc, masks } = this.ctx;
    if (r.kind !== p.kind || !this.sameLayout(r.layout!, p)) return false;
    if (!masks.holds(r.tail, p.end, p.end + 3)) return false;
    if (!unchanged && !this.textIsProse) {
      // Compared as strings: the engine compares flat text far faster than a loop here would.
      const text = doc.text.slice(p.start, p.end);
      if (text !== (r.text ?? doc.prose.slice(p.start, p.end))) return false;
    } else if (!unchanged && r.text !== undefined) return false;
    // The same quotations ask for the same edges: only those the reading read are compared, in place.
    if (
      r.before !== undefined &&
      (!unchanged || r.before.length > AROUND) &&
      !holds(doc.prose, this.beforeFrom(p), r.before, p.start)
    )
      return false;
    return r.after === undefined || unchanged || holds(doc.text, p.end, r.after, Math.min(doc.text.length, p.end + 30));
  }

  /**
   * The text outside the paragraph that classifying its quotations reads: the prose up to 30
   * characters before an opening mark (and the first character before it that is not a space),
   * the text up to 30 characters after a closing mark.
   */
  private edgesRead(p: Paragraph): [string | undefined, string | undefined] {
    const { quotations } = this.ctx;
    let before: string | undefined;
    let after: string | undefined;
    for (let i = this.layout.qFrom[p.index]; i < this.layout.qFrom[p.index + 1]; i++) {
      const q = quotations[i];
      if (q.depth > 0 || q.continues) continue;
      const open = q.open >= 0 ? q.open : q.start;
      if (before === undefined && open - 30 < p.start) before = this.before(p);
      const closed = q.close >= 0 ? q.close + 1 : q.end;
      if (after === undefined && closed + 30 > p.end) after = this.after(p);
    }
    return [before, after];
  }

  /** Where the prose read before the paragraph starts. */
  private beforeFrom(p: Paragraph): number {
    const prose = this.ctx.doc.prose;
    let c = p.start - 1;
    while (c >= 0 && (prose[c] === ' ' || prose[c] === '\u00a0' || prose[c] === '\t')) c--;
    return Math.max(0, Math.min(p.start - 30, c));
  }

  private before(p: Paragraph): string {
    return this.ctx.doc.prose.slice(this.beforeFrom(p), p.start);
  }

  private after(p: Paragraph): string {
    return this.ctx.doc.text.slice(p.end, p.end + 30);
  }

  /** The paragraph's sentences, quotations and mention spans, relative to its start. */
  private layoutStamp(p: Paragraph): Int32Array {
    const values: number[] = [];
    this.walkLayout(p, (v) => (values.push(v), true));
    return Int32Array.from(values);
  }

  /** Compared in place, value by value: a stamp made only to be compared would be garbage per paragraph and keystroke. */
  private sameLayout(a: Int32Array, p: Paragraph): boolean {
    let k = 0;
    return this.walkLayout(p, (v) => a[k++] === v) && k === a.length;
  }

  /** Hands `visit` the layout's values in order; stops, false, at the first it refuses. */
  private walkLayout(p: Paragraph, visit: (v: number) => boolean): boolean {
    const { doc, quotations, mentions } = this.ctx;
    const { qFrom, mFrom, mTo } = this.layout;
    const b = p.start;
    const s0 = p.sentences[0];
    const s1 = p.sentences[1];
    const q0 = qFrom[p.index];
    const q1 = qFrom[p.index + 1];
    const m0 = mFrom[p.index];
    const m1 = mTo[p.index];
    if (!visit(s1 - s0) || !visit(q1 - q0) || !visit(m1 - m0)) return false;
    for (let i = s0; i < s1; i++) {
      if (!visit(doc.sentences[i].start - b) || !visit(doc.sentences[i].end - b)) return false;
    }
    for (let i = q0; i < q1; i++) {
      const q = quotations[i];
      if (!visit(q.start - b) || !visit(q.end - b)) return false;
      if (!visit(q.open >= 0 ? q.open - b : -1) || !visit(q.close >= 0 ? q.close - b : -1)) return false;
      if (!visit(q.depth) || !visit(q.continues ? 1 : 0)) return false;
    }
    for (let i = m0; i < m1; i++) {
      if (!visit(mentions[i].start - b) || !visit(mentions[i].end - b)) return false;
    }
    return true;
  }

  vague(): VagueSource[] {
    return this.englishFinds((r) => r.vague!, shiftVague);
  }

  verbless(): Verbless[] {
    return this.englishFinds((r) => r.verbless!, shiftVerbless);
  }

  /** What the English-only passes found in every paragraph, read the first time it is asked for. */
  private englishFinds<T>(of: (r: ParagraphReading) => readonly T[], shift: (x: T, by: number) => T): T[] {
    const out: T[] = [];
    const { paragraphs } = this.ctx.doc;
    for (let k = 0; k < paragraphs.length; k++) {
      const p = paragraphs[k];
      const r = this.readings[p.index];
      if (!r.vague || !r.verbless) englishReading(r, this.sourceOf(p));
      const found = of(r);
      for (let i = 0; i < found.length; i++) out.push(shift(found[i], p.start));
    }
    return out;
  }

  firstRoleWord(word: string): number {
    if (!this.roleFirst) {
      // The draft's gaps between paragraphs are white space: lower-casing leaves them as they are,
      // and no role word runs into or across them.
      const first = (this.roleFirst = new Map());
      let growth = 0;
      const { paragraphs } = this.ctx.doc;
      for (let k = 0; k < paragraphs.length; k++) {
        const p = paragraphs[k];
        const r = this.readings[p.index];
        const roles = (r.roles ??= roleWordsIn(this.ctx.masks.slice(p.start, p.end)));
        for (let i = 0; i < roles.words.length; i++)
          if (!first.has(roles.words[i])) first.set(roles.words[i], p.start + growth + roles.at[i]);
        growth += roles.growth;
      }
    }
    return this.roleFirst.get(word) ?? -1;
  }
}

/**
 * The draft read as a whole, paragraph by paragraph in the draft's own strings: from scratch, where
 * nothing is kept (the fastest way to read it once), or when quotations do not keep to their
 * paragraphs.
 */
class Whole implements DraftReading {
  readonly found: Array<Found | null>;
  readonly claims: Claim[] = [];
  private firstIn: ((word: string) => number) | undefined;

  constructor(private readonly ctx: Context) {
    const { doc, quotations, mentions, masks } = ctx;
    for (const q of quotations) q.kind = classifyQuotation(q, doc.text, doc.prose);
    this.found = new Array<Found | null>(quotations.length).fill(null);
    const byParagraph: number[][] = doc.paragraphs.map(() => []);
    quotations.forEach((q, i) => {
      if (q.paragraph >= 0 && q.paragraph < byParagraph.length) byParagraph[q.paragraph].push(i);
    });
    const src: ParagraphSource = {
      text: doc.text,
      prose: doc.prose,
      masked: masks.text(),
      start: 0,
      end: 0,
      sentences: doc.sentences,
      sFrom: 0,
      sTo: 0,
      quotations,
      own: [],
      mentions,
    };
    for (const p of doc.paragraphs) {
      src.start = p.start;
      src.end = p.end;
      src.sFrom = p.sentences[0];
      src.sTo = p.sentences[1];
      src.own = byParagraph[p.index];
      readFrames(src, p.index, this.found, this.claims);
    }
    this.claims.sort((a, b) => a.verb.start - b.verb.start);
  }

  vague(): VagueSource[] {
    const out: VagueSource[] = [];
    const masked = this.ctx.masks.text();
    for (const p of this.ctx.doc.paragraphs)
      if (p.kind === 'prose') for (const v of findVague(masked, p.start, p.end)) out.push(v);
    return out;
  }

  verbless(): Verbless[] {
    const out: Verbless[] = [];
    for (const p of this.ctx.doc.paragraphs)
      if (p.kind === 'prose') for (const v of findVerbless(this.ctx.doc.prose, p.start, p.end)) out.push(v);
    return out;
  }

  firstRoleWord(word: string): number {
    this.firstIn ??= roleWordsByRegex(this.ctx.masks.text());
    return this.firstIn(word);
  }
}
