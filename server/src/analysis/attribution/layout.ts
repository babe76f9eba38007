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

import type { AttributionHow, Paragraph, Quotation, Speaker } from '../types';
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
  forwardOverCarried(ctx, found, claims);
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
  const items = listItems(ctx);
  let lastPara = -1;
  let prev = '';
  let pointsBack = false;
  const statement = statementLine(ctx, claims);
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
        if (prev.endsWith(':') || items.has(q.paragraph)) introduced = q.paragraph;
        else if (introduced === q.paragraph - 1 && onlyQuotations(prev) && onlyQuotations(own))
          introduced = q.paragraph;
        else introduced = -1;
      }
      pointsBack =
        !!after && POINTS_BACK.test(doc.prose.slice(after.start, Math.min(after.end, after.start + 80)).trimStart());
    }
    if (introduced === q.paragraph) {
      found[qi] = { speaker: null, verb: null, how: INTRODUCED };
      continue;
    }
    // The rest of a quotation that ran on from the paragraph before is the same voice, however the
    // page gave the first part its speaker (an answer, a colon, a signature).
    if (q.continues && q.depth === 0) {
      let j = qi - 1;
      while (j >= 0 && quotations[j].paragraph === q.paragraph) j--;
      for (; j >= 0 && quotations[j].paragraph === q.paragraph - 1; j--)
        if (quotations[j].runsOn && quotations[j].depth === 0) break;
      const from = j >= 0 && quotations[j].runsOn && quotations[j].depth === 0 ? found[j] : null;
      if (from && from.how.kind === 'layout') {
        found[qi] = { speaker: from.speaker, verb: null, how: from.how };
        continue;
      }
    }
    // The body of a statement whose heading names who makes it (`Statement from County Prosecutor
    // Janet Okoro on…`), up to the first quotation the body gives someone else.
    if (statement && q.paragraph > statement.paragraph && q.start < statement.until) {
      found[qi] = {
        speaker: statement.speaker,
        verb: null,
        how: { kind: 'layout', form: 'points-back', to: statement.paragraph },
      };
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
      // `These were the words used by the lead prosecutor…`: no speech verb with a subject, but
      // the sentence is about the words; the speaker is whoever it names, if a name.
      if (!found[qi] && pointsBack && aboutWords(ctx, after))
        found[qi] = {
          speaker: personIn(ctx, after),
          verb: null,
          how: { kind: 'layout', form: 'points-back', to: after.index },
        };
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

/** Nouns for what someone said, read in a sentence pointing back to a quotation. */
const WORDS_NOUN =
  /\b(?:words?|remarks?|comments?|message|lines?|statement|speech|plea|warning|advice|answer|reply|response|testimony|sentiments?)\b/i;

/** The first sentence of `p` talks about words said: a noun of speech or a speech verb in it. */
function aboutWords(ctx: Context, p: Paragraph): boolean {
  const s = ctx.doc.sentences[p.sentences[0]];
  const sentence = ctx.doc.prose.slice(p.start, s ? s.end : p.end);
  if (WORDS_NOUN.test(sentence)) return true;
  for (const w of sentence.toLowerCase().match(/\p{L}+/gu) ?? []) if (speechVerb(w)) return true;
  return false;
}

/** `…used by`, `the remarks of`, `words from`, and up to four words of title: where a speaker is named. */
const NAMED_BY = /\b(?:by|of|from)\s+(?:[\p{L}.’'-]+\s+){0,4}$/u;

/**
 * The person the first sentence of `p` names as the one whose words they were (`the words used by
 * Judge Combs`, `the remarks of…`), as a speaker, or null. Read to the first full stop: a sentence
 * the segmenter ran on ("arguments. 37-year-old Perkins…") names other people after it.
 */
function personIn(ctx: Context, p: Paragraph): Speaker | null {
  const s = ctx.doc.sentences[p.sentences[0]];
  const line = ctx.doc.prose.slice(p.start, s ? s.end : p.end);
  const stop = /[.!?](?:\s|$)/.exec(line);
  const end = p.start + (stop ? stop.index : line.length);
  for (let i = firstMentionFrom(ctx, p.start); i < ctx.mentions.length && ctx.mentions[i].start < end; i++) {
    const m = ctx.mentions[i];
    const e = m.entity >= 0 ? ctx.entities[m.entity] : undefined;
    if (!e || e.kind !== 'person') continue;
    if (!NAMED_BY.test(ctx.doc.prose.slice(Math.max(p.start, m.start - 48), m.start))) continue;
    return { start: m.start, end: m.end, text: m.text, kind: 'name', entity: m.entity };
  }
  return null;
}

/**
 * The paragraphs that are items of a list of quoted labels a colon introduced, each alone or with
 * its gloss in the paragraph after it (`…in three forms:` ⏎ `“Your card was cloned.”` ⏎ `They pose
 * as the bank…` ⏎ `“You have won.”` ⏎ …). An item may have got a speaker from the gloss before it
 * ("The caller asks…"), so the list is read from every quotation, not only the open ones.
 */
function listItems(ctx: Context): Set<number> {
  const out = new Set<number>();
  const { quotations, doc } = ctx;
  for (let i = 0; i < quotations.length; i++) {
    const q = quotations[i];
    if (q.depth !== 0 || q.paragraph === 0 || (i > 0 && quotations[i - 1].paragraph === q.paragraph)) continue;
    if (!labelItem(ctx, q)) continue;
    const k = q.paragraph;
    const prev = masked(ctx, doc.paragraphs[k - 1]);
    if (prev.endsWith(':') || out.has(k - 1) || (out.has(k - 2) && !/[\u0001"“”«»]/.test(prev))) out.add(k);
  }
  return out;
}

/**
 * A quoted label: a short quotation that opens its paragraph, alone or with its gloss after a
 * colon or a dash (`“Your card was cloned.” – a caller…`).
 */
function labelItem(ctx: Context, q: Quotation): boolean {
  if (q.end - q.start > 100) return false;
  const p = ctx.doc.paragraphs[q.paragraph];
  if (ctx.masks.slice(p.start, q.open >= 0 ? q.open : q.start).trim() !== '') return false;
  if ((ctx.doc.prose.slice(q.start, q.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) > 12) return false;
  const rest = ctx.masks.slice(q.close >= 0 ? q.close + 1 : q.end, p.end).trimStart();
  return onlyQuotations(rest) || /^[:–—-]/.test(rest);
}

/** `Statement from State Attorney X on…`, `DA X's statement on…`, `X statement regarding…`. */
const STATEMENT_OF = /^\s*(?:(?:joint|official|a)\s+)?statement\s+(?:from|by|of)\s+\S/i;
const STATEMENT_ON =
  /^[^.!?:;]{3,120}?(?:[’']s)?\s+(?:official\s+|joint\s+)?statement\s+(?:on|regarding|about|concerning|after|following|in\s+response)\b/i;

/**
 * A heading line before the first quotation that says whose statement the draft is: the speaker
 * it names (or none, when it names no one the names work knows), its paragraph, and the offset of
 * the first attribution to a speaker after it (the statement's body ends where someone else is
 * quoted).
 */
function statementLine(
  ctx: Context,
  claims: readonly Claim[],
): { speaker: Speaker | null; paragraph: number; until: number } | null {
  const { doc } = ctx;
  const first = ctx.quotations.length ? ctx.quotations[0].paragraph : doc.paragraphs.length;
  for (let k = 0; k < Math.min(first, 12); k++) {
    const p = doc.paragraphs[k];
    const line = doc.prose.slice(p.start, p.end);
    // A heading: short, no sentence's end, no quotation (`The ministry issued a statement on
    // Monday.` is the writer's sentence, not the draft's title).
    if (line.length > 240 || /[.!?]\s*$/.test(line) || /\u0001/.test(ctx.masks.slice(p.start, p.end))) continue;
    if (!(STATEMENT_OF.test(line) || STATEMENT_ON.test(line))) continue;
    const word = /statement/i.exec(line)!;
    const at = p.start + word.index;
    // The one who makes it: named after "from/by/of", or before "'s statement".
    const [from, to] = STATEMENT_OF.test(line) ? [at, p.end] : [p.start, at];
    let speaker: Speaker | null = null;
    for (let i = firstMentionFrom(ctx, from); i < ctx.mentions.length && ctx.mentions[i].start < to; i++) {
      const m = ctx.mentions[i];
      const e = m.entity >= 0 ? ctx.entities[m.entity] : undefined;
      if (e && e.kind !== 'unknown') {
        speaker = {
          start: m.start,
          end: m.end,
          text: m.text,
          kind: e.kind === 'person' ? 'name' : 'organisation',
          entity: m.entity,
        };
        break;
      }
    }
    let until = doc.text.length;
    for (const cl of claims)
      if (cl.speaker && cl.verb.start > p.end) {
        until = cl.verb.start;
        break;
      }
    return { speaker, paragraph: k, until };
  }
  return null;
}

/**
 * A quotation-only paragraph carried over from the speaker before, when the paragraph after it
 * points back and names its own speaker (`“…”` ⏎ `So said Judge Combs.` ⏎ `“…”` ⏎ `That was how
 * Detective Ruiz described it.`): the forward attribution is the writer's, the carry-over a guess.
 */
function forwardOverCarried(ctx: Context, found: Array<Found | null>, claims: readonly Claim[]): void {
  const { quotations, doc } = ctx;
  const paragraphs = doc.paragraphs;
  let c = 0;
  for (let qi = 0; qi < quotations.length; qi++) {
    const f = found[qi];
    if (!f || f.how.kind !== 'carried-over') continue;
    const q = quotations[qi];
    const p = paragraphs[q.paragraph];
    const after = paragraphs[q.paragraph + 1];
    if (!p || !after || (qi > 0 && quotations[qi - 1].paragraph === q.paragraph)) continue;
    if (!POINTS_BACK.test(doc.prose.slice(after.start, Math.min(after.end, after.start + 80)).trimStart())) continue;
    if (!onlyQuotations(masked(ctx, p))) continue;
    const s = doc.sentences[after.sentences[0]];
    const end = s ? s.end : after.end;
    while (c < claims.length && claims[c].verb.start < after.start) c++;
    for (let j = c; j < claims.length && claims[j].verb.start < end; j++) {
      const sp = claims[j].speaker;
      if (!sp) continue;
      // Every quotation of the paragraph (they all inherited the carried speaker).
      for (let k = qi; k < quotations.length && quotations[k].paragraph === q.paragraph; k++)
        if (found[k]?.how.kind === 'carried-over' || found[k]?.how.kind === 'inherits')
          found[k] = { speaker: sp, verb: null, how: { kind: 'layout', form: 'points-back', to: after.index } };
      break;
    }
  }
}
