// Open drafts, their settings and their one cached Analysis per version. Every LSP feature asks
// here; nothing re-analyses a version that was already analysed.

import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { analyze, AnalysisCache, type Analysis, type AnalysisOptions } from '../analysis';
import { findWorkspaceRoot, houseQuoteStyle, readWorkspaceData, type WorkspaceData } from '../workspaceFiles';
import { analysisOptions, DEFAULT_SETTINGS, type Settings } from './settings';

export interface Draft {
  doc: TextDocument;
  languageId: string;
  /** Offset of the last edit and when it happened: for holding back findings at the caret. */
  lastEdit?: { offset: number; at: number };
  analysis?: { version: number; result: Analysis; ms: number };
  /** What earlier analyses of this draft computed from paragraphs that may not have changed since. */
  cache: AnalysisCache;
  settings: Settings;
}

export class Drafts {
  private readonly drafts = new Map<string, Draft>();
  private readonly workspaceCache = new Map<string, WorkspaceData>();
  roots: string[] = [];
  /** Adds what other drafts of the workspace say (server/src/workspace/lsp.ts). */
  extend?: (d: Draft, a: Analysis) => Analysis;

  get(uri: string): Draft | undefined {
    return this.drafts.get(uri);
  }

  all(): Draft[] {
    return [...this.drafts.values()];
  }

  open(uri: string, languageId: string, version: number, text: string): Draft {
    const d: Draft = {
      doc: TextDocument.create(uri, languageId, version, text),
      languageId,
      settings: DEFAULT_SETTINGS,
      cache: new AnalysisCache(),
    };
    this.drafts.set(uri, d);
    return d;
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Draft | undefined {
    const d = this.drafts.get(uri);
    if (!d) return undefined;
    // A change to an older version than the one held is stale traffic: ignore it.
    if (version <= d.doc.version) return d;
    let offset = -1;
    for (const c of changes) if ('range' in c && c.range) offset = d.doc.offsetAt(c.range.start);
    d.doc = TextDocument.update(d.doc, changes, version);
    d.lastEdit = offset >= 0 ? { offset, at: Date.now() } : undefined;
    return d;
  }

  close(uri: string): void {
    this.drafts.delete(uri);
  }

  /** The folder whose `.copydesk/` applies to a draft. */
  rootOf(uri: string): string | undefined {
    let file: string;
    try {
      if (!uri.startsWith('file:')) return this.roots[0];
      file = fileURLToPath(uri);
    } catch {
      return this.roots[0];
    }
    return (
      findWorkspaceRoot(path.dirname(file)) ?? this.roots.find((r) => file.startsWith(r + path.sep)) ?? this.roots[0]
    );
  }

  workspaceData(uri: string, settings: Settings): WorkspaceData {
    const root = this.rootOf(uri);
    const key = `${root ?? ''}\0${settings.styleSheet}`;
    let data = this.workspaceCache.get(key);
    if (!data) {
      data = readWorkspaceData(root, settings.styleSheet);
      this.workspaceCache.set(key, data);
    }
    return data;
  }

  /** The style sheet or ignore file changed on disk: every draft is analysed again. */
  forgetWorkspaceData(): void {
    this.workspaceCache.clear();
    for (const d of this.drafts.values()) d.analysis = undefined;
  }

  /** The options a draft is analysed with: its settings and its workspace's files. */
  optionsOf(d: Draft): AnalysisOptions {
    const ws = this.workspaceData(d.doc.uri, d.settings);
    return analysisOptions(d.settings, d.languageId, {
      styleSheet: ws.styleSheet,
      ignored: ws.ignored,
      quoteStyle: houseQuoteStyle(d.settings.quoteStyle, ws.quoteStyle),
    });
  }

  analysisOf(d: Draft): Analysis {
    if (d.analysis && d.analysis.version === d.doc.version) return d.analysis.result;
    const t0 = performance.now();
    const result = analyze(d.doc.getText(), this.optionsOf(d), d.cache);
    const extended = this.extend ? this.extend(d, result) : result;
    d.analysis = { version: d.doc.version, result: extended, ms: performance.now() - t0 };
    return extended;
  }
}
