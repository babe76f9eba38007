// Whether a single line break in plain text ends a paragraph: decided per place, from the two
// lines beside it and the widths of the lines around them, never once for the whole file. Drafts
// arrive as one paragraph per line (word processors), hard-wrapped near a fixed width (PDF
// exports, e-mail) or broken at every link and italic (web pages), and one paste can hold all three
// (a contact block of short lines above hard-wrapped body copy). A line break inside a sentence is
// not a paragraph break: splitting one there splits a quotation in two.

export interface Line {
  start: number;
  end: number; // excluding the line break
  blank: boolean;
}

/** Lines wider than this are paragraphs of their own, not lines of a hard-wrapped block. */
const MAX_WRAP_WIDTH = 130;
const MIN_WRAP_WIDTH = 30;
/** How many characters of a line's end the patterns read. */
const TAIL = 40;
/** How many lines either side tell the width of a hard-wrapped block. */
const WINDOW = 6;

// A line that ends a sentence: terminal punctuation, then closing marks or brackets.
const TERMINAL_END = /[.!?…:;]["'”’»)\]]*\s*$/;
// Words a sentence does not end on: articles, prepositions, conjunctions, and the speech verb
// before its speaker (…said⏎District Attorney Jane Roe).
const OPEN_END =
  /(?:^|[\s(])(?:a|an|the|of|to|and|or|but|nor|for|with|by|in|on|at|from|as|into|than|that|which|who|whose|whom|said|says|stated|added|told|according|including|between|about|under|over|after|before|via|per|his|her|their|its|our|your|my)\s*$/i;
// A line that continues the sentence before it: lower case, or the punctuation that follows words.
const CONTINUES = /^\s*(?:\p{Ll}|[,.;:)\]%”’»]|[-–—]\s*\p{Ll})/u;
// A line that cannot end a paragraph: a word cut at its hyphen, or an opening mark waiting for its
// words (…Lang said, “⏎Correction officers…).
const HANGING = /(?:\p{L}-|(?:^|\s)[“‘„‚«‹"'])\s*$/u;
// A line that starts a block of its own: a list item, a Markdown-like marker.
const BLOCK_START = /^\s*(?:[-*•▪◦‣]\s|\d{1,3}[.)]\s|#|>)/;

function trimmedLength(text: string, line: Line): number {
  let s = line.start;
  let e = line.end;
  while (s < e && (text.charCodeAt(s) === 0x20 || text.charCodeAt(s) === 0x09)) s++;
  while (e > s && (text.charCodeAt(e - 1) === 0x20 || text.charCodeAt(e - 1) === 0x09)) e--;
  return e - s;
}

/**
 * For each line, whether the break after it (to the next line, both non-blank) is soft: the two
 * lines belong to one paragraph. `joins[i]` is about the break between line i and line i + 1.
 */
export function softBreaks(text: string, lines: readonly Line[]): Uint8Array {
  const n = lines.length;
  const joins = new Uint8Array(n);
  const width = new Int32Array(n);
  for (let i = 0; i < n; i++) width[i] = lines[i].blank ? 0 : trimmedLength(text, lines[i]);
  // Open double quotation marks of the paragraph being built: a hard-wrapped line that fills the
  // width and ends a sentence inside a quotation goes on in the next line. Counted only when a
  // decision asks, from the last line counted on: most breaks are settled by the lines' ends alone.
  let open = 0;
  let counted = 0;
  const openAfter = (i: number) => {
    for (; counted <= i; counted++)
      if (!lines[counted].blank) open += quoteBalance(text, lines[counted].start, lines[counted].end);
    return open > 0;
  };
  for (let i = 0; i + 1 < n; i++) {
    const a = lines[i];
    const b = lines[i + 1];
    if (a.blank || b.blank) {
      open = 0;
      counted = i + 1;
      continue;
    }
    // Only a line's end says how it ends: the patterns read its last characters, never the whole line.
    const prev = text.slice(Math.max(a.start, a.end - TAIL), a.end);
    const next = text.slice(b.start, Math.min(b.end, b.start + 12));
    let join: boolean;
    if (BLOCK_START.test(next)) join = false;
    else if (CONTINUES.test(next) || HANGING.test(prev)) join = true;
    else {
      const terminal = TERMINAL_END.test(prev);
      const w = blockWidth(width, lines, i);
      const wrapped = w > 0 && width[i] >= 0.7 * w;
      // A line with no sentence's end goes on when it is a hard-wrapped line, ends on a word no
      // sentence ends on, or is inside a quotation still open (a web page's line break at a link).
      if (!terminal) join = wrapped || OPEN_END.test(prev) || openAfter(i) || linkText(text, lines, i + 1, width);
      else join = wrapped && width[i] >= 0.85 * w && openAfter(i);
    }
    joins[i] = join ? 1 : 0;
    if (!join) {
      open = 0;
      counted = i + 1;
    }
  }
  return joins;
}

/**
 * For each line, whether it goes on with the paragraph before a run of blank lines: a PDF's page
 * break, where the page's footer or a blank line cut a sentence (…easier to hide from the⏎⏎truth,
 * it is…). Only a line in lower case after a line with no sentence's end; a blank line ends a
 * paragraph everywhere else.
 */
export function pageBreakJoins(text: string, lines: readonly Line[]): Uint8Array {
  const joins = new Uint8Array(lines.length);
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.blank) continue;
    // Lower case first (one character, the rare case), then the line before.
    if (
      last >= 0 &&
      last < i - 1 &&
      i - last <= 4 &&
      LOWER_START.test(text.slice(line.start, Math.min(line.end, line.start + 2)))
    ) {
      const prev = text.slice(Math.max(lines[last].start, lines[last].end - TAIL), lines[last].end);
      if (!TERMINAL_END.test(prev) && !HANGING_NONE.test(prev)) joins[i] = 1;
    }
    last = i;
  }
  return joins;
}

const LOWER_START = /^\p{Ll}/u;
// A line that ends on nothing a sentence could go on from (a Markdown rule, a lone mark).
const HANGING_NONE = /^\s*(?:[-=*_#]{3,}|[#>*-])\s*$/;

/**
 * The width a hard-wrapped block around line i is broken at: the second widest of the non-blank
 * lines nearby (one long line is no evidence), when at least three of them come near it; 0 when
 * the lines there are paragraphs of their own or too few to tell.
 */
function blockWidth(width: Int32Array, lines: readonly Line[], i: number): number {
  let first = 0;
  let second = 0;
  const from = Math.max(0, i - WINDOW);
  const to = Math.min(lines.length - 1, i + WINDOW);
  for (let j = from; j <= to; j++) {
    const w = width[j];
    if (w > first) {
      second = first;
      first = w;
    } else if (w > second) second = w;
  }
  if (second < MIN_WRAP_WIDTH || second > MAX_WRAP_WIDTH) return 0;
  let near = 0;
  for (let j = from; j <= to; j++) if (width[j] >= 0.7 * second && width[j] <= second + 2) near++;
  return near >= 3 ? second : 0;
}

/**
 * Whether line j is a web page's link or italic cut out of its sentence: a few words with no
 * sentence's end, the sentence going on in the line after it (…by Acting Attorney General⏎Maria
 * Lopez⏎, who said…).
 */
function linkText(text: string, lines: readonly Line[], j: number, width: Int32Array): boolean {
  const after = lines[j + 1];
  if (!after || after.blank || width[j] > 60) return false;
  if (TERMINAL_END.test(text.slice(Math.max(lines[j].start, lines[j].end - TAIL), lines[j].end))) return false;
  return CONTINUES.test(text.slice(after.start, Math.min(after.end, after.start + 12)));
}

/**
 * Opening minus closing double marks in [start, end): curly ones by their face, a straight one by
 * its side (after a space or at the line's start it opens).
 */
function quoteBalance(text: string, start: number, end: number): number {
  let d = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0x201e) d++;
    else if (c === 0x201d) d--;
    else if (c === 0x22) d += i === start || text.charCodeAt(i - 1) === 0x20 ? 1 : -1;
  }
  return d;
}
