// The findings of the attribution rules and their quick fixes. A fix only inserts or swaps the
// words it names; it never drops a character of the draft. Where the right word is the writer's to
// choose (who spoke), the fix is a snippet with a placeholder, never safe, never in fix-all.

import type { Document, Finding, Fix, Quotation } from '../types';
import type { Verbless } from './noVerb';
import type { VerbUse } from './speakers';
import type { VagueSource } from './vague';
import { outerSpan } from './frames';

/** `target` written with the capitalisation of `like` ("Said" → "Says"). */
export function sameCase(like: string, target: string): string {
  if (like === like.toUpperCase() && like.length > 1) return target.toUpperCase();
  if (like[0] !== like[0].toLowerCase()) return target[0].toUpperCase() + target.slice(1);
  return target;
}

function insertion(title: string, offset: number, text: string, snippet?: string): Fix {
  return { title, edits: [{ offset, length: 0, newText: text }], safe: false, preferred: true, ...(snippet ? { snippet } : {}) };
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
    fixes.push(insertion('Add who said it after the quotation', q.close + 1, ', speaker said,', ', ${1:speaker} said,'));
  }
  const what = q.kind === 'partial' ? 'These quoted words have' : 'This quotation has';
  return {
    rule: 'attribution/missing',
    severity: 'warning',
    message: `${what} no speaker: nothing in its sentence, its paragraph or the paragraph before says who said it.`,
    offset: s,
    length: e - s,
    related: [],
    fixes,
  };
}

/** `"…," said, adding…`: a speech verb with no subject. */
export function speakerlessVerbFinding(verb: VerbUse): Finding {
  return {
    rule: 'attribution/missing',
    severity: 'warning',
    message: `“${verb.text}” has no subject: say who spoke.`,
    offset: verb.start,
    length: verb.end - verb.start,
    related: [],
    fixes: [insertion('Add who said it', verb.end, ' speaker', ' ${1:speaker}')],
  };
}

export function noVerbFinding(doc: Document, v: Verbless): Finding {
  const who = doc.text.slice(v.head.start, v.head.end);
  return {
    rule: 'attribution/no-verb',
    severity: 'warning',
    message: `“${who.length > 60 ? who.slice(0, 59) + '…' : who}” reads as the attribution of the quotation before it, but has no speech verb.`,
    offset: v.start,
    length: v.end - v.start,
    related: [],
    fixes: [insertion(`Add “said”: …${v.insert.trim() === ', said' ? ', said' : ' said'}`, v.insertAt, v.insert, v.insert.replace('said', '${1:said}'))],
  };
}

/** `Smith, chief executive: "…"` in body copy. */
export function verblessColonFinding(doc: Document, [start, end]: [number, number]): Finding {
  const hasColon = doc.text[end - 1] === ':';
  const colon = hasColon ? end - 1 : end;
  const before = doc.text.slice(start, colon);
  const insert = hasColon ? (/,/.test(before) ? ', said' : ' said') : doc.text[end] === ',' ? ' said' : ' said,';
  return {
    rule: 'attribution/no-verb',
    severity: 'warning',
    message: hasColon
      ? 'A colon attribution with no verb is headline style; in body copy the attribution needs a verb.'
      : `“${before}” stands before the quotation as its speaker, but has no speech verb.`,
    offset: start,
    length: end - start,
    related: [],
    fixes: [insertion(hasColon ? 'Add “said” before the colon' : 'Add “said”', colon, insert, insert.replace('said', '${1:said}'))],
  };
}

export function vagueFinding(v: VagueSource): Finding {
  return {
    rule: 'attribution/vague',
    severity: 'information',
    message: `“${v.text}” does not say who: name the source, or say why it cannot be named and what it is.`,
    offset: v.start,
    length: v.end - v.start,
    related: [],
    fixes: [],
  };
}
