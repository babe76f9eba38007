// Speakers the sentence does not name but the page does. Read after carry-over, only for speech
// quotations still without a speaker or a verb:
// - a paragraph ending in a colon introduces what follows (`The minister told parliament:` ⏎
//   `“…”`, `Selected excerpts:` ⏎ `“…”` ⏎ `“…”`): the quotations of the paragraphs after it that are
//   nothing but quotations;
// - a question-and-answer layout: a question line, then the answer in quotation marks;
// - a quotation that runs on into the next paragraph is attributed where it ends (`"…` ⏎ `"…,"
//   said Holmes.`);
// - the next paragraph points back to it (`“…”` ⏎ `Those were the last words her father said…`).
// None of these is a gap a desk would mark, so they are not reported as missing.

import type { AttributionHow, Paragraph, Speaker } from '../types';
import { firstMentionFrom, type Context } from './context';
import type { Claim, Found } from './speakers';
import { isSpeech } from './speakers';
import { isWeakSpeechVerb, speechVerb } from '../lexicon/speech';

const INTRODUCED: AttributionHow = { kind: 'layout', form: 'introduced' };
const ANSWER: AttributionHow = { kind: 'layout', form: 'answer' };

/** The paragraph's own words with its quotations blanked, trimmed. */
function masked(ctx: Context, p: Paragraph): string {
  return ctx.masks.slice(p.start, p.end).trim();
}

/** Nothing but quotations and punctuation. */
function onlyQuotations(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}

/** `Those were the words…`, `That is what…`, `So said…`: a sentence that points back. */
const POINTS_BACK =
  /^(?:those|these|that|this|such|so)\s+(?:were|was|is|are|had|has|said|says|wrote|writes|came|comes|read|reads|\p{L}+\s+(?:words|remarks|comments|lines))\b/iu;

/** A finite speech verb that attributes by itself ("said", "added"), not one that needs its quotation. */
function attributingVerb(word: string | undefined): boolean {
  const form = word ? speechVerb(word.toLowerCase()) : undefined;
  return !!form && form.tense !== 'other' && !isWeakSpeechVerb(form);
}

/**
 * A line that is only a name and its title (`Avik Das, Executive Director of the JAC.`), as a
 * scraper leaves an attribution broken over lines: the speaker it names, or null.
 */
const SIGNATURE = /^\s*[-–—―]\s*\p{Lu}/u;

function nameLine(ctx: Context, p: Paragraph): Speaker | null {
  const line = ctx.doc.prose.slice(p.start, p.end);
  if (/\u0001/.test(ctx.masks.slice(p.start, p.end)) || (line.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) > 14) return null;
  // The last person the line names ("Cook County State’s Attorney Eileen O’Neill Burke").
  let found: Speaker | null = null;
  for (let i = firstMentionFrom(ctx, p.start); i < ctx.mentions.length && ctx.mentions[i].start < p.end; i++) {
    const m = ctx.mentions[i];
    if (/[.!?;]/.test(line.slice(0, m.start - p.start))) break;
    const e = m.entity >= 0 ? ctx.entities[m.entity] : undefined;
    if (!e || e.kind === 'person')
      found = { start: m.start, end: m.end, text: m.text, kind: 'name', entity: m.entity >= 0 ? m.entity : -1 };
  }
  if (found) return found;
  // A name the names work did not list: two capitalised words or more opening the line.
  const run = /^\s*(?:[-–—―]\s*)?((?:\p{Lu}[\p{L}’'.-]*\s+){1,5}\p{Lu}[\p{L}’'-]*)\s*[,.]?/u.exec(line);
  if (!run) return null;
  const start = p.start + line.indexOf(run[1]);
  return { start, end: start + run[1].length, text: run[1], kind: 'name', entity: -1 };
}

/** A sentence of a few words with no quotation in it: room for a speaker and a verb, no more. */
function shortLine(sentence: string): boolean {
  return !/["“”«»]/.test(sentence) && (sentence.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= 10;
}

export function layoutSpeakers(ctx: Context, found: Array<Found | null>, claims: readonly Claim[]): void {
  const { quotations, doc } = ctx;
  const paragraphs = doc.paragraphs;
  // Quotations that still need one, by paragraph; most drafts have none, and then nothing is read.
  const open: number[] = [];
  for (let i = 0; i < quotations.length; i++) {
    const q = quotations[i];
    const f = found[i];
    if (isSpeech(q) && !(f && (f.speaker || f.verb || f.verbless))) open.push(i);
  }
  if (!open.length) return;

  // A quotation that runs on is attributed where it ends: walk back from the last paragraph.
  for (let k = open.length - 1; k >= 0; k--) {
    const qi = open[k];
    const q = quotations[qi];
    if (!q.runsOn) continue;
    // Quotations are in text order: the continuation is among the next paragraph's first ones.
    let next = -1;
    for (let j = qi + 1; j < quotations.length && quotations[j].paragraph <= q.paragraph + 1; j++) {
      const c = quotations[j];
      if (c.continues && c.paragraph === q.paragraph + 1 && c.depth === 0) {
        next = j;
        break;
      }
    }
    const f = next >= 0 ? found[next] : null;
    if (f && f.speaker)
      found[qi] = {
        speaker: f.speaker,
        verb: null,
        how: { kind: 'layout', form: 'runs-on', to: quotations[next].paragraph },
      };
  }

  // Each paragraph is read once (a paragraph of many quotations must not be read once per quotation).
  let c = 0;
  let introduced = -1; // the paragraph an unbroken run of quotation-only paragraphs hangs from
  let lastPara = -1;
  let prev = '';
  let pointsBack = false;
  for (const qi of open) {
    const f0 = found[qi];
    if (f0 && (f0.speaker || f0.verb)) continue;
    const q = quotations[qi];
    const p = paragraphs[q.paragraph];
    if (!p) continue;
    const before = q.paragraph > 0 ? paragraphs[q.paragraph - 1] : undefined;
    const after = paragraphs[q.paragraph + 1];
    const firstInParagraph = q.paragraph !== lastPara;
    if (firstInParagraph) {
      lastPara = q.paragraph;
      prev = before ? masked(ctx, before) : '';
      if (before) {
        const own = masked(ctx, p);
        if (prev.endsWith(':')) introduced = q.paragraph;
        else if (!(introduced === q.paragraph - 1 && onlyQuotations(prev) && onlyQuotations(own))) introduced = -1;
        else introduced = q.paragraph;
      }
      pointsBack =
        !!after && POINTS_BACK.test(doc.prose.slice(after.start, Math.min(after.end, after.start + 80)).trimStart());
    }
    if (introduced === q.paragraph) {
      found[qi] = { speaker: null, verb: null, how: INTRODUCED };
      continue;
    }
    // The answer to a question line: the quotation opens its paragraph.
    if (
      firstInParagraph &&
      prev.endsWith('?') &&
      !/\u0001/.test(prev) &&
      ctx.masks.slice(p.start, q.open >= 0 ? q.open : q.start).trim() === ''
    ) {
      found[qi] = { speaker: null, verb: null, how: ANSWER };
      continue;
    }
    // A line break a scraper put inside the sentence: `“…,”` ⏎ `said State Senator Laura Murphy.`,
    // `“…,”` ⏎ `Cook County` ⏎ `State’s Attorney Eileen O’Neill Burke said.` The quotation ends its
    // paragraph; the next lines are fragments (no full stop) up to the one with the verb.
    const endsParagraph =
      q.close >= 0 && p.end - q.close <= 4 && !/[\p{L}\p{N}]/u.test(doc.prose.slice(q.close + 1, p.end));
    const handsOn = endsParagraph && /[,—–-]\s*$/.test(doc.text.slice(Math.max(q.start, q.end - 4), q.end));
    let target = after;
    if (handsOn) {
      for (let k = q.paragraph + 1; k < Math.min(paragraphs.length, q.paragraph + 3); k++) {
        const line = doc.prose.slice(paragraphs[k].start, paragraphs[k].end).trim();
        target = paragraphs[k];
        if (/[.!?:;"”]$/.test(line) || line.length > 80) break;
        if (!paragraphs[k + 1]) break;
      }
    }
    // Or the next line is an attribution on its own (`Brooklyn DA Gonzalez said.`).
    const ownLine =
      endsParagraph &&
      !!after &&
      after.sentences[1] - after.sentences[0] >= 1 &&
      shortLine(doc.prose.slice(after.start, doc.sentences[after.sentences[0]]?.end ?? after.end));
    // A signature line: `“…”` ⏎ `- DA Creuzot` or `— Mara Quinn, tenant` (pull quotes in annual
    // reports and newsletters): a dash, then a name, on a short line of its own.
    if (endsParagraph && after && SIGNATURE.test(doc.prose.slice(after.start, Math.min(after.end, after.start + 8)))) {
      const named = nameLine(ctx, after);
      if (named) {
        found[qi] = { speaker: named, verb: null, how: { kind: 'layout', form: 'signature', to: after.index } };
        continue;
      }
    }
    // The next paragraph says who, pointing back (`Those were the last words her father said`) or
    // finishing the sentence.
    if (after && target && (handsOn || pointsBack || ownLine)) {
      // The first speaker in the first sentence of the lines from `after` to `target`.
      while (c < claims.length && claims[c].paragraph < after.index) c++;
      for (let j = c; j < claims.length && claims[j].paragraph <= target.index; j++) {
        const cl = claims[j];
        const s = doc.sentences[paragraphs[cl.paragraph].sentences[0]];
        if (!s || cl.verb.start >= s.end || !cl.speaker) continue;
        found[qi] = { speaker: cl.speaker, verb: null, how: { kind: 'layout', form: 'points-back', to: cl.paragraph } };
        break;
      }
      // `“…,”` ⏎ `State’s Attorney Eileen O’Neill Burke` ⏎ `said.`: the name has a line of its own.
      if (
        handsOn &&
        !found[qi] &&
        target.index > after.index &&
        attributingVerb(/^\s*(\p{L}+)/u.exec(doc.prose.slice(target.start, target.start + 24))?.[1])
      ) {
        const named = nameLine(ctx, after);
        if (named)
          found[qi] = { speaker: named, verb: null, how: { kind: 'layout', form: 'points-back', to: after.index } };
      }
    }
    // `“…,” said` ⏎ `Avik Das, Executive Director of the JAC.` ⏎ `“…”`: the name line before this
    // paragraph is the speaker of the line that ended on the verb, and of this quotation after it.
    const twoBefore = q.paragraph > 1 ? paragraphs[q.paragraph - 2] : undefined;
    const lead = firstInParagraph ? ctx.masks.slice(p.start, q.open >= 0 ? q.open : q.start) : '';
    const verbLed = /^\s*\p{L}+[.,]?\s*$/u.test(lead) && attributingVerb(/\p{L}+/u.exec(lead)?.[0]);
    const verbEnded =
      !!twoBefore &&
      attributingVerb(
        /(\p{L}+)\s*$/u.exec(doc.prose.slice(Math.max(twoBefore.start, twoBefore.end - 24), twoBefore.end))?.[1],
      );
    if (!found[qi] && firstInParagraph && before && (verbEnded || verbLed)) {
      const named = nameLine(ctx, before);
      if (named) found[qi] = { speaker: named, verb: null, how: { kind: 'carried-over', from: before.index } };
    }
  }
}
