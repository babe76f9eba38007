// How long each check takes when the draft is analysed again after a one-character edit, with
// the draft's cache at hand (as the editor does), beside the same from scratch. A tool for the
// speed work, not a test: `node scripts/edit-profile.mjs [words] [runs]`.

import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchText } from './benchText.mjs';
import { loadAnalysis } from './benchAnalysis.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORDS = Number(process.argv[2]) || 100000;
const RUNS = Number(process.argv[3]) || 41;

const A = await loadAnalysis(ROOT, 'out-profile');
const { textOfWords } = benchText(ROOT);

const text = textOfWords(WORDS);
// The bench's edit: the last letter of the word before the middle, typed and deleted in turn.
const mid = text.indexOf(' ', text.length >> 1) - 1;
const versions = [text, text.slice(0, mid) + 'x' + text.slice(mid)];
const options = { format: 'plaintext' };
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function stages(t, cache) {
  const t0 = performance.now();
  cache?.begin(JSON.stringify([options.format, undefined, undefined, 0]));
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
console.log(`${WORDS.toLocaleString('en')} words, ${text.length.toLocaleString('en')} chars; one-character edit at ${mid}; medians of ${RUNS}`);
console.log('| | document | quotes | names | attribution | sum |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
console.log(row('from scratch', scratch));
console.log(row('with the cache', cached));
console.log(`analyze() with the cache, all included: ${median(whole).toFixed(2)} ms`);
