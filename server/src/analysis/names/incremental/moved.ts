// A keystroke in an ordinary word changes no name: every paragraph reads the same names as before,
// only moved by the characters the edit added or took away. Then the names result is the last
// one with its offsets moved, and the document-wide passes (spellings, entities, findings) need
// not run at all.
//
// Why the moved result is exact. Those passes read the mentions and loose words, the answers of
// the draft's lower-case set, and a little text around mentions; nothing else of the draft.
// - Mentions and loose words: here every paragraph's resolution is the last one's (the same
//   object, or equal field by field), at the same paragraph and sentence indexes, so the passes
//   get the same lists but for offsets. Each span (a mention with its title and units, a loose
//   word) moves whole, by 0 if it ends at or before the edit and by the edit's delta if it
//   starts at or after it, and every span that stays ends before every span that moves starts,
//   in both versions. So the map from old to new offsets keeps every order and every equality
//   between them, and every length. The passes use offsets only so: sorted and compared
//   (`first`, `firstInFullName`, `s.first < b.first`, `r.start < intro.start`,
//   `r.start >= f.start`, findings sorted by offset and one per place, `f.offset < end of last`),
//   compared with -1 (`firstInFullName >= 0`), subtracted within one span (lengths), and copied
//   into the output. Nothing adds an offset to another span's or to a count.
// - The lower-case set: the spelling table asks it only about the spellings it pairs, and here
//   none of the words it asked last time came into the set or left it. (Each paragraph's own
//   questions to it are the resolution's, checked as the paragraph was read.)
// - Text around mentions (an acronym defined after an organisation, the role beside a name and
//   the pronoun after it, which read up to 160 characters before and 400 after, and the sentence
//   and paragraph bounds there): read again, in both versions, for every mention whose
//   neighbourhood reaches the edit, and found the same. A neighbourhood that does not reach it
//   holds the same characters, and bounds moved as its mention moved: paragraph and sentence
//   counts are the same and every bound is moved as the text around it was.
// - Messages hold texts, counts and paragraph numbers (the same paragraphs, the same indexes):
//   no offset. Entity ids and mention indexes are the same lists in the same order.
// The output is copied, never shared: the last analysis's objects belong to its caller.

import type { Entity, Finding, Fix, Mention, Related, TextEdit } from '../../types';
import type { KeptReading, LooseShape, MentionShape, Move, NameResult, Resolution } from '../model';
import { placed } from '../mentions';
import { readsAround } from '../entities';
import { commonHead, commonTail } from '../../document';

/** How far a neighbourhood reaches: readsAround reads 160 characters before a mention (its title) and 400 after. */
const BEFORE = 161;
const AFTER = 401;

/**
 * The edit, if the paragraphs and sentences are the last analysis's, each moved by it, and every
 * paragraph but those in `changed` reads the same names as at the last analysis, only moved (each
 * span of those lies before the edit and stays, or after it and moves by `delta`). What a changed
 * paragraph reads is not compared: only that its bounds moved so. Undefined as well when the
 * lower-case set answers a word of `asked` (the words the last spelling table asked it about)
 * otherwise than before. With no paragraph changed and aroundAlike, the last result moves.
 */
export function editedParagraphs(
  r: KeptReading,
  asked: ReadonlySet<string>,
): { move: Move; changed: number[] } | undefined {
  const { doc, before } = r;
  if (!before) return undefined;
  for (const w of r.flipped) if (asked.has(w)) return undefined;
  const ps = doc.paragraphs;
  const qs = before.paragraphs;
  if (ps.length !== qs.length || doc.sentences.length !== before.sentences.length) return undefined;
  const head = commonHead(before.prose, doc.prose);
  const tail = commonTail(before.prose, doc.prose, head);
  const move: Move = {
    head,
    oldEnd: before.prose.length - tail,
    newEnd: doc.prose.length - tail,
    delta: doc.prose.length - before.prose.length,
  };
  const { oldEnd, delta } = move;
  // A bound before the edit stays, one after it moves by delta (at a pure insertion, either).
  const maps = (x: number, y: number) => (y === x && x <= head) || (y === x + delta && x >= oldEnd);
  for (let k = 0; k < doc.sentences.length; k++) {
    const s = doc.sentences[k];
    const t = before.sentences[k];
    if (s.paragraph !== t.paragraph || !maps(t.start, s.start) || !maps(t.end, s.end)) return undefined;
  }
  // The last end of a span that stays and the first start of one that moves (old offsets).
  let stays = -1;
  let moves = Infinity;
  const fits = (lo: number, hi: number, d: number): boolean => (d === 0 && hi <= head) || (d === delta && lo >= oldEnd);
  const span = (lo: number, hi: number, d: number): void => {
    if (d === 0 && hi <= head) stays = Math.max(stays, hi);
    else moves = Math.min(moves, lo);
  };
  const changed: number[] = [];
  const spans: number[] = [];
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i];
    const q = qs[i];
    if (p.kind !== q.kind || p.sentences[0] !== q.sentences[0] || p.sentences[1] !== q.sentences[1]) return undefined;
    if (!maps(q.start, p.start) || !maps(q.end, p.end)) return undefined;
    const now = r.resolved[i];
    const then = r.resolvedBefore[i];
    if (now === undefined || then === undefined) {
      if (now !== then) return undefined;
      continue;
    }
    if (now === then) {
      // The same reading: its spans lie within the paragraph and move with it.
      if (!fits(q.start, q.end, p.start - q.start)) return undefined;
      span(q.start, q.end, p.start - q.start);
      continue;
    }
    // A paragraph's spans count only once it reads the same names.
    spans.length = 0;
    if (sameReading(then, q.start, now, p.start, (lo, hi, d) => fits(lo, hi, d) && spans.push(lo, hi, d) > 0)) {
      for (let k = 0; k < spans.length; k += 3) span(spans[k], spans[k + 1], spans[k + 2]);
    } else changed.push(i);
  }
  if (!(stays < moves && stays < moves + delta)) return undefined;
  return { move, changed };
}

/** Two resolutions of a paragraph alike but for where their spans are; `span` is told each span's move. */
function sameReading(
  then: Resolution,
  ob: number,
  now: Resolution,
  nb: number,
  span: (lo: number, hi: number, d: number) => boolean,
): boolean {
  if (then.mentions.length !== now.mentions.length || then.loose.length !== now.loose.length) return false;
  for (let k = 0; k < now.mentions.length; k++) {
    const o = then.mentions[k];
    const n = now.mentions[k];
    if (!sameMention(o, n)) return false;
    const d = nb + n.start - (ob + o.start);
    if (nb + n.end !== ob + o.end + d) return false;
    if (o.titleStart !== undefined && nb + n.titleStart! !== ob + o.titleStart + d) return false;
    for (let u = 0; u < o.units.length; u++) {
      if (nb + n.units[u].start !== ob + o.units[u].start + d || nb + n.units[u].end !== ob + o.units[u].end + d)
        return false;
    }
    if (!span(ob + (o.titleStart ?? o.start), ob + o.end, d)) return false;
  }
  for (let k = 0; k < now.loose.length; k++) {
    const o: LooseShape = then.loose[k];
    const n: LooseShape = now.loose[k];
    if (o.text !== n.text || o.sentenceInitial !== n.sentenceInitial) return false;
    const d = nb + n.start - (ob + o.start);
    if (nb + n.end !== ob + o.end + d || !span(ob + o.start, ob + o.end, d)) return false;
  }
  return true;
}

/** Every field of two mention shapes but their offsets. */
function sameMention(o: MentionShape, n: MentionShape): boolean {
  if (
    o.text !== n.text ||
    o.names !== n.names ||
    o.title !== n.title ||
    (o.titleStart === undefined) !== (n.titleStart === undefined) ||
    o.sentence !== n.sentence ||
    o.sentenceInitial !== n.sentenceInitial ||
    o.org !== n.org ||
    o.acronym !== n.acronym ||
    o.quoted !== n.quoted ||
    o.speaks !== n.speaks ||
    o.intro !== n.intro ||
    o.listedWith !== n.listedWith ||
    o.units.length !== n.units.length
  ) {
    return false;
  }
  for (let u = 0; u < o.units.length; u++)
    if (o.units[u].text !== n.units[u].text || o.units[u].initial !== n.units[u].initial) return false;
  return true;
}

/** Whether every mention whose neighbourhood reaches the edit reads the same around it in both versions. */
export function aroundAlike(r: KeptReading, move: Move): boolean {
  const { doc, before } = r;
  const old = before!;
  const { head, oldEnd, newEnd } = move;
  const reaches = (lo: number, hi: number, end: number) => lo - BEFORE <= end + 1 && hi + AFTER >= head - 1;
  for (let i = 0; i < doc.paragraphs.length; i++) {
    const now = r.resolved[i];
    if (!now || !now.mentions.length) continue;
    const p = doc.paragraphs[i];
    const q = old.paragraphs[i];
    if (!reaches(q.start, q.end, oldEnd) && !reaches(p.start, p.end, newEnd)) continue;
    const then = r.resolvedBefore[i]!;
    for (let k = 0; k < now.mentions.length; k++) {
      const o = placed(then.mentions[k], q);
      const n = placed(now.mentions[k], p);
      if (!reaches(o.titleStart ?? o.start, o.end, oldEnd) && !reaches(n.titleStart ?? n.start, n.end, newEnd))
        continue;
      if (readsAround(old, o) !== readsAround(doc, n)) return false;
    }
  }
  return true;
}

/** The last result with its offsets moved by `move`, as fresh objects (arrays shared between findings stay shared). */
export function movedResult(last: NameResult, move: Move): NameResult {
  const { head, delta } = move;
  // A span that stays ends at or before head; one that moves starts at or after the edit's end (at or after head).
  const start = (x: number) => (x < head ? x : x + delta);
  const end = (x: number) => (x <= head ? x : x + delta);
  const mentions: Mention[] = last.mentions.map((m) =>
    m.title !== undefined
      ? {
          start: start(m.start),
          end: end(m.end),
          text: m.text,
          entity: m.entity,
          paragraph: m.paragraph,
          title: m.title,
        }
      : { start: start(m.start), end: end(m.end), text: m.text, entity: m.entity, paragraph: m.paragraph },
  );
  const entities: Entity[] = last.entities.map((e) => ({ ...e, mentions: e.mentions.slice() }));
  const copies = new Map<unknown, unknown>();
  const related = (rs: Related[]): Related[] => {
    let c = copies.get(rs) as Related[] | undefined;
    if (!c) copies.set(rs, (c = rs.map((x) => ({ offset: start(x.offset), length: x.length, message: x.message }))));
    return c;
  };
  const edits = (es: TextEdit[]): TextEdit[] => {
    let c = copies.get(es) as TextEdit[] | undefined;
    if (!c) copies.set(es, (c = es.map((x) => ({ offset: start(x.offset), length: x.length, newText: x.newText }))));
    return c;
  };
  const fix = (f: Fix): Fix => {
    const c: Fix = { ...f, edits: edits(f.edits) };
    if (f.command) c.command = { ...f.command, args: f.command.args.slice() };
    return c;
  };
  const findings: Finding[] = last.findings.map((f) => ({
    ...f,
    offset: start(f.offset),
    related: related(f.related),
    fixes: f.fixes.map(fix),
  }));
  return { mentions, entities, findings, lowercase: last.lowercase };
}
