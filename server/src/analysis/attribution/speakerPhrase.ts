// Reading the speaker out of the words beside a speech verb: "Aigerim Kassymova, a spokeswoman for
// the Energy Ministry, said" → Aigerim Kassymova; "Asked about the delay, he told" → he; "said
// Daulet Serikbayev, chief executive" → Daulet Serikbayev; "the party's press service said" → an
// organisation; "says the statement" → a document.

import type { Speaker } from '../types';
import { lastMentionIn, type FrameContext } from './context';
import { isCapitalised, wordsIn, type Word } from './frames';
import { speechVerb } from '../lexicon/speech';

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'this',
  'that',
  'these',
  'those',
  'another',
  'one',
]);
/** Words between a subject and its verb that are not part of the subject ("he also said"). */
/** An adverb of manner or stance between a subject and its verb ("he allegedly told", "she calmly replied"). */
const MANNER = /^\p{Ll}{3,}(?:edly|ously|ively|fully|ently|antly|ally|ingly)$/u;
const BETWEEN = new Set([
  'also',
  'later',
  'then',
  'further',
  'again',
  'previously',
  'recently',
  'earlier',
  'once',
  'had',
  'has',
  'have',
  'was',
  'is',
  'were',
  'are',
  'will',
  'would',
  'could',
  'may',
  'might',
  'did',
  'does',
  'do',
  'not',
  'never',
  'just',
  'even',
  'still',
  'now',
  'today',
  'yesterday',
  'tonight',
  'last',
  'night',
  'week',
  'year',
  'month',
  'on',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'in',
  'turn',
  'finally',
  'simply',
  'only',
  'first',
  'immediately',
  'quickly',
  'however',
  'too',
  'all',
  'both',
  'himself',
  'herself',
  'themselves',
  'itself',
]);
const DOCUMENT_NOUNS = new Set([
  'statement',
  'statements',
  'report',
  'release',
  'letter',
  'study',
  'survey',
  'ruling',
  'indictment',
  'complaint',
  'document',
  'documents',
  'filing',
  'filings',
  'website',
  'post',
  'tweet',
  'information',
  'announcement',
  'memo',
  'note',
  'communique',
  'communiqué',
  'message',
  'email',
  'e-mail',
  'notice',
  'affidavit',
  'decision',
  'verdict',
  'judgment',
  'judgement',
  'order',
  'papers',
  'paper',
  'records',
  'data',
  'figures',
  'research',
  'analysis',
  'review',
  'poll',
  'findings',
  'book',
  'article',
  'blog',
  'site',
  'page',
  'text',
  'transcript',
  'minutes',
  'bulletin',
  'briefing',
  'summary',
  'charges',
  'petition',
  'lawsuit',
  'suit',
  'motion',
  'brief',
  'opinion',
  'forecast',
  'estimate',
  'estimates',
  'plan',
  'proposal',
  'budget',
  'law',
  'bill',
  'act',
  'agreement',
  'contract',
]);
const ORGANISATION_NOUNS = new Set([
  'ministry',
  'company',
  'party',
  'government',
  'service',
  'office',
  'police',
  'department',
  'court',
  'agency',
  'bank',
  'firm',
  'group',
  'committee',
  'council',
  'board',
  'commission',
  'union',
  'club',
  'team',
  'embassy',
  'administration',
  'authority',
  'authorities',
  'organisation',
  'organization',
  'association',
  'federation',
  'university',
  'school',
  'hospital',
  'network',
  'channel',
  'newspaper',
  'broadcaster',
  'operator',
  'regulator',
  'institute',
  'foundation',
  'charity',
  'campaign',
  'coalition',
  'alliance',
  'body',
  'bureau',
  'unit',
  'force',
  'army',
  'navy',
  'prosecutors',
  'parliament',
  'assembly',
  'senate',
  'congress',
  'cabinet',
  'kremlin',
  'fund',
  'corporation',
  'group',
  'studio',
  'label',
  'publisher',
  'airline',
  'carrier',
  'manufacturer',
  'maker',
  'retailer',
  'store',
  'chain',
  'house',
  'palace',
  'city',
  'state',
  'county',
  'county’s',
  'town',
  'village',
  'country',
]);
const CONJUNCTIONS = new Set(['and', 'but', 'or', 'yet', 'so', 'then', 'nor']);
/** Words that end the name part of a subject: suffixes and ages in "Smith, Jr., 45, said". */
const SUFFIX = /^(?:jr|sr|ii|iii|iv|phd|md|esq|\d+)$/i;
const CLAUSE_WORDS = new Set([
  'who',
  'whose',
  'which',
  'where',
  'when',
  'while',
  'whom',
  'speaking',
  'writing',
  'according',
  'in',
  'on',
  'at',
  'for',
  'from',
  'with',
  'after',
  'before',
  'during',
]);
/** Sentence-initial words that are capitalised without being names. */
const FUNCTION_CAPS = new Set([
  'the',
  'a',
  'an',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'then',
  'if',
  'as',
  'when',
  'while',
  'although',
  'though',
  'because',
  'since',
  'after',
  'before',
  'meanwhile',
  'however',
  'still',
  'also',
  'in',
  'on',
  'at',
  'for',
  'with',
  'from',
  'by',
  'to',
  'of',
  'this',
  'that',
  'these',
  'those',
  'there',
  'here',
  'it',
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'we',
  'i',
  'he',
  'she',
  'they',
  'you',
  'speaking',
  'asked',
  'writing',
  'later',
  'earlier',
  'today',
  'yesterday',
  'now',
  'last',
  'next',
  'some',
  'many',
  'most',
  'all',
  'both',
  'each',
  'every',
  'no',
  'not',
]);

/** Words that can follow a speech verb without being its subject ("said on Monday", "said that"). */
const AFTER_VERB_NOT_SPEAKER = new Set([
  'on',
  'in',
  'at',
  'to',
  'during',
  'after',
  'before',
  'last',
  'yesterday',
  'today',
  'tonight',
  'this',
  'that',
  'adding',
  'while',
  'when',
  'as',
  'and',
  'but',
  'or',
  'so',
  'of',
  'about',
  'for',
  'with',
  'by',
  'from',
  'earlier',
  'later',
  'recently',
  'previously',
  'again',
  'also',
  'then',
  'there',
  'here',
  'not',
  'in',
  'if',
  'how',
  'what',
  'why',
  'whether',
  'nothing',
  'something',
  'anything',
  'everything',
  'more',
  'less',
  'much',
  'so',
  'too',
  'very',
  'such',
  'no',
  'yes',
  'up',
  'down',
  'out',
  'off',
  'over',
  'into',
  'onto',
  'through',
  'until',
  'since',
  'because',
  'him',
  'her',
  'them',
  'us',
  'me',
  'himself',
  'herself',
  'themselves',
  'itself',
  'reporters',
  'journalists',
]);

export function nounKind(lowerHead: string): Speaker['kind'] {
  if (DOCUMENT_NOUNS.has(lowerHead)) return 'document';
  if (ORGANISATION_NOUNS.has(lowerHead)) return 'organisation';
  return 'descriptor';
}

function speaker(ctx: FrameContext, words: Word[], kind: Speaker['kind']): Speaker {
  const start = words[0].start;
  const end = words[words.length - 1].end;
  let entity = -1;
  if (kind === 'name') {
    const m = lastMentionIn(ctx, start, end);
    if (m && m.entity >= 0) entity = m.entity;
  }
  return { start, end, text: ctx.text.slice(start, end), kind, entity };
}

function isNameWord(w: Word): boolean {
  return isCapitalised(w.text) && !FUNCTION_CAPS.has(w.lower);
}

/**
 * The speaker named by a run of words with nothing else in it: a pronoun, a name, a determiner
 * phrase ("the party's press service"), a bare plural ("police", "officials"). Null when the words
 * cannot be a speaker ("on Monday").
 */
export function phraseSpeaker(ctx: FrameContext, words: Word[], preferFirst: boolean): Speaker | null {
  // Drop the words that sit between a subject and its verb ("he also has said").
  let n = words.length;
  if (!preferFirst) while (n > 0 && (BETWEEN.has(words[n - 1].lower) || MANNER.test(words[n - 1].lower))) n--;
  let k0 = 0;
  while (k0 < n && CONJUNCTIONS.has(words[k0].lower)) k0++;
  words = words.slice(k0, n);
  if (!words.length) return null;
  if (preferFirst) {
    // After the verb: "said Daulet Serikbayev chief", "says the statement on Friday".
    const first = words[0];
    if (AFTER_VERB_NOT_SPEAKER.has(first.lower)) return null;
    if (PRONOUNS.has(first.lower)) return speaker(ctx, [first], 'pronoun');
    if (DETERMINERS.has(first.lower)) {
      let k = 1;
      while (k < words.length && k < 6 && !CLAUSE_WORDS.has(words[k].lower)) k++;
      const head = words[k - 1].lower;
      return speaker(ctx, words.slice(0, k), nounKind(head.replace(/['’]s$/, '')));
    }
    if (isNameWord(first)) {
      let k = 1;
      while (
        k < words.length &&
        (isCapitalised(words[k].text) || /^(?:de|da|van|von|al|bin|ibn|le|la|du|del)$/.test(words[k].lower))
      )
        k++;
      return speaker(ctx, words.slice(0, k), 'name');
    }
    // "said analyst Alex Potter", "said chief executive Steven Theede", "said police".
    if (AFTER_VERB_NOT_SPEAKER.has(first.lower)) return null;
    const k = words.findIndex((w, i) => i < 5 && isNameWord(w));
    if (k > 0) {
      let e = k + 1;
      while (e < words.length && isCapitalised(words[e].text)) e++;
      return speaker(ctx, words.slice(0, e), 'name');
    }
    return speaker(
      ctx,
      words.slice(0, Math.min(words.length, 4)),
      nounKind(words[Math.min(words.length, 4) - 1].lower),
    );
  }
  // Before the verb: the subject ends at the verb.
  const last = words[words.length - 1];
  if (speechVerb(last.lower) && !isCapitalised(last.text)) return null;
  if (PRONOUNS.has(last.lower)) return speaker(ctx, [last], 'pronoun');
  const m = lastMentionIn(ctx, words[0].start, last.end);
  if (m && m.end >= last.start) {
    // The name runs up to the verb; a title before it belongs to it ("Lord Browne").
    let k = words.findIndex((w) => w.start >= m.start);
    if (k < 0) k = words.length - 1;
    while (k > 0 && isNameWord(words[k - 1])) k--;
    return speaker(ctx, words.slice(k), 'name');
  }
  // A determiner phrase: from the last determiner that is not inside a possessive chain.
  for (let k = words.length - 1; k >= 0; k--) {
    if (DETERMINERS.has(words[k].lower)) {
      const phrase = words.slice(k);
      const head = last.lower.replace(/['’]s$/, '');
      if (phrase.some((w) => isNameWord(w)) && !ORGANISATION_NOUNS.has(head) && !DOCUMENT_NOUNS.has(head)) {
        // "the Energy Ministry", "the BBC": a name with an article.
        return speaker(
          ctx,
          phrase,
          ORGANISATION_NOUNS.has(head) ? 'organisation' : isNameWord(last) ? 'organisation' : 'descriptor',
        );
      }
      return speaker(ctx, phrase, nounKind(head));
    }
    if (k < words.length - 6) break;
  }
  // A capitalised run at the end: a name the names work did not list, or an organisation.
  if (isNameWord(last) || (isCapitalised(last.text) && words.length === 1)) {
    let k = words.length - 1;
    while (k > 0 && isCapitalised(words[k - 1].text) && !FUNCTION_CAPS.has(words[k - 1].lower)) k--;
    return speaker(ctx, words.slice(k), 'name');
  }
  if (SUFFIX.test(last.text)) return null;
  // A bare noun phrase: "police", "officials", "prosecutors", "NurTrans staff".
  const tail = words.slice(Math.max(0, words.length - 3));
  return speaker(ctx, tail, nounKind(last.lower));
}

/** Splits [start, end) of the masked text at commas into runs of words. */
function commaSegments(
  ctx: FrameContext,
  start: number,
  end: number,
): Array<{ start: number; end: number; words: Word[] }> {
  const out: Array<{ start: number; end: number; words: Word[] }> = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || ctx.masked[i] === ',') {
      out.push({ start: s, end: i, words: wordsIn(ctx.masked, s, i) });
      s = i + 1;
    }
  }
  return out;
}

function isAppositive(words: Word[]): boolean {
  if (!words.length) return true;
  const f = words[0];
  if (f.lower === 'a' || f.lower === 'an') return true;
  if (CLAUSE_WORDS.has(f.lower)) return true;
  if (SUFFIX.test(f.text)) return true;
  if (!isCapitalised(f.text) && !DETERMINERS.has(f.lower) && !PRONOUNS.has(f.lower)) return true;
  return false;
}

/**
 * The subject of a verb, read backwards from the verb to `from`. Appositives between commas are
 * skipped to reach the name they describe; the appositive alone is the speaker when there is no
 * name ("a spokeswoman for the ministry, said"). `closed`: the stretch ends at punctuation (a colon),
 * which sets off an appositive as a comma does ("Smith, chief executive of NurTrans:").
 */
export function speakerBefore(ctx: FrameContext, from: number, verbStart: number, closed = false): Speaker | null {
  // Only this clause: stop at a semicolon, colon, bracket, dash or quotation.
  let s = verbStart;
  from = Math.max(from, verbStart - 300); // a subject is never this long; keeps a run-on sentence linear
  while (s > from) {
    const c = ctx.masked[s - 1];
    if (
      c === ';' ||
      c === ':' ||
      c === '(' ||
      c === ')' ||
      c === '\u0001' ||
      c === '—' ||
      c === '–' ||
      c === '.' ||
      c === '"' ||
      c === '“' ||
      c === '”'
    )
      break;
    if (c === '-' && ctx.masked[s - 2] === ' ' && ctx.masked[s] === ' ') break; // a spaced hyphen is a dash
    s--;
  }
  const segments = commaSegments(ctx, s, verbStart);
  let fallback: Speaker | null = null;
  for (let k = segments.length - 1; k >= 0; k--) {
    const seg = segments[k];
    if (!seg.words.length) continue;
    // Only words set off by commas on both sides are an appositive ("X, a spokeswoman, said"); the
    // words right before the verb are its subject ("…by 2030, sources said").
    const enclosed = closed || k < segments.length - 1;
    const appositive = enclosed && isAppositive(seg.words);
    const definiteAfterName =
      enclosed && k > 0 && seg.words[0].lower === 'the' && segments[k - 1].words.some(isNameWord);
    if ((appositive || definiteAfterName) && k > 0) {
      fallback ??= phraseSpeaker(ctx, seg.words, false);
      continue;
    }
    const sp = phraseSpeaker(ctx, seg.words, false);
    if (sp) return sp;
  }
  return fallback;
}

/** The subject after an inverted verb ("said Smith", "according to the ministry"), up to `to`. */
export function speakerAfter(ctx: FrameContext, verbEnd: number, to: number): Speaker | null {
  let e = verbEnd;
  to = Math.min(to, verbEnd + 300);
  while (e < to) {
    const c = ctx.masked[e];
    if (c === ',' || c === ';' || c === ':' || c === '.' || c === '\u0001' || c === '(' || c === '—' || c === '–')
      break;
    e++;
  }
  const words = wordsIn(ctx.masked, verbEnd, e);
  return phraseSpeaker(ctx, words, true);
}
