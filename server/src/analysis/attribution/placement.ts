// Where an attribution sits and how it reads, once it is found:
// - two speech verbs for one speaker, the residue of an edit (`“…,” said Samir Khoury said.`,
//   `“…,” Baimukhanov told reporters in Astana said.`): attribution/double-verb;
// - more than two quoted sentences before the speaker is named (`“…. …. …,” said Serikuly.`), in
//   one paragraph or across a quotation that runs on: attribution/late. Wire desks attribute a
//   long quotation after its first sentence, so a reader knows early who is talking.

import type { Attribution, Finding, Quotation } from '../types';
import type { Context } from './context';
import { finding } from '../finding';
import { isWeakSpeechVerb, speechVerb } from '../lexicon/speech';
import { outerSpan } from './frames';
import { wordsIn } from './frames';
import { sentenceAt } from '../document';

const PAST_OR_PRESENT = new Set(['past', 'present']);

/** How far after a verb the same attribution may run to a second verb. */
const REACH = 120;

export function doubleVerbFindings(ctx: Context, attributions: readonly Attribution[]): Finding[] {
  const out: Finding[] = [];
  for (const a of attributions) {
    const v = a.verb;
    const sp = a.speaker;
    if (!v || !sp || a.how.kind !== 'in-sentence' || a.how.where !== 'after') continue;
    const first = speechVerb(v.text.toLowerCase());
    if (!first || !PAST_OR_PRESENT.has(first.tense)) continue;
    // Body copy only: a headline or a contact block is not checked.
    const q = ctx.quotations[a.quotation];
    if (q.malformed || ctx.doc.paragraphs[q.paragraph]?.kind !== 'prose') continue;
    // The clause after the verb, to its end: a comma, a stop or another quotation ends it.
    const from = Math.max(v.end, sp.end);
    const stretch = ctx.masks.slice(from, from + REACH);
    const stop = stretch.search(/[,;:.!?\n\u0001(—–]/);
    if (stop < 0) continue;
    const words = wordsIn(stretch, 0, stop);
    if (!words.length || words.length > 6) continue;
    const last = words[words.length - 1];
    const form = speechVerb(last.lower);
    // Both past or present forms: "the ADB report said" is a noun and a verb, not two verbs.
    if (!form || form.tense === 'other' || form.tense !== first.tense || isWeakSpeechVerb(form)) continue;
    // No other verb between: "said Khoury, who said" has a comma; "told reporters in Astana said" does not.
    const second = { start: from + last.start, end: from + last.end };
    const start = Math.min(sp.start, v.start);
    let cut = second.start;
    while (cut > from && /\s/.test(ctx.text[cut - 1])) cut--;
    out.push(
      finding(
        'attribution/double-verb',
        `This attribution has two speech verbs, “${v.text}” and “${last.text}”: one is left over from an edit.`,
        start,
        second.end - start,
        {
          fixes: [
            {
              title: `Delete the second “${last.text}”`,
              edits: [{ offset: cut, length: second.end - cut, newText: '' }],
              safe: false,
              preferred: true,
            },
          ],
        },
      ),
    );
  }
  return out;
}

/** Sentences in the quoted words of `q`, as the document's sentences divide them. */
function sentencesIn(ctx: Context, q: Quotation): number {
  const { sentences } = ctx.doc;
  let i = sentenceAt(ctx.doc, q.start);
  if (i < 0) return 1;
  let n = 1;
  for (i++; i < sentences.length && sentences[i].start < q.end; i++) n++;
  return n;
}

/** More than this many quoted sentences before the speaker is late. */
const MOST = 2;

/**
 * `spoken[k]`: paragraph k names a speaker (a quotation's or a paraphrase's). A quotation that
 * opens its paragraph right after one is heard in a known voice, not late.
 */
export function lateFindings(ctx: Context, attributions: readonly Attribution[], spoken: Uint8Array): Finding[] {
  const out: Finding[] = [];
  const { quotations } = ctx;
  for (const a of attributions) {
    const v = a.verb;
    const sp = a.speaker;
    if (!v || !sp || a.how.kind !== 'in-sentence' || a.how.where !== 'after') continue;
    let q = quotations[a.quotation];
    // A pronoun points back to someone the reader already has in mind.
    if (sp.kind === 'pronoun') continue;
    if (q.malformed || q.kind !== 'direct' || ctx.doc.paragraphs[q.paragraph]?.kind !== 'prose') continue;
    let count = sentencesIn(ctx, q);
    let first = q;
    // A quotation that runs on from the paragraphs before: theirs come first.
    let qi = a.quotation;
    while (first.continues && count <= MOST + 1) {
      let prev = -1;
      for (let j = qi - 1; j >= 0 && quotations[j].paragraph >= first.paragraph - 1; j--) {
        if (quotations[j].runsOn && quotations[j].paragraph === first.paragraph - 1 && quotations[j].depth === 0) {
          prev = j;
          break;
        }
      }
      if (prev < 0) break;
      qi = prev;
      first = quotations[prev];
      count += sentencesIn(ctx, first);
    }
    if (count <= MOST) continue;
    q = first;
    // Late only for a reader who starts the quotation not knowing who talks: it opens its
    // paragraph, and the paragraph before named no speaker.
    const p = ctx.doc.paragraphs[q.paragraph];
    if (
      !p ||
      /[\p{L}\p{N}]/u.test(ctx.masks.slice(p.start, outerSpan(q)[0])) ||
      (q.paragraph > 0 && spoken[q.paragraph - 1])
    )
      continue;
    const start = outerSpan(q)[0];
    const end = Math.max(sp.end, v.end);
    out.push(
      finding(
        'attribution/late',
        `${count} quoted sentences come before the speaker is named: attribute a long quotation after its first sentence.`,
        start,
        end - start,
      ),
    );
  }
  return out;
}
