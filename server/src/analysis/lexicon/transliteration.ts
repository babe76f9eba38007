// How Cyrillic, Kazakh, Arabic, Chinese and Korean names reach English: the correspondences the
// romanisation standards make, as data with their sources. Two spellings of one name differ by
// these, not by chance, so a name matched through them needs no other evidence.
//
// Sources (each pair says which standards write which side):
// - BGN/PCGN 1947 Russian (ye- word-initially and after vowels, zh, kh, ts, ch, sh, shch, yu, ya, -iy)
// - ICAO Doc 9303 (2021), Part 3, Section 6 (passports: e, zh, kh, ts, ch, sh, shch, iu, ia, -ii)
// - Library of Congress ALA-LC Russian and Ukrainian (ë, ĭ, i͡u, i͡a: iu, ia once the ties are dropped)
// - Ukrainian national system 2010 (kh, ts, ch, zh, yu/iu word-initially/inside, ya/ia, y for и)
// - Kazakh Latin alphabet 2021 (Decree 637): j for ж, h for х, ş/sh, ç/ch, ä/a, ö/o, ü/u, ū/u, ı/y, q for қ, ğ/gh
// - Arabic: BGN/PCGN 1956 and common press usage (kh/h for خ/ح, q/k for ق, ou/u in French-mediated
//   spellings, ai/ay and ei/ey diphthongs, al-/el- articles)
// - Chinese: Hanyu Pinyin (ISO 7098) and Wade–Giles (zh/ch, x/hs, q/ch', z/ts, c/ts', j/ch, r/j, b/p, d/t, g/k)
// - Korean: Revised Romanization (2000) and McCune–Reischauer (eo/ŏ, eu/ŭ, g/k, d/t, b/p, j/ch)

/** One correspondence: `a` in one standard where another writes `b`. `at`: anywhere, or only at the start of a word. */
export interface Correspondence {
  a: string;
  b: string;
  at: 'start' | 'any' | 'end';
  standards: string;
}

export const CORRESPONDENCES: readonly Correspondence[] = [
  { a: 'dzh', b: 'j', at: 'any', standards: 'BGN/PCGN (dzh) / English and Kazakh usage (j) for Дж' },
  { a: 'ye', b: 'e', at: 'start', standards: 'BGN/PCGN Russian (Ye-) / ICAO 9303, LoC (E-): Е word-initially' },
  { a: 'yo', b: 'e', at: 'any', standards: 'BGN/PCGN (ё → yo) / ICAO 9303 (ё → e)' },
  { a: 'zh', b: 'j', at: 'any', standards: 'BGN/PCGN, ICAO 9303 (zh) / Kazakh Latin 2021 (j) for Ж' },
  { a: 'kh', b: 'h', at: 'any', standards: 'BGN/PCGN (kh) / Kazakh Latin 2021 (h) for Х; Arabic خ press usage' },
  { a: 'yu', b: 'iu', at: 'any', standards: 'BGN/PCGN (yu) / ICAO 9303, LoC (iu) for Ю' },
  { a: 'ya', b: 'ia', at: 'any', standards: 'BGN/PCGN (ya) / ICAO 9303, LoC (ia) for Я' },
  { a: 'iy', b: 'y', at: 'end', standards: 'BGN/PCGN (-iy) / common press usage (-y) for -ий' },
  { a: 'iy', b: 'ii', at: 'end', standards: 'BGN/PCGN (-iy) / ICAO 9303, LoC (-ii) for -ий' },
  { a: 'ts', b: 'c', at: 'any', standards: "BGN/PCGN, ICAO (ts) for Ц / pinyin c (Wade–Giles ts')" },
  { a: 'tch', b: 'ch', at: 'any', standards: 'French-mediated (tch) / English (ch) for Ч' },
  { a: 'ou', b: 'u', at: 'any', standards: 'French-mediated (ou) / English (u) for У and Arabic و' },
  { a: 'ai', b: 'ay', at: 'any', standards: 'Arabic diphthong ai / ay (BGN/PCGN ay)' },
  { a: 'ei', b: 'ey', at: 'any', standards: 'Arabic diphthong ei / ey' },
  { a: 'q', b: 'k', at: 'any', standards: 'Kazakh Latin 2021, Arabic ق (q) / English (k)' },
  { a: 'x', b: 'hs', at: 'any', standards: 'Pinyin (x) / Wade–Giles (hs)' },
  { a: 'zh', b: 'ch', at: 'start', standards: 'Pinyin (zh) / Wade–Giles (ch)' },
  { a: 'eo', b: 'o', at: 'any', standards: 'Revised Romanization (eo) / McCune–Reischauer (ŏ, o without breve)' },
  { a: 'eu', b: 'u', at: 'any', standards: 'Revised Romanization (eu) / McCune–Reischauer (ŭ, u without breve)' },
];

/**
 * Romanised syllables of Chinese (pinyin) and Korean (Revised Romanization) given names: an
 * initial consonant (or none) and a final. A given name of two or three of them (Jinping, Minjun,
 * Jong-un, Seo-yeon) reads as East Asian; one syllable (Ben, Lin) says nothing.
 */
const SYLLABLE =
  /(?:zh|ch|sh|kk|tt|pp|ss|jj|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|yeon|yeo|iao|ian|uai|uan|ang|eng|ing|ong|ung|eon|eun|ae|ai|ao|ei|eo|eu|ia|ie|in|iu|oe|ou|ua|ui|un|uo|ye|yo|yu|wa|wo|wi|an|en|a|e|i|o|u)(?:ng|n|k|l|m|p|t)?/
    .source;
const EAST_ASIAN_GIVEN = new RegExp(`^(?:${SYLLABLE})(?:-?(?:${SYLLABLE})){1,2}$`);

/** A given name written as two or three romanised Chinese or Korean syllables ("Jinping", "Min-jun"), in lower case. */
export function romanisedSyllables(lower: string): boolean {
  return EAST_ASIAN_GIVEN.test(lower);
}

/**
 * A plain (lower-case, unaccented) spelling with every correspondence written its `b` way: two
 * spellings that the standards above write differently for one name have the same form
 * (Yelena / Elena, Zhanar / Janar, Dzhanibekov / Janibekov, Tsoi / Coi, Oumarov / Umarov).
 */
export function romanForm(plain: string): string {
  let s = plain;
  for (const c of CORRESPONDENCES) {
    if (c.at === 'start') {
      if (s.startsWith(c.a)) s = c.b + s.slice(c.a.length);
    } else if (c.at === 'end') {
      if (s.endsWith(c.a)) s = s.slice(0, -c.a.length) + c.b;
    } else if (s.includes(c.a)) s = s.split(c.a).join(c.b);
  }
  return s;
}
