// Speakers the sentence does not show plainly: "in the words of", a descriptor linked by role,
// a carry-over that cannot be the nearer speaker's, an attribution split onto the next line.
// Made-up texts.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/analyze';
import { checkFindings } from '../../support/check';
import { speakers } from './helpers';

const rules = ['attribution/missing'];

test('“in the words of X” attributes like “according to X”', () => {
  checkFindings(
    `
    The mill closed in 1998. In the words of Rosa Delgado, who ran its canteen for 20 years, “the town lost its kitchen that day.”
  `,
    { rules },
  );
  checkFindings(
    `
    The new bridge was, in the words of engineer Tom Haas, “a thing nobody thought we could afford.”
  `,
    { rules },
  );
});

test('a descriptor is linked to the person introduced in its role', () => {
  const text =
    'Prosecutor Amelia Grant met the defence lawyer Omar Reyes on Monday.\n\n“We will not drop the charges,” the prosecutor said.';
  assert.deepEqual(speakers(text), ['Amelia Grant']);
  const a = analyze(
    'The envoy of Chile, Sofia Marin, visited the port on Friday.\n\n“Trade will double,” the diplomat said.',
  );
  const at = a.attributions[0];
  assert.equal(at.link?.kind, 'role');
  assert.equal(a.entities[at.speaker!.entity]?.canonical, 'Sofia Marin');
});

test('a carried-over quotation that speaks of the nearer speaker in the third person is missing', () => {
  checkFindings(
    `
    “The new tram cut my trip to work in half,” said Gulnara Temirova, a teacher from Kalkaman.

    “Nobody asked a single trader on the avenue,” said Yerlan Mukashev, who sells shoes there.

    “Mukashev’s customers can still reach him from the side streets. We asked every shop first.”
    ^ attribution/missing
  `,
    { rules },
  );
  checkFindings(
    `
    Council member Ida Berg said the rink would close in March to save money.

    “It is the only rink the children can walk to,” said Paul Amadi, who coaches the junior hockey team.

    “We looked at every option, and the coach knows it. His players can skate at the arena.”
    ^ attribution/missing
  `,
    { rules },
  );
  // Carried over to the nearer speaker, speaking in the first person: theirs.
  checkFindings(
    `
    “The new tram cut my trip to work in half,” said Gulnara Temirova, a teacher from Kalkaman.

    “Nobody asked a single trader on the avenue,” said Yerlan Mukashev, who sells shoes there.

    “My customers can still reach me from the side streets.”
  `,
    { rules },
  );
});

test('an attribution a line break put on the next line', () => {
  checkFindings(
    `
    The county will hire 40 more inspectors this year.
    “Every landlord will be visited at least once,”
    said Housing Director Mara Quinn.
  `,
    { rules },
  );
  checkFindings(
    `
    The county will hire 40 more inspectors this year.
    “Every landlord will be visited at least once.”
    Housing Director Mara Quinn said.
  `,
    { rules },
  );
});

test('a plea, a passive or an adjective is no speaker to carry over', () => {
  checkFindings(
    `
    Ravi Menon was charged with fraud. He pleaded not guilty at his arraignment on Tuesday.

    “Cheating people who trusted you is a betrayal of the worst kind.”
    ^ attribution/missing
  `,
    { rules },
  );
  checkFindings(
    `
    The need for new cells is underscored by a waiting list of 3,000 inmates.

    “We cannot build our way out of this.”
    ^ attribution/missing
  `,
    { rules },
  );
  checkFindings(
    `
    Four people died in drug-related incidents last year.

    “Every one of those deaths could have been prevented.”
    ^ attribution/missing
  `,
    { rules },
  );
  // A paraphrase by a person still carries over.
  checkFindings(
    `
    Ravi Menon told the court he would repay every investor.

    “I will pay back every cent.”
  `,
    { rules },
  );
});

test('an attribution broken over lines by a scraper: the name on a line of its own', () => {
  checkFindings(
    `
    The county will hire 40 more inspectors this year.
    “Every landlord will be visited at least once,”
    Housing Director Mara Quinn
    said. “We start in March.”
  `,
    { rules },
  );
  checkFindings(
    `
    The county will hire 40 more inspectors this year.
    “Every landlord will be visited at least once,” said
    Housing Director Mara Quinn.
    “We start in March and we will publish every report.”
  `,
    { rules },
  );
});

test('a verbless-looking attribution whose verb a line break put on the next line', () => {
  checkFindings(
    `
    The jury returned its verdict on Friday.
    “Justice was done in this courtroom today,” Lake County
    District Attorney Irene Vasquez said.
  `,
    { rules: ['attribution/'] },
  );
  // With a full stop the attribution ends on its line: no verb there is a finding.
  checkFindings(
    `
    The jury returned its verdict on Friday.

    “Justice was done in this courtroom today,” District Attorney Irene Vasquez.
                                                ^ attribution/no-verb
  `,
    { rules: ['attribution/no-verb'] },
  );
});

test('the name line may start with a place: the person it names is the speaker', () => {
  checkFindings(
    `
    The hospital worker was charged on Monday.
    “These victims showed great courage in coming forward,”
    Lake County District Attorney Irene Vasquez
    said.
  `,
    { rules },
  );
});

test('an attribution a hard wrap split before its verb line is no verbless attribution', () => {
  checkFindings(
    `
    “We followed every piece of evidence to the end,” Marsh County
    Deputy Prosecutor Lena Ortiz said. The trial starts in May.
  `,
    { rules: ['attribution/'] },
  );
  checkFindings(
    `
    “The bridge will reopen in the spring,” the transport
    committee of Ridgeford announced on Monday.
  `,
    { rules: ['attribution/'] },
  );
});

test('a pull quote signed on the line after it with a dash has a speaker', () => {
  checkFindings(
    `
    The unit reviewed 212 cases last year.
    “No one is above the law, and no case is too old to look at again.”
    - DA Ruth Halvorsen
    Case Review
  `,
    { rules: ['attribution/'] },
  );
  checkFindings(
    `
    Tenants packed the hall on Tuesday.
    “We waited four winters for heat that works.”
    — Omar Said Haddad, tenant
  `,
    { rules: ['attribution/'] },
  );
  // A dash line that names no one signs nothing.
  checkFindings(
    `
    Tenants packed the hall on Tuesday.
    “We waited four winters for heat that works.”
    ^ attribution/missing
    — and then the meeting ended.
  `,
    { rules: ['attribution/missing'] },
  );
});
