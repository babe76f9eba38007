// Hover cards: on a name, who the person or organisation is in this draft; on a quotation, who
// said it and how Copydesk decided. The words come from the Analysis; this file only lays them out.

import type { Hover, MarkupContent } from 'vscode-languageserver/node';
import {
  mentionAt,
  paragraphAt,
  ruleById,
  type Analysis,
  type Attribution,
  type Entity,
  type Mention,
} from '../analysis';
import type { Draft } from './documents';
import { rangeOf } from './convert';

function paragraphNumber(analysis: Analysis, offset: number): number {
  return paragraphAt(analysis.document, offset) + 1;
}

export function entityCard(analysis: Analysis, entity: Entity, workspaceLine?: string): string {
  const lines: string[] = [];
  const kind = entity.kind === 'organisation' ? 'organisation' : entity.kind === 'person' ? 'person' : 'name';
  lines.push(`**${entity.canonical}** — ${kind}`);
  if (entity.role) lines.push('', `*${entity.role}*`);
  const mentions = entity.mentions.map((i) => analysis.mentions[i]);
  lines.push('', `${mentions.length} mention${mentions.length === 1 ? '' : 's'} in this draft`);
  // The forms the draft writes ("Maulen Ashimbayev", "Ashimbayev"), and which of them a names
  // finding calls a variant spelling.
  const flagged = analysis.findings.filter((f) => ruleById(f.rule)?.flagsSpelling);
  const forms = new Map<string, { count: number; first: number; variant: boolean }>();
  for (const m of mentions) {
    const s = forms.get(m.text) ?? { count: 0, first: m.start, variant: false };
    s.count++;
    if (flagged.some((f) => f.offset < m.end && f.offset + f.length > m.start)) s.variant = true;
    forms.set(m.text, s);
  }
  if (forms.size > 1 || [...forms.values()].some((s) => s.variant)) {
    lines.push('', 'Written as:');
    for (const [text, s] of forms) {
      lines.push(
        `- ‘${text}’ — ${s.count}×, first in paragraph ${paragraphNumber(analysis, s.first)}${s.variant ? ' — **variant spelling**' : ''}`,
      );
    }
  }
  const quotes = analysis.attributions.filter((a) => a.speaker && a.speaker.entity === entity.id);
  if (quotes.length) {
    const first = analysis.quotations[quotes[0].quotation];
    const words = analysis.document.text.slice(first.start, first.end).split(/\s+/).slice(0, 8).join(' ');
    lines.push('', `${quotes.length} quotation${quotes.length === 1 ? '' : 's'} attributed, first: “${words}…”`);
  }
  if (entity.canonicalFrom === 'style-sheet') lines.push('', '_Spelling from the workspace style sheet._');
  if (workspaceLine) lines.push('', workspaceLine);
  return lines.join('\n');
}

export function quotationCard(analysis: Analysis, index: number): string | undefined {
  const q = analysis.quotations[index];
  if (!q) return undefined;
  let a = analysis.attributions.find((x) => x.quotation === index);
  // A quotation inside a quotation is the outer speaker's words: show whose.
  if (!a && q.depth > 0) {
    const outer = analysis.quotations.findIndex(
      (o) => o.depth === 0 && o.paragraph === q.paragraph && o.start <= q.start && q.end <= o.end,
    );
    if (outer >= 0) a = analysis.attributions.find((x) => x.quotation === outer);
  }
  if (!a) {
    if (q.kind === 'title')
      return '**Quoted name, title or phrase**\n\nShort quoted words are not speech, so they need no speaker.';
    return undefined;
  }
  const kind = q.kind === 'partial' ? 'Quoted words' : 'Quotation';
  if (!a.speaker) return `**${kind} with no speaker found**\n\n${howSentence(analysis, a)}`;
  const entity = a.speaker.entity >= 0 ? analysis.entities[a.speaker.entity] : undefined;
  const who = entity ? entity.canonical : a.speaker.text;
  const lines = [`**${kind} by ${who}**${a.verb ? ` — “${a.verb.text}”` : ''}`];
  if (entity?.role) lines.push('', `*${entity.role}*`);
  if (entity && a.speaker.text !== entity.canonical) lines.push('', `Named here as “${a.speaker.text}”.`);
  const how = howSentence(analysis, a);
  lines.push('', how.charAt(0).toUpperCase() + how.slice(1) + '.');
  if (a.how.kind === 'no-verb') lines.push('', '_The attribution has no speech verb._');
  return lines.join('\n');
}

/** How the speaker was found, as the hover says it ("carried over from paragraph 4"). */
export function howSentence(analysis: Analysis, a: Attribution): string {
  const text = analysis.document.text;
  const sp = a.speaker;
  const how = a.how;
  let out: string;
  switch (how.kind) {
    case 'in-sentence': {
      const v = a.verb;
      const words = sp && v ? text.slice(Math.min(sp.start, v.start), Math.max(sp.end, v.end)) : (sp?.text ?? '');
      out = `attribution ${how.where} the quotation: “${words}”`;
      break;
    }
    case 'colon':
      out = sp ? `introduced by a colon after “${sp.text}”` : 'introduced by a colon';
      break;
    case 'no-verb':
      out =
        how.form === 'after-quotation'
          ? 'attribution after the quotation, with no speech verb'
          : how.form === 'colon'
            ? 'colon attribution without a verb'
            : 'a name before the quotation with no verb';
      break;
    case 'verb-without-subject':
      out = `“${a.verb?.text ?? ''}” ${how.where} the quotation has no subject`;
      break;
    case 'inherits':
      out = `inherits the paragraph’s speaker (“${sp?.text ?? ''}”)`;
      break;
    case 'carried-over':
      out = `carried over from paragraph ${how.from + 1}`;
      break;
    case 'layout':
      if (how.form === 'introduced') out = 'introduced by the paragraph before, which ends in a colon';
      else if (how.form === 'answer') out = 'the answer to the question before it';
      else if (how.form === 'runs-on') out = `the quotation runs on to paragraph ${how.to + 1}, where it is attributed`;
      else if (how.form === 'signature') out = `signed on the line after it (paragraph ${how.to + 1})`;
      else out = `paragraph ${how.to + 1} says who said it`;
      break;
    case 'none':
      out = 'no speaker in the sentence, the paragraph or the paragraph before';
      break;
  }
  const link = a.link;
  if (link?.kind === 'only-person-before') out += ' (the only person named before it)';
  else if (link?.kind === 'role')
    out += ` (the ${link.role} introduced at “${text.slice(link.introducedAt, link.introducedAt + 40).split('\n')[0]}…”)`;
  return out;
}

export function hover(
  draft: Draft,
  analysis: Analysis,
  offset: number,
  workspaceLine?: (m: Mention) => string | undefined,
): Hover | null {
  const mention = mentionAt(analysis, offset);
  if (mention && offset < mention.end) {
    const value = entityCard(analysis, analysis.entities[mention.entity], workspaceLine?.(mention));
    return {
      contents: { kind: 'markdown', value } as MarkupContent,
      range: rangeOf(draft.doc, mention.start, mention.end - mention.start),
    };
  }
  // The innermost quotation around the offset.
  let best = -1;
  analysis.quotations.forEach((q, i) => {
    const s = q.open >= 0 ? q.open : q.start;
    const e = q.close >= 0 ? q.close + 1 : q.end;
    if (s <= offset && offset < e && (best < 0 || q.depth > analysis.quotations[best].depth)) best = i;
  });
  if (best >= 0) {
    const value = quotationCard(analysis, best);
    if (value) return { contents: { kind: 'markdown', value } };
  }
  return null;
}
