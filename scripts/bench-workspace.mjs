// The desk's memory, measured: the workspace index built over 2,000 and 10,000 drafts (time,
// memory per draft, cache size), the CLI over a 2,000-draft folder (whole process, words/s, with
// and without names/across-drafts, one worker and the cores), and the first diagnostics of an
// open draft while the server indexes that folder. Speed is measured here, never asserted.
//
//   node scripts/bench-workspace.mjs [--drafts 2000,10000] [--cli 2000] [--index-only] [--keep]
//
// Drafts are generated at run time into the temporary folder (never committed): the development
// corpus's articles in turn when ../shared is there, the seeded newsText generator otherwise, each
// with a paragraph about people drawn from a pool of made-up surnames that recur across drafts as a
// newsroom's do (a few written with another transliteration, so the check has work to do).

import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { newsText, rng } from './newsText.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const SIZES = arg('--drafts', '2000,10000').split(',').map(Number);
const CLI_SIZE = Number(arg('--cli', '2000'));
const KEEP = process.argv.includes('--keep');
/** Only the index table (no CLI or server runs). */
const INDEX_ONLY = process.argv.includes('--index-only');

if (typeof global.gc !== 'function') {
  const r = spawnSync(process.execPath, ['--expose-gc', ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

// ------------------------------------------------------------------------------------ drafts

const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus', 'dev2');
function corpusTexts() {
  if (!fs.existsSync(CORPUS)) return undefined;
  const out = [];
  for (const office of fs.readdirSync(CORPUS).sort()) {
    const dir = path.join(CORPUS, office);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const f of fs.readdirSync(dir).sort())
      if (f.endsWith('.txt')) out.push(fs.readFileSync(path.join(dir, f), 'utf8'));
  }
  return out;
}

const SYLLABLES = [
  'ka',
  'ma',
  'ra',
  'sa',
  'ta',
  'na',
  'be',
  'ke',
  'le',
  'ne',
  'bo',
  'do',
  'ko',
  'mu',
  'nu',
  'tu',
  'zhan',
  'bek',
  'tar',
  'lan',
  'gul',
  'dar',
  'sen',
  'rin',
];
const ENDINGS = ['ayev', 'yev', 'ov', 'enko', 'ski', 'son', 'er', 'ini', 'ez', 'ovich'];
const GIVEN = [
  'Maulen',
  'Aigerim',
  'Daulet',
  'Marat',
  'Yerlan',
  'Saule',
  'Olga',
  'Peter',
  'Maria',
  'James',
  'Fatima',
  'Carlos',
  'Ingrid',
  'Kwame',
  'Hiroshi',
  'Elena',
];

function people(n, random) {
  const out = [];
  for (let i = 0; i < n; i++) {
    let s = '';
    const k = 2 + Math.floor(random() * 2);
    for (let j = 0; j < k; j++) s += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    s += ENDINGS[Math.floor(random() * ENDINGS.length)];
    out.push({ given: GIVEN[Math.floor(random() * GIVEN.length)], surname: s[0].toUpperCase() + s.slice(1) });
  }
  return out;
}

function generate(dir, n) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const random = rng(42);
  const texts = corpusTexts();
  const pool = people(Math.max(50, n >> 2), random);
  let words = 0;
  const t0 = Date.UTC(2025, 0, 1) / 1000;
  for (let i = 0; i < n; i++) {
    const body = texts ? texts[i % texts.length] : newsText(450, 1000 + i);
    // Zipf-like: a few people in many drafts, most in a few.
    const who = () => pool[Math.floor(pool.length * random() ** 2)];
    const extra = [who(), who()].map((p) => {
      let surname = p.surname;
      if (random() < 0.03) surname = surname.replace('ayev', 'aev').replace('yev', 'ev');
      return `${p.given} ${surname}, a spokesperson for the regional council, said the review would end in March. ${surname} added that the results would be published.`;
    });
    const text = body.trimEnd() + '\n\n' + extra.join('\n\n') + '\n';
    words += text.split(/\s+/).filter(Boolean).length;
    const file = path.join(dir, `draft-${String(i).padStart(5, '0')}.txt`);
    fs.writeFileSync(file, text);
    fs.utimesSync(file, t0 + i * 60, t0 + i * 60);
  }
  return { words, source: texts ? `${texts.length} articles of ../shared/corpus/dev2 in turn` : 'newsText (seeded)' };
}

// ---------------------------------------------------------------------------- index in-process

async function loadCore() {
  const outfile = path.join(ROOT, 'out', 'bench-workspace', 'core.cjs');
  await esbuild.build({
    stdin: {
      contents:
        "export { analyze } from './server/src/analysis/analyze';\nexport * from './server/src/analysis/workspace';",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  return require(outfile);
}

const mb = (b) => (b / 1048576).toFixed(1);

function buildIndex(core, dir) {
  const files = fs.readdirSync(dir).sort();
  const index = new core.WorkspaceIndex();
  let analyseMs = 0;
  let indexMs = 0;
  let cacheBytes = 0;
  const kept = [];
  const serialised = [];
  const t0 = performance.now();
  for (const f of files) {
    const file = path.join(dir, f);
    const text = fs.readFileSync(file, 'utf8');
    const a0 = performance.now();
    const names = core.draftNames(core.analyze(text));
    const a1 = performance.now();
    const words = core.keptWords(names);
    index.set({ key: file, name: f, time: fs.statSync(file).mtimeMs, language: names.language, words });
    indexMs += performance.now() - a1;
    analyseMs += a1 - a0;
    const line = JSON.stringify([file, 0, 0, names.language, words]);
    cacheBytes += line.length + 1;
    serialised.push(line);
    kept.push(names);
  }
  const buildMs = performance.now() - t0;
  // Every draft checked against the rest, as the CLI does after indexing.
  const c0 = performance.now();
  let findings = 0;
  files.forEach((f, i) => (findings += core.acrossDraftsFindings(kept[i], index, path.join(dir, f)).length));
  const checkMs = performance.now() - c0;
  kept.length = 0;
  const spellings = new Set();
  for (const k of index.keys()) for (const w of index.draft(k).words) spellings.add(w.text);
  // The index's own memory, in a fresh process that holds nothing else: the words serialised as
  // the cache keeps them, read back and indexed, heap measured after full GCs before and after.
  const cacheFile = path.join(dir, '..', `cache-${files.length}.jsonl`);
  fs.writeFileSync(cacheFile, serialised.join('\n'));
  const probe = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '-e',
      `
    const fs = require('fs'); const path = require('path'); const core = require(${JSON.stringify(path.join(ROOT, 'out', 'bench-workspace', 'core.cjs'))});
    const lines = fs.readFileSync(${JSON.stringify(cacheFile)}, 'utf8').split('\\n');
    new core.WorkspaceIndex(); gc(); gc();
    const h0 = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const index = new core.WorkspaceIndex();
    for (let i = 0; i < lines.length; i++) { const [key, , , language, words] = JSON.parse(lines[i]); index.set({ key, name: path.basename(key), time: 0, language, words }); }
    const ms = performance.now() - t0;
    gc(); gc();
    console.log(JSON.stringify({ heap: process.memoryUsage().heapUsed - h0, ms, size: index.size }));
  `,
    ],
    { encoding: 'utf8' },
  );
  const { heap: heapBytes, ms: loadMs } = JSON.parse(probe.stdout);
  fs.rmSync(cacheFile);
  return {
    drafts: files.length,
    buildMs,
    analyseMs,
    indexMs,
    checkMs,
    loadMs,
    findings,
    heapBytes,
    cacheBytes,
    spellings: spellings.size,
    keep: [index],
  };
}

// ------------------------------------------------------------------------------------- CLI

/** Wall time of one whole CLI process (its CPU time is read by the caller from /proc). */
function timeCli(dir, args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), '--format', 'json', ...args, dir], {
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`cli exited ${r.status}: ${r.stderr}`);
  return { ms, cpu: 0 };
}

/** CPU ms of this process's waited-for children (cutime + cstime in /proc/self/stat). */
function childCpu() {
  const stat = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return ((Number(stat[13]) + Number(stat[14])) / 100) * 1000;
}

// ---------------------------------------------------------------------------------- server

async function firstDiagnostics(dir) {
  const rpc = require('vscode-languageserver-protocol/node');
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdio'], {
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  const c = rpc.createProtocolConnection(
    new rpc.StreamMessageReader(child.stdout),
    new rpc.StreamMessageWriter(child.stdin),
  );
  let opened = 0;
  let first;
  let indexed;
  let draftsIndexed = 0;
  const done = new Promise((resolve) => {
    c.onNotification('textDocument/publishDiagnostics', () => {
      if (opened && first === undefined) first = performance.now() - opened;
      if (first !== undefined && indexed !== undefined) resolve();
    });
    c.onNotification('$/progress', (p) => {
      if (p.value?.kind === 'end') {
        indexed = performance.now() - started;
        if (first !== undefined) resolve();
      }
    });
    c.onNotification('window/logMessage', (m) => {
      const x = /workspace index: (\d+) drafts/.exec(m.message);
      if (x) draftsIndexed = Number(x[1]);
    });
  });
  c.onRequest('workspace/configuration', (p) => p.items.map(() => null));
  c.onRequest('client/registerCapability', () => null);
  c.onRequest('window/workDoneProgress/create', () => null);
  c.onNotification('window/showMessage', () => undefined);
  c.listen();
  const rootUri = pathToFileURL(dir).href;
  await c.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'ws' }],
    capabilities: {
      window: { workDoneProgress: true },
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
    },
  });
  const started = performance.now();
  c.sendNotification('initialized', {});
  // The writer opens a draft at once, while the workspace is being indexed.
  await new Promise((r) => setTimeout(r, 50));
  const text = fs.readFileSync(path.join(dir, fs.readdirSync(dir).sort()[7]), 'utf8');
  opened = performance.now();
  c.sendNotification('textDocument/didOpen', {
    textDocument: { uri: rootUri + '/open-draft.txt', languageId: 'plaintext', version: 1, text },
  });
  await done;
  await c.sendRequest('shutdown');
  await c.sendNotification('exit');
  await new Promise((r) => child.once('exit', r));
  c.dispose();
  return { first, indexed, draftsIndexed };
}

// -------------------------------------------------------------------------------------- run

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-ws-'));
const core = await loadCore();
console.log(
  `node ${process.version}, ${os.availableParallelism?.() ?? os.cpus().length} cores, load ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}\n`,
);
console.log(
  '| drafts | words | index build (analysis + index) | of which index | from the cache | check all drafts | findings | distinct spellings | heap kept by the index | per draft | cache on disk | per draft |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
let source = '';
for (const n of SIZES) {
  const dir = path.join(base, String(n));
  const g = generate(dir, n);
  source = g.source;
  const r = buildIndex(core, dir);
  console.log(
    `| ${n.toLocaleString('en')} | ${g.words.toLocaleString('en')} | ${(r.buildMs / 1000).toFixed(1)} s | ${r.indexMs.toFixed(0)} ms | ${r.loadMs.toFixed(0)} ms | ${r.checkMs.toFixed(0)} ms | ${r.findings} | ${r.spellings.toLocaleString('en')} | ${mb(r.heapBytes)} MB | ${(r.heapBytes / n / 1024).toFixed(2)} KB | ${mb(r.cacheBytes)} MB | ${(r.cacheBytes / n / 1024).toFixed(2)} KB |`,
  );
  r.keep = undefined;
  if (n !== CLI_SIZE && !KEEP) fs.rmSync(dir, { recursive: true, force: true });
}
console.log(`\ndrafts: ${source}, plus a generated paragraph about two people each\n`);

if (INDEX_ONLY) {
  fs.rmSync(base, { recursive: true, force: true });
  process.exit(0);
}
const dir = path.join(base, String(CLI_SIZE));
if (!fs.existsSync(dir)) generate(dir, CLI_SIZE);
const words = fs
  .readdirSync(dir)
  .reduce((n, f) => n + fs.readFileSync(path.join(dir, f), 'utf8').split(/\s+/).filter(Boolean).length, 0);
console.log(
  `| CLI over ${CLI_SIZE.toLocaleString('en')} drafts (${words.toLocaleString('en')} words), whole process | wall, median of 3 | words/s | CPU s (all threads) | words per CPU s |`,
);
console.log('| --- | ---: | ---: | ---: | ---: |');
// --cache: the first run fills it (not timed), the three timed runs find every draft unchanged, as
// a CI run over an archive finds most of them.
const cacheFile = path.join(base, 'cli-cache.json');
timeCli(dir, ['--jobs', '2', '--cache-location', cacheFile]);
for (const [label, args] of [
  ['--jobs 2 (the cores), names/across-drafts on', ['--jobs', '2']],
  ['--jobs 1, names/across-drafts on', ['--jobs', '1']],
  ['--jobs 2, --disable names/across-drafts', ['--jobs', '2', '--disable', 'names/across-drafts']],
  ['--jobs 2, --cache, every draft unchanged since the last run', ['--jobs', '2', '--cache-location', cacheFile]],
]) {
  let cpuBefore = childCpu();
  const runs = [0, 1, 2]
    .map(() => {
      const r = timeCli(dir, args);
      const now = childCpu();
      r.cpu = now - cpuBefore;
      cpuBefore = now;
      return r;
    })
    .sort((a, b) => a.ms - b.ms);
  const { ms, cpu } = runs[1];
  console.log(
    `| ${label} | ${(ms / 1000).toFixed(2)} s | ${(words / (ms / 1000) / 1e6).toFixed(2)} M | ${(cpu / 1000).toFixed(2)} | ${(words / (cpu / 1000) / 1e6).toFixed(2)} M |`,
  );
}

const s = await firstDiagnostics(dir);
console.log(
  `\nserver, ${CLI_SIZE.toLocaleString('en')}-draft workspace: first diagnostics of a draft opened 50 ms after start ${s.first.toFixed(0)} ms; index complete (${s.draftsIndexed} drafts) ${(s.indexed / 1000).toFixed(1)} s after start`,
);
if (!KEEP) fs.rmSync(base, { recursive: true, force: true });
else console.log(`drafts kept in ${base}`);
