// Elisions at the start or end of a word are apostrophes, and pairing still finds the real marks.
import { test } from 'node:test';
import { bothForms, curlyOnly } from './fixtures';

test('dialect elisions in dialogue are not quotation marks', () => {
  bothForms(`
    “We’re fishin’ every mornin’ ’til the ice comes, ’cause nothin’ else pays,” said the skipper.

    “’Tis a hard winter, and y’all know it,” he said. “Tell ’em the boats are still out.”

    The harbour o’ Port Ellis has 40 boats left; “we’re keepin’ ’em all,” the skipper said.
  `);
});

test('with elisions about, a quotation left open is still flagged', () => {
  bothForms(`
    “’Twas the best catch in years, and y’all saw it,” the skipper said.

    “We’re goin’ back out tomorrow, ’cause the weather’s turnin’, he said.
    ^ quotes/unclosed

    The harbour master did not comment.
  `);
});

test('German: so ’n inside ‚…‘ is an elision, and an unclosed „ is still found', () => {
  curlyOnly(`
    „Er nannte den Antrag ‚so ’n Unsinn‘ und ging“, sagte die Sprecherin der Stadt.

    „Wir klagen dagegen, kündigte sie an.
    ^ quotes/unclosed

    Die Stadt hat eine Kanzlei beauftragt.
  `);
  curlyOnly(`
    „Er nannte den Antrag ‚so 'n Unsinn‘ und ging“, sagte die Sprecherin der Stadt.
  `);
});

test('an elision typed with an opening mark is an apostrophe finding', () => {
  curlyOnly(`
    The band played ‘til dawn, and ‘em old songs too.
                    ^ quotes/apostrophe
                                   ^ quotes/apostrophe
  `);
});
