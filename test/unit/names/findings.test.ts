// What a copy editor sees: the names findings, their messages and their fixes.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/analyze';
import { applyEdits, fixAllEdits } from '../../../server/src/analysis/edits';
import { parseStyleSheet } from '../../../server/src/analysis/names/styleSheet';
import { DOCUMENT_URI_ARG, type AnalysisOptions } from '../../../server/src/analysis/types';

const flagged = (text: string, options: AnalysisOptions = {}) =>
  analyze(text, options)
    .findings.filter((f) => f.rule.startsWith('names/'))
    .map((f) => `${f.rule} ${text.slice(f.offset, f.offset + f.length)}`);

test('a transliteration variant is flagged at the variant, naming the introduced spelling', () => {
  const text =
    'Daulet Serikbayev, chief executive of NurTrans, opened the terminal. Serikbaev said the second phase would start in spring.';
  const a = analyze(text);
  const f = a.findings.find((x) => x.rule === 'names/variant')!;
  assert.equal(text.slice(f.offset, f.offset + f.length), 'Serikbaev');
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /this draft also writes ‘Serikbayev’ \(once, first in paragraph 1\)/);
  assert.equal(applyEdits(text, f.fixes[0].edits), text.replace('Serikbaev', 'Serikbayev'));
  assert.equal(f.fixes[0].preferred, true);
  const sheet = f.fixes.find((x) => x.command?.name === 'copydesk.addToStyleSheet')!;
  assert.deepEqual(sheet.command!.args, [DOCUMENT_URI_ARG, 'Serikbayev']);
  const distinct = f.fixes.find((x) => x.command?.name === 'copydesk.markDistinct')!;
  assert.deepEqual(distinct.command!.args, [DOCUMENT_URI_ARG, 'Serikbaev', 'Serikbayev']);
});

test('"everywhere" fixes every variant mention at once and loses no other character', () => {
  const text = 'Aigerim Kassymova spoke. Kassymova left. Kasymova’s office said Kasymova would return. Kassymova did.';
  const f = analyze(text).findings.find((x) => x.rule === 'names/variant')!;
  const all = f.fixes.find((x) => /everywhere/.test(x.title))!;
  assert.equal(applyEdits(text, all.edits), text.replace(/Kasymova/g, 'Kassymova'));
});

test('the hard cases of the issue', () => {
  assert.deepEqual(
    flagged('Timur Khasanov, a grain trader, said prices had stabilised. Hasanov expects a better harvest.'),
    ['names/variant Hasanov'],
  );
  assert.deepEqual(
    flagged(
      'Aleksandr Volkov, the plant’s director, said output had doubled. Alexander Volkov added that jobs would come.',
    ),
    ['names/variant Alexander'],
  );
  assert.deepEqual(flagged('Hungarian Foreign Minister Péter Szabó met his counterpart. Szabo said trade had grown.'), [
    'names/variant Szabo',
  ]);
  assert.deepEqual(
    flagged(
      'Szabó Péter, the Hungarian trade envoy, arrived on Monday. Péter Szabó said the visit would focus on grain.',
    ),
    ['names/variant Szabó Péter'],
  );
  assert.deepEqual(
    flagged(
      'Li Xiaoming, a spokesman for Huaxin Logistics, said the contract was signed. Xiaoming said work would begin.',
    ),
    ['names/variant Xiaoming'],
  );
  assert.deepEqual(flagged('Daulet Serikbayev joined NurTrans in 2015. Nurtrans now operates three terminals.'), [
    'names/variant Nurtrans',
  ]);
  assert.deepEqual(
    flagged(
      'Fiona McDonald, the chief economist, said rates would hold. Mcdonald expects inflation to ease. MacDonald said more.',
    ),
    ['names/variant Mcdonald', 'names/variant MacDonald'],
  );
});

test('no flag where a copy editor would not put one', () => {
  for (const text of [
    'Karim R. Tulegenov, the fund’s manager, spoke. Karim Tulegenov expects gains. Tulegenov declined to give figures.',
    "Daulet Serikbayev’s company won the tender. Serikbayev's deputy, Aliya Nurova, said the contract would be signed.",
    'Mohammed al-Rashidi, the chairman, spoke. Al-Rashidi said the fund would invest.',
    'The National Bank of Kazakhstan (NBK) kept its rate. The NBK said inflation had slowed.',
    'Boris Johnson met Mark Johnston. Johnson spoke, then Johnston replied. Johnson left and Johnston stayed.',
    'Jan Kowalski and Anna Kowalska, his wife, came. Kowalski spoke first.',
    'New Yorkers voted. The city of New York and Yonkers counted the ballots.',
  ])
    assert.deepEqual(flagged(text), [], text);
});

test('the style sheet decides the spelling, and its fix is safe (fix-all applies it)', () => {
  const styleSheet = parseStyleSheet('# names\nMaulen Ashimbayev\n');
  const text = 'Maulen Ashimbaev spoke. Ashimbaev left.';
  const a = analyze(text, { styleSheet });
  const found = a.findings.filter((f) => f.rule.startsWith('names/'));
  assert.deepEqual(
    found.map((f) => f.rule),
    ['names/style-sheet', 'names/style-sheet'],
  );
  assert.match(found[0].message, /the style sheet spells it ‘Ashimbayev’/);
  assert.equal(applyEdits(text, fixAllEdits(a)), 'Maulen Ashimbayev spoke. Ashimbayev left.');
});

test('a pair the style sheet marks distinct is never a variant', () => {
  const text = 'Daulet Serikbayev opened the terminal. Serikbaev said more.';
  assert.deepEqual(flagged(text, { styleSheet: parseStyleSheet('Serikbaev != Serikbayev') }), []);
});

test('names/first-reference: a bare surname before the full name', () => {
  const text =
    'Kassymova said the tariff would not change.\n\nAigerim Kassymova, a spokeswoman for the ministry, added that a review was planned.';
  const f = analyze(text).findings.filter((x) => x.rule === 'names/first-reference');
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'information');
  assert.equal(text.slice(f[0].offset, f[0].offset + f[0].length), 'Kassymova');
});

test('the names family can be switched off', () => {
  const text = 'Daulet Serikbayev opened the terminal. Serikbaev said more.';
  assert.deepEqual(flagged(text, { rules: { names: { enabled: false } } }), []);
});

test('a long draft is read in linear time', () => {
  const para =
    'Daulet Serikbayev, chief executive of NurTrans, met Aigerim Kassymova of the Energy Ministry in Astana on Monday. ';
  const names = Array.from(
    { length: 3000 },
    (_, i) =>
      `Person${'bcdfghjklmnpqrstvwxz'[i % 20]}${'aeiou'[i % 5]}${'bcdfghjklmnpqrstvwxz'[((i / 20) | 0) % 20]}ov`,
  );
  const text = names.map((n, i) => `${para}Timur ${n} said ${i}.`).join('\n\n');
  const t0 = performance.now();
  const a = analyze(text);
  const ms = performance.now() - t0;
  assert.ok(a.mentions.length > 3000);
  assert.ok(ms < 3000, `${ms} ms`);
});

test('a name glued to digits or to the next word is not a spelling, and no fix eats the glue', () => {
  const text =
    'Tony Thompson spoke. Thompson left. Thomson4.2% of voters agreed, and Thompson said so. NazarbaevU.S. talks.';
  const a = analyze(text);
  assert.deepEqual(
    a.findings.filter((f) => f.rule.startsWith('names/')).map((f) => text.slice(f.offset, f.offset + f.length)),
    [],
  );
});

test('the fix for every variant names the spellings it replaces', () => {
  const text = 'Aigerim Kassymova spoke. Kassymova left. Kasymova said so. Kasymova returned. Kassymova did.';
  const f = analyze(text).findings.find((x) => x.rule === 'names/variant')!;
  assert.ok(f.fixes.some((x) => x.title === 'Use ‘Kassymova’ everywhere in this draft (for ‘Kasymova’)'));
});
