// When two spellings are one name written two ways. Each spelling gets a skeleton: letters only,
// lower case, no diacritics, and the transliteration choices of Cyrillic, Arabic and Kazakh names
// folded together (kh/h, ks/x, q/k, c/k, j/y, w/v, y/i, doubled letters, the y of -ayev). Equal
// skeletons are variants; skeletons one edit apart (Damerau) are variants when both are long
// enough and the edit is not one that makes a different name (Ospanov/Ospanova, Daniel/Daniels).
// Candidates are found through single-deletion keys, so comparing is linear in the names, never
// all names against all names.

import { romanForm } from '../lexicon/transliteration';

// Compiled once: the bundle turns a \p{…} literal into `new RegExp(…)`, built again on every call.
const MARKS = /\p{M}/gu;
const HAS_MARK = /\p{M}/u;
const NON_LETTERS = /[^\p{L}]/gu;
const MAC = /^Ma?c(?=\p{Lu})/u;
const HAS_LOWER = /\p{Ll}/u;
const PARTICLE_WORD = /^(\p{L}+)([- ])/u;
const ACRONYM_PLURAL = /^\p{Lu}{2,}s$/u;
const APOSTROPHES = /[’ʼ]/g;
const PARTICLE_HEAD = /^(\p{Ll}+)[- ](.+)$/u;

/** The same word after two different lower-case particles. */
function particleOnly(a: string, b: string): boolean {
  const ma = PARTICLE_HEAD.exec(a);
  const mb = PARTICLE_HEAD.exec(b);
  return !!ma && !!mb && ma[1] !== mb[1] && ma[2] === mb[2];
}

// Both are asked for the same few hundred names again and again, keystroke after keystroke.
const plainCache = new Map<string, string>();
const skeletonCache = new Map<string, string>();
function remember(cache: Map<string, string>, key: string, value: string): string {
  if (cache.size > 20000) cache.clear();
  cache.set(key, value);
  return value;
}

/** Lower case, no diacritics, letters only. */
export function plain(s: string): string {
  return plainCache.get(s) ?? remember(plainCache, s, plainOf(s));
}

function plainOf(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/ß/g, 'ss').replace(NON_LETTERS, '');
}

export function hasDiacritics(s: string): boolean {
  return s.normalize('NFD') !== s && HAS_MARK.test(s.normalize('NFD'));
}

const romanCache = new Map<string, string>();
/** The skeleton of a plain spelling once the romanisation standards are folded (kept, as skeletons are). */
function romanSkeleton(plainText: string): string {
  return romanCache.get(plainText) ?? remember(romanCache, plainText, skeleton(romanForm(plainText)));
}

/** The skeleton two transliterations of one name share. */
export function skeleton(s: string): string {
  return skeletonCache.get(s) ?? remember(skeletonCache, s, skeletonOf(s));
}

function skeletonOf(s: string): string {
  // Mc and Mac before a capital are one prefix (McDonald, MacDonald).
  let t = s.replace(MAC, 'Mc');
  t = plain(t);
  t = t
    .replace(/sch/g, 'sh')
    .replace(/tch/g, 'ch')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/ks/g, 'x')
    .replace(/ch/g, '1')
    .replace(/sh/g, '2')
    .replace(/zh/g, '3')
    .replace(/[cq]/g, 'k')
    .replace(/j/g, 'y')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1')
    // the glide between vowels: Nazarbayev / Nazarbaev / Nazarbaïev
    .replace(/([aeiou])i(?=[aeou])/g, '$1');
  return t;
}

/** Damerau–Levenshtein distance, capped: returns 2 for anything beyond 1. */
export function withinOne(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const VOWELS = /[aeiouy]/;

export type VariantKind = 'case' | 'diacritics' | 'hyphen' | 'transliteration' | 'spelling';

/**
 * Whether `a` and `b` (unit spellings, as written) look like one name spelled two ways, and how.
 * Undefined when they are the same spelling or plausibly different names.
 */
export function variantKind(a: string, b: string): VariantKind | undefined {
  if (a === b) return undefined;
  // All-capital forms are headlines or acronyms, not spellings.
  if (!HAS_LOWER.test(a) || !HAS_LOWER.test(b)) return undefined;
  // A particle capitalised at the start of a sentence ("Al-Rashidi said") is not a variant.
  if (sameButParticleCase(a, b)) return undefined;
  // An acronym's plural (DAs, DDAs) is not a name word.
  if (ACRONYM_PLURAL.test(a) || ACRONYM_PLURAL.test(b)) return undefined;
  // A straight or curly apostrophe (D'Antoni / D’Antoni) is typography, for the quotes check.
  if (a.replace(APOSTROPHES, "'") === b.replace(APOSTROPHES, "'")) return undefined;
  // Two particles before one word (del Distrito / de Distrito, van der / van den) are two words.
  if (particleOnly(a, b)) return undefined;
  const pa = plain(a);
  const pb = plain(b);
  if (pa === pb) {
    const na = a.normalize('NFD').replace(MARKS, '');
    const nb = b.normalize('NFD').replace(MARKS, '');
    if (na === nb) return 'diacritics';
    if (na.toLowerCase() === nb.toLowerCase()) return 'case';
    return 'hyphen';
  }
  // One is the other plus an ending: relatives (Ospanov / Ospanova), plurals, demonyms.
  if (pa.startsWith(pb) || pb.startsWith(pa)) return undefined;
  const sa = skeleton(a);
  const sb = skeleton(b);
  if (pa.length < 3 || pb.length < 3) return undefined;
  if (sa === sb) return 'transliteration';
  // One name through two romanisation standards (lexicon/transliteration.ts).
  if (romanSkeleton(pa) === romanSkeleton(pb)) return 'transliteration';
  // Short names must agree in skeleton (Mark / Marc do; Li / Lee, Iran / Iraq do not).
  if (pa.length <= 4 || pb.length <= 4) return undefined;
  if (sa.length < 3 || sb.length < 3) return undefined;
  // One edit on the skeletons, or on the letters themselves (a swap across a digraph: Ricahrd,
  // Cahrles), the first letter kept.
  if (!(sa[0] === sb[0] && withinOne(sa, sb)) && !(pa[0] === pb[0] && withinOne(pa, pb))) return undefined;
  // A plural or demonym ending, once skeletons are compared (Kazakh / Kazakhs, Kenya / Kenyan),
  // A gendered ending too, once transliteration is folded (Nazarbaev / Nazarbayeva: a relative).
  if (
    (sa.length === sb.length + 1 && sa.startsWith(sb) && /[snaeiouy]$/.test(sa)) ||
    (sb.length === sa.length + 1 && sb.startsWith(sa) && /[snaeiouy]$/.test(sb))
  )
    return undefined;
  return 'spelling';
}

/** The last vowel differs (Kowalski / Kowalska, Mario / Maria): a gendered form, or a typo. */
export function endingPair(a: string, b: string): boolean {
  const sa = skeleton(a);
  const sb = skeleton(b);
  return (
    sa !== sb &&
    sa.length === sb.length &&
    sa.slice(0, -1) === sb.slice(0, -1) &&
    VOWELS.test(sa[sa.length - 1]) &&
    VOWELS.test(sb[sb.length - 1])
  );
}

export function sameButParticleCase(a: string, b: string): boolean {
  if (a.length !== b.length || a.toLowerCase() !== b.toLowerCase()) return false;
  const m = PARTICLE_WORD.exec(a);
  if (!m) return false;
  return a.slice(m[0].length) === b.slice(m[0].length) && a[0].toLowerCase() === b[0].toLowerCase();
}

/**
 * Pairs of spellings worth comparing: those that share a skeleton, or a skeleton with one letter
 * deleted. Each spelling adds at most its length in keys, so this is linear in the names.
 */
export function candidatePairs(spellings: readonly string[]): Array<[number, number]> {
  const buckets = new Map<string, number[]>();
  spellings.forEach((s, i) => {
    for (const key of pairKeys(s)) {
      const b = buckets.get(key);
      if (!b) buckets.set(key, [i]);
      else if (b.length < 12 && b[b.length - 1] !== i) b.push(i);
    }
  });
  const n = spellings.length;
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const b of buckets.values()) {
    for (let x = 0; x < b.length; x++)
      for (let y = x + 1; y < b.length; y++) {
        const [i, j] = b[x] < b[y] ? [b[x], b[y]] : [b[y], b[x]];
        const key = i * n + j;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([i, j]);
      }
  }
  return pairs;
}

// The bucket keys of a spelling, kept: the same names come back keystroke after keystroke.
const keysCache = new Map<string, string[]>();

/** A spelling's plain and skeleton keys, and its skeleton and plain form with each letter deleted. */
function pairKeys(s: string): string[] {
  let keys = keysCache.get(s);
  if (keys) return keys;
  keys = [];
  const p = plain(s);
  keys.push('p:' + p);
  const sk = skeleton(s);
  keys.push('s:' + sk);
  keys.push('s:' + romanSkeleton(p));
  for (const w of [sk, p]) {
    if (w.length < 3 || w.length > 40) continue;
    for (let k = 0; k < w.length; k++) keys.push('d:' + w.slice(0, k) + w.slice(k + 1));
    keys.push('d:' + w);
  }
  if (keysCache.size > 20000) keysCache.clear();
  keysCache.set(s, keys);
  return keys;
}

/** A spelling's keys, each once. */
function distinctKeys(s: string): string[] {
  const keys = pairKeys(s);
  return keys.length === new Set(keys).size ? keys : [...new Set(keys)];
}

const BUCKET = 12;

/** The longest ending spellings.ts's DERIVED takes off a name (the two go together). */
export const LONGEST_ENDING = 4;

/** Two spellings that share bucket keys and that variantKind relates (one way or the other). */
interface RelatedPair {
  a: string;
  b: string;
  keys: string[];
}

/**
 * candidatePairs for one draft, kept between its analyses: a keystroke adds a spelling or two and
 * takes one away, so the buckets are updated instead of filled again. Only pairs variantKind
 * relates are kept (every other candidate is passed over by the caller); the cap of
 * candidatePairs is applied as it applies it: a bucket holds the first BUCKET spellings in the
 * draft's order, so a pair counts when both are among those in some bucket they share.
 */
export class PairIndex {
  /** Every spelling with the key, however many; most keys have one, kept as the string itself. */
  private readonly buckets = new Map<string, string | string[]>();
  private readonly indexed = new Set<string>();
  private readonly related = new Set<RelatedPair>();
  private readonly relatedOf = new Map<string, RelatedPair[]>();
  /** The plain forms of the spellings in relatedOf less their last one to LONGEST_ENDING letters, each with how many such spellings give it. */
  private readonly prefixes = new Map<string, number>();

  /** The pairs candidatePairs(texts) gives that variantKind relates; `byText` is texts' index. */
  pairs(texts: readonly string[], byText: ReadonlyMap<string, number>): Array<[number, number]> {
    for (const t of this.indexed) if (!byText.has(t)) this.remove(t);
    for (const t of texts) if (!this.indexed.has(t)) this.add(t);
    const out: Array<[number, number]> = [];
    for (const p of this.related) {
      const i = byText.get(p.a)!;
      const j = byText.get(p.b)!;
      if (this.withinCap(p, i, j, byText)) out.push(i < j ? [i, j] : [j, i]);
    }
    return out;
  }

  /** The indexed spellings with `key` among their keys: one as the string itself, or none. */
  holders(key: string): string | readonly string[] | undefined {
    return this.buckets.get(key);
  }

  /**
   * Whether `t` (indexed) can change no pair candidatePairs gives but its own: it is related to no
   * spelling, and no bucket of its keys is over the cap (a pair of other spellings counts under
   * the cap by their places among a bucket's spellings, which `t` would be one of).
   */
  alone(t: string): boolean {
    if (this.relatedOf.has(t)) return false;
    for (const key of distinctKeys(t)) {
      const b = this.buckets.get(key);
      if (typeof b !== 'string' && b !== undefined && b.length > BUCKET) return false;
    }
    return true;
  }

  /** Whether some spelling related to another has a plain form that is `p` and one to LONGEST_ENDING letters more. */
  relatedExtends(p: string): boolean {
    return this.prefixes.has(p);
  }

  /** Whether `t` is indexed. */
  has(t: string): boolean {
    return this.indexed.has(t);
  }

  /** Indexes `t`, a spelling that came into the draft (pairs() does the same for every new one). */
  include(t: string): void {
    if (!this.indexed.has(t)) this.add(t);
  }

  /** Takes `t` out, a spelling that went out of the draft. */
  exclude(t: string): void {
    if (this.indexed.has(t)) this.remove(t);
  }

  private withinCap(p: RelatedPair, i: number, j: number, byText: ReadonlyMap<string, number>): boolean {
    for (const key of p.keys) {
      const b = this.buckets.get(key)!;
      if (typeof b === 'string' || b.length <= BUCKET) return true;
      let before = 0;
      let beforeJ = 0;
      for (const m of b) {
        const x = byText.get(m)!;
        if (x < i) before++;
        if (x < j) beforeJ++;
      }
      if (before < BUCKET && beforeJ < BUCKET) return true;
    }
    return false;
  }

  private add(t: string): void {
    this.indexed.add(t);
    const shared = new Map<string, string[]>();
    for (const key of distinctKeys(t)) {
      const b = this.buckets.get(key);
      if (b === undefined) {
        this.buckets.set(key, t);
        continue;
      }
      for (const m of typeof b === 'string' ? [b] : b) {
        const l = shared.get(m);
        if (l) l.push(key);
        else shared.set(m, [key]);
      }
      if (typeof b === 'string') this.buckets.set(key, [b, t]);
      else b.push(t);
    }
    for (const [m, keys] of shared) {
      if (!variantKind(t, m) && !variantKind(m, t)) continue;
      const p: RelatedPair = { a: t, b: m, keys };
      this.related.add(p);
      for (const x of [t, m]) {
        const l = this.relatedOf.get(x);
        if (l) l.push(p);
        else {
          this.relatedOf.set(x, [p]);
          this.prefixesOf(x, 1);
        }
      }
    }
  }

  private remove(t: string): void {
    this.indexed.delete(t);
    for (const key of distinctKeys(t)) {
      const b = this.buckets.get(key)!;
      if (typeof b === 'string') {
        this.buckets.delete(key);
        continue;
      }
      b.splice(b.indexOf(t), 1);
      if (b.length === 1) this.buckets.set(key, b[0]);
    }
    for (const p of this.relatedOf.get(t) ?? []) {
      this.related.delete(p);
      const other = p.a === t ? p.b : p.a;
      const l = this.relatedOf.get(other)!;
      l.splice(l.indexOf(p), 1);
      if (!l.length) {
        this.relatedOf.delete(other);
        this.prefixesOf(other, -1);
      }
    }
    if (this.relatedOf.delete(t)) this.prefixesOf(t, -1);
  }

  private prefixesOf(x: string, by: number): void {
    const px = plain(x);
    for (let k = 1; k <= LONGEST_ENDING && k <= px.length; k++) {
      const pre = px.slice(0, px.length - k);
      const n = (this.prefixes.get(pre) ?? 0) + by;
      if (n) this.prefixes.set(pre, n);
      else this.prefixes.delete(pre);
    }
  }
}

/**
 * The pairs of a draft spelling with a style-sheet word that candidatePairs gives when the sheet's
 * words follow the draft's spellings, found through a PairIndex's buckets (the draft's spellings
 * by key, kept up to date) instead of filling buckets for every spelling on every keystroke.
 * candidatePairs' cap decides as it does there: a sheet word is in a bucket when fewer than
 * BUCKET spellings came before it (every draft spelling with the key, then the sheet words before
 * it with the key). For each draft spelling, its pairs come in candidatePairs' order: by bucket
 * (a bucket comes where the first spelling with its key adds it), then by sheet word.
 */
export class SheetPairs {
  /** Sheet word indexes by bucket key, in the sheet's order. */
  private readonly byKey = new Map<string, number[]>();

  constructor(readonly words: readonly string[]) {
    words.forEach((w, j) => {
      for (const key of distinctKeys(w)) {
        const l = this.byKey.get(key);
        if (l) l.push(j);
        else this.byKey.set(key, [j]);
      }
    });
  }

  /** [draft spelling, texts.length + sheet word] pairs, each draft spelling's in candidatePairs' order. */
  pairs(index: PairIndex, texts: readonly string[], byText: ReadonlyMap<string, number>): Array<[number, number]> {
    const n = texts.length;
    // Per draft spelling, its sheet words with where candidatePairs gives the pair (bucket's first spelling, key's place in its keys, sheet word).
    const found = new Map<number, number[][]>();
    for (const [key, sheet] of this.byKey) {
      const h = index.holders(key);
      if (h === undefined) continue;
      const holders = typeof h === 'string' ? [h] : h;
      const fits = Math.min(sheet.length, BUCKET - holders.length);
      if (fits <= 0) continue;
      let first = n;
      for (const t of holders) first = Math.min(first, byText.get(t)!);
      const place = pairKeys(texts[first]).indexOf(key);
      for (const t of holders) {
        const i = byText.get(t)!;
        let l = found.get(i);
        if (!l) found.set(i, (l = []));
        for (let r = 0; r < fits; r++) l.push([first, place, sheet[r]]);
      }
    }
    const out: Array<[number, number]> = [];
    for (const [i, l] of found) {
      l.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
      for (const [, , j] of l) out.push([i, n + j]);
    }
    return out;
  }
}
