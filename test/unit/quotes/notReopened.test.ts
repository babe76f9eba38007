// quotes/not-reopened: a quotation over several paragraphs whose later paragraphs do not reopen it
// is one finding, with the fix that reopens each paragraph.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { checkFindings } from '../../support/check';
import { PAIRING } from './fixtures';
import { applyEdits } from '../../../server/src/analysis/edits';

const RULES = [...PAIRING, 'quotes/not-reopened'];

test('one paragraph and two paragraphs run through without the reopening mark', () => {
  const a = checkFindings(
    `
    Council Member Ann Reyes said, “People suffer from warrants for small offences.
                                   ^ quotes/not-reopened

    Begin Again offers a second chance. I thank the office for the event.”

    The event runs on Saturday.

    “Our office will be open late,” the clerk said. “Bring a document with your name.
                                                    ^ quotes/not-reopened

    Bring a second one if you can.

    Nobody will be turned away.”

    The doors open at nine.
  `,
    { rules: RULES },
  );
  assert.deepEqual(a.findings.filter((f) => f.rule === 'quotes/not-reopened').length, 2);
  const f = a.findings.find((x) => x.rule === 'quotes/not-reopened')!;
  assert.match(applyEdits(a.document.text, f.fixes[0].edits), /\n\n“Begin Again/);
});

test('straight and curly marks alike', () => {
  const fixture = `
    The clerk spoke first. “Bring a document with your name.
                           ^ quotes/not-reopened

    Bring a second one if you can.

    Nobody will be turned away.”
  `;
  checkFindings(fixture, { rules: RULES });
  checkFindings(fixture.replace(/[“”]/g, '"'), { rules: RULES });
});

test('a closer after marks of its own paragraph, or far away, stays as it was', () => {
  checkFindings(
    `
    Reyes said, “People suffer from warrants.
                ^ quotes/unclosed

    The clerk said “yes” and then, later, it ended.”
                                                   ^ quotes/unopened
  `,
    { rules: RULES },
  );
});

test('paragraphs of the run may hold apostrophes', () => {
  checkFindings(
    `
    The boxer’s statement read: “I crashed my car that night and nearly died.
                                ^ quotes/not-reopened

    Don’t drink and drive. It’s not worth it.

    I’m grateful to everyone who stood by me.”
  `,
    { rules: RULES },
  );
});
