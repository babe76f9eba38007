// Turns what pairing found into findings a copy editor reads: a message, where the partner marks
// are, and the fixes, each a minimal edit. A fix is `safe` (fix-all applies it) only when the
// result is certain; where the missing mark goes is a guess, so insertions are never safe.

import type { Document, Finding, Fix, Paragraph, QuoteFamily, Related } from '../types';
import { finding } from '../finding';
import { NESTING_ALTERNATE } from '../lexicon/quoteMarks';
import type { QuoteLocale } from './locale';
import { closerOf, pairs, type ParagraphQuotes, type Problem } from './pairing';
import { isSpaceCode } from './marks';
import { attributionAfter, narrates } from './speechNear';

const ATTRIBUTION_REACH = 1500;

const FAMILY_WORDS: Record<string, string> = {
  double: 'double',
  single: 'single',
  guillemet: 'guillemet',
  'single-guillemet': 'single guillemet',
  corner: 'corner-bracket',
  'white-corner': 'white corner-bracket',
};

function insert(title: string, offset: number, text: string, preferred = false): Fix {
  return { title, edits: [{ offset, length: 0, newText: text }], safe: false, preferred };
}

function replace(title: string, offset: number, text: string, safe: boolean): Fix {
  return { title, edits: [{ offset, length: 1, newText: text }], safe, preferred: true };
}

function otherMarks(pq: ParagraphQuotes, except: number, message: string): Related[] {
  const out: Related[] = [];
  // Bounded: a paragraph of a hundred thousand marks must not make every finding list them all.
  for (let n = 0; n < pq.marks.length && n < 64; n++) {
    const m = pq.marks[n];
    if (m.offset === except || (m.role !== 'open' && m.role !== 'close')) continue;
    out.push({
      offset: m.offset,
      length: 1,
      message: `${message}: ${m.char} (${m.role === 'open' ? 'opening' : 'closing'})`,
    });
    if (out.length >= 8) break;
  }
  return out;
}

/** Where the closing mark most likely belongs: before the attribution, else at the paragraph's end. */
function closerPlaces(doc: Document, p: Paragraph, from: number): Array<{ offset: number; where: string }> {
  const places: Array<{ offset: number; where: string }> = [];
  // The attribution follows the quoted words closely; reading further would make a paragraph of
  // many unclosed marks quadratic. The closer goes right after the punctuation before it.
  const slice = doc.prose.slice(from + 1, Math.min(p.end, from + 1 + ATTRIBUTION_REACH));
  const at = attributionAfter(slice);
  const first = at < 0 ? -1 : from + 1 + at + 1;
  if (first > 0) places.push({ offset: first, where: 'before the attribution' });
  let end = p.end;
  while (end > from + 1 && isSpaceCode(doc.text.charCodeAt(end - 1))) end--;
  if (end !== first) places.push({ offset: end, where: 'at the end of the paragraph' });
  return places;
}

/**
 * Whether a closer inserted at `at` would close the quotation opened at `opener`: only when every
 * quotation of its family opened after it has closed by then. Otherwise the new mark closes the inner one and
 * the finding would still stand after the fix.
 */
function closesHere(pq: ParagraphQuotes, opener: number, family: QuoteFamily, at: number): boolean {
  let depth = 0;
  for (const m of pq.marks) {
    if (m.offset <= opener || m.family !== family) continue;
    if (m.offset >= at) break;
    if (m.role === 'open') depth++;
    else if (m.role === 'close' && depth > 0) depth--;
  }
  return depth === 0;
}

// The speaker's own voice: words a reporter never writes in a narrative sentence of a news story.
const FIRST_PERSON =
  /(?:^|[^\p{L}\p{N}'’])(I|I['’](?:m|ve|d|ll)|me|my|mine|myself|we|we['’](?:re|ve|ll|d)|us|our|ours|ourselves)(?![\p{L}\p{N}])/giu;

/** Whether [start, end) speaks in the first person (`i` in lower case is no pronoun). */
function firstPerson(text: string, start: number, end: number): boolean {
  const slice = text.slice(start, end);
  FIRST_PERSON.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIRST_PERSON.exec(slice))) if (m[1] !== 'i' && m[1] !== 'US') return true;
  return false;
}

/** A few words of the text from `at` on (or, with `back`, up to `at`), for a fix's title. */
function wordsAt(text: string, at: number, back = false): string {
  if (back) {
    const head = text
      .slice(Math.max(0, at - 60), at)
      .split('\n')
      .pop()!;
    const words = head.trimEnd().split(/\s+/).slice(-4).join(' ');
    return `…${words}`;
  }
  const tail = text.slice(at, at + 60).split('\n')[0];
  const words = tail.trimStart().split(/\s+/);
  return words.slice(0, 4).join(' ') + (words.length > 4 ? '…' : '');
}

/**
 * Where the opening mark most likely belongs, best first. From where the quoted words can start
 * (the paragraph's start, or the end of the previous quotation in the same marks), a copy editor
 * opens the quotation there when the speaker's voice (I, we, our) runs on from it; when a sentence
 * of narration (a speech verb) comes first, at the first sentence in the speaker's voice after it.
 * The other places stay as alternatives: that start itself, and the closer's own sentence.
 */
function openerPlaces(doc: Document, x: Problem, p: Paragraph, at: number): Array<{ offset: number; where: string }> {
  const from = x.from ?? p.start;
  const starts: number[] = [from];
  for (let s = p.sentences[0]; s < p.sentences[1]; s++) {
    const st = doc.sentences[s].start;
    if (st > from && st < at) starts.push(st);
  }
  const end = (n: number) => (n + 1 < starts.length ? starts[n + 1] : at);
  const where = (o: number) =>
    o === p.start
      ? 'at the start of the paragraph'
      : o === from
        ? 'after the previous quotation'
        : 'at the start of the sentence';
  const order: number[] = [];
  const voiced = starts.findIndex((st, n) => firstPerson(doc.prose, st, end(n)));
  if (voiced > 0 && narrates(doc.prose.slice(from, starts[voiced]))) order.push(starts[voiced]);
  if (!order.includes(from)) order.push(from);
  const last = starts[starts.length - 1];
  if (!order.includes(last)) order.push(last);
  return order.map((offset) => ({ offset, where: where(offset) }));
}

export function findingOf(doc: Document, pq: ParagraphQuotes, x: Problem, locale: QuoteLocale): Finding {
  const p = doc.paragraphs[x.paragraph];
  const fam = FAMILY_WORDS[x.family];
  switch (x.kind) {
    case 'unopened': {
      const opener = locale.openerFor[x.char] ?? x.char;
      const places = openerPlaces(doc, x, p, x.at);
      return finding(
        'quotes/unopened',
        `Closing quotation mark ${x.char} with no opening mark in this paragraph`,
        x.at,
        1,
        {
          related: otherMarks(pq, x.at, 'Other quotation mark in this paragraph'),
          fixes: [
            ...places.map((pl, n) =>
              insert(
                `Insert ${opener} ${pl.where}: before ‘${wordsAt(doc.text, pl.offset)}’`,
                pl.offset,
                opener,
                n === 0,
              ),
            ),
            { title: `Remove the stray ${x.char}`, edits: [{ offset: x.at, length: 1, newText: '' }], safe: false },
          ],
        },
      );
    }
    case 'unclosed': {
      const closer = closerOf(x.char, locale);
      // A quotation opened with a mark facing the wrong way (」 for 「) is closed by nothing that can
      // be inserted: turning the mark round (its own finding) comes first.
      const places = pairs(x.char, closer, x.family, x.family)
        ? closerPlaces(doc, p, x.at).filter((pl) => closesHere(pq, x.at, x.family, pl.offset))
        : [];
      const message = x.partial
        ? `Partial quotation opened with ${x.char} is never closed: a quoted phrase must close in its paragraph`
        : `Opening quotation mark ${x.char} is never closed in this paragraph, and the next paragraph does not continue the quotation`;
      return finding('quotes/unclosed', message, x.at, 1, {
        related: otherMarks(pq, x.at, 'Other quotation mark in this paragraph'),
        fixes: [
          ...places.map((pl, n) =>
            insert(
              `Insert ${closer} ${pl.where}: after ‘${wordsAt(doc.text, pl.offset, true)}’`,
              pl.offset,
              closer,
              n === 0,
            ),
          ),
          { title: `Remove the stray ${x.char}`, edits: [{ offset: x.at, length: 1, newText: '' }], safe: false },
        ],
      });
    }
    case 'mismatched':
      return finding(
        'quotes/mismatched',
        `Closing mark ${x.char} does not match the opening ${doc.text[x.partner!]} of this quotation: close it with ${x.expected}`,
        x.at,
        1,
        {
          related:
            x.partner !== undefined
              ? [{ offset: x.partner, length: 1, message: `The quotation opens here with ${doc.text[x.partner]}` }]
              : [],
          fixes: [replace(`Change ${x.char} to ${x.expected}`, x.at, x.expected!, true)],
        },
      );
    case 'wrong-direction':
      return finding(
        'quotes/mismatched',
        x.partner !== undefined
          ? `Quotation mark ${x.char} closes this quotation but faces the wrong way: use ${x.expected}`
          : `Quotation mark ${x.char} opens this quotation but faces the wrong way: use ${x.expected}`,
        x.at,
        1,
        {
          related:
            x.partner !== undefined ? [{ offset: x.partner, length: 1, message: 'The quotation opens here' }] : [],
          fixes: [replace(`Turn ${x.char} into ${x.expected}`, x.at, x.expected!, true)],
        },
      );
    case 'locale-closer':
      return finding(
        'quotes/mismatched',
        `In ${languageName(locale.tag)}, a quotation opened with ${doc.text[x.partner!]} closes with ${x.expected}, not ${x.char}`,
        x.at,
        1,
        {
          related: [
            { offset: x.partner!, length: 1, message: `The quotation opens here with ${doc.text[x.partner!]}` },
          ],
          fixes: [replace(`Change ${x.char} to ${x.expected}`, x.at, x.expected!, true)],
        },
      );
    case 'nesting': {
      const a = Math.min(x.at, x.partner!);
      const b = Math.max(x.at, x.partner!);
      const alt = (o: number) => NESTING_ALTERNATE[doc.text[o]] ?? doc.text[o];
      const straight = doc.text[a] === '"' || doc.text[a] === "'";
      return finding(
        'quotes/nesting',
        `A quotation inside a quotation uses the same ${fam} marks: alternate them (${alt(a)}…${alt(b)})`,
        x.at,
        1,
        {
          related: [
            {
              offset: x.partner!,
              length: 1,
              message: x.partner! > x.at ? 'The inner quotation closes here' : 'The inner quotation opens here',
            },
          ],
          fixes: [
            {
              title: `Use ${alt(a)}…${alt(b)} for the inner quotation`,
              // The quotations inside the inner pair change with it, so the levels keep alternating
              // (“A “B ‘C’ D” E” → “A ‘B “C” D’ E”): changing the pair alone would nest ‘C’ in ‘B…’.
              edits: pq.marks
                .filter(
                  (m) =>
                    m.offset >= a &&
                    m.offset <= b &&
                    (m.offset === a || m.offset === b || m.role === 'open' || m.role === 'close'),
                )
                .map((m) => ({
                  offset: m.offset,
                  length: m.width ?? 1,
                  newText:
                    m.width === 2 ? (doc.text[m.offset] === "'" ? "'" : m.role === 'open' ? '‘' : '’') : alt(m.offset),
                })),
              // Straight marks face no way: which pair is the inner one is a reading, not a fact.
              safe: !straight,
              preferred: true,
            },
          ],
        },
      );
    }
    case 'closer-as-opener':
      return finding(
        'quotes/closer-as-opener',
        `Closing mark typed as an opening one: ${x.char} ends the quotation here, use ${x.expected}`,
        x.at,
        1,
        {
          related:
            x.partner !== undefined
              ? [{ offset: x.partner, length: 1, message: `The quotation opens here with ${doc.text[x.partner]}` }]
              : [],
          fixes: [replace(`Change ${x.char} to ${x.expected}`, x.at, x.expected!, true)],
        },
      );
    case 'misplaced-space': {
      // The space goes before the mark, not after it: `Ramirez.“ The` → `Ramirez. “The`.
      let e = x.at + 1;
      while (e < doc.text.length && isSpaceCode(doc.text.charCodeAt(e)) && doc.text[e] !== '\n') e++;
      const space = doc.text.slice(x.at + 1, e);
      const word = /^\S+/.exec(doc.text.slice(e, e + 40))?.[0] ?? '';
      return finding(
        'quotes/misplaced-space',
        `Opening mark ${x.char} stands on the wrong side of its space: it opens the words after it`,
        x.at,
        1,
        {
          fixes: [
            {
              title: `Move ${x.char} to its words: ‘${space}${x.char}${word}’`,
              edits: [{ offset: x.at, length: e - x.at, newText: space + x.char }],
              safe: true,
              preferred: true,
            },
          ],
        },
      );
    }
    case 'two-apostrophes': {
      // Straight apostrophes become the double mark the paragraph's other quotations use.
      let to = x.expected!;
      if (to === '"' && pq.marks.some((m) => m.family === 'double' && !m.straight && m.role !== 'prime')) {
        to =
          pq.marks.find((m) => m.offset === x.at)?.role === 'open'
            ? (locale.openerFor['”'] ?? '“')
            : closerOf(locale.openerFor['”'] ?? '“', locale);
      }
      return finding(
        'quotes/two-apostrophes',
        `Two apostrophes ${x.char}${x.char} typed for a double quotation mark: use ${to}`,
        x.at,
        2,
        {
          fixes: [
            {
              title: `Change ${x.char}${x.char} to ${to}`,
              edits: [{ offset: x.at, length: 2, newText: to }],
              safe: true,
              preferred: true,
            },
          ],
        },
      );
    }
    case 'doubled':
      return finding(
        'quotes/doubled-mark',
        `Quotation mark ${x.char} typed twice where the quotation opens: remove the second`,
        x.at,
        1,
        {
          related:
            x.partner !== undefined ? [{ offset: x.partner, length: 1, message: 'The quotation opens here' }] : [],
          fixes: [
            {
              title: `Remove the second mark: ‘${doc.text[x.partner!]}${wordsAt(doc.text, x.at + 1)}’`,
              edits: [{ offset: x.at, length: 1, newText: '' }],
              safe: true,
              preferred: true,
            },
          ],
        },
      );
    case 'apostrophe':
      return finding('quotes/apostrophe', `Apostrophe typed as an opening quotation mark ${x.char}: use ’`, x.at, 1, {
        fixes: [replace(`Change ${x.char} to ’`, x.at, '’', true)],
      });
  }
}

const LANGUAGE_NAMES: Record<string, string> = {
  de: 'German',
  fr: 'French',
  ru: 'Russian',
  uk: 'Ukrainian',
  pl: 'Polish',
  cs: 'Czech',
  sk: 'Slovak',
  da: 'Danish',
  sv: 'Swedish',
  fi: 'Finnish',
  nl: 'Dutch',
  hu: 'Hungarian',
  ro: 'Romanian',
  ja: 'Japanese',
  zh: 'Chinese',
  en: 'English',
  no: 'Norwegian',
  nb: 'Norwegian',
  it: 'Italian',
  es: 'Spanish',
  pt: 'Portuguese',
};

function languageName(tag: string): string {
  return LANGUAGE_NAMES[tag] ?? `the document's language (${tag})`;
}
