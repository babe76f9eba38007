// Which characters of a draft are prose. Everything else (Markdown code, HTML, front matter,
// URLs, e-mail addresses) is blanked to spaces so that no check ever reads a quotation mark in
// `code` or a "name" in a URL, while every offset still points into the original text.

import type { Format } from './types';

const SPACE = 0x20;

function blank(codes: Uint16Array, start: number, end: number): void {
  for (let i = start; i < end; i++) {
    const c = codes[i];
    // Line breaks stay, so paragraph structure is read from the same lines the user sees.
    if (c !== 0x0a && c !== 0x0d) codes[i] = SPACE;
  }
}

// Linear-time patterns: each is anchored on a literal and bounded by a negated class, so the
// regex engine never backtracks over more than one match.
const URL_RE = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"“”‘’«»]*[^\s<>"“”‘’«».,;:!?)\]]/gi;
/** Every URL_RE match holds `://` or this; a text with neither skips the pattern. */
const URL_HINT = /www\./i;
// Bounded runs: an unbounded `[...]+@` or `(`+)` retries from every character of a long run that
// never reaches its `@` or closing ticks, which is quadratic (a 1 MB word took minutes).
const EMAIL_RE = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const HTML_COMMENT_RE = /<!--[\s\S]*?(?:-->|$)/g;
const HTML_TAG_RE = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;
const INLINE_CODE_RE = /(`{1,16})[^`\n]+?\1/g;
// A target stops at `]` too, so no two attempts scan the same characters (`](` repeated was quadratic).
const LINK_TARGET_RE = /\]\([^)\s\]]*(?:\s+"[^"\n]*")?\)/g;
const REFERENCE_DEF_RE = /^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm;

/** Blanks every match of `re`; returns how many there were. */
function blankMatches(text: string, codes: Uint16Array, re: RegExp): number {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    blank(codes, m.index, m.index + m[0].length);
    n++;
  }
  return n;
}

/** Front matter and fenced code blocks, found line by line. */
function blankMarkdownBlocks(text: string, codes: Uint16Array): void {
  let pos = 0;
  let lineNo = 0;
  let fence: string | null = null;
  let fenceStart = 0;
  let frontMatter = false;
  while (pos <= text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const line = text.slice(pos, eol);
    if (lineNo === 0 && /^(---|\+\+\+)\s*$/.test(line)) {
      frontMatter = true;
      fenceStart = pos;
    } else if (frontMatter) {
      if (/^(---|\.\.\.|\+\+\+)\s*$/.test(line)) {
        blank(codes, fenceStart, eol);
        frontMatter = false;
      }
    } else if (fence !== null) {
      if (line.trimStart().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') {
        blank(codes, fenceStart, eol);
        fence = null;
      }
    } else {
      const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (m) {
        fence = m[1];
        fenceStart = pos;
      }
    }
    if (eol >= text.length) break;
    pos = eol + 1;
    lineNo++;
  }
  // An unterminated fence or front matter runs to the end, as Markdown renders it.
  if (fence !== null || frontMatter) blank(codes, fenceStart, text.length);
}

/** The prose view of `text`: same length, non-prose blanked to spaces. */
export function proseOf(text: string, format: Format): string {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  let blanked = 0;
  if (format === 'markdown') {
    blanked = 1;
    blankMarkdownBlocks(text, codes);
    const partial = decode(codes);
    blankMatches(partial, codes, INLINE_CODE_RE);
    blankMatches(partial, codes, HTML_COMMENT_RE);
    blankMatches(partial, codes, HTML_TAG_RE);
    blankMatches(partial, codes, LINK_TARGET_RE);
    blankMatches(partial, codes, REFERENCE_DEF_RE);
  } else if (text.includes('<!--')) {
    // Silencing comments work in every format.
    blanked += blankMatches(text, codes, /<!--\s*copydesk-[\s\S]*?(?:-->|$)/g);
  }
  // Most drafts have no URL, address or comment at all: then the prose is the text itself, and
  // neither the patterns nor the two copies of a long draft are paid for.
  const current = blanked ? decode(codes) : text;
  if (current.includes('://') || URL_HINT.test(current)) blanked += blankMatches(current, codes, URL_RE);
  if (current.includes('@')) blanked += blankMatches(current, codes, EMAIL_RE);
  return blanked ? decode(codes) : text;
}

function decode(codes: Uint16Array): string {
  // Chunked: String.fromCharCode with a huge spread overflows the stack.
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < codes.length; i += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return out;
}
