// Loaded attribution verbs: "claimed" casts doubt, "admitted" implies a confession, "smiled" is not
// a way of speaking. "Said" is neutral. Only a verb that attributes is reported: one that carries a
// quotation, or one followed by what was said ("He admitted the terminal would open late"), never
// "admitted to hospital" or "claimed the title".

import type { Finding } from '../types';
import type { Context } from './context';
import type { Claim } from './speakers';
import { finding } from '../finding';
import { wordsIn } from './frames';
import { loadedLemmas } from '../lexicon/speech';
import { sameCase } from './fixes';

const CLAUSE_FOLLOWS = /^(?:that|he|she|they|it|we|i|there)$/;
const FINITE = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|might|must|did|does)$/;

/** "Ms Villalba's claims", "its claims", "makes claims", "snapped up": nouns and phrasal verbs. */
const NOUN_BEFORE =
  /(?:\b(?:the|its|his|her|their|our|my|your|these|those|such|new|any|no|all|some|many|make|makes|made|making|of|into|about|against|over|false|fraudulent|submit|submitted|submits|file|filed|files)|['’]s)\s+$/i;
/** "claims of service", "snapped up": a noun before "of", and phrasal verbs. */
const PARTICLE_AFTER = /^\s+(?:up|off|out|back|at|to|of)\b/i;
/** Where the clause a verb governs ends: a coordinated verb after these is another clause. */
const CLAUSE_END = /^(?:but|and|or|while|whereas|although|though|yet)$/;
const SELF = /^(?:he|she|they|i|we)$/;

function attributes(ctx: Context, c: Claim): boolean {
  // All it reads of the masked text: from a few characters before the verb to 80 after it.
  const from = Math.max(0, c.verb.start - 12);
  const masked = ctx.masks.slice(from, c.verb.end + 80);
  const start = c.verb.start - from;
  const end = c.verb.end - from;
  const before = masked.slice(0, start);
  if (NOUN_BEFORE.test(before) || PARTICLE_AFTER.test(masked.slice(end, end + 6))) return false;
  if (c.quotation >= 0) return true;
  let stop = end;
  while (stop < masked.length && !/[.;!?\n]/.test(masked[stop])) stop++;
  let next = wordsIn(masked, end, stop).slice(0, 7);
  // "has not admitted any liability but has cooperated": the finite verb after "but" is not what
  // was admitted.
  const cut = next.findIndex((w) => CLAUSE_END.test(w.lower));
  if (cut >= 0) next = next.slice(0, cut);
  if (!next.length) return false;
  if (/^[\s,]*:/.test(masked.slice(end, next[0].start))) return true;
  if (next[0].lower === 'that') next = next.slice(1);
  // "admitted he was frustrated": what speakers own up to about themselves is a self-report, the
  // usual sports-desk and feature idiom; the rule keeps to claims about the world.
  if (!next.length || SELF.test(next[0].lower)) return false;
  if (CLAUSE_FOLLOWS.test(next[0].lower)) return true;
  return next.slice(1).some((w) => FINITE.test(w.lower));
}

const PERSONAL = /^(?:he|she)$/i;

/**
 * A paraphrase that carries on the account of the person just quoted ("…,” Serikbayev claimed. He
 * admitted the terminal would open late.): the writer is still characterising that speaker's
 * words, the quotation's job, so the verb is read as one. A paraphrase standing on its own keeps
 * its meaning (an admission, a disputed claim).
 */
function continuesQuoted(claims: readonly Claim[], i: number): boolean {
  const c = claims[i];
  if (!c.speaker || c.speaker.kind !== 'pronoun' || !PERSONAL.test(c.speaker.text)) return false;
  const prev = claims[i - 1];
  return !!prev && prev.paragraph === c.paragraph && prev.quotation >= 0;
}

const NON_PERSON_PRONOUN = /^(?:it|its|they|we)$/i;

function speaksAsPerson(ctx: Context, c: Claim): boolean {
  const sp = c.speaker!;
  if (sp.kind === 'organisation' || sp.kind === 'document') return false;
  if (sp.kind === 'pronoun' && NON_PERSON_PRONOUN.test(sp.text)) return false;
  const entity = sp.entity >= 0 ? ctx.entities[sp.entity] : undefined;
  return !entity || entity.kind !== 'organisation';
}

function neutral(tense: string): string {
  return tense === 'past' ? 'said' : tense === 'present' ? 'says' : 'saying';
}

export function loadedVerbFindings(
  ctx: Context,
  claims: readonly Claim[],
  configured: readonly string[] | undefined,
): Finding[] {
  const loaded = loadedLemmas(configured);
  if (!loaded.size) return [];
  const out: Finding[] = [];
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    if (!loaded.has(c.verb.form.lemma) || !c.speaker) continue;
    // Only the verb of a quotation, where "said" is the plain choice. In paraphrase ("Blair
    // claimed a Tory government would cut…", "Neville admitted there had been incidents") edited
    // copy uses "claimed" and "admitted" for what they mean: a disputed claim, an admission.
    if (c.quotation < 0 && !continuesQuoted(claims, i)) continue;
    // The rule is about how a person's words are characterised. A company or a court filing
    // "claims" in the ordinary language of business and legal reporting.
    if (!speaksAsPerson(ctx, c)) continue;
    if (ctx.doc.paragraphs[c.paragraph]?.kind !== 'prose') continue;
    if (!attributes(ctx, c)) continue;
    const form =
      c.verb.form.tense === 'other' && c.verb.lower === c.verb.form.lemma ? 'say' : neutral(c.verb.form.tense);
    const replacement = sameCase(c.verb.text, form);
    const edits = [{ offset: c.verb.start, length: c.verb.end - c.verb.start, newText: replacement }];
    out.push(
      finding(
        'attribution/loaded-verb',
        `“${c.verb.text}” judges the words it attributes; “${replacement}” is neutral.`,
        c.verb.start,
        c.verb.end - c.verb.start,
        {
          fixes: [{ title: `Replace with “${replacement}”`, edits, safe: false, preferred: true }],
        },
      ),
    );
  }
  return out;
}
