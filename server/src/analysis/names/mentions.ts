// Finding the name mentions of a draft: capitalised word sequences, read per paragraph with
// regexes (linear in the text). A mention keeps its name words ("units": a particle goes with the
// word it belongs to, "al-Rashidi", "van der Berg"), the title before it, and hints about what it
// names. Headline paragraphs are skipped: their capitals say nothing.

import type { Document, Paragraph } from '../types';
import {
  COMMON_CAPITALISED,
  FUNCTION_WORDS,
  MONTHS_AND_DAYS,
  ORG_HEADS,
  PARTICLES,
  TITLE_WORDS,
  TRADE_HEADS,
} from '../lexicon/nameWords';
import { isGivenName } from '../lexicon/nameLists';
import { ownCopy } from '../strings';
import type { LooseShape, LooseWord, MentionScan, MentionShape, RawMention, Resolution, Unit, WordSet } from './model';
import { LooseName, NameWord, Shape } from './shape';
import { newScan, spaced, fullStopBetween, tokenize, type Scan, type Token } from './tokens';
import { dateLike, givenListedAfter, introAfter, orgNounAfter, speechNear, timeWordBefore } from './around';
import { saysWord } from '../lexicon/speechForms';
import { TextWords } from './textWords';

/** Words whose possessive still belongs to a name: "People's Republic", "Children's Hospital". */
const POSSESSIVE_IN_NAMES = new Set([
  'people',
  'children',
  'women',
  'men',
  'workers',
  'farmers',
  'veterans',
  'citizens',
  'nations',
  'king',
  'queen',
]);

/** Is this capitalised word an ordinary word here (not evidence of a name)? */
export function ordinary(lower: string, lowercase: WordSet): boolean {
  return (
    FUNCTION_WORDS.has(lower) || MONTHS_AND_DAYS.has(lower) || COMMON_CAPITALISED.has(lower) || lowercase.has(lower)
  );
}

/** A run of the paragraph's tokens, [from, to), that may hold names. */
export interface Run {
  from: number;
  to: number;
}

/**
 * What the name finder reads from one paragraph alone: its tokens (offsets relative to the
 * paragraph's start, sentences relative to its first sentence), the runs of them that may be
 * names, the capitalised words that may be loose. Not kept: a paragraph whose resolution no
 * longer holds is read again (it was most of a kept paragraph's memory).
 */
export interface ParagraphRead {
  tokens: Token[];
  runs: Run[];
  /** Indexes of the tokens that are loose words unless a mention holds them. */
  capitals: number[];
}

// Kept paragraphs mostly have none of one thing or another: one empty array each stands for all.
// (Nothing writes into a kept array; each is built aside and copied to its exact length, since an
// array grown by push keeps room for 16 or more.)
export const EMPTY: string[] = [];
const NO_MENTIONS: MentionShape[] = [];
const NO_LOOSE: LooseShape[] = [];

/** Tokens, runs and loose-word candidates of one prose or heading paragraph. */
export function readParagraph(doc: Document, p: Paragraph, scan: Scan): ParagraphRead {
  const prose = doc.prose;
  const entry: ParagraphRead = { tokens: [], runs: [], capitals: [] };
  const before = scan.words;
  const toks = tokenize(doc, p.index, scan);
  const capitals = entry.capitals;
  if (p.kind === 'heading') {
    // A headline's names still count towards which spelling the draft uses most.
    const kept: Token[] = [];
    for (const t of toks) {
      if (t.kind === 'cap' && !FUNCTION_WORDS.has(t.lower) && !MONTHS_AND_DAYS.has(t.lower)) {
        t.index = kept.length;
        capitals.push(kept.length);
        kept.push(t);
      }
    }
    entry.tokens = relative(kept, p);
    return entry;
  }
  const words = scan.words - before;
  // A paragraph in capitals is a headline or a shout: its words are not names.
  let caps = 0;
  for (const t of toks) if (t.kind === 'acronym') caps++;
  if (words >= 4 && caps / words > 0.5) return entry;
  for (const t of toks) {
    if (t.kind === 'cap' && !FUNCTION_WORDS.has(t.lower) && !MONTHS_AND_DAYS.has(t.lower)) capitals.push(t.index);
  }
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (!startable(t, toks[i + 1], prose, p.start) && !particlesBeforeName(toks, i, prose)) {
      i++;
      continue;
    }
    let last = t;
    let j = i + 1;
    while (j < toks.length) {
      const prev = last;
      const next = toks[j];
      const joined =
        spaced(prose, prev, next) ||
        (fullStopBetween(prose, prev, next) && (prev.kind === 'initial' || TITLE_WORDS.has(prev.lower))) ||
        // Initials run together (M.K. Nurlanov).
        (prev.kind === 'initial' &&
          next.kind === 'initial' &&
          next.start - prev.rawEnd === 1 &&
          prose.charCodeAt(prev.rawEnd) === 0x2e);
      if (!joined || prev.kind === 'acronym' || next.kind === 'acronym') break;
      if (prev.possessive && !(POSSESSIVE_IN_NAMES.has(prev.lower) && next.kind === 'cap' && ORG_HEADS.has(next.lower)))
        break;
      if (next.kind === 'cap' || next.kind === 'initial') {
        if (FUNCTION_WORDS.has(next.lower) || (MONTHS_AND_DAYS.has(next.lower) && dateLike(prose, next.rawEnd))) break;
        last = next;
        j++;
        continue;
      }
      if (next.kind === 'particle') {
        // One or more particles, then the capitalised word they belong to (van der Berg).
        let k = j;
        while (toks[k + 1] && toks[k + 1].kind === 'particle' && spaced(prose, toks[k], toks[k + 1])) k++;
        const after = toks[k + 1];
        if (after && after.kind === 'cap' && spaced(prose, toks[k], after)) {
          last = toks[k];
          j = k + 1;
          continue;
        }
        break;
      }
      // "Ministry of Energy", "Communist Party of China", "Department for Education".
      if ((next.lower === 'of' || next.lower === 'for') && ORG_HEADS.has(prev.lower)) {
        let k = j + 1;
        if (toks[k] && toks[k].lower === 'the' && spaced(prose, toks[k - 1], toks[k])) k++;
        const after = toks[k];
        if (after && after.kind === 'cap' && spaced(prose, toks[k - 1], after) && !FUNCTION_WORDS.has(after.lower)) {
          last = toks[k];
          j = k + 1;
          continue;
        }
      }
      break;
    }
    entry.runs.push({ from: i, to: j });
    i = j;
  }
  entry.tokens = relative(toks, p);
  return entry;
}

/** Offsets from the paragraph's start, sentences from its first: what a kept paragraph can reuse anywhere. */
function relative(toks: Token[], p: Paragraph): Token[] {
  const s0 = p.sentences[0];
  for (const t of toks) {
    t.start -= p.start;
    t.end -= p.start;
    t.rawEnd -= p.start;
    t.sentence -= s0;
  }
  return toks;
}

/**
 * The mentions and loose words of a read paragraph at `base`, given the lower-case set and the
 * `alone` set (`aloneHas` asks it about prose[start, end)); with `strings` (the kept ones), what was asked is kept too.
 */
export function resolve(
  e: ParagraphRead,
  prose: string,
  base: number,
  lowercase: WordSet,
  aloneHas: (start: number, end: number) => boolean,
  strings?: KeptStrings,
  placing?: Placing,
): Resolution {
  const record = strings !== undefined;
  const keep = (s: string) => keepString(strings!, s);
  const r: Resolution = { mentions: NO_MENTIONS, loose: NO_LOOSE, asked: EMPTY, lowerYes: 0, lowerNo: 0, aloneYes: 0 };
  const mentions = scratchMentions;
  const loose = scratchLoose;
  mentions.length = 0;
  loose.length = 0;
  let lower = lowercase;
  let alone = aloneHas;
  if (record) {
    for (const q of questions) q.length = 0;
    lower = {
      has(w) {
        const a = lowercase.has(w);
        const q = questions[a ? 0 : 1];
        if (!q.includes(w)) q.push(w);
        return a;
      },
    };
    alone = (s, t) => {
      const a = aloneHas(s, t);
      const q = questions[a ? 2 : 3];
      const text = prose.slice(s, t);
      if (!q.includes(text)) q.push(text);
      return a;
    };
  }
  const toks = e.tokens;
  const held = new Uint8Array(toks.length);
  // A run that is only a place or organisation the draft also names alone, followed by a full
  // name ("Kazakhstan Zhang Hanhui", "People's Republic of China Xi Jinping"), is two mentions.
  for (const run of e.runs) {
    let from = run.from;
    const to = run.to;
    for (let k = to - 2; k >= from + 1; k--) {
      if (toks[k].kind !== 'cap' || (toks[k - 1].kind !== 'cap' && toks[k - 1].kind !== 'acronym')) continue;
      let rest = 0;
      for (let q = k; q < to; q++) if (toks[q].kind === 'cap') rest++;
      if (rest < 2) continue;
      if (alone(base + toks[from].start, base + toks[k - 1].end)) {
        pushMention(prose, base, toks, from, k, lower, held, mentions, placing, strings);
        from = k;
        break;
      }
    }
    pushMention(prose, base, toks, from, to, lower, held, mentions, placing, strings);
  }
  // Capitalised words that no mention holds as a name word.
  for (const k of e.capitals) {
    if (held[k]) continue;
    const t = toks[k];
    if (placing) {
      const p = placing.p;
      if (p.kind === 'heading')
        placing.loose.push({
          start: base + t.start,
          end: base + t.end,
          text: t.text,
          paragraph: p.index,
          heading: true,
        });
      else
        placing.loose.push({
          start: base + t.start,
          end: base + t.end,
          text: t.text,
          paragraph: p.index,
          sentenceInitial: t.sentenceInitial,
        });
      continue;
    }
    // A token's text is the interner's (kept) string but for a possessive, cut from it.
    loose.push(new LooseName(t.start, record && t.possessive ? keep(t.text) : t.text, t.sentenceInitial));
  }
  if (mentions.length) r.mentions = mentions.slice();
  if (loose.length) r.loose = loose.slice();
  if (record) {
    const [yes, no, aloneYes, aloneNo] = questions;
    const n = yes.length + no.length + aloneYes.length + aloneNo.length;
    if (n) {
      const asked = (r.asked = new Array<string>(n));
      let k = 0;
      for (const w of yes) asked[k++] = w;
      r.lowerYes = k;
      for (const w of no) asked[k++] = w;
      r.lowerNo = k;
      for (const w of aloneYes) asked[k++] = keep(w);
      r.aloneYes = k;
      for (const w of aloneNo) asked[k++] = keep(w);
    }
    // They hold slices of this version of the draft.
    for (const q of questions) q.length = 0;
  }
  mentions.length = 0;
  loose.length = 0;
  return r;
}

/**
 * The strings the kept resolutions hold (mention, title, unit and loose-word texts, run heads),
 * one copy each: the same names are written again and again through a draft.
 */
export type KeptStrings = Map<string, string>;

export function keepString(strings: KeptStrings, s: string): string {
  let k = strings.get(s);
  if (k === undefined) strings.set((k = ownCopy(s)), k);
  return k;
}

/**
 * From scratch nothing is kept, so resolve places what it finds in paragraph `p` at once: each
 * mention is one object (it is its own shape, the memos of entities.ts and the rest go on it)
 * rather than a shape and its placed copy.
 */
interface Placing {
  p: Paragraph;
  mentions: RawMention[];
  loose: LooseWord[];
}

/** resolve's lists, built here and copied out at their length. */
const scratchMentions: MentionShape[] = [];
const scratchLoose: LooseShape[] = [];
/** The questions of a resolve being recorded, by answer: lower-case yes, no; alone yes, no. */
const questions: string[][] = [[], [], [], []];

/** Whether the sets still answer what the resolution asked as they did then. */
export function stillHolds(r: Resolution, lowercase: WordSet, alone: WordSet): boolean {
  const asked = r.asked;
  for (let k = 0; k < r.lowerNo; k++) if (lowercase.has(asked[k]) !== k < r.lowerYes) return false;
  for (let k = r.lowerNo; k < asked.length; k++) if (alone.has(asked[k]) !== k < r.aloneYes) return false;
  return true;
}

/** Whether the resolution asked about any of these words. */
export function asksAbout(r: Resolution, words: ReadonlySet<string>, runs: ReadonlySet<string>): boolean {
  const asked = r.asked;
  if (words.size) for (let k = 0; k < r.lowerNo; k++) if (words.has(asked[k])) return true;
  if (runs.size) for (let k = r.lowerNo; k < asked.length; k++) if (runs.has(asked[k])) return true;
  return false;
}

/** A mention as read in its paragraph (`m`), placed in paragraph `p`. */
export function placed(m: MentionShape, p: Paragraph): RawMention {
  const base = p.start;
  return {
    start: base + m.start,
    end: base + m.end,
    text: m.text,
    units: m.units,
    base,
    names: m.names,
    title: m.title,
    titleStart: m.titleStart === undefined ? undefined : base + m.titleStart,
    paragraph: p.index,
    sentence: p.sentences[0] + m.sentence,
    sentenceInitial: m.sentenceInitial,
    org: m.org,
    acronym: m.acronym,
    quoted: m.quoted,
    speaks: m.speaks,
    intro: m.intro,
    listedWith: m.listedWith,
    shape: m,
  };
}

/** From scratch: the sets are built as the paragraphs are read. */
export function findMentions(doc: Document): MentionScan {
  const prose = doc.prose;
  const scan = newScan();
  const alone = new TextWords();
  const read: ParagraphRead[] = [];
  const at: Paragraph[] = [];
  for (const p of doc.paragraphs) {
    if (p.kind !== 'prose' && p.kind !== 'heading') continue;
    const e = readParagraph(doc, p, scan);
    for (const run of e.runs)
      alone.addRange(prose, p.start + e.tokens[run.from].start, p.start + e.tokens[run.to - 1].end);
    read.push(e);
    at.push(p);
  }
  const aloneHas = (s: number, t: number) => alone.hasRange(prose, s, t);
  const mentions: RawMention[] = [];
  const loose: LooseWord[] = [];
  for (let k = 0; k < read.length; k++) {
    resolve(read[k], prose, at[k].start, scan.lowercase, aloneHas, undefined, { p: at[k], mentions, loose });
  }
  return { mentions, lowercase: scan.lowercase, loose };
}

function startable(t: Token, next: Token | undefined, prose: string, pStart: number): boolean {
  if (MONTHS_AND_DAYS.has(t.lower)) {
    // Only as a given name: straight before a capitalised word, not a date, and not after a
    // word of time ("Last April Thornbury said", "since May Ospanov took office").
    return (
      t.kind === 'cap' &&
      !dateLike(prose, t.rawEnd) &&
      !timeWordBefore(prose, t.start, pStart) &&
      !!next &&
      next.kind === 'cap' &&
      spaced(prose, t, next) &&
      !MONTHS_AND_DAYS.has(next.lower)
    );
  }
  // A and I with a full stop are initials (A.K. Tulegenova, I. M. Pei), never the words.
  if (t.kind === 'initial') return !FUNCTION_WORDS.has(t.lower) || prose[t.rawEnd] === '.';
  if (t.kind === 'cap') return !FUNCTION_WORDS.has(t.lower);
  if (t.kind === 'acronym') return true;
  if (t.kind === 'particle') return !!next && next.kind === 'cap' && spaced(prose, t, next);
  return false;
}

/** "van der Berg", "de la Fuente": particles from toks[i], then the capitalised word they belong to. */
function particlesBeforeName(toks: Token[], i: number, prose: string): boolean {
  let k = i;
  while (toks[k].kind === 'particle' && toks[k + 1]?.kind === 'particle' && spaced(prose, toks[k], toks[k + 1])) k++;
  const after = toks[k + 1];
  return k > i && toks[k].kind === 'particle' && after?.kind === 'cap' && spaced(prose, toks[k], after);
}

/**
 * The mention in toks[from, to) of a paragraph at `base` (token offsets relative to it), as a
 * shape relative to the paragraph; marks in `held` the tokens its name words begin at.
 */
function pushMention(
  prose: string,
  base: number,
  toks: Token[],
  from: number,
  to: number,
  lowercase: WordSet,
  held: Uint8Array,
  out: MentionShape[],
  placing?: Placing,
  strings?: KeptStrings,
): void {
  // The name is toks[lo, hi): trimmed by index, not by slicing the run again and again. A token
  // has no full stop in it, so its lower case is the form TITLE_WORDS is asked about.
  let lo = from;
  let hi = to;
  // Titles: everything up to the last title word before a name ("Hungarian Foreign Minister").
  let title: string | undefined;
  let titleStart: number | undefined;
  let lastTitle = -1;
  for (let k = from; k < hi - 1; k++) if (TITLE_WORDS.has(toks[k].lower) && toks[k].kind === 'cap') lastTitle = k;
  if (lastTitle >= 0) {
    // With its full stop (Dr. or Dr: a house style the draft keeps, names/title).
    const titleEnd = toks[lastTitle].end + (prose.charCodeAt(base + toks[lastTitle].end) === 0x2e ? 1 : 0);
    title = prose.slice(base + toks[from].start, base + titleEnd);
    titleStart = toks[from].start;
    lo = lastTitle + 1;
  }
  // A title with no name after it ("the Plenipotentiary Ambassador") is not part of a name.
  while (hi - lo > 1 && TITLE_WORDS.has(toks[hi - 1].lower)) hi--;
  // An ordinary word that opens a sentence is not part of the name after it.
  // So is a speech verb that opens one ("Remarked Ospan.", "Added Smith:").
  while (
    hi - lo > 1 &&
    toks[lo].sentenceInitial &&
    toks[lo].kind === 'cap' &&
    (saysWord(toks[lo].lower) || (ordinary(toks[lo].lower, lowercase) && !MONTHS_AND_DAYS.has(toks[lo].lower))) &&
    !ORG_HEADS.has(toks[lo + 1].lower) &&
    !(PARTICLES.has(toks[lo].lower) && toks[lo + 1].kind === 'particle')
  ) {
    lo++;
  }
  while (hi > lo && toks[hi - 1].kind !== 'cap' && toks[hi - 1].kind !== 'acronym') hi--;
  if (hi === lo) return;
  const first = toks[lo];
  const last = toks[hi - 1];
  const single = hi - lo === 1;
  if (single) {
    if (first.kind === 'cap' && ordinary(first.lower, lowercase)) return;
    if (first.kind === 'cap' && first.sentenceInitial && saysWord(first.lower)) return;
    if (first.kind === 'cap' && TITLE_WORDS.has(first.lower)) return;
    if (first.kind === 'acronym' && first.text.length < 2) return;
  }
  let org = false;
  for (let k = lo; k < hi && !org; k++) org = toks[k].kind === 'cap' && ORG_HEADS.has(toks[k].lower);
  if (!org) org = orgNounAfter(prose, base + last.rawEnd);
  // "Steppe Air", "Harbour Freight": a trade noun last, and no given name or honorific first.
  if (!org && !single && !title && last.kind === 'cap' && TRADE_HEADS.has(last.lower) && !isGivenName(first.text))
    org = true;
  const units = scratchUnits;
  units.length = 0;
  for (let k = lo; k < hi; k++) {
    const t = toks[k];
    if (t.lower === 'of' || t.lower === 'for' || t.lower === 'the') continue;
    // A particle (lower case, or capitalised inside a name: "Mohamed Al Rashidi") joins the next word.
    const isParticle =
      t.kind === 'particle' ||
      (k > lo && t.kind === 'cap' && PARTICLES.has(t.lower) && k + 1 < hi && toks[k + 1].kind === 'cap') ||
      // A sentence opening "Van der Berg", "De la Fuente": the capital is the sentence's.
      (t.kind === 'cap' && PARTICLES.has(t.lower) && k + 1 < hi && toks[k + 1].kind === 'particle');
    if (isParticle) {
      let e = k + 1;
      while (e < hi && toks[e].kind === 'particle') e++;
      if (e < hi) {
        units.push(new NameWord(t.start, keptWord(strings, prose.slice(base + t.start, base + toks[e].end)), false));
        held[t.index] = 1;
        k = e;
        continue;
      }
    }
    units.push(new NameWord(t.start, t.possessive ? keptWord(strings, t.text) : t.text, t.kind === 'initial'));
    held[t.index] = 1;
  }
  if (!units.length) return;
  // Built aside and copied out at its length: an array grown by push keeps room for 16 or more.
  const kept = units.slice();
  units.length = 0;
  let names = 0;
  for (const u of kept) if (!u.initial) names++;
  const start = first.start;
  const end = last.end;
  // A name of one word is that word's text: no slice of its own.
  const text =
    kept.length === 1 && kept[0].start === start && kept[0].end === end
      ? kept[0].text
      : keptWord(strings, prose.slice(base + start, base + end));
  if (title !== undefined) title = keptWord(strings, title);
  const before = prose[base + start - 1];
  const after = prose[base + end] ?? '';
  const quoted =
    (before === '‘' || before === '“' || before === "'" || before === '"') &&
    (after === '’' || after === '”' || after === "'" || after === '"');
  if (placing) {
    // The fields of placed() in its order, then the shape's memos, as one object.
    const p = placing.p;
    const m = {
      start: base + start,
      end: base + end,
      text,
      units: kept,
      base,
      names,
      title,
      titleStart: titleStart === undefined ? undefined : base + titleStart,
      paragraph: p.index,
      sentence: p.sentences[0] + first.sentence,
      sentenceInitial: first.sentenceInitial && !title,
      org: org || (single && first.kind === 'acronym') || quoted,
      acronym: single && first.kind === 'acronym',
      quoted,
      speaks: speechNear(prose, base + last.rawEnd, base + (title ? titleStart! : start)),
      intro: names >= 2 && !org ? introAfter(prose, base + last.rawEnd) : undefined,
      listedWith: kept.length === 1 && !org ? givenListedAfter(prose, base + last.rawEnd) : undefined,
      shape: undefined as unknown as MentionShape,
      keys: undefined,
      reading: undefined,
      order: undefined,
      titleGender: undefined,
      endingGender: undefined,
      surname: undefined,
      skeletons: undefined,
      variantsSeen: undefined,
      holdsVariant: undefined,
    };
    m.shape = m;
    placing.mentions.push(m);
    return;
  }
  out.push(
    new Shape(
      start,
      end,
      text,
      kept,
      names,
      title,
      titleStart,
      first.sentence,
      first.sentenceInitial && !title,
      org || (single && first.kind === 'acronym') || quoted,
      single && first.kind === 'acronym',
      quoted,
      speechNear(prose, base + last.rawEnd, base + (title ? titleStart! : start)),
      names >= 2 && !org ? introAfter(prose, base + last.rawEnd) : undefined,
      kept.length === 1 && !org ? givenListedAfter(prose, base + last.rawEnd) : undefined,
    ),
  );
}

const scratchUnits: Unit[] = [];

/** With a cache, the one kept copy of `s`; from scratch, `s`. (A token's text is already the interner's, but for a possessive, cut from it.) */
function keptWord(strings: KeptStrings | undefined, s: string): string {
  return strings ? keepString(strings, s) : s;
}
