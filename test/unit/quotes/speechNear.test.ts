// Where the missing closer goes (before the attribution) and where narration stops: read word by
// word with the lexicon's lookup. They must find what the one-pattern reading found, on any text.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { attributionAfter, narrates } from '../../../server/src/analysis/quotes/speechNear';
import { speechVerbPattern } from '../../../server/src/analysis/lexicon/speech';

test('the punctuation before an attribution, in each shape a reporter writes it', () => {
  assert.equal(attributionAfter('We will rebuild, Aigerim Kassymova said.'), 15);
  assert.equal(attributionAfter('We will rebuild! he shouted.'), 15);
  assert.equal(attributionAfter('We will rebuild, the deputy finance minister told reporters.'), 15);
  assert.equal(attributionAfter('We will rebuild, said the minister.'), 15);
  assert.equal(attributionAfter('We will rebuild, — said the minister.'), 15);
  assert.equal(attributionAfter('We will rebuild? Dr. O’Neill-Burke warned.'), 15);
  // No speech verb after the comma, or one too far off: no place.
  assert.equal(attributionAfter('We will rebuild, and the city will grow.'), -1);
  assert.equal(attributionAfter('We will rebuild, Aigerim Bekova Kassymova Nur Otan said.'), -1);
  // The first of two.
  assert.equal(attributionAfter('Yes, he said, and no, she said.'), 3);
});

test('narration: a speech verb or "according to" as a word of its own', () => {
  assert.equal(narrates('Ashimbayev stressed the point.'), true);
  assert.equal(narrates('The plan, according to the ministry, is final.'), true);
  assert.equal(narrates('The plan was accordingly final.'), false);
  assert.equal(narrates('Sayings and telltale marks.'), false);
  assert.equal(narrates('He e-mailed the office.'), true);
});

// The pattern the scanner replaces, built as it was: the reference on generated text.
const V = speechVerbPattern();
const ATTRIBUTION = new RegExp(
  `[,?!](?=\\s+(?:(?:[\\p{Lu}][\\p{L}’'.-]*\\s+){1,4}(?:${V})\\b|(?:he|she|they|it|we|I|the\\s+\\p{L}+(?:\\s+\\p{L}+){0,3})\\s+(?:${V})\\b|(?:${V})\\s))|[,]\\s*(?=[—–]\\s*(?:${V})\\b)`,
  'gu',
);
const NARRATION = new RegExp(`(?:^|[^\\p{L}])(?:${V}|according to)(?![\\p{L}])`, 'u');

const PIECES = [
  ...[',', '?', '!', '.', ' ', '  ', '\n', '\u00a0', '—', '–', '-', "'", '’', '_', '5'],
  ...['said', 'says', 'told', 'warned', 'e-mailed', 'according to', 'accordingly', 'saidé', 'сказал', 'said5'],
  ...['he', 'she', 'they', 'it', 'we', 'I', 'It', 'the', 'The', 'hello', 'theory'],
  ...['Aigerim', 'Kassymova', 'O’Neill', 'Dr.', 'minister', 'deputy', 'x', '𝐀', '𝐚', 'É', 'é'],
];

test('the scanner finds what the one pattern found, on any mix of names, verbs and marks', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (parts) => {
      const s = parts.join('');
      ATTRIBUTION.lastIndex = 0;
      const m = ATTRIBUTION.exec(s);
      assert.equal(attributionAfter(s), m ? m.index : -1, JSON.stringify(s));
      assert.equal(narrates(s), NARRATION.test(s), JSON.stringify(s));
    }),
    { numRuns: 3000 },
  );
});
