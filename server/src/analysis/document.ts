// The document model: paragraphs and sentences of a draft, with offsets into the original text.
// Quotation marks balance per paragraph, so what a paragraph is decides most of what Copydesk
// reports: blank lines always end one; in plain text a single line break does too, unless what
// stands beside it says the sentence goes on (lineBreaks.ts: hard wraps, web pastes, e-mail).

import { isSpaceCode, proseOf, proseOfEdit } from './prose';
import type { Document, Format, Paragraph, ParagraphKind, Sentence, Span } from './types';
import { pageBreakJoins, softBreaks, type Line } from './lineBreaks';

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
function isHardWrapped(lines: Line[]): boolean {
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
const ABBREVIATION =
  /(?:^|[\s(“"‘'«])(?:Mr|Mrs|Ms|Mssrs|Messrs|Dr|Prof|Sr|Jr|St|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Adm|Cmdr|Rep|Sen|Gov|Rev|Hon|Pres|Supt|Det|Insp|Atty|Esq|No|Nos|Vol|Fig|approx|vs|etc|Inc|Ltd|Co|Corp|Bros|Dept|Univ|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Ave|Blvd|Rd|Mt|Ft|[A-Z]|[A-Z]\.[A-Z]|U\.S|U\.K|U\.N|E\.U)\.$/;

/**
 * One of ICU's segments, [s, e) of a stretch of paragraph `paragraph` ending at `stop`, as a
 * sentence: trimmed, and held back (its start returned) when it ends on an abbreviation's full
 * stop, so the next segment continues it. Returns the start still held back, or -1.
 */
function takeSegment(
  prose: string,
  s: number,
  e: number,
  stop: number,
  pendingStart: number,
  out: Sentence[],
  paragraph: number,
): number {
  s = trimStart(prose, s, e);
  e = trimEnd(prose, s, e);
  if (e <= s) return pendingStart;
  if (pendingStart >= 0) s = pendingStart;
  // Every abbreviation ends in a full stop: only then is the pattern worth a slice.
  if (prose.charCodeAt(e - 1) === 0x2e && e < stop - 1 && ABBREVIATION.test(prose.slice(Math.max(s, e - 12), e)))
    return s;
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

// Two versions of a draft are compared a block at a time: `===` on two slices compares them at
// memory speed, where a loop over characters would cost as much as reading the draft again.
const BLOCK = 4096;

/** How many characters `a` and `b` agree on from their start. */
export function commonHead(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + BLOCK <= n && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** How many characters `a` and `b` agree on back from their end, leaving their first `head` alone. */
export function commonTail(a: string, b: string, head: number): number {
  const n = Math.min(a.length, b.length) - head;
  const ea = a.length;
  const eb = b.length;
  let k = 0;
  while (k + BLOCK <= n && a.slice(ea - k - BLOCK, ea - k) === b.slice(eb - k - BLOCK, eb - k)) k += BLOCK;
  while (k < n && a.charCodeAt(ea - k - 1) === b.charCodeAt(eb - k - 1)) k++;
  return k;
}

/** What building a Document learnt beside it; the Document itself holds only what it reports. */
interface Build {
  id: number;
  /** The lines of each paragraph's block (a headline is one line). */
  lines: Int32Array;
  /** The id of the Document it was built from, or -1. */
  from: number;
  /** Text and prose agree with that Document's on their first `head` and last `tail` characters. */
  head: number;
  tail: number;
  /** For each paragraph, that Document's paragraph with the same text and prose, moved only by the edit; or -1. */
  twin: Int32Array;
}

const builds = new WeakMap<Document, Build>();
let buildsMade = 0;

/**
 * The paragraphs a one-paragraph reading cannot tell apart across an edit: for each paragraph of
 * `doc`, the paragraph of `previous` of the same kind whose text and prose, from the start of its
 * first line to the end of its last, are the same characters, moved by the edit; -1 for the
 * others. Undefined unless `doc` was built from `previous`.
 */
export function sameParagraphs(previous: Document, doc: Document): Int32Array | undefined {
  const b = builds.get(doc);
  const a = builds.get(previous);
  if (!a || !b || b.from !== a.id) return undefined;
  const text = doc.text;
  const unchangedFrom = text.length - b.tail;
  const same = new Int32Array(doc.paragraphs.length).fill(-1);
  for (const p of doc.paragraphs) {
    const j = b.twin[p.index];
    if (j < 0 || previous.paragraphs[j].kind !== p.kind) continue;
    // Paragraphs are separated by at least one line break: one next to a paragraph also shared
    // needs no search for it.
    if (p.end <= b.head) {
      // Its last line ends at a line break both versions share, or both versions end there.
      const next = doc.paragraphs[p.index + 1];
      if (next && next.start <= b.head) {
        same[p.index] = j;
        continue;
      }
      const stop = text.indexOf('\n', p.end);
      if (stop < 0 ? b.head === text.length && previous.text.length === text.length : stop < b.head) same[p.index] = j;
    } else {
      // Its first line starts after a line break both versions share; both run on to their end.
      const before = doc.paragraphs[p.index - 1];
      if ((before && before.end >= unchangedFrom) || text.lastIndexOf('\n', p.start - 1) >= unchangedFrom)
        same[p.index] = j;
    }
  }
  return same;
}

/** `previous`, an earlier version of the same draft, lends what did not change: prose, kinds, sentences. */
export function buildDocument(text: string, format: Format = 'plaintext', previous?: Document): Document {
  // (A Document of the same format, whole: the binary-file stand-in has no prose.)
  const before =
    previous && previous.format === format && previous.prose.length === previous.text.length ? previous : undefined;
  let head = 0;
  let tail = 0;
  let prose: string;
  if (before) {
    head = commonHead(before.text, text);
    tail = commonTail(before.text, text, head);
    prose = proseOfEdit(text, format, before.text, before.prose, head, tail);
    if (prose !== text || before.prose !== before.text) {
      const proseHead = commonHead(before.prose, prose);
      tail = Math.min(tail, commonTail(before.prose, prose, proseHead));
      head = Math.min(head, proseHead);
    }
  } else {
    prose = proseOf(text, format);
  }
  const lines = linesOf(prose);
  const hardWrapped = format === 'plaintext' && isHardWrapped(lines);

  // The blocks first, as [start, end) pairs and their line counts; kinds once it is known which
  // paragraphs the previous version already had.
  const spans: number[] = [];
  const lineCounts: number[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  let blockLines = 0;
  const flush = () => {
    if (blockStart < 0) return;
    const s = trimStart(prose, blockStart, blockEnd);
    const e = trimEnd(prose, s, blockEnd);
    if (e > s) {
      spans.push(s, e);
      lineCounts.push(blockLines);
    }
    blockStart = -1;
    blockLines = 0;
  };

  // In plain text a single line break ends a paragraph or not by what stands beside it (lineBreaks.ts).
  const soft = format === 'markdown' ? undefined : softBreaks(prose, lines);
  const acrossPage = format === 'markdown' ? undefined : pageBreakJoins(prose, lines);
  let afterBlank = false;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (line.blank) {
      afterBlank = blockStart >= 0;
      continue;
    }
    const joins =
      blockStart >= 0 &&
      (afterBlank
        ? acrossPage !== undefined && acrossPage[n] === 1
        : soft
          ? soft[n - 1] === 1
          : !MARKDOWN_BLOCK_START.test(prose.slice(line.start, line.end)));
    afterBlank = false;
    if (!joins) flush();
    if (blockStart < 0) blockStart = line.start;
    blockEnd = line.end;
    blockLines++;
  }
  flush();

  // A paragraph wholly before the edit, or wholly after it, is the previous version's paragraph
  // at the same offsets (shifted by the edit's length after it), when that has the same bounds.
  const count = lineCounts.length;
  const twin = new Int32Array(count).fill(-1);
  const old = before?.paragraphs ?? [];
  if (before && old.length) {
    const delta = text.length - before.text.length;
    const unchangedFrom = text.length - tail;
    let j = 0;
    for (let i = 0; i < count; i++) {
      const s = spans[2 * i];
      const e = spans[2 * i + 1];
      const shift = e <= head ? 0 : s >= unchangedFrom ? delta : undefined;
      if (shift === undefined) continue;
      while (j < old.length && old[j].start < s - shift) j++;
      if (j < old.length && old[j].start === s - shift && old[j].end === e - shift) twin[i] = j;
    }
  }

  // A kind reads the paragraph's text, its line count and whether it is among the first three.
  const oldLines = before ? builds.get(before)?.lines : undefined;
  const paragraphs: Paragraph[] = [];
  for (let i = 0; i < count; i++) {
    const s = spans[2 * i];
    const e = spans[2 * i + 1];
    const j = twin[i];
    const kind =
      j >= 0 && oldLines && oldLines[j] === lineCounts[i] && j < 3 === i < 3
        ? old[j].kind
        : kindOf(text.slice(s, e), format, i, lineCounts[i]);
    paragraphs.push({ start: s, end: e, index: i, kind, sentences: [0, 0] });
  }

  // Sentences, in paragraph order: a twin's, shifted; else those of a paragraph of the previous
  // version in the edited stretch with the same prose (a paragraph moved or pasted back); else
  // segmented, short paragraphs in batches.
  const sentences: Sentence[] = [];
  let known: Map<string, Paragraph> | undefined;
  if (before) {
    const taken = new Uint8Array(old.length);
    for (let i = 0; i < count; i++) if (twin[i] >= 0) taken[twin[i]] = 1;
    for (const q of old) if (!taken[q.index]) (known ??= new Map()).set(before.prose.slice(q.start, q.end), q);
  }
  let batch: Paragraph[] = [];
  let batched = 0;
  const segmentPending = () => {
    if (batch.length) segmentBatch(prose, batch, sentences);
    batch = [];
    batched = 0;
  };
  for (const p of paragraphs) {
    const j = twin[p.index];
    const lender = j >= 0 ? old[j] : known?.get(prose.slice(p.start, p.end));
    if (!lender && p.end - p.start <= WINDOW) {
      batch.push(p);
      batched += p.end - p.start + 1;
      if (batched >= GROUP) segmentPending();
      continue;
    }
    segmentPending();
    const first = sentences.length;
    if (lender) {
      const shift = p.start - lender.start;
      for (let k = lender.sentences[0]; k < lender.sentences[1]; k++) {
        const x = before!.sentences[k];
        sentences.push({ start: x.start + shift, end: x.end + shift, paragraph: p.index });
      }
    } else segmentParagraph(prose, p.start, p.end, sentences, p.index);
    p.sentences = [first, sentences.length];
  }
  segmentPending();
  const doc: Document = { text, prose, format, paragraphs, sentences, hardWrapped };
  builds.set(doc, {
    id: ++buildsMade,
    lines: Int32Array.from(lineCounts),
    from: before ? (builds.get(before)?.id ?? -1) : -1,
    head,
    tail,
    twin,
  });
  return doc;
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
