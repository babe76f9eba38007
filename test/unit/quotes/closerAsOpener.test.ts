// quotes/closer-as-opener: a closing mark typed as an opening one, wherever it sits, is one finding
// whose fix turns it round.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { curlyOnly } from './fixtures';
import { applyEdits } from '../../../server/src/analysis/edits';

test('at the end of a paragraph', () => {
  const a = curlyOnly(`
    “The grant pays for a school and a clinic,” the mayor said. “It is the best news in years. “
                                                                                               ^ quotes/closer-as-opener

    The state pays in two parts.
  `);
  const f = a.findings.find((x) => x.rule === 'quotes/closer-as-opener')!;
  assert.match(applyEdits(a.document.text, f.fixes[0].edits), /in years\. ”/);
});

test('mid-paragraph, before more words', () => {
  curlyOnly(`
    She called the bypass “the most important road in 30 years“ and said work starts in May.
                                                              ^ quotes/closer-as-opener

    She called it “a relief.“ Nobody argued.
                            ^ quotes/closer-as-opener
  `);
});

test('single marks too', () => {
  curlyOnly(`
    ‘We will appeal,‘ said the lawyer.
                    ^ quotes/closer-as-opener
  `);
});

test('before a full stop, after a space', () => {
  curlyOnly(`
    Police call the scheme “the envelope swap “. Three men were charged.
                                              ^ quotes/closer-as-opener
  `);
});
