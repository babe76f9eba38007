// proseOf skips the patterns a text cannot match (no `@`, no `://`, no comment) and returns the
// text itself when nothing was blanked. A suffix that forces every pattern to run, and cannot reach
// back into the text before it, must not change the prose of that text.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { assertProperty } from './property';
import { proseOf } from '../../server/src/analysis/prose';
import { anyText, draft, format, PARAMS } from './arbitraries';

const FORCE_EVERY_PATTERN = '\n\n<!-- copydesk-disable --> a@b.org http://x.org www.y.org';

test('the prose of a text is the same whether or not its patterns were skipped', () => {
  assertProperty(
    fc.property(fc.oneof(draft, anyText), format, (text, fmt) => {
      const prose = proseOf(text, fmt);
      assert.equal(prose.length, text.length);
      assert.equal(proseOf(text + FORCE_EVERY_PATTERN, fmt).slice(0, text.length), prose);
    }),
    PARAMS,
  );
});

test('URLs, addresses and silencing comments are blanked in plain text, and nothing else is', () => {
  const text =
    'Visit WWW.Example.org/a or HTTPS://x.y/z, write to press@example.com.\n<!-- copydesk-disable -->\n“Quoted,” she said.';
  const prose = proseOf(text, 'plaintext');
  for (const gone of ['WWW.Example.org/a', 'HTTPS://x.y/z', 'press@example.com', '<!-- copydesk-disable -->']) {
    const at = text.indexOf(gone);
    assert.equal(prose.slice(at, at + gone.length).trim(), '', gone);
  }
  assert.equal(prose.slice(text.indexOf('“')), '“Quoted,” she said.');
  const plain = 'No link here: “just words,” he said.';
  assert.equal(proseOf(plain, 'plaintext'), plain);
});
