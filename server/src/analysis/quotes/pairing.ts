// Pairs the quotation marks of one paragraph, the way a copy editor reads them: left to right,
// each mark read by what stands beside it and by what is open at that point, never by counting
// marks across the document. What a paragraph yields depends only on its own text and on the
// quotations carried in from the paragraph before (a running quotation), so an edited paragraph
// can be paired again on its own.

import type { Document, Paragraph, Quotation, QuoteFamily } from '../types';
import { hasInitialElision } from '../lexicon/elisions';
import { apostropheShape, isMeasureCode, possessiveLike } from './apostrophes';
import type { QuoteLocale } from './locale';
import { FAMILY_BIT, isSpaceCode, isWordChar, markKind, Side, sideAt } from './marks';

const isWordCharAt = (text: string, i: number) => i < text.length && isWordChar(text[i]);

export type MarkRole = 'open' | 'close' | 'apostrophe' | 'prime';

export interface ReadMark {
  offset: number;
  char: string;
  family: QuoteFamily;
  straight: boolean;
  role: MarkRole;
  /** An apostrophe between letters (O’Brien, G‘ulomov). */
  inWord?: boolean;
  /** Characters the mark takes when more than one: two apostrophes typed for a double mark (''). */
  width?: number;
}

/** A quotation open at some point of the reading. */
export interface OpenQuote {
  /** Offset of its opening mark. */
  mark: number;
  char: string;
  family: QuoteFamily;
  straight: boolean;
  /** A fragment inside a sentence (called it “the largest): may not run on into the next paragraph. */
  partial: boolean;
  continues: boolean;
  /** Index into the paragraph's quotations. */
  quotation: number;
  /** Quotations inside this one that use its own marks: reported once this one closes properly. */
  nested: Array<{ open: number; close: number; openChar: string; closeChar: string; introduced: boolean }>;
  sameAsParent: boolean;
  /** Index into the paragraph's marks. */
  markIndex: number;
}

export type ProblemKind =
  | 'unopened'
  | 'unclosed'
  | 'mismatched'
  | 'wrong-direction'
  | 'locale-closer'
  | 'nesting'
  | 'apostrophe'
  /** A closing mark typed as an opening one (…this town has had. “ at the end, years“ and). */
  | 'closer-as-opener'
  /** An opening mark on the wrong side of its space (…said Ramirez.“ The case). */
  | 'misplaced-space'
  /** Two apostrophes typed for a double mark (''We will appeal,''). */
  | 'two-apostrophes'
  /** A mark typed twice where a quotation opens (said, “”Brooklyn… or said, ““Our…). */
  | 'doubled';

export interface Problem {
  kind: ProblemKind;
  /** Offset of the mark the finding sits on. */
  at: number;
  char: string;
  family: QuoteFamily;
  paragraph: number;
  /** The other mark of the pair (the opener of a mismatched closer, the closer of a nested pair). */
  partner?: number;
  /** The mark that should stand at `at` (for fixes that replace it). */
  expected?: string;
  partial?: boolean;
  /** For an unopened closer: where the quoted words most likely start. */
  from?: number;
  /** Characters the finding covers, when more than the mark (two apostrophes). */
  length?: number;
}

export interface ParagraphQuotes {
  paragraph: number;
  marks: ReadMark[];
  quotations: Quotation[];
  problems: Problem[];
  /** Quotations still open where the paragraph ends, outermost first. */
  open: OpenQuote[];
  /** What the paragraph continued from the one before (a running quotation), for re-reading it. */
  carried?: readonly OpenQuote[];
  /** The paragraph is cut off mid-word (a page's truncated title: ‘Sherwood Pri...): what it leaves open is no error. */
  truncated?: boolean;
}

function canOpenMark(locale: QuoteLocale, ch: string): boolean {
  return locale.opens.includes(ch);
}

/** A text cut off after a letter by an ellipsis, as a page shortens a long title or link. */
const TRUNCATED = /\p{L}(?:\.\.\.|…)$/u;

/** How many open quotations a stray closer may look through for its partner. */
const LOOK_DEEP = 8;

/** The closer that matches an opener in any convention, for fixes and “expected” marks. */
const CLOSER_OF: Record<string, string> = {
  '“': '”',
  '„': '“',
  '”': '”',
  '"': '"',
  '‘': '’',
  '‚': '‘',
  '’': '’',
  "'": "'",
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
  '「': '」',
  '『': '』',
};

export function closerOf(opener: string, locale: QuoteLocale): string {
  return locale.proper[opener] ?? CLOSER_OF[opener] ?? opener;
}

/** Whether `closer` ends a quotation opened with `opener` (same family, facing the right way). */
export function pairs(opener: string, closer: string, family: QuoteFamily, closerFamily: QuoteFamily): boolean {
  if (family !== closerFamily) return false;
  if (opener === closer)
    return opener === '"' || opener === "'" || opener === '”' || opener === '’' || opener === '»' || opener === '›';
  // The same mark facing the wrong way pairs, but is reported by the caller.
  return !(opener === '”' || opener === '’') || closer === '"' || closer === "'";
}

/**
 * The family of the running quotation the paragraph would continue: the family of the mark it
 * opens with, when that mark can reopen one (a running quotation's cue); undefined when none can.
 */
export function leadFamily(text: string, p: Paragraph, locale: QuoteLocale): QuoteFamily | undefined {
  const at = contentStart(text, p);
  const k = markKind(text.charCodeAt(at));
  return k && reopens(text, at, p, locale, k.family) ? k.family : undefined;
}

/**
 * Whether the mark at `at` reopens a running quotation of `family`. French continues with either
 * guillemet (« or the older »), spaced from the words; elsewhere an opening mark touches them.
 */
function reopens(text: string, at: number, p: Paragraph, locale: QuoteLocale, family: QuoteFamily): boolean {
  const k = markKind(text.charCodeAt(at));
  if (!k || k.family !== family) return false;
  if (family === 'guillemet' || family === 'single-guillemet') return true;
  if (!k.straight && !locale.opens.includes(text[at])) return false;
  return sideAt(text, at + 1, p.start, p.end) !== Side.Space;
}

/** Where a paragraph's words begin, past Markdown's block quote, list and emphasis markers. */
function contentStart(text: string, p: Paragraph): number {
  let i = p.start;
  const limit = Math.min(p.end, p.start + 16);
  while (i < limit) {
    const c = text[i];
    if (c === '>' || c === '*' || c === '_' || c === '-' || c === '+' || isSpaceCode(text.charCodeAt(i))) i++;
    else if (c >= '0' && c <= '9' && /^\d{1,3}[.)]\s/.test(text.slice(i, i + 5))) i = text.indexOf(' ', i) + 1;
    else break;
  }
  return i < p.end ? i : p.start;
}

/**
 * Whether a possessive-looking mark (nurses’) inside the single quotation `top` is an apostrophe
 * although no later mark could close the quotation: the quotation is speech (it opens a sentence
 * and holds a lower-case word, so it is no title like ‘The Simpsons’), and the mark stands
 * between a word and a lower-case word, where speech never ends.
 */
function possessiveInSpeech(text: string, i: number, top: OpenQuote, start: number, end: number): boolean {
  if (top.partial || !isFullStart(text, top.mark, start)) return false;
  if (!/^\s+\p{Ll}/u.test(text.slice(i + 1, Math.min(end, i + 4)))) return false;
  return /\s\p{Ll}/u.test(text.slice(top.mark + 1, i));
}

/** A measure’s prime inside the double quotation `top`: speech goes on after it in lower case (a 55" screen, 18" deep). */
function measureInSpeech(text: string, i: number, top: OpenQuote | undefined, start: number, end: number): boolean {
  if (!top || top.family !== 'double' || text[i] !== '"' || top.partial || !isFullStart(text, top.mark, start))
    return false;
  return /^\s?(?:\p{Ll}|[×x]\s)/u.test(text.slice(i + 1, Math.min(end, i + 4)));
}

function isFullStart(text: string, i: number, start: number): boolean {
  let j = i - 1;
  while (j >= start && isSpaceCode(text.charCodeAt(j))) j--;
  if (j < start) return true;
  const c = text[j];
  return !/[\p{L}\p{N}]/u.test(c);
}

/** A quotation opened mid-sentence on a lower-case word (called the terminal “the largest). */
function isPartial(text: string, i: number, start: number, end: number): boolean {
  if (isFullStart(text, i, start)) return false;
  let j = i + 1;
  while (j < end && (isSpaceCode(text.charCodeAt(j)) || markKind(text.charCodeAt(j)))) j++;
  if (j >= end) return false;
  const c = text[j];
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

/** Exactly the characters markKind knows (marks.ts): " ' “ ” „ ‘ ’ ‚ « » ‹ › 「 」 『 』. */
const MARK_RE = /["'\u201c\u201d\u201e\u2018\u2019\u201a\u00ab\u00bb\u2039\u203a\u300c-\u300f]/g;

export function pairParagraph(
  doc: Document,
  p: Paragraph,
  locale: QuoteLocale,
  carried: readonly OpenQuote[],
): ParagraphQuotes {
  const text = doc.prose;
  const { start, end } = p;
  const out: ParagraphQuotes = { paragraph: p.index, marks: [], quotations: [], problems: [], open: [] };

  // The marks of the paragraph, with whether each could close a quotation: a stray-looking mark
  // is read differently when a better closer follows it.
  const offsets: number[] = [];
  // The regex engine finds the few marks among the letters several times faster than a test per
  // character; on the paragraph's own slice it never reads past the paragraph.
  const para = text.slice(start, end);
  MARK_RE.lastIndex = 0;
  while (MARK_RE.test(para)) offsets.push(start + MARK_RE.lastIndex - 1);
  if (!offsets.length && !carried.length) return out;
  const closerAfter = new Uint8Array(offsets.length + 1);
  // Where the next single mark that can only open, and the next that can close, stand: a closer
  // further on belongs to the quotation an opener before it starts (‘a fine on commuters’ and ‘a gift to the banks’).
  const singleOpenerAt = new Int32Array(offsets.length + 1).fill(offsets.length);
  const singleCloserAt = new Int32Array(offsets.length + 1).fill(offsets.length);
  for (let j = offsets.length - 1; j >= 0; j--) {
    const i = offsets[j];
    const k = markKind(text.charCodeAt(i))!;
    const before = sideAt(text, i - 1, start, end);
    const after = sideAt(text, i + 1, start, end);
    const closes = before !== Side.Space && before !== Side.Before && after !== Side.Word;
    closerAfter[j] = closerAfter[j + 1] | (closes ? FAMILY_BIT[k.family] : 0);
    singleOpenerAt[j] = singleOpenerAt[j + 1];
    singleCloserAt[j] = singleCloserAt[j + 1];
    if (k.family === 'single') {
      const opens = (before === Side.Space || before === Side.Before || before === Side.Mark) && after === Side.Word;
      if (opens && !apostropheShape(text, i, start, end, locale.tag)) singleOpenerAt[j] = j;
      else if (closes) singleCloserAt[j] = j;
    }
  }

  const stack: OpenQuote[] = [];
  const problem = (x: Omit<Problem, 'paragraph'>) => out.problems.push({ ...x, paragraph: p.index });
  const mark = (offset: number, role: MarkRole, family?: QuoteFamily) => {
    const k = markKind(text.charCodeAt(offset))!;
    out.marks.push({ offset, char: text[offset], family: family ?? k.family, straight: k.straight, role });
  };

  // Where the last outer quotation of each family closed: an unopened closer's words start after
  // the last one of its own family (a title in single marks inside them is no earlier quotation).
  const lastOuterClose: Partial<Record<QuoteFamily, number>> = {};
  let dropped: Set<Quotation> | undefined;
  const drop = (q: OpenQuote) => {
    (dropped ??= new Set()).add(out.quotations[q.quotation]);
    out.marks[q.markIndex].role = 'apostrophe';
  };

  const open = (i: number, continues: boolean, partial: boolean, family?: QuoteFamily, width = 1) => {
    const k = { ...markKind(text.charCodeAt(i))! };
    if (family) k.family = family;
    let s = i + width;
    while (s < end && isSpaceCode(text.charCodeAt(s))) s++;
    const quotation: Quotation = {
      start: s,
      end,
      open: i,
      close: -1,
      paragraph: p.index,
      family: k.family,
      depth: stack.length,
      continues,
      runsOn: false,
      malformed: false,
      kind: 'unknown',
    };
    out.quotations.push(quotation);
    stack.push({
      mark: i,
      char: text[i],
      family: k.family,
      straight: k.straight,
      partial,
      continues,
      quotation: out.quotations.length - 1,
      nested: [],
      // Alternation is judged against the quotation it sits in, not any quotation further out:
      // “A ‘B “C” D’ E” alternates properly at three levels.
      sameAsParent: stack.length > 0 && stack[stack.length - 1].family === k.family,
      markIndex: out.marks.length,
    });
    mark(i, 'open', family);
  };

  const close = (i: number, family?: QuoteFamily) => {
    const q = stack.pop()!;
    const quotation = out.quotations[q.quotation];
    quotation.close = i;
    let e = i;
    while (e > quotation.start && isSpaceCode(text.charCodeAt(e - 1))) e--;
    quotation.end = e;
    mark(i, 'close', family);
    if (!stack.length) lastOuterClose[q.family] = i;
    for (const n of q.nested) {
      problem({ kind: 'nesting', at: n.open, char: text[n.open], family: q.family, partner: n.close });
      problem({ kind: 'nesting', at: n.close, char: text[n.close], family: q.family, partner: n.open });
    }
    if (q.sameAsParent) {
      // Reported when the outer quotation closes: if it never does, the "nested" opener was more
      // likely a new quotation after a missing closer, and the unclosed outer one is the error.
      // Inside a sentence (He told us, “Go home,” and…; the “ghost candidate” scandal) it is a
      // quotation inside the outer one; after a sentence's end it more likely began a new one
      // after a missing closer.
      let b = q.mark - 1;
      while (b >= start && isSpaceCode(text.charCodeAt(b))) b--;
      const introduced = b >= start && !/[.!?…]/.test(text[b]);
      if (stack.length)
        stack[stack.length - 1].nested.push({
          open: q.mark,
          close: i,
          openChar: text[q.mark],
          closeChar: text[i],
          introduced,
        });
    }
    return q;
  };

  const unopened = (i: number) => {
    const k = markKind(text.charCodeAt(i))!;
    // The quoted words most likely start after the last closed quotation of the paragraph.
    const last = lastOuterClose[k.family];
    let s = last !== undefined ? last + 1 : start;
    while (s < i && isSpaceCode(text.charCodeAt(s))) s++;
    out.quotations.push({
      start: s,
      end: i,
      open: -1,
      close: i,
      paragraph: p.index,
      family: k.family,
      depth: 0,
      continues: false,
      runsOn: false,
      malformed: true,
      kind: 'unknown',
    });
    problem({ kind: 'unopened', at: i, char: text[i], family: k.family, from: s });
    mark(i, 'close');
    if (!stack.length) lastOuterClose[k.family] = i;
  };

  let j0 = 0;
  // A running quotation: the paragraph reopens what the previous one left open, mark by mark.
  if (carried.length) {
    let c = 0;
    while (j0 < offsets.length && c < carried.length) {
      const i = offsets[j0];
      const gap = text.slice(c === 0 ? contentStart(text, p) : offsets[j0 - 1] + 1, i);
      if (gap.trim() !== '') break;
      if (!reopens(text, i, p, locale, carried[c].family)) break;
      open(i, true, false);
      c++;
      j0++;
    }
  }

  for (let j = j0; j < offsets.length; j++) {
    const i = offsets[j];
    const ch = text[i];
    const k = markKind(text.charCodeAt(i))!;
    const before = sideAt(text, i - 1, start, end);
    const after = sideAt(text, i + 1, start, end);
    const leftFlank = (before === Side.Space || before === Side.Before || before === Side.Mark) && after !== Side.Space;
    const rightFlank = before !== Side.Space && before !== Side.Before && after !== Side.Word;
    const top = stack.length ? stack[stack.length - 1] : undefined;
    const laterCloser = (family: QuoteFamily) => (closerAfter[j + 1] & FAMILY_BIT[family]) !== 0;

    // A curly mark typed twice at a quotation's start (said, “”Brooklyn… or said, ““Our…): the
    // second is a stray — one finding, and removing it is the fix.
    if (
      !k.straight &&
      k.family !== 'single' &&
      top &&
      top.mark === i - 1 &&
      top.family === k.family &&
      !top.continues &&
      after === Side.Word &&
      (ch === top.char || ch === closerOf(top.char, locale)) &&
      canOpenMark(locale, top.char)
    ) {
      mark(i, 'close');
      problem({ kind: 'doubled', at: i, char: ch, family: k.family, partner: top.mark });
      continue;
    }

    // Two apostrophes for a double mark: ''We will appeal,'' — one mark of the double family, each pair its own finding.
    if (
      k.family === 'single' &&
      j + 1 < offsets.length &&
      offsets[j + 1] === i + 1 &&
      text[i + 1] === ch &&
      !isMeasureCode(text.charCodeAt(i - 1))
    ) {
      const b = before;
      const a = sideAt(text, i + 2, start, end);
      const expected = (way: 'open' | 'close') =>
        k.straight
          ? '"'
          : way === 'open'
            ? (locale.openerFor['”'] ?? '“')
            : closerOf(locale.openerFor['”'] ?? '“', locale);
      if (top && top.family === 'double' && b !== Side.Space && b !== Side.Before && a !== Side.Word) {
        close(i, 'double');
        out.marks[out.marks.length - 1].width = 2;
        problem({ kind: 'two-apostrophes', at: i, char: ch, family: 'double', expected: expected('close'), length: 2 });
        j++;
        continue;
      }
      if ((b === Side.Space || b === Side.Before || b === Side.Mark) && a === Side.Word && (ch === "'" || ch === '‘')) {
        open(i, false, isPartial(text, i + 1, start, end), 'double', 2);
        out.marks[out.marks.length - 1].width = 2;
        problem({ kind: 'two-apostrophes', at: i, char: ch, family: 'double', expected: expected('open'), length: 2 });
        j++;
        continue;
      }
    }

    // A spaced » or › with no guillemet quotation open is a separator (Start » Presse » Mitteilungen).
    if (
      (ch === '»' || ch === '›') &&
      before === Side.Space &&
      after === Side.Space &&
      !(top && (top.family === 'guillemet' || top.family === 'single-guillemet'))
    )
      continue;

    // Two apostrophes after a measure are a double prime (a 3'' × 5'' card, -2.5'').
    if (
      (ch === "'" || ch === '’') &&
      text[i + 1] === ch &&
      j + 1 < offsets.length &&
      offsets[j + 1] === i + 1 &&
      isMeasureCode(text.charCodeAt(i - 1)) &&
      i - 1 >= start
    ) {
      mark(i, 'prime');
      mark(i + 1, 'prime');
      j++;
      continue;
    }

    // Apostrophes first: they are never quotation marks.
    if (k.family === 'single') {
      const shape = apostropheShape(text, i, start, end, locale.tag);
      if (shape === 'inner') {
        // An opening mark typed for an apostrophe inside a word (can‘t, d‘aquesta); Uzbek o‘ and g‘
        // are letters of the Latin alphabet (G‘ulomov, O‘zbekiston), not apostrophes.
        if (ch === '‘' && !/[oOgG]/.test(text[i - 1]) && isWordCharAt(text, i + 1))
          problem({ kind: 'apostrophe', at: i, char: ch, family: 'single', expected: '’' });
        mark(i, 'apostrophe');
        out.marks[out.marks.length - 1].inWord = true;
        continue;
      }
      if (shape === 'elision') {
        if (ch === '‘') problem({ kind: 'apostrophe', at: i, char: ch, family: 'single', expected: '’' });
        mark(i, 'apostrophe');
        continue;
      }
      if (shape === 'trailing') {
        const singleOpen = top && top.family === 'single';
        // Inside an open single quotation, workers’ may be the closer or a plural possessive:
        // prefer the reading that leaves no stray mark (a later closer takes the quotation).
        if (
          !singleOpen ||
          (possessiveLike(text, i) &&
            (laterCloser('single')
              ? singleCloserAt[j + 1] < singleOpenerAt[j + 1]
              : possessiveInSpeech(text, i, top, start, end)))
        ) {
          if (ch === '‘') problem({ kind: 'apostrophe', at: i, char: ch, family: 'single', expected: '’' });
          mark(i, isMeasureCode(text.charCodeAt(i - 1)) && ch === "'" ? 'prime' : 'apostrophe');
          continue;
        }
      }
    }

    // Primes after digits: 5' 11", 32" screens, 32” screens, 7½".
    if ((ch === '"' || ch === '”') && i - 1 >= start && isMeasureCode(text.charCodeAt(i - 1)) && after !== Side.Word) {
      // Inside an open quotation only feet and inches (5' 11") make a prime, or a measure the
      // sentence goes on from (“It has a 55" screen,” she said): “4 to 5” closes.
      const doubleOpen = top && top.family === 'double';
      if (
        !doubleOpen ||
        (ch === '"' && /\d['’′]\s?\d{1,2}$/.test(text.slice(Math.max(start, i - 6), i)) && laterCloser('double')) ||
        measureInSpeech(text, i, top, start, end)
      ) {
        mark(i, 'prime');
        continue;
      }
    }

    // Corner brackets face one way in every language: 「 opens, even before a bracket (「（仮称）…」).
    if (ch === '「' || ch === '『') {
      open(i, false, false);
      continue;
    }

    const canOpen = k.straight || locale.opens.includes(ch);
    const canClose = k.straight || locale.closes.includes(ch);

    // 1. It closes what is open.
    if (
      top &&
      canClose &&
      pairs(top.char, ch, top.family, k.family) &&
      !(leftFlank && !rightFlank && canOpen && (k.straight || ch !== CLOSER_OF[top.char]))
    ) {
      const q = close(i);
      const proper = locale.proper[q.char];
      if (locale.confident && proper && !k.straight && ch !== proper) {
        problem({ kind: 'locale-closer', at: i, char: ch, family: k.family, partner: q.mark, expected: proper });
      }
      continue;
    }
    // The same curly mark facing the wrong way closes its twin: “…“.
    if (
      top &&
      !k.straight &&
      top.family === k.family &&
      top.char === ch &&
      rightFlank &&
      !leftFlank &&
      !pairs(top.char, ch, top.family, k.family)
    ) {
      close(i);
      // An opener already turned the wrong way (”…”) was reported at the opener; its twin closes it.
      const expected = closerOf(top.char, locale);
      if (expected !== ch)
        problem({ kind: 'closer-as-opener', at: i, char: ch, family: k.family, partner: top.mark, expected });
      continue;
    }

    // A closing mark typed as an opener: the opener's own form where the open quotation ends,
    // touching no word after it (…had in 20 years. “ at the paragraph's end).
    // (Before a full stop or a comma no mark opens: the lottery “. is a closer too.)
    if (
      top &&
      !k.straight &&
      top.family === k.family &&
      top.char === ch &&
      (!leftFlank || after === Side.After) &&
      after !== Side.Word &&
      !laterCloser(k.family)
    ) {
      close(i);
      problem({
        kind: 'closer-as-opener',
        at: i,
        char: ch,
        family: k.family,
        partner: top.mark,
        expected: closerOf(top.char, locale),
      });
      continue;
    }
    // An opener on the wrong side of its space: …said Ramirez.“ The case …” — attached to the
    // sentence before, spaced from the words it opens, closed later on.
    if (
      !k.straight &&
      canOpen &&
      !leftFlank &&
      rightFlank &&
      after === Side.Space &&
      !(top && top.family === k.family) &&
      ch !== closerOf(ch, locale) &&
      laterCloser(k.family) &&
      /^\s\p{L}/u.test(text.slice(i + 1, i + 3))
    ) {
      open(i, false, false);
      problem({ kind: 'misplaced-space', at: i, char: ch, family: k.family });
      continue;
    }

    // 2. It opens a quotation.
    if (canOpen && (leftFlank || !rightFlank)) {
      open(i, false, isPartial(text, i, start, end));
      continue;
    }
    // A closing-only mark in opening position: ”Hello — turned the wrong way, unless a quotation
    // of its family is open (then it is a closer with a stray space).
    if (!canOpen && leftFlank && !rightFlank) {
      if (top && top.family === k.family) {
        close(i);
        continue;
      }
      const opener = locale.openerFor[ch];
      // ’Allo could be an elision we do not know: only a later closer makes it a quotation.
      if (opener && (k.family !== 'single' || laterCloser('single'))) {
        open(i, false, isPartial(text, i, start, end));
        problem({ kind: 'wrong-direction', at: i, char: ch, family: k.family, expected: opener });
        continue;
      }
    }

    // 3. A closer that does not fit the innermost open quotation.
    let found = -1;
    for (let d = stack.length - 1; d >= 0 && d >= stack.length - LOOK_DEEP; d--) {
      if (pairs(stack[d].char, ch, stack[d].family, k.family)) {
        found = d;
        break;
      }
    }
    if (found >= 0) {
      // The inner quotations never closed. A straight ' opener there was more likely an apostrophe
      // we could not tell apart (’ere, 'appen): dropped without a word.
      while (stack.length - 1 > found) {
        const inner = stack.pop()!;
        const qq = out.quotations[inner.quotation];
        qq.malformed = true;
        if (inner.char !== "'")
          problem({ kind: 'unclosed', at: inner.mark, char: inner.char, family: inner.family, partial: inner.partial });
        else drop(inner);
      }
      close(i);
      continue;
    }
    const certain = before === Side.After || before === Side.Mark || k.family !== 'single';
    if (top && certain && !laterCloser(top.family) && rightFlank) {
      // “Exports are recovering,’ — the wrong family closes the quotation.
      const q = close(i);
      problem({
        kind: 'mismatched',
        at: i,
        char: ch,
        family: k.family,
        partner: q.mark,
        expected: closerOf(q.char, locale),
      });
      continue;
    }
    if (k.family === 'single' && !certain) {
      mark(i, 'apostrophe');
      continue;
    }
    unopened(i);
  }

  // A straight ' left open at the paragraph's end was more likely an apostrophe, in a language
  // whose words can start with one ('til); elsewhere (Russian, Catalan…) it opened a quotation.
  if (hasInitialElision(locale.tag))
    while (stack.length && stack[stack.length - 1].char === "'" && !stack[stack.length - 1].continues)
      drop(stack.pop()!);
  out.open = stack;
  if (stack.length && TRUNCATED.test(text.slice(Math.max(start, end - 8), end))) out.truncated = true;
  if (dropped) {
    // The quotations still open keep pointing at their own entries after the dropped ones go.
    const gone = dropped;
    const kept = out.quotations.filter((q) => !gone.has(q));
    const at = new Map(kept.map((q, n) => [q, n]));
    for (const o of stack) o.quotation = at.get(out.quotations[o.quotation]) ?? -1;
    out.quotations = kept;
  }
  return out;
}
