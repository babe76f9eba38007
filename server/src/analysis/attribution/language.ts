// The attribution rules read English: the verb lexicon, the pronouns and the vague-source patterns
// are English. In a draft in another language they stay quiet rather than guess (q08, q11, q13).

import type { AnalysisCache } from '../memo';
import { ownCopy } from './strings';

const ENGLISH = new Set([
  'the', 'of', 'and', 'to', 'is', 'that', 'for', 'with', 'was', 'will', 'said', 'have', 'has', 'be', 'are', 'it',
  'this', 'by', 'from', 'at', 'on', 'we', 'they', 'he', 'she', 'in', 'not', 'would', 'our', 'their', 'his', 'her',
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

function judge(sample: string): boolean {
  const words = sample.match(/\p{L}+/gu) ?? [];
  if (!words.length) return false;
  let english = 0;
  for (const w of words) if (ENGLISH.has(w.toLowerCase())) english++;
  return english / words.length >= 0.12 || (english >= 3 && english / words.length >= 0.08);
}
