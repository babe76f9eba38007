// The desk's memory in the language server: starts the indexer over the workspace folders with the
// user's settings, turns file events and open documents into index updates, adds names/across-drafts
// to an open draft's analysis, and says how far the indexing got (window/workDoneProgress).
// server.ts calls in at a handful of places; everything else stays here.

import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type {
  Connection,
  FileEvent,
  InitializeParams,
  WorkDoneProgressServerReporter,
} from 'vscode-languageserver/node';
import { FileChangeType } from 'vscode-languageserver/node';
import type { Analysis, Mention } from '../analysis';
import { acrossDraftsFindings, draftNames, workspaceLine, type DraftNames } from '../analysis/workspace';
import type { Draft, Drafts } from '../lsp/documents';
import { analysisOptions, DEFAULT_SETTINGS, readSettings } from '../lsp/settings';
import { extensionsOf } from './discover';
import { Indexer } from './indexer';

export interface WorkspaceSettings {
  enable: boolean;
  /** Folders to index (relative to the workspace folder); empty: all of it. */
  include: string[];
  /** Globs of files and folders to leave out, beside `files.exclude` and .gitignore. */
  exclude: string[];
  /** The size cap: at most this many drafts are indexed. */
  maxDrafts: number;
}

export const DEFAULT_WORKSPACE: WorkspaceSettings = { enable: true, include: [], exclude: [], maxDrafts: 20000 };

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** `copydesk.workspace.*` from the `copydesk` section; malformed values fall back to the defaults. */
export function readWorkspaceSettings(copydesk: unknown): WorkspaceSettings {
  const w = (copydesk as { workspace?: Record<string, unknown> } | undefined)?.workspace;
  if (!w || typeof w !== 'object') return DEFAULT_WORKSPACE;
  const max =
    typeof w.maxDrafts === 'number' && Number.isFinite(w.maxDrafts) && w.maxDrafts >= 0
      ? Math.floor(w.maxDrafts)
      : DEFAULT_WORKSPACE.maxDrafts;
  return { enable: w.enable !== false, include: strings(w.include), exclude: strings(w.exclude), maxDrafts: max };
}

function fileOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export class WorkspaceSession {
  private readonly indexer: Indexer;
  private settings: WorkspaceSettings = { ...DEFAULT_WORKSPACE, enable: false };
  private storage: string | undefined;
  private progressOn = false;
  private reporter: Promise<WorkDoneProgressServerReporter> | undefined;
  private lastReport = 0;
  private cappedSaid = false;
  /** Each open draft's name words and the across-drafts findings it was last given. */
  private readonly open = new Map<string, { names: DraftNames; said: string }>();
  private recheck: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly drafts: Drafts,
    private readonly republish: (draft: Draft) => void,
  ) {
    this.indexer = new Indexer({
      optionsFor: (file) => {
        const ws = this.drafts.workspaceData(pathToUri(file), DEFAULT_SETTINGS);
        return analysisOptions(DEFAULT_SETTINGS, /\.(md|markdown)$/i.test(file) ? 'markdown' : 'plaintext', {
          styleSheet: ws.styleSheet,
          ignored: ws.ignored,
        });
      },
      changed: () => this.scheduleRecheck(),
      log: (line) => connection.console.log(`copydesk: ${line}`),
      capped: (message) => {
        if (this.cappedSaid) return;
        this.cappedSaid = true;
        void connection.window.showInformationMessage(message);
      },
      progress: (done, total, finished) => this.progress(done, total, finished),
    });
  }

  initialize(params: InitializeParams): void {
    const opts = params.initializationOptions as { storagePath?: unknown } | undefined;
    this.storage =
      typeof opts?.storagePath === 'string' && path.isAbsolute(opts.storagePath) ? opts.storagePath : undefined;
    this.progressOn = !!params.capabilities.window?.workDoneProgress;
  }

  /** (Re)reads the settings and starts indexing: at start and when the settings change. */
  async configure(pull: boolean, pushed?: unknown): Promise<void> {
    let copydesk: unknown = pushed;
    let filesExclude: unknown;
    if (pull) {
      try {
        [copydesk, filesExclude] = await this.connection.workspace.getConfiguration([
          { section: 'copydesk' },
          { section: 'files.exclude' },
        ]);
      } catch {
        /* defaults */
      }
    }
    const settings = readWorkspaceSettings(copydesk);
    const languages = readSettings(copydesk).languages;
    const roots = this.drafts.roots;
    const exclude = [...settings.exclude];
    if (filesExclude && typeof filesExclude === 'object')
      for (const [glob, on] of Object.entries(filesExclude)) if (on === true) exclude.push(glob);
    const same =
      JSON.stringify([settings, languages, exclude]) === JSON.stringify([this.settings, this.languages, this.exclude]);
    if (same && this.started) return;
    this.settings = settings;
    this.languages = languages;
    this.exclude = exclude;
    if (!settings.enable || !roots.length) {
      this.indexer.stop();
      for (const key of [...this.indexer.index.keys()]) this.indexer.index.delete(key);
      this.started = false;
      this.scheduleRecheck();
      return;
    }
    this.started = true;
    this.cappedSaid = false;
    this.indexer.start({
      roots,
      extensions: extensionsOf(languages),
      include: settings.include,
      exclude,
      maxDrafts: settings.maxDrafts,
      storage: this.storage,
    });
  }
  private languages: string[] = [];
  private exclude: string[] = [];
  private started = false;

  /** An open draft's analysis with what the other drafts say about its names. */
  extend(draft: Draft, analysis: Analysis): Analysis {
    // No workspace folder (a loose file): there are no other drafts, and a keystroke pays nothing.
    if (!this.settings.enable || !this.started) return analysis;
    const uri = draft.doc.uri;
    const file = fileOf(uri) ?? uri;
    const ws = this.drafts.workspaceData(uri, draft.settings);
    const options = analysisOptions(draft.settings, draft.languageId, {
      styleSheet: ws.styleSheet,
      ignored: ws.ignored,
    });
    const names = draftNames(analysis, options);
    this.indexer.openDraft(file, names);
    const extra = acrossDraftsFindings(names, this.indexer.index, file, options);
    for (const f of extra) for (const r of f.related) if (r.draft) r.draft.key = pathToUri(r.draft.key);
    this.open.set(uri, { names, said: signature(extra) });
    if (!extra.length) return analysis;
    const findings = [...analysis.findings, ...extra].sort(
      (a, b) => a.offset - b.offset || a.rule.localeCompare(b.rule),
    );
    return { ...analysis, findings };
  }

  closed(uri: string): void {
    this.open.delete(uri);
    this.indexer.closeDraft(fileOf(uri) ?? uri);
  }

  fileEvents(changes: readonly FileEvent[]): void {
    const events: Array<{ file: string; deleted: boolean }> = [];
    for (const c of changes) {
      const file = fileOf(c.uri);
      if (file && !file.split(path.sep).includes('.copydesk'))
        events.push({ file, deleted: c.type === FileChangeType.Deleted });
    }
    if (events.length) this.indexer.fileEvents(events);
  }

  /** The name card's workspace line for the mention under the cursor. */
  hoverLine(draft: Draft, mention: Mention): string | undefined {
    const open = this.open.get(draft.doc.uri);
    if (!this.settings.enable || !open) return undefined;
    return workspaceLine(open.names, this.indexer.index, fileOf(draft.doc.uri) ?? draft.doc.uri, mention.text);
  }

  dispose(): void {
    clearTimeout(this.recheck);
    this.indexer.dispose();
  }

  /** The index changed: open drafts whose across-drafts findings differ now are published again. */
  private scheduleRecheck(): void {
    clearTimeout(this.recheck);
    this.recheck = setTimeout(() => {
      for (const d of this.drafts.all()) {
        const open = this.open.get(d.doc.uri);
        const file = fileOf(d.doc.uri) ?? d.doc.uri;
        if (open && this.settings.enable) {
          const ws = this.drafts.workspaceData(d.doc.uri, d.settings);
          const options = analysisOptions(d.settings, d.languageId, { styleSheet: ws.styleSheet, ignored: ws.ignored });
          if (signature(acrossDraftsFindings(open.names, this.indexer.index, file, options)) === open.said) continue;
        } else if (!open || !open.said) continue;
        d.analysis = undefined;
        this.republish(d);
      }
    }, 50);
  }

  private progress(done: number, total: number | undefined, finished: boolean): void {
    if (!this.progressOn) return;
    if (!this.reporter) {
      if (finished) return;
      this.reporter = this.connection.window.createWorkDoneProgress().then((r) => {
        r.begin('Copydesk: indexing drafts', undefined, 'looking for drafts', false);
        return r;
      });
      this.reporter.catch(() => undefined);
    }
    const reporter = this.reporter;
    if (finished) {
      this.reporter = undefined;
      void reporter.then((r) => r.done()).catch(() => undefined);
      return;
    }
    const now = performance.now();
    if (now - this.lastReport < 200) return;
    this.lastReport = now;
    void reporter
      .then((r) => r.report(`${done.toLocaleString('en')} drafts${total ? ` of ${total.toLocaleString('en')}` : ''}`))
      .catch(() => undefined);
  }
}

function pathToUri(file: string): string {
  if (!path.isAbsolute(file)) return file;
  return pathToFileURL(file).href;
}

const signature = (findings: ReadonlyArray<{ offset: number; message: string }>) =>
  findings.map((f) => `${f.offset}:${f.message}`).join('\n');
