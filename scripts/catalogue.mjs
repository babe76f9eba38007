// Writes the rule ids of the catalogue (server/src/analysis/rules.ts) into package.json's
// `copydesk.rules` settings schema, so the Settings editor offers every rule and family.
// `--check` only compares and exits 1 on a difference (test/unit/catalogue.test.ts checks the
// same, and the README table and docs/rules too). Run it after adding a rule.
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';

const check = process.argv.includes('--check');
const { outputFiles } = await esbuild.build({
  entryPoints: ['server/src/analysis/rules.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'warning',
});
const { RULES } = await import('data:text/javascript;base64,' + Buffer.from(outputFiles[0].text).toString('base64'));

const LEVELS = ['off', 'error', 'warning', 'information', 'hint'];
const properties = {};
for (const r of RULES) {
  properties[r.id] = { type: 'string', enum: LEVELS, markdownDescription: `${r.summary} Default: \`${r.severity}\`.` };
}
for (const family of [...new Set(RULES.map((r) => r.id.split('/')[0]))]) {
  properties[family] = { type: 'string', enum: LEVELS, markdownDescription: `Every \`${family}/\` rule at once.` };
}

const text = readFileSync('package.json', 'utf8');
const pkg = JSON.parse(text);
const schema = pkg.contributes.configuration.properties['copydesk.rules'];
const same = JSON.stringify(schema.properties) === JSON.stringify(properties);
if (check) {
  if (!same) {
    console.error(
      'package.json: the copydesk.rules schema differs from the catalogue; run `node scripts/catalogue.mjs`',
    );
    process.exit(1);
  }
  console.log('package.json agrees with the catalogue');
} else if (!same) {
  schema.properties = properties;
  writeFileSync('package.json', JSON.stringify(pkg, null, 2) + '\n');
  console.log(`package.json: copydesk.rules lists ${RULES.length} rules`);
}
