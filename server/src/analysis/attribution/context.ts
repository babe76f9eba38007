// What the attribution passes read. A paragraph is read on its own (reading.ts), through a
// FrameContext: its text, its masked text, its quotations and its mentions, offsets counted from
// the start of those strings. The passes over the whole draft (carry-over, resolution, tense,
// loaded verbs) read a Context: the document, the names work's mentions sorted for lookup, and the
// masked text asked for by offset (masks.ts).

import type { Document, Entity, Mention, Quotation } from '../types';
import type { Masks } from './masks';

/** What finding a speaker in one frame reads. */
export interface FrameContext {
  text: string;
  /** The prose with outer quotations blanked to U+0001 (same offsets as `text`). */
  masked: string;
  quotations: readonly Quotation[];
  /** Sorted by start. */
  mentions: readonly Mention[];
}

export interface Context {
  doc: Document;
  text: string;
  /** The masked text, by offset or stretch. */
  masks: Masks;
  quotations: Quotation[];
  /** Sorted by start. */
  mentions: readonly Mention[];
  /** The names work's list as given: what `Entity.mentions` indexes into. */
  rawMentions: readonly Mention[];
  entities: readonly Entity[];
}

/** The names work's mentions in text order (as given when they already are). */
export function sortedMentions(mentions: readonly Mention[]): readonly Mention[] {
  for (let i = 1; i < mentions.length; i++) {
    if (mentions[i - 1].start > mentions[i].start) return [...mentions].sort((a, b) => a.start - b.start);
  }
  return mentions;
}

/** The index of the first mention starting at or after `offset`. */
export function firstMentionFrom(ctx: { mentions: readonly Mention[] }, offset: number): number {
  let lo = 0;
  let hi = ctx.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.mentions[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last mention that lies inside [start, end), if any. */
export function lastMentionIn(ctx: { mentions: readonly Mention[] }, start: number, end: number): Mention | undefined {
  let i = firstMentionFrom(ctx, end) - 1;
  // A mention may start before `end` and run past it by a possessive; accept those ending by end+2.
  for (; i >= 0 && ctx.mentions[i].start >= start; i--) {
    if (ctx.mentions[i].end <= end + 2) return ctx.mentions[i];
  }
  return undefined;
}
