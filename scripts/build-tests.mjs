// Bundles every test file under test/{unit,protocol,cli,fuzz} into out/test/ for `node --test`
// (TEST_OUT=dir puts them elsewhere, for a second build beside the first).
import * as esbuild from 'esbuild';
import { readdirSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const entries = [];
for (const dir of ['test/unit', 'test/protocol', 'test/cli', 'test/fuzz']) {
  const walk = (d) => {
    let names;
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const n of names) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.test.ts')) entries.push(p);
    }
  };
  walk(dir);
}
const OUT = process.env.TEST_OUT ?? 'out/test';
rmSync(OUT, { recursive: true, force: true });
await esbuild.build({
  entryPoints: entries,
  outdir: OUT,
  outbase: 'test',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  packages: 'external',
  entryNames: '[dir]/[name]',
  logLevel: 'warning',
});
console.log(`built ${entries.length} test files`);
