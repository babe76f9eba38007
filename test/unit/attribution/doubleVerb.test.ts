// attribution/double-verb: two speech verbs for one speaker, left by an edit. Made-up texts.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { checkFindings } from '../../support/check';
import { applyEdits } from '../../../server/src/analysis/edits';

const rules = ['attribution/double-verb'];

test('an inverted and a plain attribution both left in', () => {
  const a = checkFindings(
    `
    “The bridge reopens in May,” said Transport Director Elif Demir said.
                                 ^ attribution/double-verb
  `,
    { rules },
  );
  const f = a.findings.find((x) => x.rule === 'attribution/double-verb')!;
  assert.equal(
    applyEdits(a.document.text, f.fixes[0].edits),
    '“The bridge reopens in May,” said Transport Director Elif Demir.',
  );
});

test('"told reporters … said" and "wrote … added"', () => {
  checkFindings(
    `
    “We have enough seed for two seasons,” Demir told reporters in Izmir said.
                                           ^ attribution/double-verb
  `,
    { rules },
  );
  checkFindings(
    `
    “The port is full,” Marta Kovacs wrote on Monday added.
                        ^ attribution/double-verb
  `,
    { rules },
  );
});

test('a document noun and its verb, or a clause after a comma, are not two verbs', () => {
  checkFindings(
    `
    “Growth will slow,” the central bank report said.

    “Growth will slow,” said Marta Kovacs, who said the same last year.
  `,
    { rules },
  );
});

test('a headline is not body copy', () => {
  checkFindings(
    `
    “We will rebuild the bridge by May,” said Mayor Ana Ruiz said

    “The bridge reopens in May,” said Transport Director Elif Demir.
  `,
    { rules: ['attribution/'] },
  );
});
