// Attribution: every direct quotation has a speaker, every attribution a speech verb.
// The passes, in order: what each quotation is (quotationKinds), who said it in its own sentence
// (speakers), in its paragraph, or by carry-over from the paragraph before (carryOver); then what
// the attributions themselves get wrong (no verb, unresolved speaker, vague source, mixed tense,
// loaded verb).

import type { AnalysisCache } from '../memo';
import type { AnalysisOptions, Attribution, AttributionHow, Document, Finding, Quotation } from '../types';
import type { NameResult } from '../names';
import { sortedMentions, type Context } from './context';
import { Masks } from './masks';
import { readDraft } from './readings';
import { isSpeech } from './speakers';
import { carriedAgainstItself, carryOver } from './carryOver';
import { layoutSpeakers } from './layout';
import { doubleVerbFindings, lateFindings } from './placement';
import { readsAsEnglish } from './language';
import { checkSpeakers } from './resolution';
import { RoleIndex } from './descriptors';
import { nonSpeechGesture, speechVerb } from '../lexicon/speech';
import { paragraphAt } from '../document';
import { tenseFindings } from './tense';
import { loadedVerbFindings } from './loadedVerbs';
import {
  carriedAwayFinding,
  gestureFinding,
  missingFinding,
  noVerbFinding,
  speakerlessVerbFinding,
  vagueFinding,
  verblessColonFinding,
} from './fixes';

const NONE: AttributionHow = { kind: 'none' };

export interface AttributionResult {
  attributions: Attribution[];
  findings: Finding[];
}

export function checkAttribution(
  doc: Document,
  quotations: Quotation[],
  names: NameResult,
  options: AnalysisOptions,
  cache?: AnalysisCache,
): AttributionResult {
  const ctx: Context = {
    doc,
    text: doc.text,
    masks: new Masks(doc.prose, quotations),
    quotations,
    mentions: sortedMentions(names.mentions),
    rawMentions: names.mentions,
    entities: names.entities,
  };
  const findings: Finding[] = [];
  const english = readsAsEnglish(doc.prose, cache);

  // 1. What each quotation is, and who said it in its own sentence; every speech verb's claim.
  const reading = readDraft(ctx, english, cache);
  const { found, claims } = reading;

  // 2. From the paragraph, then from the paragraph before (carry-over).
  carryOver(ctx, found, claims);
  layoutSpeakers(ctx, found, claims);

  // 3. The verbless attributions after a closing mark (read from the marks, not the pairs).
  const verbless = english ? reading.verbless().filter((v) => !verbOnNextLine(doc, v.end)) : [];
  const verblessAt = new Map(verbless.map((v) => [v.mark, v]));

  const attributions: Attribution[] = [];
  const setAside = new Set<number>();
  quotations.forEach((q, qi) => {
    if (!isSpeech(q)) return;
    let f = found[qi];
    const v = q.close >= 0 ? verblessAt.get(q.close) : undefined;
    if (
      v &&
      (!f || !f.speaker || f.how.kind === 'inherits' || f.how.kind === 'carried-over' || f.how.kind === 'layout')
    ) {
      f = {
        speaker: {
          start: v.head.start,
          end: v.head.end,
          text: doc.text.slice(v.head.start, v.head.end),
          kind: 'descriptor',
          entity: -1,
        },
        verb: null,
        how: { kind: 'no-verb', form: 'after-quotation' },
      };
      found[qi] = f;
      // The verb read in its sentence belonged to something else ("whose remarks were…").
      setAside.add(qi);
    }
    attributions.push({
      quotation: qi,
      speaker: f?.speaker ?? null,
      verb: f?.verb ? { start: f.verb.start, end: f.verb.end, text: f.verb.text } : null,
      how: f?.how ?? NONE,
    });
  });

  if (!english) return { attributions, findings };
  const live = setAside.size ? claims.filter((c) => !setAside.has(c.quotation)) : claims;

  // 4. Findings.
  for (let i = 0; i < verbless.length; i++) findings.push(noVerbFinding(doc, verbless[i]));
  for (let i = 0; i < attributions.length; i++) {
    const a = attributions[i];
    const q = quotations[a.quotation];
    const para = doc.paragraphs[q.paragraph];
    if (q.malformed || !para || para.kind !== 'prose') continue;
    const f = found[a.quotation];
    if (f?.verbless) {
      findings.push(verblessColonFinding(doc, f.verbless));
      continue;
    }
    if (f?.verbWithoutSpeaker && f.verb) {
      findings.push(speakerlessVerbFinding(f.verb));
      continue;
    }
    if (!a.speaker && !(f && f.verb) && a.how.kind !== 'layout' && !markError(ctx, a.quotation, para))
      findings.push(missingFinding(doc, q));
    const gesture = f?.verb && a.speaker ? nonSpeechGesture(f.verb.form) : undefined;
    if (gesture && f?.verb && f.verb.form.tense !== 'other') findings.push(gestureFinding(f.verb, gesture));
  }
  for (const a of carriedAgainstItself(ctx, attributions, live)) {
    const q = quotations[a.quotation];
    if (!q.malformed && doc.paragraphs[q.paragraph]?.kind === 'prose')
      findings.push(carriedAwayFinding(doc, q, a.speaker!.text));
  }
  findings.push(...checkSpeakers(ctx, attributions, live, new RoleIndex((w) => reading.firstRoleWord(w))));
  findings.push(...doubleVerbFindings(ctx, attributions));
  const spoken = new Uint8Array(doc.paragraphs.length);
  for (const c of live) if (c.speaker && c.paragraph >= 0 && c.paragraph < spoken.length) spoken[c.paragraph] = 1;
  for (const a of attributions)
    if (a.speaker && a.how.kind === 'in-sentence') spoken[quotations[a.quotation].paragraph] = 1;
  findings.push(...lateFindings(ctx, attributions, spoken));
  const vague = reading.vague();
  for (let i = 0; i < vague.length; i++) findings.push(vagueFinding(vague[i]));
  findings.push(...tenseFindings(ctx, live));
  findings.push(...loadedVerbFindings(ctx, live, options.loadedVerbs));
  findings.sort((a, b) => a.offset - b.offset);
  return { attributions, findings };
}

/**
 * A quotation-mark error in the quotation's paragraph: a quotation there the pairing marked
 * malformed, or a double mark it left out of every quotation. The quotes check reports it, and the
 * quotations around it are paired wrong (`“…,” said Nora Valdez. Most of us drive…”` pairs the
 * second closer with a mark that is not there), so a missing speaker read off those pairs is a
 * cascade of the one error, not a second one.
 */
function markError(ctx: Context, qi: number, p: { start: number; end: number }): boolean {
  const qs = ctx.quotations;
  const k = qs[qi].paragraph;
  for (let j = qi; j >= 0 && qs[j].paragraph === k; j--) if (qs[j].malformed) return true;
  for (let j = qi + 1; j < qs.length && qs[j].paragraph === k; j++) if (qs[j].malformed) return true;
  return /["“”„«»]/.test(ctx.masks.slice(p.start, p.end));
}

/**
 * A verbless attribution that stops at its paragraph's end without a full stop, where the next
 * line's first sentence has the verb: a line break a scraper put inside the sentence
 * (`,” Dallas County` ⏎ `Criminal District Attorney John Creuzot said.`).
 */
function verbOnNextLine(doc: Document, end: number): boolean {
  const k = paragraphAt(doc, Math.max(0, end - 1));
  const p = doc.paragraphs[k];
  const next = doc.paragraphs[k + 1];
  if (
    !p ||
    !next ||
    /[.!?;:]/.test(doc.prose.slice(end, p.end)) ||
    /[.!?;:]\s*$/.test(doc.prose.slice(Math.max(p.start, end - 2), end))
  )
    return false;
  const s = doc.sentences[next.sentences[0]];
  const line = doc.prose.slice(next.start, s ? s.end : next.end);
  for (const w of line.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const f = speechVerb(w);
    if (f && f.tense !== 'other') return true;
  }
  return false;
}
