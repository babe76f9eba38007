// The name finder with the draft's cache: a paragraph the last analysis read is not read again,
// the draft-wide sets are updated by the paragraphs that came and went, and a kept paragraph's
// mentions are reused while the sets answer its questions as before.

import type { AnalysisCache } from '../../memo';
import type { Document, Paragraph } from '../../types';
import { sameParagraphs } from '../../document';
import { ownCopy } from '../../strings';
import { CountedWords } from './census';
import type { KeptReading, LooseWord, MentionScan, ParagraphNames, RawMention, Resolution } from '../model';
import {
  asksAbout,
  EMPTY,
  placed,
  readParagraph,
  resolve,
  stillHolds,
  type KeptStrings,
  type ParagraphRead,
} from '../mentions';
import { newScan, type Scan } from '../tokens';

/** What a mention's neighbourhood may read past the paragraph's end: up to a line break, 110 at most. */
function tailOf(prose: string, end: number): string {
  const stop = Math.min(prose.length, end + 110);
  const nl = prose.indexOf('\n', end);
  return ownCopy(prose.slice(end, nl >= 0 && nl < stop ? nl + 1 : stop));
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
  const runTexts = e.runs.length
    ? e.runs.map((r) => prose.slice(p.start + e.tokens[r.from].start, p.start + e.tokens[r.to - 1].end))
    : EMPTY;
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

/** The mentions and loose words of a kept reading, placed in the draft. */
export function placeAll(r: KeptReading): MentionScan {
  const mentions: RawMention[] = [];
  const loose: LooseWord[] = [];
  for (const p of r.doc.paragraphs) {
    const res = r.resolved[p.index];
    if (!res) continue;
    const base = p.start;
    for (const m of res.mentions) mentions.push(placed(m, p));
    if (p.kind === 'heading')
      for (const w of res.loose)
        loose.push({ start: base + w.start, end: base + w.end, text: w.text, paragraph: p.index, heading: true });
    else
      for (const w of res.loose)
        loose.push({
          start: base + w.start,
          end: base + w.end,
          text: w.text,
          paragraph: p.index,
          sentenceInitial: w.sentenceInitial,
        });
  }
  return { mentions, lowercase: r.lowercase, loose };
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
      r &&
      (e.checkedAt === serial ||
        (e.checkedAt === serial - 1
          ? !asksAbout(r, flipped, flippedAlone)
          : stillHolds(r, state.lowercase, state.alone)));
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
