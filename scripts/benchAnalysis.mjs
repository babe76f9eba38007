// The analysis core bundled for the speed scripts: the whole pipeline and each check on its own,
// so a script can time them apart. Built into `outDir` (git-ignored) and loaded.

import * as esbuild from 'esbuild';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export async function loadAnalysis(root, outDir) {
  const outfile = path.join(root, outDir, 'analysis.cjs');
  await esbuild.build({
    stdin: {
      contents: [
        "export { analyze } from './server/src/analysis/analyze';",
        "export { AnalysisCache } from './server/src/analysis/memo';",
        "export { buildDocument } from './server/src/analysis/document';",
        "export { checkQuotations } from './server/src/analysis/quotes';",
        "export { checkNames } from './server/src/analysis/names';",
        "export { checkAttribution } from './server/src/analysis/attribution';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
      sourcefile: 'bench-entry.ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  return require(outfile);
}
