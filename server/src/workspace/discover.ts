// Which files of a workspace are drafts: the extensions of the languages Copydesk checks, under
// the folders the settings include, less what `files.exclude`, Copydesk's own exclude globs and
// every .gitignore on the way down leave out. A generator, so the indexer walks a few folders at a
// time between requests instead of stopping the server for the whole tree.

import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { minimatch } from 'minimatch';

/** File extensions by language id (package.json's languages contribution and VS Code's own). */
const EXTENSIONS: Record<string, string[]> = {
  plaintext: ['.txt'],
  markdown: ['.md', '.markdown'],
  'press-release': ['.release', '.draft'],
};

export function extensionsOf(languages: readonly string[]): Set<string> {
  return new Set(languages.flatMap((l) => EXTENSIONS[l] ?? []));
}

export interface Discovery {
  roots: readonly string[];
  extensions: ReadonlySet<string>;
  /** Folders to index, relative to a root or absolute; none: the whole root. */
  include: readonly string[];
  /** Globs relative to the root (`files.exclude`'s true keys and copydesk.workspace.exclude). */
  exclude: readonly string[];
}

/** Folders never worth a look: version control, dependencies, Copydesk's own. */
const SKIPPED = new Set(['.git', '.hg', '.svn', 'node_modules', '.copydesk']);
const MAX_DEPTH = 32;

/** Every draft under the roots, in a stable order (folders sorted by name). */
export function* drafts(d: Discovery): Generator<string> {
  for (const root of d.roots) {
    const starts = d.include.length
      ? d.include.map((f) => path.resolve(root, f)).filter((f) => f === root || f.startsWith(root + path.sep))
      : [root];
    const globs = d.exclude.map(
      (g) => (rel: string) =>
        minimatch(rel, g, { dot: true }) || minimatch(rel, g.replace(/\/\*\*$/, ''), { dot: true }),
    );
    const excluded = (file: string) => {
      const rel = path.relative(root, file).split(path.sep).join('/');
      return globs.some((g) => g(rel));
    };
    for (const start of starts) yield* walk(start, root, [], d.extensions, excluded, 0);
  }
}

interface GitIgnore {
  dir: string;
  rules: Ignore;
}

function* walk(
  dir: string,
  root: string,
  ignores: GitIgnore[],
  extensions: ReadonlySet<string>,
  excluded: (f: string) => boolean,
  depth: number,
): Generator<string> {
  if (depth > MAX_DEPTH) return;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // Every .gitignore from the root down applies, each relative to its own folder.
  let here = ignores;
  if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
    try {
      here = [...ignores, { dir, rules: ignore().add(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8')) }];
    } catch {
      /* unreadable: as if absent */
    }
  }
  const ignored = (p: string, isDir: boolean) =>
    here.some((g) => {
      const rel = path.relative(g.dir, p).split(path.sep).join('/');
      return !!rel && !rel.startsWith('..') && g.rules.ignores(isDir ? rel + '/' : rel);
    });
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      // Hidden folders (.git, .venv, .cache…) hold no drafts, as the CLI also assumes.
      if (SKIPPED.has(e.name) || e.name.startsWith('.') || excluded(p) || ignored(p, true)) continue;
      yield* walk(p, root, here, extensions, excluded, depth + 1);
    } else if (e.isFile() && extensions.has(path.extname(e.name).toLowerCase()) && !excluded(p) && !ignored(p, false))
      yield p;
  }
}

/** Whether one file is a draft the index takes (for file events), by the same rules as the walk. */
export function isDraft(file: string, d: Discovery): boolean {
  if (!d.extensions.has(path.extname(file).toLowerCase())) return false;
  const root = d.roots.find((r) => file.startsWith(r + path.sep));
  if (!root) return false;
  const rel = path.relative(root, file).split(path.sep);
  if (rel.slice(0, -1).some((part) => SKIPPED.has(part) || part.startsWith('.'))) return false;
  if (d.include.length && !d.include.some((f) => file.startsWith(path.resolve(root, f) + path.sep))) return false;
  for (let k = 1; k <= rel.length; k++) {
    const prefix = rel.slice(0, k).join('/');
    if (
      d.exclude.some(
        (g) => minimatch(prefix, g, { dot: true }) || minimatch(prefix, g.replace(/\/\*\*$/, ''), { dot: true }),
      )
    )
      return false;
  }
  // .gitignore files on the way down.
  let dir = root;
  for (let i = 0; i < rel.length; i++) {
    try {
      const rules = ignore().add(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8'));
      const sub = rel.slice(i).join('/');
      if (rules.ignores(sub)) return false;
      for (let k = i + 1; k < rel.length; k++) if (rules.ignores(rel.slice(i, k).join('/') + '/')) return false;
    } catch {
      /* no .gitignore here */
    }
    dir = path.join(dir, rel[i]);
  }
  return true;
}
