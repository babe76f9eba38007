// quotes/two-apostrophes: two apostrophes typed for a double quotation mark.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { curlyOnly } from './fixtures';
import { applyEdits } from '../../../server/src/analysis/edits';

test('straight pairs at both ends, each one finding whose fix makes it a double mark', () => {
  const a = curlyOnly(`
    ''The ruling is a relief for the family,'' said the victim's aunt.
    ^^ quotes/two-apostrophes
                                            ^^ quotes/two-apostrophes
  `);
  let text = a.document.text;
  for (const f of [...a.findings].filter((x) => x.rule === 'quotes/two-apostrophes').reverse())
    text = applyEdits(text, f.fixes[0].edits);
  assert.equal(text, `"The ruling is a relief for the family," said the victim's aunt.`);
});

test('curly pairs, and a pair after a sentence', () => {
  curlyOnly(`
    ‘‘We followed every rule,’’ said the port’s head of safety.
    ^^ quotes/two-apostrophes
                             ^^ quotes/two-apostrophes

    The jury was out for six hours. ''We will appeal,'' the lawyer said.
                                    ^^ quotes/two-apostrophes
                                                     ^^ quotes/two-apostrophes
  `);
});

test('in a paragraph of curly marks the pair becomes a curly mark facing the right way, and no style finding is added', () => {
  const a = curlyOnly(`
    “The deal is signed,” he said. ''We will appeal,'' the lawyer said.
                                   ^^ quotes/two-apostrophes
                                                    ^^ quotes/two-apostrophes
  `);
  const fs = a.findings.filter((x) => x.rule === 'quotes/two-apostrophes');
  assert.deepEqual(
    fs.map((f) => f.fixes[0].edits[0].newText),
    ['“', '”'],
  );
  assert.ok(!a.findings.some((f) => f.rule === 'quotes/style' && fs.some((g) => g.offset === f.offset)));
});
