// `--cache`: a CI run over an archive analyses only the drafts that changed since the last run,
// and a changed draft, style sheet or setting is never answered from an old result.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../support/lspClient';
import { scratchDir } from '../support/scratch';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const run = (args: string[], cwd?: string) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd, env: { ...process.env, CI: 'true' } });

interface FileResult {
  file: string;
  findings: Array<{ rule: string; message: string }>;
}
const json = (stdout: string) => JSON.parse(stdout) as FileResult[];
const rulesOf = (out: FileResult[], name: string) =>
  out
    .find((f) => path.basename(f.file) === name)!
    .findings.map((f) => f.rule)
    .sort();

const release = (full: string, topic: string) =>
  `${full}, chairman of the Senate, spoke at the opening of ${topic} on Tuesday.\n\n` +
  `“We have worked for two years to get here,” ${full.split(' ').pop()} said.\n`;

function archive(): string {
  const dir = scratchDir('copydesk-cache-');
  fs.writeFileSync(path.join(dir, 'budget.release'), release('Maulen Ashimbayev', 'the budget hearings'));
  fs.writeFileSync(path.join(dir, 'roads.release'), release('Maulen Ashimbayev', 'the new motorway'));
  fs.writeFileSync(path.join(dir, 'congress.release'), release('Maulen Ashimbayev', 'the party congress'));
  fs.writeFileSync(path.join(dir, 'today.release'), 'Senate chairman Maulen Ashimbaev opened the session on Monday.\n');
  return dir;
}

/** Rewrites every finding message kept in the cache file: what comes back unread shows it. */
function markCache(file: string): void {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { drafts: Array<[string, { findings: unknown[] }]> };
  const mark = { rule: 'quotes/style', severity: 'information', message: 'FROM CACHE', offset: 0, length: 1 };
  for (const [, e] of data.drafts) e.findings = [...e.findings, { ...mark, related: [], fixes: [] }];
  fs.writeFileSync(file, JSON.stringify(data));
}

test('a second run takes unchanged drafts from the cache and gives the same output', () => {
  const dir = archive();
  const cache = path.join(dir, 'cache.json');
  const first = run(['--format', 'json', '--cache-location', cache, dir]);
  assert.equal(first.status, 0, first.stderr);
  assert.ok(fs.existsSync(cache), 'the cache file is written');
  const plain = run(['--format', 'json', dir]);
  assert.equal(first.stdout, plain.stdout, 'the same output with and without the cache');
  const second = run(['--format', 'json', '--cache-location', cache, dir]);
  assert.equal(second.stdout, first.stdout);
  // The across-drafts finding is made afresh on every run: it depends on the other drafts.
  assert.ok(rulesOf(json(second.stdout), 'today.release').includes('names/across-drafts'));
});

test('a changed draft is analysed again; the unchanged ones are not', () => {
  const dir = archive();
  const cache = path.join(dir, 'cache.json');
  run(['--format', 'json', '--cache-location', cache, dir]);
  markCache(cache);
  // budget.release gains an unclosed quotation; the others stay as they were.
  fs.appendFileSync(path.join(dir, 'budget.release'), '\n“We will not stop, Ashimbayev said.\n');
  const out = json(run(['--format', 'json', '--cache-location', cache, dir]).stdout);
  const budget = out.find((f) => f.file.endsWith('budget.release'))!;
  assert.ok(!budget.findings.some((f) => f.message === 'FROM CACHE'), 'the changed draft was read again');
  assert.ok(
    budget.findings.some((f) => f.rule === 'quotes/unclosed'),
    'and its new error is reported',
  );
  const roads = out.find((f) => f.file.endsWith('roads.release'))!;
  assert.ok(
    roads.findings.some((f) => f.message === 'FROM CACHE'),
    'an unchanged draft came from the cache',
  );
});

test('a new style sheet or another setting is never answered from the cache', () => {
  const dir = archive();
  const cache = path.join(dir, 'cache.json');
  run(['--format', 'json', '--cache-location', cache, dir]);
  markCache(cache);
  const disabled = json(run(['--format', 'json', '--disable', 'quotes/style', '--cache-location', cache, dir]).stdout);
  assert.ok(!disabled.some((f) => f.findings.some((x) => x.message === 'FROM CACHE')), 'another setting');
  run(['--format', 'json', '--cache-location', cache, dir]);
  markCache(cache);
  fs.mkdirSync(path.join(dir, '.copydesk'));
  fs.writeFileSync(path.join(dir, '.copydesk', 'names.txt'), 'Maulen Ashimbayev\n');
  const sheeted = json(run(['--format', 'json', '--cache-location', cache, dir]).stdout);
  assert.ok(!sheeted.some((f) => f.findings.some((x) => x.message === 'FROM CACHE')), 'a new style sheet');
  assert.ok(rulesOf(sheeted, 'today.release').includes('names/style-sheet'), 'the style sheet now speaks');
});

test('a damaged cache is no cache, and one that cannot be written is said once, with full results', () => {
  const dir = archive();
  const cache = path.join(dir, 'cache.json');
  fs.writeFileSync(cache, '{"format": 1, "drafts": [[');
  const plain = run(['--format', 'json', dir]);
  const damaged = run(['--format', 'json', '--cache-location', cache, dir]);
  assert.equal(damaged.status, plain.status);
  assert.equal(damaged.stdout, plain.stdout);
  assert.doesNotThrow(() => JSON.parse(fs.readFileSync(cache, 'utf8')), 'the damaged file is written anew');
  // Entries that parse but hold no findings a run could print: read again, not a crash.
  const data = JSON.parse(fs.readFileSync(cache, 'utf8')) as { drafts: Array<[string, { findings: unknown }]> };
  data.drafts.forEach(([, e], i) => (e.findings = i % 2 ? [{ message: 'half a finding' }] : 'none'));
  fs.writeFileSync(cache, JSON.stringify(data));
  const odd = run(['--format', 'json', '--cache-location', cache, dir]);
  assert.equal(odd.stdout, plain.stdout, odd.stderr);
  // A folder where the cache file should be: it cannot be written.
  const blocked = path.join(dir, 'blocked');
  fs.mkdirSync(path.join(blocked, '.copydeskcache'), { recursive: true });
  const r = run(['--format', 'json', '--cache-location', blocked, dir]);
  assert.equal(r.stdout, plain.stdout);
  assert.match(r.stderr, /could not write the cache .*the results are complete/);
  assert.equal(r.stderr.match(/could not write/g)!.length, 1);
});

test('--cache keeps .copydeskcache in the folder the CLI runs in', () => {
  const dir = archive();
  const r = run(['--format', 'json', '--cache', '.'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(fs.existsSync(path.join(dir, '.copydeskcache')));
});
