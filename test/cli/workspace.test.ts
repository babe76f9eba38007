// The CLI over a newsroom's archive: the drafts given are checked against each other, in worker
// threads or not (the same output), with the other drafts' places as related locations in JSON
// and SARIF, and no progress line when the output is not a terminal.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../support/lspClient';
import { scratchDir } from '../support/scratch';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const run = (args: string[], cwd?: string) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd, env: { ...process.env, CI: '' } });

const release = (full: string, topic: string) => {
  const surname = full.split(' ').pop();
  return `${full}, chairman of the Senate, spoke at the opening of ${topic} on Tuesday.\n\n“We have worked for two years to get here,” ${surname} said.\n`;
};

function archive(extra = 0): string {
  const dir = scratchDir('copydesk-ws-');
  fs.writeFileSync(path.join(dir, 'budget.release'), release('Maulen Ashimbayev', 'the budget hearings'));
  fs.writeFileSync(path.join(dir, 'roads.release'), release('Maulen Ashimbayev', 'the new motorway'));
  fs.writeFileSync(path.join(dir, 'congress.release'), release('Maulen Ashimbayev', 'the party congress'));
  fs.writeFileSync(
    path.join(dir, 'today.release'),
    'Senate chairman Maulen Ashimbaev opened the spring session on Monday.\n',
  );
  // Drafts about other people, to pass the size at which workers start.
  for (let i = 0; i < extra; i++)
    fs.writeFileSync(
      path.join(dir, `other-${i}.txt`),
      `Aigerim Bekova${i % 3 ? '' : 'a'} opened school number ${i} in Taraz on Friday.\n`,
    );
  // The latest of the three is congress.release.
  fs.utimesSync(path.join(dir, 'budget.release'), new Date(2026, 0, 1), new Date(2026, 0, 1));
  fs.utimesSync(path.join(dir, 'roads.release'), new Date(2026, 0, 2), new Date(2026, 0, 2));
  fs.utimesSync(path.join(dir, 'congress.release'), new Date(2026, 0, 3), new Date(2026, 0, 3));
  return dir;
}

test('drafts given together are checked against each other; JSON carries the other drafts as related places', () => {
  const dir = archive();
  const r = run(['--format', 'json', dir]);
  assert.equal(r.status, 0, r.stderr);
  const json = JSON.parse(r.stdout) as Array<{
    file: string;
    findings: Array<{
      rule: string;
      message: string;
      range: unknown;
      related?: Array<{ file: string; message: string; range: unknown }>;
    }>;
  }>;
  const today = json.find((f) => f.file.endsWith('today.release'))!;
  const f = today.findings.find((x) => x.rule === 'names/across-drafts')!;
  assert.equal(f.message, '‘Ashimbaev’ — 3 other drafts write ‘Ashimbayev’, latest congress.release');
  assert.deepEqual(f.range, { start: { line: 0, character: 23 }, end: { line: 0, character: 32 } });
  assert.deepEqual(
    f.related!.map((x) => [path.basename(x.file), x.range]),
    ['congress', 'roads', 'budget'].map((n) => [
      `${n}.release`,
      { start: { line: 0, character: 7 }, end: { line: 0, character: 17 } },
    ]),
  );
  // The drafts that agree are told nothing.
  for (const other of json.filter((x) => x !== today))
    assert.deepEqual(
      other.findings.filter((x) => x.rule === 'names/across-drafts'),
      [],
    );
});

test('one draft alone is checked as before: nothing to compare it with', () => {
  const dir = archive();
  const r = run(['--format', 'json', path.join(dir, 'today.release')]);
  assert.deepEqual(JSON.parse(r.stdout)[0].findings, []);
});

test('SARIF gives the other drafts as relatedLocations with paths relative to the working folder', () => {
  const dir = archive();
  const r = run(['--format', 'sarif', '.'], dir);
  const results = JSON.parse(r.stdout).runs[0].results as Array<{
    ruleId: string;
    locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
    relatedLocations?: Array<{
      message: { text: string };
      physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } };
    }>;
  }>;
  const res = results.find((x) => x.ruleId === 'names/across-drafts')!;
  assert.equal(res.locations[0].physicalLocation.artifactLocation.uri, 'today.release');
  assert.deepEqual(
    res.relatedLocations!.map((x) => [
      x.physicalLocation.artifactLocation.uri,
      x.physicalLocation.region.startLine,
      x.physicalLocation.region.startColumn,
      x.message.text,
    ]),
    [
      ['congress.release', 1, 8, '‘Ashimbayev’ in congress.release'],
      ['roads.release', 1, 8, '‘Ashimbayev’ in roads.release'],
      ['budget.release', 1, 8, '‘Ashimbayev’ in budget.release'],
    ],
  );
});

test('--jobs 2 (worker threads) and --jobs 1 give the same output, and a pipe gets no progress line', () => {
  const dir = archive(60);
  const two = run(['--format', 'json', '--jobs', '2', dir]);
  const one = run(['--format', 'json', '--jobs', '1', dir]);
  assert.equal(two.status, 0, two.stderr);
  assert.equal(two.stdout, one.stdout);
  assert.match(two.stdout, /names\/across-drafts/);
  assert.equal(two.stderr, '');
});

test('--jobs must be a whole number of at least 1; the rule can be turned off', () => {
  for (const bad of ['0', 'two', '-1']) {
    const r = run(['--jobs', bad, '.']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--jobs needs a whole number/);
  }
  const dir = archive();
  const r = run(['--format', 'json', '--disable', 'names/across-drafts', dir]);
  assert.doesNotMatch(r.stdout, /across-drafts/);
});
