// The CLI as a newsroom's CI runs it: formats, exit codes, bad paths, binary input.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../support/lspClient';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-cli-'));

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
