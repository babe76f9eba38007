// Grouping mentions into the people and organisations they name. A full name ("Maulen
// Ashimbayev") makes a person; a bare surname ("Ashimbayev", "Mr Ashimbayev") joins the one person
// with that surname, and joins nobody when two people share it (Marat and Yerlan Ospanov). Variant
// spellings are read through their canonical spelling, so "Ashimbaev" joins Ashimbayev. An
// organisation is one entity under its acronym ("National Bank of Kazakhstan (NBK)") and under
// "X Ministry" / "Ministry of X".

import type { Document, Entity, Mention } from '../types';
import type { MentionKeys, MentionReading, RawMention } from './model';
import { ownCopy } from '../strings';
import { surnameOf, type SpellingTable } from './spellings';
import { plain, skeleton } from './variants';
import { FUNCTION_WORDS, HONORIFICS } from '../lexicon/nameWords';
import { FEMALE_ROLES, MALE_ROLES, ROLE_HEADS } from '../lexicon/roles';

export interface EntityResult {
  mentions: Mention[];
  entities: Entity[];
}

/** Words that make a multi-word capitalised sequence a place, not a person. */
const PLACE_WORDS = new Set(
  'street road avenue square lane drive boulevard river lake mountain mountains island islands sea ocean bay gulf valley park bridge airport station hall tower building region province district oblast county state city town village coast peninsula desert forest canal port harbour harbor center centre stadium arena plaza belt way'.split(
    ' ',
  ),
);
const PLACE_FIRST = new Set(
  'new san santa los las hong saint st fort port lake mount north south east west upper lower great'.split(' '),
);

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

const NONE: string[] = [];

/** canonicalUnit as one reading of the table (or none), with what it gives memoised for one analysis. */
class Reading {
  private readonly canons = new Map<string, string>();
  private readonly orgKeys = new Map<string, string>();
  private readonly words = new Map<string, string[]>();
  private readonly strings = new Map<string, string>();
  constructor(readonly unit: (text: string) => string) {}

  /** One string for each key: mentions of one name share their keys instead of each holding a copy. */
  intern(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    this.strings.set(s, s);
    return s;
  }

  canon(t: string): string {
    let c = this.canons.get(t);
    if (c === undefined) this.canons.set(t, (c = skeleton(this.unit(t))));
    return c;
  }

  /** The words of orgKey: the text's words, possessives stripped. */
  orgWords(text: string): string[] {
    let w = this.words.get(text);
    if (w === undefined) this.words.set(text, (w = text.replace(/['’]s\b/g, '').split(/[\s\u00a0]+/)));
    return w;
  }

  orgKey(text: string, words: string[]): string {
    let k = this.orgKeys.get(text);
    if (k === undefined) this.orgKeys.set(text, (k = orgKey(words, this.unit)));
    return k;
  }
}

/**
 * The keys of the one pass that groups `m` (organisations, acronyms, full names or bare names).
 * Each pass has a map of its own, so a key needs no prefix to tell it from another pass's; the
 * canonical name an entity is given is worked out when one is made, not for every mention.
 */
function mentionKeys(doc: Document, m: RawMention, reading: Reading): MentionKeys {
  const canon = (t: string) => reading.canon(t);
  const k: MentionKeys = {
    orgWords: NONE,
    org: '',
    acronym: '',
    person: '',
    surname: '',
    given: NONE,
    words: NONE,
    bare: '',
    place: false,
    honorific: false,
    defines: '',
    name: undefined,
    named: undefined,
  };
  if (m.acronym) {
    k.acronym = m.text;
  } else if (m.org || m.names >= 2) {
    k.orgWords = reading.orgWords(m.text);
    k.org = reading.orgKey(m.text, k.orgWords);
    if (m.org) {
      // "National Bank of Kazakhstan (NBK)": the acronym is the same organisation.
      k.defines = definedAfter(doc, m, reading);
    } else {
      const s = surnameOf(m);
      const named: string[] = [];
      for (const u of m.units) if (!u.initial) named.push(canon(u.text));
      k.words = named.slice();
      k.person = reading.intern(personKey(named));
      k.surname = canon(m.units[s].text);
      k.given = [];
      for (let i = 0; i < m.units.length; i++) if (i !== s && !m.units[i].initial) k.given.push(canon(m.units[i].text));
      k.place = looksLikePlace(m);
    }
  } else if (m.names === 1) {
    k.bare = canon(m.units.find((u) => !u.initial)!.text);
    k.honorific = !!m.title && honorificOf(m.title.toLowerCase().replace(/\.$/, '')) !== undefined;
  }
  return k;
}

const same = (t: string) => t;

/**
 * mentionKeys once per distinct mention within an analysis: from scratch every shape is new, and
 * a name is written many times over. The keys are worked out from the mention's own fields (its
 * text, units, flags and title), so a mention equal in all of them has the same keys, but for the
 * acronym an organisation defines, which is read from the prose after it and so asked per mention.
 */
class KeysMemo {
  private readonly byText = new Map<string, Array<{ m: RawMention; keys: MentionKeys }>>();
  constructor(
    private readonly doc: Document,
    private readonly reading: Reading,
  ) {}

  of(m: RawMention): MentionKeys {
    let known = this.byText.get(m.text);
    if (known) {
      for (const e of known) {
        if (!sameShape(e.m, m)) continue;
        const k = e.keys;
        if (!m.org || m.acronym) return k;
        const defines = definedAfter(this.doc, m, this.reading);
        return defines === k.defines ? k : { ...k, defines };
      }
    } else this.byText.set(m.text, (known = []));
    const keys = mentionKeys(this.doc, m, this.reading);
    known.push({ m, keys });
    return keys;
  }
}

/** Whether mentionKeys reads the same of a and b (of the same text), but for what follows them. */
function sameShape(a: RawMention, b: RawMention): boolean {
  if (
    a.acronym !== b.acronym ||
    a.org !== b.org ||
    a.names !== b.names ||
    a.title !== b.title ||
    a.units.length !== b.units.length
  )
    return false;
  for (let i = 0; i < a.units.length; i++)
    if (a.units[i].text !== b.units[i].text || a.units[i].initial !== b.units[i].initial) return false;
  return true;
}

/** "National Bank of Kazakhstan (NBK)": the acronym key an organisation's mention defines, or ''. */
function definedAfter(doc: Document, m: RawMention, reading: Reading): string {
  const def = ACRONYM_DEFINED.exec(doc.prose.slice(m.end, m.end + 16));
  return def ? reading.intern(ownCopy(def[1])) : '';
}

function ascending(xs: readonly number[]): boolean {
  for (let k = 1; k < xs.length; k++) if (xs[k - 1] > xs[k]) return false;
  return true;
}

function unitIn(m: RawMention, set: ReadonlySet<string>): boolean {
  for (const u of m.units) if (set.has(u.text)) return true;
  return false;
}

function anyIn(words: readonly string[], set: ReadonlySet<string>): boolean {
  for (const w of words) if (set.has(w)) return true;
  return false;
}

// A number for each set of variant spellings in turn: a new one whenever the set is not the last one's.
let lastVariants = '';
let variantsSerial = 0;
function variantsGeneration(variants: ReadonlySet<string>): number {
  const key = [...variants].join('\u0000');
  if (key !== lastVariants) {
    lastVariants = key;
    variantsSerial++;
  }
  return variantsSerial;
}

export function buildEntities(doc: Document, raw: readonly RawMention[], table: SpellingTable): EntityResult {
  const entities: Entity[] = [];
  const mentions: Mention[] = raw.map((m) =>
    m.title
      ? { start: m.start, end: m.end, text: m.text, entity: -1, paragraph: m.paragraph, title: m.title }
      : { start: m.start, end: m.end, text: m.text, entity: -1, paragraph: m.paragraph },
  );
  const orgs = new Map<string, number>();
  const acronyms = new Map<string, number>();
  const people = new Map<string, number>();
  const bares = new Map<string, number>();
  const bySurname = new Map<string, number[]>();
  const byGiven = new Map<string, number[]>();
  // "O’Neill Burke" after "Eileen O’Neill Burke": each person's trailing name words, two or more.
  const byTail = new Map<string, number[]>();
  // The other way round (a headline's "O’Neill Burke", then "Eileen O’Neill Burke"): each person's whole name words.
  const byWhole = new Map<string, number>();
  // The spellings that read as another (their group's canonical one): a mention holding one is
  // keyed through the table; every other mention's keys are its own, kept with its shape.
  const variants = new Set<string>();
  for (const g of table.groups)
    for (const i of g.spellings) if (i !== g.canonical) variants.add(table.spellings[i].text);
  const generation = variantsGeneration(variants);
  const unit = (t: string) => canonicalUnit(table, t);
  let own: KeysMemo | undefined;
  let read: KeysMemo | undefined;
  // Whether the last mention keysOf was asked about was read through the table.
  let throughTable = false;
  const keysOf = (m: RawMention): MentionKeys => {
    const shape = m.shape;
    const k = (shape.keys ??= (own ??= new KeysMemo(doc, new Reading(same))).of(m));
    throughTable = false;
    if (!variants.size) return k;
    // Whether a kept mention holds a variant is asked again only when the variants are others.
    if (shape.variantsSeen !== generation) {
      shape.variantsSeen = generation;
      shape.holdsVariant = unitIn(m, variants) || anyIn(k.orgWords, variants);
    }
    throughTable = !!shape.holdsVariant;
    return throughTable ? (read ??= new KeysMemo(doc, new Reading(unit))).of(m) : k;
  };
  /**
   * A new entity introduced by `m` (`k`: its keys, just given by keysOf), named by its units'
   * canonical spellings (`named`: initials left out). The name is kept with the keys: they were
   * read through the same spellings (the table's, or the units' own).
   */
  const newEntity = (kind: Entity['kind'], m: RawMention, k: MentionKeys, named = false): number => {
    const id = entities.length;
    entities.push({ id, kind, canonical: nameOf(m, k, named), canonicalFrom: 'introduction', mentions: [] });
    return id;
  };
  function nameOf(m: RawMention, k: MentionKeys, named: boolean): string {
    let canonical = named ? k.named : k.name;
    if (canonical === undefined) {
      canonical = '';
      let first = true;
      for (const u of m.units) {
        if (named && u.initial) continue;
        canonical += (first ? '' : ' ') + (throughTable ? unit(u.text) : u.text);
        first = false;
      }
      if (named) k.named = canonical;
      else k.name = canonical;
    }
    return canonical;
  }
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
  for (let mi = 0; mi < raw.length; mi++) {
    const m = raw[mi];
    if (!m.org || m.acronym) continue;
    const k = keysOf(m);
    let id = orgs.get(k.org);
    if (id === undefined) {
      id = entities.length;
      entities.push({ id, kind: 'organisation', canonical: m.text, canonicalFrom: 'introduction', mentions: [] });
      orgs.set(k.org, id);
    }
    attach(mi, id);
    if (k.defines && !acronyms.has(k.defines)) acronyms.set(k.defines, id);
  }
  for (let mi = 0; mi < raw.length; mi++) {
    const m = raw[mi];
    if (!m.acronym) continue;
    const k = keysOf(m);
    let id = acronyms.get(k.acronym);
    if (id === undefined) {
      id = newEntity('organisation', m, k);
      acronyms.set(k.acronym, id);
    }
    attach(mi, id);
  }

  // People: full names, keyed by their canonical name words (middle initials left out), in
  // either order ("Szabó Péter" and "Péter Szabó" are one person).
  for (let mi = 0; mi < raw.length; mi++) {
    const m = raw[mi];
    if (m.org || m.acronym) continue;
    if (m.names < 2) continue;
    const k = keysOf(m);
    // Written elsewhere as an organisation ("the Nur Otan party", ‘Nur Otan’).
    const org = orgs.get(k.org);
    if (org !== undefined) {
      attach(mi, org);
      continue;
    }
    let id = people.get(k.person);
    if (id === undefined) {
      // The trailing part of one person's longer name is that person's compound surname.
      const longer = k.place ? undefined : byTail.get(k.words.join(' '));
      const shorter = k.place || longer ? undefined : shorterPerson(byWhole, k.words);
      if (longer?.length === 1) {
        id = longer[0];
      } else if (shorter !== undefined) {
        // Named now in full: the entity's name is the full one.
        id = shorter;
        entities[id].canonical = nameOf(m, k, true);
        for (const g of k.given) push(byGiven, g, id);
        for (let i = 1; i + 2 <= k.words.length; i++) push(byTail, k.words.slice(i).join(' '), id);
      } else {
        id = newEntity(k.place ? 'unknown' : 'person', m, k, true);
        push(bySurname, k.surname, id);
        for (const g of k.given) push(byGiven, g, id);
        for (let i = 1; i + 2 <= k.words.length; i++) push(byTail, k.words.slice(i).join(' '), id);
        if (!k.place) byWhole.set(k.words.join(' '), id);
      }
      people.set(k.person, id);
    }
    attach(mi, id);
  }

  // Bare names: the one person with that surname (or, failing that, that given name).
  for (let mi = 0; mi < raw.length; mi++) {
    const m = raw[mi];
    if (m.org || m.acronym) continue;
    if (m.names !== 1) continue;
    const k = keysOf(m);
    const named = bySurname.get(k.bare) ?? byGiven.get(k.bare);
    if (named) {
      if (named.length === 1) attach(mi, named[0]);
      continue; // two people share it: the mention stays unresolved
    }
    let id = bares.get(k.bare);
    if (id === undefined) {
      id = newEntity(m.title || m.speaks ? 'person' : 'unknown', m, k);
      bares.set(k.bare, id);
    }
    if (k.honorific || m.speaks) entities[id].kind = 'person';
    attach(mi, id);
  }

  // Mentions in reading order (mention indexes follow the text).
  for (const e of entities) if (!ascending(e.mentions)) e.mentions.sort((a, b) => a - b);
  for (const e of entities) describe(doc, raw, e);
  return { mentions, entities };
}

/** The one person already named by a trailing part (two words or more) of `words`, if exactly one is. */
function shorterPerson(byWhole: ReadonlyMap<string, number>, words: readonly string[]): number | undefined {
  let found: number | undefined;
  for (let i = 1; i + 2 <= words.length; i++) {
    const id = byWhole.get(words.slice(i).join(' '));
    if (id === undefined || id === found) continue;
    if (found !== undefined) return undefined;
    found = id;
  }
  return found;
}

/** The canonical name words in sorted order, joined (two of them, the usual case, without sorting an array). */
function personKey(words: string[]): string {
  if (words.length === 2) return words[0] <= words[1] ? words[0] + ' ' + words[1] : words[1] + ' ' + words[0];
  return words.sort().join(' ');
}

function orgKey(orgWords: string[], unit: (text: string) => string): string {
  const words = orgWords.map((w) => plain(unit(w)));
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
  let full: RawMention | undefined;
  let speaksOrTitled = false;
  let bare = false;
  for (const i of e.mentions) {
    const m = raw[i];
    if (!full && m.names >= 2) full = m;
    if (m.speaks || m.title) speaksOrTitled = true;
    if (m.units.length === 1) bare = true;
  }
  full ??= raw[e.mentions[0]];
  if (speaksOrTitled && e.kind === 'unknown' && bare && e.mentions.length > 1) e.kind = 'person';
  const role = keptRole(doc, full);
  if (role) {
    e.role = role;
    if (e.kind === 'unknown') e.kind = 'person';
  }
  if (e.kind !== 'person') return;
  e.gender = genderOf(doc, raw, e, full, role);
}

/** A paragraph without sentences lends its mentions another paragraph's: read those afresh. */
const hasSentences = (doc: Document, m: RawMention) =>
  doc.paragraphs[m.paragraph].sentences[0] < doc.paragraphs[m.paragraph].sentences[1];

function keptRole(doc: Document, m: RawMention): string | undefined {
  if (!hasSentences(doc, m)) return roleOf(doc, m);
  const r = (m.shape.reading ??= {});
  if (r.role === undefined) {
    const role = roleOf(doc, m);
    r.role = role === undefined ? null : ownCopy(role);
  }
  return r.role ?? undefined;
}

const MODIFIERS = new Set(
  'first second deputy vice former acting chief senior general executive managing assistant prime foreign interim co-founder associate principal lead head regional national executive political'.split(
    ' ',
  ),
);
const BETWEEN_OK = new Set(['of', 'for', 'at', 'to', 'the', 'in', 'on', 'and']);

/** "first deputy chairman of the party Maulen Ashimbayev" or "Aigerim Kassymova, a spokeswoman for the Energy Ministry,". */
export function roleOf(doc: Document, m: RawMention): string | undefined {
  const prose = doc.prose;
  const after = ROLE_AFTER.exec(prose.slice(m.end, m.end + 110));
  if (after) {
    const phrase = after[2].trim();
    const words = phrase.split(/\s+/);
    if (
      LOWER_START.test(phrase) &&
      (after[1] || !FUNCTION_WORDS.has(words[0])) &&
      words.some((w) => ROLE_HEADS.has(w.toLowerCase())) &&
      !VERB.test(phrase)
    ) {
      return (after[1] ? after[1] : '') + phrase;
    }
  }
  // Before the name, within its sentence; a bare word needs a title to be read as a person.
  if (m.units.length < 2 && !m.title) return undefined;
  const left = m.titleStart ?? m.start;
  const sen = doc.sentences[m.sentence];
  const from = sen ? Math.max(sen.start, left - 160) : Math.max(0, left - 160);
  const words = prose
    .slice(from, left)
    .split(/[\s\u00a0]+/)
    .filter(Boolean);
  if (m.title) words.push(...m.title.replace(/\.$/, '').split(/\s+/));
  let head = -1;
  for (let k = words.length - 1; k >= Math.max(0, words.length - 10); k--) {
    const w = words[k].toLowerCase().replace(/[,]$/, '');
    if (ROLE_HEADS.has(w)) {
      head = k;
      break;
    }
    if (/[,;:.!?]$/.test(words[k]) || (FUNCTION_WORDS.has(w) && !BETWEEN_OK.has(w))) break;
  }
  if (head < 0) return undefined;
  let s = head;
  while (s > 0 && MODIFIERS.has(words[s - 1].toLowerCase())) s--;
  // "China's Ambassador": a possessive before the role belongs to it.
  if (s > 0 && /['’]s$/.test(words[s - 1]) && UPPER_START.test(words[s - 1])) s--;
  const role = words.slice(s).join(' ').replace(/[,]$/, '');
  return role.length >= 3 ? role : undefined;
}

/**
 * Everything grouping reads of the text around `m` beyond the mention itself, read afresh (no
 * kept reading): the acronym an organisation defines, and for a person's mention the role beside
 * it and what follows it (describe's reads, should it be the one a person is introduced by).
 */
export function readsAround(doc: Document, m: RawMention): string {
  if (m.acronym) return '';
  if (m.org) return ACRONYM_DEFINED.exec(doc.prose.slice(m.end, m.end + 16))?.[1] ?? '';
  if (m.names < 1) return '';
  return (roleOf(doc, m) ?? '\u0001') + '\u0000' + pronounAfter(doc, m, false);
}

/** Own keys only: a title word such as "Constructor" must not find Object.prototype's. */
function honorificOf(word: string): 'male' | 'female' | undefined {
  return Object.hasOwn(HONORIFICS, word) ? HONORIFICS[word] : undefined;
}

const FEMALE_ENDING = /(?:ova|eva|yova|ina|aya|skaya|ska|cka)$/;
const MALE_ENDING = /(?:ov|ev|yov|in|iy|sky|ski|cki)$/;

function genderOf(
  doc: Document,
  raw: readonly RawMention[],
  e: Entity,
  full: RawMention,
  role: string | undefined,
): Entity['gender'] {
  for (const i of e.mentions) {
    const m = raw[i];
    if (!m.title) continue;
    // Kept with the shape, none (null) included: `??=` would ask again for every mention without one.
    let h = m.shape.titleGender;
    if (h === undefined) h = m.shape.titleGender = honorificOf(m.title.split(/\s+/)[0].toLowerCase()) ?? null;
    if (h) return h;
  }
  if (role) {
    const g = roleGender(role);
    if (g) return g;
  }
  // The first personal pronoun after the introduction, when no other name comes between.
  const after = pronounAfter(doc, full);
  if (after === 1) return 'female';
  if (after === 2) return 'male';
  let ending = full.shape.endingGender;
  if (ending === undefined)
    ending = full.shape.endingGender = endingGender(plain(full.units[full.units.length - 1].text));
  return ending ?? undefined;
}

// The same roles come back analysis after analysis: what each says, by its text.
const roleMemo = new Map<string, 'female' | 'male' | null>();

/** The gender the first gendered word of a role gives, or null. */
function roleGender(role: string): 'female' | 'male' | null {
  let g = roleMemo.get(role);
  if (g === undefined) {
    g = null;
    for (const w of role.toLowerCase().split(/\s+/)) {
      if (FEMALE_ROLES.has(w)) g = 'female';
      else if (MALE_ROLES.has(w)) g = 'male';
      else continue;
      break;
    }
    if (roleMemo.size >= 4096) roleMemo.clear();
    roleMemo.set(ownCopy(role), g);
  }
  return g;
}

function endingGender(surname: string): 'female' | 'male' | null {
  if (surname.length >= 5) {
    if (FEMALE_ENDING.test(surname)) return 'female';
    if (MALE_ENDING.test(surname)) return 'male';
  }
  return null;
}

/**
 * What PRONOUN_OR_NAME finds first from the end of `full` to the end of the next sentence (400
 * characters at most). The part inside full's paragraph is read once and kept with its shape;
 * only when the next sentence is in the next paragraph and the kept part found nothing is the
 * rest read (a match cannot straddle the line break between).
 */
function pronounAfter(doc: Document, full: RawMention, kept = true): number {
  const sen = doc.sentences[full.sentence];
  if (!sen) return 0;
  const next = doc.sentences[full.sentence + 1];
  const cap = full.end + 400;
  if (!next || !hasSentences(doc, full))
    return readAfterAgain(doc.prose, full.end, Math.min(next?.end ?? sen.end, cap));
  const p = doc.paragraphs[full.paragraph];
  const inParagraph = full.sentence + 1 < p.sentences[1];
  const r: MentionReading = kept ? (full.shape.reading ??= {}) : {};
  r.after ??= readAfter(doc.prose, full.end, Math.min(inParagraph ? next.end : p.end, cap));
  if (r.after !== 0 || inParagraph || cap <= p.end) return r.after;
  return readAfterAgain(doc.prose, p.end, Math.min(next.end, cap));
}

// The reads no shape keeps (past a paragraph's end, or in a paragraph without sentences) come
// again analysis after analysis, for the same few hundred people: by the text read.
const afterMemo = new Map<string, number>();

/** readAfter, remembered by the text it reads (all it depends on). */
function readAfterAgain(prose: string, from: number, to: number): number {
  const text = prose.slice(from, to);
  let found = afterMemo.get(text);
  if (found === undefined) {
    if (afterMemo.size >= 2048) afterMemo.clear();
    found = readAfter(text, 0, text.length);
    afterMemo.set(ownCopy(text), found);
  }
  return found;
}

function readAfter(prose: string, from: number, to: number): number {
  const pro = PRONOUN_OR_NAME.exec(from === 0 && to === prose.length ? prose : prose.slice(from, to));
  if (!pro) return 0;
  if (!pro[1]) return 3;
  return /^(she|her|hers)$/.test(pro[1]) ? 1 : 2;
}
