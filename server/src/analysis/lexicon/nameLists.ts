// The names check's large word lists, generated from maintained resources (data/, SOURCES.md). They
// answer one question: is this spelling attested as a word or a name of its own? Two spellings that
// both are (County/Country, Miles/Mills, Emanuel/Emmanuel, Symphony/Symphonie) are two words, not
// one name misspelled.
//
// Each list is shipped as one sorted string and searched where it lies (binary search over its
// line starts): opening one costs a single scan for its line breaks (a few milliseconds), not a
// Set of 60,000 strings (some 200 ms and 8 MB).

import { lazy } from './lazy';
import { ENGLISH_WORDS } from './data/englishWords';
import { FOREIGN_COGNATES } from './data/foreignCognates';
import { GIVEN_NAMES } from './data/givenNames';
import { PROPER_NAMES } from './data/properNames';
import { PLACES } from './data/places';
import { DEMONYMS } from './data/demonyms';

/** A sorted list of words (`\n` between them, in UTF-16 code unit order), asked in place. */
export class SortedWords {
  private readonly starts: Int32Array;

  constructor(private readonly packed: string) {
    let n = 1;
    for (let i = packed.indexOf('\n'); i >= 0; i = packed.indexOf('\n', i + 1)) n++;
    const starts = new Int32Array(n + 1);
    let k = 1;
    for (let i = packed.indexOf('\n'); i >= 0; i = packed.indexOf('\n', i + 1)) starts[k++] = i + 1;
    starts[n] = packed.length + 1;
    this.starts = starts;
  }

  has(word: string): boolean {
    let lo = 0;
    let hi = this.starts.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.compare(word, this.starts[mid], this.starts[mid + 1] - 1);
      if (c === 0) return true;
      if (c < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return false;
  }

  /** word against packed[from, to), as the generator's sort orders them. */
  private compare(word: string, from: number, to: number): number {
    const len = to - from;
    const m = Math.min(word.length, len);
    for (let i = 0; i < m; i++) {
      const d = word.charCodeAt(i) - this.packed.charCodeAt(from + i);
      if (d !== 0) return d;
    }
    return word.length - len;
  }
}

const english = lazy(() => new SortedWords(ENGLISH_WORDS));
const cognates = lazy(() => new SortedWords(FOREIGN_COGNATES));
const given = lazy(() => new SortedWords(GIVEN_NAMES));
const proper = lazy(() => new SortedWords(PROPER_NAMES));
const places = lazy(() => new SortedWords(PLACES));
const demonyms = lazy(() => new SortedWords(DEMONYMS));

/** A word of English (SCOWL, classes 10–50), in lower case. */
export function isEnglishWord(lower: string): boolean {
  return english().has(lower);
}

/** A French or Spanish word that is an English one with a Romance ending or accents (Contacto, Symphonie), in lower case. */
export function isForeignCognate(lower: string): boolean {
  return cognates().has(lower);
}

/** A given name of English-speaking countries (Kim, Lee, Jaylen), as written: capital first. */
export function isGivenName(name: string): boolean {
  return given().has(name);
}

const placeOrPeople = (name: string) => places().has(name) || demonyms().has(name);

/** A country, a city or a people (Germany, Dallas, Germans), a plural read as its singular. */
export function isPlace(name: string): boolean {
  return placeOrPeople(name) || (name.length > 3 && name.endsWith('s') && placeOrPeople(name.slice(0, -1)));
}

const known = (name: string) => proper().has(name) || given().has(name) || placeOrPeople(name);

/** A name a copy editor knows: a given name, a proper name of the dictionary, a country, a city, a people. */
export function isKnownName(name: string): boolean {
  // A plural only of a place or a people (Germans): Devis is no plural of Devi.
  return known(name) || isPlace(name);
}

/**
 * Attested as a word or a name of its own: an English word or a known name. `name` as written
 * (capital first). (A French or Spanish cousin counts only beside its English word: isForeignCognate.)
 */
export function isAttested(name: string): boolean {
  return isEnglishWord(name.toLowerCase()) || isKnownName(name);
}
