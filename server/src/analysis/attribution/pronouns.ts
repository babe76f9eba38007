// "He said" needs someone to be "he". The pronoun points to the people of the nearest sentence
// before it that names any (from the start of the previous paragraph on); one person of the
// pronoun's gender there resolves it, two do not (a12: "Kassymova met Ospanova. … she said"),
// unless one of them spoke last, which is who a reader takes "she" to be.

import type { Speaker } from '../types';
import { sentenceAt } from '../document';
import { firstMentionFrom, type Context } from './context';

export interface PronounReading {
  entity: number;
  /** Two or more people the pronoun could mean. */
  ambiguous: number[];
}

const GENDER: Record<string, 'male' | 'female'> = { he: 'male', she: 'female' };

export function resolvePronoun(ctx: Context, sp: Speaker, lastSpeakerEntity: number): PronounReading {
  const gender = GENDER[sp.text.toLowerCase()];
  if (!gender) return { entity: -1, ambiguous: [] };
  const para = ctx.doc.paragraphs[Math.max(0, paragraphOf(ctx, sp.start) - 1)];
  const windowStart = para ? para.start : 0;
  let i = firstMentionFrom(ctx, sp.start) - 1;
  let sentence = -2;
  const known = new Set<number>();
  const unknown = new Set<number>();
  for (; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (m.start < windowStart && (known.size || unknown.size)) break;
    if (m.entity < 0 || ctx.masked.charCodeAt(m.start) === 1) continue;
    const e = ctx.entities[m.entity];
    if (!e || e.kind !== 'person') continue;
    if (e.gender && e.gender !== gender) continue;
    const s = sentenceAt(ctx.doc, m.start);
    if (sentence === -2) sentence = s;
    else if (s !== sentence) break;
    (e.gender ? known : unknown).add(e.id);
  }
  const pool = known.size ? known : unknown;
  if (pool.size === 0) return { entity: -1, ambiguous: [] };
  if (pool.size === 1) return { entity: [...pool][0], ambiguous: [] };
  if (lastSpeakerEntity >= 0 && pool.has(lastSpeakerEntity)) return { entity: lastSpeakerEntity, ambiguous: [] };
  return { entity: -1, ambiguous: [...pool] };
}

function paragraphOf(ctx: Context, offset: number): number {
  const s = sentenceAt(ctx.doc, offset);
  return s >= 0 ? ctx.doc.sentences[s].paragraph : 0;
}
