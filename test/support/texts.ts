// Where the shared development material is, when this checkout has it. A user's clone does not:
// tests that read it skip cleanly.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './lspClient';

export const SHARED = path.resolve(ROOT, '..', 'shared');
export const SEED = path.join(SHARED, 'seed', 'nur-otan.txt');
export const HAVE_SHARED = fs.existsSync(SEED);

export function readSeed(): string {
  return fs.readFileSync(SEED, 'utf8');
}
