// The annotated-fixture helper itself: it must fail on a missing or an extra finding, or it proves nothing.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { checkFindings, parseFixture } from '../../support/check';

test('annotation lines are removed and point at the line above', () => {
  const { text, expected } = parseFixture(`
    First line.
    “Open, he said.
    ^ quotes/unclosed
  `);
  assert.equal(text, 'First line.\n“Open, he said.');
  assert.deepEqual(expected, [{ rule: 'quotes/unclosed', offset: 12, length: undefined }]);
});

test('a quiet draft passes, a missing finding and an extra finding fail with the draft marked', () => {
  checkFindings(`“We will open in March,” the minister said.`, { rules: ['quotes/'] });
  assert.throws(
    () => checkFindings(`“We will open in March, the minister said.`, { rules: ['quotes/'] }),
    /⟦“⟧‹quotes\/unclosed›[\s\S]*extra: quotes\/unclosed@0/,
  );
  assert.throws(
    () =>
      checkFindings(
        `
        “We will open in March,” the minister said.
         ^ quotes/unclosed
      `,
        { rules: ['quotes/'] },
      ),
    /missing: quotes\/unclosed@1/,
  );
});
