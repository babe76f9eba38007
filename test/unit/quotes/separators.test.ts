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

test('a page title cut off mid-word leaves its quotation open without a finding', () => {
  curlyOnly(`
    Prosecutor Honored with League’s ‘Sherwood Pri...

    Home » News » Awards for ‘Courage in Pub…

    “The award goes to the whole unit, said the prosecutor.
    ^ quotes/unclosed

    She thanked her colleagues.
  `);
});
