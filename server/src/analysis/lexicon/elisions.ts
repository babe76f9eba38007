// Words written with a leading apostrophe (an elision at the start of a word): English ones from
// the dictionaries' lists of aphetic forms (Wiktionary, "English words prefixed with an
// apostrophe"; Merriam-Webster's entries for 'tis, 'twas, 'cause, 'em), and the clitic articles
// of German colloquial writing (Duden, "Apostroph", § 14: so 'n Quatsch, auf 's Dach). An opening
// quotation mark before one of these is rare, an elision is not.

/** English aphetic forms, without their apostrophe, lower case. */
const ENGLISH: readonly string[] = [
  'til',
  'tis',
  'twas',
  'twere',
  'twill',
  'twould',
  'em',
  'cause',
  'cos',
  'coz',
  'cuz',
  'bout',
  'nuff',
  'fraid',
  'cept',
  'scuse',
  'gainst',
  'neath',
  'tween',
  'twixt',
  'splain',
  'n',
];

/** German clitics after a space: 'n (ein, einen), 'ne (eine), 's (es, das), 'nen. */
const GERMAN: readonly string[] = ['n', 'ne', 'nen', 'nem', 'ner', 's', 'm'];

const ENGLISH_SET = new Set(ENGLISH);
const GERMAN_SET = new Set(GERMAN);

/**
 * Whether `word` (lower case, the letters after the apostrophe) is written with a leading
 * apostrophe in language `lang`. Kept to words an opening quotation mark seldom stands before:
 * English ’n is an elision only with its closing apostrophe (rock ’n’ roll; the caller checks).
 */
export function isElidedWord(word: string, lang: string): boolean {
  if (lang === 'de') return GERMAN_SET.has(word) || ENGLISH_SET.has(word);
  return ENGLISH_SET.has(word);
}

/** Languages whose words never start with an apostrophe: there, a lone ' or ‘ before a word opens a quotation. */
const NO_INITIAL_ELISION = new Set([
  'ru',
  'uk',
  'be',
  'bg',
  'sr',
  'mk',
  'ca',
  'es',
  'pl',
  'cs',
  'sk',
  'hu',
  'ro',
  'fi',
  'et',
  'lv',
  'lt',
  'el',
  'tr',
]);

export function hasInitialElision(lang: string): boolean {
  return !NO_INITIAL_ELISION.has(lang);
}
