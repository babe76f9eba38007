import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readSettings, DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { analyze } from '../../server/src/analysis/analyze';

test('malformed settings fall back to the defaults instead of stopping the checks', () => {
  assert.deepEqual(readSettings(null), { ...DEFAULT_SETTINGS, loadedVerbs: undefined });
  const s = readSettings({ enable: 'yes', rules: { 'quotes/style': 'off', names: 'error', bogus: 42 }, holdBack: -5 });
  assert.equal(s.enable, true);
  assert.deepEqual(s.rules, { 'quotes/style': { enabled: false }, names: { enabled: true, severity: 'error' } });
  assert.equal(s.holdBack, DEFAULT_SETTINGS.holdBack);
});

test('a rule turned off or re-levelled in the options changes the findings', () => {
  // A closing mark with no opening mark in its paragraph: the options silence it or re-level it.
  const text = 'The plan is good," the mayor said.\n';
  const base = analyze(text).findings.filter((f) => f.rule === 'quotes/unopened');
  assert.equal(base.length, 1);
  assert.equal(base[0].severity, 'error');
  assert.equal(
    analyze(text, { rules: { 'quotes/unopened': { enabled: false } } }).findings.filter(
      (f) => f.rule === 'quotes/unopened',
    ).length,
    0,
  );
  assert.equal(
    analyze(text, { rules: { quotes: { enabled: false } } }).findings.filter((f) => f.rule.startsWith('quotes/'))
      .length,
    0,
  );
  assert.ok(
    analyze(text, { rules: { 'quotes/unopened': { severity: 'hint' } } })
      .findings.filter((f) => f.rule === 'quotes/unopened')
      .every((f) => f.severity === 'hint'),
  );
});
