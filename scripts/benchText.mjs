// The text the speed scripts measure on: the development corpus beside the checkout,
// concatenated and repeated to size, or the seeded generator where the corpus is absent (a
// user's clone) or BENCH_GENERATED=1 asks for it.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { newsText } from './newsText.mjs';

function corpusText(corpus) {
  if (!fs.existsSync(corpus)) return undefined;
  const files = [];
  const walk = (d) => {
    for (const n of fs.readdirSync(d).sort()) {
      const p = path.join(d, n);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.txt')) files.push(p);
    }
  };
  walk(corpus);
  if (!files.length) return undefined;
  return files.map((f) => fs.readFileSync(f, 'utf8').trim()).join('\n\n') + '\n';
}

/** `{ name, textOfWords(words) }`: the first `words` words of the source, cut at a paragraph break. */
export function benchText(root) {
  const corpus = path.resolve(root, '..', 'shared', 'corpus', 'dev');
  const source = process.env.BENCH_GENERATED ? undefined : corpusText(corpus);
  const paragraphs = source?.split(/\n\s*\n/);
  return {
    name: source
      ? `development corpus (${path.relative(root, corpus)}), concatenated and repeated`
      : 'built-in news generator (scripts/newsText.mjs)',
    textOfWords(words) {
      if (!paragraphs) return newsText(words);
      const out = [];
      let count = 0;
      for (let i = 0; count < words; i = (i + 1) % paragraphs.length) {
        out.push(paragraphs[i]);
        count += paragraphs[i].split(/\s+/).filter(Boolean).length;
      }
      return out.join('\n\n') + '\n';
    },
  };
}
