// The speech verbs of news copy: the words that turn a name into a source ("Smith said", "according
// to the ministry", "the report found"). The lexicon is large on purpose: a verb it lacks makes a
// well-attributed quotation look unattributed, and a false alarm costs more than a miss.
//
// Each verb is listed once by its base form; the past, the third person present and the -ing form
// are derived (with the irregular ones spelled out). Every form knows its tense, so the tense rule
// can count "said" against "says", and its lemma, so a fix can turn "says" into "said".

import { WORDNET_SPEECH_VERBS, WORDNET_TELLING_VERBS } from './data/wordnetSpeechVerbs';

export type VerbTense = 'past' | 'present' | 'other';

export interface SpeechVerbForm {
  lemma: string;
  tense: VerbTense;
  /** The same verb in the past and the present (third person), for the tense fix. */
  past: string;
  present: string;
}

/**
 * Neutral verbs of saying, telling and writing. `[base, past?, present?]`; missing forms are
 * regular. Verbs of documents ("found", "showed") are here too: "the report found" attributes.
 */
const NEUTRAL: ReadonlyArray<readonly [string, string?, string?]> = [
  ['say', 'said'],
  ['tell', 'told'],
  ['add'],
  ['write', 'wrote'],
  ['state'],
  ['note'],
  ['explain'],
  ['stress', 'stressed', 'stresses'],
  ['emphasise'],
  ['emphasize'],
  ['announce'],
  ['declare'],
  ['report'],
  ['tweet'],
  ['post'],
  ['comment'],
  ['remark'],
  ['observe'],
  ['reply', 'replied', 'replies'],
  ['respond'],
  ['answer'],
  ['ask'],
  ['continue'],
  ['conclude'],
  ['recall'],
  ['warn'],
  ['argue'],
  ['suggest'],
  ['predict'],
  ['agree'],
  ['confirm'],
  ['reveal'],
  ['deny', 'denied', 'denies'],
  ['urge'],
  ['describe'],
  ['call'],
  ['point'],
  ['promise'],
  ['pledge'],
  ['vow'],
  ['speak', 'spoke'],
  ['testify', 'testified', 'testifies'],
  ['recount'],
  ['explain'],
  ['elaborate'],
  ['mention'],
  ['indicate'],
  ['acknowledge'],
  ['caution'],
  ['estimate'],
  ['forecast', 'forecast'],
  ['predict'],
  ['underline'],
  ['underscore'],
  ['highlight'],
  ['reiterate'],
  ['repeat'],
  ['propose'],
  ['recommend'],
  ['advise'],
  ['inform'],
  ['assure'],
  ['reassure'],
  ['point'],
  ['describe'],
  ['characterise'],
  ['characterize'],
  ['summarise'],
  ['summarize'],
  ['put', 'put'],
  ['wonder'],
  ['question'],
  ['believe'],
  ['think', 'thought'],
  ['feel', 'felt'],
  ['hope'],
  ['expect'],
  ['fear'],
  ['doubt'],
  ['find', 'found'],
  ['show', 'showed'],
  ['conclude'],
  ['quote'],
  ['cite'],
  ['publish'],
  ['release'],
  ['list'],
  ['read'],
  ['relate'],
  ['recollect'],
  ['remember'],
  ['notice'],
  ['specify', 'specified', 'specifies'],
  ['clarify', 'clarified', 'clarifies'],
  ['outline'],
  ['detail'],
  ['brief'],
  ['pray'],
  ['shout'],
  ['cry', 'cried', 'cries'],
  ['scream'],
  ['whisper'],
  ['murmur'],
  ['mutter'],
  ['exclaim'],
  ['sing', 'sang'],
  ['chant'],
  ['yell'],
  ['plead'],
  ['beg', 'begged'],
  ['demand'],
  ['request'],
  ['order'],
  ['instruct'],
  ['welcome'],
  ['thank'],
  ['praise'],
  ['congratulate'],
  ['criticise'],
  ['criticize'],
  ['condemn'],
  ['blame'],
  ['attack'],
  ['accuse'],
  ['reject'],
  ['dismiss'],
  ['challenge'],
  ['tout'],
  ['hail'],
  ['applaud'],
  ['commend'],
  ['lament'],
  ['regret', 'regretted'],
  ['apologise'],
  ['apologize'],
  ['complain'],
  ['protest'],
  ['object'],
  ['counter'],
  ['rebut', 'rebutted'],
  ['retort'],
  ['contend'],
  ['reason'],
  ['calculate'],
  ['reckon'],
  ['guess'],
  ['speculate'],
  ['muse'],
  ['reflect'],
  ['joke'],
  ['quip', 'quipped'],
  ['add'],
  ['continue'],
  ['go', 'went', 'goes'],
  ['tell'],
  ['text'],
  ['email'],
  ['e-mail'],
  ['message'],
  ['blog', 'blogged'],
  ['broadcast', 'broadcast'],
  ['claim'],
  ['admit', 'admitted'],
  ['insist'],
  ['concede'],
  ['confess'],
  ['allege'],
  ['boast'],
  ['assert'],
  ['maintain'],
  ['smile'],
  ['laugh'],
  ['grin', 'grinned'],
  ['chuckle'],
  ['sigh'],
  ['snap', 'snapped'],
  ['snarl'],
  ['scoff'],
  ['sneer'],
  ['gush'],
  ['admonish'],
  ['lecture'],
  ['rant'],
  ['rage'],
  ['fume'],
  ['huff'],
  ['bristle'],
  ['thunder'],
  ['proclaim'],
  ['trumpet'],
  ['brag', 'bragged'],
  ['crow'],
  ['purport'],
  ['swear', 'swore'],
  ['affirm'],
  ['avow'],
  ['aver', 'averred'],
  ['allow'],
  ['concur', 'concurred'],
  ['inquire'],
  ['enquire'],
  ['tweet'],
  ['signal'],
  ['declare'],
  ['project'],
  ['write'],
  ['sign'],
  // Gestures and looks: not ways of speaking, listed so that a quotation they carry is found and
  // reported (NON_SPEECH below), never taken as a working attribution.
  ['shrug', 'shrugged'],
  ['nod', 'nodded'],
  ['beam'],
  ['wink', 'winked'],
  ['frown'],
  ['smirk'],
  ['grimace'],
  ['scowl'],
];

/**
 * Loaded verbs: they say how the writer judges the words (doubt, confession, emotion), where
 * "said" would be neutral. The default of `attribution/loaded-verb`; a desk can set its own.
 * Kept short: "stressed", "added", "warned" report how something was said, not what to think of it;
 * "insisted" is close to neutral in British copy, and "alleged" is the exact word of court reporting.
 */
export const DEFAULT_LOADED_VERBS: readonly string[] = [
  'claim',
  'admit',
  'concede',
  'confess',
  'boast',
  'brag',
  'purport',
  'laugh',
  'chuckle',
  'sneer',
  'scoff',
  'snap',
  'snarl',
  'gush',
  'rant',
  'fume',
  'huff',
];

/**
 * Speech verbs of other languages, for the foreign quotations of English copy (`«…», — сказал он`
 * in a translated release). Drafts wholly in another language are not checked at all (language.ts).
 */
const FOREIGN: readonly string[] = [
  // Russian / Kazakh Cyrillic copy
  'сказал',
  'сказала',
  'сказали',
  'заявил',
  'заявила',
  'заявили',
  'отметил',
  'отметила',
  'отметили',
  'подчеркнул',
  'подчеркнула',
  'добавил',
  'добавила',
  'сообщил',
  'сообщила',
  'сообщили',
  'говорит',
  'пояснил',
  'пояснила',
  'считает',
  'написал',
  'написала',
  'рассказал',
  'рассказала',
  'деді',
  'айтты',
  // French
  'déclaré',
  'déclare',
  'dit',
  'affirmé',
  'affirme',
  'ajouté',
  'ajoute',
  'expliqué',
  'explique',
  'souligné',
  'indiqué',
  'estimé',
  'selon',
  // German
  'sagte',
  'sagt',
  'erklärte',
  'erklärt',
  'betonte',
  'fügte',
  'schrieb',
  'meinte',
  'laut',
  'sagten',
  // Spanish, Italian, Portuguese
  'dijo',
  'afirmó',
  'declaró',
  'explicó',
  'añadió',
  'disse',
  'detto',
  'dichiarato',
  'afirmou',
];

function regularPast(base: string): string {
  if (base.endsWith('e')) return base + 'd';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ied';
  return base + 'ed';
}

function regularPresent(base: string): string {
  if (/(?:s|sh|ch|x|z|o)$/.test(base)) return base + 'es';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ies';
  return base + 's';
}

function ingForm(base: string, past: string): string {
  if (/[^aeiou]ed$/.test(past) && past.length === base.length + 3 && past[past.length - 3] === past[past.length - 4]) {
    return past.slice(0, -2) + 'ing'; // admitted -> admitting
  }
  if (base.endsWith('ie')) return base.slice(0, -2) + 'ying';
  if (base.endsWith('e') && !base.endsWith('ee')) return base.slice(0, -1) + 'ing';
  return base + 'ing';
}

const FORMS = new Map<string, SpeechVerbForm>();

for (const [base, pastGiven, presentGiven] of NEUTRAL) {
  const past = pastGiven ?? regularPast(base);
  const present = presentGiven ?? regularPresent(base);
  const entry = (tense: VerbTense): SpeechVerbForm => ({ lemma: base, tense, past, present });
  if (!FORMS.has(present)) FORMS.set(present, entry('present'));
  if (!FORMS.has(past)) FORMS.set(past, entry('past'));
  const ing = ingForm(base, past);
  if (!FORMS.has(ing)) FORMS.set(ing, entry('other'));
  if (!FORMS.has(base)) FORMS.set(base, entry('other'));
}
// The verbs of communication WordNet lists (lexicon/data/wordnetSpeechVerbs.ts) that the list
// above lacks: "warned" is there, and "echoed", "vouched", "quipped" or "moaned" come from here.
// They attribute only beside a quotation (WEAK), since the hand-kept list is what paraphrase,
// carry-over and the tense rule were judged on.
// Then WordNet's verbs of telling, whose object is the thing told and the quotation follows it
// (`She shared her memories, “…”`, `issued a statement: “…”`): weak too.
const FROM_WORDNET = new Set<string>();
for (const base of `${WORDNET_SPEECH_VERBS}\n${WORDNET_TELLING_VERBS}`.split('\n')) {
  if (!base || FORMS.has(base)) continue;
  FROM_WORDNET.add(base);
  const past = doubles(base) ? base + base[base.length - 1] + 'ed' : regularPast(base);
  const present = regularPresent(base);
  const entry = (tense: VerbTense): SpeechVerbForm => ({ lemma: base, tense, past, present });
  for (const [form, tense] of [
    [present, 'present'],
    [past, 'past'],
    [ingForm(base, past), 'other'],
    [base, 'other'],
  ] as const) {
    if (!FORMS.has(form)) FORMS.set(form, entry(tense));
  }
}

/** "snub" → "snubbed": one short vowel before a final consonant doubles it. */
function doubles(base: string): boolean {
  return /^[^aeiou]*[aeiou][bdgmnpt]$/.test(base);
}

// "Told" is also the participle; "spoken", "written" and "sworn" are participles only.
for (const [form, lemma] of [
  ['written', 'write'],
  ['spoken', 'speak'],
  ['sworn', 'swear'],
  ['sung', 'sing'],
] as const) {
  const e = FORMS.get(lemma)!;
  FORMS.set(form, { ...e, tense: 'other' });
}
for (const w of FOREIGN) if (!FORMS.has(w)) FORMS.set(w, { lemma: w, tense: 'other', past: w, present: w });

/** The speech verb a lower-case word is a form of, if any. */
export function speechVerb(lowerWord: string): SpeechVerbForm | undefined {
  return FORMS.get(lowerWord);
}

/**
 * Verbs that need a quotation or an object clause to be speech. "He said" is always speech; "he
 * called", "it showed", "she felt" usually are not, so these attribute a quotation only when they
 * stand right beside it, and never count for the tense rule.
 */
const WEAK = new Set([
  'call',
  'point',
  'go',
  'put',
  'read',
  'list',
  'release',
  'publish',
  'sign',
  'project',
  'order',
  'allow',
  'thank',
  'attack',
  'question',
  'notice',
  'remember',
  'feel',
  'hope',
  'expect',
  'fear',
  'doubt',
  'think',
  'believe',
  'find',
  'show',
  'signal',
  'welcome',
  'praise',
  'blame',
  'challenge',
  'counter',
  'detail',
  'brief',
  'object',
  'text',
  'message',
  'post',
  'sing',
  'chant',
  'pray',
  'cite',
  'quote',
  'request',
  'demand',
  'reflect',
  'smile',
  'laugh',
  'grin',
  'sigh',
  'maintain',
  'crow',
  'rage',
  'thunder',
  'shrug',
  'nod',
  'beam',
  'wink',
  'frown',
  'smirk',
  'grimace',
  'scowl',
  // "drug-related", "related to": an adjective far more often than "to narrate".
  'relate',
]);

/**
 * Verbs of the face and the body that cannot carry words (one cannot grin a sentence): used as a
 * quotation's attribution they are an error, and the fix says what the writer meant ("said with a
 * grin"). Lemma → the phrase that keeps the gesture.
 */
const NON_SPEECH: ReadonlyMap<string, string> = new Map([
  ['smile', 'with a smile'],
  ['grin', 'with a grin'],
  ['beam', 'beaming'],
  ['shrug', 'with a shrug'],
  ['nod', 'with a nod'],
  ['wink', 'with a wink'],
  ['frown', 'with a frown'],
  ['smirk', 'with a smirk'],
  ['grimace', 'with a grimace'],
  ['scowl', 'with a scowl'],
]);

/** For a verb of the face or the body, the phrase that keeps the gesture beside "said"; else undefined. */
export function nonSpeechGesture(form: SpeechVerbForm): string | undefined {
  return NON_SPEECH.get(form.lemma);
}

/** A verb that attributes only beside its quotation (see WEAK). */
export function isWeakSpeechVerb(form: SpeechVerbForm): boolean {
  return WEAK.has(form.lemma) || FROM_WORDNET.has(form.lemma);
}

/** The loaded-verb lemmas to use: the desk's list if it set one, the built-in one otherwise. */
export function loadedLemmas(configured: readonly string[] | undefined): Set<string> {
  const out = new Set<string>();
  for (const v of configured ?? DEFAULT_LOADED_VERBS) {
    const lower = v.trim().toLowerCase();
    if (!lower) continue;
    out.add(FORMS.get(lower)?.lemma ?? lower);
  }
  return out;
}

/** Every listed form, for tests and documentation. */
export function speechVerbForms(): ReadonlyMap<string, SpeechVerbForm> {
  return FORMS;
}

/** True when `word` (any case) is a form of a listed speech verb ("said", "Warns", "telling"). */
export function isSpeechVerbForm(word: string): boolean {
  return FORMS.has(word) || FORMS.has(word.toLowerCase());
}

let pattern: string | undefined;

/**
 * Every listed speech verb form as one regular-expression alternation, longest first, lower case
 * (forms of other scripts too). For tests and documentation only: a check asks `isSpeechVerbForm`
 * or `speechVerbForms()` word by word, since a pattern of 1,300 forms cost 130 ms to compile the
 * first time it ran, in every process.
 */
export function speechVerbPattern(): string {
  return (pattern ??= [...FORMS.keys()]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'));
}
