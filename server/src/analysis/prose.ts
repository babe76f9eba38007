// Which characters of a draft are prose. Everything else (Markdown code, HTML, front matter,
// URLs, e-mail addresses) is blanked to spaces so that no check ever reads a quotation mark in
// `code` or a "name" in a URL, while every offset still points into the original text.

import type { Format } from './types';

/**
 * Where non-prose was found: flat [start, end) pairs, in any order, possibly overlapping. The text
 * is only rebuilt when there is something to blank, from slices of it, so a long draft is never
 * copied character by character.
 */
type Ranges = number[];

/** `text` with every range blanked to spaces; line breaks stay, so paragraph structure is read from the same lines the user sees. */
function applyRanges(text: string, ranges: Ranges): string {
  if (!ranges.length) return text;
  const order: number[] = [];
  for (let r = 0; r < ranges.length; r += 2) order.push(r);
  order.sort((a, b) => ranges[a] - ranges[b]);
  const parts: string[] = [];
  let pos = 0;
  let s = -1;
  let e = -1;
  const emit = () => {
    if (s < 0) return;
    parts.push(text.slice(pos, s));
    const cut = text.slice(s, e);
    parts.push(cut.includes('\n') || cut.includes('\r') ? cut.replace(/[^\r\n]/g, ' ') : ' '.repeat(e - s));
    pos = e;
  };
  for (const r of order) {
    const rs = ranges[r];
    const re = ranges[r + 1];
    if (re <= rs) continue;
    if (s >= 0 && rs <= e) {
      if (re > e) e = re;
      continue;
    }
    emit();
    s = rs;
    e = re;
  }
  emit();
  parts.push(text.slice(pos));
  return parts.join('');
}

// Linear-time patterns: each is anchored on a literal and bounded by a negated class, so the
// regex engine never backtracks over more than one match.
const URL_RE = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"“”‘’«»]*[^\s<>"“”‘’«».,;:!?)\]]/gi;
/** Every URL_RE match holds `://` or this; a text with neither skips the pattern. */
const URL_HINT = /www\./i;
// Bounded runs: an unbounded `[...]+@` or `(`+)` retries from every character of a long run that
// never reaches its `@` or closing ticks, which is quadratic (a 1 MB word took minutes).
// An address is what /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g matches (EMAIL_RE
// below), read from each `@` by blankEmails.
const HTML_COMMENT_RE = /<!--[\s\S]*?(?:-->|$)/g;
const HTML_TAG_RE = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;
const INLINE_CODE_RE = /(`{1,16})[^`\n]+?\1/g;
// A target stops at `]` too, so no two attempts scan the same characters (`](` repeated was quadratic).
const LINK_TARGET_RE = /\]\([^)\s\]]*(?:\s+"[^"\n]*")?\)/g;
// Code-like HTML elements hold code, not prose: their content goes too (bounded, so an element
// never closed costs at most its reach).
const HTML_CODE_RE = /<(code|pre|kbd|samp|tt|script|style)\b[^<>]*>[\s\S]{0,4000}?<\/\1\s*>/gi;
const REFERENCE_DEF_RE = /^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm;

/** Records every match of `re` for blanking; returns how many there were. */
function blankMatches(text: string, ranges: Ranges, re: RegExp): number {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    ranges.push(m.index, m.index + m[0].length);
    n++;
  }
  return n;
}

/**
 * A link's destination, between `](` and `)`: the brackets stay, so `"[the report](url)".` still
 * reads as a closing mark after a word, not as one after a space.
 */
function blankLinkTargets(text: string, ranges: Ranges): void {
  LINK_TARGET_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINK_TARGET_RE.exec(text))) ranges.push(m.index + 2, m.index + m[0].length - 1);
}

const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s/;

/**
 * Front matter, fenced code blocks (indented too, as inside list items) and indented code blocks
 * (four spaces or a tab after a blank line, outside a list), found line by line.
 */
function blankMarkdownBlocks(text: string, ranges: Ranges): void {
  let pos = 0;
  let lineNo = 0;
  let fence: string | null = null;
  let fenceStart = 0;
  let frontMatter = false;
  let afterBlank = true;
  let inCode = false;
  let inList = false;
  while (pos <= text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const line = text.slice(pos, eol);
    if (lineNo === 0 && /^(---|\+\+\+)\s*$/.test(line)) {
      frontMatter = true;
      fenceStart = pos;
    } else if (frontMatter) {
      if (/^(---|\.\.\.|\+\+\+)\s*$/.test(line)) {
        ranges.push(fenceStart, eol);
        frontMatter = false;
      }
    } else if (fence !== null) {
      if (line.trimStart().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') {
        ranges.push(fenceStart, eol);
        fence = null;
      }
    } else {
      const m = /^[ \t]*(`{3,}|~{3,})/.exec(line);
      const blank = line.trim() === '';
      if (m) {
        fence = m[1];
        fenceStart = pos;
      } else if (!blank && /^(?: {4}|\t)/.test(line) && (inCode || (afterBlank && !inList))) {
        ranges.push(pos, eol);
        inCode = true;
      } else if (!blank) {
        inCode = false;
        if (LIST_ITEM.test(line)) inList = true;
        else if (!/^\s/.test(line)) inList = false;
      }
      afterBlank = blank;
    }
    if (eol >= text.length) break;
    pos = eol + 1;
    lineNo++;
  }
  // An unterminated fence or front matter runs to the end, as Markdown renders it.
  if (fence !== null || frontMatter) ranges.push(fenceStart, text.length);
}

const SILENCING_RE = /<!--\s*copydesk-[\s\S]*?(?:-->|$)/g;

/** The domain after an address's `@`, as EMAIL_RE reads it. */
const EMAIL_DOMAIN_RE = /[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/y;

function isEmailLocalCode(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x2e ||
    c === 0x5f ||
    c === 0x25 ||
    c === 0x2b ||
    c === 0x2d
  );
}

/**
 * Exactly the matches of EMAIL_RE, found from each `@` instead of trying the pattern at every
 * character (which reads up to 64 characters from each: a third of the document model's time).
 * The local part holds no `@`, so each match holds one, and its leftmost start is the farthest
 * point back, within 64 characters and past the previous match, that the local part reaches.
 */
function blankEmails(text: string, ranges: Ranges): number {
  let n = 0;
  let from = 0;
  let at = text.indexOf('@');
  while (at >= 0) {
    const min = Math.max(from, at - 64);
    let s = at;
    while (s > min && isEmailLocalCode(text.charCodeAt(s - 1))) s--;
    if (s < at) {
      EMAIL_DOMAIN_RE.lastIndex = at + 1;
      if (EMAIL_DOMAIN_RE.test(text)) {
        from = EMAIL_DOMAIN_RE.lastIndex;
        ranges.push(s, from);
        n++;
        at = text.indexOf('@', from);
        continue;
      }
    }
    at = text.indexOf('@', at + 1);
  }
  return n;
}

/** Exactly the characters /\s/ matches (ECMAScript WhiteSpace and LineTerminator), without a regex per character. */
export function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The prose view of `text`, an edit of `before` (whose prose view is `beforeProse`): the two
 * agree on their first `head` and last `tail` characters. In plain text without comments, what is
 * blanked is URLs and addresses, and neither holds a space: a stretch between two spaces is read
 * the same wherever it stands, so only the words the edit touched are read again and the rest of
 * the prose is taken from before. A comment can reach across anything, and Markdown's code blocks
 * span lines: then the whole text is read.
 */
export function proseOfEdit(
  text: string,
  format: Format,
  before: string,
  beforeProse: string,
  head: number,
  tail: number,
): string {
  if (format !== 'plaintext' || text.includes('<!--') || before.includes('<!--')) return proseOf(text, format);
  let from = head;
  while (from > 0 && !isSpaceCode(text.charCodeAt(from - 1))) from--;
  let to = text.length - tail;
  while (to < text.length && !isSpaceCode(text.charCodeAt(to))) to++;
  const words = text.slice(from, to);
  const read = proseOf(words, format);
  // Nothing blanked before nor in the words read again: the prose is the text, copied nowhere.
  if (beforeProse === before && read === words) return text;
  return beforeProse.slice(0, from) + read + beforeProse.slice(to - text.length + before.length);
}

/** The prose view of `text`: same length, non-prose blanked to spaces. */
export function proseOf(text: string, format: Format): string {
  const ranges: Ranges = [];
  if (format === 'markdown') {
    blankMarkdownBlocks(text, ranges);
    const partial = applyRanges(text, ranges);
    blankMatches(partial, ranges, INLINE_CODE_RE);
    blankMatches(partial, ranges, HTML_COMMENT_RE);
    blankMatches(partial, ranges, HTML_TAG_RE);
    blankLinkTargets(partial, ranges);
    blankMatches(partial, ranges, HTML_CODE_RE);
    blankMatches(partial, ranges, REFERENCE_DEF_RE);
  } else if (text.includes('<!--')) {
    // Silencing comments work in every format.
    blankMatches(text, ranges, SILENCING_RE);
  }
  // Most drafts have no URL, address or comment at all: then the prose is the text itself, and
  // neither the patterns nor a copy of a long draft are paid for.
  const current = applyRanges(text, ranges);
  if (current.includes('://') || URL_HINT.test(current)) blankMatches(current, ranges, URL_RE);
  if (current.includes('@')) blankEmails(current, ranges);
  return applyRanges(text, ranges);
}
