// House style: one information finding per mark that departs from the draft's majority.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { buildDocument } from '../../../server/src/analysis/document';
import { analyze } from '../../../server/src/analysis/analyze';
import { applyEdits, fixAllEdits } from '../../../server/src/analysis/edits';
import { check, flags } from './helpers';

test('a straight closer of a curly pair is a style mix, not unbalanced (q06)', () => {
  const t = '“The deal is signed," said Timur Zhumabayev.';
  assert.deepEqual(flags(t), ['quotes/style@"#1']);
  const f = check(t).findings[0];
  assert.equal(f.severity, 'information');
  assert.equal(f.fixes[0].edits[0].newText, '”');
  assert.equal(f.fixes[0].safe, true);
});

test('a straight apostrophe in a curly draft is a style mix (q33)', () => {
  assert.deepEqual(flags('Daulet Serikbayev’s company won. Serikbayev\'s deputy said so.'), ['quotes/style@\'#1']);
});

test('one finding per minority mark; the majority sets the style', () => {
  const t = '"One," he said. "Two," he said. "Three," he said. “Four,” he said.';
  assert.deepEqual(flags(t), ['quotes/style@“#1', 'quotes/style@”#1']);
  assert.deepEqual(check(t).findings.map((f) => f.fixes[0].edits[0].newText), ['"', '"']);
});

test('the outer level is double or single as the draft does it (q25)', () => {
  const t = '“We are on schedule,” said Daulet Serikbayev.\n\n‘We have no complaints,’ said Aigerim Kassymova.';
  assert.deepEqual(flags(t), ['quotes/style@‘#1']);
  const f = check(t).findings[0];
  assert.equal(applyEdits(t, f.fixes[0].edits), t.replace('‘We have no complaints,’', '“We have no complaints,”'));
});

test('single marks for terms beside double marks for speech are a house style, not a mix', () => {
  const t = 'The \'chip and pin\' cards helped. "Fraud fell sharply this year," he said. Brian \'Head\' Welch left.';
  assert.deepEqual(flags(t), []);
});

test('fix-all converts every style mark and nothing else', () => {
  const t = '“One," he said. ‘Two,’ she said. Serikbayev\'s deputy’s car.';
  const a = analyze(t);
  const fixed = applyEdits(t, fixAllEdits(a));
  assert.equal(fixed, '“One,” he said. “Two,” she said. Serikbayev’s deputy’s car.');
  assert.equal(buildDocument(fixed).text.length, t.length);
});
