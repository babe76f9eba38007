// The real draft the quotation check was built for (skipped where the shared material is absent).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { HAVE_SHARED, readSeed } from '../../support/texts';
import { check } from './helpers';

test('the seed: both stray closers are unopened errors, nothing else above information', { skip: !HAVE_SHARED }, () => {
  const text = readSeed();
  const findings = check(text).findings.filter((f) => f.severity !== 'information' && f.severity !== 'hint');
  assert.deepEqual(
    findings.map((f) => f.rule),
    ['quotes/unopened', 'quotes/unopened'],
  );
  assert.deepEqual(
    findings.map((f) => text.slice(f.offset - 7, f.offset + 1)),
    ['expand,"', ' China,"'],
  );
});

test(
  'the seed: each unopened closer prefers the paragraph start (speaker’s voice), the title shows where',
  { skip: !HAVE_SHARED },
  () => {
    const text = readSeed();
    for (const f of check(text).findings.filter((x) => x.rule === 'quotes/unopened')) {
      const preferred = f.fixes.find((x) => x.preferred)!;
      const at = preferred.edits[0].offset;
      assert.ok(
        at === 0 || text[at - 1] === '\n',
        `opens at a paragraph start, not mid-sentence (${JSON.stringify(text.slice(at - 20, at + 20))})`,
      );
      assert.match(preferred.title, /at the start of the paragraph: before ‘\S/);
      assert.ok(
        f.fixes.filter((x) => !x.preferred && x.edits[0].length === 0).length >= 1,
        'the other places stay as alternatives',
      );
    }
  },
);
