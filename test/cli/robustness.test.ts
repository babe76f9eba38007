// The CLI on files that are not what a draft should be: bad encodings, binaries, huge files,
// hostile characters. It exits with a clear message or checks what it can; it never crashes, hangs
// or writes a broken file back. COPYDESK_CLI points private runs at their own build.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../support/lspClient';
import { scratchDir } from '../support/scratch';

const CLI = process.env.COPYDESK_CLI ? path.resolve(process.env.COPYDESK_CLI) : path.join(ROOT, 'dist', 'cli.js');
// Generous: a hang, not a slow machine, is what these bounds catch.
const run = (args: string[], input?: string | Buffer, timeout = 120000) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input, timeout, maxBuffer: 256 * 1024 * 1024 });
const tmp = scratchDir('copydesk-cli-robust-');
const file = (name: string, content: string | Buffer) => {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, content);
  return p;
};
const UNCLOSED = 'The minister said “we are ready.\n\nNobody else spoke.\n';

interface JsonFinding {
  rule: string;
  offset: number;
  length: number;
  range: { start: { line: number; character: number } };
}
const findingsOf = (stdout: string): JsonFinding[] =>
  (JSON.parse(stdout) as Array<{ findings: JsonFinding[] }>)[0].findings;

test('invalid UTF-8 is refused with exit 2 and the file named, and --fix leaves it untouched', () => {
  const bytes = Buffer.concat([
    Buffer.from('He said “hello'),
    Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x80]),
    Buffer.from(' world.\n'),
  ]);
  const p = file('bad-utf8.txt', bytes);
  const r = run(['--fix', p]);
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /bad-utf8\.txt: is not valid UTF-8/);
  assert.deepEqual(fs.readFileSync(p), bytes);
});

test('a UTF-8 BOM is not part of the text: offsets count from the first real character', () => {
  const withBom = file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(UNCLOSED)]));
  const plain = file('plain.txt', UNCLOSED);
  const a = findingsOf(run(['--format', 'json', withBom]).stdout);
  const b = findingsOf(run(['--format', 'json', plain]).stdout);
  assert.ok(b.some((f) => f.rule === 'quotes/unclosed'));
  assert.deepEqual(a, b);
});

test('UTF-16 files with a byte-order mark are read as text', () => {
  const le = file('utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(UNCLOSED, 'utf16le')]));
  const beBody = Buffer.from(UNCLOSED, 'utf16le');
  beBody.swap16();
  const be = file('utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), beBody]));
  for (const p of [le, be]) {
    const r = run(['--format', 'json', p]);
    assert.equal(r.status, 1, r.stderr);
    const f = findingsOf(r.stdout).find((x) => x.rule === 'quotes/unclosed');
    assert.ok(f, path.basename(p));
    assert.equal(f.offset, UNCLOSED.indexOf('“'));
  }
});

test('binary input on stdin and NUL bytes in a file are refused, not analysed', () => {
  const r = run(['-'], Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0]));
  assert.equal(r.status, 2);
  assert.match(r.stderr, /stdin|-: looks binary/);
  const p = file('nul.txt', 'He said “hello.\0\0\0”\n');
  const r2 = run([p]);
  assert.equal(r2.status, 2);
  assert.match(r2.stderr, /nul\.txt: looks binary/);
});

test('one bad file in a directory does not stop the others from being checked', () => {
  const dir = fs.mkdtempSync(path.join(tmp, 'mixed-'));
  fs.writeFileSync(path.join(dir, 'a-good.txt'), UNCLOSED);
  fs.writeFileSync(path.join(dir, 'b-binary.txt'), Buffer.from([0, 1, 2, 3, 0]));
  fs.writeFileSync(path.join(dir, 'c-bad.txt'), Buffer.from([0x22, 0xff, 0x22]));
  fs.writeFileSync(path.join(dir, 'd-empty.txt'), '');
  const r = run(['--format', 'json', dir]);
  assert.equal(r.status, 2, 'read errors win the exit code');
  const json = JSON.parse(r.stdout) as Array<{ file: string; findings: JsonFinding[] }>;
  assert.deepEqual(
    json.map((x) => path.basename(x.file)),
    ['a-good.txt', 'd-empty.txt'],
  );
  assert.ok(json[0].findings.some((f) => f.rule === 'quotes/unclosed'));
  assert.match(r.stderr, /b-binary\.txt: looks binary/);
  assert.match(r.stderr, /c-bad\.txt: is not valid UTF-8/);
});

test('emoji before a finding: JSON offsets and columns are UTF-16 code units', () => {
  const line = '👩‍👩‍👧 😀 The minister said “we are ready.';
  const p = file('emoji.txt', `${line}\n\nNothing else.\n`);
  const f = findingsOf(run(['--format', 'json', p]).stdout).find((x) => x.rule === 'quotes/unclosed');
  assert.ok(f);
  assert.equal(f.offset, line.indexOf('“'));
  assert.deepEqual(f.range.start, { line: 0, character: line.indexOf('“') });
});

test('hostile text: 100,000 quotation marks, a 1 MB line, RTL and control characters', () => {
  for (const [name, text] of [
    ['marks.txt', '”'.repeat(100_000)],
    ['line.txt', 'word “quoted” and more, '.repeat(45_000)],
    ['rtl.txt', 'הוא אמר ״שלום״.\n\n\u202eHe said “x\u202c.\n\nقال «نعم».\n'],
    ['controls.txt', Array.from({ length: 31 }, (_, i) => (i === 0 ? '' : String.fromCharCode(i))).join(' said “x” ')],
  ] as const) {
    const r = run(['--format', 'json', file(name, text)]);
    assert.ok(r.status === 0 || r.status === 1, `${name}: exit ${r.status} ${r.stderr.slice(0, 300)}`);
    JSON.parse(r.stdout);
  }
});

function bigDraft(bytes: number): string {
  const para =
    'The council said on Monday that “the budget will be balanced,” according to its leader, Maria Alvarez.\n\n';
  return para.repeat(Math.ceil(bytes / para.length)) + 'She said “this one is never closed.\n';
}

for (const mb of [10, 50]) {
  test(`a ${mb} MB file is checked up to the limit, with a notice, within a generous bound`, () => {
    const p = file(`huge-${mb}.txt`, bigDraft(mb * 1024 * 1024));
    const r = run(['--format', 'stylish', p]);
    assert.equal(r.error, undefined, `CLI did not finish: ${r.error?.message}`);
    assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr.slice(0, 300)}`);
    assert.match(r.stdout, /notice\s+Copydesk checked the first [\d,]+ of [\d,]+ characters/);
    fs.unlinkSync(p);
  });
}

test('--fix on a cut file writes nothing past the limit away: the tail is kept byte for byte', () => {
  const tail = '\n\nThe last paragraph, past the limit, said "nothing".\n';
  const text = bigDraft(6 * 1024 * 1024) + tail;
  const p = file('fix-huge.txt', text);
  const r = run(['--fix', p]);
  assert.ok(r.status === 0 || r.status === 1, r.stderr.slice(0, 300));
  const after = fs.readFileSync(p, 'utf8');
  assert.ok(after.endsWith(tail), 'the unchecked tail is still there');
  fs.unlinkSync(p);
});

test('a file over the CLI byte limit is refused with its size named, not read', () => {
  const p = path.join(tmp, 'over-limit.txt');
  // Sparse: 65 MB of zero bytes costs no disk, and the size check must come before any read.
  const fd = fs.openSync(p, 'w');
  fs.ftruncateSync(fd, 65 * 1024 * 1024);
  fs.closeSync(fd);
  const r = run([p]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /over-limit\.txt: is 65 MB; the limit is 64 MB/);
  fs.unlinkSync(p);
});
