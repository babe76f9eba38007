// The editor analyses each version with the previous version's Document at hand, reusing the
// sentences of unchanged paragraphs. Whatever the edits, that must give exactly what a
// from-scratch analysis gives.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { assertProperty } from './property';
import { analyze, AnalysisCache, type Document } from '../../server/src/analysis';
import { buildDocument } from '../../server/src/analysis/document';
import { useNameFastPaths } from '../../server/src/analysis/names/incremental';
import { applyRandomEdit, draft, format, PARAMS, quoteSoup, randomEdit } from './arbitraries';

/** Runs `body` with the names check's fast paths (moved result, kept groups) on or off: each must be exact on its own. */
function withNameFastPaths(on: boolean, body: () => void): void {
  useNameFastPaths(on);
  try {
    body();
  } finally {
    useNameFastPaths(true);
  }
}

const text = fc.oneof({ weight: 4, arbitrary: draft }, { weight: 1, arbitrary: quoteSoup });

test('a document built with the previous version at hand equals one built from scratch', () => {
  assertProperty(
    fc.property(text, format, fc.array(randomEdit, { minLength: 1, maxLength: 15 }), (start, fmt, edits) => {
      let current = start;
      let previous: Document = buildDocument(current, fmt);
      for (const e of edits) {
        current = applyRandomEdit(current, e).text;
        const reused = buildDocument(current, fmt, previous);
        assert.deepEqual(reused, buildDocument(current, fmt));
        previous = reused;
      }
    }),
    PARAMS,
  );
});

for (const fast of [true, false])
  test(`analysis with the cache of earlier versions equals analysis from scratch, findings and fixes included (names fast paths ${fast ? 'on' : 'off'})`, () =>
    withNameFastPaths(fast, () => {
      assertProperty(
        fc.property(text, format, fc.array(randomEdit, { minLength: 1, maxLength: 8 }), (start, fmt, edits) => {
          let current = start;
          const cache = new AnalysisCache();
          analyze(current, { format: fmt }, cache);
          for (const e of edits) {
            current = applyRandomEdit(current, e).text;
            assert.deepEqual(analyze(current, { format: fmt }, cache), analyze(current, { format: fmt }));
          }
        }),
        { ...PARAMS, numRuns: Math.max(1, Math.ceil(PARAMS.numRuns / 2)) },
      );
    }));

// The style sheet's comparison with the draft's spellings is kept between analyses too; the other
// properties pass no sheet. Names of the drafts above, their variants and near misses.
const SHEET_NAMES = [
  'Nursultan Nazarbayev',
  'Nazarbaev',
  'Nazarbayeff',
  'Maria Álvarez',
  'Alvares',
  'Ken Thomson',
  'Thompsen',
  'Eric González',
  'Gonzales',
  'Ashimbaev',
  'Ashimbayev',
  'Tokaev',
  'O’Brien',
  'Obrien',
];
const styleSheet = fc.record({
  names: fc.array(fc.constantFrom(...SHEET_NAMES), { minLength: 1, maxLength: 6 }),
  distinct: fc.array(
    fc.tuple(
      fc.constantFrom(...SHEET_NAMES),
      fc.constantFrom('Nazarbayev', 'Thompson', 'Alvarez', 'Gonzalez', 'Ashimbayev'),
    ),
    { maxLength: 2 },
  ),
});

for (const fast of [true, false])
  test(`with a style sheet, analysis with the cache of earlier versions equals analysis from scratch (names fast paths ${fast ? 'on' : 'off'})`, () =>
    withNameFastPaths(fast, () => {
      assertProperty(
        fc.property(
          draft,
          format,
          styleSheet,
          fc.array(randomEdit, { minLength: 1, maxLength: 8 }),
          (start, fmt, sheet, edits) => {
            let current = start;
            const cache = new AnalysisCache();
            const options = { format: fmt, styleSheet: sheet };
            analyze(current, options, cache);
            for (const e of edits) {
              current = applyRandomEdit(current, e).text;
              assert.deepEqual(analyze(current, options, cache), analyze(current, options));
            }
          },
        ),
        { ...PARAMS, numRuns: Math.max(1, Math.ceil(PARAMS.numRuns / 2)) },
      );
    }));

test('a cache left by another format or by unrelated text is harmless', () => {
  assertProperty(
    fc.property(text, text, format, format, (a, b, fa, fb) => {
      const cache = new AnalysisCache();
      analyze(a, { format: fa }, cache);
      assert.deepEqual(analyze(b, { format: fb }, cache), analyze(b, { format: fb }));
    }),
    PARAMS,
  );
});

test('paragraphs moved, duplicated and split by an edit still get their own sentences', () => {
  const p1 = 'Mr. Smith said it was over. “We are done,” he said. Dr. Jones agreed.';
  const p2 = 'The U.S. team left on Friday. Nobody spoke.';
  const before = `${p1}\n\n${p2}`;
  const prev = buildDocument(before);
  for (const after of [
    `${p2}\n\n${p1}`,
    `${p1}\n\n${p1}\n\n${p2}`,
    `${p1.replace('over. ', 'over.\n\n')}\n\n${p2}`,
    `X${p1}\n\n${p2}`,
    p2,
  ]) {
    assert.deepEqual(buildDocument(after, 'plaintext', prev), buildDocument(after));
  }
});

// Keystrokes where the names check looks: in and around capitalised words (a name typed, a
// letter of one changed, the word before or after it, a comma, a bracket, a pronoun after it), so
// the kept names result is tried on edits that change a name and on edits that only move one.
const KEYS = [
  'a',
  'e',
  'n',
  'v',
  's',
  'x',
  'K',
  'N',
  'é',
  ' ',
  ' ',
  '.',
  ',',
  '(',
  ')',
  '’',
  "'",
  '-',
  '\n',
  '\n\n',
  ' he',
  ' she',
  ' said',
  ', a spokesperson,',
  ' (NBK)',
  'Mr ',
  ' thompson',
  ' alvarez',
  ' nazarbaev',
];
const CASE = '\u0000case';
const keystroke = fc.record({
  /** Which capitalised letter of the draft (0..1 of them), and how far from it. */
  near: fc.double({ min: 0, max: 1, noNaN: true }),
  by: fc.integer({ min: -30, max: 30 }),
  /** A key typed (or pasted), a backspace (''), or the letter there retyped in the other case (CASE). */
  key: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...KEYS) },
    { weight: 1, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: fc.constant(CASE) },
  ),
  times: fc.integer({ min: 1, max: 4 }),
});

for (const fast of [true, false])
  test(`typing in and around names, keystroke by keystroke, with the cache equals from scratch (names fast paths ${fast ? 'on' : 'off'})`, () =>
    withNameFastPaths(fast, () => {
      assertProperty(
        fc.property(draft, format, fc.array(keystroke, { minLength: 1, maxLength: 10 }), (start, fmt, keys) => {
          let current = start;
          const cache = new AnalysisCache();
          analyze(current, { format: fmt }, cache);
          for (const k of keys) {
            const caps: number[] = [];
            for (let i = 0; i < current.length; i++) if (/\p{Lu}/u.test(current[i])) caps.push(i);
            let at = Math.max(
              0,
              Math.min(
                current.length,
                (caps.length ? caps[Math.floor(k.near * caps.length)] : Math.floor(k.near * current.length)) + k.by,
              ),
            );
            // Typed `times` times (a word's letters one by one), or backspaced as often.
            for (let t = 0; t < k.times; t++) {
              if (k.key === CASE) {
                // "Thompson" becomes "thompson": an ordinary word now, which may settle which of two spellings is right.
                const c = current[at] ?? '';
                const other = c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase();
                if (other === c || other.length !== 1) continue;
                current = current.slice(0, at) + other + current.slice(at + 1);
              } else if (k.key) {
                current = current.slice(0, at) + k.key + current.slice(at);
                at += k.key.length;
              } else if (at > 0) {
                current = current.slice(0, at - 1) + current.slice(at);
                at--;
              }
              assert.deepEqual(analyze(current, { format: fmt }, cache), analyze(current, { format: fmt }));
            }
          }
        }),
        { ...PARAMS, numRuns: Math.max(1, Math.ceil(PARAMS.numRuns / 2)) },
      );
    }));

for (const fast of [true, false])
  test(`a lower-case word typed far from any name can still settle a name: the kept result is not reused then (names fast paths ${fast ? 'on' : 'off'})`, () =>
    withNameFastPaths(fast, () => {
      // "thompson" written in lower case makes Thompson an ordinary word, and an ordinary word's slip
      // must be written once: Thomson (twice) is no longer flagged, though no paragraph's names changed.
      const before =
        'Ken Thompson said it was over. Ken Thompson said so. Ken Thompson agreed. Ken Thompson left. Ken Thomson added more. Ken Thomson left.\n\nThe thompso rule stands.\n';
      const cache = new AnalysisCache();
      assert.equal(analyze(before, {}, cache).findings.length, 2);
      const after = before.replace('thompso ', 'thompson ');
      assert.deepEqual(analyze(after, {}, cache), analyze(after, {}));
    }));
