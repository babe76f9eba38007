// Grouping mentions into the people and organisations they name. A full name ("Maulen
// Ashimbayev") makes a person; a bare surname ("Ashimbayev", "Mr Ashimbayev") joins the one person
// with that surname, and joins nobody when two people share it (Marat and Yerlan Ospanov). Variant
// spellings are read through their canonical spelling, so "Ashimbaev" joins Ashimbayev. An
// organisation is one entity under its acronym ("National Bank of Kazakhstan (NBK)") and under
// "X Ministry" / "Ministry of X".

import type { Document, Entity, Mention } from '../types';
import type { RawMention } from './mentions';
import { surnameIndex, type SpellingTable } from './spellings';
import { plain, skeleton } from './variants';
import { FEMALE_ROLES, FUNCTION_WORDS, HONORIFICS, MALE_ROLES, ROLE_HEADS } from './words';

export interface EntityResult {
  mentions: Mention[];
  entities: Entity[];
}

/** Words that make a multi-word capitalised sequence a place, not a person. */
const PLACE_WORDS = new Set(
  'street road avenue square lane drive boulevard river lake mountain mountains island islands sea ocean bay gulf valley park bridge airport station hall tower building region province district oblast county state city town village coast peninsula desert forest canal port harbour harbor center centre stadium arena plaza belt way'.split(' '),
);
const PLACE_FIRST = new Set('new san santa los las hong saint st fort port lake mount north south east west upper lower great'.split(' '));

// Compiled once: the bundle turns a \p{…} literal into `new RegExp(…)`, built again on every call.
const ACRONYM_DEFINED = /^[ \u00a0]*\((\p{Lu}[\p{Lu}\p{N}&]{1,9})\)/u;
const ROLE_AFTER = /^,[ \u00a0]+((?:a|an|the)[ \u00a0]+)?([^,.;:()“”"\n]{2,90}?)(?=,|\.|;|\)|$)/u;
const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;
const VERB = /\b(?:said|says|told|added|was|is|has|had|will)\b/;
const PRONOUN_OR_NAME = /\b(he|him|his|she|her|hers)\b|(\p{Lu}\p{Ll}+[ \u00a0]\p{Lu}\p{Ll}+)/u;

export function canonicalUnit(table: SpellingTable, text: string): string {
  const i = table.byText.get(text);
  if (i === undefined) return text;
  const g = table.groupOf[i];
  return g < 0 ? text : table.spellings[table.groups[g].canonical].text;
}

export function buildEntities(doc: Document, raw: readonly RawMention[], table: SpellingTable): EntityResult {
  const entities: Entity[] = [];
  const mentions: Mention[] = raw.map((m) =>
    m.title ? { start: m.start, end: m.end, text: m.text, entity: -1, paragraph: m.paragraph, title: m.title } : { start: m.start, end: m.end, text: m.text, entity: -1, paragraph: m.paragraph },
  );
  const byKey = new Map<string, number>();
  const bySurname = new Map<string, number[]>();
  const byGiven = new Map<string, number[]>();
  // Asked for the same few hundred name words again and again.
  const canonMemo = new Map<string, string>();
  const canon = (t: string) => {
    let c = canonMemo.get(t);
    if (c === undefined) canonMemo.set(t, (c = skeleton(canonicalUnit(table, t))));
    return c;
  };
  const orgKeyMemo = new Map<string, string>();
  const orgKeyOf = (m: RawMention) => {
    let k = orgKeyMemo.get(m.text);
    if (k === undefined) orgKeyMemo.set(m.text, (k = orgKey(m, table)));
    return k;
  };
  const newEntity = (kind: Entity['kind'], m: RawMention): number => {
    const id = entities.length;
    entities.push({ id, kind, canonical: m.units.map((u) => canonicalUnit(table, u.text)).join(' '), canonicalFrom: 'introduction', mentions: [] });
    return id;
  };
  const attach = (mi: number, id: number) => {
    mentions[mi].entity = id;
    entities[id].mentions.push(mi);
  };
  const push = (map: Map<string, number[]>, key: string, id: number) => {
    const l = map.get(key);
    if (!l) map.set(key, [id]);
    else if (!l.includes(id)) l.push(id);
  };

  // Organisations first: their acronyms and aliases are defined where they are introduced.
  raw.forEach((m, mi) => {
    if (!m.org || m.acronym) return;
    const key = 'o:' + orgKeyOf(m);
    let id = byKey.get(key);
    if (id === undefined) {
      id = newEntity('organisation', m);
      entities[id].canonical = m.text;
      byKey.set(key, id);
    }
    attach(mi, id);
    // "National Bank of Kazakhstan (NBK)": the acronym is the same organisation.
    const def = ACRONYM_DEFINED.exec(doc.prose.slice(m.end, m.end + 16));
    if (def && !byKey.has('a:' + def[1])) byKey.set('a:' + def[1], id);
  });
  raw.forEach((m, mi) => {
    if (!m.acronym) return;
    const key = 'a:' + m.text;
    let id = byKey.get(key);
    if (id === undefined) {
      id = newEntity('organisation', m);
      byKey.set(key, id);
    }
    attach(mi, id);
  });

  // People: full names, keyed by their canonical name words (middle initials left out), in
  // either order ("Szabó Péter" and "Péter Szabó" are one person).
  raw.forEach((m, mi) => {
    if (m.org || m.acronym) return;
    if (m.names < 2) return;
    // Written elsewhere as an organisation ("the Nur Otan party", ‘Nur Otan’).
    const org = byKey.get('o:' + orgKeyOf(m));
    if (org !== undefined) return attach(mi, org);
    const named = m.units.filter((u) => !u.initial);
    const key = 'p:' + personKey(named.map((u) => canon(u.text)));
    let id = byKey.get(key);
    if (id === undefined) {
      id = newEntity(looksLikePlace(m) ? 'unknown' : 'person', m);
      entities[id].canonical = named.map((u) => canonicalUnit(table, u.text)).join(' ');
      byKey.set(key, id);
      const s = surnameIndex(m);
      const person = id;
      push(bySurname, canon(m.units[s].text), person);
      m.units.forEach((u, k) => {
        if (k !== s && !u.initial) push(byGiven, canon(u.text), person);
      });
    }
    attach(mi, id);
  });

  // Bare names: the one person with that surname (or, failing that, that given name).
  raw.forEach((m, mi) => {
    if (m.org || m.acronym) return;
    if (m.names !== 1) return;
    const k = canon(m.units.find((u) => !u.initial)!.text);
    const people = bySurname.get(k) ?? byGiven.get(k);
    if (people) {
      if (people.length === 1) attach(mi, people[0]);
      return; // two people share it: the mention stays unresolved
    }
    const key = 'b:' + k;
    let id = byKey.get(key);
    if (id === undefined) {
      id = newEntity(m.title || m.speaks ? 'person' : 'unknown', m);
      byKey.set(key, id);
    }
    if ((m.title && HONORIFICS[m.title.toLowerCase().replace(/\.$/, '')] !== undefined) || m.speaks) entities[id].kind = 'person';
    attach(mi, id);
  });

  // Mentions in reading order (mention indexes follow the text).
  for (const e of entities) e.mentions.sort((a, b) => a - b);
  for (const e of entities) describe(doc, raw, e);
  return { mentions, entities };
}

/** The canonical name words in sorted order, joined (two of them, the usual case, without sorting an array). */
function personKey(words: string[]): string {
  if (words.length === 2) return words[0] <= words[1] ? words[0] + ' ' + words[1] : words[1] + ' ' + words[0];
  return words.sort().join(' ');
}

function orgKey(m: RawMention, table: SpellingTable): string {
  const words = m.text.replace(/['’]s\b/g, '').split(/[\s\u00a0]+/).map((w) => plain(canonicalUnit(table, w)));
  // "Ministry of Energy" is "Energy Ministry".
  const of = words.indexOf('of');
  if (of === 1 && words.length >= 3) return [...words.slice(2).filter((w) => w !== 'the'), words[0]].join(' ');
  return words.join(' ');
}

function looksLikePlace(m: RawMention): boolean {
  const first = m.units[0].text.toLowerCase();
  const last = m.units[m.units.length - 1].text.toLowerCase();
  return PLACE_FIRST.has(first) || PLACE_WORDS.has(last);
}

/** Role, gender and kind, read where the entity is introduced. */
function describe(doc: Document, raw: readonly RawMention[], e: Entity): void {
  if (e.kind === 'organisation' || !e.mentions.length) return;
  const ms = e.mentions.map((i) => raw[i]);
  const full = ms.find((m) => m.names >= 2) ?? ms[0];
  if (ms.some((m) => m.speaks) || ms.some((m) => m.title)) {
    if (e.kind === 'unknown' && ms.some((m) => m.units.length === 1) && ms.length > 1) e.kind = 'person';
  }
  const role = roleOf(doc, full);
  if (role) {
    e.role = role;
    if (e.kind === 'unknown') e.kind = 'person';
  }
  if (e.kind !== 'person') return;
  e.gender = genderOf(doc, ms, full, role);
}

const MODIFIERS = new Set('first second deputy vice former acting chief senior general executive managing assistant prime foreign interim co-founder associate principal lead head regional national executive political'.split(' '));
const BETWEEN_OK = new Set(['of', 'for', 'at', 'to', 'the', 'in', 'on', 'and']);

/** "first deputy chairman of the party Maulen Ashimbayev" or "Aigerim Kassymova, a spokeswoman for the Energy Ministry,". */
export function roleOf(doc: Document, m: RawMention): string | undefined {
  const prose = doc.prose;
  const after = ROLE_AFTER.exec(prose.slice(m.end, m.end + 110));
  if (after) {
    const phrase = after[2].trim();
    const words = phrase.split(/\s+/);
    if (LOWER_START.test(phrase) && (after[1] || !FUNCTION_WORDS.has(words[0])) && words.some((w) => ROLE_HEADS.has(w.toLowerCase())) && !VERB.test(phrase)) {
      return (after[1] ? after[1] : '') + phrase;
    }
  }
  // Before the name, within its sentence; a bare word needs a title to be read as a person.
  if (m.units.length < 2 && !m.title) return undefined;
  const left = m.titleStart ?? m.start;
  const sen = doc.sentences[m.sentence];
  const from = sen ? Math.max(sen.start, left - 160) : Math.max(0, left - 160);
  const words = prose.slice(from, left).split(/[\s\u00a0]+/).filter(Boolean);
  if (m.title) words.push(...m.title.split(/\s+/));
  let head = -1;
  for (let k = words.length - 1; k >= Math.max(0, words.length - 10); k--) {
    const w = words[k].toLowerCase().replace(/[,]$/, '');
    if (ROLE_HEADS.has(w)) {
      head = k;
      break;
    }
    if (/[,;:.!?]$/.test(words[k]) || FUNCTION_WORDS.has(w) && !BETWEEN_OK.has(w)) break;
  }
  if (head < 0) return undefined;
  let s = head;
  while (s > 0 && MODIFIERS.has(words[s - 1].toLowerCase())) s--;
  // "China's Ambassador": a possessive before the role belongs to it.
  if (s > 0 && /['’]s$/.test(words[s - 1]) && UPPER_START.test(words[s - 1])) s--;
  const role = words.slice(s).join(' ').replace(/[,]$/, '');
  return role.length >= 3 ? role : undefined;
}

const FEMALE_ENDING = /(?:ova|eva|yova|ina|aya|skaya|ska|cka)$/;
const MALE_ENDING = /(?:ov|ev|yov|in|iy|sky|ski|cki)$/;

function genderOf(doc: Document, ms: RawMention[], full: RawMention, role: string | undefined): Entity['gender'] {
  for (const m of ms) {
    if (!m.title) continue;
    const h = HONORIFICS[m.title.split(/\s+/)[0].toLowerCase()];
    if (h) return h;
  }
  for (const w of (role ?? '').toLowerCase().split(/\s+/)) {
    if (FEMALE_ROLES.has(w)) return 'female';
    if (MALE_ROLES.has(w)) return 'male';
  }
  // The first personal pronoun after the introduction, when no other name comes between.
  const sen = doc.sentences[full.sentence];
  if (sen) {
    const stop = doc.sentences[full.sentence + 1]?.end ?? sen.end;
    const window = doc.prose.slice(full.end, Math.min(stop, full.end + 400));
    const pro = PRONOUN_OR_NAME.exec(window);
    if (pro && pro[1]) return /^(she|her|hers)$/.test(pro[1]) ? 'female' : 'male';
  }
  const surname = plain(full.units[full.units.length - 1].text);
  if (surname.length >= 5) {
    if (FEMALE_ENDING.test(surname)) return 'female';
    if (MALE_ENDING.test(surname)) return 'male';
  }
  return undefined;
}
