import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  isWeakSpeechVerb,
  loadedLemmas,
  speechVerb,
  speechVerbForms,
} from '../../../server/src/analysis/lexicon/speech';

test('the lexicon knows the verbs of news attribution in all their forms', () => {
  for (const w of [
    'said',
    'says',
    'say',
    'saying',
    'told',
    'tells',
    'added',
    'adds',
    'wrote',
    'writes',
    'written',
    'stressed',
    'stresses',
    'noted',
    'explained',
    'insisted',
    'claimed',
    'tweeted',
    'posted',
    'announced',
    'replied',
    'testified',
    'admitted',
    'admitting',
  ]) {
    assert.ok(speechVerb(w), w);
  }
  assert.ok(speechVerbForms().size > 500, 'a large lexicon, not a handful');
});

test('each form knows its tense and its past and present, for the tense fix', () => {
  assert.deepEqual(speechVerb('said'), { lemma: 'say', tense: 'past', past: 'said', present: 'says' });
  assert.equal(speechVerb('says')!.tense, 'present');
  assert.equal(speechVerb('replies')!.past, 'replied');
  assert.equal(speechVerb('stressed')!.present, 'stresses');
  assert.equal(speechVerb('saying')!.tense, 'other');
});

test('ordinary words are not speech verbs', () => {
  for (const w of ['the', 'bank', 'terminal', 'opened', 'was', 'ha']) assert.equal(speechVerb(w), undefined, w);
});

test('verbs that are speech only beside a quotation are marked weak', () => {
  assert.ok(isWeakSpeechVerb(speechVerb('called')!));
  assert.ok(isWeakSpeechVerb(speechVerb('smiled')!));
  assert.ok(!isWeakSpeechVerb(speechVerb('said')!));
});

test('the loaded-verb list is the built-in one unless the desk sets its own, in any form', () => {
  assert.ok(loadedLemmas(undefined).has('claim'));
  assert.ok(!loadedLemmas(undefined).has('say'));
  assert.deepEqual([...loadedLemmas(['Insisted', ' boasts '])], ['insist', 'boast']);
  assert.equal(loadedLemmas([]).size, 0);
});
