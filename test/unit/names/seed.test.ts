// The bars of the names work on the real seed draft (skipped where /work/shared is absent).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/analyze';
import { entityCard } from '../../../server/src/lsp/hover';
import { HAVE_SHARED, readSeed } from '../../support/texts';

const skip = !HAVE_SHARED && 'shared material absent';
const names = (text: string) => analyze(text).findings.filter((f) => f.rule.startsWith('names/'));

test('the seed as written has no names finding', { skip }, () => {
  assert.deepEqual(names(readSeed()), []);
});

test('the seed with one Ashimbayev respelled Ashimbaev: that mention is flagged naming Ashimbayev', { skip }, () => {
  const seed = readSeed();
  const para = seed.indexOf('In the sphere of development');
  const at = seed.indexOf('Ashimbayev', para);
  assert.ok(para >= 0 && at > para);
  const text = seed.slice(0, at) + 'Ashimbaev' + seed.slice(at + 'Ashimbayev'.length);
  const found = names(text);
  assert.equal(found.length, 1);
  const [f] = found;
  assert.equal(f.rule, 'names/variant');
  assert.equal(text.slice(f.offset, f.offset + f.length), 'Ashimbaev');
  assert.match(f.message, /‘Ashimbaev’ — this draft also writes ‘Ashimbayev’ \(3 times, first in paragraph 1\)/);
  assert.equal(f.fixes[0].title, 'Use ‘Ashimbayev’ here');
  assert.deepEqual(f.fixes[0].edits, [{ offset: at, length: 'Ashimbaev'.length, newText: 'Ashimbayev' }]);
  assert.ok(
    f.related.length >= 1 && f.related.every((r) => text.slice(r.offset, r.offset + r.length) === 'Ashimbayev'),
  );
});

test('hover on Ashimbayev in the seed: Maulen Ashimbayev, first deputy chairman, 4 mentions', { skip }, () => {
  const text = readSeed();
  const a = analyze(text);
  const at = text.indexOf('Ashimbayev stressed');
  const m = a.mentions.find((x) => x.start <= at && at < x.end && x.entity >= 0);
  assert.ok(m);
  const e = a.entities[m.entity];
  assert.equal(e.canonical, 'Maulen Ashimbayev');
  assert.equal(e.kind, 'person');
  assert.equal(e.role, 'first deputy chairman of the party');
  assert.equal(e.mentions.length, 4);
  const card = entityCard(a, e);
  assert.match(card, /Maulen Ashimbayev/);
  assert.match(card, /first deputy chairman of the party/);
  assert.match(card, /4 mentions/);
});

test('the seed knows its other people and the party', { skip }, () => {
  const a = analyze(readSeed());
  const byName = new Map(a.entities.map((e) => [e.canonical, e]));
  assert.equal(byName.get('Zhang Hanhui')?.kind, 'person');
  assert.equal(byName.get('Xi Jinping')?.kind, 'person');
  assert.equal(byName.get('Nursultan Nazarbayev')?.role, 'President of Kazakhstan');
  assert.equal(byName.get('Nur Otan')?.kind, 'organisation');
});
