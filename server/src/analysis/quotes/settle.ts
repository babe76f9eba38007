// A quotation left open at a paragraph's end runs on when the next paragraph reopens it, the
// newsroom convention for a quotation over several paragraphs; otherwise it is unclosed.

import type { OpenQuote, ParagraphQuotes } from './pairing';

/**
 * Decides the fate of the quotations a paragraph left open: they run on when the next paragraph
 * reopens them, otherwise they are unclosed. Returns what the next paragraph carries in.
 */
export function settle(pq: ParagraphQuotes, nextReopens: boolean): OpenQuote[] {
  const carried: OpenQuote[] = [];
  let running = nextReopens;
  for (const o of pq.open) {
    const q = pq.quotations[o.quotation];
    if (blocksRunning(o)) running = false;
    if (running) {
      q.runsOn = true;
      carried.push(o);
      // The quotation goes on in the next paragraph: the same marks nested in it are reported here.
      for (const n of o.nested) {
        pq.problems.push({
          kind: 'nesting',
          at: n.open,
          char: n.openChar,
          family: o.family,
          paragraph: pq.paragraph,
          partner: n.close,
        });
        pq.problems.push({
          kind: 'nesting',
          at: n.close,
          char: n.closeChar,
          family: o.family,
          paragraph: pq.paragraph,
          partner: n.open,
        });
      }
    } else {
      q.malformed = true;
      if (pq.truncated) continue;
      pq.problems.push({
        kind: 'unclosed',
        at: o.mark,
        char: o.char,
        family: o.family,
        paragraph: pq.paragraph,
        partial: o.partial,
      });
    }
  }
  return carried;
}

/**
 * A partial quotation (a phrase inside a sentence) may not run on, nor anything inside it. Nor may
 * one holding a quotation in its own marks opened after a sentence's end ("In a way ... he said.
 * "What ... power."): that inner opener more likely began a new quotation after a closer went
 * missing. One inside a sentence (“He told us, “Go home,” and we went.; the “ghost” scandal) is
 * nesting, and the outer quotation runs on.
 */
export function blocksRunning(o: OpenQuote): boolean {
  return o.partial || o.nested.some((n) => !n.introduced);
}
