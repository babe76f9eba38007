// Locales: the marks and pairings of other languages, read from the text or set.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { check, flags } from './helpers';

test('Russian « » and French « » with no-break spaces are balanced', () => {
  assert.deepEqual(flags('«Мы завершим строительство в марте», — сказал Даулет Серикбаев.'), []);
  assert.equal(check('«Мы завершим строительство в марте», — сказал Даулет Серикбаев.').locale, 'ru');
  assert.deepEqual(flags('« Nous ouvrirons le terminal en mars », a déclaré Daulet Serikbaïev.'), []);
});

test('an unclosed French guillemet is flagged, and l’an is an apostrophe', () => {
  assert.deepEqual(flags('« Le tarif augmentera de 8 % l’an prochain, a déclaré Aigerim Kassymova.'), [
    'quotes/unclosed@«#1',
  ]);
});

test('German „…“ is right; „…” is flagged only when the language is German', () => {
  assert.deepEqual(flags('„Wir eröffnen das Terminal im März“, sagte Daulet Serikbajew.'), []);
  const wrong = '„Wir eröffnen das Terminal im März”, sagte Daulet Serikbajew.';
  assert.deepEqual(flags(wrong), ['quotes/mismatched@”#1']);
  assert.equal(check(wrong).findings[0].fixes[0].edits[0].newText, '“');
  assert.deepEqual(flags(wrong, { quoteLocale: 'de-DE' }), ['quotes/mismatched@”#1']);
  // Right in Polish; with the locale unknown or set otherwise, nothing is said.
  assert.deepEqual(flags('„Otworzymy terminal w marcu”, powiedział Daulet Serikbajew.'), []);
  assert.deepEqual(flags(wrong, { quoteLocale: 'pl' }), []);
  assert.deepEqual(flags('„Terminal 2”, Daulet Serikbajew.'), []);
});

test('Danish »…« and Swedish ”…” pair', () => {
  assert.deepEqual(flags('»Vi åbner terminalen i marts«, sagde Daulet Serikbajev. Det er godt og vi har det.'), []);
  assert.deepEqual(
    flags('”Vi öppnar terminalen i mars”, säger Daulet Serikbajev, och det är inte allt som vi har.'),
    [],
  );
});

test('Chinese and Japanese marks', () => {
  assert.deepEqual(flags('“我们将在三月开通新航站楼，”努尔特兰斯公司总裁谢里克巴耶夫说。'), []);
  assert.deepEqual(flags('「社長は『前例のない計画』と呼んだ」と広報担当者は語った。'), []);
  assert.deepEqual(flags('「社長は『前例のない計画』と呼んだ、と広報担当者は語った。'), ['quotes/unclosed@「#1']);
  assert.equal(check('「社長は『前例のない計画』と呼んだ」').locale, 'ja');
});

test('English is read when nothing else is evident', () => {
  assert.equal(check('The minister said the plan was ready.').locale, 'en');
  assert.equal(check('').locale, 'en');
});
