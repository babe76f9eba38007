// Running quotations: a quotation over several paragraphs, reopened at each, is no error — also
// when it holds a quotation in its own marks.
import { test } from 'node:test';
import { bothForms, curlyOnly } from './fixtures';

test('a running quotation with nested single marks, reopened at each paragraph', () => {
  bothForms(`
    “When the river rose, my neighbour shouted ‘Get to the roof’ and we did,” said the farmer. “We waited nine hours.

    “The rescuers kept saying ‘Not yet,’ because the current was too strong.

    “When they came, my son asked, ‘Where were you?’ Nobody answered.”
  `);
});

test('a running quotation that reopens both levels', () => {
  curlyOnly(`
    The judge read from the victim’s letter. “This is what she wrote,” he said. “‘I still check the locks every night.

    “‘I want him to know what he took.’”
  `);
});

test('the same marks nested in a running quotation are nesting, not an unclosed quotation', () => {
  curlyOnly(`
    “He told us, “Go home,” and we went home.
                 ^ quotes/nesting
                          ^ quotes/nesting

    “Then it rained for a week,” she said.
  `);
});

test('a quotation opened after a sentence inside an open one is a new quotation: the first is unclosed', () => {
  curlyOnly(`
    “In a way it was expected, he said. “What we did not expect was the power.”
    ^ quotes/unclosed

    Nobody could say more.
  `);
});
