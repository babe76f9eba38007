// The real draft the quotation check was built for (skipped where the shared material is absent).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { HAVE_SHARED, readSeed } from '../../support/texts';
import { check } from './helpers';

test('the seed: both stray closers are unopened errors, nothing else above information', { skip: !HAVE_SHARED }, () => {
  const text = readSeed();
  const findings = check(text).findings.filter((f) => f.severity !== 'information' && f.severity !== 'hint');
  assert.deepEqual(findings.map((f) => f.rule), ['quotes/unopened', 'quotes/unopened']);
  assert.deepEqual(findings.map((f) => text.slice(f.offset - 7, f.offset + 1)), ['expand,"', ' China,"']);
});
