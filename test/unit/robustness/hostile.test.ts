// Hostile input straight into analyze(): files that are not drafts, pathological drafts, and the
// scripts and symbols that break naive offset arithmetic. Each returns, in bounded time, with spans
// that fit the text (checkAnalysis), and offsets stay UTF-16 code units.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, MAX_ANALYSED_CHARS, LineIndex } from '../../../server/src/analysis';
import { checkAnalysis } from '../../fuzz/invariants';

// Generous bounds: they catch a hang or a quadratic blow-up, not a slow machine.
function analyzeWithin(text: string, ms: number, format: 'plaintext' | 'markdown' = 'plaintext') {
  const t0 = performance.now();
  const a = analyze(text, { format });
  const took = performance.now() - t0;
  assert.ok(took < ms, `took ${took.toFixed(0)} ms on ${text.length.toLocaleString('en')} characters (bound ${ms} ms)`);
  checkAnalysis(text, a);
  return a;
}

test('a binary file (NUL bytes) gets one notice and no findings', () => {
  const bytes = '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' + '\0\x01\x02“'.repeat(500);
  const a = analyzeWithin(bytes, 5000);
  assert.match(a.notice ?? '', /binary/);
  assert.equal(a.findings.length, 0);
});

test('text decoded from invalid UTF-8 (replacement characters throughout) is refused as not text', () => {
  const a = analyzeWithin('caf\ufffd \ufffd\ufffd\ufffd“x\ufffd\ufffd'.repeat(200), 5000);
  assert.match(a.notice ?? '', /binary|not a draft|invalid/);
});

test('a NUL byte deep inside an otherwise normal draft does not break the analysis', () => {
  const text = 'The minister said “we will act.”\n\n'.repeat(400) + '\0' + '\n\nHe said “more.”';
  const a = analyzeWithin(text, 10000);
  for (const f of a.findings) assert.ok(f.offset + f.length <= text.length);
});

test('a 1 MB line with no break and no sentence end', () => {
  const line = 'word “quoted” and more words, '.repeat(35_000);
  assert.ok(line.length >= 1_000_000);
  analyzeWithin(line, 30000);
});

test('a 1 MB line of a single letter (no spaces at all)', () => {
  analyzeWithin('a'.repeat(1_000_000), 30000);
});

test('100,000 quotation marks in a row, of each kind, terminate', () => {
  for (const mark of ['"', '“', '”', "'", '‘', '«', '„']) analyzeWithin(mark.repeat(100_000), 30000);
  analyzeWithin('“”'.repeat(50_000), 30000);
  analyzeWithin('“‘'.repeat(50_000), 30000);
});

test('quotations nested 10,000 deep terminate and their marks stay in range', () => {
  const depth = 10_000;
  const open = Array.from({ length: depth }, (_, i) => (i % 2 ? '‘' : '“')).join(' ');
  const close = Array.from({ length: depth }, (_, i) => (i % 2 ? '’' : '”'))
    .reverse()
    .join(' ');
  analyzeWithin(`He said ${open} word ${close}.`, 30000);
  analyzeWithin(`He said ${open} word.`, 30000);
});

test('right-to-left text, bidi controls and mixed scripts', () => {
  const text =
    'הוא אמר ״שלום עולם״ ואז הלך.\n\nقال الوزير «نحن مستعدون» يوم الاثنين.\n\n' +
    '\u202eHe said “reversed\u202c and then “closed.”\n\nשָׁלוֹם “mixed” مرحبا said Maria Álvarez.';
  const a = analyzeWithin(text, 5000);
  for (const f of a.findings) assert.ok(f.offset < text.length);
});

test('emoji, flags, ZWJ sequences and combining marks keep offsets in UTF-16 code units', () => {
  const prefix = '👩‍👩‍👧 🇰🇿 e\u0301\u0301 😀 ';
  const text = `${prefix}The minister said “we are ready.\n\nNothing more was said.`;
  const a = analyzeWithin(text, 5000);
  const mark = text.indexOf('“');
  const unclosed = a.findings.find((f) => f.rule === 'quotes/unclosed');
  assert.ok(
    unclosed,
    `an unclosed quotation after emoji is reported; got ${JSON.stringify(a.findings.map((f) => f.rule))}`,
  );
  assert.equal(unclosed.offset, mark, 'offset counts UTF-16 code units (an emoji is two)');
  assert.equal(text.slice(unclosed.offset, unclosed.offset + unclosed.length).startsWith('“'), true);
  // And the line/character the CLI and LSP report for it are UTF-16 too.
  assert.deepEqual(new LineIndex(text).positionAt(unclosed.offset), { line: 0, character: mark });
});

test('a finding after an astral character on a later line has the right UTF-16 column', () => {
  const text = 'First paragraph.\n\n𝔸𝔹 Then she said “nothing at all.\n\nEnd.';
  const a = analyzeWithin(text, 5000);
  const f = a.findings.find((x) => x.rule === 'quotes/unclosed');
  assert.ok(f, 'unclosed quotation reported');
  assert.deepEqual(new LineIndex(text).positionAt(f.offset), { line: 2, character: '𝔸𝔹 Then she said '.length });
});

test('lone surrogates and every control character do not throw', () => {
  let s = '';
  for (let c = 1; c < 0x20; c++) s += String.fromCharCode(c) + ' said “x” ';
  s += '\ud800 “\udfff” \udbff\udbff said \udc00';
  analyzeWithin(s, 5000);
  analyzeWithin(s, 5000, 'markdown');
});

test('pathological Markdown: unclosed fences, endless backticks and tags, front matter only', () => {
  analyzeWithin('```\n' + '“quote\n'.repeat(20000), 30000, 'markdown');
  analyzeWithin('`'.repeat(100_000), 30000, 'markdown');
  analyzeWithin('<a '.repeat(50_000) + '“x', 30000, 'markdown');
  analyzeWithin('---\ntitle: "x\n', 5000, 'markdown');
  analyzeWithin('[x]('.repeat(50_000), 30000, 'markdown');
  analyzeWithin('<!-- copydesk-disable '.repeat(20_000), 30000, 'markdown');
});

test('a 10 MB input returns, says it checked only part, and reports nothing past that part', () => {
  const para =
    'The council said on Monday that “the budget will be balanced,” according to its leader, Maria Alvarez.\n\n';
  const text = para.repeat(Math.ceil(10_000_000 / para.length)) + 'He said “never closed.\n';
  assert.ok(text.length > 2 * MAX_ANALYSED_CHARS);
  const a = analyzeWithin(text, 120000);
  assert.ok(a.notice, 'a notice says the file was cut');
  assert.match(a.notice, /first [\d,]+ of [\d,]+ characters/);
  assert.ok(a.document.text.length <= MAX_ANALYSED_CHARS);
  for (const f of a.findings)
    assert.ok(f.offset + f.length <= a.document.text.length, `${f.rule}@${f.offset} past the cut`);
});

test('a huge input with no paragraph break is still cut at the limit', () => {
  const text = 'word '.repeat(MAX_ANALYSED_CHARS / 5 + 100_000);
  const a = analyzeWithin(text, 120000);
  assert.ok(a.notice);
  assert.ok(a.document.text.length <= MAX_ANALYSED_CHARS);
});

test('words that are names of JavaScript object properties are ordinary words', () => {
  // "the constructor said" once crashed the analysis: a lexicon looked up with `in` found
  // Object.prototype.constructor.
  const text =
    '“We will build it,” the constructor said. “It is done,” said the toString.\n\n' +
    'Mr Constructor met Ms Hasownproperty and Dr. __proto__, the valueOf of the firm. “Yes,” the prototype added.\n';
  const a = analyzeWithin(text, 5000);
  const speakers = a.attributions.map((x) => x.speaker?.text);
  assert.ok(speakers.includes('the constructor'), `speakers: ${JSON.stringify(speakers)}`);
});
