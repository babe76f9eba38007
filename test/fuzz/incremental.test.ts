// The editor analyses each version with the previous version's Document at hand, reusing the
// sentences of unchanged paragraphs. Whatever the edits, that must give exactly what a
// from-scratch analysis gives.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { assertProperty } from './property';
import { analyze, AnalysisCache, type Document } from '../../server/src/analysis';
import { buildDocument } from '../../server/src/analysis/document';
import { applyRandomEdit, draft, format, PARAMS, quoteSoup, randomEdit } from './arbitraries';

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

test('analysis with the cache of earlier versions equals analysis from scratch, findings and fixes included', () => {
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
});

// The style sheet's comparison with the draft's spellings is kept between analyses too; the other
// properties pass no sheet. Names of the drafts above, their variants and near misses.
const SHEET_NAMES = ['Nursultan Nazarbayev', 'Nazarbaev', 'Nazarbayeff', 'Maria Álvarez', 'Alvares', 'Ken Thomson', 'Thompsen', 'Eric González', 'Gonzales', 'Ashimbaev', 'Ashimbayev', 'Tokaev', 'O’Brien', 'Obrien'];
const styleSheet = fc.record({
  names: fc.array(fc.constantFrom(...SHEET_NAMES), { minLength: 1, maxLength: 6 }),
  distinct: fc.array(fc.tuple(fc.constantFrom(...SHEET_NAMES), fc.constantFrom('Nazarbayev', 'Thompson', 'Alvarez', 'Gonzalez', 'Ashimbayev')), { maxLength: 2 }),
});

test('with a style sheet, analysis with the cache of earlier versions equals analysis from scratch', () => {
  assertProperty(
    fc.property(draft, format, styleSheet, fc.array(randomEdit, { minLength: 1, maxLength: 8 }), (start, fmt, sheet, edits) => {
      let current = start;
      const cache = new AnalysisCache();
      const options = { format: fmt, styleSheet: sheet };
      analyze(current, options, cache);
      for (const e of edits) {
        current = applyRandomEdit(current, e).text;
        assert.deepEqual(analyze(current, options, cache), analyze(current, options));
      }
    }),
    { ...PARAMS, numRuns: Math.max(1, Math.ceil(PARAMS.numRuns / 2)) },
  );
});

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
  for (const after of [`${p2}\n\n${p1}`, `${p1}\n\n${p1}\n\n${p2}`, `${p1.replace('over. ', 'over.\n\n')}\n\n${p2}`, `X${p1}\n\n${p2}`, p2]) {
    assert.deepEqual(buildDocument(after, 'plaintext', prev), buildDocument(after));
  }
});
