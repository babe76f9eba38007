// Apostrophes share their characters with single quotation marks (' ’ and, typed wrongly, ‘). A
// mark read as a quote when it is an apostrophe produces the worst false alarms, so every single
// mark is first asked whether it is an apostrophe; only what is left takes part in pairing.

import { isDigitCode, isWordChar, Side, sideAt } from './marks';

export type ApostropheShape =
  /** Between letters: don’t, O’Brien, N’Djamena, G‘ulomov, l’an. Always an apostrophe. */
  | 'inner'
  /** At the start of a word that is an elision: ’90s, ’til, rock ’n’ roll. */
  | 'elision'
  /**
   * After a word, before a space or punctuation: plural possessive (workers’), clipped word
   * (runnin’), prime (5' 11). An apostrophe, unless it is the only mark that can close an open
   * single quotation.
   */
  | 'trailing';

// Words that are written with a leading apostrophe. Kept short: an opening quotation mark before
// one of these is rare, an elision is not.
const ELIDED = /^(?:n|til|tis|twas|twere|em|cause|cos|bout|nuff|fraid|cept|scuse)(?![\p{L}\p{N}])/iu;
const DECADE = /^\d\d(?:s\b|(?![\d.,:%]))/;

export function apostropheShape(text: string, i: number, start: number, end: number): ApostropheShape | null {
  const before = sideAt(text, i - 1, start, end);
  const after = sideAt(text, i + 1, start, end);
  if (before === Side.Word && after === Side.Word) return 'inner';
  if ((before === Side.Space || before === Side.Before) && (after === Side.Word)) {
    const rest = text.slice(i + 1, Math.min(end, i + 8));
    if (DECADE.test(rest)) return 'elision';
    if (ELIDED.test(rest)) {
      // ’n’ is only an elision with its closing apostrophe: rock ’n’ roll.
      if (/^n/i.test(rest) && !/^n['’‘]/i.test(rest)) return null;
      return 'elision';
    }
    return null;
  }
  if (before === Side.Word && after !== Side.Word) return 'trailing';
  return null;
}

/** A trailing mark that more likely ends a word than a quotation: s-final plurals, primes. */
export function possessiveLike(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  if (isDigitCode(c)) return true;
  const prev = text[i - 1];
  return isWordChar(prev) && /[sxzSXZ]/.test(prev);
}
