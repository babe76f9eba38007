// Inputs for the property tests: what a draft can contain and what a hostile file can contain.
// Drafts are built from tokens rather than characters so that quotations, names and attributions
// actually occur and the checks' fixes get exercised, not only their early exits.

import fc from 'fast-check';

/** Runs per property in `npm test`; COPYDESK_FUZZ_RUNS asks for a longer run. */
export const RUNS = Math.max(1, Number(process.env.COPYDESK_FUZZ_RUNS) || 150);
/** Fixed, so a failure in CI is the same failure on a laptop; COPYDESK_FUZZ_SEED explores others. */
export const SEED = Number(process.env.COPYDESK_FUZZ_SEED) || 20261128;
export const PARAMS = { seed: SEED, numRuns: RUNS } as const;

const QUOTE_MARKS = [
  '"',
  "'",
  '“',
  '”',
  '‘',
  '’',
  '«',
  '»',
  '„',
  '‚',
  '‹',
  '›',
  '「',
  '」',
  '『',
  '』',
  '‟',
  '‛',
  '〝',
  '〞',
  '＂',
];
const WORDS = [
  'the',
  'minister',
  'said',
  'says',
  'told',
  'reporters',
  'on',
  'Monday',
  'he',
  'she',
  'they',
  'it',
  'was',
  'a',
  'spokesperson',
  'added',
  'claimed',
  'according',
  'to',
  'sources',
  'report',
  'budget',
  'police',
  'court',
  'Nursultan',
  'Nazarbayev',
  'Nazarbaev',
  'Nazarbayev’s',
  'Maria',
  'Alvarez',
  'Álvarez',
  'Ken',
  'Thompson',
  'Thomson',
  'Eric',
  'Gonzalez',
  'González',
  'Mr',
  'Mr.',
  'Ms',
  'Dr.',
  'President',
  'Tokayev',
  'Nur',
  'Otan',
  'BBC',
  'U.S.',
  'it’s',
  "it's",
  "'90s",
  '’90s',
  'rock',
  "'n'",
  '’n’',
  'roll',
  "don't",
  'O’Brien',
  "O'Brien",
  'Ashimbayev',
  'Ashimbaev',
  'constructor',
  'Constructor',
  'toString',
  '__proto__',
  'hasOwnProperty',
  'valueOf',
  '2005',
  '4.2%',
  '$2.3bn',
  '1,200',
  'e.g.',
  'etc.',
  'https://example.com/a"b',
  'x@y.org',
  '`code "x`',
  '<!-- copydesk-disable -->',
];
const PUNCT = ['.', ',', ':', ';', '!', '?', ' — ', ' - ', '…', '(', ')', '[', ']'];
const SPACE = [' ', ' ', ' ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '\n\n\n'];
const EXOTIC = [
  '😀',
  '👩‍👩‍👧',
  '🇰🇿',
  'é',
  'e\u0301',
  'a\u0308\u0304',
  'שָׁלוֹם',
  'مرحبا',
  '\u202e',
  '\u200f',
  '\u200b',
  '\ufeff',
  '\ud800',
  '\udfff',
  '𝔸',
  'Ⅻ',
  'ß',
  'İ',
  'ǅ',
  '\u2028',
  '\u2029',
  '\u000b',
  '\u000c',
  '\u0085',
  '\ufffd',
];

// Whole phrases of reporting, so that names recur in variants and quotations get speakers (or
// pointedly do not): the names and attribution checks only speak up on such material.
const PHRASES = [
  'Nursultan Nazarbayev, the president, said',
  'Maria Alvarez, a spokesperson for the ministry, told reporters',
  'said Ken Thompson, the district attorney.',
  '“We will act,” Nazarbaev said.',
  '“We are ready to talk,” he said.',
  '“Nobody expected this,” said Alvarez.',
  'Thomson added: “It is over.”',
  '"It\'s not over," she says.',
  'according to sources close to the ministry',
  'Mr Ashimbayev, first deputy chairman of Nur Otan, said',
  'Ashimbaev claimed the figures were wrong.',
  '‘Steppe Winds’ was the title.',
  'The so-called “reforms” stalled.',
  'It is widely believed that',
];

const pick = (xs: readonly string[]) => fc.constantFrom(...xs);

/** A token of a news draft: mostly words and spaces, with quotation marks and punctuation. */
const draftToken = fc.oneof(
  { weight: 3, arbitrary: pick(PHRASES) },
  { weight: 8, arbitrary: pick(WORDS) },
  { weight: 6, arbitrary: pick(SPACE) },
  { weight: 4, arbitrary: pick(QUOTE_MARKS) },
  { weight: 3, arbitrary: pick(PUNCT) },
  { weight: 1, arbitrary: pick(EXOTIC) },
);

/**
 * Text that looks like a draft: names, quotations, attributions, paragraphs. Tokens are mostly
 * spaced as words are; now and then two run together, as typos and bad pastes make them.
 */
export const draft = fc
  .array(fc.tuple(draftToken, fc.constantFrom(' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', '')), {
    maxLength: 300,
    size: 'max',
  })
  .map((ts) => ts.map(([t, sep]) => t + sep).join(''));

/** Quotation marks in every family and direction, with a few letters and breaks between. */
export const quoteSoup = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: pick(QUOTE_MARKS) },
      { weight: 2, arbitrary: pick(['a', 'Bo', ' ', '\n', '\n\n', '.', ',', 's']) },
    ),
    { maxLength: 200, size: 'max' },
  )
  .map((ts) => ts.join(''));

/** Any UTF-16: full Unicode, lone surrogates, control characters. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300, size: 'max' }),
  fc.string({ unit: 'grapheme', maxLength: 200, size: 'max' }),
  fc
    .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300, size: 'max' })
    .map((cs) => String.fromCharCode(...cs)),
);

export const format = fc.constantFrom('plaintext' as const, 'markdown' as const);

/** An edit as an editor sends it, positioned relative to the text's length when applied. */
export interface RandomEdit {
  at: number; // 0..1 of the text length
  remove: number; // characters removed, clamped to the text
  insert: string;
}

export const randomEdit: fc.Arbitrary<RandomEdit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 60 })),
  insert: fc.oneof(
    fc.constant(''),
    draftToken,
    fc.array(draftToken, { maxLength: 8 }).map((ts) => ts.join('')),
  ),
});

/** Applies a RandomEdit; returns the new text and the edit in offsets. */
export function applyRandomEdit(
  text: string,
  e: RandomEdit,
): { text: string; offset: number; length: number; newLength: number } {
  const offset = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  const length = Math.min(e.remove, text.length - offset);
  return {
    text: text.slice(0, offset) + e.insert + text.slice(offset + length),
    offset,
    length,
    newLength: e.insert.length,
  };
}
