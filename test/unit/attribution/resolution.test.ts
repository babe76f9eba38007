// Speakers that point to no one, or to two people.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { attributionFindings, flags, speakers } from './helpers';
import { checkFindings } from '../../support/check';

test('a pronoun resolves to the one person it can mean', () => {
  const text = 'Saule Bekova, the mayor of the town, spoke after the vote. “The budget will pass,” she said.';
  assert.deepEqual(flags(text), []);
  assert.deepEqual(speakers(text), ['Saule Bekova']);
});

test('a pronoun after two people of its gender is ambiguous, with a fix per candidate', () => {
  const text = 'Saule Bekova met Aliya Zhunusova, the council’s chair, on Friday. “We have a deal,” she said.';
  const fs = attributionFindings(text);
  assert.deepEqual(
    fs.map((f) => `${f.rule} «${text.slice(f.offset, f.offset + f.length)}»`),
    ['attribution/unresolved «she said»'],
  );
  assert.deepEqual(fs[0].fixes.map((f) => f.edits[0].newText).sort(), ['Aliya Zhunusova', 'Saule Bekova']);
});

test('“sources” or “police” before are not who “he” continues', () => {
  const text =
    'The plant will cut its emissions by a third, sources said.\n\n' +
    'Nurlan Seitov, the plant director, and Bolat Omarov, its finance director, presented the plan. “The money is set aside,” he said.';
  assert.deepEqual(flags(text), ['attribution/vague «sources said»', 'attribution/unresolved «he said»']);
});

test('a pronoun continues the last speaker, so no ambiguity is reported', () => {
  const text =
    'Saule Bekova met Aliya Zhunusova on Friday. Bekova said the budget would pass. “We have a deal,” she said.';
  assert.deepEqual(flags(text), []);
});

test('a descriptor resolves to the role introduced before it, or is reported', () => {
  assert.deepEqual(
    flags(
      'Aliya Zhunusova, the council’s chair, said the audit would take a month. “We will not be rushed,” the chair said.',
    ),
    [],
  );
  assert.deepEqual(flags('The talks in Astana ended without a deal. “We will be back next week,” the diplomat said.'), [
    'attribution/unresolved «the diplomat said»',
  ]);
  // An ambassador is a diplomat.
  assert.deepEqual(
    flags('The ambassador of Japan met the minister on Monday. “Trade is growing,” the diplomat said.'),
    [],
  );
});

test('a bare surname shared by two people is ambiguous; a title tells them apart', () => {
  const text =
    'Nurlan Seitov, the mayor, and his brother Bolat Seitov, a councillor, opened the bridge. “It is finished,” Seitov said.';
  const [f] = attributionFindings(text);
  assert.equal(f.rule, 'attribution/unresolved');
  assert.equal(text.slice(f.offset, f.offset + f.length), 'Seitov said');
  assert.deepEqual(f.fixes.map((x) => x.edits[0].newText).sort(), ['Bolat Seitov', 'Nurlan Seitov']);
});

test('“he” or “she” with no person anywhere before it points to no one', () => {
  checkFindings(
    `
    Nordic Freight Company will open a depot in Shymkent in May, the company said on Monday.

    “We expect to hire 200 drivers,” he told reporters.
                                     ^ attribution/unresolved
  `,
    { rules: ['attribution/unresolved'] },
  );
  // A neighbourhood is no one "she" can mean; the organisation is no person either.
  checkFindings(
    `
    The shelter in Maple Heights fed 900 families in June, according to the Lakeside Food Trust.

    “We have never seen lines this long,” she said.
                                          ^ attribution/unresolved
  `,
    { rules: ['attribution/unresolved'] },
  );
  // One person before it: resolved, nothing reported.
  checkFindings(
    `
    Harbour Freight’s director Aliya Sadykova opened the depot on Monday.

    “We expect to hire 200 drivers,” she told reporters.
  `,
    { rules: ['attribution/unresolved'] },
  );
});

test('a descriptor that ends on a person is someone “she” can mean', () => {
  checkFindings(
    `
    The Riverside Mall spokeswoman said 9,000 cars arrived before noon. “We expect the same next week,” she added.
  `,
    { rules: ['attribution/unresolved'] },
  );
});

test('a pronoun after a business name resolves to the woman named before it', () => {
  for (const company of ['Steppe Air', 'Harbour Freight', 'Ridgeline Transit', 'Orchard Pharmacy']) {
    const text = `Dana Whitcombe, the union’s regional organiser, met managers from ${company} on Tuesday. “Nothing was agreed,” she said.`;
    assert.deepEqual(flags(text), [], text);
    assert.deepEqual(speakers(text), ['Dana Whitcombe'], text);
  }
});

test('a trailing part of a compound surname is the person, not a second candidate', () => {
  const drafts = [
    'Travis County District Attorney Miriam Delacroix Webb filed the charges. “The evidence is clear,” Delacroix Webb said. Webb said a trial could start in June.',
    'Mayor Tomasz Kowal Zielinski opened the bridge. Kowal Zielinski thanked the builders. “It took six years,” Zielinski said.',
  ];
  for (const text of drafts) assert.deepEqual(flags(text), [], text);
});

test('a compound surname before the full name and the full name are one speaker', () => {
  const text =
    'A review was announced on Monday by Delacroix Webb. District Attorney Miriam Delacroix Webb took office in May. “Every case will be read again,” Webb said.';
  assert.deepEqual(flags(text), []);
  assert.deepEqual(speakers(text), ['Miriam Delacroix Webb']);
});

test('a job title the names work took for a person is no second candidate', () => {
  const text =
    'Meet Senior Paralegal Dana Whitfield, who joined the office in 2009. Last year Dana was promoted to Office Manager.\n\n' +
    '“I love knowing that my work helps a case come together,” she said.';
  assert.deepEqual(flags(text), []);
  const chief =
    'Meet Chief Investigator Paul Ortiz, who has worked fraud cases for twenty years. In March he was named Chief Investigator.\n\n' +
    '“Every case starts with one person who would not give up,” he said.';
  assert.deepEqual(flags(chief), []);
  // The names check reads the headline-case profile line as an organisation: "she" still has
  // someone to point to.
  const profile =
    'Meet Office Manager Dana Whitfield, who has been with the office for 18 years. She began her career as a clerk in the North County branch. Just recently, Dana was promoted to Office Manager.\n\n' +
    '“I am very excited to start this new chapter,” she said.';
  assert.deepEqual(flags(profile), []);
  // "Legal Records Manager" on its own, after "promoted to", is a person to the names check.
  const promoted =
    'Meet Legal Records Manager Ana Reyes\n\n' +
    'Meet Legal Records Manager Ana Reyes, who has been with the office for 12 years. She began as a clerk, then she was promoted to Legal Clerk II. Just recently, Ana was promoted to Legal Records Manager.\n\n' +
    '“I am very excited to start this new chapter in my career,” she said.';
  assert.deepEqual(flags(promoted), []);
});

test('a person named in an aside is not who “he” means; the sentence’s subject is', () => {
  const despite =
    'Harbor City coach Dave Lowe named his side on Friday.\n\n' +
    'Harbor City, despite having Marcus Webb still out with his knee injury, have been lifted by the return of captain Leon Fraser who missed last week with his hamstring. “Being back means everything to me,” he said.';
  assert.deepEqual(flags(despite), []);
  assert.deepEqual(speakers(despite), ['Leon Fraser']);
  const replaces =
    'The club named its squad on Friday.\n\n' +
    'Omar Diallo, who replaces Sam Kerr after his knee surgery, trained with the team on Thursday. “I am ready to play on Sunday,” he said.';
  assert.deepEqual(flags(replaces), []);
  assert.deepEqual(speakers(replaces), ['Omar Diallo']);
  const inPlaceOf =
    'The council met on Monday.\n\n' +
    'Peter Hale, sitting in place of Mark Sutton, who was ill, opened his remarks with the budget. “We have no money for roads,” he said.';
  assert.deepEqual(flags(inPlaceOf), []);
  assert.deepEqual(speakers(inPlaceOf), ['Peter Hale']);
});

test('two people named before an aside both stay candidates', () => {
  const text = 'Saule Bekova and Aliya Zhunusova, who chairs the council, met on Friday. “We have a deal,” she said.';
  assert.deepEqual(flags(text), ['attribution/unresolved «she said»']);
});
