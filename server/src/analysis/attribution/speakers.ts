// Finding who said each quotation, inside its sentence: after it (`…," she said`), before it (`X
// said: "…"`), inside it (`"…," said X, "…"`), `according to X`, `X told Reuters:`. Every speech
// verb outside quotations is also read as a claim ("X said the terminal would open"), which the
// paragraph and carry-over rules, the tense rule and the loaded-verb rule use.

import type { AttributionHow, Quotation, Speaker } from '../types';
import type { FrameContext } from './context';
import { nextWord, outerSpan, wordScan, wordsIn, type Frame, type Word } from './frames';
import { isWeakSpeechVerb, speechVerb, speechVerbForms, type SpeechVerbForm } from '../lexicon/speech';
import { speakerAfter, speakerBefore } from './speakerPhrase';

export interface VerbUse extends Word {
  form: SpeechVerbForm;
  /** "according to": the speaker follows. */
  according: boolean;
}

/** A speech verb with the speaker it has, in a quotation's attribution or in paraphrase. */
export interface Claim {
  verb: VerbUse;
  speaker: Speaker | null;
  paragraph: number;
  /** The quotation this verb attributes, or -1 for paraphrase. */
  quotation: number;
}

export interface Found {
  speaker: Speaker | null;
  verb: VerbUse | null;
  how: AttributionHow;
  /** A speech verb with nothing that can be its subject (`"…," said, adding…`). */
  verbWithoutSpeaker?: boolean;
  /** A colon attribution with no verb (`Smith, chief executive: "…"`): [start, end) of it. */
  verbless?: [number, number];
}

// The reasons are shared, never changed: kept readings hold them.
const IN_SENTENCE_AFTER: AttributionHow = { kind: 'in-sentence', where: 'after' };
const IN_SENTENCE_BEFORE: AttributionHow = { kind: 'in-sentence', where: 'before' };
const NO_SUBJECT_AFTER: AttributionHow = { kind: 'verb-without-subject', where: 'after' };
const NO_SUBJECT_BEFORE: AttributionHow = { kind: 'verb-without-subject', where: 'before' };
const NAME_BEFORE: AttributionHow = { kind: 'no-verb', form: 'name-before' };
const COLON_NO_VERB: AttributionHow = { kind: 'no-verb', form: 'colon' };
const COLON: AttributionHow = { kind: 'colon' };

const ACCORDING: SpeechVerbForm = {
  lemma: 'according to',
  tense: 'other',
  past: 'according to',
  present: 'according to',
};
const IN_THE_WORDS_OF: SpeechVerbForm = {
  lemma: 'in the words of',
  tense: 'other',
  past: 'in the words of',
  present: 'in the words of',
};
/** Words after which a verb form is a noun ("the reports", "her claims"). */
const NOUN_MARKERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'whose',
  'these',
  'those',
  'such',
  'of',
  'no',
  'any',
  'some',
  'many',
  'new',
  'latest',
  'recent',
  'makes',
  'made',
  'make',
  'despite',
  'under',
  'amid',
  'about',
  'into',
  'without',
  'against',
  'following',
  'news',
]);
/** Words whose presence makes a stretch a clause rather than a bare name. */
const FINITE =
  /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|should|do|does|did|\p{Ll}+ed)$/u;

/**
 * For lower-case ASCII words: the lengths (bit n: length n) of the speech verb forms, and
 * "according", with a given first and last letter. A word with no such form is skipped by
 * verbsOf without becoming a string; a word of any other spelling is always looked up.
 */
const VERB_SHAPES = (() => {
  const shapes = new Uint32Array(26 * 26);
  for (const form of [...speechVerbForms().keys(), 'according', 'words']) {
    // A form with other letters (сказал, déclaré) can only be a word of other letters: looked up.
    if (!/^[\x00-\x7f]*$/.test(form)) continue;
    if (!/^[a-z][a-z'-]*[a-z]$/.test(form) || form.length > 31)
      throw new Error(`speech verb form outside the verbsOf filter: ${form}`);
    shapes[(form.charCodeAt(0) - 97) * 26 + form.charCodeAt(form.length - 1) - 97] |= 1 << form.length;
  }
  return shapes;
})();

/** False when the lower-case ASCII word [s, e) of `text` is surely no speech verb form. */
function mayBeVerb(text: string, s: number, e: number): boolean {
  const a = text.charCodeAt(s) - 97;
  const z = text.charCodeAt(e - 1) - 97;
  if (a < 0 || a > 25 || z < 0 || z > 25 || e - s > 31) return false;
  return (VERB_SHAPES[a * 26 + z] & (1 << (e - s))) !== 0;
}

/**
 * The speech verbs of a frame, outside its quotations. Every word of the draft passes through
 * here, so words are read with nextWord and only the verbs become objects.
 */
export function verbsOf(ctx: FrameContext, frame: Frame): VerbUse[] {
  const masked = ctx.masked;
  const out: VerbUse[] = [];
  // The word before the current one (-1: none yet).
  let prevStart = -1;
  let prevEnd = -1;
  let prevLower = '';
  for (let s = nextWord(masked, frame.start, frame.end); s >= 0;) {
    const e = wordScan.end;
    if (wordScan.plain && !mayBeVerb(masked, s, e)) {
      // Most words: no string made. The previous word is read again from its offsets if needed.
      prevStart = s;
      prevEnd = e;
      prevLower = '';
      s = nextWord(masked, e, frame.end);
      continue;
    }
    if (prevStart >= 0 && !prevLower) prevLower = masked.slice(prevStart, prevEnd).toLowerCase();
    const text = masked.slice(s, e);
    const lower = wordScan.plain ? text : text.toLowerCase();
    if (lower === 'words') {
      // "in the words of X": the speaker follows, as after "according to".
      const t = nextWord(masked, e, frame.end);
      const tEnd = wordScan.end;
      if (
        t >= 0 &&
        masked.slice(t, tEnd).toLowerCase() === 'of' &&
        prevLower === 'the' &&
        /\bin\s+the\s+$/i.test(masked.slice(Math.max(frame.start, s - 8), s))
      ) {
        out.push({ start: s, end: tEnd, text: ctx.text.slice(s, tEnd), lower, form: IN_THE_WORDS_OF, according: true });
      }
    } else if (lower === 'according') {
      const t = nextWord(masked, e, frame.end);
      if (t >= 0 && masked.slice(t, wordScan.end).toLowerCase() === 'to') {
        out.push({
          start: s,
          end: wordScan.end,
          text: ctx.text.slice(s, wordScan.end),
          lower,
          form: ACCORDING,
          according: true,
        });
      }
    } else {
      const form = speechVerb(lower);
      if (
        form &&
        // "to say", "declined to comment": an infinitive attributes nothing by itself.
        !(prevStart >= 0 && prevLower === 'to' && form.tense === 'other') &&
        // "the jokes", "its claims", "Smith's comments": a noun, not a verb.
        !(
          prevStart >= 0 &&
          (NOUN_MARKERS.has(prevLower) || /['’]s$/.test(masked.slice(prevStart, prevEnd))) &&
          form.tense !== 'past' &&
          /^\s+$/.test(masked.slice(prevEnd, s))
        )
      ) {
        out.push({ start: s, end: e, text, lower, form, according: false });
      }
    }
    prevStart = s;
    prevEnd = e;
    prevLower = lower;
    s = nextWord(masked, e, frame.end);
  }
  return out;
}

function wordsBetween(ctx: FrameContext, a: number, b: number): number {
  return a < b ? wordsIn(ctx.masked, a, b).length : 0;
}

function speakerOf(ctx: FrameContext, frame: Frame, v: VerbUse): Speaker | null {
  if (v.according) return speakerAfter(ctx, v.end, frame.end);
  return speakerBefore(ctx, frame.start, v.start) ?? speakerAfter(ctx, v.end, frame.end);
}

/** Only punctuation, spaces and dashes in [a, b) of the masked text. */
function onlyPunctuation(ctx: FrameContext, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (/[\p{L}\p{N}]/u.test(ctx.masked[i])) return false;
  return true;
}

/** The attribution of one quotation inside its frame, if the frame has one. */
export function findInFrame(ctx: FrameContext, frame: Frame, verbs: VerbUse[], qi: number): Found | null {
  const q = ctx.quotations[qi];
  const [qs, qe] = outerSpan(q);
  const candidates: Array<{ v: VerbUse; distance: number }> = [];
  for (const v of verbs) {
    const distance = v.start >= qe ? v.start - qe : v.end <= qs ? qs - v.end : Infinity;
    if (distance === Infinity) continue;
    if (isWeakSpeechVerb(v.form) && wordsBetween(ctx, Math.min(v.end, qe), Math.max(v.start, qs)) > 6) continue;
    candidates.push({ v, distance });
  }
  candidates.sort((a, b) => a.distance - b.distance);
  // The nearest verb that has a speaker; "state prosecutor Alexis Ortiz told" is read past "state".
  for (const { v } of candidates) {
    const sp = speakerOf(ctx, frame, v);
    if (!sp) continue;
    return { speaker: sp, verb: v, how: v.start >= qe ? IN_SENTENCE_AFTER : IN_SENTENCE_BEFORE };
  }
  if (candidates.length) {
    const v = candidates[0].v;
    // `"…," said, adding…`: a plain speech verb right after the quotation, with no subject either side.
    const adjacent =
      v.start >= qe &&
      !isWeakSpeechVerb(v.form) &&
      v.form.tense !== 'other' &&
      onlyPunctuation(ctx, qe, v.start) &&
      /^\s*(?:[,.;]|$)/.test(ctx.masked.slice(v.end, v.end + 3));
    return {
      speaker: null,
      verb: v,
      how: v.start >= qe ? NO_SUBJECT_AFTER : NO_SUBJECT_BEFORE,
      verbWithoutSpeaker: adjacent,
    };
  }
  // A colon before the quotation introduces it: `Smith, chief executive: "…"`.
  let c = qs - 1;
  while (c > frame.start && /\s/.test(ctx.masked[c])) c--;
  // A bare name right before the quotation, opening the sentence, is a speaker left without a
  // verb (`Mr. Livingston “We are proud…`).
  if (ctx.masked[c] !== ':' && !q.continues && c > frame.start) {
    const region = wordsIn(ctx.masked, frame.start, qs);
    if (
      region.length &&
      region.length <= 5 &&
      region.every((w) => /^\p{Lu}/u.test(w.text)) &&
      region[0].start === frame.start &&
      !/[\u0001]/.test(ctx.masked.slice(frame.start, qs))
    ) {
      const sp = speakerBefore(ctx, frame.start, region[region.length - 1].end);
      if (sp && sp.kind === 'name') {
        return {
          speaker: sp,
          verb: null,
          how: NAME_BEFORE,
          verbless: [region[0].start, region[region.length - 1].end],
        };
      }
    }
  }
  if (ctx.masked[c] === ':' && !q.continues) {
    const sp = speakerBefore(ctx, frame.start, c, true);
    let s = c;
    while (s > frame.start && !/[.;\u0001]/.test(ctx.masked[s - 1])) s--;
    const region = wordsIn(ctx.masked, s, c);
    const clause = region.some((w) => FINITE.test(w.lower));
    if (sp && sp.kind === 'name' && !clause && region.length > 0 && region[0].start === sp.start) {
      return { speaker: sp, verb: null, how: COLON_NO_VERB, verbless: [region[0].start, c + 1] };
    }
    return { speaker: sp, verb: null, how: COLON };
  }
  return null;
}

const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being|get|got)\s+(?:\p{L}+ly\s+)?$/iu;
const PLEA_AFTER = /^\s+(?:not\s+)?(?:guilty|innocent|no\s+contest|nolo|the\s+fifth)\b/i;
const DETERMINERS_ALONE = /^(?:the|a|an|this|that|these|those|its|his|her|their)$/i;

/** Claims of paraphrase: every strong speech verb of the frame with its speaker. */
export function claimsOf(ctx: FrameContext, frame: Frame, verbs: VerbUse[], used: ReadonlySet<number>): Claim[] {
  const out: Claim[] = [];
  for (const v of verbs) {
    if (used.has(v.start)) continue;
    if (v.form.tense === 'other' && !v.according) continue;
    if (isWeakSpeechVerb(v.form)) continue;
    // "is underscored by", "were told": a passive's subject is not who spoke. "pleaded not
    // guilty": a plea is entered, not said.
    const before = ctx.masked.slice(Math.max(frame.start, v.start - 12), v.start);
    if (v.form.tense === 'past' && PASSIVE_BEFORE.test(before)) continue;
    if (v.form.lemma === 'plead' && PLEA_AFTER.test(ctx.masked.slice(v.end, v.end + 20))) continue;
    const sp = speakerOf(ctx, frame, v);
    if (sp && !(sp.kind === 'descriptor' && /^\S+$/.test(sp.text) && DETERMINERS_ALONE.test(sp.text)))
      out.push({ verb: v, speaker: sp, paragraph: frame.paragraph, quotation: -1 });
  }
  return out;
}

export function isSpeech(q: Quotation): boolean {
  return q.depth === 0 && (q.kind === 'direct' || q.kind === 'partial');
}
