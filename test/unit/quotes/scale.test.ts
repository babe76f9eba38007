// Linear time on hostile input: these would take minutes if any step were quadratic.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { check } from './helpers';

const quick = (f: () => void) => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};

test('100,000 quotation marks in a row', () => {
  for (const mark of ['"', '“', '”', "'", '’', '«']) {
    const ms = quick(() => check(mark.repeat(100_000)));
    assert.ok(ms < 3000, `${mark}: ${ms} ms`);
  }
  const ms = quick(() => check('a" '.repeat(100_000)));
  assert.ok(ms < 3000, `stray closers: ${ms} ms`);
});

test('deeply nested quotations', () => {
  const t = '“a ‘b '.repeat(20_000) + 'c' + '’ d” '.repeat(20_000);
  const ms = quick(() => check(t));
  assert.ok(ms < 3000, `${ms} ms`);
});

test('a 1 MB paragraph of quoted speech', () => {
  const t = '"We will open the terminal in March," said the chief executive, whose workers\' union agreed. '.repeat(
    11_000,
  );
  let n = 0;
  const ms = quick(() => (n = check(t).quotations.length));
  assert.equal(n, 11_000);
  assert.ok(ms < 3000, `${ms} ms`);
});
