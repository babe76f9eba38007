// Fix-all: typography only, and settled in one go.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import {
  applyEdits,
  fixAllEdits,
  fixAllPlan,
  settledFixAllEdits,
  typographyOnly,
} from '../../server/src/analysis/edits';
import type { Analysis, Finding } from '../../server/src/analysis/types';

test('an edit that changes a letter or digit is not typography', () => {
  const text = 'the ‘90s, “Yes,” he says';
  assert.ok(typographyOnly(text, { offset: 4, length: 1, newText: '’' }));
  assert.ok(typographyOnly(text, { offset: 0, length: 0, newText: '“ ' }));
  assert.ok(!typographyOnly(text, { offset: 20, length: 4, newText: 'said' }));
  assert.ok(!typographyOnly(text, { offset: 5, length: 2, newText: '80' }));
});

/** An analysis whose findings are the given ones, of a rule that allows fix-all. */
function withFindings(text: string, findings: Array<Pick<Finding, 'rule' | 'fixes'>>): Analysis {
  const a = analyze(text);
  a.findings = findings.map(
    (f, i) => ({ severity: 'information', message: '', offset: i, length: 1, related: [], ...f }) as Finding,
  );
  return a;
}

test('fix-all leaves out a safe fix that changes wording, whatever its rule says', () => {
  const text = '“Yes,” he says.';
  const a = withFindings(text, [
    {
      rule: 'quotes/style',
      fixes: [{ title: 'word', edits: [{ offset: 10, length: 4, newText: 'said' }], safe: true }],
    },
    { rule: 'quotes/style', fixes: [{ title: 'mark', edits: [{ offset: 0, length: 1, newText: '"' }], safe: true }] },
  ]);
  assert.deepEqual(fixAllEdits(a), [{ offset: 0, length: 1, newText: '"' }]);
});

test('fixes that touch each other are settled in rounds, composed into edits of the original text', () => {
  const text = 'abc "x" def';
  // Round 1: two fixes on the same mark; the second is deferred. Round 2 (on the new text) takes it.
  const first = withFindings(text, [
    { rule: 'quotes/style', fixes: [{ title: 'a', edits: [{ offset: 0, length: 0, newText: '“ ' }], safe: true }] },
    { rule: 'quotes/style', fixes: [{ title: 'b', edits: [{ offset: 4, length: 1, newText: '“' }], safe: true }] },
    { rule: 'quotes/style', fixes: [{ title: 'c', edits: [{ offset: 4, length: 3, newText: '“x”' }], safe: true }] },
  ]);
  assert.equal(fixAllPlan(first).deferred, true);
  const rounds: string[] = [];
  const edits = settledFixAllEdits(first, (t) => {
    rounds.push(t);
    // After round 1 the text is '“ abc “x" def': the closer at 8 is what is left.
    return withFindings(
      t,
      t.includes('x"')
        ? [
            {
              rule: 'quotes/style',
              fixes: [{ title: 'd', edits: [{ offset: t.indexOf('x"') + 1, length: 1, newText: '”' }], safe: true }],
            },
          ]
        : [],
    );
  });
  assert.deepEqual(rounds, ['“ abc “x" def']);
  assert.equal(applyEdits(text, edits), '“ abc “x” def');
});

test('on real text, one settled fix-all leaves nothing for a second and changes no letter', () => {
  const text =
    '“Exports are recovering,\' said Timur Zhumabayev. "Imports too," he said. It\'s the ‘90s again.\n\n' +
    '‘We have no complaints,’ said Aigerim Kassymova. “The tariffs hold,” she said. "Good," he says.';
  const fixed = applyEdits(
    text,
    settledFixAllEdits(analyze(text), (t) => analyze(t)),
  );
  assert.notEqual(fixed, text);
  assert.equal((fixed.match(/[\p{L}\p{N}]/gu) ?? []).join(''), (text.match(/[\p{L}\p{N}]/gu) ?? []).join(''));
  assert.deepEqual(fixAllEdits(analyze(fixed)), []);
  assert.ok(fixed.includes('he says'));
});
