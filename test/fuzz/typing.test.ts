// Real articles, typed into as a reporter types: a word, a name, a quotation mark, a speech verb
// or a paragraph break, one character at a time, then taken back. After every keystroke the
// analysis made with the draft's cache must equal the analysis made from scratch. Random drafts
// (incremental.test.ts) reach the odd corners; these reach what a newsroom's drafts contain.
// Reads the development corpus beside the checkout; skips without it.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, AnalysisCache } from '../../server/src/analysis';
import { useNameFastPaths } from '../../server/src/analysis/names/incremental';
import { HAVE_SHARED, SHARED } from '../support/texts';
import { SEED } from './arbitraries';
import { rng } from '../../scripts/newsText.mjs';

const CORPUS = path.join(SHARED, 'corpus', 'dev');
const HAVE_CORPUS = HAVE_SHARED && fs.existsSync(CORPUS);
/** Articles typed into in `npm test`; COPYDESK_TYPING_FILES=all for every one. */
const FILES = process.env.COPYDESK_TYPING_FILES === 'all' ? Infinity : Number(process.env.COPYDESK_TYPING_FILES) || 40;

function articles(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of fs.readdirSync(d).sort()) {
      const p = path.join(d, n);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.txt')) out.push(p);
    }
  };
  walk(CORPUS);
  return out;
}

/** What gets typed: ordinary words, names and their variants, marks, verbs, breaks. */
const TYPED = [
  'the ',
  'x',
  ' said',
  ' says',
  ' he said.',
  ', she told reporters',
  '“',
  '”',
  '"',
  '’s',
  "'",
  ' Ashimbayev',
  ' Ashimbaev',
  ' Mr Smith',
  ' Smyth',
  ' Nazarbayev',
  ' NBK',
  ' Ministry of Energy',
  ' critics say',
  '. ',
  '.\n\n',
  '\n\n',
  ' according to sources',
  ' It is thought',
  ' admitted',
  ' (NBK)',
  ', a spokesperson for the ministry,',
];

// With the names check's fast paths (moved result, kept groups) and without them: each must be exact on its own.
for (const fast of [true, false]) {
  test(
    `typing into real articles: the cached analysis equals the analysis from scratch after every keystroke (names fast paths ${fast ? 'on' : 'off'})`,
    { skip: !HAVE_CORPUS && 'no development corpus beside this checkout' },
    () => {
      const rand = rng(SEED + (fast ? 0 : 1));
      const files = articles();
      // Without the fast paths every keystroke settles the draft again: a quarter of the articles.
      const count = fast ? FILES : Math.ceil(FILES / 4);
      const picked = files
        .filter((_, i) => count === Infinity || i % Math.max(1, Math.floor(files.length / count)) === 0)
        .slice(0, count);
      useNameFastPaths(fast);
      try {
        for (const file of picked) {
          let text = fs.readFileSync(file, 'utf8');
          const cache = new AnalysisCache();
          analyze(text, {}, cache);
          const check = (what: string) => {
            const a = analyze(text, {}, cache);
            const b = analyze(text, {});
            assert.deepEqual(a, b, `${path.basename(file)}: after ${what}`);
          };
          for (let session = 0; session < 3; session++) {
            const typed = TYPED[Math.floor(rand() * TYPED.length)];
            let at = Math.floor(rand() * (text.length + 1));
            // Type it, one character at a time.
            for (const ch of typed) {
              text = text.slice(0, at) + ch + text.slice(at);
              at += ch.length;
              check(`typing ${JSON.stringify(typed)} at ${at}`);
            }
            // Take half of it back with Backspace, then delete a word somewhere else.
            for (let k = 0; k < Math.ceil(typed.length / 2) && at > 0; k++) {
              text = text.slice(0, at - 1) + text.slice(at);
              at--;
              check(`backspace at ${at}`);
            }
            const from = Math.floor(rand() * text.length);
            const to = Math.min(text.length, from + 1 + Math.floor(rand() * 12));
            text = text.slice(0, from) + text.slice(to);
            check(`deleting ${from}-${to}`);
          }
        }
      } finally {
        useNameFastPaths(true);
      }
    },
  );
}
