// The catalogue (server/src/analysis/rules.ts) is the one list of rules. Everything a user reads
// about them must agree with it: the settings schema in package.json, the README's rule tables
// and the reference pages in docs/rules. A rule added, renamed or re-levelled in one place only
// fails here.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/analysis/rules';
import { ROOT } from '../support/lspClient';

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const FAMILIES = [...new Set(RULES.map((r) => r.id.split('/')[0]))];

test('package.json offers every rule and family of the catalogue in the copydesk.rules setting, and nothing else', () => {
  const pkg = JSON.parse(read('package.json'));
  const schema = pkg.contributes.configuration.properties['copydesk.rules'];
  const listed = Object.keys(schema.properties);
  assert.deepEqual(
    listed,
    [...RULES.map((r) => r.id), ...FAMILIES],
    'run `npm run catalogue` to regenerate the schema',
  );
  for (const r of RULES) {
    assert.deepEqual(schema.properties[r.id].enum, ['off', 'error', 'warning', 'information', 'hint']);
    assert.ok(
      schema.properties[r.id].markdownDescription.includes(r.summary),
      `${r.id}: description is not the catalogue's summary`,
    );
    assert.ok(schema.properties[r.id].markdownDescription.includes(`\`${r.severity}\``), `${r.id}: default severity`);
  }
});

test("the README's rule tables list every rule of the catalogue with its severity, in its order", () => {
  const readme = read('README.md');
  const rows = [...readme.matchAll(/^\|\s*`([a-z-]+\/[a-z-]+)`\s*\|\s*(\w+)\s*\|/gm)].map((m) => ({
    id: m[1],
    severity: m[2],
  }));
  assert.deepEqual(
    rows,
    RULES.map((r) => ({ id: r.id, severity: r.severity })),
  );
});

test('docs/rules has a page per family with a section per rule, headed with its default severity', () => {
  for (const family of FAMILIES) {
    const page = read(`docs/rules/${family}.md`);
    const headed = [...page.matchAll(/^## `?([a-z-]+\/[a-z-]+)`? \((\w+)\)/gm)].map((m) => ({
      id: m[1],
      severity: m[2],
    }));
    assert.deepEqual(
      headed,
      RULES.filter((r) => r.id.startsWith(family + '/')).map((r) => ({ id: r.id, severity: r.severity })),
      `docs/rules/${family}.md`,
    );
  }
});
