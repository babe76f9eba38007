// Said and says mixed as attribution verbs in one draft. News copy keeps one tense (usually the
// past; features often the present). The minority is reported, with the safe fix of the majority
// form of the same verb; on a tie the present gives way, since "said" is the news default.

import type { Finding } from '../types';
import type { Context } from './context';
import type { Claim } from './speakers';
import { finding } from '../finding';
import { sameCase } from './fixes';
import { isWeakSpeechVerb } from '../lexicon/speech';

export function tenseFindings(ctx: Context, claims: readonly Claim[]): Finding[] {
  // British copy often paraphrases in the present ("the government says") and quotes in the past
  // ("…," he said): that is a convention, not a mix. A mix is two tenses among the verbs that
  // attribute quotations. Once there is one, "said"/"says" in paraphrase count too.
  // A document speaks in the present for good ("the lawsuit claims", "the statute says"): its
  // verbs are no part of the draft's tense.
  const tensed = (c: Claim) =>
    !!c.speaker &&
    c.speaker.kind !== 'document' &&
    !c.verb.according &&
    (c.verb.form.tense === 'past' || c.verb.form.tense === 'present') &&
    ctx.doc.paragraphs[c.paragraph]?.kind === 'prose';
  // Quoted fragments inside paraphrase ("says Juninho “does not wish to remain”") follow the
  // paraphrase, so only full direct quotations count.
  const quotes = (c: Claim) =>
    c.quotation >= 0 && ctx.quotations[c.quotation].kind === 'direct' && tensed(c) && !isWeakSpeechVerb(c.verb.form);
  // Most drafts keep one tense: that is known without a list.
  let seenPast = false;
  let seenPresent = false;
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    if (c.verb.form.tense === 'past' ? seenPast : c.verb.form.tense === 'present' ? seenPresent : true) continue;
    if (!quotes(c)) continue;
    if (c.verb.form.tense === 'past') seenPast = true;
    else seenPresent = true;
    if (seenPast && seenPresent) break;
  }
  if (!seenPast || !seenPresent) return [];
  const quoting = claims.filter(quotes);
  const uses = [...quoting, ...claims.filter((c) => c.quotation < 0 && tensed(c) && c.verb.form.lemma === 'say')];
  const past = uses.filter((c) => c.verb.form.tense === 'past');
  const present = uses.filter((c) => c.verb.form.tense === 'present');
  const majority = past.length >= present.length ? 'past' : 'present';
  const minority = majority === 'past' ? present : past;
  const example = (majority === 'past' ? past : present)[0];
  return minority
    .sort((a, b) => a.verb.start - b.verb.start)
    .map((c) => {
      const target = majority === 'past' ? c.verb.form.past : c.verb.form.present;
      const replacement = sameCase(c.verb.text, target);
      const message =
        past.length === present.length
          ? `“${c.verb.text}” is in the present tense; this draft's attributions are split between past and present (${past.length} each), and news copy uses the past.`
          : `“${c.verb.text}” is in the ${c.verb.form.tense} tense, but most attributions in this draft are in the ${majority} (${majority === 'past' ? past.length : present.length} to ${minority.length}).`;
      const edits = [{ offset: c.verb.start, length: c.verb.end - c.verb.start, newText: replacement }];
      return finding('attribution/tense', message, c.verb.start, c.verb.end - c.verb.start, {
        related: [
          {
            offset: example.verb.start,
            length: example.verb.end - example.verb.start,
            message: `an attribution in the ${majority} tense`,
          },
        ],
        fixes: [{ title: `Change to “${replacement}”`, edits, safe: true, preferred: true }],
      });
    });
}
