// What every attribution pass reads: the document, its quotations masked out, the names work's
// mentions sorted for lookup, and the frames. Built once per analysis.

import type { Document, Entity, Mention, Quotation } from '../types';
import { buildFrames, maskQuotations, type Frame } from './frames';

export interface Context {
  doc: Document;
  text: string;
  /** The prose with outer quotations blanked to U+0001 (same offsets). */
  masked: string;
  quotations: Quotation[];
  mentions: readonly Mention[];
  /** The names work's list as given: what `Entity.mentions` indexes into. */
  rawMentions: readonly Mention[];
  entities: readonly Entity[];
  frames: Frame[];
  frameOf: Int32Array;
}

export function buildContext(doc: Document, quotations: Quotation[], mentions: readonly Mention[], entities: readonly Entity[]): Context {
  const { frames, frameOf } = buildFrames(doc, quotations);
  const sorted = mentions.every((m, i) => i === 0 || mentions[i - 1].start <= m.start)
    ? mentions
    : [...mentions].sort((a, b) => a.start - b.start);
  return { doc, text: doc.text, masked: maskQuotations(doc.prose, quotations), quotations, mentions: sorted, rawMentions: mentions, entities, frames, frameOf };
}

/** The index of the first mention starting at or after `offset`. */
export function firstMentionFrom(ctx: Context, offset: number): number {
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
export function lastMentionIn(ctx: Context, start: number, end: number): Mention | undefined {
  let i = firstMentionFrom(ctx, end) - 1;
  // A mention may start before `end` and run past it by a possessive; accept those ending by end+2.
  for (; i >= 0 && ctx.mentions[i].start >= start; i--) {
    if (ctx.mentions[i].end <= end + 2) return ctx.mentions[i];
  }
  return undefined;
}
