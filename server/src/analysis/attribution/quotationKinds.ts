// What a quoted stretch is. Only speech needs a speaker: a clause of about four words or more, one
// that ends like speech (, . ? ! inside the marks), or one introduced by a colon. Short phrases
// are names, titles or scare quotes (‘Nur Otan’, so-called “reforms”, "One belt, one road"), and
// a stretch in Title Case is a title ("Steppe Winds", "The Lord Of The Rings").

import type { Quotation } from '../types';
import { isCapitalised, wordsIn } from './frames';

const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'with',
  'from',
  'as',
  'vs',
  'de',
  'la',
  'le',
  'der',
  'die',
  'das',
]);

/** Words that introduce a name, a term or a title rather than speech ("coined the term"). */
const NAMING =
  /(?:\b(?:term|phrase|slogan|motto|words?|title|banner|name|nickname|label|tagline|headline|catchphrase|song|album|single|track|book|novel|poem|film|movie|show|series|programme|program|documentary|play|column|hashtag|campaign|operation|project|initiative|scheme|doctrine|policy|strategy|dubbed|called|named|nicknamed|labell?ed|branded|billed\s+as|known\s+as|so-called|entitled|titled|marked|reading|read)|\bas)\s*$/i;

/** Words that can follow a quoted fragment of speech in its sentence. */
const FUNCTION_AFTER = new Set([
  'and',
  'or',
  'but',
  'nor',
  'to',
  'in',
  'on',
  'at',
  'for',
  'of',
  'with',
  'by',
  'from',
  'as',
  'that',
  'which',
  'who',
  'is',
  'was',
  'were',
  'are',
  'be',
  'been',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'can',
  'after',
  'before',
  'when',
  'while',
  'because',
  'if',
  'than',
  'so',
  'then',
  'since',
  'until',
  'about',
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'said',
  'says',
  'told',
  'added',
  'according',
  'into',
  'over',
  'under',
  'during',
  'despite',
  'though',
  'although',
  'unless',
  'whether',
  'where',
  'what',
  'not',
  'also',
  'yet',
  'the',
  'a',
  'an',
]);

export type QuotationKind = Quotation['kind'];

export function classifyQuotation(q: Quotation, text: string, prose: string): QuotationKind {
  if (q.depth > 0) return 'partial';
  if (q.continues) return 'direct';
  // A title is a few words; thirteen are enough to tell a title from speech.
  const words = wordsIn(text, q.start, q.end, 13);
  if (!words.length) return 'title';
  let last = q.end - 1;
  while (last >= q.start && /\s/.test(text[last])) last--;
  const endsLikeSpeech = last >= q.start && /[,.?!…:;]/.test(text[last]) && !/\.\.$/.test(text.slice(q.start, last));
  const open = q.open >= 0 ? q.open : q.start;
  let before = open - 1;
  while (before >= 0 && (prose[before] === ' ' || prose[before] === '\u00a0' || prose[before] === '\t')) before--;
  const afterColon = before >= 0 && prose[before] === ':';
  if (!endsLikeSpeech && !afterColon && NAMING.test(prose.slice(Math.max(0, open - 30), open))) return 'title';
  // Where the quotation stands: opening its sentence, as speech does, or inside the writer's own.
  const sentenceStart = before < 0 || /[.!?\n\u0001]/.test(prose[before]);
  // Title Case all through: a title or a name, whatever its length; a theme, a slogan or a
  // campaign's name inside the writer's sentence ("the theme was “Hope and Healing.”") even when
  // the marks take in the full stop.
  const titled =
    words.length >= 2 &&
    words.length < 13 &&
    words.every((w) => isCapitalised(w.text) || SMALL_WORDS.has(w.lower) || /^\p{N}/u.test(w.text));
  if (titled && (!endsLikeSpeech || words.length <= 3 || !sentenceStart) && !afterColon) return 'title';
  // A few lower-case words inside the writer's sentence are a term or scare quotes, whatever
  // punctuation the marks take in (“shell companies.”, from “wandering eyes.”).
  // Four such words count too when the marks close the writer's sentence (“just for a minute.”).
  // A comma before the marks hands the sentence to a speaker ("said Smith, “not yet.”"); a word
  // before them keeps it the writer's.
  const wordBefore = before >= 0 && /[\p{L}\p{N}]/u.test(prose[before]);
  if (
    wordBefore &&
    !isCapitalised(words[0].text) &&
    (words.length <= 3 || (words.length === 4 && /[.!?]/.test(text[last])))
  )
    return 'title';
  if (endsLikeSpeech && words.length >= 2) return 'direct';
  if (afterColon && words.length >= 2) return 'direct';
  if (words.length >= 4) {
    // A fragment of speech starts in lower case ("entirely the contractor's fault"); four
    // capitalised-first words mid-sentence are a slogan or a name ("One belt, one road"), unless
    // they open the sentence, as speech does.
    if (!isCapitalised(words[0].text)) {
      // Quoted words used as a modifier ("will play “diverse, unpredictable” songs") are a label.
      const next = /^\s+(\p{Ll}+)/u.exec(
        text.slice(q.close >= 0 ? q.close + 1 : q.end, (q.close >= 0 ? q.close + 1 : q.end) + 30),
      );
      if (next && !FUNCTION_AFTER.has(next[1])) return 'title';
      return 'partial';
    }
    return sentenceStart ? 'direct' : 'title';
  }
  return 'title';
}
