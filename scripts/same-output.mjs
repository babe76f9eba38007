// Behaviour-unchanged check for refactors: the CLI's JSON over the development corpus and the seed
// draft, saved before a change and compared after it, byte for byte.
//   node scripts/same-output.mjs --save /tmp/before.json
//   node scripts/same-output.mjs --against /tmp/before.json     (exit 1 and the first difference)
// Needs ../shared (the corpus is not in the repository) and a build (npm run build).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';

const args = process.argv.slice(2);
const flag = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const paths = ['../shared/corpus/dev', '../shared/seed'].filter((p) => fs.existsSync(p));
if (!paths.length) {
  console.error('same-output: ../shared is not here; nothing to compare');
  process.exit(2);
}
let out;
try {
  out = execFileSync('node', ['dist/cli.js', '--format', 'json', ...paths], { maxBuffer: 1 << 30 }).toString();
} catch (e) {
  if (e.status !== 1) throw e; // 1 = some error-level finding, which the seed has
  out = e.stdout.toString();
}
if (flag('--save')) {
  fs.writeFileSync(flag('--save'), out);
  console.log(`same-output: saved ${out.length} bytes`);
} else if (flag('--against')) {
  const before = fs.readFileSync(flag('--against'), 'utf8');
  if (before === out) console.log('same-output: identical');
  else {
    let i = 0;
    while (before[i] === out[i]) i++;
    console.log(
      `same-output: DIFFERENT at byte ${i}\n before: ${before.slice(Math.max(0, i - 200), i + 200)}\n after:  ${out.slice(Math.max(0, i - 200), i + 200)}`,
    );
    process.exit(1);
  }
} else {
  console.error('usage: same-output.mjs --save FILE | --against FILE');
  process.exit(2);
}
