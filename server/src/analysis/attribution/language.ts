// The attribution rules read English: the verb lexicon, the pronouns and the vague-source patterns
// are English. In a draft in another language they stay quiet rather than guess (q08, q11, q13).

import type { AnalysisCache } from '../memo';
import { ownCopy } from '../strings';
import { ASCII_CLASS, classOf, codePointAt, LETTER, widthOf } from '../names/chars';

const ENGLISH = new Set([
  'the',
  'of',
  'and',
  'to',
  'is',
  'that',
  'for',
  'with',
  'was',
  'will',
  'said',
  'have',
  'has',
  'be',
  'are',
  'it',
  'this',
  'by',
  'from',
  'at',
  'on',
  'we',
  'they',
  'he',
  'she',
  'in',
  'not',
  'would',
  'our',
  'their',
  'his',
  'her',
]);

/** True when enough of the first words are English function words. */
export function readsAsEnglish(prose: string, cache?: AnalysisCache): boolean {
  const sample = prose.length > 20000 ? prose.slice(0, 20000) : prose;
  if (!cache) return judge(sample);
  // The sample is all it reads: an edit past the first 20,000 characters leaves the answer.
  const last = cache.slot('attribution.english', () => ({ sample: undefined as string | undefined, english: false }));
  if (last.sample !== sample) {
    last.english = judge(sample);
    last.sample = ownCopy(sample);
  }
  return last.english;
}

/** The longest word of ENGLISH: a longer word is counted, never looked up (lower case never shortens a word). */
const LONGEST = Math.max(...[...ENGLISH].map((w) => w.length));

function judge(sample: string): boolean {
  // The words as /\p{L}+/gu reads them, walked in place: the match array and a lower-cased copy
  // of every word were a sixth of a short draft's whole analysis.
  const n = sample.length;
  let words = 0;
  let english = 0;
  let i = 0;
  for (;;) {
    while (i < n && !isLetterAt(sample, i, n)) i += widthAt(sample, i, n);
    if (i >= n) break;
    const start = i;
    while (i < n && isLetterAt(sample, i, n)) i += widthAt(sample, i, n);
    words++;
    if (i - start <= LONGEST && ENGLISH.has(sample.slice(start, i).toLowerCase())) english++;
  }
  if (!words) return false;
  return english / words >= 0.12 || (english >= 3 && english / words >= 0.08);
}

function isLetterAt(s: string, i: number, n: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (ASCII_CLASS[c] & LETTER) !== 0;
  return (classOf(codePointAt(s, i, n)) & LETTER) !== 0;
}

function widthAt(s: string, i: number, n: number): number {
  return widthOf(codePointAt(s, i, n));
}
