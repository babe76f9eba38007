// Unicode classes of single characters, read from a table instead of a \p{…} regex per word: the
// name finder looks at every word of the draft on every keystroke, and a regex test (or a slice
// to run one on) per word was most of its time. A table entry is filled the first time its
// character is seen, from the same \p{…} classes the regexes used, so results are unchanged.

export const LETTER = 1; // \p{L}
export const MARK = 2; // \p{M}
export const NUMBER = 4; // \p{N}
export const UPPER = 8; // \p{Lu}
export const LOWER = 16; // \p{Ll}
export const TITLE = 32; // \p{Lt}
export const WORD_CHAR = LETTER | MARK | NUMBER;
const KNOWN = 128;

const bmp = new Uint8Array(65536);
const CLASS_TESTS: Array<[RegExp, number]> = [
  [/\p{L}/u, LETTER],
  [/\p{M}/u, MARK],
  [/\p{N}/u, NUMBER],
  [/\p{Lu}/u, UPPER],
  [/\p{Ll}/u, LOWER],
  [/\p{Lt}/u, TITLE],
];

function compute(cp: number): number {
  const s = String.fromCodePoint(cp);
  let v = 0;
  for (let k = 0; k < CLASS_TESTS.length; k++) if (CLASS_TESTS[k][0].test(s)) v |= CLASS_TESTS[k][1];
  return v;
}

/** The classes of a code point (a lone surrogate is in none, as for a `u` regex). */
export function classOf(cp: number): number {
  if (cp < 65536) {
    const c = bmp[cp];
    if (c) return c & ~KNOWN;
    const v = compute(cp);
    bmp[cp] = v | KNOWN;
    return v;
  }
  return compute(cp);
}

/** The classes of the ASCII characters, for the hot loops to read without a call. */
export const ASCII_CLASS = new Uint8Array(128);
for (let cp = 0; cp < 128; cp++) ASCII_CLASS[cp] = classOf(cp);

/** The code point at `i` as a `u` regex reads it: a surrogate pair is one, a lone surrogate is itself. */
export function codePointAt(s: string, i: number, limit: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < limit) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

export const widthOf = (cp: number) => (cp > 0xffff ? 2 : 1);
