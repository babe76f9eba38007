// A keystroke inside a name keeps the last variant groups when the spellings of its paragraph
// meet none of them (names/keptGroups.ts). Each draft here is typed into where one of the
// conditions for keeping them decides: with the cache the analysis must equal the one from scratch.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, AnalysisCache } from '../../../server/src/analysis';

/** Types `typed` at `at` in `draft` one letter at a time, then takes the letters back, comparing with from scratch after each keystroke. */
function typeInto(draft: string, at: number, typed: string): void {
  const cache = new AnalysisCache();
  analyze(draft, {}, cache);
  let text = draft;
  for (let k = 0; k < typed.length; k++) {
    text = text.slice(0, at + k) + typed[k] + text.slice(at + k);
    assert.deepEqual(analyze(text, {}, cache), analyze(text, {}), `after typing ‘${typed.slice(0, k + 1)}’`);
  }
  for (let k = typed.length; k > 0; k--) {
    text = text.slice(0, at + k - 1) + text.slice(at + k);
    assert.deepEqual(analyze(text, {}, cache), analyze(text, {}), `after taking back to ‘${typed.slice(0, k - 1)}’`);
  }
}

const after = (draft: string, word: string) => draft.indexOf(word) + word.length;

const THOMPSON =
  [
    'Ken Thompson, a spokesman for the ministry, said the plan would go ahead.',
    'Thompson said the Energy Ministry had agreed. Mr Thompson added that Ken Thompson would stay.',
    'Maria Lopez, the deputy minister, said she agreed with Thompson.',
    'Ken Thomson told reporters the vote was close.',
    'Lopez said the Kazakh delegation would meet in Astana on Tuesday.',
  ].join('\n\n') + '\n';

test('a name typed in a paragraph of no variant keeps the groups and moves their places', () => {
  // Thomson is flagged beside Thompson; Lopez's paragraph holds neither.
  assert.ok(analyze(THOMPSON, {}).findings.some((f) => f.rule === 'names/variant'));
  typeInto(THOMPSON, after(THOMPSON, 'Maria Lopez'), 'xyz');
  typeInto(THOMPSON, after(THOMPSON, 'Lopez said the Kazakh'), 'stan');
});

test('keystrokes that change no name move the kept places too', () => {
  // Ordinary words typed before the variants (the last result moves), then a name typed after them.
  const cache = new AnalysisCache();
  let text = THOMPSON;
  analyze(text, {}, cache);
  for (const [word, typed] of [
    ['plan', 's'],
    ['Maria Lopez', 'x'],
    ['agreed', 'ly'],
    ['Lopez said the Kazakh', 'stan'],
    ['vote', 'r'],
  ] as const) {
    for (const c of typed) {
      const at = after(text, word);
      text = text.slice(0, at) + c + text.slice(at);
      assert.deepEqual(analyze(text, {}, cache), analyze(text, {}), `after typing ${c} after ‘${word}’`);
    }
  }
});

test('a spelling typed into a pair is not kept: it makes a variant of another', () => {
  // "Thoson" becomes "Thomson", one letter from Thompson (written five times): a new pair.
  const draft = THOMPSON.replace('Ken Thomson told', 'Ken Thoson told');
  typeInto(draft, after(draft, 'Ken Thoson') - 'son'.length, 'm');
});

test('a spelling typed into a full bucket is not kept: it takes another pair out of the cap', () => {
  // Kalinov and its twelve one-letter variants share one bucket key; a bucket counts its first
  // twelve spellings only. Kalinova (no variant of any) written early pushes Kalbinov out of it.
  const draft =
    [
      'The minister met the alinova delegation on Monday.',
      'Mr Kalinov said the plan was good. Mr Kalinov said it twice. Mr Kalinov left.',
      ...'dfghmnprtz'.split('').map((c) => `Officials said Mr Kal${c}inov agreed.`),
      'Officials said Mr Kalbinov agreed.',
    ].join('\n\n') + '\n';
  assert.ok(analyze(draft, {}).findings.some((f) => f.message.startsWith('‘Kalbinov’')));
  typeInto(draft, draft.indexOf('alinova'), 'K');
});

test('a variant written in the changed paragraph counts otherwise: the groups are made again', () => {
  // "Ken Thomson" becomes "Kenx Thomson": another given name beside Thomson, so two people.
  typeInto(THOMPSON, after(THOMPSON, 'Ken Thomson') - 'Thomson'.length - 1, 'x');
  // The paragraph of the variant gains a name before it: the same words, counted the same, moved.
  const draft = THOMPSON.replace('Ken Thomson told', 'Officials said Ken Thomson told');
  typeInto(draft, after(draft, 'Officials'), ' and Anna Berg');
});

test('a spelling that comes or goes can make a paired one a derived word', () => {
  // Brazillian / Brazilian are a slip while no Brazil is written; typing Brazil makes Brazilian
  // Brazil's demonym, and the pair is dropped.
  const draft =
    [
      'The Brazilian delegation met Anna Berg. A Brazilian official agreed. The Brazilian minister left.',
      'Anna Berg said the Brazillian plan was late.',
      'Ministers from Brazi and Chile met in Lima on Tuesday.',
    ].join('\n\n') + '\n';
  typeInto(draft, after(draft, 'from Brazi'), 'l');
});
