// Apostrophes share their characters with single quotation marks (' ’ and, typed wrongly, ‘). A
// mark read as a quote when it is an apostrophe produces the worst false alarms, so every single
// mark is first asked whether it is an apostrophe; only what is left takes part in pairing.

import { isElidedWord } from '../lexicon/elisions';
import { isDigitCode, isWordChar, Side, sideAt } from './marks';

type ApostropheShape =
  /**
   * Between letters: don’t, O’Brien, N’Djamena, G‘ulomov, l’an; and the possessive after an
   * abbreviation's full stop (the E.U.’s budget, Jr.’s, Maria T.’s). Always an apostrophe.
   */
  | 'inner'
  /** At the start of a word that is an elision: ’90s, ’til, ’Tis, ’em, rock ’n’ roll, German so ’n. */
  | 'elision'
  /**
   * After a word, before a space or punctuation: plural possessive (workers’, Smith Bros.’),
   * clipped word (runnin’), prime (5' 11). An apostrophe, unless it is the only mark that can
   * close an open single quotation.
   */
  | 'trailing';

const DECADE = /^\d\d(?:s\b|(?![\d.,:%]))/;
const WORD_AFTER = /^[\p{L}]+/u;
// A full stop that ends an abbreviation, not a sentence: single capitals (E.U., Maria T.) and the
// short abbreviations that stand before a possessive (Jr., Sr., Co., Inc., Bros., St.).
const ABBREVIATION_BEFORE =
  /(?:^|[^\p{L}])(?:\p{Lu}|Jr|Sr|Co|Cos|Inc|Corp|Ltd|Bros|St|Mt|Dr|Mr|Mrs|Ms|Messrs|Assn|Dept|Gov|Univ)\.$/u;
const PLURAL_ABBREVIATION_BEFORE = /(?:^|[^\p{L}])(?:Bros|Cos|Messrs|Assocs|Sts)\.$/u;

export function apostropheShape(
  text: string,
  i: number,
  start: number,
  end: number,
  lang = 'en',
): ApostropheShape | null {
  const before = sideAt(text, i - 1, start, end);
  const after = sideAt(text, i + 1, start, end);
  if (before === Side.Word && after === Side.Word) return 'inner';
  if (before === Side.After && text.charCodeAt(i - 1) === 0x2e) {
    const head = text.slice(Math.max(start, i - 12), i);
    // E.U.’s: the possessive s, then no letter.
    if (after === Side.Word && /^s(?![\p{L}\p{N}])/u.test(text.slice(i + 1, i + 3)) && ABBREVIATION_BEFORE.test(head))
      return 'inner';
    // Smith Bros.’ warehouse: a plural abbreviation's possessive, the sentence going on in lower case.
    if (after === Side.Space && PLURAL_ABBREVIATION_BEFORE.test(head) && /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 4)))
      return 'trailing';
  }
  if ((before === Side.Space || before === Side.Before || before === Side.Mark) && after === Side.Word) {
    const rest = text.slice(i + 1, Math.min(end, i + 10));
    if (DECADE.test(rest)) return 'elision';
    const word = WORD_AFTER.exec(rest)?.[0];
    // The window is longer than every listed word, so a longer word (’tisane) is never one.
    if (word && isElidedWord(word.toLowerCase(), lang)) {
      // English ’n’ is an elision only with its closing apostrophe: rock ’n’ roll.
      if (lang !== 'de' && word.toLowerCase() === 'n' && !/^n['’‘]/i.test(rest)) return null;
      return 'elision';
    }
    return null;
  }
  if ((before === Side.Word || isFractionCode(text.charCodeAt(i - 1))) && after !== Side.Word) return 'trailing';
  return null;
}

/** Vulgar fractions (½ ¼ ¾ ⅓ …): a prime after one is a measure, as after a digit. */
export function isFractionCode(c: number): boolean {
  return c === 0xbc || c === 0xbd || c === 0xbe || (c >= 0x2150 && c <= 0x215e);
}

/** A digit or a fraction: what a prime follows (5' 11", 7½"). */
export function isMeasureCode(c: number): boolean {
  return isDigitCode(c) || isFractionCode(c);
}

/** A trailing mark that more likely ends a word than a quotation: s-final plurals, primes. */
export function possessiveLike(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  if (isMeasureCode(c)) return true;
  const prev = text[i - 1];
  return isWordChar(prev) && /[sxzSXZ]/.test(prev);
}
