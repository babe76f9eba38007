// attribution/late: more than two quoted sentences before a speaker the reader does not yet
// know. Made-up texts.
import { test } from 'node:test';
import { checkFindings } from '../../support/check';

const rules = ['attribution/late'];

test('three sentences, then the speaker', () => {
  checkFindings(
    `
    “The river rose a metre overnight. Two bridges are shut. We have moved the school to the hall,” said Farida Nasser, the mayor.
    ^ attribution/late
  `,
    { rules },
  );
});

test('across a quotation that runs on', () => {
  checkFindings(
    `
    “Who checks the dams? Nobody does.
    ^ attribution/late

    “They were built in 1962 and never inspected since,” said Owen Price, a retired engineer.
  `,
    { rules },
  );
});

test('attributed early, a known voice, or two sentences: not late', () => {
  checkFindings(
    `
    “The river rose a metre overnight,” said Farida Nasser, the mayor. “Two bridges are shut. We have moved the school.”

    Farida Nasser, the mayor, spoke at noon.

    “Two bridges are shut. We have moved the school. Stay home,” Nasser said.

    “Stay home. Keep off the roads,” said Owen Price.
  `,
    { rules },
  );
});
