// Which language's quotation conventions the draft follows. “ opens in English and closes German
// „…“; » closes French «…» and opens Danish »…«. The setting `copydesk.quoteLocale` names it; by
// default it is read from the text (script first, then the commonest short words).

import type { AnalysisCache } from '../memo';
import type { Document } from '../types';
import { lazy } from '../lexicon/lazy';
import { QUOTE_LOCALES } from '../lexicon/data/quoteLocales';

export interface QuoteLocale {
  /** Primary language subtag: 'en', 'de', 'fr', ... */
  tag: string;
  /** Set by the user or read from clear evidence: only then are locale-specific closers checked. */
  confident: boolean;
  /** Marks that may open a quotation here (straight marks open and close everywhere). */
  opens: string;
  /** Marks that may close one. A mark in both faces either way; context decides. */
  closes: string;
  /** For an opener with one right closer in this language: that closer („ → “ in German). */
  proper: Record<string, string>;
  /** Opener to write when a fix inserts one before a given closer. */
  openerFor: Record<string, string>;
}

const LATIN_DEFAULT = {
  opens: '"\'“‘«‹„‚「『',
  closes: '"\'”’»›“‘」』',
  openerFor: { '”': '“', '’': '‘', '»': '«', '›': '‹', '"': '"', "'": "'", '“': '„', '‘': '‚', '」': '「', '』': '『' },
};

const TABLES: Record<string, Omit<QuoteLocale, 'tag' | 'confident'>> = {
  en: { ...LATIN_DEFAULT, proper: {} },
  // German copy from Germany and Austria quotes „…“ or »…«, from Switzerland «…»: without a
  // region both guillemet directions pair, and the first mark decides (a region tag is strict).
  de: {
    opens: '"\'„‚»›«‹“‘「『',
    closes: '"\'“‘«‹»›”’」』',
    proper: { '„': '“', '‚': '‘', '»': '«', '›': '‹' },
    openerFor: {
      '“': '„',
      '‘': '‚',
      '«': '»',
      '‹': '›',
      '”': '“',
      '’': '‘',
      '"': '"',
      "'": "'",
      '」': '「',
      '』': '『',
    },
  },
  da: {
    opens: '"\'„‚»›“‘',
    closes: '"\'“‘«‹”’',
    proper: { '»': '«', '›': '‹', '„': '“' },
    openerFor: { '«': '»', '‹': '›', '“': '„', '‘': '‚', '”': '“', '’': '‘', '"': '"', "'": "'" },
  },
  sv: {
    opens: '"\'”’»›“‘„',
    closes: '"\'”’»›',
    proper: { '”': '”', '»': '»', '’': '’', '›': '›' },
    openerFor: { '”': '”', '’': '’', '»': '»', '›': '›', '"': '"', "'": "'" },
  },
  fr: { ...LATIN_DEFAULT, proper: { '«': '»', '‹': '›' } },
  // Russian inner quotes are „…“ in the books and often „…” in the press: only « » is checked.
  ru: { ...LATIN_DEFAULT, proper: { '«': '»' } },
  pl: { ...LATIN_DEFAULT, proper: { '„': '”', '«': '»' } },
  cs: { ...LATIN_DEFAULT, proper: { '„': '“', '‚': '‘' } },
  zh: { ...LATIN_DEFAULT, proper: {} },
  ja: { ...LATIN_DEFAULT, proper: { '「': '」', '『': '』' } },
};
TABLES.fi = TABLES.sv;
TABLES.no = TABLES.nb = { ...LATIN_DEFAULT, proper: { '«': '»' } };
TABLES.uk = TABLES.be = TABLES.ru;
TABLES.es = TABLES.it = TABLES.pt = { ...LATIN_DEFAULT, proper: {} };
TABLES.hu = TABLES.ro = TABLES.nl = TABLES.pl;
TABLES.sk = TABLES.sl = TABLES.lt = TABLES.cs;
TABLES.ko = TABLES.zh;

/** CLDR's quotation marks by locale (`de`, `de-ch`, `zh-hant`): start, end, alternate start, alternate end. */
const CLDR = lazy(() => {
  const out = new Map<string, string>();
  for (const line of QUOTE_LOCALES.split('\n')) {
    const space = line.indexOf(' ');
    out.set(line.slice(0, space).toLowerCase(), line.slice(space + 1));
  }
  // Swiss Standard German quotes «…» ‹…› (Schweizerische Bundeskanzlei, Schreibweisungen; Duden,
  // Schweizerhochdeutsch); CLDR 48 lists „…“ for de-CH.
  out.set('de-ch', '«»‹›');
  out.set('de-li', '«»‹›');
  return out;
});

/** A table from CLDR's four marks: only they open and close (with the straight marks), each opener its one closer. */
function cldrTable(m: string): Omit<QuoteLocale, 'tag' | 'confident'> {
  const [qs, qe, as, ae] = [...m];
  const proper: Record<string, string> = { [qs]: qe };
  if (!(as in proper)) proper[as] = ae;
  return {
    opens: `"'${qs}${as}`,
    closes: `"'${qe}${ae}`,
    proper,
    openerFor: { [qe]: qs, [ae]: as, '"': '"', "'": "'" },
  };
}

/**
 * The conventions of a BCP 47 tag. A region or script tag (`de-CH`, `fr-CH`, `zh-Hant`) whose
 * marks CLDR gives apart from its language's takes CLDR's marks strictly; a language takes its
 * table here (which admits the variants its press prints), or CLDR's marks for a language without one.
 */
export function localeFor(tag: string, confident: boolean): QuoteLocale {
  const parts = tag.toLowerCase().split(/[-_]/);
  const primary = parts[0];
  const cldr = CLDR();
  for (let n = parts.length; n > 1; n--) {
    const m = cldr.get(parts.slice(0, n).join('-'));
    if (m && m !== cldr.get(primary)) return { tag: primary, confident, ...cldrTable(m) };
  }
  const table = TABLES[primary];
  if (table) return { tag: primary, confident, ...table };
  const m = cldr.get(primary);
  if (m && confident) return { tag: primary, confident, ...cldrTable(m) };
  return { tag: primary || 'en', confident: false, ...TABLES.en };
}

// The commonest short words of the languages whose quotation marks differ. Enough of them in the
// first few thousand words tells the language apart reliably; a few do not.
const STOPWORDS: Record<string, string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'is',
    'in',
    'that',
    'it',
    'was',
    'for',
    'with',
    'said',
    'he',
    'she',
    'on',
    'are',
    'we',
    'will',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'ist',
    'nicht',
    'sie',
    'wir',
    'ein',
    'eine',
    'mit',
    'im',
    'den',
    'dem',
    'sagte',
    'auch',
    'auf',
    'für',
    'zu',
    'von',
    'es',
    'ich',
  ],
  fr: [
    'le',
    'la',
    'les',
    'et',
    'est',
    'des',
    'une',
    'un',
    'du',
    'nous',
    'dans',
    'que',
    'qui',
    'pour',
    'pas',
    'en',
    'au',
    'a',
    'déclaré',
    'il',
  ],
  da: ['og', 'det', 'er', 'en', 'at', 'til', 'på', 'med', 'af', 'ikke', 'som', 'vi', 'den', 'har', 'sagde', 'jeg'],
  sv: [
    'och',
    'att',
    'det',
    'är',
    'som',
    'på',
    'för',
    'med',
    'inte',
    'av',
    'en',
    'vi',
    'till',
    'har',
    'sade',
    'säger',
    'jag',
  ],
  fi: ['ja', 'on', 'ei', 'se', 'että', 'oli', 'hän', 'mutta', 'kun', 'myös', 'sanoi'],
  pl: ['i', 'w', 'nie', 'się', 'na', 'jest', 'że', 'do', 'to', 'z', 'jak', 'powiedział', 'oraz'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'niet', 'dat', 'op', 'zijn', 'met', 'zei', 'wij', 'ik'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'de', 'en', 'un', 'una', 'es', 'por', 'dijo', 'con', 'se', 'del'],
  it: ['il', 'la', 'che', 'di', 'e', 'è', 'un', 'una', 'per', 'non', 'con', 'del', 'della', 'ha', 'detto'],
  pt: ['o', 'a', 'os', 'as', 'que', 'de', 'em', 'um', 'uma', 'não', 'com', 'do', 'da', 'disse', 'é'],
  cs: ['a', 'je', 'se', 'na', 'že', 'to', 'v', 've', 'jsme', 'řekl', 'také', 'není'],
  hu: ['a', 'az', 'és', 'hogy', 'nem', 'egy', 'is', 'mondta', 'volt', 'meg'],
};

const WORD_TO_LANGS = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const w of words) {
    const list = WORD_TO_LANGS.get(w) ?? [];
    list.push(lang);
    WORD_TO_LANGS.set(w, list);
  }
}

let LONGEST_STOPWORD = 0;
for (const w of WORD_TO_LANGS.keys()) LONGEST_STOPWORD = Math.max(LONGEST_STOPWORD, w.length);

const LETTER = /\p{L}/u;

/** UTF-16 units of the code point at `i`: a surrogate pair is one code point, a lone half is one unit. */
function widthAt(s: string, i: number, n: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
    const lo = s.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) return 2;
  }
  return 1;
}

/** Whether the code point at `i` is a letter (\p{L}). */
function letterAt(s: string, i: number, n: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return LETTER.test(widthAt(s, i, n) === 2 ? s.slice(i, i + 2) : s[i]);
}

/** How much text detection reads: the language of a draft shows in its first pages. */
const SAMPLE = 20_000;

function detectLocale(doc: Document): QuoteLocale {
  return localeOfSample(doc.prose.slice(0, SAMPLE));
}

function localeOfSample(sample: string): QuoteLocale {
  let latin = 0;
  let cyrillic = 0;
  let han = 0;
  let kana = 0;
  let hangul = 0;
  let ukrainian = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
    } else if (c >= 0xc0 && c < 0x250) latin++;
    else if (c >= 0x400 && c < 0x530) {
      cyrillic++;
      if (c === 0x456 || c === 0x457 || c === 0x454 || c === 0x491) ukrainian++;
    } else if (c >= 0x3040 && c < 0x3100) kana++;
    else if (c >= 0x4e00 && c < 0xa000) han++;
    else if (c >= 0xac00 && c < 0xd7b0) hangul++;
  }
  const letters = latin + cyrillic + han + kana + hangul;
  if (letters === 0) return localeFor('en', false);
  if (kana > 0 && kana + han > latin) return localeFor('ja', true);
  if (hangul > latin && hangul >= han) return localeFor('ko', true);
  if (han > latin) return localeFor('zh', true);
  if (cyrillic > latin) return localeFor(ukrainian > 2 ? 'uk' : 'ru', true);

  const score: Record<string, number> = {};
  // The first 3,000 words, as /\p{L}+/gu reads them, walked in place: the unicode pattern and a
  // lower-cased copy of every word were most of the quotation check's time on a short draft. A
  // word longer than every stopword is not looked up (lower-casing never shortens a word).
  let words = 0;
  let i = 0;
  const n = sample.length;
  while (words < 3000) {
    while (i < n && !letterAt(sample, i, n)) i += widthAt(sample, i, n);
    if (i >= n) break;
    const start = i;
    while (i < n && letterAt(sample, i, n)) i += widthAt(sample, i, n);
    words++;
    if (i - start > LONGEST_STOPWORD) continue;
    const langs = WORD_TO_LANGS.get(sample.slice(start, i).toLowerCase());
    if (!langs) continue;
    for (const l of langs) score[l] = (score[l] ?? 0) + 1 / langs.length;
  }
  const ranked = Object.entries(score).sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return localeFor('en', false);
  const [best, top] = ranked[0];
  const second = ranked[1]?.[1] ?? 0;
  // Confident only with several hits and a clear lead: "die" alone could be English.
  const confident = top >= 3 && top >= 1.5 * second;
  return localeFor(best, confident);
}

/**
 * The locale from the setting ('auto' or empty: detected). Detection reads only the draft's first
 * pages: the cache keeps what it read there and its verdict, and an edit further on costs a
 * comparison.
 */
export function resolveLocale(doc: Document, setting: string | undefined, cache?: AnalysisCache): QuoteLocale {
  if (setting && setting !== 'auto') return localeFor(setting, true);
  if (!cache) return detectLocale(doc);
  const last = cache.slot('quotes/locale', () => ({ sample: '', locale: undefined as QuoteLocale | undefined }));
  const sample = doc.prose.slice(0, SAMPLE);
  if (!last.locale || last.sample !== sample) last.locale = localeOfSample(sample);
  // Kept from this version's prose, not an older one: a slice holds its whole string in memory.
  last.sample = sample;
  return last.locale;
}
