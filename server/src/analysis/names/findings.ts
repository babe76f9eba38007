// The names findings and their fixes: a variant spelling (names/variant), a spelling the style
// sheet settles otherwise (names/style-sheet), a bare surname before the full name
// (names/first-reference).

import type { Entity, Finding, Fix, Mention, Related, StyleSheet, TextEdit } from '../types';
import { DOCUMENT_URI_ARG } from '../types';
import { finding } from '../finding';
import type { RawMention } from './model';
import { surnameOf, type SpellingTable } from './spellings';
import { candidatePairs, type PairIndex, SheetPairs, variantKind } from './variants';
import { HONORIFICS } from '../lexicon/nameWords';

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

const addToSheet = (name: string, title = `Add ‘${name}’ to the style sheet`): Fix => ({
  title,
  edits: [],
  safe: false,
  command: { name: 'copydesk.addToStyleSheet', args: [DOCUMENT_URI_ARG, name] },
});

const markDistinct = (a: string, b: string): Fix => ({
  title: `‘${a}’ and ‘${b}’ are different people`,
  edits: [],
  safe: false,
  command: { name: 'copydesk.markDistinct', args: [DOCUMENT_URI_ARG, a, b] },
});

interface Place {
  start: number;
  end: number;
  paragraph: number;
}

/** Where a spelling is written, headlines left out: their capitals are no place to fix a name. */
function placesOf(table: SpellingTable, spelling: number): Place[] {
  return table.occurrences(spelling).filter((o) => !o.heading);
}

/** The spellings a fix-everywhere replaces, named so the writer sees what will change. */
function variantList(table: SpellingTable, g: SpellingTable['groups'][number], sheeted: Set<number>): string {
  const names = g.spellings.filter((i) => g.kinds.has(i) && !sheeted.has(i)).map((i) => `‘${table.spellings[i].text}’`);
  return names.length > 4 ? `${names.slice(0, 4).join(', ')} and ${names.length - 4} more` : names.join(', ');
}

/** names/variant for every spelling that is not its group's canonical one. */
export function variantFindings(table: SpellingTable, sheeted: Set<number>): Finding[] {
  const out: Finding[] = [];
  for (const g of table.groups) {
    if (g.canonicalFrom === 'style-sheet') continue; // names/style-sheet says it
    const canon = table.spellings[g.canonical].text;
    const canonPlaces = table.occurrences(g.canonical);
    const related: Related[] = canonPlaces
      .slice(0, 3)
      .map((p) => ({ offset: p.start, length: p.end - p.start, message: `‘${canon}’ is written here` }));
    const allVariantEdits: TextEdit[] = [];
    for (const i of g.spellings) {
      if (!g.kinds.has(i) || sheeted.has(i)) continue;
      for (const p of placesOf(table, i))
        allVariantEdits.push({ offset: p.start, length: p.end - p.start, newText: canon });
    }
    for (const i of g.spellings) {
      if (!g.kinds.has(i) || sheeted.has(i)) continue;
      const s = table.spellings[i];
      const how = g.kinds.get(i);
      const note =
        how === 'diacritics'
          ? ' without its accents'
          : how === 'case'
            ? ' with other capitals'
            : how === 'hyphen'
              ? ' with other spacing or hyphens'
              : '';
      const message = `‘${s.text}’ — this draft also writes ‘${canon}’ (${times(canonPlaces.length)}, first in paragraph ${canonPlaces[0].paragraph + 1})${note ? `: the same name${note}` : ''}`;
      for (const p of placesOf(table, i)) {
        const fixes: Fix[] = [
          {
            title: `Use ‘${canon}’ here`,
            edits: [{ offset: p.start, length: p.end - p.start, newText: canon }],
            safe: false,
            preferred: true,
          },
        ];
        if (allVariantEdits.length > 1)
          fixes.push({
            title: `Use ‘${canon}’ everywhere in this draft (for ${variantList(table, g, sheeted)})`,
            edits: allVariantEdits,
            safe: false,
          });
        fixes.push(
          addToSheet(canon),
          addToSheet(s.text, `Keep ‘${s.text}’: add it to the style sheet`),
          markDistinct(s.text, canon),
        );
        out.push(finding('names/variant', message, p.start, p.end - p.start, { related, fixes }));
      }
    }
  }
  return out;
}

const LETTER = /\p{L}/u;

/** The style sheet's name words, each once, in its order. */
export function sheetWords(sheet: StyleSheet): string[] {
  return [...new Set(sheet.names.flatMap((n) => n.split(/\s+/)).filter((w) => LETTER.test(w)))];
}

/**
 * names/style-sheet: a draft spelling that is a variant of one the style sheet settles. With the
 * draft's cache, `kept` finds the pairs through the draft's kept buckets (`index`).
 */
export function styleSheetFindings(
  table: SpellingTable,
  sheet: StyleSheet | undefined,
  kept?: { index: PairIndex; sheet: SheetPairs },
): { findings: Finding[]; sheeted: Set<number> } {
  const findings: Finding[] = [];
  const sheeted = new Set<number>();
  if (!sheet || !sheet.names.length) return { findings, sheeted };
  const sheetUnits = kept ? kept.sheet.words : sheetWords(sheet);
  const distinct = new Set(sheet.distinct.flatMap(([a, b]) => [a + '\u0000' + b, b + '\u0000' + a]));
  const drafts = table.spellings.map((s) => s.text);
  const n = drafts.length;
  const texts = kept ? drafts : [...drafts, ...sheetUnits];
  const target = new Map<number, string>();
  for (const [i, j] of kept ? kept.sheet.pairs(kept.index, drafts, table.byText) : candidatePairs(texts)) {
    if (i >= n || j < n) continue; // a draft spelling against a style-sheet spelling
    const draft = drafts[i];
    const settled = sheetUnits[j - n];
    if (sheetUnits.includes(draft) || distinct.has(draft + '\u0000' + settled)) continue;
    if (!variantKind(draft, settled)) continue;
    if (!target.has(i)) target.set(i, settled);
  }
  for (const [i, settled] of target) {
    sheeted.add(i);
    const s = table.spellings[i];
    for (const p of placesOf(table, i)) {
      findings.push(
        finding('names/style-sheet', `‘${s.text}’ — the style sheet spells it ‘${settled}’`, p.start, p.end - p.start, {
          fixes: [
            {
              title: `Use ‘${settled}’ here`,
              edits: [{ offset: p.start, length: p.end - p.start, newText: settled }],
              safe: true,
              preferred: true,
            },
            markDistinct(s.text, settled),
          ],
        }),
      );
    }
  }
  return { findings, sheeted };
}

/** A full name's words in lower case, in the order written, initials left out; kept with the mention's shape. */
function orderOf(m: RawMention): string {
  return (m.shape.order ??= m.units
    .filter((u) => !u.initial)
    .map((u) => u.text.toLowerCase())
    .join(' '));
}

/**
 * Name-order and given-name slips of full names: "Szabó Péter" beside "Péter Szabó", and
 * "Xiaoming" for Li Xiaoming (the family name comes first in Chinese, Korean, Vietnamese names).
 */
export function personFindings(
  entities: readonly Entity[],
  mentions: readonly Mention[],
  raw: readonly RawMention[],
): Finding[] {
  const out: Finding[] = [];
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    // The first full name, and whether another is written in another order (most people have one).
    let first = -1;
    let reordered = false;
    for (const i of e.mentions) {
      if (raw[i].names < 2) continue;
      if (first < 0) first = i;
      else if (orderOf(raw[i]) !== orderOf(raw[first])) {
        reordered = true;
        break;
      }
    }
    if (first < 0) continue;
    const fulls = reordered ? e.mentions.filter((i) => raw[i].names >= 2) : [first];
    // Orders written in the draft, by the sequence of name words.
    const orders = new Map<string, number[]>();
    if (reordered) {
      for (const i of fulls) {
        const key = orderOf(raw[i]);
        const l = orders.get(key);
        if (l) l.push(i);
        else orders.set(key, [i]);
      }
    }
    if (orders.size === 2) {
      const [[ka, la], [kb, lb]] = [...orders.entries()];
      const wa = ka.split(' ');
      const wb = kb.split(' ');
      if (wa.length === 2 && wb.length === 2 && wa[0] === wb[1] && wa[1] === wb[0]) {
        const bare = new Set(
          e.mentions.filter((i) => raw[i].units.length === 1).map((i) => raw[i].units[0].text.toLowerCase()),
        );
        let keep: number[];
        if (raw[la[0]].units.length === 2 && surnameOf(raw[la[0]]) === 0) keep = la;
        else if (raw[lb[0]].units.length === 2 && surnameOf(raw[lb[0]]) === 0) keep = lb;
        else if (bare.has(wa[1]) !== bare.has(wb[1])) keep = bare.has(wa[1]) ? la : lb;
        else if (la.length !== lb.length) keep = la.length > lb.length ? la : lb;
        else keep = lb; // a tie: the later order is the writer's settled one
        const flag = keep === la ? lb : la;
        const canon = mentions[keep[0]].text;
        for (const i of flag) {
          const m = mentions[i];
          out.push(
            finding(
              'names/variant',
              `‘${m.text}’ — this draft also writes ‘${canon}’ (${times(keep.length)}, first in paragraph ${mentions[keep[0]].paragraph + 1}): the same name in the other order`,
              m.start,
              m.end - m.start,
              {
                related: keep.slice(0, 3).map((k) => ({
                  offset: mentions[k].start,
                  length: mentions[k].end - mentions[k].start,
                  message: `‘${canon}’ is written here`,
                })),
                fixes: [
                  {
                    title: `Use ‘${canon}’ here`,
                    edits: [{ offset: m.start, length: m.end - m.start, newText: canon }],
                    safe: false,
                    preferred: true,
                  },
                  addToSheet(canon),
                ],
              },
            ),
          );
        }
      }
    }
    // Family-first names: a bare given name on a later reference.
    const intro = raw[fulls[0]];
    if (intro.units.length === 2 && surnameOf(intro) === 0) {
      const family = intro.units[0].text;
      const given = intro.units[1].text;
      for (const i of e.mentions) {
        const r = raw[i];
        if (r.units.length !== 1 || r.units[0].text !== given || r.start < intro.start) continue;
        out.push(
          finding(
            'names/variant',
            `‘${given}’ is the given name of ${mentions[fulls[0]].text}: the family name ‘${family}’ comes first and is the one used on second reference`,
            r.start,
            r.end - r.start,
            {
              related: [
                {
                  offset: intro.start,
                  length: intro.end - intro.start,
                  message: `${mentions[fulls[0]].text} is introduced here`,
                },
              ],
              fixes: [
                {
                  title: `Use ‘${family}’ here`,
                  edits: [{ offset: r.start, length: r.end - r.start, newText: family }],
                  safe: false,
                  preferred: true,
                },
              ],
            },
          ),
        );
      }
    }
  }
  return out;
}

/**
 * names/first-reference: a bare surname before the person's full name appears. Only where the
 * draft shows both are one person: the bare mention is the full name's surname and is used as a
 * person is (a title, a speech verb), and the full name has a person's marks (a role, a title,
 * speech). A place or team that a longer name also holds ("Wales" and "Wales Under-21") is not
 * a person introduced late.
 */
export function firstReferenceFindings(
  entities: readonly Entity[],
  mentions: readonly Mention[],
  raw: readonly RawMention[],
): Finding[] {
  const out: Finding[] = [];
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    const full = e.mentions.find((i) => raw[i].names >= 2);
    if (full === undefined) continue;
    const fr = raw[full];
    if (!e.role && !fr.title && !fr.speaks) continue;
    const surname = fr.units[surnameOf(fr)].text;
    const f = mentions[full];
    for (const i of e.mentions) {
      const r = raw[i];
      if (r.start >= f.start) break;
      const honorific =
        !!r.title && r.title.split(/\s+/).length === 1 && r.title.toLowerCase().replace(/\.$/, '') in HONORIFICS;
      if (r.units.length !== 1 || r.units[0].text !== surname || !(honorific || r.speaks)) continue;
      out.push(
        finding(
          'names/first-reference',
          `‘${r.text}’ comes before the full name ‘${f.text}’ (paragraph ${f.paragraph + 1}): introduce the person by full name first`,
          r.start,
          r.end - r.start,
          {
            related: [
              { offset: f.start, length: f.end - f.start, message: `‘${f.text}’ is first written in full here` },
            ],
            fixes: [
              {
                title: `Use ‘${f.text}’ here`,
                edits: [{ offset: r.start, length: r.end - r.start, newText: f.text }],
                safe: false,
                preferred: true,
              },
            ],
          },
        ),
      );
    }
  }
  return out;
}
