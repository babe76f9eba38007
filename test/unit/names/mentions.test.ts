// Which words of a draft are name mentions, and how they are grouped into people and organisations.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/analyze';

const mentionsOf = (text: string) => analyze(text).mentions.map((m) => m.text);
const entityOf = (text: string, name: string) => {
  const a = analyze(text);
  const m = a.mentions.find((x) => x.text === name);
  assert.ok(m, `no mention ${name}`);
  return m.entity >= 0 ? a.entities[m.entity] : undefined;
};

test('titles and honorifics stay out of the name and are kept as its title', () => {
  const a = analyze('Kazakh President Nursultan Nazarbayev met Dr Aigerim Kassymova. Mr Nazarbayev said little.');
  const m = a.mentions.find((x) => x.text === 'Nursultan Nazarbayev');
  assert.equal(m?.title, 'Kazakh President');
  assert.equal(a.mentions.find((x) => x.text === 'Aigerim Kassymova')?.title, 'Dr');
  const mr = a.mentions.find((x) => x.text === 'Nazarbayev');
  assert.equal(mr?.title, 'Mr');
  assert.equal(mr?.entity, m?.entity);
  assert.equal(a.entities[m!.entity].gender, 'male');
});

test("possessives are stripped: ’s, 's and the plural s’", () => {
  const names = mentionsOf("Daulet Serikbayev’s company won. Serikbayev's deputy spoke. The Kassymovs’ house stood.");
  assert.ok(names.includes('Daulet Serikbayev'));
  assert.ok(names.includes('Serikbayev'));
  assert.ok(names.includes('Kassymovs'));
  assert.ok(!names.some((n) => /['’]/.test(n.slice(-2))));
});

test('particles, hyphens, apostrophes and initials belong to the name', () => {
  const names = mentionsOf(
    'Mohammed al-Rashidi met Siobhan O’Brien, Ludwig van der Berg, Karim R. Tulegenov and Jean-Paul Sartre.',
  );
  for (const n of [
    'Mohammed al-Rashidi',
    'Siobhan O’Brien',
    'Ludwig van der Berg',
    'Karim R. Tulegenov',
    'Jean-Paul Sartre',
  ])
    assert.ok(names.includes(n), n);
});

test('sentence-initial ordinary words, months, days and headlines are not names', () => {
  const names = mentionsOf(
    'Steppe Winds Over Astana\n\nHowever, the tariff rose in March. On Monday the ministry spoke. Yesterday Timur Zhumabayev left.',
  );
  assert.ok(!names.includes('Steppe Winds Over Astana'));
  for (const w of ['However', 'March', 'Monday', 'On', 'Yesterday'])
    assert.ok(!names.some((n) => n.split(' ').includes(w)), w);
  assert.ok(names.includes('Timur Zhumabayev'));
});

test('a capitalised word the draft also writes in lower case is an ordinary word', () => {
  const names = mentionsOf('Party members met. The party will vote.');
  assert.ok(!names.includes('Party'));
});

test('organisations: acronym defined in parentheses, and Ministry of X = X Ministry', () => {
  const text =
    'The National Bank of Kazakhstan (NBK) kept its rate. The NBK said inflation slowed. The Ministry of Energy approved it. The Energy Ministry said so.';
  const bank = entityOf(text, 'National Bank of Kazakhstan');
  assert.equal(bank?.kind, 'organisation');
  assert.equal(entityOf(text, 'NBK')?.id, bank?.id);
  assert.equal(entityOf(text, 'Ministry of Energy')?.id, entityOf(text, 'Energy Ministry')?.id);
});

test('quoted names are organisations', () => {
  assert.equal(entityOf('The party ‘Nur Otan’ met. Members of Nur Otan spoke.', 'Nur Otan')?.kind, 'organisation');
});

test('one person under full name, surname and honorific, with the introducing role', () => {
  const text =
    'The talks were held by first deputy chairman of the party Maulen Ashimbayev. According to Ashimbayev, talks went well. Mr Ashimbayev left.';
  const e = entityOf(text, 'Maulen Ashimbayev')!;
  assert.equal(e.mentions.length, 3);
  assert.equal(e.role, 'first deputy chairman of the party');
  assert.equal(e.canonicalFrom, 'introduction');
});

test('appositive roles and gender from the text', () => {
  const text =
    'Aigerim Kassymova, a spokeswoman for the Energy Ministry, spoke. Dana Ospanova, the regulator’s chair, said she agreed. Timur Bekov said he agreed.';
  const k = entityOf(text, 'Aigerim Kassymova')!;
  assert.equal(k.role, 'a spokeswoman for the Energy Ministry');
  assert.equal(k.gender, 'female');
  assert.equal(entityOf(text, 'Dana Ospanova')?.gender, 'female');
  assert.equal(entityOf(text, 'Timur Bekov')?.gender, 'male');
});

test('relatives and namesakes are different people; a shared bare surname resolves to nobody', () => {
  const text =
    'Marat Ospanov, the mayor, and his son Yerlan Ospanov, a city councillor, attended. “The bridge is finished,” Ospanov said. Dana Ospanova also came.';
  const a = analyze(text);
  const marat = a.mentions.find((m) => m.text === 'Marat Ospanov')!;
  const yerlan = a.mentions.find((m) => m.text === 'Yerlan Ospanov')!;
  assert.notEqual(marat.entity, yerlan.entity);
  assert.equal(a.mentions.find((m) => m.text === 'Ospanov')?.entity, -1);
  const dana = a.mentions.find((m) => m.text === 'Dana Ospanova')!;
  assert.ok(![marat.entity, yerlan.entity].includes(dana.entity));
  assert.deepEqual(
    a.findings.filter((f) => f.rule.startsWith('names/')),
    [],
  );
});

test('family-first names keep their order and their family name', () => {
  const a = analyze('Xi Jinping met Zhang Hanhui. Xi spoke first.');
  const xi = a.mentions.find((m) => m.text === 'Xi')!;
  assert.equal(a.entities[xi.entity].canonical, 'Xi Jinping');
});

test('A and I with a full stop are initials of a name, not the words', () => {
  for (const [text, name] of [
    ['A.K. Tulegenova opened the bridge.', 'A.K. Tulegenova'],
    ['The bridge was opened by A. K. Tulegenova on Monday.', 'A. K. Tulegenova'],
    ['I.M. Pei designed the museum.', 'I.M. Pei'],
  ])
    assert.ok(
      analyze(text).mentions.some((m) => m.text === name),
      `${text}: ${JSON.stringify(analyze(text).mentions.map((m) => m.text))}`,
    );
});
