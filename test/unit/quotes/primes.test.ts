// Inch, foot and arc primes are not quotation marks, above all inside a quotation.
import { test } from 'node:test';
import { curlyOnly } from './fixtures';
import { checkFindings } from '../../support/check';
import { PAIRING } from './fixtures';

const straight = (fixture: string) => checkFindings(fixture, { rules: PAIRING });

test('an inch mark inside a quotation is not its closer', () => {
  straight(`
    "The new monitors have a 34" panel and a stand," the buyer said.

    "Each pipe is 7½" wide and 12' 6" long," he said.

    "The boxes are 18" deep, 24" wide and 30" tall," she said.
  `);
  curlyOnly(`
    “The new monitors have a 34" panel and a stand,” the buyer said.
  `);
});

test('two apostrophes after a number are a double prime', () => {
  straight(`
    Print it on 4'' × 6'' cards, the clerk said.

    The gauge read -2.5'' at noon and 3'' by dusk.

    "Use the 3'' × 5'' cards," she said.
  `);
});

test('an inch mark does not close a quotation left open', () => {
  straight(`
    "Our new set has a 65" screen and goes on sale in May, said the director.
    ^ quotes/unclosed

    No price was given.
  `);
});

test('a number at the end of a quotation still closes it', () => {
  straight(`
    The final score was "4 to 5" and the fans left early.

    "We lost 4-5," the coach said.
  `);
});
