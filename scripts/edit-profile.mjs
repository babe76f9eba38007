// How long each check takes when the draft is analysed again after a one-character edit, with
// the draft's cache at hand (as the editor does), beside the same from scratch. A tool for the
// speed work, not a test: `node scripts/edit-profile.mjs [words] [runs]`. With `--random`, the
// keystrokes land anywhere instead (letters, capitals, quotation marks, paragraph breaks, deletions),
// as a writer's session does, and the live heap is printed every 100 of them. With `--in-name`, the
// letter is typed at the end of a person's full name after the middle instead ("Ashimbayev" ->
// "Ashimbayevx"): a keystroke that changes a name, so the names check cannot move its last result.

import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchText } from './benchText.mjs';
import { rng } from './newsText.mjs';
import { loadAnalysis } from './benchAnalysis.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORDS = Number(process.argv[2]) || 100000;
const RUNS = Number(process.argv[3]) || 41;

const A = await loadAnalysis(ROOT, 'out-profile');
const { textOfWords } = benchText(ROOT);

const text = textOfWords(WORDS);
// The bench's edit: the last letter of the word before the middle, typed and deleted in turn.
const options = { format: 'plaintext' };
const mid = process.argv.includes('--in-name') ? inName() : text.indexOf(' ', text.length >> 1) - 1;
const versions = [text, text.slice(0, mid) + 'x' + text.slice(mid)];

/** The end of the first mention of a person by two or more name words that starts after the middle. */
function inName() {
  const a = A.analyze(text, options);
  const m = a.mentions.find(
    (m) => m.start > text.length >> 1 && m.entity >= 0 && a.entities[m.entity].kind === 'person' && /\s/.test(m.text),
  );
  console.log(`typing at the end of ‘${m.text}’`);
  return m.end;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function stages(t, cache) {
  const t0 = performance.now();
  // As analyze() does; the options never change here, so any fixed key will do.
  cache?.begin('edit-profile');
  const doc = A.buildDocument(t, 'plaintext', cache?.document);
  if (cache) cache.document = doc;
  const t1 = performance.now();
  const q = A.checkQuotations(doc, options, cache);
  const t2 = performance.now();
  const n = A.checkNames(doc, q.quotations, options, cache);
  const t3 = performance.now();
  A.checkAttribution(doc, q.quotations, n, options, cache);
  const t4 = performance.now();
  return [t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - t0];
}

if (process.argv.includes('--random')) {
  randomSession();
  process.exit(0);
}

/** Keystrokes anywhere in the draft, typed into one cache: the time of each, and whether the cache only grows. */
function randomSession() {
  const rand = rng(20261128);
  const typed = ['x', ' ', 'e', '“', '”', '"', 'A', '.', '\n\n', 's', ','];
  const cache = new A.AnalysisCache();
  let draft = text;
  A.analyze(draft, options, cache);
  const ms = [];
  console.log(`${WORDS.toLocaleString('en')} words; ${RUNS} keystrokes at random places, one cache`);
  console.log('| keystrokes | median ms | 90th percentile ms | live heap MB |');
  console.log('| ---: | ---: | ---: | ---: |');
  for (let i = 1; i <= RUNS; i++) {
    const at = Math.floor(rand() * draft.length);
    if (rand() < 0.3) draft = draft.slice(0, at) + draft.slice(at + 1);
    else draft = draft.slice(0, at) + typed[Math.floor(rand() * typed.length)] + draft.slice(at);
    const t0 = performance.now();
    A.analyze(draft, options, cache);
    ms.push(performance.now() - t0);
    if (i % 100 === 0 || i === RUNS) {
      globalThis.gc?.();
      const sorted = [...ms].sort((a, b) => a - b);
      const heap = globalThis.gc
        ? (process.memoryUsage().heapUsed / 2 ** 20).toFixed(1)
        : 'n/a (run node with --expose-gc)';
      console.log(
        `| ${i} | ${median(ms).toFixed(2)} | ${sorted[Math.floor(sorted.length * 0.9)].toFixed(2)} | ${heap} |`,
      );
      ms.length = 0;
    }
  }
}

const cache = new A.AnalysisCache();
for (let i = 0; i < 8; i++) stages(versions[i % 2], cache);
const cached = [[], [], [], [], []];
for (let i = 0; i < RUNS; i++) stages(versions[i % 2], cache).forEach((ms, k) => cached[k].push(ms));
const scratch = [[], [], [], [], []];
for (let i = 0; i < Math.min(RUNS, 11); i++) stages(versions[i % 2]).forEach((ms, k) => scratch[k].push(ms));
const whole = [];
const c2 = new A.AnalysisCache();
for (let i = 0; i < RUNS + 8; i++) {
  const s = performance.now();
  A.analyze(versions[i % 2], options, c2);
  if (i >= 8) whole.push(performance.now() - s);
}
const row = (name, xs) => `| ${name} | ${xs.map((x) => median(x).toFixed(2)).join(' | ')} |`;
console.log(
  `${WORDS.toLocaleString('en')} words, ${text.length.toLocaleString('en')} chars; one-character edit at ${mid}; medians of ${RUNS}`,
);
console.log('| | document | quotes | names | attribution | sum |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
console.log(row('from scratch', scratch));
console.log(row('with the cache', cached));
console.log(`analyze() with the cache, all included: ${median(whole).toFixed(2)} ms`);
