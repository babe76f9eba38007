// The speech verbs of news copy: the words that turn a name into a source ("Smith said", "according
// to the ministry", "the report found"). The lexicon is large on purpose: a verb it lacks makes a
// well-attributed quotation look unattributed, and a false alarm costs more than a miss.
//
// Each verb is listed once by its base form; the past, the third person present and the -ing form
// are derived (with the irregular ones spelled out). Every form knows its tense, so the tense rule
// can count "said" against "says", and its lemma, so a fix can turn "says" into "said".

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
  ['say', 'said'], ['tell', 'told'], ['add'], ['write', 'wrote'], ['state'], ['note'], ['explain'],
  ['stress', 'stressed', 'stresses'], ['emphasise'], ['emphasize'], ['announce'], ['declare'], ['report'],
  ['tweet'], ['post'], ['comment'], ['remark'], ['observe'], ['reply', 'replied', 'replies'],
  ['respond'], ['answer'], ['ask'], ['continue'], ['conclude'], ['recall'], ['warn'], ['argue'],
  ['suggest'], ['predict'], ['agree'], ['confirm'], ['reveal'], ['deny', 'denied', 'denies'], ['urge'],
  ['describe'], ['call'], ['point'], ['promise'], ['pledge'], ['vow'], ['speak', 'spoke'],
  ['testify', 'testified', 'testifies'], ['recount'], ['explain'], ['elaborate'], ['mention'],
  ['indicate'], ['acknowledge'], ['caution'], ['estimate'], ['forecast', 'forecast'], ['predict'],
  ['underline'], ['underscore'], ['highlight'], ['reiterate'], ['repeat'], ['propose'], ['recommend'],
  ['advise'], ['inform'], ['assure'], ['reassure'], ['point'], ['describe'], ['characterise'],
  ['characterize'], ['summarise'], ['summarize'], ['put', 'put'], ['wonder'], ['question'],
  ['believe'], ['think', 'thought'], ['feel', 'felt'], ['hope'], ['expect'], ['fear'], ['doubt'],
  ['find', 'found'], ['show', 'showed'], ['conclude'], ['quote'], ['cite'], ['publish'], ['release'],
  ['list'], ['read'], ['relate'], ['recollect'], ['remember'], ['notice'], ['specify', 'specified', 'specifies'],
  ['clarify', 'clarified', 'clarifies'], ['outline'], ['detail'], ['brief'], ['pray'], ['shout'],
  ['cry', 'cried', 'cries'], ['scream'], ['whisper'], ['murmur'], ['mutter'], ['exclaim'], ['sing', 'sang'],
  ['chant'], ['yell'], ['plead'], ['beg', 'begged'], ['demand'], ['request'], ['order'], ['instruct'],
  ['welcome'], ['thank'], ['praise'], ['congratulate'], ['criticise'], ['criticize'], ['condemn'],
  ['blame'], ['attack'], ['accuse'], ['reject'], ['dismiss'], ['challenge'], ['tout'], ['hail'],
  ['applaud'], ['commend'], ['lament'], ['regret', 'regretted'], ['apologise'], ['apologize'],
  ['complain'], ['protest'], ['object'], ['counter'], ['rebut', 'rebutted'], ['retort'], ['contend'],
  ['reason'], ['calculate'], ['reckon'], ['guess'], ['speculate'], ['muse'], ['reflect'], ['joke'],
  ['quip', 'quipped'], ['add'], ['continue'], ['go', 'went', 'goes'], ['tell'], ['text'], ['email'],
  ['e-mail'], ['message'], ['blog', 'blogged'], ['broadcast', 'broadcast'], ['claim'], ['admit', 'admitted'],
  ['insist'], ['concede'], ['confess'], ['allege'], ['boast'], ['assert'], ['maintain'], ['smile'],
  ['laugh'], ['grin', 'grinned'], ['chuckle'], ['sigh'], ['snap', 'snapped'], ['snarl'], ['scoff'],
  ['sneer'], ['gush'], ['admonish'], ['lecture'], ['rant'], ['rage'], ['fume'], ['huff'], ['bristle'],
  ['thunder'], ['proclaim'], ['trumpet'], ['brag', 'bragged'], ['crow'], ['purport'], ['swear', 'swore'],
  ['affirm'], ['avow'], ['aver', 'averred'], ['allow'], ['concur', 'concurred'], ['inquire'], ['enquire'],
  ['tweet'], ['signal'], ['declare'], ['project'], ['write'], ['sign'],
];

/**
 * Loaded verbs: they say how the writer judges the words (doubt, confession, emotion), where
 * "said" would be neutral. The default of `attribution/loaded-verb`; a desk can set its own.
 * Kept short: "stressed", "added", "warned" report how something was said, not what to think of it;
 * "insisted" is close to neutral in British copy, and "alleged" is the exact word of court reporting.
 */
export const DEFAULT_LOADED_VERBS: readonly string[] = [
  'claim', 'admit', 'concede', 'confess', 'boast', 'brag', 'purport', 'smile', 'laugh', 'grin', 'chuckle',
  'sneer', 'scoff', 'snap', 'snarl', 'gush', 'rant', 'fume', 'huff',
];

/**
 * Speech verbs of other languages, for the foreign quotations of English copy (`«…», — сказал он`
 * in a translated release). Drafts wholly in another language are not checked at all (language.ts).
 */
const FOREIGN: readonly string[] = [
  // Russian / Kazakh Cyrillic copy
  'сказал', 'сказала', 'сказали', 'заявил', 'заявила', 'заявили', 'отметил', 'отметила', 'отметили',
  'подчеркнул', 'подчеркнула', 'добавил', 'добавила', 'сообщил', 'сообщила', 'сообщили', 'говорит',
  'пояснил', 'пояснила', 'считает', 'написал', 'написала', 'рассказал', 'рассказала', 'деді', 'айтты',
  // French
  'déclaré', 'déclare', 'dit', 'affirmé', 'affirme', 'ajouté', 'ajoute', 'expliqué', 'explique', 'souligné',
  'indiqué', 'estimé', 'selon',
  // German
  'sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'fügte', 'schrieb', 'meinte', 'laut', 'sagten',
  // Spanish, Italian, Portuguese
  'dijo', 'afirmó', 'declaró', 'explicó', 'añadió', 'disse', 'detto', 'dichiarato', 'afirmou',
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
// "Told" is also the participle; "spoken", "written" and "sworn" are participles only.
for (const [form, lemma] of [['written', 'write'], ['spoken', 'speak'], ['sworn', 'swear'], ['sung', 'sing']] as const) {
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
  'call', 'point', 'go', 'put', 'read', 'list', 'release', 'publish', 'sign', 'project', 'order', 'allow',
  'thank', 'attack', 'question', 'notice', 'remember', 'feel', 'hope', 'expect', 'fear', 'doubt', 'think',
  'believe', 'find', 'show', 'signal', 'welcome', 'praise', 'blame', 'challenge', 'counter', 'detail',
  'brief', 'object', 'text', 'message', 'post', 'sing', 'chant', 'pray', 'cite', 'quote', 'request',
  'demand', 'reflect', 'smile', 'laugh', 'grin', 'sigh', 'maintain', 'crow', 'rage', 'thunder',
]);

/** A verb that attributes only beside its quotation (see WEAK). */
export function isWeakSpeechVerb(form: SpeechVerbForm): boolean {
  return WEAK.has(form.lemma);
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

/** Whether a lower-case word is a listed form of a speech verb (any tense, weak or not). */
export function isSpeechVerbForm(lowerWord: string): boolean {
  return FORMS.has(lowerWord);
}

let pattern: string | undefined;

/**
 * The finite forms (said, says, say) of the verbs that attribute on their own, and the foreign
 * ones, as a regex alternation, longest first: for patterns that look for an attribution after a
 * quotation (`, the minister said`).
 */
export function speechVerbPattern(): string {
  if (pattern === undefined) {
    const words: string[] = [];
    for (const [form, e] of FORMS) {
      if (WEAK.has(e.lemma)) continue;
      if (e.tense === 'other' && form !== e.lemma) continue; // -ing forms and participles
      words.push(form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    }
    words.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    pattern = words.join('|');
  }
  return pattern;
}
