// The frame of a quotation: the sentence around it as a reader sees it. The sentence segmenter
// splits inside quoted speech ("We are done. We go home," he said), but an attribution belongs to
// the whole quoted sentence, so sentence breaks that fall inside a quotation are joined here.
// Quoted words are masked out of the frame's text: verbs and names inside a quotation are the
// speaker's words, never the attribution.

import type { Document, Quotation } from '../types';

export interface Frame {
  start: number;
  end: number;
  paragraph: number;
  /** Indexes into the quotation list, outer quotations only, in text order. */
  quotations: number[];
}

/** Where a quotation sits on the page: from its opening mark (or first word) to its closing mark. */
export function outerSpan(q: Quotation): [number, number] {
  const s = q.open >= 0 ? Math.min(q.open, q.start) : q.start;
  const e = q.close >= 0 ? Math.max(q.close + 1, q.end) : q.end;
  return [s, e];
}

/**
 * The text of the document with every outer quotation (marks included) replaced by U+0001, so
 * attribution patterns see only the writer's words, at unchanged offsets.
 */
export function maskQuotations(prose: string, quotations: readonly Quotation[]): string {
  const parts: string[] = [];
  let pos = 0;
  for (const q of quotations) {
    if (q.depth !== 0) continue;
    const [s, e] = outerSpan(q);
    if (s < pos || e <= s) continue;
    parts.push(prose.slice(pos, s), '\u0001'.repeat(e - s));
    pos = e;
  }
  parts.push(prose.slice(pos));
  return parts.join('');
}

/** The frames of every paragraph, and for each outer quotation the frame that holds it. */
export function buildFrames(doc: Document, quotations: readonly Quotation[]): { frames: Frame[]; frameOf: Int32Array } {
  const frames: Frame[] = [];
  const frameOf = new Int32Array(quotations.length).fill(-1);
  // Outer quotations by paragraph, in text order.
  const byParagraph: number[][] = doc.paragraphs.map(() => []);
  quotations.forEach((q, i) => {
    if (q.depth === 0 && q.paragraph >= 0 && q.paragraph < byParagraph.length) byParagraph[q.paragraph].push(i);
  });
  for (const p of doc.paragraphs) {
    const qs = byParagraph[p.index].sort((a, b) => outerSpan(quotations[a])[0] - outerSpan(quotations[b])[0]);
    let k = 0;
    let current: Frame | null = null;
    for (let si = p.sentences[0]; si < p.sentences[1]; si++) {
      const s = doc.sentences[si];
      // A sentence that starts inside a quotation continues the sentence before it.
      let inside = false;
      while (k < qs.length && outerSpan(quotations[qs[k]])[1] <= s.start) k++;
      if (k < qs.length) {
        const [qs0] = outerSpan(quotations[qs[k]]);
        inside = qs0 < s.start;
      }
      if (current && inside) current.end = s.end;
      else {
        current = { start: s.start, end: s.end, paragraph: p.index, quotations: [] };
        frames.push(current);
      }
    }
    if (!frames.length || frames[frames.length - 1].paragraph !== p.index) {
      frames.push({ start: p.start, end: p.end, paragraph: p.index, quotations: [] });
    }
    // Assign each quotation to the frame holding its start.
    let f = frames.length - 1;
    while (f > 0 && frames[f - 1].paragraph === p.index) f--;
    for (const qi of qs) {
      const [s] = outerSpan(quotations[qi]);
      while (f + 1 < frames.length && frames[f + 1].paragraph === p.index && frames[f + 1].start <= s) f++;
      // A quotation that runs past its frame's end stretches the frame.
      const [, e] = outerSpan(quotations[qi]);
      if (e > frames[f].end) frames[f].end = Math.min(e, p.end);
      frames[f].quotations.push(qi);
      frameOf[qi] = f;
    }
  }
  return { frames, frameOf };
}

export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu;

/** The words of `text` in [start, end), at most `limit` of them. */
export function wordsIn(text: string, start: number, end: number, limit = Infinity): Word[] {
  const out: Word[] = [];
  // On the slice, not the whole text: a search from `start` that finds no word before `end` would
  // otherwise run on to the next word anywhere after it, once per call (100,000 quotation marks
  // with no words between them took 76 s).
  const part = text.slice(start, end);
  WORD.lastIndex = 0;
  while (out.length < limit) {
    const m = WORD.exec(part);
    if (!m) break;
    const w = m[0];
    out.push({ start: start + m.index, end: start + m.index + w.length, text: w, lower: w.toLowerCase() });
  }
  return out;
}

/** True when the first letter of a word is upper case. */
export function isCapitalised(w: string): boolean {
  const c = w.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
