// The findings of the attribution rules and their quick fixes. A fix only inserts or swaps the
// words it names; it never drops a character of the draft. Where the right word is the writer's to
// choose (who spoke), the fix is a snippet with a placeholder, never safe, never in fix-all.

import type { Document, Finding, Fix, Quotation } from '../types';
import type { Verbless } from './noVerb';
import type { VerbUse } from './speakers';
import type { VagueSource } from './vague';
import { outerSpan } from './frames';
import { finding } from '../finding';

/** `target` written with the capitalisation of `like` ("Said" → "Says"). */
export function sameCase(like: string, target: string): string {
  if (like === like.toUpperCase() && like.length > 1) return target.toUpperCase();
  if (like[0] !== like[0].toLowerCase()) return target[0].toUpperCase() + target.slice(1);
  return target;
}

function insertion(title: string, offset: number, text: string, snippet?: string): Fix {
  return {
    title,
    edits: [{ offset, length: 0, newText: text }],
    safe: false,
    preferred: true,
    ...(snippet ? { snippet } : {}),
  };
}

/** A direct quotation with no speaker: offer `…,” [speaker] said.` or `[Speaker] said: “…”`. */
export function missingFinding(doc: Document, q: Quotation): Finding {
  const [s, e] = outerSpan(q);
  const fixes: Fix[] = [];
  const text = doc.text;
  let last = q.end - 1;
  while (last > q.start && /\s/.test(text[last])) last--;
  const endsWithComma = text[last] === ',';
  let b = s - 1;
  while (b >= 0 && /[ \t]/.test(text[b])) b--;
  const startsSentence = b < 0 || text[b] === '\n' || /[.!?"”’»]/.test(text[b]);
  if (q.close >= 0 && endsWithComma) {
    fixes.push(insertion('Add who said it after the quotation', q.close + 1, ' speaker said', ' ${1:speaker} said'));
  } else if (q.open >= 0 && startsSentence && q.kind === 'direct') {
    fixes.push(insertion('Add who said it before the quotation', q.open, 'Speaker said: ', '${1:Speaker} said: '));
  } else if (q.close >= 0) {
    fixes.push(
      insertion('Add who said it after the quotation', q.close + 1, ', speaker said,', ', ${1:speaker} said,'),
    );
  }
  const what = q.kind === 'partial' ? 'These quoted words have' : 'This quotation has';
  return finding(
    'attribution/missing',
    `${what} no speaker: nothing in its sentence, its paragraph or the paragraph before says who said it.`,
    s,
    e - s,
    { fixes },
  );
}

/** `"…," said, adding…`: a speech verb with no subject. */
export function speakerlessVerbFinding(verb: VerbUse): Finding {
  return finding(
    'attribution/missing',
    `“${verb.text}” has no subject: say who spoke.`,
    verb.start,
    verb.end - verb.start,
    {
      fixes: [insertion('Add who said it', verb.end, ' speaker', ' ${1:speaker}')],
    },
  );
}

export function noVerbFinding(doc: Document, v: Verbless): Finding {
  const who = doc.text.slice(v.head.start, v.head.end);
  const message = `“${who.length > 60 ? who.slice(0, 59) + '…' : who}” reads as the attribution of the quotation before it, but has no speech verb.`;
  const title = `Add “said”: …${v.insert.trim() === ', said' ? ', said' : ' said'}`;
  const fixes = [insertion(title, v.insertAt, v.insert, v.insert.replace('said', '${1:said}'))];
  // The rewrite an editor makes: the speaker, then "said", the relative clause dropped
  // (`…,” the first deputy chairman of ‘Nur Otan’ said.`). Offered beside the minimal fix, its
  // title shows the sentence it leaves and what it takes out.
  if (v.head.end < v.end) {
    const dropped = doc.text.slice(v.head.end, v.end);
    fixes.push({
      title: `Rewrite: …,${doc.text[v.mark]} ${who} said. (drops “${dropped.replace(/^[\s,]+/, '')}”)`,
      edits: [{ offset: v.head.end, length: v.end - v.head.end, newText: ' said' }],
      safe: false,
    });
  }
  return finding('attribution/no-verb', message, v.start, v.end - v.start, { fixes });
}

/** `Smith, chief executive: "…"` in body copy. */
export function verblessColonFinding(doc: Document, [start, end]: [number, number]): Finding {
  const hasColon = doc.text[end - 1] === ':';
  const colon = hasColon ? end - 1 : end;
  const before = doc.text.slice(start, colon);
  const insert = hasColon ? (/,/.test(before) ? ', said' : ' said') : doc.text[end] === ',' ? ' said' : ' said,';
  const message = hasColon
    ? 'A colon attribution with no verb is headline style; in body copy the attribution needs a verb.'
    : `“${before}” stands before the quotation as its speaker, but has no speech verb.`;
  const title = hasColon ? 'Add “said” before the colon' : 'Add “said”';
  return finding('attribution/no-verb', message, start, end - start, {
    fixes: [insertion(title, colon, insert, insert.replace('said', '${1:said}'))],
  });
}

export function vagueFinding(v: VagueSource): Finding {
  return finding(
    'attribution/vague',
    `“${v.text}” does not say who: name the source, or say why it cannot be named and what it is.`,
    v.start,
    v.end - v.start,
  );
}

/** `“…,” she grinned.`: a verb of the face or the body as the attribution's verb. */
export function gestureFinding(verb: VerbUse, gesture: string): Finding {
  const said = sameCase(verb.text, verb.form.tense === 'present' ? 'says' : 'said');
  const edit = (newText: string) => [{ offset: verb.start, length: verb.end - verb.start, newText }];
  return finding(
    'attribution/no-verb',
    `“${verb.text}” is not a way of speaking: words are said, not ${verb.text}.`,
    verb.start,
    verb.end - verb.start,
    {
      fixes: [
        { title: `Replace with “${said}”`, edits: edit(said), safe: false, preferred: true },
        { title: `Replace with “${said} ${gesture}”`, edits: edit(`${said} ${gesture}`), safe: false },
      ],
    },
  );
}

/** A quotation carry-over gives to a speaker it speaks of in the third person. */
export function carriedAwayFinding(doc: Document, q: Quotation, speaker: string): Finding {
  const f = missingFinding(doc, q);
  f.message = `This quotation follows ${speaker}’s, but speaks of ${speaker} in the third person, so it is not theirs: say who said it.`;
  return f;
}
