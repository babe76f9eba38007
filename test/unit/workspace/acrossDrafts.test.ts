// names/across-drafts: a name this draft spells otherwise than the other drafts of the workspace.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, parseStyleSheet } from '../../../server/src/analysis';
import { draftNames, workspaceLine } from '../../../server/src/analysis/workspace';
import { addDraft, checkAcross, release, workspaceOf } from './support';

const SENATE = [
  { key: 'ws/budget.release', text: release('Maulen Ashimbayev', 'chairman of the Senate', 'the budget hearings') },
  { key: 'ws/roads.release', text: release('Maulen Ashimbayev', 'chairman of the Senate', 'the new motorway') },
  { key: 'ws/congress.release', text: release('Maulen Ashimbayev', 'chairman of the Senate', 'the party congress') },
];

test('a transliteration the other drafts do not use is reported, with their spelling, count and latest draft', () => {
  const index = workspaceOf(SENATE);
  const { findings } = checkAcross(
    `
    Senate chairman Maulen Ashimbaev opened the spring session on Monday.
                           ^^^^^^^^^ names/across-drafts

    Ashimbaev said the chamber would take up the budget first.
    ^^^^^^^^^ names/across-drafts
    `,
    index,
  );
  const f = findings[0];
  assert.equal(f.message, '‘Ashimbaev’ — 3 other drafts write ‘Ashimbayev’, latest congress.release');
  assert.equal(f.severity, 'warning');
  assert.deepEqual(
    f.related.map((r) => [r.draft?.key, r.draft?.line, r.draft?.character, r.length]),
    [
      ['ws/congress.release', 0, 7, 10],
      ['ws/roads.release', 0, 7, 10],
      ['ws/budget.release', 0, 7, 10],
    ],
  );
  assert.equal(f.fixes[0].title, 'Use ‘Ashimbayev’ here, as the other drafts do');
  assert.deepEqual(f.fixes[0].edits, [{ offset: f.offset, length: 9, newText: 'Ashimbayev' }]);
  assert.ok(f.fixes[0].preferred);
  assert.deepEqual(f.fixes[1].command?.args.slice(1), ['Maulen Ashimbayev']);
  assert.deepEqual(f.fixes[2].command?.args.slice(1), ['Ashimbaev', 'Ashimbayev']);
});

test('one other draft is no house style: a spelling used in a single other draft settles nothing', () => {
  checkAcross(
    `
    Senate chairman Maulen Ashimbaev opened the spring session on Monday.
    `,
    workspaceOf(SENATE.slice(0, 1)),
  );
});

test('a name only this draft writes is never reported', () => {
  checkAcross(
    `
    Regional governor Serik Tokmagambetov opened the new school in Taraz.
    `,
    workspaceOf(SENATE),
  );
});

test('the spelling most drafts use is not reported against a few that write it otherwise', () => {
  const index = workspaceOf([
    ...SENATE,
    { key: 'ws/old1.release', text: release('Maulen Ashimbaev', 'chairman of the Senate', 'the archive') },
    { key: 'ws/old2.release', text: release('Maulen Ashimbaev', 'chairman of the Senate', 'the library') },
  ]);
  // Three drafts against two (three with this one): no spelling is settled.
  checkAcross(
    `
    Senate chairman Maulen Ashimbaev opened the spring session on Monday.
    `,
    index,
  );
});

test('relatives across drafts are not reported: a gendered ending, a surname plus an ending', () => {
  const index = workspaceOf([
    { key: 'a.txt', text: release('Anna Kowalska', 'the deputy mayor', 'the tram depot') },
    { key: 'b.txt', text: release('Anna Kowalska', 'the deputy mayor', 'the river park') },
    { key: 'c.txt', text: release('Anna Kowalska', 'the deputy mayor', 'the budget') },
    { key: 'd.txt', text: release('Aigerim Nurlanova', 'the health minister', 'the clinic') },
    { key: 'e.txt', text: release('Aigerim Nurlanova', 'the health minister', 'the hospital') },
    { key: 'f.txt', text: release('Aigerim Nurlanova', 'the health minister', 'the vaccine centre') },
  ]);
  checkAcross(
    `
    Piotr Kowalski, a city councillor, voted against the plan on Friday.

    Daulet Nurlanov, the energy minister, said the grid would be ready.
    `,
    index,
  );
});

test('different people are not reported: given names that differ, or one letter apart with no shared given name', () => {
  const index = workspaceOf([
    { key: 'a.txt', text: release('Mark Johnston', 'the union leader', 'the strike talks') },
    { key: 'b.txt', text: release('Mark Johnston', 'the union leader', 'the wage deal') },
    { key: 'c.txt', text: release('Mark Johnston', 'the union leader', 'the conference') },
    { key: 'd.txt', text: release('Yerlan Nazarbayev', 'the mayor of Kostanay', 'the bridge') },
    { key: 'e.txt', text: release('Yerlan Nazarbayev', 'the mayor of Kostanay', 'the market') },
    { key: 'f.txt', text: release('Yerlan Nazarbayev', 'the mayor of Kostanay', 'the stadium') },
  ]);
  checkAcross(
    `
    Boris Johnson, the former prime minister, spoke in London.

    Johnson said the talks had failed.

    Nursultan Nazarbaev, the first president, opened the library.
    `,
    index,
  );
});

test('one letter apart with the same given name is one person spelled two ways', () => {
  const index = workspaceOf([
    { key: 'a.txt', text: release('Daulet Serikbayev', 'chief executive of NurTrans', 'the terminal') },
    { key: 'b.txt', text: release('Daulet Serikbayev', 'chief executive of NurTrans', 'the depot') },
    { key: 'c.txt', text: release('Daulet Serikbayev', 'chief executive of NurTrans', 'the rail link') },
  ]);
  checkAcross(
    `
    Daulet Serikbeyev, chief executive of NurTrans, signed the contract.
           ^^^^^^^^^^ names/across-drafts
    `,
    index,
  );
});

test('the style sheet wins: a spelling it settles is never reported, whatever the other drafts write', () => {
  const index = workspaceOf(SENATE);
  checkAcross(
    `
    Senate chairman Maulen Ashimbaev opened the spring session on Monday.
    `,
    index,
    { styleSheet: parseStyleSheet('Maulen Ashimbaev\n') },
  );
  // Two spellings the sheet calls different people.
  checkAcross(
    `
    Senate chairman Maulen Ashimbaev opened the spring session on Monday.
    `,
    index,
    { styleSheet: parseStyleSheet('Ashimbaev != Ashimbayev\n') },
  );
  // The sheet settles the other drafts' spelling: names/style-sheet says it, not this rule.
  const sheet = { styleSheet: parseStyleSheet('Maulen Ashimbayev\n') };
  checkAcross(
    `
    Senate chairman Maulen Ashimbaev opened the spring session on Monday.
    `,
    index,
    sheet,
  );
  const a = analyze('Senate chairman Maulen Ashimbaev opened the spring session on Monday.\n', sheet);
  assert.ok(a.findings.some((f) => f.rule === 'names/style-sheet'));
});

test('transliterations are compared within one language: a French release writes the French form', () => {
  const index = workspaceOf([
    { key: 'a.txt', text: release('Daulet Serikbayev', 'chief executive of NurTrans', 'the terminal') },
    { key: 'b.txt', text: release('Daulet Serikbayev', 'chief executive of NurTrans', 'the depot') },
    { key: 'c.txt', text: release('Daulet Serikbayev', 'chief executive of NurTrans', 'the rail link') },
  ]);
  checkAcross(
    `
    « Nous ouvrirons le terminal en mars », a déclaré Daulet Serikbaïev, le directeur général.
    `,
    index,
  );
  // The same form pasted into English copy is a slip.
  checkAcross(
    `
    Daulet Serikbaïev, chief executive of NurTrans, opened the terminal on Monday.
           ^^^^^^^^^^ names/across-drafts
    `,
    index,
  );
});

test('both spellings in this draft are names/variant’s to report, not this rule’s', () => {
  checkAcross(
    `
    Maulen Ashimbayev, chairman of the Senate, opened the session.

    Ashimbayev said the budget came first. Ashimbaev added that roads came next.
    `,
    workspaceOf(SENATE),
  );
});

test('a deleted draft no longer counts, and a renamed one is named by its new name', () => {
  const index = workspaceOf(SENATE);
  const draft = 'Senate chairman Maulen Ashimbaev opened the spring session on Monday.\n';
  const findings = () => {
    const a = analyze(draft);
    return checkAcrossRaw(a, index);
  };
  assert.match(findings()[0].message, /3 other drafts write ‘Ashimbayev’, latest congress\.release/);
  // A rename is the old key gone and the new one there.
  index.delete('ws/congress.release');
  addDraft(index, { key: 'ws/congress-final.release', text: SENATE[2].text, time: 10 });
  assert.match(findings()[0].message, /3 other drafts write ‘Ashimbayev’, latest congress-final\.release/);
  index.delete('ws/roads.release');
  assert.match(findings()[0].message, /2 other drafts write/);
  index.delete('ws/budget.release');
  assert.deepEqual(findings(), []);
});

test('an edit in another draft changes what this one is told', () => {
  const old = {
    key: 'ws/old.release',
    text: release('Maulen Ashimbaev', 'chairman of the Senate', 'the archive'),
    time: 5,
  };
  const index = workspaceOf([...SENATE, old]);
  const a = analyze('Senate chairman Maulen Ashimbaev opened the spring session on Monday.\n');
  // Three drafts against two (this one and the old one): nothing is settled.
  assert.deepEqual(checkAcrossRaw(a, index), []);
  const v = index.version;
  // An edit that touches no name leaves the index's version alone: no other draft is checked again.
  addDraft(index, { ...old, text: old.text + '\nThe hearing ended at noon.\n' });
  assert.equal(index.version, v);
  // The old draft is corrected: four drafts against this one.
  addDraft(index, { ...old, text: old.text.replaceAll('Ashimbaev', 'Ashimbayev'), time: 30 });
  assert.notEqual(index.version, v);
  assert.match(checkAcrossRaw(a, index)[0].message, /4 other drafts write ‘Ashimbayev’, latest old\.release/);
});

test('silenced places and a rule turned off give nothing', () => {
  const index = workspaceOf(SENATE);
  checkAcross(
    `
    <!-- copydesk-disable names/across-drafts -->
    Senate chairman Maulen Ashimbaev opened the spring session on Monday.
    `,
    index,
    { format: 'markdown' },
  );
  checkAcross(
    `
    Senate chairman Maulen Ashimbaev opened the spring session on Monday.
    `,
    index,
    { rules: { names: { enabled: false } } },
  );
});

test('the name card line says how the other drafts write the name', () => {
  const index = workspaceOf(SENATE);
  const a = analyze('Senate chairman Maulen Ashimbaev opened the spring session on Monday.\n');
  assert.equal(
    workspaceLine(draftNames(a), index, 'open.txt', 'Maulen Ashimbaev'),
    'Other drafts: ‘Ashimbayev’ in 3, latest congress.release.',
  );
  const b = analyze('Regional governor Serik Tokmagambetov opened the school.\n');
  assert.equal(
    workspaceLine(draftNames(b), index, 'open.txt', 'Serik Tokmagambetov'),
    'No other draft of the workspace mentions ‘Tokmagambetov’.',
  );
});

import { acrossDraftsFindings } from '../../../server/src/analysis/workspace';
import type { Analysis } from '../../../server/src/analysis';
import type { WorkspaceIndex } from '../../../server/src/analysis/workspace';
function checkAcrossRaw(a: Analysis, index: WorkspaceIndex) {
  return acrossDraftsFindings(draftNames(a), index, 'open.txt');
}

// The archive's prosecutor, Kerry Colson, in three drafts.
const COLSON = [1, 2, 3].map((i) => ({
  key: `ws/case-${i}.release`,
  text: release('Kerry Colson', 'an assistant district attorney', `the trial of case ${i}`),
}));

test('a one-letter slip written once is reported; the same spelling all through a draft is its own person', () => {
  const index = workspaceOf(COLSON);
  checkAcross(
    `
    The case was tried by Assistant District Attorney Kerry Coulson of the Homicide Bureau.
                                                            ^^^^^^^ names/across-drafts
    `,
    index,
  );
  // A profile of another Kerry: Coulson five times over is no slip of the keyboard.
  checkAcross(
    `
    Kerry Coulson, the novelist, read from her new book at the library on Saturday.

    Coulson grew up in Leeds. Coulson said the book took six years.

    Tickets for Coulson's next reading sold out; Coulson will sign copies afterwards.
    `,
    index,
  );
});

test('two spellings that are both words or names of their own are two people (Tom Baker, Tom Barker)', () => {
  const index = workspaceOf(
    [1, 2, 3].map((i) => ({
      key: `ws/council-${i}.release`,
      text: release('Tom Barker', 'a city councillor', `vote ${i}`),
    })),
  );
  checkAcross(
    `
    The actor Tom Baker opened the new wing of the children's hospital on Friday.
    `,
    index,
  );
});

test('a transliteration is reported however often the draft repeats it', () => {
  checkAcross(
    `
    Maulen Ashimbaev opened the session.
           ^^^^^^^^^ names/across-drafts
    Ashimbaev spoke first; Ashimbaev then left.
    ^^^^^^^^^ names/across-drafts
                           ^^^^^^^^^ names/across-drafts
    Ashimbaev returned at noon.
    ^^^^^^^^^ names/across-drafts
    `,
    workspaceOf(SENATE),
  );
});
