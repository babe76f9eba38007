// attribution/no-verb for a verb of the face or the body carrying a quotation: one cannot grin
// words. Fixture texts are made up.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { checkFindings } from '../../support/check';
import { applyEdits } from '../../../server/src/analysis/edits';
import { analyze } from '../../../server/src/analysis/analyze';

const rules = ['attribution/no-verb'];

test('grinned, shrugged, nodded and beamed are not ways of speaking', () => {
  checkFindings(
    `
    Olga Mirren won the regional chess title on Sunday. “I did not expect that,” she grinned.
                                                                                     ^^^^^^^ attribution/no-verb
  `,
    { rules },
  );
  checkFindings(
    `
    “That is for the board to decide,” Pavel Osei shrugged.
                                                  ^^^^^^^^ attribution/no-verb
  `,
    { rules },
  );
  checkFindings(
    `
    “We are ready,” nodded captain Irene Vasquez.
                    ^^^^^^ attribution/no-verb
  `,
    { rules },
  );
  checkFindings(
    `
    “Best day of my life,” Sunita Rao beamed.
                                      ^^^^^^ attribution/no-verb
  `,
    { rules },
  );
});

test('the fixes are "said" and "said with a grin"; a gesture beside "said" is fine', () => {
  const text = 'Olga Mirren won on Sunday. “I did not expect that,” she grinned.';
  const a = analyze(text);
  const f = a.findings.find((x) => x.rule === 'attribution/no-verb')!;
  assert.equal(applyEdits(text, f.fixes[0].edits), 'Olga Mirren won on Sunday. “I did not expect that,” she said.');
  assert.equal(
    applyEdits(text, f.fixes[1].edits),
    'Olga Mirren won on Sunday. “I did not expect that,” she said with a grin.',
  );
  checkFindings(
    `
    “We will be better in March,” Pavel Osei added, nodding towards the bench.
  `,
    { rules },
  );
});
