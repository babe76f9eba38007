// quotes/misplaced-space: an opening mark on the wrong side of its space.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { curlyOnly } from './fixtures';
import { applyEdits } from '../../../server/src/analysis/edits';

test('an opener attached to the sentence before is one finding, and the fix moves the space', () => {
  const a = curlyOnly(`
    The verdict was read at noon, said Ramirez.“ The case is closed,” she added.
                                               ^ quotes/misplaced-space
  `);
  const f = a.findings.find((x) => x.rule === 'quotes/misplaced-space')!;
  assert.equal(
    applyEdits(a.document.text, f.fixes[0].edits),
    'The verdict was read at noon, said Ramirez. “The case is closed,” she added.',
  );
  assert.match(f.fixes[0].title, /“The/);
});

test('single marks and German marks', () => {
  curlyOnly(`
    He left early, the clerk said.‘ Nobody stopped him,’ she added.
                                  ^ quotes/misplaced-space
  `);
  curlyOnly(
    `
    Das Urteil fiel am Mittag, sagte Weber.„ Der Fall ist abgeschlossen“, fügte sie hinzu.
                                           ^ quotes/misplaced-space
  `,
    { quoteLocale: 'de' },
  );
});
