// An attribution with no speech verb, the way the seed draft's paragraph 3 reads:
//   …will only deepen and expand," the first deputy chairman of ‘Nur Otan’, whose words are given
//   in the information.
// It is read from the closing mark itself (`,"` or `,”` then a speaker-like phrase up to the
// sentence end), not from a paired quotation, so it is found even when the opening mark is lost.

import { isCapitalised, wordsIn, type Word } from './frames';
import { speechVerb } from '../lexicon/speech';

export interface Verbless {
  /** The closing mark. */
  mark: number;
  /** The speaker phrase without its relative clauses: where " said" goes. */
  head: { start: number; end: number };
  /** The whole attribution phrase, up to the sentence end. */
  start: number;
  end: number;
  /** Where the fix inserts the verb, and the text it inserts. */
  insertAt: number;
  insert: string;
}

const COMMA_CLOSER = /,["”’'»«“](?=\s)/g;
const CLOSERS = new Set(['"', '”', '’', "'", '»', '«', '“']);
const STARTERS = new Set([
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
  'there',
  'here',
  'it',
  'this',
  'that',
  'these',
  'those',
  'what',
  'which',
  'who',
  'where',
  'why',
  'how',
  'not',
  'no',
  'yes',
  'one',
  'some',
  'many',
  'all',
  'both',
  'each',
  'every',
  'more',
  'most',
  'until',
  'unless',
  'about',
  'over',
  'under',
  'despite',
  'instead',
  'even',
  'just',
  'only',
  'now',
  'today',
  'yesterday',
]);
const SPEAKER_HEAD = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'he', 'she', 'they', 'we', 'i']);
const RELATIVE = new Set(['who', 'whose', 'which', 'whom', 'where', 'when']);
const FINITE =
  /^(?:is|are|was|were|be|been|being|am|has|have|had|will|would|can|could|may|might|must|shall|should|do|does|did|\p{Ll}+ed|\p{Ll}{3,}s)$/u;
const NOT_VERB_S = /(?:ss|us|is|ous|ics|ness|ies|ers|ors|ists|ants|ents|ians|ans|ons|ces|tes|ses|nts|als|ies|es)$/;
const TIME = /\s+(?:on|in|at|last|this|yesterday|today|earlier|later|during|after)\b/;

/** "analyst Alex Potter", "state prosecutor Alexis Ortiz": lower-case role words, then a name. */
function roleBeforeName(words: Word[]): boolean {
  for (let k = 0; k < Math.min(words.length, 4); k++) {
    const w = words[k];
    if (isCapitalised(w.text)) return k > 0;
    if (STARTERS.has(w.lower) || /(?:ing|ly|ed)$/.test(w.lower) || speechVerb(w.lower)) return false;
  }
  return false;
}

/** After these a verb form is a noun ("in a briefing", "his remarks"). */
const DETERMINER = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'whose', 'this', 'that']);

function hasVerb(words: Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (i > 0 && DETERMINER.has(words[i - 1].lower)) continue;
    if (speechVerb(w.lower)) return true;
    if (w.lower === 'according') return true;
    if (isCapitalised(w.text)) continue;
    if (FINITE.test(w.lower)) {
      // A plural noun ("leaders", "officials") ends in -s too: only short -s words after a subject
      // are taken as verbs, so the -s test leans to finding a verb (and staying quiet).
      if (/ed$/.test(w.lower) || !/s$/.test(w.lower) || !NOT_VERB_S.test(w.lower)) return true;
    }
  }
  return false;
}

/** The verbless attributions after a closing mark in the prose paragraph [pStart, pEnd) of `prose`. */
export function findVerbless(prose: string, pStart: number, pEnd: number): Verbless[] {
  const out: Verbless[] = [];
  // The paragraph's own slice: a search of the whole draft runs on past the paragraph to the next
  // mark, wherever it is. Nothing here reads outside the paragraph.
  const para = pStart === 0 && pEnd === prose.length ? prose : prose.slice(pStart, pEnd);
  COMMA_CLOSER.lastIndex = 0;
  for (let m = COMMA_CLOSER.exec(para); m && m.index < para.length - 2; m = COMMA_CLOSER.exec(para)) {
    const found = afterMark(para, m.index + 1, 0, para.length);
    if (found) out.push(pStart ? shiftVerbless(found, pStart) : found);
  }
  return out;
}

/** `v` moved `by` characters on. */
export function shiftVerbless(v: Verbless, by: number): Verbless {
  return {
    mark: v.mark + by,
    head: { start: v.head.start + by, end: v.head.end + by },
    start: v.start + by,
    end: v.end + by,
    insertAt: v.insertAt + by,
    insert: v.insert,
  };
}

function afterMark(prose: string, mark: number, pStart: number, pEnd: number): Verbless | null {
  // The quoted words before the mark must read as speech: three words or more since the last mark.
  let open = mark - 1;
  while (open > pStart && !CLOSERS.has(prose[open])) open--;
  if (wordsIn(prose, open, mark).length < 3) return null;
  // The phrase runs to the sentence end: a full stop, ? ! ; or a new quotation.
  let end = mark + 1;
  let inner = -1; // an inner quoted name such as ‘Nur Otan’
  for (; end < pEnd && end < mark + 400; end++) {
    const c = prose[end];
    if (inner >= 0) {
      if (c === '’' || c === "'" || c === '”' || c === '"' || c === '»') inner = -1;
      continue;
    }
    if (c === '‘' || c === '“' || c === '«') {
      inner = end;
      continue;
    }
    if (c === '"') return null; // a straight mark opens another quotation: not a plain attribution
    if (c === ';' || c === '!' || c === '?') break;
    if (c === '.') {
      const prev = prose.slice(Math.max(mark, end - 5), end);
      if (
        /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Sen|Rep|Gov|Lt|Sgt|Det|Capt|Col|Gen|Rev|Hon|Atty|Supt|Insp|Cmdr|Adm|Maj|Cpl|Pres|Asst|[A-Z])$/.test(
          prev,
        )
      )
        continue;
      break;
    }
  }
  if (inner >= 0 || end >= mark + 400) return null;
  const words = wordsIn(prose, mark + 1, end);
  if (!words.length || words.length > 30) return null;
  const first = words[0];
  const speakerLike =
    SPEAKER_HEAD.has(first.lower) || (isCapitalised(first.text) && !STARTERS.has(first.lower)) || roleBeforeName(words);
  if (!speakerLike) return null;
  // The main phrase: up to the first relative clause (", whose words are given…").
  let headEnd = end;
  let relative = false;
  for (let k = 1; k < words.length; k++) {
    if (RELATIVE.has(words[k].lower) && /,\s*$/.test(prose.slice(words[k - 1].end, words[k].start))) {
      headEnd = prose.lastIndexOf(',', words[k].start);
      relative = true;
      break;
    }
  }
  // The main clause goes on after the relative clause's closing comma ("Smith, who leads it, told…").
  const resume = relative ? prose.indexOf(',', headEnd + 1) : -1;
  const main = words.filter((w) => w.end <= headEnd || (resume >= 0 && resume < end && w.start > resume));
  // Names only quoted inside the phrase (‘Nur Otan’) are part of it, not verbs.
  if (!main.length || hasVerb(main)) return null;
  // A pronoun alone ("…," he.) is a typo of a different kind; a pronoun with more words is no subject.
  if (/^(?:he|she|they|we|i)$/.test(first.lower) && main.length > 1) return null;
  // "the first deputy chairman …, whose words …" → ", said" at the end; "Smith on Tuesday" → "Smith said on Tuesday".
  let insertAt = end;
  let insert = relative ? ', said' : ' said';
  if (!relative) {
    const tail = prose.slice(first.start, end);
    const t = TIME.exec(tail);
    if (t && t.index > 0) {
      insertAt = first.start + t.index;
      insert = ' said';
    }
  }
  while (insertAt > first.start && /\s/.test(prose[insertAt - 1])) insertAt--;
  let phraseEnd = end;
  while (phraseEnd > first.start && /\s/.test(prose[phraseEnd - 1])) phraseEnd--;
  return {
    mark,
    head: { start: first.start, end: Math.min(headEnd, phraseEnd) },
    start: first.start,
    end: phraseEnd,
    insertAt,
    insert,
  };
}
