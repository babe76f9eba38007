// A keystroke inside a name ("Gonzalez" -> "Gonzalezx") changes what the spelling table counts in
// its paragraph only. When that change cannot reach the variant groups, they are the last
// analysis's: the table is not built again (counting every name word of the draft), the groups are
// kept with where their spellings are written, moved by the edit.
//
// Why the kept groups are exact. buildSpellings makes its groups from the pairs PairIndex gives,
// each judged by the two spellings' figures (counts, capitals, the names they stand beside, the
// places of their first and first full-name use, compared only with each other), the lower-case
// set's answers about them, whether a spelling's plain form is another spelling's plus an ending
// (`derived`), and, in a bucket over the cap, the order spellings are first written in. Here:
// - Every paragraph but the changed ones reads the same names, moved whole (editedParagraphs), and
//   the words the last table asked the lower-case set about answer as before.
// - A spelling written in a changed paragraph (before or after the edit) either is related to no
//   spelling and in no bucket over the cap (PairIndex.alone, asked with the spellings that came
//   in already indexed and those that went out not yet taken out): it is in no pair, and its place
//   in the order is read by no pair; or it is written there as before: the same such spellings in
//   the same order, each adding the same to its figures, each moved whole by the edit. So the pairs
//   are the same, and every spelling in one has the same figures, with its places moved as the
//   spans holding them did, which keeps every order between them (see moved.ts).
// - A spelling that came into the draft or went out of it is no related spelling's plain form
//   less an ending (PairIndex.relatedExtends): `derived` answers as before.
// - Without style sheet names (whose findings read every spelling): kept groups are not tried then.
// The table is read afterwards for its groups, their spellings' texts and where those are written
// (occurrences): that is all a kept table holds.

import type { KeptReading, Move, Resolution } from '../model';
import {
  hasLower,
  initialKey,
  nameWord,
  nameWordsOf,
  roleTitleOf,
  surnameIndex,
  type Occurrence,
  type Spelling,
  type SpellingTable,
  type VariantGroup,
} from '../spellings';
import { type PairIndex, plain, skeleton, type VariantKind } from '../variants';

/** The spelling table as the names check keeps it between analyses: its groups, and every spelling's count. */
export interface KeptTable {
  table: SpellingTable;
  /** How many times each spelling is written in the draft (what buildSpellings counts). */
  counts: Map<string, number>;
}

/** The groups of `table` alone, with their spellings' places mapped by `place` (which may drop none). */
export function keptTable(table: SpellingTable, place: (o: Occurrence) => Occurrence): SpellingTable {
  const spellings: Spelling[] = [];
  const byText = new Map<string, number>();
  const groups: VariantGroup[] = [];
  const places: Occurrence[][] = [];
  for (const g of table.groups) {
    const at = new Map<number, number>();
    for (const i of g.spellings) {
      const k = spellings.length;
      at.set(i, k);
      spellings.push(table.spellings[i]);
      byText.set(table.spellings[i].text, k);
      places.push(table.occurrences(i).map(place));
    }
    const kinds = new Map<number, VariantKind>();
    for (const [i, kind] of g.kinds) kinds.set(at.get(i)!, kind);
    groups.push({
      spellings: g.spellings.map((i) => at.get(i)!),
      canonical: at.get(g.canonical)!,
      canonicalFrom: g.canonicalFrom,
      kinds,
    });
  }
  const groupOf = new Int32Array(spellings.length);
  groups.forEach((g, k) => {
    for (const i of g.spellings) groupOf[i] = k;
  });
  const occurrences = (i: number): Occurrence[] => {
    const list = places[i];
    // Without style sheet names only a group's spellings are asked about.
    if (!list) throw new Error('names: a kept spelling table knows where its groups are written only');
    return list;
  };
  return { spellings, occurrences, byText, groups, groupOf };
}

/** Every spelling a counted table has, with its count. */
export function countsOf(table: SpellingTable): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of table.spellings) counts.set(s.text, s.count);
  return counts;
}

/** A spelling written once, as buildSpellings counts it: what it adds to the spelling's figures (`sig`), where (`lo`, `hi`, draft offsets), in which mention of its paragraph (or -1) and unit. */
interface Written {
  text: string;
  sig: string;
  lo: number;
  hi: number;
  mention: number;
  unit: number;
}

/** What buildSpellings counts in a paragraph's reading at `base`, in its order (mention words, then loose words). */
function written(r: Resolution, base: number, heading: boolean): Written[] {
  const out: Written[] = [];
  r.mentions.forEach((m, k) => {
    if (m.acronym) return;
    const full = m.names >= 2 && !m.org;
    const sIdx = full ? surnameIndex(m) : -1;
    const title = roleTitleOf(m);
    const listed = m.listedWith === undefined ? '' : '\u0003' + m.listedWith;
    const titled = title === undefined ? -1 : full ? sIdx : m.units.length - 1;
    m.units.forEach((u, ui) => {
      if (u.initial || !hasLower(u.text)) return;
      let sig = ui === 0 && m.sentenceInitial ? 'u' : 'U';
      if (ui === titled) sig += '\u0001' + title;
      sig += listed;
      if (m.org) sig += 'o';
      else if (full) {
        if (nameWordsOf(m) - (nameWord(u) ? 1 : 0) > 0) sig += 'w';
        if (ui === sIdx) {
          sig += 's';
          if (m.intro !== undefined) sig += '\u0002' + m.intro;
          m.units.forEach((x, k2) => {
            if (k2 !== ui) sig += '\u0000' + (x.initial ? initialKey(x.text) : skeleton(x.text));
          });
        } else sig += 'g\u0000' + skeleton(m.units[sIdx].text);
      } else if (m.names === 1) {
        sig += '1';
        for (const x of m.units) if (x.initial) sig += '\u0000' + initialKey(x.text);
      }
      out.push({ text: u.text, sig, lo: base + u.start, hi: base + u.end, mention: k, unit: ui });
    });
  });
  for (const w of r.loose)
    out.push({
      text: w.text,
      sig: heading || w.sentenceInitial ? 'l' : 'L',
      lo: base + w.start,
      hi: base + w.end,
      mention: -1,
      unit: -1,
    });
  return out;
}

/**
 * The last table's groups for the draft of `r`, whose paragraphs `changed` alone read other names
 * than at the last analysis, or undefined when a spelling of theirs may change the groups. `kept`
 * and `index` are brought up to date when it succeeds; when it fails `kept.counts` is no longer
 * the draft's (the caller builds the table and counts again; `index` makes itself right then).
 */
export function regroup(
  kept: KeptTable,
  r: KeptReading,
  edit: { move: Move; changed: readonly number[] },
  index: PairIndex,
): SpellingTable | undefined {
  const { head, oldEnd, delta } = edit.move;
  const before = r.before!;
  const then: Written[][] = [];
  const now: Written[][] = [];
  const diff = new Map<string, number>();
  for (const i of edit.changed) {
    const heading = r.doc.paragraphs[i].kind === 'heading';
    const o = written(r.resolvedBefore[i]!, before.paragraphs[i].start, heading);
    const n = written(r.resolved[i]!, r.doc.paragraphs[i].start, heading);
    for (const w of o) diff.set(w.text, (diff.get(w.text) ?? 0) - 1);
    for (const w of n) diff.set(w.text, (diff.get(w.text) ?? 0) + 1);
    then.push(o);
    now.push(n);
  }
  const came: string[] = [];
  const went: string[] = [];
  for (const [t, d] of diff) {
    const was = kept.counts.get(t) ?? 0;
    const is = was + d;
    if (is < 0 || was > 0 !== index.has(t)) return undefined; // not the draft the index and counts were kept for
    if (was === 0 && is > 0) came.push(t);
    else if (was > 0 && is === 0) went.push(t);
  }
  for (const t of came) index.include(t);
  // A spelling in a pair must be written in the changed paragraphs as before: the same words in
  // the same order, counted the same, each moved whole by the edit.
  const paired = new Set<string>();
  for (const t of diff.keys()) if (!index.alone(t)) paired.add(t);
  const groupOf = kept.table.byText;
  const replaced = new Map<number, { was: Written; is: Written }>();
  for (let c = 0; c < edit.changed.length; c++) {
    const o = then[c].filter((w) => paired.has(w.text));
    const n = now[c].filter((w) => paired.has(w.text));
    if (o.length !== n.length) return undefined;
    for (let k = 0; k < o.length; k++) {
      const a = o[k];
      const b = n[k];
      const d = b.lo - a.lo;
      if (
        a.text !== b.text ||
        a.sig !== b.sig ||
        b.hi - a.hi !== d ||
        !((d === 0 && a.hi <= head) || (d === delta && a.lo >= oldEnd))
      )
        return undefined;
      if (groupOf.has(a.text)) replaced.set(a.lo, { was: a, is: b });
    }
  }
  for (const t of [...came, ...went]) if (index.relatedExtends(plain(t))) return undefined;
  for (const t of went) index.exclude(t);
  for (const [t, d] of diff) {
    const is = (kept.counts.get(t) ?? 0) + d;
    if (is) kept.counts.set(t, is);
    else kept.counts.delete(t);
  }
  // Mention indexes after a changed paragraph move by the mentions it gained or lost.
  const shift = new Int32Array(r.doc.paragraphs.length);
  const isChanged = new Uint8Array(r.doc.paragraphs.length);
  let by = 0;
  let next = 0;
  for (let p = 0; p < shift.length; p++) {
    shift[p] = by;
    if (edit.changed[next] === p) {
      isChanged[p] = 1;
      by += r.resolved[p]!.mentions.length - r.resolvedBefore[p]!.mentions.length;
      next++;
    }
  }
  const moved = movedPlaces(edit.move, shift);
  return keptTable(kept.table, (o) => {
    if (!isChanged[o.paragraph]) return moved(o);
    // Written again in its changed paragraph, as the k-th of the same words as before.
    const { was, is } = replaced.get(o.start)!;
    const c: Occurrence = {
      start: is.lo,
      end: is.hi,
      paragraph: o.paragraph,
      mention: o.mention < 0 ? -1 : o.mention - was.mention + is.mention + shift[o.paragraph],
      unit: is.unit,
    };
    if (o.heading !== undefined) c.heading = o.heading;
    return c;
  });
}

/** Moves the places of a kept table (its own objects: no result holds them) by an edit no place of them reaches. */
export function moveKept(table: SpellingTable, move: Move): void {
  const { head, delta } = move;
  for (let i = 0; i < table.spellings.length; i++) {
    for (const o of table.occurrences(i)) {
      if (o.start >= head) o.start += delta;
      if (o.end > head) o.end += delta;
    }
  }
}

/** Where a place outside the edit is after it; `shift`: by how much mention indexes move, by paragraph. */
function movedPlaces(move: Move, shift: Int32Array): (o: Occurrence) => Occurrence {
  const { head, delta } = move;
  // A span that stays ends at or before head; one that moves starts at or after the edit's end.
  return (o) => {
    const c: Occurrence = {
      start: o.start < head ? o.start : o.start + delta,
      end: o.end <= head ? o.end : o.end + delta,
      paragraph: o.paragraph,
      mention: o.mention < 0 ? o.mention : o.mention + shift[o.paragraph],
      unit: o.unit,
    };
    if (o.heading !== undefined) c.heading = o.heading;
    return c;
  };
}
