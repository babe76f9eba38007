// A quotation that runs over several paragraphs without the marks that reopen it: the first
// paragraph opens it and never closes it, the paragraphs after it hold no mark, and a later one
// closes it with no opener. Read paragraph by paragraph that is an unclosed quotation and an
// unopened closer — two findings, two wrong fixes. It is one defect, the missing reopening marks,
// so it becomes one finding whose fix opens each paragraph the quotation runs through.
//
// The pass reads only what every analysis has, cached or not: the findings, each paragraph's
// reading summary and the text; so the result is the same from scratch and from the cache.

import type { Document, Finding, QuoteFamily } from '../types';
import { paragraphAt } from '../document';
import { finding } from '../finding';
import type { QuoteLocale } from './locale';
import { markKind, isSpaceCode } from './marks';
import { QUIET, type Reading } from './readings';

/** How many paragraphs a quotation may run through without a mark before its closer counts as its own. */
const MAX_RUN = 6;

function contentStart(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Whether [from, to) holds a quotation mark (of `family`, when given). */
function hasMark(text: string, from: number, to: number, family?: QuoteFamily): boolean {
  for (let i = from; i < to; i++) {
    const k = markKind(text.charCodeAt(i));
    if (k && (!family || k.family === family)) return true;
  }
  return false;
}

/** `pairing` (the findings of pairing, in paragraph order) with each unreopened run joined into one finding. */
export function joinRunOns(
  doc: Document,
  readings: ReadonlyArray<Reading | undefined>,
  pairing: Finding[],
  locale: QuoteLocale,
): Finding[] {
  if (pairing.length < 2) return pairing;
  const byParagraph = new Map<number, Finding[]>();
  for (const f of pairing) {
    const p = paragraphAt(doc, f.offset);
    let list = byParagraph.get(p);
    if (!list) byParagraph.set(p, (list = []));
    list.push(f);
  }
  const gone = new Set<Finding>();
  const joined = new Map<Finding, Finding>();
  for (const [pi, fs] of byParagraph) {
    const r = readings[pi];
    if (fs.length !== 1 || fs[0].rule !== 'quotes/unclosed' || !r || r.open.length !== 1 || r.mayRun !== 1) continue;
    const opener = fs[0];
    const family = markKind(doc.text.charCodeAt(opener.offset))?.family;
    if (!family) continue;
    // The paragraphs after it: none with a mark, until one whose first mark is an unopened closer.
    for (let qi = pi + 1; qi < doc.paragraphs.length && qi <= pi + MAX_RUN; qi++) {
      const rq = readings[qi];
      if (!rq || rq === QUIET) continue;
      const q = doc.paragraphs[qi];
      const qs = byParagraph.get(qi);
      // A paragraph of the run may hold apostrophes (don’t), but no mark of the quotation's family.
      if (!qs && family !== 'single' && !hasMark(doc.prose, q.start, q.end, family)) continue;
      const closer = qs?.[0];
      if (
        !closer ||
        closer.rule !== 'quotes/unopened' ||
        markKind(doc.text.charCodeAt(closer.offset))?.family !== family
      )
        break;
      if (hasMark(doc.prose, q.start, closer.offset, family === 'single' ? undefined : family)) break;
      const through = [];
      for (let k = pi + 1; k <= qi; k++) if (readings[k]) through.push(doc.paragraphs[k]);
      const mark = doc.text[opener.offset];
      const reopen = markKind(mark.charCodeAt(0))!.straight
        ? mark
        : locale.opens.includes(mark)
          ? mark
          : (locale.openerFor[doc.text[closer.offset]] ?? mark);
      const edits = through.map((p) => ({
        offset: contentStart(doc.text, p.start, p.end),
        length: 0,
        newText: reopen,
      }));
      const n = through.length;
      joined.set(
        opener,
        finding(
          'quotes/not-reopened',
          `This quotation runs on through the next ${n === 1 ? 'paragraph' : `${n} paragraphs`} and closes there, but ${n === 1 ? 'that paragraph does' : 'they do'} not reopen it: a quotation over several paragraphs opens each with ${reopen}`,
          opener.offset,
          1,
          {
            related: [{ offset: closer.offset, length: 1, message: 'The quotation closes here' }],
            fixes: [
              {
                title: `Insert ${reopen} at the start of ${n === 1 ? 'the next paragraph' : `each of the next ${n} paragraphs`}: before ‘${doc.text.slice(edits[0].offset, edits[0].offset + 24).split('\n')[0]}…’`,
                edits,
                safe: false,
                preferred: true,
              },
            ],
          },
        ),
      );
      gone.add(closer);
      break;
    }
  }
  if (!joined.size) return pairing;
  const out: Finding[] = [];
  for (const f of pairing) if (!gone.has(f)) out.push(joined.get(f) ?? f);
  return out;
}
