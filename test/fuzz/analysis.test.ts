// Property tests of analyze(): whatever the text, it returns, in bounded time, an Analysis whose
// every span and every fix fits the text it was computed for. Fixed seed and bounded count here;
// COPYDESK_FUZZ_RUNS=5000 (and COPYDESK_FUZZ_SEED) for a longer hunt.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { assertProperty } from './property';
import { analyze, type AnalysisOptions } from '../../server/src/analysis';
import { anyText, applyRandomEdit, draft, format, PARAMS, quoteSoup, randomEdit } from './arbitraries';
import { checkAnalysis } from './invariants';

// Far above what a few hundred characters take (well under a millisecond); only a hang or a
// blow-up (exponential backtracking, a loop that does not advance) gets near it.
const TERMINATES_MS = 2000;

function analyzeChecked(text: string, options: AnalysisOptions = {}) {
  const t0 = performance.now();
  const a = analyze(text, options);
  const ms = performance.now() - t0;
  assert.ok(ms < TERMINATES_MS, `analyze took ${ms.toFixed(0)} ms on ${text.length} characters`);
  checkAnalysis(text, a);
  return a;
}

test('any UTF-16 text, lone surrogates and control characters included: never throws, spans fit', () => {
  assertProperty(
    fc.property(anyText, format, (text, fmt) => void analyzeChecked(text, { format: fmt })),
    PARAMS,
  );
});

test('quote soups: every family and direction of mark in any order', () => {
  assertProperty(
    fc.property(quoteSoup, format, (text, fmt) => void analyzeChecked(text, { format: fmt })),
    PARAMS,
  );
});

test('draft-like text with names, quotations and attributions, in any quote locale', () => {
  const locale = fc.constantFrom('auto', 'en', 'en-GB', 'de', 'fr', 'ru', 'da', 'ja', 'xx-nonsense', '');
  assertProperty(
    fc.property(
      draft,
      format,
      locale,
      (text, fmt, quoteLocale) => void analyzeChecked(text, { format: fmt, quoteLocale }),
    ),
    PARAMS,
  );
});

test('rule settings and a style sheet never break the invariants', () => {
  const severity = fc.constantFrom('error' as const, 'warning' as const, 'information' as const, 'hint' as const);
  const rules = fc.dictionary(
    fc.constantFrom(
      'quotes',
      'names',
      'attribution',
      'quotes/style',
      'names/variant',
      'attribution/missing',
      'no/such-rule',
    ),
    fc.record({ enabled: fc.boolean(), severity }, { requiredKeys: [] }),
  );
  const styleSheet = fc.record({
    names: fc.array(
      fc.constantFrom('Nursultan Nazarbayev', 'Maria Álvarez', 'Ken Thompson', 'Nur Otan', '', '“', 'a'),
      { maxLength: 4 },
    ),
    distinct: fc.array(
      fc.tuple(fc.constantFrom('Thompson', 'Thomson', 'Gonzalez'), fc.constantFrom('Thomson', 'González', '')),
      { maxLength: 2 },
    ),
  });
  assertProperty(
    fc.property(draft, rules, styleSheet, (text, r, sheet) => {
      const a = analyzeChecked(text, { rules: r, styleSheet: sheet });
      for (const f of a.findings) {
        const family = f.rule.split('/')[0];
        const off = r[f.rule]?.enabled === false || (r[f.rule]?.enabled === undefined && r[family]?.enabled === false);
        assert.ok(!off, `${f.rule} reported while switched off`);
      }
    }),
    PARAMS,
  );
});

test('random edits of a draft: every intermediate text keeps the invariants', () => {
  assertProperty(
    fc.property(draft, fc.array(randomEdit, { maxLength: 12 }), (start, edits) => {
      let text = start;
      analyzeChecked(text);
      for (const e of edits) {
        text = applyRandomEdit(text, e).text;
        analyzeChecked(text);
      }
    }),
    { ...PARAMS, numRuns: Math.max(1, Math.ceil(PARAMS.numRuns / 3)) },
  );
});
