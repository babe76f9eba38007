// `npm run bench`: how fast Copydesk is, as a table. Speed is measured here and never asserted in
// a test (timed tests fail on a busy CI machine and pass on a fast one, proving nothing).
//
// Text: the development corpus concatenated and repeated when /work/shared is there, otherwise
// the seeded generator in newsText.mjs. Every figure is the median of several runs.
//
// Environment: COPYDESK_SERVER (default dist/server.js) for the stdio figures; BENCH_QUICK=1 for
// fewer runs; BENCH_JSON=path writes the figures as JSON too; BENCH_GENERATED=1 uses the generator
// even where the corpus is present; BENCH_SKIP_STDIO=1 leaves out the server figures, BENCH_ONLY=stdio
// gives only them.

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchText } from './benchText.mjs';
import { loadAnalysis } from './benchAnalysis.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const SERVER = process.env.COPYDESK_SERVER
  ? path.resolve(process.env.COPYDESK_SERVER)
  : path.join(ROOT, 'dist', 'server.js');
const QUICK = !!process.env.BENCH_QUICK;

// ---------------------------------------------------------------------------------------- text

const { name: SOURCE_NAME, textOfWords } = benchText(ROOT);

const wordCount = (t) => t.split(/\s+/).filter(Boolean).length;

// ------------------------------------------------------------------------------------ in-process

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function timeIt(f, runs, warmup) {
  for (let i = 0; i < warmup; i++) f();
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

function runsFor(words) {
  if (QUICK) return words <= 2000 ? [21, 5] : words <= 50000 ? [5, 1] : [3, 1];
  // A draft in the editor is analysed again and again: measure the compiled steady state.
  return words <= 2000 ? [101, 300] : words <= 50000 ? [21, 3] : [7, 1];
}

function measureThroughput(A, words) {
  const text = textOfWords(words);
  const n = wordCount(text);
  const [runs, warmup] = runsFor(words);
  const ms = timeIt(() => A.analyze(text, { format: 'plaintext' }), runs, warmup);
  const findings = A.analyze(text, { format: 'plaintext' }).findings.length;
  return { words: n, chars: text.length, ms, wordsPerSecond: (n / ms) * 1000, runs, findings };
}

function measureFamilies(A, words) {
  const text = textOfWords(words);
  const [runs, warmup] = runsFor(words);
  const options = { format: 'plaintext' };
  const doc = A.buildDocument(text, 'plaintext');
  const quotes = A.checkQuotations(doc, options);
  const names = A.checkNames(doc, quotes.quotations, options);
  // Attribution fills in quotation kinds: give each run a fresh copy so runs are alike.
  const fresh = () => quotes.quotations.map((q) => ({ ...q }));
  return {
    words: wordCount(text),
    document: timeIt(() => A.buildDocument(text, 'plaintext'), runs, warmup),
    quotes: timeIt(() => A.checkQuotations(doc, options), runs, warmup),
    names: timeIt(() => A.checkNames(doc, quotes.quotations, options), runs, warmup),
    attribution: timeIt(() => A.checkAttribution(doc, fresh(), names, options), runs, warmup),
    runs,
  };
}

/**
 * In-process: a one-character edit analysed as the server does, with the draft's cache at hand.
 * The edit is typed and deleted in turn, so every run analyses a version the cache has not seen.
 */
function measureIncremental(A, words) {
  const text = textOfWords(words);
  const options = { format: 'plaintext' };
  const mid = text.indexOf(' ', text.length >> 1) - 1;
  const versions = [text.slice(0, mid) + 'x' + text.slice(mid), text];
  // An editor session has analysed many keystrokes before this one: warm the cached path up too.
  const [runs, warmup] = QUICK ? [5, 2] : [21, 10];
  const cache = new A.AnalysisCache();
  A.analyze(text, options, cache);
  let turn = 0;
  const next = () => versions[turn++ % 2];
  return {
    words: wordCount(text),
    scratch: timeIt(() => A.analyze(next(), options), runs, warmup),
    reuse: timeIt(() => A.analyze(next(), options, cache), runs, warmup),
  };
}

// ----------------------------------------------------------------------------------- over stdio

async function lsp() {
  return require('vscode-languageserver-protocol/node');
}

/** Spawns the built server and speaks LSP to it over stdio, as an editor does (in `folder`, a workspace folder, if given). */
async function startServer(folder) {
  const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = await lsp();
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const waiters = [];
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    const at = performance.now();
    for (const w of [...waiters])
      if (w.uri === p.uri && (w.version === undefined || p.version === w.version)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(at);
      }
  });
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/showMessage', () => undefined);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folder ? pathToFileURL(folder).href : null,
    workspaceFolders: folder ? [{ uri: pathToFileURL(folder).href, name: 'bench' }] : null,
    capabilities: {
      workspace: { configuration: true },
      textDocument: { publishDiagnostics: { versionSupport: true }, synchronization: { didSave: false } },
    },
  });
  connection.sendNotification('initialized', {});
  return {
    child,
    connection,
    spawnedAt,
    /** Resolves with the time the publish for `uri` (at `version`, if given) arrived. */
    published(uri, version, timeoutMs = 120000) {
      return new Promise((resolve, reject) => {
        const w = { uri, version, resolve: (at) => (clearTimeout(t), resolve(at)) };
        const t = setTimeout(() => {
          waiters.splice(waiters.indexOf(w), 1);
          reject(new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.push(w);
      });
    },
    async close() {
      const exited = new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
      try {
        await connection.sendRequest('shutdown');
        connection.sendNotification('exit');
      } catch {
        /* gone already */
      }
      const timer = setTimeout(() => child.kill(), 3000);
      await exited;
      clearTimeout(timer);
      connection.dispose();
    },
  };
}

/** Peak and current resident memory of a process, from /proc (Linux only). */
function rssMb(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
    return { mb: kb('VmHWM') / 1024, now: kb('VmRSS') / 1024 };
  } catch {
    return { mb: NaN, now: NaN };
  }
}

const open = (s, uri, text, version = 1) =>
  s.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'plaintext', version, text },
  });

async function measureStartup(words, runs) {
  const text = textOfWords(words);
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const s = await startServer();
    const uri = `file:///bench/startup-${i}.txt`;
    const got = s.published(uri, 1);
    open(s, uri, text);
    ms.push((await got) - s.spawnedAt);
    await s.close();
  }
  return { words: wordCount(text), ms: median(ms), runs };
}

function positionAt(text, offset) {
  let line = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, character: offset - start };
}

/**
 * didChange of one character → the publish of that version, through the real server. `at` is
 * where the character is typed and deleted in turn: by default the end of the word before the
 * middle of the draft.
 */
async function measureLatency(words, edits, at, folder) {
  const text = textOfWords(words);
  const s = await startServer(folder);
  try {
    const uri = folder ? pathToFileURL(path.join(folder, 'latency.txt')).href : 'file:///bench/latency.txt';
    const first = s.published(uri, 1);
    const openedAt = performance.now();
    open(s, uri, text);
    const openMs = (await first) - openedAt;
    // An edit in the middle of a word in the middle of the draft, typed and then deleted again.
    const mid = at ? at(text) : text.indexOf(' ', text.length >> 1) - 1;
    const pos = positionAt(text, mid);
    const ms = [];
    let version = 1;
    for (let i = 0; i < edits; i++) {
      version++;
      const insert = i % 2 === 0;
      const change = insert
        ? { range: { start: pos, end: pos }, text: 'x' }
        : { range: { start: pos, end: { line: pos.line, character: pos.character + 1 } }, text: '' };
      const got = s.published(uri, version);
      const t0 = performance.now();
      s.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [change],
      });
      ms.push((await got) - t0);
      // A fast typist's pause between keystrokes.
      await new Promise((r) => setTimeout(r, 60));
    }
    return { words: wordCount(text), ms: median(ms.slice(1)), max: Math.max(...ms.slice(1)), edits, openMs };
  } finally {
    await s.close();
  }
}

/**
 * The server's memory over a short session on a long draft: open, 20 keystrokes at a fast typist's
 * pace, a pause. `languageId` outside the checked languages gives the floor: the same server and
 * protocol traffic with no analysis at all.
 */
async function measureMemory(words, languageId = 'plaintext') {
  const text = textOfWords(words);
  const s = await startServer();
  try {
    const uri = 'file:///bench/memory.txt';
    const got = s.published(uri, 1);
    s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    await got;
    // Edits too: an incremental path keeps the previous analysis alive while it builds the next.
    const pos = positionAt(text, text.indexOf(' ', text.length >> 1));
    for (let v = 2; v <= 21; v++) {
      const p = s.published(uri, v);
      s.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [
          v % 2 === 0
            ? { range: { start: pos, end: pos }, text: 'x' }
            : { range: { start: pos, end: { line: pos.line, character: pos.character + 1 } }, text: '' },
        ],
      });
      await p;
      await new Promise((r) => setTimeout(r, 60));
    }
    await new Promise((r) => setTimeout(r, 1500));
    return { words: wordCount(text), chars: text.length, ...rssMb(s.child.pid) };
  } finally {
    await s.close();
  }
}

// ------------------------------------------------------------------------------------------ main

const fmt = (n, d = 1) =>
  Number.isFinite(n) ? n.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d }) : 'n/a';
const int = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en') : 'n/a');

async function main() {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`# Copydesk benchmark\n`);
  console.log(
    `machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GB; node ${process.version}; ${os.platform()} ${os.release()}`,
  );
  console.log(`text: ${SOURCE_NAME}`);
  console.log(
    `load average at start: ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} (figures from a busy machine are slower and noisier)`,
  );
  console.log(`server: ${path.relative(ROOT, SERVER)}\n`);

  const A = await loadAnalysis(ROOT, 'out-bench');
  if (process.env.BENCH_ONLY === 'stdio') return stdio(A, {});
  // Compiled code, not the interpreter, is what an editor session runs on: warm up first.
  const warm = textOfWords(50000);
  for (let i = 0; i < (QUICK ? 3 : 6); i++) A.analyze(warm, { format: 'plaintext' });
  const results = { machine: { cpus: os.cpus().length, cpu, node: process.version }, text: SOURCE_NAME };

  console.log('## Full analysis (all checks, in process)\n');
  console.log('| words | characters | median ms | words/s | runs | findings |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  results.throughput = [];
  for (const words of [2000, 50000, 500000]) {
    const r = measureThroughput(A, words);
    results.throughput.push(r);
    console.log(
      `| ${int(r.words)} | ${int(r.chars)} | ${fmt(r.ms, 2)} | ${int(r.wordsPerSecond)} | ${r.runs} | ${r.findings} |`,
    );
  }

  console.log('\n## Per family (median ms)\n');
  console.log('| words | document model | quotes | names | attribution | runs |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  results.families = [];
  for (const words of [2000, 50000, 500000]) {
    const r = measureFamilies(A, words);
    results.families.push(r);
    console.log(
      `| ${int(r.words)} | ${fmt(r.document, 2)} | ${fmt(r.quotes, 2)} | ${fmt(r.names, 2)} | ${fmt(r.attribution, 2)} | ${r.runs} |`,
    );
  }

  const inc = measureIncremental(A, 100000);
  results.incremental = inc;
  console.log(`\n## One-character edit at ${int(inc.words)} words, in process (median ms)\n`);
  console.log("| | from scratch | with the draft's cache |");
  console.log('| --- | ---: | ---: |');
  console.log(`| full analysis | ${fmt(inc.scratch, 2)} | ${fmt(inc.reuse, 2)} |`);

  await stdio(A, results);
  if (process.env.BENCH_JSON) fs.writeFileSync(process.env.BENCH_JSON, JSON.stringify(results, null, 2) + '\n');
}

async function stdio(A, results) {
  if (process.env.BENCH_SKIP_STDIO) {
    console.log('\n(BENCH_SKIP_STDIO: no stdio figures)');
  } else if (!fs.existsSync(SERVER)) {
    console.log(`\n(${SERVER} is missing: build it first; no stdio figures)`);
  } else {
    console.log('\n## Through the real server over stdio\n');
    console.log('| what | words | median ms | detail |');
    console.log('| --- | ---: | ---: | --- |');
    const st = await measureStartup(2000, QUICK ? 3 : 7);
    results.startup = st;
    console.log(`| spawn → first diagnostics | ${int(st.words)} | ${fmt(st.ms, 1)} | ${st.runs} runs |`);
    const lat = await measureLatency(100000, QUICK ? 11 : 41);
    results.latency = lat;
    console.log(
      `| didChange (1 char) → publishDiagnostics | ${int(lat.words)} | ${fmt(lat.ms, 1)} | ${lat.edits - 1} edits in a word, max ${fmt(lat.max, 1)} ms; didOpen → first publish ${fmt(lat.openMs, 0)} ms |`,
    );
    // Inside a name the edit changes the draft's table of names: the harder case.
    const inName = (text) => {
      const m = A.analyze(text, { format: 'plaintext' }).mentions.find(
        (x) => x.start > text.length >> 1 && /^\p{Lu}\p{Ll}{3,}$/u.test(x.text),
      );
      return m ? m.end - 1 : text.length >> 1;
    };
    const latName = await measureLatency(100000, QUICK ? 11 : 41, inName);
    results.latencyInName = latName;
    console.log(
      `| the same, typed inside a name | ${int(latName.words)} | ${fmt(latName.ms, 1)} | ${latName.edits - 1} edits, max ${fmt(latName.max, 1)} ms |`,
    );
    // In a workspace folder the desk's memory runs too: the draft's name words go into the index
    // and are compared with the other drafts' on every keystroke.
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-desk-'));
    for (let i = 0; i < 20; i++) fs.writeFileSync(path.join(folder, `draft-${i}.txt`), textOfWords(2000 + i));
    const latDesk = await measureLatency(100000, QUICK ? 11 : 41, undefined, folder);
    fs.rmSync(folder, { recursive: true, force: true });
    results.latencyInWorkspace = latDesk;
    console.log(
      `| the same in a workspace folder of 20 other drafts (names/across-drafts on) | ${int(latDesk.words)} | ${fmt(latDesk.ms, 1)} | ${latDesk.edits - 1} edits, max ${fmt(latDesk.max, 1)} ms |`,
    );
    const floor = await measureMemory(500000, 'copydesk-off');
    const mem = await measureMemory(500000);
    results.memory = { ...mem, floor };
    const memRow = (what, m) =>
      `| ${what} | ${int(m.words)} | — | peak ${fmt(m.mb, 0)} MB (VmHWM); ${fmt(m.now, 0)} MB after a 1.5 s pause |`;
    console.log(memRow('server memory: open, 20 keystrokes, a pause', mem));
    console.log(memRow('the same with no checks (the protocol and the text alone)', floor));
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
