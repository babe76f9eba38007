// quotes/nesting: a quotation inside a quotation written in the same marks. The fix writes the
// inner pair in the marks of the other level, in whichever family the draft quotes with: “…” and
// ‘…’, "…" and '…', «…» and ‹…›, 「…」 and 『…』 (lexicon/quoteMarks.ts).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/analysis/edits';
import type { AnalysisOptions } from '../../../server/src/analysis/types';
import { check, flags } from './helpers';

/** The draft after the nesting finding's fix, and the fix's title. */
function fixed(text: string, options: AnalysisOptions = {}): { title: string; text: string } {
  const f = check(text, options).findings.find((x) => x.rule === 'quotes/nesting');
  assert.ok(f, `no quotes/nesting in ${text}: ${JSON.stringify(flags(text, options))}`);
  return { title: f.fixes[0].title, text: applyEdits(text, f.fixes[0].edits) };
}

test('curly double marks inside curly double marks: the inner pair becomes single', () => {
  assert.deepEqual(fixed('“The minister called it “a milestone” on Monday,” the spokesman said.'), {
    title: 'Use ‘…’ for the inner quotation',
    text: '“The minister called it ‘a milestone’ on Monday,” the spokesman said.',
  });
});

test('guillemets inside guillemets: the inner pair becomes single guillemets', () => {
  assert.deepEqual(fixed('«Le maire a dit «nous sommes prêts» hier», a-t-elle dit.', { quoteLocale: 'fr' }), {
    title: 'Use ‹…› for the inner quotation',
    text: '«Le maire a dit ‹nous sommes prêts› hier», a-t-elle dit.',
  });
});

test('corner brackets inside corner brackets: the inner pair becomes white corner brackets', () => {
  assert.deepEqual(fixed('「社長は「前例のない計画」と呼んだ」と広報担当者は語った。'), {
    title: 'Use 『…』 for the inner quotation',
    text: '「社長は『前例のない計画』と呼んだ」と広報担当者は語った。',
  });
});
