// Marks that are not quotation marks: a spaced » between the parts of a site's path.
import { test } from 'node:test';
import { curlyOnly } from './fixtures';

test('a spaced » or › is a separator', () => {
  curlyOnly(`
    Start » Presse » Mitteilungen

    Home › News › Courts

    Our rates » compare plans

    “We will publish the figures in May,” the spokeswoman said.
  `);
});

test('a separator does not hide a quotation left open', () => {
  curlyOnly(`
    Home » Products » Phones

    “The new phone ships in May, said the company’s head of sales.
    ^ quotes/unclosed

    Prices come next month.
  `);
});

test('French guillemets spaced inside still pair', () => {
  curlyOnly(`
    « Nous ouvrirons la ligne en mars », a déclaré le directeur. « Le budget est tenu » et il est parti.
  `);
});
