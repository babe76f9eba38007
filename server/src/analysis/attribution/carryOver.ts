// A quotation with no attribution in its own sentence takes the speaker of its paragraph (a second
// quotation inherits the first one's speaker), or, by the newsroom's carry-over convention, the
// speaker of the paragraph just before it: the last quotation attributed there, or the last
// paraphrase ("X said the terminal would open", a07). A paragraph with no speaker between breaks
// the chain (a09), so only the immediately preceding paragraph is read.

import type { Context } from './context';
import type { Claim, Found } from './speakers';
import { isSpeech } from './speakers';

interface ParagraphSpeaker {
  found: Found;
  offset: number;
}

interface Carried extends ParagraphSpeaker {
  paragraph: number;
}

export function carryOver(ctx: Context, found: Array<Found | null>, claims: readonly Claim[]): void {
  const { quotations, doc } = ctx;
  // Quotations of each paragraph in text order, and the paraphrase claims.
  const byParagraph: number[][] = doc.paragraphs.map(() => []);
  quotations.forEach((q, i) => {
    if (isSpeech(q) && q.paragraph >= 0 && q.paragraph < byParagraph.length) byParagraph[q.paragraph].push(i);
  });
  const claimsBy: Claim[][] = doc.paragraphs.map(() => []);
  for (const c of claims) if (c.speaker && c.quotation < 0) claimsBy[c.paragraph]?.push(c);

  let previousLast: Carried | null = null;
  for (const p of doc.paragraphs) {
    const qs = byParagraph[p.index];
    // Speakers named in this paragraph, by position.
    const own: ParagraphSpeaker[] = [];
    for (const qi of qs) {
      const f = found[qi];
      if (f?.speaker) own.push({ found: f, offset: quotations[qi].start });
    }
    for (const c of claimsBy[p.index]) {
      own.push({ found: { speaker: c.speaker, verb: c.verb, how: '' }, offset: c.verb.start });
    }
    own.sort((a, b) => a.offset - b.offset);
    for (const qi of qs) {
      const f = found[qi];
      if (f && (f.speaker || f.verb || f.verbless)) continue;
      const at = quotations[qi].start;
      let before: ParagraphSpeaker | undefined;
      let after: ParagraphSpeaker | undefined;
      for (const s of own) {
        if (s.offset < at) before = s;
        else if (!after) after = s;
      }
      const near = before ?? after;
      if (near) {
        found[qi] = { speaker: near.found.speaker, verb: null, how: `inherits the paragraph’s speaker (“${near.found.speaker!.text}”)` };
      } else if (previousLast && p.kind === 'prose') {
        found[qi] = { speaker: previousLast.found.speaker, verb: null, how: `carried over from paragraph ${previousLast.paragraph + 1}` };
      }
    }
    // What the next paragraph may carry over: this paragraph's last speaker, if it has one.
    let last: ParagraphSpeaker | null = null;
    for (const qi of qs) {
      const f = found[qi];
      if (f?.speaker && (!last || quotations[qi].start >= last.offset)) last = { found: f, offset: quotations[qi].start };
    }
    for (const s of own) if (!last || s.offset >= last.offset) last = s;
    previousLast = last ? { ...last, paragraph: p.index } : null;
  }
}
