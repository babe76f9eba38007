import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/analyze';

const kinds = (text: string) =>
  analyze(text)
    .quotations.filter((q) => q.depth === 0)
    .map((q) => `${q.kind}:${text.slice(q.start, q.end)}`);

test('a quoted sentence is direct speech; a short name or a scare quote is not', () => {
  assert.deepEqual(kinds('“We will open the depot in April,” said Arman Tulegenov.'), [
    'direct:We will open the depot in April,',
  ]);
  assert.deepEqual(kinds('The bloc ‘Ak Zhol’ backed the so-called “reforms” this week.'), [
    'title:Ak Zhol',
    'title:reforms',
  ]);
});

test('Title Case is a title, and a slogan after “such as” is a name, whatever its length', () => {
  assert.deepEqual(kinds('Her novel “The Long Road Home” sold well.'), ['title:The Long Road Home']);
  assert.deepEqual(kinds('They could back projects such as “One road, one future”.'), ['title:One road, one future']);
});

test('four words or more in lower case are someone’s words (a partial quotation)', () => {
  assert.deepEqual(kinds('The delays were “entirely the builder’s own fault” and cost millions.'), [
    'partial:entirely the builder’s own fault',
  ]);
});

test('quoted words used as a modifier or after “the term” are a label', () => {
  assert.deepEqual(kinds('The station will play “bold, strange and local” music.'), ['title:bold, strange and local']);
  assert.deepEqual(kinds('Critics coined the term “the quiet money effect” last year.'), [
    'title:the quiet money effect',
  ]);
  assert.deepEqual(kinds('The band played its song “we are still here tonight” twice.'), [
    'title:we are still here tonight',
  ]);
});

test('words introduced by a colon are speech even when short', () => {
  assert.deepEqual(kinds('Her answer was brief: “Not yet.”'), ['direct:Not yet.']);
});
