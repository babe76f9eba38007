// The workspace's drafts as the server finds and indexes them: which files are drafts (extensions,
// include folders, files.exclude globs, .gitignore), the size cap said once, the cache on disk,
// and file events.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { drafts, extensionsOf, isDraft, type Discovery } from '../../../server/src/workspace/discover';
import { Indexer, type IndexerSettings } from '../../../server/src/workspace/indexer';
import { scratchDir } from '../../support/scratch';

function tree(files: Record<string, string>): string {
  const dir = scratchDir('copydesk-disc-');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const NOTE = 'Maulen Ashimbayev, chairman of the Senate, opened the session.\n';

test('drafts are the languages’ extensions, less .gitignore, exclude globs and folders left out', () => {
  const dir = tree({
    'a.release': NOTE,
    'notes.md': NOTE,
    'b.txt': NOTE,
    'script.js': NOTE,
    'build/out.txt': NOTE,
    'archive/2019/old.release': NOTE,
    'archive/2019/keep.release': NOTE,
    'drafts/x.draft': NOTE,
    'node_modules/pkg/readme.txt': NOTE,
    '.gitignore': 'build/\n',
    'archive/.gitignore': '2019/old.release\n',
  });
  const d: Discovery = {
    roots: [dir],
    extensions: extensionsOf(['plaintext', 'press-release']),
    include: [],
    exclude: ['**/drafts'],
  };
  const found = [...drafts(d)].map((f) => path.relative(dir, f)).sort();
  assert.deepEqual(found, ['a.release', 'archive/2019/keep.release', 'b.txt']);
  // The same rules for a file event.
  assert.equal(isDraft(path.join(dir, 'archive/2019/old.release'), d), false);
  assert.equal(isDraft(path.join(dir, 'build/new.txt'), d), false);
  assert.equal(isDraft(path.join(dir, 'drafts/y.draft'), d), false);
  assert.equal(isDraft(path.join(dir, 'notes.md'), d), false);
  assert.equal(isDraft(path.join(dir, 'c.release'), d), true);
  // Only the folders included.
  assert.deepEqual(
    [...drafts({ ...d, include: ['archive'] })].map((f) => path.relative(dir, f)),
    ['archive/2019/keep.release'],
  );
});

function host() {
  const said: string[] = [];
  let changes = 0;
  let finished = 0;
  return {
    said,
    changes: () => changes,
    finished: () => finished,
    host: {
      optionsFor: () => ({}),
      changed: () => void changes++,
      log: () => undefined,
      capped: (m: string) => void said.push(m),
      progress: (_d: number, _t: number | undefined, done: boolean) => void (done && finished++),
    },
  };
}

const settle = async (ix: Indexer, h: ReturnType<typeof host>, n: number) => {
  for (let i = 0; i < 500 && h.finished() < n; i++) await new Promise((r) => setImmediate(r));
  void ix;
};

test('the size cap stops the index and says so once, naming the setting', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 12; i++) files[`d${i}.release`] = NOTE;
  const dir = tree(files);
  const h = host();
  const ix = new Indexer(h.host);
  const s: IndexerSettings = {
    roots: [dir],
    extensions: extensionsOf(['press-release']),
    include: [],
    exclude: [],
    maxDrafts: 5,
  };
  ix.start(s);
  await settle(ix, h, 1);
  assert.equal(ix.index.size, 5);
  assert.equal(h.said.length, 1);
  assert.match(h.said[0], /first 5 drafts .*copydesk\.workspace\.maxDrafts/);
  ix.dispose();
});

/** Two drafts indexed once with a storage folder, so a cache file is on disk; the settings to start again. */
async function indexedOnce(): Promise<{ dir: string; storage: string; s: IndexerSettings }> {
  const dir = tree({ 'a.release': NOTE, 'b.release': NOTE });
  const storage = scratchDir('copydesk-cache-');
  const s: IndexerSettings = {
    roots: [dir],
    extensions: extensionsOf(['press-release']),
    include: [],
    exclude: [],
    maxDrafts: 100,
    storage,
  };
  const h = host();
  const ix = new Indexer(h.host);
  ix.start(s);
  await settle(ix, h, 1);
  ix.dispose();
  return { dir, storage, s };
}

test('the cache keeps a restart from reading unchanged drafts; file events update the index', async () => {
  const { dir, storage, s } = await indexedOnce();
  const cacheFile = fs.readdirSync(storage).find((f) => f.startsWith('workspace-index-'))!;
  assert.ok(cacheFile);
  // Doctor the cache: an unchanged file is taken from it, not read again.
  const data = JSON.parse(fs.readFileSync(path.join(storage, cacheFile), 'utf8'));
  for (const d of data.drafts) d[4] = d[0].endsWith('a.release') ? [] : d[4];
  fs.writeFileSync(path.join(storage, cacheFile), JSON.stringify(data));
  const h = host();
  const ix = new Indexer(h.host);
  ix.start(s);
  await settle(ix, h, 1);
  assert.equal(ix.index.writersOf('Ashimbayev').size, 1);
  // A change on disk is read again; a deletion takes the draft out.
  fs.writeFileSync(path.join(dir, 'a.release'), NOTE + '\nMore news.\n');
  ix.fileEvents([{ file: path.join(dir, 'a.release'), deleted: false }]);
  for (let i = 0; i < 50 && ix.index.writersOf('Ashimbayev').size < 2; i++) await new Promise((r) => setImmediate(r));
  assert.equal(ix.index.writersOf('Ashimbayev').size, 2);
  fs.unlinkSync(path.join(dir, 'b.release'));
  ix.fileEvents([{ file: path.join(dir, 'b.release'), deleted: true }]);
  assert.equal(ix.index.writersOf('Ashimbayev').size, 1);
  assert.ok(h.changes() > 0);
  ix.dispose();
});

test('a cache written by another Copydesk release is read afresh, not trusted', async () => {
  const { storage, s } = await indexedOnce();
  const cacheFile = path.join(
    storage,
    fs.readdirSync(storage).find((f) => f.startsWith('workspace-index-'))!,
  );
  // The words of both drafts emptied, as if an older release had read no names in them.
  const data = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
  for (const d of data.drafts) d[4] = [];
  data.version = '0.0.1-older';
  fs.writeFileSync(cacheFile, JSON.stringify(data));
  const h = host();
  const ix = new Indexer(h.host);
  ix.start(s);
  await settle(ix, h, 1);
  assert.equal(ix.index.writersOf('Ashimbayev').size, 2, 'both drafts were read again');
  ix.dispose();
});
