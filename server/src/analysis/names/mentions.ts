// Finding the name mentions of a draft: capitalised word sequences, read per paragraph with
// regexes (linear in the text). A mention keeps its name words ("units": a particle goes with the
// word it belongs to, "al-Rashidi", "van der Berg"), the title before it, and hints about what it
// names. Headline paragraphs are skipped: their capitals say nothing.

import type { AnalysisCache } from '../memo';
import type { Document, Paragraph, ParagraphKind } from '../types';
import { sameParagraphs } from '../document';
import { ownCopy } from '../strings';
import { CountedWords } from './census';
import { LooseName, NameWord, Shape } from './shape';
import type { MentionKeys, MentionReading } from './entities';
import {
  COMMON_CAPITALISED,
  FUNCTION_WORDS,
  MONTHS_AND_DAYS,
  ORG_HEADS,
  ORG_NOUNS_AFTER,
  PARTICLES,
  PARTICLE_PREFIX,
  TITLE_WORDS,
} from '../lexicon/nameWords';
import { ASCII_CLASS, classOf, codePointAt, LETTER, LOWER, NUMBER, TITLE, UPPER, WORD_CHAR, widthOf } from './chars';

/** A name word; offsets relative to its paragraph's start (see RawMention.base). */
export interface Unit {
  start: number;
  end: number;
  /** As written, possessive stripped. */
  text: string;
  initial: boolean;
}

export interface RawMention {
  start: number;
  end: number;
  text: string;
  /** Offsets relative to `base`: the units are the shape's, shared, not copied per analysis. */
  units: Unit[];
  /** Where the mention's paragraph starts. */
  base: number;
  /** How many units are not initials: two or more make a full name. */
  names: number;
  title?: string;
  titleStart?: number;
  paragraph: number;
  sentence: number;
  /** The first word of a sentence or of a quotation: its capital proves nothing. */
  sentenceInitial: boolean;
  org: boolean;
  acronym: boolean;
  quoted: boolean;
  /** A speech verb right before or after ("Smith said", "said Smith"). */
  speaks: boolean;
  /** The same mention as read in its paragraph, where what is worked out from it alone is kept. */
  shape: MentionShape;
}

type TokKind = 'cap' | 'acronym' | 'initial' | 'particle' | 'lower';

interface Token {
  start: number;
  /** End without the possessive. */
  end: number;
  rawEnd: number;
  text: string;
  lower: string;
  kind: TokKind;
  possessive: boolean;
  sentence: number;
  sentenceInitial: boolean;
  /** Its place among the paragraph's tokens. */
  index: number;
}

const isJoiner = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2010; // ' ’ - ‐
// Every regex is compiled once, here: the bundle turns a \p{…} literal into `new RegExp(…)`, which
// inside a function is built again on every call.
const ACCORDING_TO = /according[ \u00a0]+to[ \u00a0]+$/;
const DATE_AFTER = /^\.?[ \u00a0]*(?:\d|$)/;
const CONNECTORS = new Set(['of', 'for', 'the']);
const OPENERS = new Set(['“', '"', '‘', "'", '«', '„', '‹', '(', '[', '—', '–']);
const SPEECH = /^(?:said|says|say|told|tells|added|adds|stressed|stresses|noted|notes|explained|explains|stated|states|asked|asks|replied|replies|wrote|writes|recalled|recalls|continued|insisted|warned|argued|announced|declared|emphasi[sz]ed|commented|remarked|claimed|admitted|confirmed|believes|thinks|according)$/;
/** Words whose possessive still belongs to a name: "People's Republic", "Children's Hospital". */
const POSSESSIVE_IN_NAMES = new Set(['people', 'children', 'women', 'men', 'workers', 'farmers', 'veterans', 'citizens', 'nations', 'king', 'queen']);

/**
 * A set of words (or any stretches) of the text, added straight from it. Words of news copy
 * repeat: one already in is recognised by its hash and compared in place, so only the draft's
 * distinct words are ever cut out of it (a slice per word was a large share of the name finder's
 * allocations), and each is one string however often it is written.
 */
export class TextWords {
  /** For `has` from scratch, where it is asked for every capitalised word; a kept one (`owned`) is only added to, and looks a word up by its hash. */
  private readonly set: Set<string> | undefined;
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];
  /** Open addressing: index + 1 into `words`, 0 for an empty slot. */
  private slots = new Int32Array(1024);
  /** The index of the word the last addRange added or found (a paragraph lists each word once by it). */
  last = -1;

  /** `owned`: words are copied out of the text (for sets kept across versions of a draft). */
  constructor(private readonly owned = false) {
    this.set = owned ? undefined : new Set();
  }

  get size(): number {
    return this.words.length;
  }

  has(word: string): boolean {
    return this.set ? this.set.has(word) : this.hasRange(word, 0, word.length);
  }

  hasRange(text: string, start: number, end: number): boolean {
    return this.slots[this.probe(text, start, end, hashOf(text, start, end))] !== 0;
  }

  /** Adds the word at text[start, end) and returns it (the one string kept for it). */
  addRange(text: string, start: number, end: number, h = hashOf(text, start, end)): string {
    const at = this.probe(text, start, end, h);
    if (this.slots[at] !== 0) return this.words[(this.last = this.slots[at] - 1)];
    const word = this.owned ? ownCopy(text.slice(start, end)) : text.slice(start, end);
    this.last = this.words.length;
    this.words.push(word);
    this.hashes.push(h);
    this.set?.add(word);
    this.slots[at] = this.words.length;
    if (this.words.length * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2);
      const mask = this.slots.length - 1;
      for (let i = 0; i < this.hashes.length; i++) {
        const g = this.hashes[i];
        let a = (g ^ (g >>> 15)) & mask;
        while (this.slots[a] !== 0) a = (a + 1) & mask;
        this.slots[a] = i + 1;
      }
    }
    return word;
  }

  /** The slot holding the word at text[start, end), or the empty slot where it would go. */
  private probe(text: string, start: number, end: number, h: number): number {
    const mask = this.slots.length - 1;
    const len = end - start;
    let at = (h ^ (h >>> 15)) & mask;
    for (let slot = this.slots[at]; slot !== 0; slot = this.slots[at]) {
      if (this.hashes[slot - 1] === h && this.words[slot - 1].length === len && sameAt(text, start, this.words[slot - 1])) return at;
      at = (at + 1) & mask;
    }
    return at;
  }
}

/** text.startsWith(w, start), compared here: the builtin call costs more than these few letters. */
function sameAt(text: string, start: number, w: string): boolean {
  for (let k = 0; k < w.length; k++) if (text.charCodeAt(start + k) !== w.charCodeAt(k)) return false;
  return true;
}

/** FNV-1a over the UTF-16 units; tokenize computes the same hash as it reads a word. */
const HASH_SEED = 0x811c9dc5;
const HASH_PRIME = 0x01000193;
function hashOf(text: string, start: number, end: number): number {
  let h = HASH_SEED;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), HASH_PRIME);
  return h;
}

/** The sets and memos of one scan of a draft. */
interface Scan {
  /** Words written in lower case (possessive stripped). */
  lowercase: TextWords;
  /** Capitalised words, so each is cut out of the text once. */
  capitals: TextWords;
  /** Lower case of a word (the words come from `capitals`, one string each). */
  lowers: Map<string, string>;
  words: number;
  /** With a cache: the lower-case words of the paragraph being read, each once. */
  collect?: string[];
  /** Per word of `lowercase`, the last paragraph (`serial`) that listed it in `collect`. */
  listed?: Int32Array;
  serial: number;
}

/** Words known to be written in lower case somewhere in the draft. */
export interface WordSet {
  has(word: string): boolean;
}

/**
 * The words of a paragraph that can take part in a name: capitalised words, particles and the
 * connectors of organisation names. Other lower-case words only go into `lowercase` (they break
 * a run by standing between two capitalised words), so a paragraph costs few allocations.
 */
function tokenize(doc: Document, pIndex: number, scan: Scan): Token[] {
  const para = doc.paragraphs[pIndex];
  const pStart = para.start;
  const pEnd = para.end;
  // Tokens come in order, so the sentence of each is found by walking forward.
  let sen = para.sentences[0];
  const lastSen = para.sentences[1] - 1;
  const prose = doc.prose;
  const n = prose.length;
  const toks: Token[] = [];
  let lastSentence = -1;
  // Words are read character by character through a class table, as the regex
  // [\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)* would read them, and a word is cut out of
  // the text only when it is kept: most words are lower case and only pass through.
  let i = pStart;
  while (i < pEnd) {
    let cp = codePointAt(prose, i, n);
    const firstClass = classOf(cp);
    if (!(firstClass & WORD_CHAR)) {
      i += widthOf(cp);
      continue;
    }
    const start = i;
    let all = 0; // every class in the word
    let lowers = 0; // \p{Ll} characters
    let letters = 0; // \p{L} characters
    let prevClass = 0; // the classes of the last two characters (a joiner has none)
    let lastClass = 0;
    // The word's hash as it is read, and the hash without its last unit or two (for a word
    // ending in 's), so the lower-case set need not read the word again.
    let h = HASH_SEED;
    let h1 = 0;
    let h2 = 0;
    let j = i;
    for (;;) {
      while (j < n) {
        cp = prose.charCodeAt(j);
        const c = cp < 128 ? ASCII_CLASS[cp] : classOf((cp = codePointAt(prose, j, n)));
        if (!(c & WORD_CHAR)) break;
        all |= c;
        if (c & LOWER) lowers++;
        if (c & LETTER) letters++;
        prevClass = lastClass;
        lastClass = c;
        if (cp > 0xffff) {
          h2 = h;
          h1 = Math.imul(h ^ prose.charCodeAt(j), HASH_PRIME);
          h = Math.imul(h1 ^ prose.charCodeAt(j + 1), HASH_PRIME);
          j += 2;
        } else {
          h2 = h1;
          h1 = h;
          h = Math.imul(h ^ cp, HASH_PRIME);
          j++;
        }
      }
      if (j + 1 < n && isJoiner(prose.charCodeAt(j)) && classOf(codePointAt(prose, j + 1, n)) & WORD_CHAR) {
        prevClass = lastClass;
        lastClass = 0;
        h2 = h1;
        h1 = h;
        h = Math.imul(h ^ prose.charCodeAt(j), HASH_PRIME);
        j++;
        continue;
      }
      break;
    }
    i = j;
    const rawEnd = j;
    scan.words++;
    while (sen < lastSen && doc.sentences[sen].end <= start) sen++;
    const sentence = sen;
    const wasSentence = lastSentence;
    lastSentence = sentence;
    // Letters glued to digits ("Ashimbayev2005") or ending in a stray capital ("NazarbaevU.S.")
    // are typing slips around a word, not a spelling of a name: a fix there would eat the glue.
    const glued = (all & NUMBER) !== 0 || ((prevClass & LOWER) !== 0 && (lastClass & UPPER) !== 0);
    const upper = (firstClass & (UPPER | TITLE)) !== 0 && !glued;
    // Ends in 's or ’s.
    const sTail = rawEnd - start > 2 && prose.charCodeAt(rawEnd - 1) === 0x73 && (prose.charCodeAt(rawEnd - 2) === 0x27 || prose.charCodeAt(rawEnd - 2) === 0x2019);
    let raw: string;
    if (!upper) {
      // Particles, connectors and particle prefixes (al-Rashidi) all begin in lower case.
      if (!(firstClass & LOWER)) continue;
      const word = sTail ? scan.lowercase.addRange(prose, start, rawEnd - 2, h2) : scan.lowercase.addRange(prose, start, rawEnd, h);
      if (scan.collect) listWord(scan, word);
      // None is longer than five letters, and a prefix has its hyphen third or fourth.
      if (rawEnd - start > 5 && prose.charCodeAt(start + 2) !== 0x2d && prose.charCodeAt(start + 3) !== 0x2d) continue;
      raw = sTail ? prose.slice(start, rawEnd) : word;
      if (!PARTICLES.has(raw) && !CONNECTORS.has(raw) && !PARTICLE_PREFIX.test(raw)) continue;
      // A connector (of, for, the) only ever joins a run right after the token before it, with
      // one space or ". " between (Ministry of, of the): elsewhere it could only break a run,
      // and the gap it leaves breaks it just the same. Most of them are elsewhere.
      if (CONNECTORS.has(raw) && !PARTICLES.has(raw)) {
        const prev = toks[toks.length - 1];
        const gap = prev ? start - prev.rawEnd : 0;
        if (!prev || !(gap === 1 && isSpaceCode(prose.charCodeAt(prev.rawEnd))) && !(gap === 2 && prose.charCodeAt(prev.rawEnd) === 0x2e && prose.charCodeAt(prev.rawEnd + 1) === 0x20)) continue;
      }
    } else raw = scan.capitals.addRange(prose, start, rawEnd, h);
    let possessive = false;
    if (raw.length > 3 && sTail) {
      raw = raw.slice(0, -2);
      possessive = true;
      lowers--; // the s
      letters--;
    }
    let kind: TokKind;
    let lower = scan.lowers.get(raw);
    if (lower === undefined) scan.lowers.set(raw, (lower = raw.toLowerCase()));
    if (upper) {
      if (raw.length === 1) kind = prose[rawEnd] === '.' ? 'initial' : 'lower';
      else if (lowers === 0) kind = letters > 0 && raw.length <= 10 ? 'acronym' : 'lower';
      else kind = 'cap';
    } else if (PARTICLE_PREFIX.test(raw)) kind = 'cap';
    else if (PARTICLES.has(lower)) kind = 'particle';
    else kind = 'lower';
    // The first word of a sentence, or the first word inside an opening quotation mark.
    let initial = sentence !== wasSentence;
    if (!initial) {
      let k = start - 1;
      while (k > pStart && (prose[k] === ' ' || prose[k] === '\u00a0')) k--;
      if (OPENERS.has(prose[k]) || prose[k] === ':') initial = true;
    }
    toks.push({ start, end: start + raw.length, rawEnd, text: raw, lower, kind, possessive, sentence, sentenceInitial: initial, index: toks.length });
  }
  return toks;
}

/** Adds a lower-case word to the paragraph's list, once. */
function listWord(scan: Scan, word: string): void {
  const at = scan.lowercase.last;
  let listed = scan.listed!;
  if (at >= listed.length) {
    const grown = new Int32Array(Math.max(at + 1, listed.length * 2));
    grown.set(listed);
    scan.listed = listed = grown;
  }
  if (listed[at] === scan.serial) return;
  listed[at] = scan.serial;
  scan.collect!.push(word);
}

/** Whether one space (or no-break space) is all that stands between a and b: asked in place, no slice per pair of tokens. */
function spaced(prose: string, a: Token, b: Token): boolean {
  return b.start - a.rawEnd === 1 && isSpaceCode(prose.charCodeAt(a.rawEnd));
}

/** Whether ". " stands between a and b. */
function fullStopBetween(prose: string, a: Token, b: Token): boolean {
  return b.start - a.rawEnd === 2 && prose.charCodeAt(a.rawEnd) === 0x2e && prose.charCodeAt(a.rawEnd + 1) === 0x20;
}

/** A capitalised word outside any name: a title, an organisation word ("Attorney", "Ministry"). */
export interface LooseWord {
  start: number;
  end: number;
  text: string;
  paragraph: number;
  /** In a headline: counted, never flagged (headline capitals prove nothing). */
  heading?: boolean;
  sentenceInitial?: boolean;
}

export interface MentionScan {
  mentions: RawMention[];
  lowercase: WordSet;
  loose: LooseWord[];
}

/** Is this capitalised word an ordinary word here (not evidence of a name)? */
export function ordinary(lower: string, lowercase: WordSet): boolean {
  return FUNCTION_WORDS.has(lower) || MONTHS_AND_DAYS.has(lower) || COMMON_CAPITALISED.has(lower) || lowercase.has(lower);
}

/** A run of the paragraph's tokens, [from, to), that may hold names. */
interface Run {
  from: number;
  to: number;
}

/** A capitalised word outside any name, as read in its paragraph (offsets relative to its start). */
export interface LooseShape {
  start: number;
  end: number;
  text: string;
  sentenceInitial: boolean;
}

/** A mention as read in its paragraph: offsets relative to its start, `sentence` to its first sentence. */
export interface MentionShape extends Omit<RawMention, 'paragraph' | 'shape' | 'base'> {
  /** Worked out by entities.ts from this mention alone, once. */
  keys?: MentionKeys;
  /** Read by entities.ts around this mention in its paragraph, once. */
  reading?: MentionReading;
  /** findings.ts: the name words in lower case, in order. */
  order?: string;
  /** entities.ts: the gender the title says (null for none), and the surname's ending. */
  titleGender?: 'female' | 'male' | null;
  endingGender?: 'female' | 'male' | null;
  /** spellings.ts: surnameIndex, and the skeleton of each unit. */
  surname?: number;
  skeletons?: string[];
  /** entities.ts: whether a unit or organisation word is a variant spelling, for the variants of generation `variantsSeen`. */
  variantsSeen?: number;
  holdsVariant?: boolean;
}

/**
 * What the name finder reads from one paragraph alone: its tokens (offsets relative to the
 * paragraph's start, sentences relative to its first sentence), the runs of them that may be
 * names, the capitalised words that may be loose. Not kept: a paragraph whose resolution no
 * longer holds is read again (it was most of a kept paragraph's memory).
 */
interface ParagraphRead {
  tokens: Token[];
  runs: Run[];
  /** Indexes of the tokens that are loose words unless a mention holds them. */
  capitals: number[];
}

/**
 * What the name finder keeps of one paragraph. A mention's neighbourhood is read up to 110
 * characters past the paragraph, never past a line break: those characters are `tail`, part of
 * what a kept paragraph is found by.
 */
export interface ParagraphNames {
  kind: ParagraphKind;
  tail: string;
  /** The mentions read against the document-wide sets, and what was asked of those sets. */
  resolution?: Resolution;
  /** The analysis (MentionState.serial) that last made sure `resolution` holds. */
  checkedAt: number;
}

/**
 * A paragraph's mentions and loose words given the document-wide sets. They depend on those sets
 * only through the questions asked of them, kept here with their answers: while every answer is
 * still the same, so are the mentions.
 */
export interface Resolution {
  mentions: MentionShape[];
  loose: LooseShape[];
  /**
   * What was asked of the two sets, each question once, grouped by its answer (the order they
   * were asked in says nothing a check of them needs): words the lower-case set held, then words
   * it did not, then run heads the `alone` set held, then run heads it did not. One array and
   * three bounds instead of two lists of questions and two of answers, kept for every paragraph.
   */
  asked: string[];
  /** The ends of the first three groups of `asked`. */
  lowerYes: number;
  lowerNo: number;
  aloneYes: number;
}

// Kept paragraphs mostly have none of one thing or another: one empty array each stands for all.
// (Nothing writes into a kept array; each is built aside and copied to its exact length, since an
// array grown by push keeps room for 16 or more.)
const EMPTY: string[] = [];
const NO_MENTIONS: MentionShape[] = [];
const NO_LOOSE: LooseShape[] = [];

function newScan(kept = false): Scan {
  return { lowercase: new TextWords(kept), capitals: new TextWords(kept), lowers: new Map(), words: 0, serial: 0 };
}

/** Tokens, runs and loose-word candidates of one prose or heading paragraph. */
function readParagraph(doc: Document, p: Paragraph, scan: Scan): ParagraphRead {
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
    if (!startable(t, toks[i + 1], prose)) {
      i++;
      continue;
    }
    let last = t;
    let j = i + 1;
    while (j < toks.length) {
      const prev = last;
      const next = toks[j];
      const joined = spaced(prose, prev, next) || (fullStopBetween(prose, prev, next) && (prev.kind === 'initial' || TITLE_WORDS.has(prev.lower)));
      if (!joined || prev.kind === 'acronym' || next.kind === 'acronym') break;
      if (prev.possessive && !(POSSESSIVE_IN_NAMES.has(prev.lower) && next.kind === 'cap' && ORG_HEADS.has(next.lower))) break;
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

/** What a mention's neighbourhood may read past the paragraph's end: up to a line break, 110 at most. */
function tailOf(prose: string, end: number): string {
  const stop = Math.min(prose.length, end + 110);
  const nl = prose.indexOf('\n', end);
  return ownCopy(prose.slice(end, nl >= 0 && nl < stop ? nl + 1 : stop));
}

/**
 * The mentions and loose words of a read paragraph at `base`, given the lower-case set and the
 * `alone` set (`aloneHas` asks it about prose[start, end)); with `strings` (the kept ones), what was asked is kept too.
 */
function resolve(e: ParagraphRead, prose: string, base: number, lowercase: WordSet, aloneHas: (start: number, end: number) => boolean, strings?: KeptStrings, placing?: Placing): Resolution {
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
      if (toks[k].kind !== 'cap' || toks[k - 1].kind !== 'cap' && toks[k - 1].kind !== 'acronym') continue;
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
      if (p.kind === 'heading') placing.loose.push({ start: base + t.start, end: base + t.end, text: t.text, paragraph: p.index, heading: true });
      else placing.loose.push({ start: base + t.start, end: base + t.end, text: t.text, paragraph: p.index, sentenceInitial: t.sentenceInitial });
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
type KeptStrings = Map<string, string>;

function keepString(strings: KeptStrings, s: string): string {
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
function stillHolds(r: Resolution, lowercase: WordSet, alone: WordSet): boolean {
  const asked = r.asked;
  for (let k = 0; k < r.lowerNo; k++) if (lowercase.has(asked[k]) !== k < r.lowerYes) return false;
  for (let k = r.lowerNo; k < asked.length; k++) if (alone.has(asked[k]) !== k < r.aloneYes) return false;
  return true;
}

/** Whether the resolution asked about any of these words. */
function asksAbout(r: Resolution, words: ReadonlySet<string>, runs: ReadonlySet<string>): boolean {
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
    shape: m,
  };
}

/** What the name finder keeps for a draft between analyses. */
class MentionState {
  scan = newScan(true);
  strings: KeptStrings = new Map();
  /** The document-wide sets, counted over the paragraphs of the last analysis. */
  lowercase = new CountedWords();
  alone = new CountedWords();
  /** How many times each read paragraph occurs in the draft of the last analysis. */
  counts = new Map<ParagraphNames, number>();
  serial = 0;
  /** The Document of the last analysis, and what was read from each of its paragraphs. */
  doc?: Document;
  read: Array<ParagraphNames | undefined> = [];
  /** What each paragraph of the last analysis resolved to (by paragraph index). */
  resolved: Array<Resolution | undefined> = [];
}

/** A paragraph's lower-case words as they are read, copied out at their count. */
const collected: string[] = [];

/**
 * What a paragraph brings to the document-wide sets: its lower-case words (each once) and the
 * texts of its runs. Both depend on its prose alone, so a paragraph read again gives the same.
 */
interface Census {
  read: ParagraphRead;
  lowers: string[];
  runTexts: string[];
}

function censusRead(doc: Document, p: Paragraph, scan: Scan): Census {
  const prose = doc.prose;
  scan.serial++;
  scan.collect = collected;
  const e = readParagraph(doc, p, scan);
  const lowers = collected.length ? collected.slice() : EMPTY;
  collected.length = 0;
  scan.collect = undefined;
  // Slices of the draft: CountedWords keeps a copy of one only when it comes into the set.
  const runTexts = e.runs.length ? e.runs.map((r) => prose.slice(p.start + e.tokens[r.from].start, p.start + e.tokens[r.to - 1].end)) : EMPTY;
  return { read: e, lowers, runTexts };
}

/** Where each read paragraph of a draft is written (one place, if it is written more than once). */
function placesOf(doc: Document, read: Array<ParagraphNames | undefined>): Map<ParagraphNames, Paragraph> {
  const places = new Map<ParagraphNames, Paragraph>();
  for (let j = 0; j < read.length; j++) {
    const e = read[j];
    if (e && !places.has(e)) places.set(e, doc.paragraphs[j]);
  }
  return places;
}

/** More new paragraphs than an edit makes: a paste or a move, worth looking for by text among the last analysis's. */
const MOVED = 2;

export function findMentions(doc: Document, cache?: AnalysisCache): MentionScan {
  return cache ? placeAll(readKept(doc, cache)) : findMentionsNow(doc);
}

/**
 * What the name finder read of a draft with its cache, before the mentions are placed: each
 * paragraph's resolution now and at the last analysis, and the lower-case words that came into
 * the draft or left it since.
 */
export interface KeptReading {
  doc: Document;
  /** The Document of the last analysis, if there was one. */
  before?: Document;
  /** By paragraph index (undefined for a paragraph names do not read), now and at the last analysis. */
  resolved: Array<Resolution | undefined>;
  resolvedBefore: Array<Resolution | undefined>;
  /** Lower-case words that came into the draft's set or went out of it with this analysis. */
  flipped: ReadonlySet<string>;
  lowercase: WordSet;
}

/** The mentions and loose words of a kept reading, placed in the draft. */
export function placeAll(r: KeptReading): MentionScan {
  const mentions: RawMention[] = [];
  const loose: LooseWord[] = [];
  for (const p of r.doc.paragraphs) {
    const res = r.resolved[p.index];
    if (!res) continue;
    const base = p.start;
    for (const m of res.mentions) mentions.push(placed(m, p));
    if (p.kind === 'heading') for (const w of res.loose) loose.push({ start: base + w.start, end: base + w.end, text: w.text, paragraph: p.index, heading: true });
    else for (const w of res.loose) loose.push({ start: base + w.start, end: base + w.end, text: w.text, paragraph: p.index, sentenceInitial: w.sentenceInitial });
  }
  return { mentions, lowercase: r.lowercase, loose };
}

/** From scratch: the sets are built as the paragraphs are read. */
function findMentionsNow(doc: Document): MentionScan {
  const prose = doc.prose;
  const scan = newScan();
  const alone = new TextWords();
  const read: ParagraphRead[] = [];
  const at: Paragraph[] = [];
  for (const p of doc.paragraphs) {
    if (p.kind !== 'prose' && p.kind !== 'heading') continue;
    const e = readParagraph(doc, p, scan);
    for (const run of e.runs) alone.addRange(prose, p.start + e.tokens[run.from].start, p.start + e.tokens[run.to - 1].end);
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

/**
 * With the draft's cache: paragraphs whose prose (and tail) the last analysis read are not read
 * again, the document-wide sets are updated by the paragraphs that came and went, and a kept
 * paragraph's mentions are reused while the sets answer its questions as before.
 */
export function readKept(doc: Document, cache: AnalysisCache): KeptReading {
  const prose = doc.prose;
  const state = cache.slot('names/mentions', () => new MentionState());
  const before = state.doc;
  const resolvedBefore = state.resolved;
  const serial = ++state.serial;
  // The interners only grow: start them again once they hold far more than a draft's words.
  if (state.scan.lowercase.size > 1 << 18 || state.scan.capitals.size > 1 << 17) state.scan = newScan(true);
  if (state.strings.size > 1 << 17) state.strings = new Map();
  const scan = state.scan;
  scan.listed ??= new Int32Array(1024);
  // A paragraph the Document says is the same as one of the last analysis's is found by that
  // (no hashing of every paragraph's prose); the others are read, unless a paste or a move
  // brought many of them, which are looked for by text first.
  const same = state.doc ? sameParagraphs(state.doc, doc) : undefined;
  const last = state.read;
  const byIndex: Array<ParagraphNames | undefined> = new Array(doc.paragraphs.length);
  let unknown = 0;
  for (const p of doc.paragraphs) {
    if (p.kind !== 'prose' && p.kind !== 'heading') continue;
    const j = same ? same[p.index] : -1;
    if (j >= 0 && last[j]) byIndex[p.index] = last[j];
    else unknown++;
  }
  let byText: Map<string, ParagraphNames[]> | undefined;
  if (unknown > MOVED && state.doc) {
    byText = new Map();
    const before = state.doc;
    for (let j = 0; j < last.length; j++) {
      const e = last[j];
      if (!e) continue;
      const q = before.paragraphs[j];
      const text = before.prose.slice(q.start, q.end);
      const l = byText.get(text);
      if (!l) byText.set(text, [e]);
      else if (!l.includes(e)) l.push(e);
    }
  }
  const read: ParagraphNames[] = [];
  const at: Paragraph[] = [];
  const fresh = new Map<ParagraphNames, Census>();
  for (const p of doc.paragraphs) {
    if (p.kind !== 'prose' && p.kind !== 'heading') continue;
    let e = byIndex[p.index];
    if (!e) {
      const tail = tailOf(prose, p.end);
      const kept = byText?.get(prose.slice(p.start, p.end));
      if (kept) for (const k of kept) if (k.kind === p.kind && k.tail === tail) e = k;
      if (!e) {
        const c = censusRead(doc, p, scan);
        e = { kind: p.kind, tail, resolution: undefined, checkedAt: -1 };
        fresh.set(e, c);
      }
      byIndex[p.index] = e;
    }
    read.push(e);
    at.push(p);
  }
  state.doc = doc;
  state.read = byIndex;

  // The sets: paragraphs that came add their words, paragraphs that went take theirs away.
  const counts = new Map<ParagraphNames, number>();
  for (const e of read) counts.set(e, (counts.get(e) ?? 0) + 1);
  // The words that came into a set or went out of it: a resolution that asked about none of them holds.
  const flipped = new Set<string>();
  const flippedAlone = new Set<string>();
  // What a paragraph counts is not kept with it (its words were a large share of the kept
  // memory): one read now has it at hand, another is read again where it is (or was) written.
  let where: Map<ParagraphNames, Paragraph> | undefined;
  let whereBefore: Map<ParagraphNames, Paragraph> | undefined;
  const count = (e: ParagraphNames, by: number) => {
    let c = fresh.get(e);
    if (!c) {
      let q: Paragraph | undefined;
      if (by > 0) q = (where ??= placesOf(doc, byIndex)).get(e);
      else q = (whereBefore ??= placesOf(before!, last)).get(e);
      c = censusRead(by > 0 ? doc : before!, q!, scan);
    }
    for (const w of c.lowers) if (state.lowercase.add(w, by)) flipped.add(w);
    for (const w of c.runTexts) if (state.alone.add(w, by, ownCopy)) flippedAlone.add(w);
  };
  for (const [e, n] of counts) {
    const was = state.counts.get(e) ?? 0;
    if (n !== was) count(e, n - was);
  }
  for (const [e, n] of state.counts) if (!counts.has(e)) count(e, -n);
  state.counts = counts;

  const aloneHas = (s: number, t: number) => state.alone.has(prose.slice(s, t));
  const resolved: Array<Resolution | undefined> = new Array(doc.paragraphs.length);
  for (let k = 0; k < read.length; k++) {
    const e = read[k];
    const r = e.resolution;
    const holds =
      r && (e.checkedAt === serial || (e.checkedAt === serial - 1 ? !asksAbout(r, flipped, flippedAlone) : stillHolds(r, state.lowercase, state.alone)));
    if (!holds) {
      const source = fresh.get(e)?.read ?? readParagraph(doc, at[k], scan);
      e.resolution = resolve(source, prose, at[k].start, state.lowercase, aloneHas, state.strings);
    }
    e.checkedAt = serial;
    resolved[at[k].index] = e.resolution;
  }
  state.resolved = resolved;
  return { doc, before, resolved, resolvedBefore, flipped, lowercase: state.lowercase };
}

/**
 * A month or day written as a date ("May 5", "Jan. 3"), not as a name (Theresa May, Jan
 * Kowalski, April Ryan).
 */
function dateLike(prose: string, rawEnd: number): boolean {
  return DATE_AFTER.test(prose.slice(rawEnd, rawEnd + 4));
}

function startable(t: Token, next: Token | undefined, prose: string): boolean {
  if (MONTHS_AND_DAYS.has(t.lower)) {
    // Only as a given name: straight before a capitalised word, and not a date.
    return t.kind === 'cap' && !dateLike(prose, t.rawEnd) && !!next && next.kind === 'cap' && spaced(prose, t, next) && !MONTHS_AND_DAYS.has(next.lower);
  }
  if (t.kind === 'cap' || t.kind === 'initial') return !FUNCTION_WORDS.has(t.lower);
  if (t.kind === 'acronym') return true;
  if (t.kind === 'particle') return !!next && next.kind === 'cap' && spaced(prose, t, next);
  return false;
}

/**
 * The mention in toks[from, to) of a paragraph at `base` (token offsets relative to it), as a
 * shape relative to the paragraph; marks in `held` the tokens its name words begin at.
 */
function pushMention(prose: string, base: number, toks: Token[], from: number, to: number, lowercase: WordSet, held: Uint8Array, out: MentionShape[], placing?: Placing, strings?: KeptStrings): void {
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
    title = prose.slice(base + toks[from].start, base + toks[lastTitle].end);
    titleStart = toks[from].start;
    lo = lastTitle + 1;
  }
  // A title with no name after it ("the Plenipotentiary Ambassador") is not part of a name.
  while (hi - lo > 1 && TITLE_WORDS.has(toks[hi - 1].lower)) hi--;
  // An ordinary word that opens a sentence is not part of the name after it.
  while (hi - lo > 1 && toks[lo].sentenceInitial && toks[lo].kind === 'cap' && ordinary(toks[lo].lower, lowercase) && !MONTHS_AND_DAYS.has(toks[lo].lower) && !ORG_HEADS.has(toks[lo + 1].lower)) {
    lo++;
  }
  while (hi > lo && toks[hi - 1].kind !== 'cap' && toks[hi - 1].kind !== 'acronym') hi--;
  if (hi === lo) return;
  const first = toks[lo];
  const last = toks[hi - 1];
  const single = hi - lo === 1;
  if (single) {
    if (first.kind === 'cap' && ordinary(first.lower, lowercase)) return;
    if (first.kind === 'cap' && TITLE_WORDS.has(first.lower)) return;
    if (first.kind === 'acronym' && first.text.length < 2) return;
  }
  let org = false;
  for (let k = lo; k < hi && !org; k++) org = toks[k].kind === 'cap' && ORG_HEADS.has(toks[k].lower);
  if (!org) org = orgNounAfter(prose, base + last.rawEnd);
  const units = scratchUnits;
  units.length = 0;
  for (let k = lo; k < hi; k++) {
    const t = toks[k];
    if (t.lower === 'of' || t.lower === 'for' || t.lower === 'the') continue;
    // A particle (lower case, or capitalised inside a name: "Mohamed Al Rashidi") joins the next word.
    const isParticle = t.kind === 'particle' || (k > lo && t.kind === 'cap' && PARTICLES.has(t.lower) && k + 1 < hi && toks[k + 1].kind === 'cap');
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
  const text = kept.length === 1 && kept[0].start === start && kept[0].end === end ? kept[0].text : keptWord(strings, prose.slice(base + start, base + end));
  if (title !== undefined) title = keptWord(strings, title);
  const before = prose[base + start - 1];
  const after = prose[base + end] ?? '';
  const quoted = (before === '‘' || before === '“' || before === "'" || before === '"') && (after === '’' || after === '”' || after === "'" || after === '"');
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
    ),
  );
}

const scratchUnits: Unit[] = [];

/** With a cache, the one kept copy of `s`; from scratch, `s`. (A token's text is already the interner's, but for a possessive, cut from it.) */
function keptWord(strings: KeptStrings | undefined, s: string): string {
  return strings ? keepString(strings, s) : s;
}

function orgNounAfter(prose: string, rawEnd: number): boolean {
  const word = wordAfter(prose, rawEnd, 20, false);
  return word !== undefined && ORG_NOUNS_AFTER.has(word);
}

const isSpaceCode = (c: number) => c === 0x20 || c === 0xa0;

/**
 * The lower-case word after a name, as /^[’'”"]?,?[ \u00a0]+(\p{Ll}+)/u reads it in the `window`
 * characters after `end` (a word running past them is cut there), or undefined; without
 * `punctuation`, as /^[ \u00a0]+(\p{Ll}+)/u reads it. Read in place: this runs for every mention.
 */
function wordAfter(prose: string, end: number, window: number, punctuation: boolean): string | undefined {
  const limit = Math.min(prose.length, end + window);
  let k = end;
  if (punctuation) {
    const q = prose.charCodeAt(k);
    if (k < limit && (q === 0x2019 || q === 0x27 || q === 0x201d || q === 0x22)) k++;
    if (k < limit && prose.charCodeAt(k) === 0x2c) k++;
  }
  const spaces = k;
  while (k < limit && isSpaceCode(prose.charCodeAt(k))) k++;
  if (k === spaces) return undefined;
  const from = k;
  while (k < limit) {
    const cp = codePointAt(prose, k, limit);
    if (!(classOf(cp) & LOWER)) break;
    k += widthOf(cp);
  }
  return k > from ? prose.slice(from, k) : undefined;
}

/**
 * The lower-case word before `edge`, as /(\p{Ll}+)[ \u00a0]+$/u reads it in the 24 characters
 * before it (a word running past them is cut there), or undefined.
 */
function wordBefore(prose: string, edge: number): string | undefined {
  const from = Math.max(0, edge - 24);
  let k = edge;
  while (k > from && isSpaceCode(prose.charCodeAt(k - 1))) k--;
  if (k === edge) return undefined;
  const to = k;
  while (k > from) {
    // A surrogate pair is one character, unless the window cuts it.
    const c = prose.charCodeAt(k - 1);
    let cp = c;
    let w = 1;
    if (c >= 0xdc00 && c <= 0xdfff && k - 2 >= from) {
      const h = prose.charCodeAt(k - 2);
      if (h >= 0xd800 && h <= 0xdbff) {
        cp = ((h - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
        w = 2;
      }
    }
    if (!(classOf(cp) & LOWER)) break;
    k -= w;
  }
  return k < to ? prose.slice(k, to) : undefined;
}

function speechNear(prose: string, end: number, leftEdge: number): boolean {
  const right = wordAfter(prose, end, 24, true);
  if (right !== undefined && SPEECH.test(right)) return true;
  const left = wordBefore(prose, leftEdge);
  return left !== undefined && (SPEECH.test(left) || left === 'to' && ACCORDING_TO.test(prose.slice(Math.max(0, leftEdge - 14), leftEdge)));
}
