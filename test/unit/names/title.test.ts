// names/title: a person's honorific written otherwise than at first use. Every draft is made up.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { checkFindings } from '../../support/check';

const only = { rules: ['names/title'] };

test('a full stop dropped from the honorific is its own finding, the first use setting the style', () => {
  const a = checkFindings(
    `
    Dr. Aliya Sadykova, a surgeon, said the ward was full. Dr Sadykova added that staff were tired.
                                                           ^^ names/title
    Prof Marat Ibrayev chaired. Prof. Ibrayev closed the session.
                                ^^^^^ names/title
    `,
    only,
  );
  const f = a.findings.find((x) => x.rule === 'names/title')!;
  assert.equal(f.fixes[0].edits[0].newText, 'Dr.');
});

test('another honorific for the same person is flagged', () => {
  checkFindings(
    `
    Dr. Aliya Sadykova, a surgeon, said the ward was full. Mrs. Sadykova added that staff were tired.
                                                           ^^^^ names/title
    Ms Dana Whitfield, the treasurer, resigned. Mrs Whitfield said she was proud of the work.
                                                ^^^ names/title
    `,
    only,
  );
});

test('role titles change with the copy and the same honorific is quiet', () => {
  checkFindings(
    `
    President Kassym-Jomart Tokayev met Mr. Omarov. Mr. Omarov said the talks went well, and Mr. Omarov left.

    Senator Dana Whitfield spoke. Ms Whitfield said the bill would pass.
    `,
    only,
  );
});
