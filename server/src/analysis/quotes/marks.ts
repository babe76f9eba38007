// The quotation marks Copydesk reads, what family each belongs to, and how the characters around
// a mark say which way it faces. Which way a mark faces in a given language is locale.ts's job.

import type { QuoteFamily } from '../types';

export interface MarkKind {
  family: QuoteFamily;
  /** Typewriter marks (" ') face no way: context decides. */
  straight: boolean;
}

const KINDS = new Map<number, MarkKind>([
  [0x22, { family: 'double', straight: true }], // "
  [0x27, { family: 'single', straight: true }], // '
  [0x201c, { family: 'double', straight: false }], // “
  [0x201d, { family: 'double', straight: false }], // ”
  [0x201e, { family: 'double', straight: false }], // „
  [0x2018, { family: 'single', straight: false }], // ‘
  [0x2019, { family: 'single', straight: false }], // ’
  [0x201a, { family: 'single', straight: false }], // ‚
  [0xab, { family: 'guillemet', straight: false }], // «
  [0xbb, { family: 'guillemet', straight: false }], // »
  [0x2039, { family: 'single-guillemet', straight: false }], // ‹
  [0x203a, { family: 'single-guillemet', straight: false }], // ›
  [0x300c, { family: 'corner', straight: false }], // 「
  [0x300d, { family: 'corner', straight: false }], // 」
  [0x300e, { family: 'white-corner', straight: false }], // 『
  [0x300f, { family: 'white-corner', straight: false }], // 』
]);

/** The mark's kind, or undefined when the character is no quotation mark. */
export function markKind(code: number): MarkKind | undefined {
  // Nearly every character is a letter or space: settle those without a map look-up.
  if (code < 0x22 || (code > 0x27 && code < 0xab) || (code > 0xbb && code < 0x2018)) return undefined;
  return KINDS.get(code);
}

export const FAMILY_BIT: Record<QuoteFamily, number> = {
  double: 1,
  single: 2,
  guillemet: 4,
  'single-guillemet': 8,
  corner: 16,
  'white-corner': 32,
};

/** What stands next to a mark, as far as its direction goes. */
export const enum Side {
  /** Paragraph edge, space or line break. */
  Space,
  /** Letter or digit. */
  Word,
  /** Punctuation a quotation may follow: ( [ { — – / and the like. */
  Before,
  /** Punctuation that ends words: . , ; : ! ? ) ] } … % */
  After,
  /** Another quotation mark. */
  Mark,
}

const LETTER = /[\p{L}\p{N}\p{M}]/u;

export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0x09 ||
    c === 0xa0 ||
    c === 0x202f ||
    c === 0x2009 ||
    c === 0x2007 ||
    c === 0x3000 ||
    c === 0x200b
  );
}

export function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER.test(ch);
}

export function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

const BEFORE = new Set(['(', '[', '{', '—', '–', '-', '/', '\u2015', '¿', '¡', '<', '*', '_']);

/** The class of the character at `i`, where [start, end) is the paragraph. */
export function sideAt(text: string, i: number, start: number, end: number): Side {
  if (i < start || i >= end) return Side.Space;
  const c = text.charCodeAt(i);
  if (isSpaceCode(c)) return Side.Space;
  if (markKind(c)) return Side.Mark;
  const ch = text[i];
  if (isWordChar(ch)) return Side.Word;
  if (BEFORE.has(ch)) return Side.Before;
  return Side.After;
}
