// Vague sources, mixed tense and loaded verbs.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/analyze';
import { fixAllEdits, applyEdits } from '../../../server/src/analysis/edits';
import { attributionFindings, fixed, flags } from './helpers';

test('vague sources are information, a specific anonymous source is not', () => {
  const fs = attributionFindings(
    'Fuel prices will rise in July, sources said. Many experts believe the levy is too low, and it is widely said that the regulator will act.',
  );
  assert.deepEqual(
    fs.map((f) => f.rule),
    ['attribution/vague', 'attribution/vague', 'attribution/vague'],
  );
  assert.ok(fs.every((f) => f.severity === 'information'));
  assert.deepEqual(
    flags(
      'Two officials at the Energy Ministry, speaking on condition of anonymity because the plan is secret, said prices would rise.',
    ),
    [],
  );
  assert.deepEqual(
    flags('US officials said prices would rise. Sources close to Mr Tulegenov said he would resign.'),
    [],
  );
});

test('“it is alleged” is the wording of court reporting, not a vague source', () => {
  assert.deepEqual(flags('It is alleged that the defendant took the money between May and July.'), []);
});

test('said and says mixed in quotation attributions: the minority is reported with a safe fix', () => {
  const text =
    '“The berth will open in June,” said Arman Tulegenov.\n\n' +
    '“We have hired 300 dockers,” Tulegenov said.\n\n' +
    '“The cranes arrive in May,” says Tulegenov.';
  const fs = attributionFindings(text);
  assert.deepEqual(
    fs.map((f) => `${f.rule} «${text.slice(f.offset, f.offset + f.length)}»`),
    ['attribution/tense «says»'],
  );
  assert.equal(fs[0].severity, 'information');
  assert.ok(fs[0].fixes[0].safe);
  assert.equal(fixed(text, fs[0]).endsWith('“The cranes arrive in May,” said Tulegenov.'), true);
  // Wording is the writer's choice: fix-all changes typography only and leaves the verb.
  assert.equal(applyEdits(text, fixAllEdits(analyze(text))), text);
});

test('present-tense paraphrase beside past-tense quotations is a convention, not a mix', () => {
  assert.deepEqual(
    flags('The ministry says the berth will open in June.\n\n“We have hired 300 dockers,” Arman Tulegenov said.'),
    [],
  );
});

test('a loaded verb that carries a quotation is a hint with “said” as the fix; other uses are not', () => {
  const text = '“We broke no rule,” Arman Tulegenov, chief executive of PortCo, claimed.';
  const fs = attributionFindings(text);
  assert.deepEqual(
    fs.map((f) => `${f.rule} «${text.slice(f.offset, f.offset + f.length)}»`),
    ['attribution/loaded-verb «claimed»'],
  );
  assert.ok(fs.every((f) => f.severity === 'hint'));
  assert.equal(fs[0].fixes[0].edits[0].newText, 'said');
  assert.deepEqual(
    flags('The patient was admitted to hospital. The storm claimed three lives. Her claims were rejected.'),
    [],
  );
});

test('a paraphrase that carries on the account of the person just quoted is characterised like the quotation', () => {
  assert.deepEqual(
    flags(
      '“We broke no rule,” Arman Tulegenov, chief executive of PortCo, said. He admitted the berth would open late.',
    ),
    ['attribution/loaded-verb «admitted»'],
  );
  assert.deepEqual(
    flags('“The fleet is safe,” the harbour master Dina Oral told reporters. She claimed that two ferries were new.'),
    ['attribution/loaded-verb «claimed»'],
  );
  assert.deepEqual(
    flags('Roza Kenes spoke first. “We paid every invoice,” she said. She admitted the audit was late.'),
    ['attribution/loaded-verb «admitted»'],
  );
});

test('a paraphrase standing on its own keeps its meaning: an admission, a disputed claim', () => {
  for (const text of [
    'Arman Tulegenov admitted the berth would open late.',
    'Dina Oral claimed that two ferries were new, a point the ministry disputes.',
    // Another paragraph: no longer the quoted account.
    '“We broke no rule,” Arman Tulegenov said.\n\nHe admitted the berth would open late.',
    // The company, not a person, after the quotation.
    '“We broke no rule,” Arman Tulegenov said. It claimed the berth would open late.',
  ])
    assert.deepEqual(flags(text), [], text);
});

test('the loaded-verb list is configurable', () => {
  const text = '“We broke no rule,” Arman Tulegenov insisted.';
  assert.deepEqual(flags(text), []);
  assert.deepEqual(flags(text, { loadedVerbs: ['insist'] }), ['attribution/loaded-verb «insisted»']);
  assert.deepEqual(flags('“We broke no rule,” Arman Tulegenov claimed.', { loadedVerbs: [] }), []);
});

test('drafts in other languages and malformed quotations stay quiet', () => {
  assert.deepEqual(flags('« Nous ouvrirons le port en juin », a déclaré Arman Tulegenov.'), []);
  assert.deepEqual(flags('«Мы откроем порт в июне», — сказал Арман Тулегенов.'), []);
  assert.deepEqual(
    flags('“The tariff will rise by a tenth next year, Saule Bekova said.\n\nThe ministry gave no details.'),
    [],
  );
});

test('a company that "claims" is not a loaded attribution; a person who claims a quotation still is', () => {
  const loaded = (text: string) =>
    analyze(text)
      .findings.filter((f) => f.rule === 'attribution/loaded-verb')
      .map((f) => text.slice(f.offset, f.offset + f.length));
  assert.deepEqual(loaded('The airline lost the case. It claimed that the court had ignored its evidence.'), []);
  assert.deepEqual(
    loaded('Marat Yessenov, the plant director, spoke on Monday. He claimed that the court had ignored the evidence.'),
    [],
  );
  assert.deepEqual(
    loaded('Marat Yessenov, the plant director, spoke on Monday. “The court ignored the evidence,” he claimed.'),
    ['claimed'],
  );
});
