// The document model: paragraphs and sentences of a draft, with offsets into the original text.
// Quotation marks balance per paragraph, so what a paragraph is decides most of what Copydesk
// reports: blank lines always end one; in plain text a single line break does too, unless the
// file is hard-wrapped (most lines broken near one width), as e-mailed drafts often are.

import { proseOf } from './prose';
import type { Document, Format, Paragraph, ParagraphKind, Sentence, Span } from './types';

interface Line {
  start: number;
  end: number; // excluding the line break
  blank: boolean;
}

function linesOf(prose: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  for (;;) {
    let eol = prose.indexOf('\n', pos);
    const last = eol < 0;
    if (last) eol = prose.length;
    let end = eol;
    if (end > pos && prose.charCodeAt(end - 1) === 0x0d) end--;
    lines.push({ start: pos, end, blank: isBlank(prose, pos, end) });
    if (last) break;
    pos = eol + 1;
  }
  return lines;
}

function isBlank(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0 && c !== 0x3000 && c !== 0x0c && c !== 0x0b) return false;
  }
  return true;
}

/**
 * Hard-wrapped text has most non-final lines of its blocks ending near one width. Drafts with one
 * paragraph per line (the usual word-processor export) have widely varying line lengths.
 */
export function isHardWrapped(lines: Line[]): boolean {
  const inner: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i].blank && !lines[i + 1].blank) inner.push(lines[i].end - lines[i].start);
  }
  if (inner.length < 3) return false;
  const sorted = [...inner].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)];
  if (width < 30 || width > 120) return false;
  const near = inner.filter((n) => n >= width * 0.6 && n <= width + 2).length;
  return near / inner.length >= 0.75;
}

const MARKDOWN_BLOCK_START = /^ {0,3}(?:#{1,6}\s|[-*+]\s|\d{1,9}[.)]\s|>|\||(?:-{3,}|\*{3,}|_{3,})\s*$)/;

/** Exactly the characters /\s/ matches (ECMAScript WhiteSpace and LineTerminator), without a regex per character. */
function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

function trimStart(prose: string, start: number, end: number): number {
  while (start < end && isSpaceCode(prose.charCodeAt(start))) start++;
  return start;
}

function trimEnd(prose: string, start: number, end: number): number {
  while (end > start && isSpaceCode(prose.charCodeAt(end - 1))) end--;
  return end;
}

const END_MARK = /^(?:#{3}|-30-|-ends-|ends|-end-|end)$/i;
const RELEASE_LINE = /^(?:for immediate release|embargoed\b|media contacts?:?|contact:|press contact|about\s+\S)/i;
const DATELINE = /^[A-Z][A-Z .'-]{2,40},\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:—|–|--|-)\s*$/;

function kindOf(text: string, format: Format, index: number, lineCount: number): ParagraphKind {
  const t = text.trim();
  if (END_MARK.test(t) || RELEASE_LINE.test(t)) return 'boilerplate';
  if (DATELINE.test(t)) return 'dateline';
  if (format === 'markdown' && /^#{1,6}\s/.test(t)) return 'heading';
  // A headline: a single short line that does not end like a sentence.
  if (lineCount === 1 && index < 3 && t.length <= 140 && !/[.!?:;,"”’»)]$/.test(t) && /^\S+(?:\s+\S+){1,24}$/.test(t)) {
    return 'heading';
  }
  return 'prose';
}

// ICU's sentence segmenter takes time quadratic in the string length, so it only ever sees one
// paragraph, and an overlong paragraph is cut into windows first.
const WINDOW = 4000;
let segmenter: Intl.Segmenter | undefined;

// Words after which a full stop does not end a sentence: honorifics, initials, common
// abbreviations of newswriting. ICU alone splits "Mr. Smith said".
const ABBREVIATION = /(?:^|[\s(“"‘'«])(?:Mr|Mrs|Ms|Mssrs|Messrs|Dr|Prof|Sr|Jr|St|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Adm|Cmdr|Rep|Sen|Gov|Rev|Hon|Pres|Supt|Det|Insp|Atty|Esq|No|Nos|Vol|Fig|approx|vs|etc|Inc|Ltd|Co|Corp|Bros|Dept|Univ|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Ave|Blvd|Rd|Mt|Ft|[A-Z]|[A-Z]\.[A-Z]|U\.S|U\.K|U\.N|E\.U)\.$/;

/**
 * One of ICU's segments, [s, e) of a stretch of paragraph `paragraph` ending at `stop`, as a
 * sentence: trimmed, and held back (its start returned) when it ends on an abbreviation's full
 * stop, so the next segment continues it. Returns the start still held back, or -1.
 */
function takeSegment(prose: string, s: number, e: number, stop: number, pendingStart: number, out: Sentence[], paragraph: number): number {
  s = trimStart(prose, s, e);
  e = trimEnd(prose, s, e);
  if (e <= s) return pendingStart;
  if (pendingStart >= 0) s = pendingStart;
  // Every abbreviation ends in a full stop: only then is the pattern worth a slice.
  if (prose.charCodeAt(e - 1) === 0x2e && e < stop - 1 && ABBREVIATION.test(prose.slice(Math.max(s, e - 12), e))) return s;
  out.push({ start: s, end: e, paragraph });
  return -1;
}

/** A sentence held back at the end of its stretch ends there. */
function endStretch(prose: string, pendingStart: number, stop: number, out: Sentence[], paragraph: number): void {
  if (pendingStart < 0) return;
  const s = trimStart(prose, pendingStart, stop);
  const e = trimEnd(prose, s, stop);
  if (e > s) out.push({ start: s, end: e, paragraph });
}

/** Line breaks inside a paragraph are soft (hard-wrapped text); ICU would end sentences there. */
function softened(chunk: string): string {
  return chunk.includes('\n') || chunk.includes('\r') ? chunk.replace(/[\r\n]/g, ' ') : chunk;
}

function segmentParagraph(prose: string, start: number, end: number, out: Sentence[], paragraph: number): void {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  let pos = start;
  while (pos < end) {
    let stop = Math.min(end, pos + WINDOW);
    if (stop < end) {
      const space = prose.lastIndexOf(' ', stop);
      if (space > pos + WINDOW / 2) stop = space + 1;
    }
    let pendingStart = -1;
    for (const seg of segmenter.segment(softened(prose.slice(pos, stop)))) {
      const s = pos + seg.index;
      pendingStart = takeSegment(prose, s, s + seg.segment.length, stop, pendingStart, out, paragraph);
    }
    endStretch(prose, pendingStart, stop, out, paragraph);
    pos = stop;
  }
}

// Each call to the segmenter costs about as much as segmenting a short paragraph, so paragraphs
// of one window or less are segmented together, about this many characters at a time, each
// followed by U+2029 PARAGRAPH SEPARATOR. A sentence always ends after that separator (UAX #29,
// SB4) and no rule looks across it, so every paragraph gets the segments it gets alone.
const GROUP = 2000;
const PARAGRAPH_SEPARATOR = '\u2029';

/** Segments the paragraphs of `batch` (each at most WINDOW long) in one call, filling in their sentences. */
function segmentBatch(prose: string, batch: Paragraph[], out: Sentence[]): void {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const parts: string[] = [];
  const at: number[] = [];
  let length = 0;
  for (const p of batch) {
    at.push(length);
    parts.push(softened(prose.slice(p.start, p.end)), PARAGRAPH_SEPARATOR);
    length += p.end - p.start + 1;
  }
  let k = 0;
  let p = batch[0];
  let first = out.length;
  let pendingStart = -1;
  const next = () => {
    endStretch(prose, pendingStart, p.end, out, p.index);
    p.sentences = [first, out.length];
    pendingStart = -1;
    first = out.length;
    p = batch[++k];
  };
  for (const seg of segmenter.segment(parts.join(''))) {
    while (k + 1 < batch.length && seg.index >= at[k + 1]) next();
    const s = p.start + (seg.index - at[k]);
    // The separator ends the paragraph's last segment: it is not part of the paragraph.
    pendingStart = takeSegment(prose, s, Math.min(s + seg.segment.length, p.end), p.end, pendingStart, out, p.index);
  }
  while (k < batch.length) next();
}

/**
 * The sentences of every paragraph of `doc`, keyed by the paragraph's prose, offsets relative to
 * its start. Segmenting a paragraph reads nothing outside it, so a paragraph whose prose is
 * unchanged since the previous version of the draft has the same sentences, shifted.
 */
function sentencesByParagraph(doc: Document): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const p of doc.paragraphs) {
    const rel: number[] = [];
    for (let i = p.sentences[0]; i < p.sentences[1]; i++) rel.push(doc.sentences[i].start - p.start, doc.sentences[i].end - p.start);
    out.set(doc.prose.slice(p.start, p.end), rel);
  }
  return out;
}

/** `previous`, an earlier version of the same draft, lends the sentences of unchanged paragraphs. */
export function buildDocument(text: string, format: Format = 'plaintext', previous?: Document): Document {
  const prose = proseOf(text, format);
  const lines = linesOf(prose);
  const hardWrapped = format === 'plaintext' && isHardWrapped(lines);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const known = previous?.paragraphs.length ? sentencesByParagraph(previous) : undefined;

  let blockStart = -1;
  let blockEnd = -1;
  let blockLines = 0;
  const flush = () => {
    if (blockStart < 0) return;
    const s = trimStart(prose, blockStart, blockEnd);
    const e = trimEnd(prose, s, blockEnd);
    if (e > s) {
      const index = paragraphs.length;
      paragraphs.push({ start: s, end: e, index, kind: kindOf(text.slice(s, e), format, index, blockLines), sentences: [0, 0] });
    }
    blockStart = -1;
    blockLines = 0;
  };

  for (const line of lines) {
    if (line.blank) {
      flush();
      continue;
    }
    const joins =
      blockStart >= 0 &&
      (format === 'markdown' ? !MARKDOWN_BLOCK_START.test(prose.slice(line.start, line.end)) : hardWrapped);
    if (!joins) flush();
    if (blockStart < 0) blockStart = line.start;
    blockEnd = line.end;
    blockLines++;
  }
  flush();

  // Sentences, in paragraph order: lent by `previous`, or segmented, short paragraphs in batches.
  let batch: Paragraph[] = [];
  let batched = 0;
  const segmentPending = () => {
    if (batch.length) segmentBatch(prose, batch, sentences);
    batch = [];
    batched = 0;
  };
  for (const p of paragraphs) {
    const rel = known?.get(prose.slice(p.start, p.end));
    if (!rel && p.end - p.start <= WINDOW) {
      batch.push(p);
      batched += p.end - p.start + 1;
      if (batched >= GROUP) segmentPending();
      continue;
    }
    segmentPending();
    const first = sentences.length;
    if (rel) for (let i = 0; i < rel.length; i += 2) sentences.push({ start: p.start + rel[i], end: p.start + rel[i + 1], paragraph: p.index });
    else segmentParagraph(prose, p.start, p.end, sentences, p.index);
    p.sentences = [first, sentences.length];
  }
  segmentPending();
  return { text, prose, format, paragraphs, sentences, hardWrapped };
}

/** The span of sorted, non-overlapping `spans` holding `offset`, by binary search; -1 if none. */
function spanAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The paragraph holding `offset`; -1 between paragraphs. */
export function paragraphAt(doc: Document, offset: number): number {
  return spanAt(doc.paragraphs, offset);
}

/** The sentence holding `offset`; -1 outside every sentence. */
export function sentenceAt(doc: Document, offset: number): number {
  return spanAt(doc.sentences, offset);
}
