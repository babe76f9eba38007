// The writer's words: the prose with every outer quotation blanked (see maskQuotations), read
// where it is needed instead of built whole. The attribution patterns of a paragraph read its own
// masked text; the passes over the whole draft only ask what one offset or one short stretch holds,
// and building the masked copy of a long draft for them cost more than all they read of it.

import type { Quotation } from '../types';
import { maskQuotations } from './frames';

export class Masks {
  /** The spans maskQuotations blanks, in text order: [start, end, start, end, …]. */
  readonly spans: number[] = [];
  private whole: string | undefined;

  constructor(
    private readonly prose: string,
    private readonly quotations: readonly Quotation[],
  ) {
    // The same walk as maskQuotations: a span that starts inside the one before is left alone.
    let pos = 0;
    for (let i = 0; i < quotations.length; i++) {
      const q = quotations[i];
      if (q.depth !== 0) continue;
      // outerSpan(q), without a pair per quotation.
      const s = q.open >= 0 ? Math.min(q.open, q.start) : q.start;
      const e = q.close >= 0 ? Math.max(q.close + 1, q.end) : q.end;
      if (s < pos || e <= s) continue;
      this.spans.push(s, e);
      pos = e;
    }
  }

  /** The index (in pairs) of the first span ending after `offset`. */
  private firstEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.spans.length >> 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[2 * mid + 1] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** True when the masked text holds U+0001 at `offset`. */
  at(offset: number): boolean {
    if (this.prose.charCodeAt(offset) === 1) return true;
    const k = this.firstEndingAfter(offset);
    return 2 * k < this.spans.length && this.spans[2 * k] <= offset;
  }

  /** `s === slice(a, b)`, compared in place. */
  holds(s: string, a: number, b: number): boolean {
    const n = this.prose.length;
    if (a > n) a = n;
    if (b > n) b = n;
    if (s.length !== Math.max(0, b - a)) return false;
    let k = this.firstEndingAfter(a);
    for (let i = 0; i < s.length; i++) {
      const at = a + i;
      while (2 * k < this.spans.length && this.spans[2 * k + 1] <= at) k++;
      const masked = 2 * k < this.spans.length && this.spans[2 * k] <= at ? 1 : this.prose.charCodeAt(at);
      if (masked !== s.charCodeAt(i)) return false;
    }
    return true;
  }

  /** `masked.slice(a, b)` for non-negative `a` and `b`, without the whole masked text. */
  slice(a: number, b: number): string {
    const n = this.prose.length;
    if (a > n) a = n;
    if (b > n) b = n;
    if (b <= a) return '';
    let k = this.firstEndingAfter(a);
    if (2 * k >= this.spans.length || this.spans[2 * k] >= b) return this.prose.slice(a, b);
    const parts: string[] = [];
    let pos = a;
    for (; 2 * k < this.spans.length && this.spans[2 * k] < b; k++) {
      const s = Math.max(this.spans[2 * k], a);
      const e = Math.min(this.spans[2 * k + 1], b);
      parts.push(this.prose.slice(pos, s), '\u0001'.repeat(e - s));
      pos = e;
    }
    parts.push(this.prose.slice(pos, b));
    return parts.join('');
  }

  /** The whole masked text, for the rare pass that reads all of it. */
  text(): string {
    return (this.whole ??= maskQuotations(this.prose, this.quotations));
  }
}
