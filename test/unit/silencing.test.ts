// A writer who disagrees with a finding silences it; nothing else goes quiet.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { buildDocument } from '../../server/src/analysis/document';
import { applySilencing, contextOf, parseIgnoreFile, formatIgnoreEntry } from '../../server/src/analysis/silencing';
import type { Finding } from '../../server/src/analysis/types';

const finding = (rule: string, offset: number): Finding => ({
  rule,
  severity: 'warning',
  message: 'm',
  offset,
  length: 1,
  related: [],
  fixes: [],
});

test('disable-next-line silences only the next line, and only the named rule', () => {
  const text = '<!-- copydesk-disable-next-line quotes/unopened -->\nBad line."\nOther bad line."';
  const doc = buildDocument(text, 'markdown');
  const onNext = text.indexOf('."') + 1;
  const onOther = text.lastIndexOf('."') + 1;
  const kept = applySilencing(doc, [
    finding('quotes/unopened', onNext),
    finding('names/variant', onNext),
    finding('quotes/unopened', onOther),
  ]);
  assert.deepEqual(
    kept.map((f) => [f.rule, f.offset]),
    [
      ['names/variant', onNext],
      ['quotes/unopened', onOther],
    ],
  );
});

test('disable … enable silences a region; a family name silences all its rules', () => {
  const text = 'A."\n<!-- copydesk-disable quotes -->\nB."\nC."\n<!-- copydesk-enable quotes -->\nD."';
  const doc = buildDocument(text, 'markdown');
  const at = (s: string) => text.indexOf(s) + 1;
  const kept = applySilencing(
    doc,
    ['A', 'B', 'C', 'D'].map((s) => finding('quotes/unopened', at(s + '."'))),
  );
  assert.deepEqual(
    kept.map((f) => text[f.offset - 1]),
    ['A', 'D'],
  );
});

test('a disable with no rule silences every rule until the end when never enabled', () => {
  const text = 'A."\n<!-- copydesk-disable -->\nB."';
  const doc = buildDocument(text, 'markdown');
  const kept = applySilencing(doc, [finding('quotes/unopened', 2), finding('names/variant', text.indexOf('B'))]);
  assert.deepEqual(
    kept.map((f) => f.offset),
    [2],
  );
});

test('the ignore file silences a finding by rule and sentence, surviving edits elsewhere', () => {
  const text = 'First sentence is fine. The minister said it twice. Another one.';
  const doc = buildDocument(text);
  const offset = text.indexOf('minister');
  const line = formatIgnoreEntry('attribution/vague', contextOf(doc, offset));
  const ignored = parseIgnoreFile(`# comment\n${line}\n`);
  assert.deepEqual(ignored, [{ rule: 'attribution/vague', text: 'The minister said it twice.' }]);
  const edited = 'A new first sentence. The minister said it twice. Another one.';
  const doc2 = buildDocument(edited);
  const o2 = edited.indexOf('minister');
  assert.equal(applySilencing(doc2, [finding('attribution/vague', o2)], ignored).length, 0);
  assert.equal(
    applySilencing(doc2, [finding('attribution/missing', o2)], ignored).length,
    1,
    'another rule is not silenced',
  );
});
