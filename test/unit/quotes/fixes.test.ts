// Fixes: minimal edits at the plausible places, safe only where the result is certain.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { check, applyFix } from './helpers';

test('a missing opener is offered at the paragraph start (preferred) and the sentence start', () => {
  const t = 'Kazakhstan is interested. There are many areas where we agree," the deputy said.';
  const [f] = check(t).findings;
  assert.equal(f.rule, 'quotes/unopened');
  assert.deepEqual(f.fixes.map((x) => [x.edits[0].offset, x.edits[0].newText, x.safe, !!x.preferred]), [
    [0, '"', false, true],
    [t.indexOf('There'), '"', false, false],
    [t.indexOf('"'), '', false, false],
  ]);
  assert.equal(applyFix(t, f), '"' + t);
});

test('a missing curly opener is inserted facing the right way', () => {
  const [f] = check('We agree,” the deputy said.').findings;
  assert.equal(f.fixes[0].edits[0].newText, '“');
});

test('the opener of a later quotation goes after the previous one', () => {
  const t = '“One,” he said. Two and three,” she said.';
  const f = check(t).findings.find((x) => x.rule === 'quotes/unopened')!;
  assert.equal(f.fixes[0].edits[0].offset, t.indexOf('he'));
});

test('a missing closer is offered before the attribution (preferred) and at the paragraph end', () => {
  const t = '“The tariff will rise by 8 percent next year, Aigerim Kassymova said.';
  const [f] = check(t).findings;
  assert.equal(f.rule, 'quotes/unclosed');
  assert.equal(applyFix(t, f, 0), '“The tariff will rise by 8 percent next year,” Aigerim Kassymova said.');
  assert.equal(applyFix(t, f, 1), t + '”');
  assert.equal(f.fixes[0].preferred, true);
  assert.ok(f.fixes.every((x) => !x.safe));
  const he = '"We will win, he said.';
  assert.equal(applyFix(he, check(he).findings[0]), '"We will win," he said.');
});

test('findings list the paragraph’s other marks as related information', () => {
  const t = '“One,” he said. Two,” she said.';
  const f = check(t).findings.find((x) => x.rule === 'quotes/unopened')!;
  assert.deepEqual(f.related.map((r) => r.offset), [0, t.indexOf('”')]);
});

test('no fix drops a character of the text', () => {
  const texts = [
    '“Exports are recovering,’ said Timur.',
    'He said, ”We are ready.”',
    '“The minister told us, “Finish it,” and we did,” he said.',
    'In the ‘90s.',
    'Expand," he said.',
    '"Open and never closed.',
  ];
  for (const t of texts)
    for (const f of check(t).findings)
      for (const fix of f.fixes) {
        const out = applyFix(t, f, f.fixes.indexOf(fix));
        const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
        assert.equal(letters(out), letters(t), `${f.rule}: ${fix.title}`);
      }
});
