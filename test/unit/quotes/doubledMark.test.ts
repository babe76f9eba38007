// quotes/doubled-mark: a curly mark typed twice where a quotation opens is one finding, on the
// second mark, whose fix removes it — not an empty quotation and a stray closer further on.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { curlyOnly } from './fixtures';
import { applyEdits } from '../../../server/src/analysis/edits';

test('an opener followed by its closer, or by itself, before the first word', () => {
  const a = curlyOnly(`
    The commissioner said, “”Our officers cleared the park in an hour.”
                            ^ quotes/doubled-mark

    The mayor said, ““We will rebuild the pier by summer.”
                     ^ quotes/doubled-mark

    Sie sagte: „„Wir bauen die Brücke neu.“
                ^ quotes/doubled-mark
  `);
  const [f] = a.findings.filter((x) => x.rule === 'quotes/doubled-mark');
  assert.equal(
    applyEdits(a.document.text, f.fixes[0].edits).split('\n')[0],
    'The commissioner said, “Our officers cleared the park in an hour.”',
  );
});

test('a running quotation reopening two levels in the same marks is no doubled mark', () => {
  curlyOnly(`
    “She told me, “Do not go back there.

    ““Not ever,” she said,” the witness recalled.
     ^ quotes/nesting
               ^ quotes/nesting
  `);
});
