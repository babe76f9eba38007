// Possessives that look like closing marks: after an abbreviation's full stop, and s-final words
// that close a single-quoted phrase when another phrase follows.
import { test } from 'node:test';
import { bothForms, curlyOnly } from './fixtures';

test('a possessive after an abbreviation is an apostrophe, inside a quotation or not', () => {
  bothForms(`
    “The U.N.’s envoy and the E.U.’s negotiators met on Monday,” the spokesman said.

    Harold P. Grant Jr.’s firm filed first; Nora K.’s lawyers followed.

    “We rent the yard behind Keller Bros.’ depot,” said the owner of Dunmore Co.’s fleet.
  `);
});

test('a possessive after an abbreviation does not hide a quotation left open', () => {
  bothForms(`
    “The U.S.’s offer came too late, the minister said.
    ^ quotes/unclosed

    Talks resume next week.
  `);
});

test('an s-final word closes a single-quoted phrase when another phrase opens before the next closer', () => {
  bothForms(`
    “Farmers call the levy ‘a tax on harvests’ and ‘a present to the mills’ — and they mean it,” said the mayor.

    Critics called the plan ‘a raid on the regions’ and ‘a gift to the cities’.
  `);
});

test('a plural possessive inside a single quotation leaves it open when nothing closes it', () => {
  curlyOnly(`
    ‘The teachers’ pay talks have stalled and the council will not meet us, said the union’s organiser.
    ^ quotes/unclosed

    The council did not comment.
  `);
});

test('a title in single marks ending in s closes at its last word', () => {
  bothForms(`
    The museum will show ‘The Gleaners’ and ‘The Card Players’ from June.
  `);
});
