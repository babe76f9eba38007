// Forms of the speech lexicon (speech.ts) read beside a name: "Smith said", "said Smith",
// "according to Smith". Derived from speech.ts, never listed again: a verb added there counts here.

import { isWeakSpeechVerb, speechVerb } from './speech';

/**
 * A word that makes the name beside it a speaker: a past or present form of a speech verb that
 * attributes on its own (not "called", "found", "felt": weak verbs need their quotation), or the
 * "according" of "according to".
 */
export function saysWord(lowerWord: string): boolean {
  if (lowerWord === 'according') return true;
  const form = speechVerb(lowerWord);
  return form !== undefined && form.tense !== 'other' && !isWeakSpeechVerb(form);
}
