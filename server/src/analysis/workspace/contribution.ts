// What one draft gives the workspace index: the name words of its people and organisations, each
// with how the draft writes it (as a surname, beside which given names), how often, and where.
// Read off the draft's Analysis, so the index costs no second reading of the text.

import type { Analysis, AnalysisOptions, Finding } from '../types';
import { ruleById } from '../rules';
import { applySilencing } from '../silencing';
import { LineIndex } from '../positions';
import { skeleton } from './matching';
import { lowerCaseWords } from '../analyze';
import type { WordSet } from '../names/model';

export interface NameWord {
  /** The word as written ("Ashimbayev"). */
  text: string;
  kind: 'person' | 'organisation';
  /** Written as a person's surname: the last word of a full name, or a name standing alone. */
  surname: boolean;
  /** Skeletons of the given names it stands beside as a surname (the different-people guard). */
  given: string[];
  /** How many times the draft writes it. */
  count: number;
  /** The name it belongs to in this draft, as the draft settles it ("Maulen Ashimbayev"). */
  full: string;
  /** Where it is written outside headlines and silenced places: offset, length, offset, length... */
  places: number[];
  /** Line and character (UTF-16) of the first place: another draft's related location. */
  line: number;
  character: number;
  /** A names finding of the draft already marks it (names/variant, names/style-sheet). */
  flagged: boolean;
  /** The draft also writes it in lower case: an ordinary word (award, aware), whatever its capital here. */
  ordinary: boolean;
}

export interface DraftNames {
  /** The language the draft is written in (as its quotation marks are read: en, fr, de…). */
  language: string;
  words: NameWord[];
}

// A name word: a capital, then letters, marks, apostrophes or hyphens (O’Brien, Al-Rashidi).
const WORD = /\p{Lu}[\p{L}\p{M}'’-]*/gu;
const POSSESSIVE = /['’]s?$/;
const HAS_LOWER = /\p{Ll}/u;
const MIN_ORG_WORD = 5;

const RULE = 'names/across-drafts';

// A word as the names check reads one: letters and digits, joined by apostrophes and hyphens.
const LOWER_WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * The draft's words in lower case: the names check's set when the analysis has one (kept up to
 * date paragraph by paragraph with the draft's cache, so a keystroke does not read the whole draft
 * again), else read here once. Asking each name word by scanning the prose was quadratic in a long
 * draft (names × text).
 */
function lowerWordsOf(analysis: Analysis): WordSet {
  const kept = lowerCaseWords(analysis);
  if (kept) return kept;
  const out = new Set<string>();
  for (const m of analysis.document.prose.matchAll(LOWER_WORD)) if (m[0] === m[0].toLowerCase()) out.add(m[0]);
  return out;
}

/** Whether any of `spans` (sorted by offset, none longer than `longest`) overlaps [start, end). */
function overlapsAny(spans: readonly Finding[], longest: number, start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].offset < end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && spans[i].offset > start - longest; i--)
    if (spans[i].offset + spans[i].length > start) return true;
  return false;
}

/** The name words of a draft's people and organisations. */
export function draftNames(analysis: Analysis, options: AnalysisOptions = {}): DraftNames {
  const doc = analysis.document;
  const language = analysis.quoteLocale;
  if (analysis.notice && !analysis.mentions.length) return { language, words: [] };
  const heading = (p: number) => doc.paragraphs[p]?.kind === 'heading';
  const flaggedSpans = analysis.findings.filter((f) => ruleById(f.rule)?.flagsSpelling);
  const longest = flaggedSpans.reduce((n, f) => Math.max(n, f.length), 0);
  const byText = new Map<string, NameWord>();
  const first = new Map<NameWord, number>();
  const raw: Array<{ w: NameWord; offset: number; length: number }> = [];
  for (const e of analysis.entities) {
    if (e.kind !== 'person' && e.kind !== 'organisation') continue;
    for (const mi of e.mentions) {
      const m = analysis.mentions[mi];
      const words: Array<{ text: string; offset: number }> = [];
      const span = doc.text.slice(m.start, m.end);
      for (const x of span.matchAll(WORD)) {
        const text = x[0].replace(POSSESSIVE, '').replace(/-+$/, '');
        // Initials and all-capital forms (acronyms, shouted headlines) are not spellings.
        if (text.length < 3 || !HAS_LOWER.test(text)) continue;
        words.push({ text, offset: m.start + x.index! });
      }
      if (!words.length) continue;
      const last = words.length - 1;
      for (let k = 0; k < words.length; k++) {
        const { text, offset } = words[k];
        if (e.kind === 'organisation' && text.length < MIN_ORG_WORD) continue;
        let w = byText.get(text);
        if (!w) {
          w = {
            text,
            kind: e.kind,
            surname: false,
            given: [],
            count: 0,
            full: e.canonical,
            places: [],
            line: 0,
            character: 0,
            flagged: false,
            ordinary: false,
          };
          byText.set(text, w);
        }
        w.count++;
        if (!first.has(w)) first.set(w, offset);
        if (e.kind === 'person' && k === last) {
          w.surname = true;
          for (let g = 0; g < last; g++) {
            const sk = skeleton(words[g].text);
            if (!w.given.includes(sk)) w.given.push(sk);
          }
        }
        if (heading(m.paragraph)) continue;
        raw.push({ w, offset, length: text.length });
        if (!w.flagged && overlapsAny(flaggedSpans, longest, offset, offset + text.length)) w.flagged = true;
      }
    }
  }
  // Places the writer silenced (copydesk-disable, the ignore file) are no places to report.
  raw.sort((a, b) => a.offset - b.offset);
  const probes: Finding[] = raw.map((r) => ({
    rule: RULE,
    severity: 'warning',
    message: '',
    offset: r.offset,
    length: r.length,
    related: [],
    fixes: [],
  }));
  const kept = new Set(applySilencing(doc, probes, options.ignored));
  for (let i = 0; i < raw.length; i++) if (kept.has(probes[i])) raw[i].w.places.push(raw[i].offset, raw[i].length);
  const lines = new LineIndex(doc.text);
  let lowercase: WordSet | undefined;
  for (const w of byText.values()) {
    // Asked of the words the check compares only: a person's surname, an organisation's word.
    if (w.kind === 'organisation' || w.surname) {
      const lower = w.text.toLowerCase();
      w.ordinary = lower !== w.text && (lowercase ??= lowerWordsOf(analysis)).has(lower);
    }
    const p = lines.positionAt(first.get(w)!);
    w.line = p.line;
    w.character = p.character;
  }
  return { language, words: [...byText.values()] };
}
