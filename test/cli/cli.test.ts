// The CLI as a newsroom's CI runs it: formats, exit codes, bad paths, binary input.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../support/lspClient';
import { scratchDir } from '../support/scratch';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input });
const tmp = scratchDir('copydesk-cli-');

test('json output has the documented shape, with UTF-16 offsets and 0-based positions', () => {
  const file = path.join(tmp, 'clean.txt');
  fs.writeFileSync(file, 'The ministry published its annual report on Monday.\n');
  const r = run(['--format', 'json', file]);
  assert.equal(r.status, 0, r.stderr);
  const json = JSON.parse(r.stdout);
  assert.deepEqual(json, [{ file, findings: [] }]);
});

test('a missing file exits 2 with a message naming the path', () => {
  const r = run([path.join(tmp, 'nope.txt')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /nope\.txt: no such file/);
  assert.equal(r.stdout, '', 'no "no problems" summary when nothing was read');
});

test('a binary file exits 2 with a message naming the path', () => {
  const file = path.join(tmp, 'image.txt');
  fs.writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
  const r = run([file]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /image\.txt: looks binary/);
});

test('invalid UTF-8 exits 2 with a clear message', () => {
  const file = path.join(tmp, 'latin1.txt');
  fs.writeFileSync(file, Buffer.from('caf\xe9 "quoted"', 'latin1'));
  const r = run([file]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /latin1\.txt: is not valid UTF-8/);
});

test('a directory with nothing to read exits 2', () => {
  const dir = fs.mkdtempSync(path.join(tmp, 'empty-'));
  const r = run([dir]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no drafts found/);
});

test('an unknown option or format is a usage error', () => {
  assert.equal(run(['--format', 'xml', 'x.txt']).status, 2);
  assert.equal(run(['--bogus']).status, 2);
  assert.equal(run([]).status, 2);
});

test('stdin is read with -', () => {
  const r = run(['--format', 'json', '-'], 'Plain words.\n');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout)[0].file, '-');
});

test('sarif output is SARIF 2.1.0 with the rule catalogue', () => {
  const file = path.join(tmp, 'clean2.txt');
  fs.writeFileSync(file, 'Nothing to see.\n');
  const r = run(['--format', 'sarif', file]);
  const sarif = JSON.parse(r.stdout);
  assert.equal(sarif.version, '2.1.0');
  assert.ok(sarif.runs[0].tool.driver.rules.some((x: { id: string }) => x.id === 'quotes/unclosed'));
});

const MIXED = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'mixed-marks.release'), 'utf8');
const lettersAndDigits = (s: string) => (s.match(/[\p{L}\p{N}]/gu) ?? []).join('');

test('--fix changes typography only: every letter and digit stays, "says" stays, no new finding, a second --fix does nothing', () => {
  const file = path.join(tmp, 'mixed.release');
  fs.writeFileSync(file, MIXED);
  const before = JSON.parse(run(['--format', 'json', file]).stdout)[0].findings as Array<{ rule: string }>;
  assert.deepEqual(before.filter((f) => f.rule === 'quotes/style').length, 1, 'one style finding for the whole draft');
  run(['--fix', file]);
  const fixed = fs.readFileSync(file, 'utf8');
  assert.notEqual(fixed, MIXED);
  assert.equal(lettersAndDigits(fixed), lettersAndDigits(MIXED));
  assert.ok(fixed.includes('says Sadykov'), 'wording is the writer’s: says → said is a quick fix, never fix-all');
  assert.ok(!/["']/.test(fixed), 'every straight mark is curly now');
  const after = JSON.parse(run(['--format', 'json', file]).stdout)[0].findings as Array<{ rule: string }>;
  for (const f of after)
    assert.ok(
      before.some((b) => b.rule === f.rule),
      `new finding after --fix: ${f.rule}`,
    );
  run(['--fix', file]);
  assert.equal(fs.readFileSync(file, 'utf8'), fixed, 'fix-all is idempotent');
});

test('--quote-style sets the house style; an unknown style is a usage error', () => {
  const text = '“We are ready,” said Aigerim Kassymova. "So are we," said Dana Ospanova.\n';
  const style = (args: string[]) =>
    (
      JSON.parse(run(['--format', 'json', ...args, '-'], text).stdout)[0].findings as Array<{
        rule: string;
        offset: number;
      }>
    ).filter((f) => f.rule === 'quotes/style');
  assert.equal(text[style([])[0].offset], '"', 'auto: a tie goes to curly, so the straight marks depart');
  assert.equal(text[style(['--quote-style', 'straight'])[0].offset], '“');
  const r = run(['--quote-style', 'fancy', '-'], text);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown quote style 'fancy'/);
});

test('the quote style is read from the .copydesk/settings.json of the draft’s folder', () => {
  const desk = scratchDir('copydesk-desk-');
  fs.mkdirSync(path.join(desk, '.copydesk'));
  fs.writeFileSync(path.join(desk, '.copydesk', 'settings.json'), '{"quoteStyle": "curly"}');
  const file = path.join(desk, 'draft.txt');
  fs.writeFileSync(file, '"We are ready," said Aigerim Kassymova.\n');
  const findings = JSON.parse(run(['--format', 'json', file]).stdout)[0].findings as Array<{
    rule: string;
    message: string;
  }>;
  assert.deepEqual(
    findings.map((f) => f.rule),
    ['quotes/style'],
  );
  assert.match(findings[0].message, /house style/);
  fs.rmSync(desk, { recursive: true, force: true });
});

test('the bin entry is the built CLI, and `copydesk examples` reports the examples with exit 1', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  assert.equal(pkg.bin.copydesk, './dist/cli.js');
  assert.match(pkg.scripts.prepare, /build/, 'npm ci builds dist/, so the bin works on a fresh clone');
  assert.ok(fs.readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node'));
  const r = spawnSync(process.execPath, [CLI, 'examples'], { encoding: 'utf8', cwd: ROOT });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /quotes\/unopened/);
});
