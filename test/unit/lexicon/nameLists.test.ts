// The names check's word lists and transliteration table: what they know, and that they are
// searched right (a sorted string searched in place must find every entry and nothing else).

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  isAttested,
  isEnglishWord,
  isForeignCognate,
  isGivenName,
  isPlace,
  SortedWords,
} from '../../../server/src/analysis/lexicon/nameLists';
import { romanForm, romanisedSyllables } from '../../../server/src/analysis/lexicon/transliteration';
import { saysWord } from '../../../server/src/analysis/lexicon/speechForms';

test('a sorted list is searched in place: every entry found, nothing between them', () => {
  const words = ['Aaron', 'Zoe', 'abbey', 'abbot', 'zebra', 'É', 'Ł'].sort();
  const list = new SortedWords(words.join('\n'));
  for (const w of words) assert.ok(list.has(w), w);
  for (const w of ['', 'Aaro', 'Aarons', 'abb', 'abbeys', 'zz', 'A']) assert.ok(!list.has(w), w);
});

test('the lists know words, names, places and peoples', () => {
  for (const w of ['county', 'country', 'marina', 'socialism', 'symphony']) assert.ok(isEnglishWord(w), w);
  for (const w of ['contacto', 'symphonie', 'ministerio']) assert.ok(isForeignCognate(w), w);
  for (const w of ['Michael', 'Kim', 'Lee', 'Emmanuel']) assert.ok(isGivenName(w), w);
  for (const w of ['Germany', 'Germans', 'Dallas', 'Kazakhstan']) assert.ok(isPlace(w), w);
  for (const w of ['Micahel', 'Dlalas', 'Acedemy', 'Ashimbaev']) assert.ok(!isAttested(w), w);
});

test('romanisation standards fold to one form', () => {
  for (const [a, b] of [
    ['yelena', 'elena'],
    ['zhanar', 'janar'],
    ['dzhanibekov', 'janibekov'],
    ['oumarov', 'umarov'],
    ['tsoi', 'coi'],
  ]) {
    assert.equal(romanForm(a), romanForm(b), `${a} / ${b}`);
  }
  assert.notEqual(romanForm('marat'), romanForm('murat'));
});

test('East Asian given names read as romanised syllables; one syllable or a Western surname does not', () => {
  for (const w of ['jinping', 'min-jun', 'jong-un', 'seo-yeon']) assert.ok(romanisedSyllables(w), w);
  for (const w of ['walsh', 'ogg', 'collins', 'lin']) assert.ok(!romanisedSyllables(w), w);
});

test('the speech words read beside a name come from the speech lexicon', () => {
  for (const w of ['said', 'says', 'told', 'remarked', 'insisted', 'according']) assert.ok(saysWord(w), w);
  // Weak verbs need their quotation; a base form is not a report.
  for (const w of ['called', 'found', 'say', 'saying', 'mayor']) assert.ok(!saysWord(w), w);
});
