// What attribution reads in one paragraph: what each of its quotations is, the speech verbs of its
// frames and the speakers beside them, its vague sources and its verbless attributions. All of it
// comes from the paragraph's own text, its quotations and where the names work found mentions in
// it, so a paragraph whose text and layout are unchanged since the last keystroke reads the same:
// readings.ts keeps each reading, offsets counted from the paragraph's start, and shifts it back.
//
// A reading holds only what the passes over the whole draft use, in a compact form: the verbs and
// speakers that found or claims refer to (by index, so one speaker shared by a quotation and its
// claim stays one object), and a speaker's entity as the index of the paragraph's mention it names.

import type { AttributionHow, ParagraphKind, Quotation, Span, Speaker } from '../types';
import type { FrameContext } from './context';
import { outerSpan, type Frame } from './frames';
import type { QuotationKind } from './quotationKinds';
import { claimsOf, findInFrame, isSpeech, verbsOf, type Claim, type Found, type VerbUse } from './speakers';
import { findVerbless, type Verbless } from './noVerb';
import { findVague, type VagueSource } from './vague';
import type { RoleWords } from './descriptors';
import { ownCopy } from '../strings';

export interface StoredFound {
  /** Index into `speakers`, or -1. */
  speaker: number;
  /** Index into `verbs`, or -1. */
  verb: number;
  how: AttributionHow;
  verbWithoutSpeaker?: boolean;
  verbless?: [number, number];
}

export interface ParagraphReading {
  // What it was read from besides the paragraph's prose: checked before reuse.
  kind: ParagraphKind;
  /** The original text of the paragraph, where it is not the paragraph's prose. */
  text: string | undefined;
  /** The masked text just after the paragraph (findInFrame looks three characters ahead). */
  tail: string;
  /** The prose just before the paragraph, when a quotation near its start is classified. */
  before: string | undefined;
  /** The text just after the paragraph, when a quotation near its end is classified. */
  after: string | undefined;
  /** Sentences, quotations and mentions, relative to the paragraph (see layoutOf). */
  layout: Int32Array | undefined;

  /** Per quotation of the paragraph, in the draft's order. */
  kinds: QuotationKind[];
  verbs: VerbUse[];
  /** `entity`: the index of the paragraph's mention that names the speaker, or -1. */
  speakers: Speaker[];
  /** Per quotation of the paragraph. */
  found: Array<StoredFound | null>;
  /** [verb, speaker or -1, quotation or -1] per claim, in the order of their verbs. */
  claims: number[];
  /** Found when the draft reads as English (only then are they asked for). */
  vague?: VagueSource[];
  verbless?: Verbless[];
  /** Found when a descriptor's role is looked up. */
  roles?: RoleWords;
}

/** A paragraph as the reading sees it: strings and the spans in them, offsets counted the same. */
export interface ParagraphSource {
  text: string;
  prose: string;
  masked: string;
  start: number;
  end: number;
  /** The paragraph's sentences: sentences[sFrom] to sentences[sTo - 1]. */
  sentences: readonly Span[];
  sFrom: number;
  sTo: number;
  /** Quotations, `kind` set; the paragraph's are those at the indexes in `own`, in the draft's order. */
  quotations: readonly Quotation[];
  own: readonly number[];
  /** Sorted by start. */
  mentions: FrameContext['mentions'];
}

/** The frames of the paragraph: its sentences, joined where a quotation runs across a break. */
function framesOf(src: ParagraphSource, paragraph: number): Frame[] {
  const { quotations } = src;
  const frames: Frame[] = [];
  const outer: number[] = [];
  for (const i of src.own) if (quotations[i].depth === 0) outer.push(i);
  if (outer.length > 1) outer.sort((a, b) => outerSpan(quotations[a])[0] - outerSpan(quotations[b])[0]);
  let k = 0;
  let current: Frame | null = null;
  for (let si = src.sFrom; si < src.sTo; si++) {
    const s = src.sentences[si];
    // A sentence that starts inside a quotation continues the sentence before it.
    let inside = false;
    while (k < outer.length && outerSpan(quotations[outer[k]])[1] <= s.start) k++;
    if (k < outer.length) inside = outerSpan(quotations[outer[k]])[0] < s.start;
    if (current && inside) current.end = s.end;
    else frames.push((current = { start: s.start, end: s.end, paragraph, quotations: [] }));
  }
  if (!frames.length) frames.push({ start: src.start, end: src.end, paragraph, quotations: [] });
  // Each quotation goes to the frame holding its start; one that runs past its frame stretches it.
  let f = 0;
  for (const qi of outer) {
    const [s, e] = outerSpan(quotations[qi]);
    while (f + 1 < frames.length && frames[f + 1].start <= s) f++;
    if (e > frames[f].end) frames[f].end = Math.min(e, src.end);
    frames[f].quotations.push(qi);
  }
  return frames;
}

/**
 * Who said each speech quotation of the paragraph in its own sentence (into `found`, by quotation
 * index), and the claims of every speech verb (onto `claims`, frame by frame).
 */
export function readFrames(src: ParagraphSource, paragraph: number, found: Array<Found | null>, claims: Claim[]): void {
  const ctx: FrameContext = { text: src.text, masked: src.masked, quotations: src.quotations, mentions: src.mentions };
  for (const frame of framesOf(src, paragraph)) {
    const verbs = verbsOf(ctx, frame);
    const used = new Set<number>();
    for (const qi of frame.quotations) {
      if (!isSpeech(src.quotations[qi])) continue;
      const f = findInFrame(ctx, frame, verbs, qi);
      found[qi] = f;
      if (f?.verb) {
        used.add(f.verb.start);
        claims.push({ verb: f.verb, speaker: f.speaker, paragraph, quotation: qi });
      }
    }
    for (const c of claimsOf(ctx, frame, verbs, used)) claims.push(c);
  }
}

/**
 * The paragraph read on its own, to be kept: `src` counts offsets from the paragraph's start, and
 * its quotations are the paragraph's own.
 */
export function readParagraph(src: ParagraphSource, kind: ParagraphKind, english: boolean): ParagraphReading {
  const found: Array<Found | null> = src.quotations.map(() => null);
  const claims: Claim[] = [];
  readFrames(src, 0, found, claims);
  // The draft's claims are sorted by verb; a paragraph's verbs all come before the next one's.
  claims.sort((a, b) => a.verb.start - b.verb.start);

  // Only the verbs and speakers that found and claims refer to are kept, each once: a speaker
  // shared by a quotation and its claim stays one object when the reading is placed again.
  const verbs: VerbUse[] = [];
  const speakers: Speaker[] = [];
  // Kept strings are copies: a slice of the paragraph would keep all of the paragraph alive.
  const verbAt = (v: VerbUse | null) =>
    keptOnce(verbs, v, () => {
      v!.text = ownCopy(v!.text);
      v!.lower = ownCopy(v!.lower);
    });
  const speakerAt = (sp: Speaker | null) => keptOnce(speakers, sp, () => (sp!.text = ownCopy(sp!.text)));
  const stored = found.map((f): StoredFound | null => {
    if (!f) return null;
    const s: StoredFound = { speaker: speakerAt(f.speaker), verb: verbAt(f.verb), how: f.how };
    if (f.verbWithoutSpeaker) s.verbWithoutSpeaker = true;
    if (f.verbless) s.verbless = f.verbless;
    return s;
  });
  const claimList: number[] = [];
  for (const c of claims) claimList.push(verbAt(c.verb), speakerAt(c.speaker), c.quotation);

  const reading: ParagraphReading = {
    kind,
    text: undefined,
    tail: '',
    before: undefined,
    after: undefined,
    layout: undefined,
    kinds: src.quotations.map((q) => q.kind),
    verbs,
    speakers,
    found: stored,
    claims: claimList,
  };
  if (english) englishReading(reading, src);
  return reading;
}

/** The parts only English drafts are checked for: vague sources and verbless attributions. */
export function englishReading(reading: ParagraphReading, src: ParagraphSource): void {
  const prose = reading.kind === 'prose';
  reading.vague = prose
    ? findVague(src.masked, 0, src.end).map((v) => ({ start: v.start, end: v.end, text: ownCopy(v.text) }))
    : [];
  reading.verbless = prose ? findVerbless(src.prose, 0, src.end) : [];
}

/** `x`'s index in `kept`, added (after `own` cuts its strings loose) if it is not there yet; -1 for none. */
function keptOnce<T>(kept: T[], x: T | null, own: () => void): number {
  if (!x) return -1;
  const i = kept.indexOf(x);
  if (i >= 0) return i;
  own();
  return kept.push(x) - 1;
}
