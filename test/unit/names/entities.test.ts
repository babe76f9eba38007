// How mentions group into entities: compound surnames stay one person; business names are organisations.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/analyze';

/** The entity each named mention belongs to, as "mention → canonical (kind)". */
function entityOf(text: string, name: string): { id: number; canonical: string; kind: string } | undefined {
  const a = analyze(text);
  const m = a.mentions.find((x) => x.text === name);
  assert.ok(m, `no mention ${name}`);
  return m.entity >= 0 ? a.entities[m.entity] : undefined;
}

test('a trailing part of a two-part surname is the person introduced with it', () => {
  const drafts: Array<[string, string[]]> = [
    [
      'Harris County Prosecutor Miriam Delacroix Webb filed the motion on Monday. Delacroix Webb said the court would rule in May. Webb said she expected a delay.',
      ['Delacroix Webb', 'Webb'],
    ],
    [
      'The rector, Tomasz Kowal Zielinski, opened the hall. Kowal Zielinski spoke for ten minutes, and Zielinski thanked the donors.',
      ['Kowal Zielinski', 'Zielinski'],
    ],
    [
      'Judge Renata Oyelaran Brisbois read the verdict. Later Oyelaran Brisbois left the court; Brisbois did not comment.',
      ['Oyelaran Brisbois', 'Brisbois'],
    ],
  ];
  for (const [text, later] of drafts) {
    const full = analyze(text).mentions[0];
    for (const name of later) {
      const e = entityOf(text, name);
      assert.ok(e, `${name} has no entity in: ${text}`);
      assert.equal(e.id, full.entity, `${name} is not ${full.text} in: ${text}`);
      assert.equal(e.kind, 'person');
    }
  }
  // Relatives with different given names stay two people, and their shared surname is no one's.
  const text = 'Marat Ospanov and his brother Yerlan Ospanov run the farm. Ospanov said the harvest was late.';
  const a = analyze(text);
  const marat = a.mentions.find((m) => m.text === 'Marat Ospanov')!;
  const yerlan = a.mentions.find((m) => m.text === 'Yerlan Ospanov')!;
  assert.notEqual(marat.entity, yerlan.entity);
  assert.equal(entityOf(text, 'Ospanov'), undefined);
});

test('a capitalised word and a business noun name an organisation', () => {
  const drafts: Array<[string, string]> = [
    ['Flights on Steppe Air were cancelled on Monday.', 'Steppe Air'],
    ['The pallets were shipped by Harbour Freight last week.', 'Harbour Freight'],
    ['Riders complained to Ridgeline Transit about the buses.', 'Ridgeline Transit'],
    ['The vaccine is available at Orchard Pharmacy from Friday.', 'Orchard Pharmacy'],
    ['Shares in Kestrel Motors rose after the report.', 'Kestrel Motors'],
    ['The contract went to Tundra Logistics.', 'Tundra Logistics'],
  ];
  for (const [text, name] of drafts) assert.equal(entityOf(text, name)?.kind, 'organisation', `${name} in: ${text}`);
  // Introduced with a given name, the same noun is a surname.
  const text = 'Laura Freight, the depot manager, said the trucks were late.';
  assert.equal(entityOf(text, 'Laura Freight')?.kind, 'person');
});

test('a surname with particles is one person, opening a sentence or inside one', () => {
  const drafts: Array<[string, string[]]> = [
    [
      'Judge Anna van der Berg ruled on Monday. “It is settled,” Van der Berg said. Later van der Berg left the court.',
      ['Van der Berg', 'van der Berg'],
    ],
    [
      'Carlos de la Fuente, the mayor, spoke first. “We are ready,” de la Fuente said. De la Fuente then left.',
      ['de la Fuente', 'De la Fuente'],
    ],
    [
      'The coach, Pieter van den Broek, named his side. Van den Broek picked three new players, and van den Broek said more would follow.',
      ['Van den Broek', 'van den Broek'],
    ],
  ];
  for (const [text, later] of drafts) {
    const a = analyze(text);
    const full = a.mentions[0];
    for (const name of later) {
      const m = a.mentions.find((x) => x.text === name);
      assert.ok(m, `no mention ${name} in: ${text}`);
      assert.equal(m.entity, full.entity, `${name} is not ${full.text} in: ${text}`);
    }
    assert.deepEqual(
      a.findings.filter((f) => f.rule.startsWith('names/')).map((f) => f.message),
      [],
      text,
    );
  }
});

test('a compound surname written before the full name is the same person, named in full', () => {
  const drafts = [
    'On Monday the charges were filed by Delacroix Webb. The county prosecutor, Miriam Delacroix Webb, took office in May. Webb said a trial could start in June.',
    'On Friday the bridge was opened by Kowal Zielinski. The mayor, Tomasz Kowal Zielinski, cut the ribbon. “It took six years,” Zielinski said.',
  ];
  for (const text of drafts) {
    const a = analyze(text);
    const ids = new Set(a.mentions.filter((m) => m.entity >= 0).map((m) => m.entity));
    assert.equal(ids.size, 1, text);
    assert.equal(a.mentions.length, 3, text);
    const e = a.entities[[...ids][0]];
    assert.equal(e.canonical, a.mentions[1].text, text);
  }
});
