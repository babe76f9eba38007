// "He said" needs someone to be "he". The pronoun points to the people of the nearest sentence
// before it that names any (from the start of the previous paragraph on); one person of the
// pronoun's gender there resolves it, two do not (a12: "Kassymova met Ospanova. … she said"),
// unless someone spoke since the previous paragraph, who is whom a reader takes "she" to mean.

import type { Mention, Speaker } from '../types';
import { sentenceAt } from '../document';
import { firstMentionFrom, type Context } from './context';
import { ROLE_HEADS } from '../lexicon/roles';

export interface PronounReading {
  entity: number;
  /** Two or more people the pronoun could mean. */
  ambiguous: number[];
}

const GENDER: Record<string, 'male' | 'female'> = { he: 'male', she: 'female' };

/** Descriptors that say the speaker's gender ("a spokeswoman said. She added…"). */
const FEMALE =
  /\b(?:spokeswoman|chairwoman|businesswoman|congresswoman|woman|mother|daughter|wife|sister|actress|queen|princess|mrs|ms|miss)\b/i;
const MALE = /\b(?:spokesman|chairman|businessman|congressman|man|father|son|husband|brother|actor|king|prince|mr)\b/i;

/** The last speaker before the pronoun, if a reader would take the pronoun to mean them. */
function continues(ctx: Context, last: Speaker | null, gender: 'male' | 'female', pool: ReadonlySet<number>): boolean {
  if (!last) return false;
  if (last.entity >= 0) return pool.has(last.entity) || ctx.entities[last.entity]?.gender === gender;
  if (last.kind === 'pronoun') return last.text.toLowerCase() === (gender === 'male' ? 'he' : 'she');
  if (last.kind === 'descriptor') return canBeOnePerson(last) && !(gender === 'male' ? FEMALE : MALE).test(last.text);
  return false;
}

/** A speaker "he" or "she" can continue: a person, not "sources" or "police". */
function canBeOnePerson(last: Speaker): boolean {
  if (last.kind === 'name') return true;
  if (last.kind === 'pronoun') return /^(?:he|she)$/i.test(last.text);
  return last.kind === 'descriptor' && isSingular(last.text);
}

function isSingular(text: string): boolean {
  const head = text.trim().split(/\s+/).pop()!.toLowerCase();
  return !/(?:[^s]s|police|staff|people|personnel|crew|team)$/.test(head);
}

/** No one: shared, never added to. */
const NONE: ReadonlySet<number> = new Set<number>();

/** `set` with `id` in it: a new set in place of NONE. */
function with_(set: ReadonlySet<number>, id: number): ReadonlySet<number> {
  const out = set === NONE ? new Set<number>() : (set as Set<number>);
  out.add(id);
  return out;
}

/** Words before a capitalised name that make it a place ("in Park Slope", "near Jackson Heights"). */
const PLACE_BEFORE = new Set(['in', 'near', 'at', 'across', 'around', 'outside', 'inside', 'throughout']);

/** The start of the word that ends right before `end` (spaces between), or -1 when there is none. */
function wordStartBefore(text: string, end: number): number {
  let e = end;
  while (e > 0 && text.charCodeAt(e - 1) === 32) e--;
  let s = e;
  while (s > 0 && e - s < 12 && /[A-Za-z]/.test(text[s - 1])) s--;
  return s < e ? s : -1;
}

/**
 * A name the names work took for a person that the sentence uses as a place: a neighbourhood is
 * no one "she" can mean. Called per mention, so it reads a word or two, not a pattern.
 */
export function placeLike(ctx: Context, m: Mention): boolean {
  const { text } = ctx;
  const word = (s: number, e: number) => text.slice(s, e).trimEnd().toLowerCase();
  const s = wordStartBefore(text, m.start);
  if (s < 0) return false;
  let w = word(s, m.start);
  if (w === 'the') {
    const t = wordStartBefore(text, s);
    if (t < 0) return false;
    w = word(t, s);
  }
  return PLACE_BEFORE.has(w);
}

export function resolvePronoun(ctx: Context, sp: Speaker, last: Speaker | null): PronounReading {
  const lastSpeakerEntity = last ? last.entity : -1;
  const gender = GENDER[sp.text.toLowerCase()];
  if (!gender) return { entity: -1, ambiguous: [] };
  const para = ctx.doc.paragraphs[Math.max(0, paragraphOf(ctx, sp.start) - 1)];
  const windowStart = para ? para.start : 0;
  let i = firstMentionFrom(ctx, sp.start) - 1;
  let sentence = -2;
  // Most pronouns meet no one before the window closes: the sets are made when someone is met.
  let known: ReadonlySet<number> = NONE;
  let unknown: ReadonlySet<number> = NONE;
  // Where each was met: whether one is named in an aside is read only when there are two or more.
  const met: Mention[] = [];
  for (; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (m.start < windowStart) break;
    if (m.entity < 0 || ctx.masks.at(m.start)) continue;
    const e = ctx.entities[m.entity];
    if (!e || e.kind !== 'person' || placeLike(ctx, m) || jobTitle(e.canonical)) continue;
    if (e.gender && e.gender !== gender) continue;
    const s = sentenceAt(ctx.doc, m.start);
    if (sentence === -2) sentence = s;
    else if (s !== sentence) break;
    if (e.gender) known = with_(known, e.id);
    else unknown = with_(unknown, e.id);
    met.push(m);
  }
  const pool = known.size ? known : unknown;
  if (pool.size === 0) return { entity: -1, ambiguous: [] };
  // One of them is what the sentence is about; the others are named in an aside (`despite having
  // Webb out injured`, `who replaces Dunmore`): the reader takes the pronoun for the first, even
  // when only an aside's person has a gender the draft makes clear.
  if (known.size + unknown.size > 1) {
    const start = ctx.doc.sentences[sentence]?.start ?? windowStart;
    let foreground = -1;
    for (const m of met) {
      if (inAside(ctx, m, start) || m.entity === foreground) continue;
      if (foreground >= 0) {
        foreground = -2;
        break;
      }
      foreground = m.entity;
    }
    if (foreground >= 0) return { entity: foreground, ambiguous: [] };
  }
  if (pool.size === 1) return { entity: [...pool][0], ambiguous: [] };
  // Only people known to be of the pronoun's gender make it ambiguous, and only when everyone in
  // that sentence has a known gender: a guess at a gender (or a band taken for a person) must not
  // raise a warning.
  if (known.size < 2 || unknown.size > 0) return { entity: -1, ambiguous: [] };
  if (lastSpeakerEntity >= 0 && pool.has(lastSpeakerEntity)) return { entity: lastSpeakerEntity, ambiguous: [] };
  if (last && last.start >= windowStart && continues(ctx, last, gender, pool))
    return { entity: lastSpeakerEntity, ambiguous: [] };
  // Someone has spoken since the previous paragraph: a reader takes the pronoun to continue with
  // them, and genders read from a draft are guesses, so this is no ambiguity to report.
  if (last && last.start >= windowStart && canBeOnePerson(last)) return { entity: -1, ambiguous: [] };
  return { entity: -1, ambiguous: [...pool] };
}

function paragraphOf(ctx: Context, offset: number): number {
  const s = sentenceAt(ctx.doc, offset);
  return s >= 0 ? ctx.doc.sentences[s].paragraph : 0;
}

/** A capitalised job title the names work took for a person (`Legal Support Manager`). */
function jobTitle(canonical: string): boolean {
  const last = /([A-Za-z-]+)\s*$/.exec(canonical)?.[1];
  return !!last && /\s/.test(canonical.trim()) && ROLE_HEADS.has(last.toLowerCase());
}

/**
 * Words that open an aside or a subordinate part of the sentence: a concession (`despite having
 * Webb out`), a relative clause (`, who replaces Dunmore,`), a replacement (`in place of`), an
 * exception or inclusion. A person named after one of them in the same clause is not the
 * sentence's subject.
 */
const ASIDE =
  /(?:^|[^\p{L}])(?:despite|although|though|whereas|unlike|without|including|besides|except|who|whom|whose|which|replaces|replacing|replaced|succeeds|succeeding|succeeded|instead\s+of|in\s+place\s+of)(?![\p{L}])/iu;

function inAside(ctx: Context, m: Mention, sentenceStart: number): boolean {
  const from = Math.max(sentenceStart, m.start - 160);
  const before = ctx.masks.slice(from, m.start);
  // The clause the name is in: from the last comma, dash, parenthesis or semicolon before it.
  let k = before.length - 1;
  while (k >= 0 && !/[,;:(\u2013\u2014]/.test(before[k])) k--;
  return ASIDE.test(before.slice(k + 1));
}
