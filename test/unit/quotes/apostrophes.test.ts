// Apostrophes are never quotation marks: each shape with straight and curly marks.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { check, flags, problems, applyFix } from './helpers';

const both = (s: string) => [s, s.replace(/’/g, "'")];

test('contractions and possessives inside words', () => {
  for (const t of both('Don’t worry, it’s Nazarbayev’s plan and the party’s too.')) assert.deepEqual(flags(t), []);
});

test('plural possessives after a word: Jones’, workers’', () => {
  for (const t of both('The Jones’ house and the workers’ union stood firm.')) assert.deepEqual(flags(t), []);
  for (const t of both('“We back the workers’ union,” she said.')) assert.deepEqual(problems(t), []);
});

test('a plural possessive inside an open single quotation leaves no stray mark (q31)', () => {
  const curly = '‘The Kassymovs’ house was never searched,’ said Daulet Serikbayev.';
  assert.deepEqual(flags(curly), []);
  assert.deepEqual(flags(curly.replace(/[‘’]/g, "'")), []);
  const [q] = check(curly).quotations;
  assert.equal(curly.slice(q.start, q.end), 'The Kassymovs’ house was never searched,');
});

test('a possessive after a single quotation has closed (q30)', () => {
  const t = '‘We will appeal,’ said Siobhan O’Brien, the company’s lawyer, whose clients’ accounts were frozen.';
  for (const x of [t, t.replace(/[‘’]/g, "'")]) assert.deepEqual(flags(x), []);
});

test('elisions: ’90s, rock ’n’ roll, ’til', () => {
  for (const t of both('In the ’90s a rock ’n’ roll band played ’til dawn.')) assert.deepEqual(flags(t), []);
});

test('an elision typed with an opening mark is flagged, with a safe fix to ’', () => {
  const t = 'The port was built in the ‘90s and has not been dredged since.';
  assert.deepEqual(flags(t), ['quotes/apostrophe@‘#1']);
  const f = check(t).findings[0];
  assert.equal(f.fixes[0].safe, true);
  assert.equal(applyFix(t, f), t.replace('‘', '’'));
  assert.deepEqual(flags('A new rock ‘n’ roll museum will open in June.'), ['quotes/apostrophe@‘#1']);
  assert.deepEqual(flags('We waited ‘til dawn.'), ['quotes/apostrophe@‘#1']);
});

test('names with apostrophes: O’Brien, N’Djamena, G‘ulomov', () => {
  for (const t of both('O’Brien flew to N’Djamena with Mr G‘ulomov.')) assert.deepEqual(flags(t), []);
  assert.deepEqual(flags('“O’Brien flew to N’Djamena with Mr G‘ulomov,” the ministry said.'), []);
});

test('primes after digits: 5\' 11", 32" screens', () => {
  assert.deepEqual(flags('He is 5\' 11" tall and sells 32" screens.'), []);
  assert.deepEqual(flags('He is 5’ 11” tall and sells 32” screens.'), []);
  assert.deepEqual(problems('"He is 5\' 11" tall," she said.'), []);
});

test('a closing quotation mark after a number is still a closer inside an open quotation', () => {
  assert.deepEqual(flags('Two gangs, the “4 to 5” and the “900” met there.'), []);
});

test('a quoted name or title is a quotation', () => {
  const t = 'The party ‘Nur Otan’ backs the plan "One belt, one road".';
  const qs = check(t).quotations;
  assert.equal(qs.length, 2);
  assert.equal(t.slice(qs[0].start, qs[0].end), 'Nur Otan');
  assert.equal(t.slice(qs[1].start, qs[1].end), 'One belt, one road');
});

test('an apostrophe-looking closer after punctuation with nothing open is unopened', () => {
  assert.deepEqual(problems('It will deepen and expand,’ the deputy said.'), ['quotes/unopened@’#1']);
});
