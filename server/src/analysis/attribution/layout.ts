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

import type { AttributionHow, Paragraph } from '../types';
import type { Context } from './context';
import type { Claim, Found } from './speakers';
import { isSpeech } from './speakers';

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
const POINTS_BACK = /^(?:those|these|that|this|such|so)\s+(?:were|was|is|are|had|has|said|says|wrote|writes|came|comes|read|reads|\p{L}+\s+(?:words|remarks|comments|lines))\b/iu;

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
    const next = quotations.findIndex((c, j) => j > qi && c.continues && c.paragraph === q.paragraph + 1 && c.depth === 0);
    const f = next >= 0 ? found[next] : null;
    if (f && f.speaker) found[qi] = { speaker: f.speaker, verb: null, how: { kind: 'layout', form: 'runs-on', to: quotations[next].paragraph } };
  }

  // Which paragraph each claim's paragraph is, to find a pointing-back sentence's speaker.
  let c = 0;
  let introduced = -1; // the paragraph an unbroken run of quotation-only paragraphs hangs from
  let lastPara = -1;
  for (const qi of open) {
    const f0 = found[qi];
    if (f0 && (f0.speaker || f0.verb)) continue;
    const q = quotations[qi];
    const p = paragraphs[q.paragraph];
    if (!p) continue;
    const before = q.paragraph > 0 ? paragraphs[q.paragraph - 1] : undefined;
    if (before && q.paragraph !== lastPara) {
      lastPara = q.paragraph;
      const prev = masked(ctx, before);
      const own = masked(ctx, p);
      if (prev.endsWith(':')) introduced = q.paragraph;
      else if (!(introduced === q.paragraph - 1 && onlyQuotations(prev) && onlyQuotations(own))) introduced = -1;
      else introduced = q.paragraph;
    }
    if (introduced === q.paragraph) {
      found[qi] = { speaker: null, verb: null, how: INTRODUCED };
      continue;
    }
    // The answer to a question line: the quotation opens its paragraph.
    const prev = before ? masked(ctx, before) : '';
    if (prev.endsWith('?') && !/\u0001/.test(prev) && ctx.masks.slice(p.start, q.open >= 0 ? q.open : q.start).trim() === '') {
      found[qi] = { speaker: null, verb: null, how: ANSWER };
      continue;
    }
    // The next paragraph points back at it with a speaker: `Those were the last words her father said`.
    const after = paragraphs[q.paragraph + 1];
    if (after && POINTS_BACK.test(doc.prose.slice(after.start, after.end).trimStart())) {
      const s = doc.sentences[after.sentences[0]];
      while (c < claims.length && claims[c].paragraph < after.index) c++;
      for (let j = c; j < claims.length && claims[j].paragraph === after.index; j++) {
        const cl = claims[j];
        if (cl.speaker && s && cl.verb.start < s.end) {
          found[qi] = { speaker: cl.speaker, verb: null, how: { kind: 'layout', form: 'points-back', to: after.index } };
          break;
        }
      }
    }
  }
}
