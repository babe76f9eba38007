// attribution/missing, the classes a desk never marks: quoted labels in a list, verbs of telling,
// a speaker named in the next paragraph, a statement's heading, a quotation-mark error the quotes
// check already reports. Each with what is still a gap beside it. Fixture texts are made up.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { checkFindings } from '../../support/check';
import { how, speakers } from './helpers';
import { analyze } from '../../../server/src/analysis/analyze';

const rules = ['attribution/missing'];

test('quoted labels listed after a colon are not speech', () => {
  // Each label followed by its gloss in a paragraph of its own.
  checkFindings(
    `
    The county’s housing office said complaints about rental fraud doubled this year.

    The swindles usually take one of three shapes:

    “The owner is abroad and cannot show the flat.”

    The crook asks for a deposit by wire before any viewing.

    “Another family wants it, so you must pay today.”

    The pressure is meant to stop renters from checking the listing.

    “Your key will come by courier.”

    No key ever comes.
  `,
    { rules },
  );
  // Labels with their gloss after a dash on the same line.
  checkFindings(
    `
    Officers have heard these lines from callers this spring:

    “Your grandson is in jail.” – a caller poses as a lawyer and asks for bail in cash.

    “Your parcel is held at customs.” – a text asks for a release fee.

    “You have won the state lottery.” – the prize needs a fee first.
  `,
    { rules },
  );
});

test('a long quotation after a list’s gloss is still someone’s words', () => {
  checkFindings(
    `
    The swindles usually take one of two shapes:

    “The owner is abroad.”

    The crook wants a deposit by wire before any viewing.

    “We lost our savings and the flat was never for rent, and nobody at the bank would even call us back.”
    ^ attribution/missing
  `,
    { rules },
  );
});

test('a verb of telling with its object introduces the quotation', () => {
  checkFindings(
    `
    The library marked fifty years of its reading hour on Saturday.

    Greta Lindqvist, a volunteer since 1990, shared her memories, “I read to three generations of one family.”

    The mayor’s office issued a statement: “The reading hour is the best hour of the week.”

    Omar Haddad conveyed the board’s thanks, “Nothing we fund matters more.”
  `,
    { rules },
  );
  assert.deepEqual(
    speakers('Greta Lindqvist shared her story with the crowd: “I slept in this building for a winter.”'),
    ['Greta Lindqvist'],
  );
});

test('a speaker named in the next paragraph, pointing back, is the speaker', () => {
  checkFindings(
    `
    The homicide unit tried nine cases last year.

    “She trusted him with her life, and he took it from her in her own kitchen.”

    Those were the words the lead prosecutor chose to open her closing argument.

    “No sentence can give these children their mother back.”

    So said Judge Harriet Combs at the sentencing in March.

    “We will not stop until every family hears the truth.”

    That was how Detective Omar Ruiz described the unit’s work to the council.
  `,
    { rules },
  );
  // A forward attribution beats carrying the speaker over from the paragraph before.
  assert.deepEqual(
    speakers(
      '“No sentence can give them back.”\n\nSo said Judge Harriet Combs at the sentencing.\n\n' +
        '“We will not stop.”\n\nThat was how Detective Omar Ruiz described the unit’s work.',
    ),
    ['Harriet Combs', 'Omar Ruiz'],
  );
  const text = '“He knew what he was doing.”\n\nThese were the remarks of Judge Harriet Combs at the hearing.';
  assert.deepEqual(speakers(text), ['Harriet Combs']);
  assert.equal(how(text)[0].kind, 'layout');
});

test('a next paragraph that says nothing of words names no speaker', () => {
  checkFindings(
    `
    The clinic opened on Monday after two years of delays.

    “Nobody believed this day would come.”
    ^ attribution/missing

    This is the third clinic the county has opened since 2019.
  `,
    { rules },
  );
});

test('a statement’s heading names who speaks in its body', () => {
  checkFindings(
    `
    Statement from County Prosecutor Janet Okoro on the Verdict in the Hargrove Trial

    “Today a jury held a public official to the same law as everyone else.

    “I thank the investigators who spent two years on this case.”
  `,
    { rules },
  );
  checkFindings(
    `
    Public Defender Paul Mendel’s statement on the closure of the Riverside shelter

    “The shelter gave two hundred people a bed each night. Closing it without a plan is a mistake.”
  `,
    { rules },
  );
  // The body ends where it quotes someone else: a quotation after that needs its own speaker.
  checkFindings(
    `
    Statement from Mayor Dana Ruiz on the bridge reopening

    “The bridge is open again, two months early.”

    Engineer Tom Hale said the repairs cost $3 million.

    The bridge carries 20,000 cars a day.

    “Every bolt was checked twice.”
    ^ attribution/missing
  `,
    { rules },
  );
});

test('a sentence about a statement is not a heading', () => {
  checkFindings(
    `
    The county released a statement on the verdict on Monday.

    The jury deliberated for two days.

    “Justice was done here.”
    ^ attribution/missing
  `,
    { rules },
  );
});

test('beside a quotation-mark error the quotes check reports, no missing speaker is claimed', () => {
  checkFindings(
    `
    The new clinic opened on Monday in the east end.

    “We waited nine years for this building,” said Nora Valdez, who chairs the residents’ group. Most of us drive forty minutes to see a doctor. That ends today.”
                                                                                                                                                                 ^ quotes/unopened

    The clinic will open six days a week.
  `,
    { rules: ['attribution/missing', 'quotes/unopened'] },
  );
});

test('straight marks: a missing opener after the attribution is one quotes finding, not two', () => {
  const text =
    'The ferry resumed service on Monday.\n\n' +
    '"We waited all winter for this," said Tomas Reyes, the captain. The hull is sound. We leave on time."\n\n' +
    'Tickets cost $12.';
  const a = analyze(text);
  assert.deepEqual(
    a.findings.filter((f) => f.rule === 'attribution/missing'),
    [],
  );
  assert.ok(a.findings.some((f) => f.rule.startsWith('quotes/')));
});

test('the rest of a quotation that runs on keeps the voice of the answer it continues', () => {
  checkFindings(
    `
    Meet Nadia Okafor, who has run the shelter’s kitchen for nine years.

    What keeps you coming back?

    “The people who walk in hungry and leave laughing.

    “That never gets old, and it never will.”
  `,
    { rules },
  );
});
