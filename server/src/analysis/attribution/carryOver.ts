// A quotation with no attribution in its own sentence takes the speaker of its paragraph (a second
// quotation inherits the first one's speaker), or, by the newsroom's carry-over convention, the
// speaker of the paragraph just before it: the last quotation attributed there, or the last
// paraphrase ("X said the terminal would open", a07). A paragraph with no speaker between breaks
// the chain (a09), so only the immediately preceding paragraph is read.
//
// It runs over the whole draft after every keystroke, so it keeps no list per paragraph: the
// quotations and claims are put in paragraph order once, and each paragraph reads its stretch.

import type { Attribution, AttributionHow, Speaker } from '../types';

const INHERITS: AttributionHow = { kind: 'inherits' };
import { firstMentionFrom, type Context } from './context';
import type { Claim, Found } from './speakers';
import { isSpeech } from './speakers';
import { ROLE_HEADS } from '../lexicon/roles';

/** The indexes of `count` items in order of their paragraph (0 to n - 1), stable; others left out. */
function byParagraph(
  count: number,
  n: number,
  paragraphOf: (i: number) => number,
): { order: Int32Array; from: Int32Array } {
  const from = new Int32Array(n + 1);
  for (let i = 0; i < count; i++) {
    const p = paragraphOf(i);
    if (p >= 0) from[p + 1]++;
  }
  for (let p = 0; p < n; p++) from[p + 1] += from[p];
  const order = new Int32Array(from[n]);
  const next = from.slice(0, n);
  for (let i = 0; i < count; i++) {
    const p = paragraphOf(i);
    if (p >= 0) order[next[p]++] = i;
  }
  return { order, from };
}

export function carryOver(ctx: Context, found: Array<Found | null>, claims: readonly Claim[]): void {
  const { quotations, doc } = ctx;
  const n = doc.paragraphs.length;
  const inRange = (p: number) => (p >= 0 && p < n && Number.isInteger(p) ? p : -1);
  // Speech quotations of each paragraph in text order, and the paraphrase claims with a speaker.
  const qs = byParagraph(quotations.length, n, (i) =>
    isSpeech(quotations[i]) ? inRange(quotations[i].paragraph) : -1,
  );
  const cs = byParagraph(claims.length, n, (i) =>
    claims[i].speaker && claims[i].quotation < 0 ? inRange(claims[i].paragraph) : -1,
  );

  // Speakers named in the current paragraph, by position (stable: quotations before claims); the
  // lists are reused from paragraph to paragraph, `own` long.
  const ownSpeaker: Speaker[] = [];
  const ownOffset: number[] = [];
  let own = 0;
  const add = (speaker: Speaker | null, offset: number) => {
    // Insertion keeps equal offsets in the order added, as a stable sort does.
    let k = own++;
    for (; k > 0 && ownOffset[k - 1] > offset; k--) {
      ownSpeaker[k] = ownSpeaker[k - 1];
      ownOffset[k] = ownOffset[k - 1];
    }
    ownSpeaker[k] = speaker!;
    ownOffset[k] = offset;
  };
  // The last speaker of the paragraph before, if it had one.
  let carried = false;
  let carriedSpeaker: Speaker | null = null;
  let carriedFrom = -1;
  for (let k = 0; k < n; k++) {
    const p = doc.paragraphs[k];
    const q0 = qs.from[p.index];
    const q1 = qs.from[p.index + 1];
    const c0 = cs.from[p.index];
    const c1 = cs.from[p.index + 1];
    if (q0 === q1 && c0 === c1) {
      carried = false;
      continue;
    }
    own = 0;
    for (let i = q0; i < q1; i++) {
      const f = found[qs.order[i]];
      if (f?.speaker) add(f.speaker, quotations[qs.order[i]].start);
    }
    for (let i = c0; i < c1; i++) add(claims[cs.order[i]].speaker, claims[cs.order[i]].verb.start);
    for (let i = q0; i < q1; i++) {
      const qi = qs.order[i];
      const f = found[qi];
      if (f && (f.speaker || f.verb || f.verbless)) continue;
      const at = quotations[qi].start;
      // The last speaker before the quotation, or else the first after it.
      let near = -1;
      for (let o = 0; o < own; o++) {
        if (ownOffset[o] < at) near = o;
        else {
          if (near < 0) near = o;
          break;
        }
      }
      if (near >= 0) {
        found[qi] = { speaker: ownSpeaker[near], verb: null, how: INHERITS };
      } else if (carried && p.kind === 'prose') {
        found[qi] = { speaker: carriedSpeaker, verb: null, how: { kind: 'carried-over', from: carriedFrom } };
      }
    }
    // What the next paragraph may carry over: this paragraph's last speaker, if it has one (a
    // quotation that took one above counts).
    let last: Speaker | null | undefined;
    let lastOffset = 0;
    for (let i = q0; i < q1; i++) {
      const f = found[qs.order[i]];
      const at = quotations[qs.order[i]].start;
      if (f?.speaker && (last === undefined || at >= lastOffset)) {
        last = f.speaker;
        lastOffset = at;
      }
    }
    for (let o = 0; o < own; o++) {
      if (last === undefined || ownOffset[o] >= lastOffset) {
        last = ownSpeaker[o];
        lastOffset = ownOffset[o];
      }
    }
    carried = last !== undefined;
    carriedSpeaker = last ?? null;
    carriedFrom = p.index;
  }
}

/**
 * Carry-over gives a quotation to the speaker of the paragraph before; after two paragraphs with
 * two different speakers that is the nearer one. A quotation that then speaks of that speaker in
 * the third person (by name, "Akhmediyarov’s customers", or by the role they were introduced in,
 * "the coach knows") cannot be theirs: it has no speaker. Their attributions.
 */
export function carriedAgainstItself(
  ctx: Context,
  attributions: readonly Attribution[],
  claims: readonly Claim[],
): Attribution[] {
  const out: Attribution[] = [];
  const { doc, quotations, text } = ctx;
  const n = doc.paragraphs.length;
  // Quotations that run on, found once and only when a named speaker was carried over.
  let runsOn: Uint8Array | undefined;
  const same = (x: Speaker, y: Speaker) => (x.entity >= 0 && y.entity >= 0 ? x.entity === y.entity : x.text === y.text);
  // Claims are in text order, so in paragraph order; so are attributions: each paragraph's are a
  // stretch found by binary search.
  const firstAt = <T>(list: readonly T[], para: (x: T) => number, p: number) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (para(list[mid]) < p) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const claimPara = (c: Claim) => c.paragraph;
  const quotePara = (x: Attribution) => quotations[x.quotation].paragraph;
  /** Someone other than `sp` spoke in paragraph `p`. */
  const someoneElse = (p: number, sp: Speaker) => {
    for (let i = firstAt(claims, claimPara, p); i < claims.length && claims[i].paragraph === p; i++)
      if (claims[i].speaker && !same(claims[i].speaker!, sp)) return true;
    for (
      let i = firstAt(attributions, quotePara, p);
      i < attributions.length && quotePara(attributions[i]) === p;
      i++
    ) {
      const x = attributions[i];
      if (x.speaker && x.verb && x.how.kind === 'in-sentence' && !same(x.speaker, sp)) return true;
    }
    return false;
  };
  for (const a of attributions) {
    // Only a named speaker can be spoken of; a pronoun's person is not known well enough here.
    if (a.how.kind !== 'carried-over' || !a.speaker || a.speaker.kind !== 'name') continue;
    const sp = a.speaker;
    const from = a.how.from;
    if (from < 1 || from >= n) continue;
    const q = quotations[a.quotation];
    if (!runsOn) {
      runsOn = new Uint8Array(n);
      for (const o of quotations) if (o.runsOn && o.paragraph >= 0 && o.paragraph < n) runsOn[o.paragraph] = 1;
    }
    // A quotation running on from the paragraph before is that speaker's, whatever it says.
    if (q.continues || runsOn[from]) continue;
    // Another speaker, different from this one, in the paragraph before that.
    if (!someoneElse(from - 1, sp)) continue;
    let third = false;
    // By name: a mention of the speaker's entity inside the quotation.
    if (sp.entity >= 0) {
      for (let i = firstMentionFrom(ctx, q.start); i < ctx.mentions.length && ctx.mentions[i].start < q.end; i++) {
        if (ctx.mentions[i].entity === sp.entity) third = true;
      }
    }
    // By surname, where the names work made the quoted form another entity ("Mukashev’s").
    const surname = sp.text.trim().split(/\s+/).pop() ?? '';
    if (!third && surname.length >= 3 && /^\p{Lu}/u.test(surname)) {
      const words = text.slice(q.start, q.end).match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
      third = words.some((w) => w === surname || w === `${surname}’s` || w === `${surname}'s`);
    }
    // By role: "the coach" in the quotation, "who coaches the swim club" after the speaker's name.
    if (!third) {
      // The clause set off right after the name: ", a nurse who…", ", who coaches…".
      const p = doc.paragraphs[from];
      const rest = text.slice(sp.end, Math.min(p.end, sp.end + 160));
      const intro = /^\s*,/.test(rest) ? rest.split(/[.;!?]/)[0].toLowerCase() : '';
      const introWords = new Set(intro.match(/\p{L}{4,}/gu) ?? []);
      const roles =
        text
          .slice(q.start, q.end)
          .toLowerCase()
          .match(/\bthe\s+(\p{L}{4,})\b/gu) ?? [];
      for (const r of roles) {
        const w = r.replace(/^the\s+/u, '');
        if (!ROLE_HEADS.has(w)) continue;
        for (const iw of introWords) if (iw.startsWith(w)) third = true;
      }
    }
    if (third) out.push(a);
  }
  return out;
}
