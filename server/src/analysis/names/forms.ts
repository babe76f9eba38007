// The same name in another form: its words run together, split or hyphenated another way (Kim
// Min-jun / Kim Minjun / Kim Min Jun, Nur Sultan / Nur-Sultan), its initials written another way
// (A.B. Nurlanov / A. B. Nurlanov), and a person's honorific changed or its full stop dropped
// (Dr. Sadykova … Dr Sadykova, Dr. Sadykova … Mrs. Sadykova: names/title, the first use sets the
// house style). Read from the mentions alone, as whole mentions: the spelling table compares single
// name words, which cannot see a word split in two.

import type { Entity, Finding, Fix, Mention } from '../types';
import type { RawMention } from './model';
import { finding } from '../finding';
import { HONORIFICS } from '../lexicon/nameWords';
import { isEnglishWord, isPlace } from '../lexicon/nameLists';
import { attested } from './spellings';
import { plain, withinOne } from './variants';

/** Separators that may come and go inside one name: spaces, hyphens, full stops, apostrophes. */
const SEPARATORS = /[\s\u00a0\-\u2010\u2011.'’]/g;
const HAS_LOWER = /\p{Ll}/u;
const HAS_SEPARATOR = /[\s\u00a0\-\u2010\u2011.'’]/;
const SPACES = /[\s\u00a0]+/g;
/** A curly or straight apostrophe is typography (the quotes check's), not another form. */
const APOSTROPHES = /[’ʼ]/g;

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/** names/variant for a mention written with other spacing, hyphens or initials than the draft's usual form. */
export function formFindings(raw: readonly RawMention[]): Finding[] {
  const written = byText(raw);
  // Mentions by their letters alone; most keys hold one form. Forms with a separator first
  // (few); a form without one only joins a key they made.
  const byKey = new Map<string, Map<string, number[]>>();
  for (const pass of [true, false]) {
    for (const [text, at] of written) {
      const m = raw[at[0]];
      if (m.acronym || m.units.length === 0) continue;
      if (HAS_SEPARATOR.test(text) !== pass || !HAS_LOWER.test(text)) continue;
      const key = pass ? text.replace(SEPARATORS, '').toLowerCase() : text.toLowerCase();
      if (key.length < 5 || (!pass && !byKey.has(key))) continue;
      let forms = byKey.get(key);
      if (!forms) byKey.set(key, (forms = new Map()));
      // Spaces of any kind are one space (a no-break space or a line break is no other form).
      const form = text.replace(SPACES, ' ').replace(APOSTROPHES, "'");
      const list = forms.get(form);
      if (list) for (const i of at) list.push(i);
      else forms.set(form, at.slice());
    }
  }
  for (const forms of byKey.values()) for (const list of forms.values()) list.sort((x, y) => x - y);
  const out: Finding[] = [];
  for (const forms of byKey.values()) {
    if (forms.size < 2) continue;
    // Only forms that differ where words meet (Min-jun / Minjun / Min Jun, A.B. / A. B.); the
    // capitals of a word are the spelling table's to judge (NurTrans / Nurtrans).
    const list = [...forms.entries()];
    if (!list.every(([t]) => sameWordCapitals(t, list[0][0]))) continue;
    // The draft's form: the most written, the first written on a tie.
    list.sort((a, b) => b[1].length - a[1].length || a[1][0] - b[1][0]);
    const [canon, canonAt] = list[0];
    // Words run together or split (Citypay / City Pay) need the draft to have settled on one form:
    // written once each they are two names as likely as one (NYC City Pay and the scam's
    // “Citypay”). A hyphen for a space or initials spaced otherwise (Sary-Arka / Sary Arka,
    // T.K. / T. K.) keep the words: the first use sets the style.
    if (canonAt.length < 2 && !list.every(([t]) => segments(t) === segments(canon))) continue;
    const first = raw[canonAt[0]];
    for (const [text, at] of list.slice(1)) {
      for (const i of at) {
        const m = raw[i];
        const fixes: Fix[] = [
          {
            title: `Use ‘${canon}’ here`,
            edits: [{ offset: m.start, length: m.end - m.start, newText: canon }],
            safe: false,
            preferred: true,
          },
        ];
        out.push(
          finding(
            'names/variant',
            `‘${text}’ — this draft also writes ‘${canon}’ (${times(canonAt.length)}, first in paragraph ${first.paragraph + 1}): the same name with other spacing, hyphens or initials`,
            m.start,
            m.end - m.start,
            {
              related: [
                { offset: first.start, length: first.end - first.start, message: `‘${canon}’ is written here` },
              ],
              fixes,
            },
          ),
        );
      }
    }
  }
  out.push(...undottedInitials(raw));
  return out;
}

/**
 * Initials written without their full stops before a surname the draft also writes with them
 * (R.J. Whitaker … RJ Whitaker). Bare capitals read as an acronym on their own (US, DA, NY), so
 * only the draft's own dotted initials before the same surname make them initials.
 */
function undottedInitials(raw: readonly RawMention[]): Finding[] {
  const dotted = new Map<string, RawMention>();
  for (const m of raw) {
    const units = m.units;
    const last = units[units.length - 1];
    if (units.length < 2 || last.initial || !m.text.includes('.')) continue;
    let letters = '';
    for (let k = 0; k < units.length - 1; k++) {
      if (!units[k].initial) {
        letters = '';
        break;
      }
      letters += units[k].text.replace(/\./g, '');
    }
    const key = `${letters} ${last.text}`;
    if (letters.length >= 2 && !dotted.has(key)) dotted.set(key, m);
  }
  const out: Finding[] = [];
  if (!dotted.size) return out;
  for (let i = 0; i + 1 < raw.length; i++) {
    const bare = raw[i];
    const surname = raw[i + 1];
    if (!bare.acronym || surname.start !== bare.end + 1 || surname.units.length !== 1) continue;
    const canon = dotted.get(`${bare.text} ${surname.units[0].text}`);
    if (!canon || !UNDOTTED.test(bare.text)) continue;
    const text = `${bare.text} ${surname.units[0].text}`;
    out.push(
      finding(
        'names/variant',
        `‘${text}’ — this draft also writes ‘${canon.text}’ (first in paragraph ${canon.paragraph + 1}): the same name with other spacing, hyphens or initials`,
        bare.start,
        surname.start + surname.units[0].text.length - bare.start,
        {
          related: [
            { offset: canon.start, length: canon.end - canon.start, message: `‘${canon.text}’ is written here` },
          ],
          fixes: [
            {
              title: `Use ‘${canon.text}’ here`,
              edits: [
                {
                  offset: bare.start,
                  length: bare.end - bare.start,
                  newText: canon.text.slice(0, canon.text.lastIndexOf(' ')),
                },
              ],
              safe: false,
              preferred: true,
            },
          ],
        },
      ),
    );
  }
  return out;
}

/** Two or three capitals: initials once their full stops are gone. */
const UNDOTTED = /^\p{Lu}{2,3}$/u;

/** The mentions of each text, in order: names repeat, so each text is worked out once. */
function byText(raw: readonly RawMention[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let i = 0; i < raw.length; i++) {
    const l = out.get(raw[i].text);
    if (l) l.push(i);
    else out.set(raw[i].text, [i]);
  }
  return out;
}

/** How many pieces separators cut a form into. */
const segments = (s: string) => s.split(SEPARATORS).filter(Boolean).length;

/** Whether two forms of one name have the same capitals once separators are set aside, but for a letter after a separator (Min-jun / Min Jun). */
function sameWordCapitals(a: string, b: string): boolean {
  const core = (s: string) =>
    s
      .replace(/([\s\u00a0\-\u2010\u2011.'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toLowerCase())
      .replace(SEPARATORS, '');
  return core(a) === core(b);
}

/** An honorific as a key (dr, mrs), or undefined for a role title or none. */
function honorificKey(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const words = title.split(/\s+/);
  const last = words[words.length - 1].toLowerCase().replace(/\.$/, '');
  return Object.hasOwn(HONORIFICS, last) && last !== 'sir' && last !== 'lord' && last !== 'lady' && last !== 'dame'
    ? last
    : undefined;
}

/** The honorific word of a title as written (Dr., Mrs), with its place. */
function honorificWord(m: RawMention): { text: string; start: number } | undefined {
  if (!m.title || m.titleStart === undefined) return undefined;
  const at = m.title.lastIndexOf(' ') + 1;
  return { text: m.title.slice(at), start: m.titleStart + at };
}

/**
 * names/title: a person's honorific written otherwise than at first use: its full stop dropped or
 * added (Dr. / Dr), or another honorific (Dr. / Mrs.). Role titles (President, Senator) change
 * with the copy and are left alone.
 */
export function titleFindings(
  entities: readonly Entity[],
  mentions: readonly Mention[],
  raw: readonly RawMention[],
): Finding[] {
  const out: Finding[] = [];
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    let house: { text: string; key: string; mention: number } | undefined;
    for (const i of e.mentions) {
      const r = raw[i];
      const key = honorificKey(r.title);
      const word = honorificWord(r);
      if (key === undefined || !word) continue;
      if (!house) {
        house = { text: word.text, key, mention: i };
        continue;
      }
      if (word.text === house.text) continue;
      const first = raw[house.mention];
      const name = mentions[i].text;
      const message =
        key === house.key
          ? `‘${word.text} ${name}’ — this draft writes ‘${house.text} ${mentions[house.mention].text}’ at first use (paragraph ${first.paragraph + 1}): keep one form of the title`
          : `‘${word.text} ${name}’ — ${name} is ‘${house.text}’ at first use (paragraph ${first.paragraph + 1}): the same person with another title`;
      out.push(
        finding('names/title', message, word.start, word.text.length, {
          related: [
            { offset: first.titleStart!, length: first.title!.length, message: `‘${house.text}’ is written here` },
          ],
          fixes: [
            {
              title: `Use ‘${house.text}’ here`,
              edits: [{ offset: word.start, length: word.text.length, newText: house.text }],
              safe: false,
              preferred: true,
            },
          ],
        }),
      );
    }
  }
  return out;
}

/**
 * names/variant for a word of a multi-word name respelled beside the same neighbour (Cedar Falls …
 * Ceder Falls, Harris County … Harris Conuty): an ordinary word or a place the lists know, and a
 * respelling they do not, one letter or a swap apart. The spelling table compares words alone, and
 * a common word alone proves nothing; its neighbour in the name does.
 */
export function companyFindings(raw: readonly RawMention[]): Finding[] {
  // Each text once (names repeat); first the neighbours of the spellings the lists do not know
  // (few in a draft): only words beside those are gathered.
  const written = byText(raw);
  const wanted = [new Set<string>(), new Set<string>()];
  const counts = new Map<string, number>();
  for (const at of written.values()) {
    const m = raw[at[0]];
    if (m.acronym || m.units.length < 2) continue;
    const us = m.units;
    for (let k = 0; k < us.length; k++) {
      const t = us[k].text;
      if (us[k].initial) continue;
      counts.set(t, (counts.get(t) ?? 0) + at.length);
      if (attested(t) || !HAS_LOWER.test(t)) continue;
      if (k + 1 < us.length && !us[k + 1].initial && us[k + 1].text.length >= 4) wanted[0].add(us[k + 1].text);
      if (k > 0 && !us[k - 1].initial && us[k - 1].text.length >= 4) wanted[1].add(us[k - 1].text);
    }
  }
  if (!wanted[0].size && !wanted[1].size) return [];
  // Each unit by its neighbour: [0] the words written before a word, [1] those after one.
  const byNeighbour = [
    new Map<string, Map<string, Array<{ m: number; u: number }>>>(),
    new Map<string, Map<string, Array<{ m: number; u: number }>>>(),
  ];
  for (const at of written.values()) {
    const m = raw[at[0]];
    if (m.acronym || m.units.length < 2) continue;
    const us = m.units;
    for (let k = 0; k < us.length; k++) {
      if (us[k].initial) continue;
      for (const side of [0, 1] as const) {
        const nb = us[side === 0 ? k + 1 : k - 1];
        if (!nb || nb.initial || !wanted[side].has(nb.text)) continue;
        let words = byNeighbour[side].get(nb.text);
        if (!words) byNeighbour[side].set(nb.text, (words = new Map()));
        let list = words.get(us[k].text);
        if (!list) words.set(us[k].text, (list = []));
        for (const i of at) list.push({ m: i, u: k });
      }
    }
  }
  for (const side of byNeighbour)
    for (const words of side.values()) for (const list of words.values()) list.sort((x, y) => x.m - y.m);
  const out: Finding[] = [];
  const flagged = new Set<string>();
  for (const words of [...byNeighbour[0].values(), ...byNeighbour[1].values()]) {
    if (words.size < 2) continue;
    const texts = [...words.keys()];
    for (const word of texts) {
      const lower = word.toLowerCase();
      if (!(isEnglishWord(lower) || isPlace(word))) continue;
      for (const slip of texts) {
        if (slip === word || flagged.has(slip) || attested(slip) || !HAS_LOWER.test(slip)) continue;
        const pw = plain(word);
        const ps = plain(slip);
        if (pw.length < 4 || ps.length < 4 || pw[0] !== ps[0] || !withinOne(pw, ps)) continue;
        // A word cut short (a headline clipped in a menu: Merchandis) or given an ending is no respelling.
        if (pw.startsWith(ps) || ps.startsWith(pw)) continue;
        if ((counts.get(slip) ?? 0) > (counts.get(word) ?? 0)) continue;
        flagged.add(slip);
        const first = words.get(word)![0];
        const fm = raw[first.m];
        const fu = fm.units[first.u];
        for (const { m, u } of words.get(slip)!) {
          const r = raw[m];
          const unit = r.units[u];
          const start = r.base + unit.start;
          out.push(
            finding(
              'names/variant',
              `‘${slip}’ — this draft also writes ‘${word}’ in ‘${fm.text}’ (paragraph ${fm.paragraph + 1}): the same name with a word respelled`,
              start,
              unit.text.length,
              {
                related: [{ offset: fm.base + fu.start, length: fu.text.length, message: `‘${word}’ is written here` }],
                fixes: [
                  {
                    title: `Use ‘${word}’ here`,
                    edits: [{ offset: start, length: unit.text.length, newText: word }],
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
  }
  return out;
}
