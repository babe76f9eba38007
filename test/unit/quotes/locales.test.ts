// Locales: which way marks face comes from the language and its region (CLDR's delimiters).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { curlyOnly } from './fixtures';
import { checkFindings } from '../../support/check';
import { PAIRING } from './fixtures';

test('Swiss German and Swiss French quote «…» ‹…› under a region tag', () => {
  for (const quoteLocale of ['de-CH', 'fr-CH']) {
    curlyOnly(
      `
      «Die Linie fährt ab Dezember», sagte der Direktor. «Der Rat nannte sie ‹einen Meilenstein›.»
    `,
      { quoteLocale },
    );
  }
});

test('de-CH is strict: »…« there faces the wrong way', () => {
  const a = curlyOnly(
    `
    »Die Linie fährt ab Dezember«, sagte der Direktor.
    ^ quotes/mismatched
  `,
    { quoteLocale: 'de-CH' },
  );
  assert.equal(a.findings.find((f) => f.rule === 'quotes/mismatched')!.fixes[0].edits[0].newText, '«');
});

test('German detected from the text pairs either guillemet direction; a quotation left open is found', () => {
  curlyOnly(`
    «Die Bürger haben klar ‹Ja› gesagt», sagte die Sprecherin der Stadt am Sonntag.

    »Wir haben das nicht erwartet«, sagte der Bürgermeister. Er ist nicht froh.

    «Mit dem Bau beginnen wir im Frühling, sagte die Sprecherin.
    ^ quotes/unclosed

    Die Kosten sind noch nicht bekannt.
  `);
});

test('CJK 「 always opens, even before a bracket', () => {
  curlyOnly(
    `
    社長は「（仮称）新計画」と呼んだ。
  `,
    { quoteLocale: 'ja' },
  );
  curlyOnly(
    `
    社長は「（仮称）新計画と呼んだ。
       ^ quotes/unclosed
  `,
    { quoteLocale: 'ja' },
  );
});

test('where no word starts with an apostrophe, a lone straight opener is flagged', () => {
  checkFindings(
    `
    Он прочитал роман 'Война и мир. Потом он ушёл домой, сказал он.
                      ^ quotes/unclosed
  `,
    { rules: PAIRING, options: { quoteLocale: 'ru' } },
  );
  checkFindings(
    `
    Va llegir la novel·la 'La plaça del Diamant. Després se'n va anar.
                          ^ quotes/unclosed
  `,
    { rules: PAIRING, options: { quoteLocale: 'ca' } },
  );
});

test('an opening mark typed for an apostrophe inside a word is an apostrophe finding; Uzbek o‘ is a letter', () => {
  checkFindings(
    `
    La presentació d‘aquesta llei serà dimarts.
                    ^ quotes/apostrophe
  `,
    { rules: PAIRING, options: { quoteLocale: 'ca' } },
  );
  curlyOnly(`
    We can‘t say, said Rustam G‘ulomov of O‘zbekiston Temir Yo‘llari.
          ^ quotes/apostrophe
  `);
});
