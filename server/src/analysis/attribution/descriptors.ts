// "The diplomat said", "the chair said": a descriptor points back to someone the draft introduced
// by that role (a14: "Dana Ospanova, the regulator's chair, … the chair said"). A role word a
// reader would take as the same person counts too ("the ambassador" → "the diplomat"). Only roles
// listed here are checked; any other descriptor is taken on trust, since a false alarm costs more
// than a miss.

import { ROLES } from '../lexicon/roles';

/** roleOf's answers: the same few descriptors ("the company") come back in every analysis. */
const ROLE_OF = new Map<string, string | undefined>();

/** The role a descriptor names ("the regulator's chair" → chair), or undefined if not listed. */
export function roleOf(descriptor: string): string | undefined {
  if (ROLE_OF.has(descriptor)) return ROLE_OF.get(descriptor);
  if (ROLE_OF.size >= 10000) ROLE_OF.clear();
  const role = readRole(descriptor);
  ROLE_OF.set(descriptor, role);
  return role;
}

function readRole(descriptor: string): string | undefined {
  // Only a bare definite role ("the diplomat", "the new chair"): a possessive or a name in it
  // ("the charity's director", "the Conservative leader") says who it is by itself.
  const words = descriptor.split(/\s+/);
  if (words[0].toLowerCase() !== 'the' || words.length > 4) return undefined;
  if (words.slice(1).some((w) => /['’]s$/.test(w) || /^\p{Lu}/u.test(w))) return undefined;
  const head = words[words.length - 1].toLowerCase();
  // Own keys only: "the constructor said" must not find Object.prototype.constructor.
  return Object.hasOwn(ROLES, head) ? head : undefined;
}

/**
 * The role at the head of a longer descriptor: "the first deputy chairman of ‘Nur Otan’" →
 * chairman. Only for linking a speaker to a person; roleOf decides what may be reported.
 */
export function roleHeadOf(descriptor: string): string | undefined {
  if (ROLE_HEAD_OF.has(descriptor)) return ROLE_HEAD_OF.get(descriptor);
  if (ROLE_HEAD_OF.size >= 10000) ROLE_HEAD_OF.clear();
  const role = readRoleHead(descriptor);
  ROLE_HEAD_OF.set(descriptor, role);
  return role;
}

/** roleHeadOf's answers, as ROLE_OF keeps roleOf's. */
const ROLE_HEAD_OF = new Map<string, string | undefined>();

function readRoleHead(descriptor: string): string | undefined {
  const words = descriptor.split(/\s+/);
  if (words[0].toLowerCase() !== 'the') return undefined;
  const cut = words.findIndex((w, i) => i > 0 && /^(?:of|for|at|in|with|from|on)$/i.test(w));
  const head = (cut > 0 ? words.slice(0, cut) : words).slice(1);
  if (!head.length || head.length > 5 || head.some((w) => /['’]s$/.test(w))) return undefined;
  const last = head[head.length - 1].toLowerCase();
  return Object.hasOwn(ROLES, last) ? last : undefined;
}

/** Every word that introduces someone in a role, longest first. */
const ROLE_WORDS = [...new Set(Object.values(ROLES).flat())].sort((a, b) => b.length - a.length);
/** Any role word anywhere, boundaries aside: the engine finds these few places fast. */
const ANY_ROLE_WORD = new RegExp(ROLE_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

/** The code point of `s` ending at `i` (exclusive), as a lookbehind reads it; NaN at the start. */
function codePointBefore(s: string, i: number): string {
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return s.slice(i - 2, i);
  }
  return s.slice(i - 1, i);
}

/** The code point of `s` starting at `i`, as a lookahead reads it. */
function codePointAt(s: string, i: number): string {
  const c = s.codePointAt(i);
  return c === undefined ? '' : String.fromCodePoint(c);
}

/**
 * The role words of one paragraph's masked text, each with its first offset in the text lower-cased,
 * as `(?<![\p{L}\p{N}])word(?![\p{L}])` finds it; `growth` is how much longer lower-casing made it.
 */
export interface RoleWords {
  words: string[];
  at: number[];
  growth: number;
}

export function roleWordsIn(masked: string): RoleWords {
  const lower = masked.toLowerCase();
  const words: string[] = [];
  const at: number[] = [];
  ANY_ROLE_WORD.lastIndex = 0;
  for (let m = ANY_ROLE_WORD.exec(lower); m; m = ANY_ROLE_WORD.exec(lower)) {
    const i = m.index;
    // Every place is tried again one character on: role words overlap ("co-founder", "founder").
    ANY_ROLE_WORD.lastIndex = i + 1;
    if (i > 0 && LETTER_OR_DIGIT.test(codePointBefore(lower, i))) continue;
    for (const w of ROLE_WORDS) {
      if (!lower.startsWith(w, i) || words.includes(w)) continue;
      if (i + w.length < lower.length && LETTER.test(codePointAt(lower, i + w.length))) continue;
      words.push(w);
      at.push(i);
    }
  }
  return { words, at, growth: lower.length - masked.length };
}

/**
 * First offsets of role words in a whole masked text lower-cased, searched word by word. Lower-casing
 * a long draft costs more than the searches, so where it changes no offset (no U+0130, the one
 * character it lengthens) and no other letter lower-cases into a role word's (the Kelvin sign K),
 * each word is searched case-blind in the text as it is, and every hit checked as lower-cased.
 */
export function roleWordsByRegex(masked: string): (word: string) => number {
  let lower: string | undefined;
  const inPlace = masked.indexOf('\u0130') < 0 && masked.indexOf('\u212a') < 0;
  return (word) => {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (inPlace) {
      // Letters and digits stay letters and digits in lower case: the tests read the text as it is.
      const re = new RegExp(escaped, 'gi');
      for (let m = re.exec(masked); m; m = re.exec(masked)) {
        const i = m.index;
        re.lastIndex = i + 1;
        if (masked.slice(i, i + word.length).toLowerCase() !== word) continue;
        if (i > 0 && LETTER_OR_DIGIT.test(codePointBefore(masked, i))) continue;
        if (i + word.length < masked.length && LETTER.test(codePointAt(masked, i + word.length))) continue;
        return i;
      }
      return -1;
    }
    lower ??= masked.toLowerCase();
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}])`, 'u');
    const m = re.exec(lower);
    return m ? m.index : -1;
  };
}

/**
 * First offsets of role words in the writer's text (quotations masked, lower-cased), each found
 * once, so resolving many descriptors stays linear in the draft.
 */
export class RoleIndex {
  private readonly first = new Map<string, number>();
  constructor(private readonly firstIn: (word: string) => number) {}

  private firstOf(word: string): number {
    let at = this.first.get(word);
    if (at === undefined) this.first.set(word, (at = this.firstIn(word)));
    return at;
  }

  /** Offset where someone was introduced in this role before `before`, or -1. */
  antecedent(role: string, before: number): number {
    let best = -1;
    for (const w of ROLES[role] ?? [role]) {
      const at = this.firstOf(w);
      if (at >= 0 && at < before && (best < 0 || at < best)) best = at;
    }
    return best;
  }
}
