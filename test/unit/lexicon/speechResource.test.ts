// The speech lexicon grown from WordNet's verbs of communication (lexicon/data/SOURCES.md).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  isSpeechVerbForm,
  isWeakSpeechVerb,
  speechVerb,
  speechVerbPattern,
} from '../../../server/src/analysis/lexicon/speech';
import { checkFindings } from '../../support/check';

test('verbs of communication the hand-kept list lacked are speech verbs beside a quotation', () => {
  for (const w of ['echoed', 'vouched', 'moaned', 'grumbled', 'snubbed', 'prophesied']) assert.ok(speechVerb(w), w);
  assert.equal(speechVerb('snubbed')!.lemma, 'snub');
  assert.ok(isWeakSpeechVerb(speechVerb('echoed')!));
  checkFindings(
    `
    “We will keep every ward open,” the health minister Marat Kenzhebek echoed.
  `,
    { rules: ['attribution/missing'] },
  );
});

test('the derived forms for other checks', () => {
  assert.ok(isSpeechVerbForm('Warned') && isSpeechVerbForm('says') && !isSpeechVerbForm('table'));
  const re = new RegExp(`^(?:${speechVerbPattern()})$`);
  assert.ok(re.test('said') && re.test('echoed') && !re.test('will') && !re.test('record'));
});
