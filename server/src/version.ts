// The version users see (SARIF, the server's info) is package.json's: one place to bump.
// esbuild inlines only this field, not the whole manifest.
import { version } from '../../package.json';

export const VERSION: string = version;
