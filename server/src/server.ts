// The Copydesk language server: translates LSP traffic to and from the analysis core. It runs
// over IPC under VS Code and over stdio (`--stdio`) for any other LSP editor.

import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  ResponseError,
  ErrorCodes,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { distinctLine, formatIgnoreEntry, styleSheetLine } from './analysis';
import { Drafts, type Draft } from './lsp/documents';
import { DiagnosticsPublisher } from './lsp/diagnostics';
import { HeapKeeper, processHeap } from './lsp/memory';
import { codeActions, fixAllAction, FIX_ALL_KIND } from './lsp/codeActions';
import { COMMANDS } from './lsp/commands';
import { setSnippetSupport } from './lsp/convert';
import { hover } from './lsp/hover';
import { highlights, prepareRename, references, rename } from './lsp/names';
import { documentSymbols } from './lsp/symbols';
import { readSettings, DEFAULT_SETTINGS } from './lsp/settings';
import { VERSION } from './version';
import { appendLine, IGNORE_FILE, IGNORE_FILE_HEADER, STYLE_SHEET_HEADER, type Appended } from './workspaceFiles';
import { WorkspaceSession } from './workspace/lsp';

const connection = createConnection(ProposedFeatures.all);
const drafts = new Drafts();
let canPullConfiguration = false;
let canWatchFiles = false;
let canShowDocument = false;

/** Requests must never kill the server: a bad one gets an error reply, the next one works. */
function guarded<P, R>(name: string, fallback: R, handler: (params: P) => R): (params: P) => R {
  return (params: P) => {
    try {
      return handler(params);
    } catch (e) {
      connection.console.error(`copydesk: ${name} failed: ${e instanceof Error ? e.stack : String(e)}`);
      return fallback;
    }
  };
}

const notices = new Map<string, string>();
const publisher = new DiagnosticsPublisher(
  connection,
  drafts,
  (draft, notice) => {
    if (!notice || notices.get(draft.doc.uri) === notice) return;
    notices.set(draft.doc.uri, notice);
    void connection.window.showWarningMessage(notice);
  },
  new HeapKeeper(processHeap(), (line) => connection.console.log(`copydesk: ${line}`)),
);

const workspace = new WorkspaceSession(connection, drafts, (d) => publisher.schedule(d));
drafts.extend = (d, a) => workspace.extend(d, a);

connection.onInitialize((params): InitializeResult => {
  workspace.initialize(params);
  const caps = params.capabilities;
  canPullConfiguration = !!caps.workspace?.configuration;
  canWatchFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  canShowDocument = !!caps.window?.showDocument?.support;
  setSnippetSupport(
    !!(caps.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport,
  );
  const folders = params.workspaceFolders ?? [];
  drafts.roots = folders
    .map((f) => {
      try {
        return fileURLToPath(f.uri);
      } catch {
        return '';
      }
    })
    .filter(Boolean);
  if (!drafts.roots.length && params.rootUri) {
    try {
      drafts.roots = [fileURLToPath(params.rootUri)];
    } catch {
      /* a non-file root: no workspace files */
    }
  }
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      executeCommandProvider: { commands: Object.values(COMMANDS) },
      renameProvider: { prepareProvider: true },
      referencesProvider: true,
      documentHighlightProvider: true,
      documentSymbolProvider: true,
    },
    serverInfo: { name: 'copydesk', version: VERSION },
  };
});

connection.onInitialized(() => {
  if (canPullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
  if (canWatchFiles) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/.copydesk/**' }, { globPattern: '**/*.{txt,md,markdown,release,draft}' }],
    });
  }
  void workspace.configure(canPullConfiguration);
});

async function refreshSettings(draft: Draft): Promise<void> {
  if (!canPullConfiguration) return;
  try {
    const [raw] = await connection.workspace.getConfiguration([{ scopeUri: draft.doc.uri, section: 'copydesk' }]);
    draft.settings = readSettings(raw);
    draft.analysis = undefined;
  } catch {
    draft.settings = DEFAULT_SETTINGS;
  }
}

connection.onDidOpenTextDocument(async (p) => {
  const d = p.textDocument;
  const draft = drafts.open(d.uri, d.languageId, d.version, d.text);
  publisher.schedule(draft);
  const before = draft.settings;
  await refreshSettings(draft);
  if (drafts.get(d.uri) === draft && draft.settings !== before) publisher.schedule(draft);
});

connection.onDidChangeTextDocument((p) => {
  const draft = drafts.change(p.textDocument.uri, p.textDocument.version ?? 0, p.contentChanges);
  if (draft) publisher.schedule(draft);
});

connection.onDidCloseTextDocument((p) => {
  drafts.close(p.textDocument.uri);
  workspace.closed(p.textDocument.uri);
  notices.delete(p.textDocument.uri);
  publisher.clear(p.textDocument.uri);
});

connection.onDidChangeConfiguration(async (p) => {
  void workspace.configure(canPullConfiguration, (p.settings as { copydesk?: unknown } | undefined)?.copydesk);
  for (const draft of drafts.all()) {
    if (canPullConfiguration) await refreshSettings(draft);
    else {
      draft.settings = readSettings((p.settings as { copydesk?: unknown } | undefined)?.copydesk);
      draft.analysis = undefined;
    }
    publisher.schedule(draft);
  }
});

connection.onDidChangeWatchedFiles((p) => {
  workspace.fileEvents(p.changes);
  if (!p.changes.some((c) => c.uri.includes('/.copydesk/'))) return;
  drafts.forgetWorkspaceData();
  for (const draft of drafts.all()) publisher.schedule(draft);
});

function withDraft<R>(uri: string, fallback: R, f: (draft: Draft) => R): R {
  const draft = drafts.get(uri);
  return draft ? f(draft) : fallback;
}

connection.onHover(
  guarded('hover', null, (p) =>
    withDraft(p.textDocument.uri, null, (d) =>
      hover(d, drafts.analysisOf(d), d.doc.offsetAt(p.position), (m) => workspace.hoverLine(d, m)),
    ),
  ),
);

connection.onCodeAction(
  guarded('codeAction', [], (p) =>
    withDraft(p.textDocument.uri, [], (d) => codeActions(d, drafts.analysisOf(d), drafts.optionsOf(d), p)),
  ),
);

connection.onPrepareRename(
  guarded('prepareRename', null, (p) =>
    withDraft(p.textDocument.uri, null, (d) => prepareRename(d, drafts.analysisOf(d), d.doc.offsetAt(p.position))),
  ),
);

connection.onRenameRequest(
  guarded('rename', null, (p) =>
    withDraft(p.textDocument.uri, null, (d) => rename(d, drafts.analysisOf(d), d.doc.offsetAt(p.position), p.newName)),
  ),
);

connection.onReferences(
  guarded('references', [], (p) =>
    withDraft(p.textDocument.uri, [], (d) => references(d, drafts.analysisOf(d), d.doc.offsetAt(p.position))),
  ),
);

connection.onDocumentHighlight(
  guarded('documentHighlight', [], (p) =>
    withDraft(p.textDocument.uri, [], (d) => highlights(d, drafts.analysisOf(d), d.doc.offsetAt(p.position))),
  ),
);

connection.onDocumentSymbol(
  guarded('documentSymbol', [], (p) =>
    withDraft(p.textDocument.uri, [], (d) => documentSymbols(d, drafts.analysisOf(d))),
  ),
);

function rootFor(uri: unknown): string | undefined {
  if (typeof uri !== 'string') return drafts.roots[0];
  const root = drafts.rootOf(uri);
  if (root) return root;
  try {
    return path.dirname(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

/**
 * Says what a quick fix did to a workspace file (a writer otherwise sees nothing happen) and,
 * where the editor can open a file, offers to open it. Not awaited: the command returns at once.
 */
function tellWritten(what: string, written: Appended): void {
  const name = path.relative(rootFor(undefined) ?? path.dirname(written.file), written.file) || written.file;
  const message =
    written.outcome === 'created'
      ? `Copydesk: created ${name} with ${what}.`
      : written.outcome === 'changed'
        ? `Copydesk: added ${what} to ${name}.`
        : `Copydesk: ${name} already has ${what}.`;
  const open = { title: 'Open' };
  void connection.window
    .showInformationMessage(message, ...(canShowDocument ? [open] : []))
    .then((choice) => {
      if (choice?.title === open.title)
        void connection.window.showDocument({ uri: pathToFileURL(written.file).toString(), takeFocus: true });
    })
    .catch(() => undefined);
}

connection.onExecuteCommand(async (p) => {
  const args = p.arguments ?? [];
  const str = (i: number) => (typeof args[i] === 'string' ? (args[i] as string) : undefined);
  try {
    switch (p.command) {
      case COMMANDS.addToStyleSheet: {
        const root = rootFor(args[0]);
        const name = str(1);
        if (!root || !name) throw new Error('usage: [documentUri, name]');
        const settings = drafts.get(str(0) ?? '')?.settings ?? DEFAULT_SETTINGS;
        tellWritten(`“${name}”`, appendLine(root, settings.styleSheet, styleSheetLine(name), STYLE_SHEET_HEADER));
        break;
      }
      case COMMANDS.markDistinct: {
        const root = rootFor(args[0]);
        const a = str(1);
        const b = str(2);
        if (!root || !a || !b) throw new Error('usage: [documentUri, name, otherName]');
        const settings = drafts.get(str(0) ?? '')?.settings ?? DEFAULT_SETTINGS;
        tellWritten(
          `“${a}” and “${b}” as different people`,
          appendLine(root, settings.styleSheet, distinctLine(a, b), STYLE_SHEET_HEADER),
        );
        break;
      }
      case COMMANDS.ignoreFinding: {
        const root = rootFor(args[0]);
        const rule = str(1);
        const context = str(2);
        if (!root || !rule || context === undefined) throw new Error('usage: [documentUri, rule, sentence]');
        tellWritten(
          `${rule} in this sentence`,
          appendLine(root, IGNORE_FILE, formatIgnoreEntry(rule, context), IGNORE_FILE_HEADER),
        );
        break;
      }
      case COMMANDS.fixAll: {
        const draft = drafts.get(str(0) ?? '');
        if (!draft) throw new Error('usage: [documentUri] of an open draft');
        const action = fixAllAction(draft, drafts.analysisOf(draft), drafts.optionsOf(draft));
        if (action?.edit) await connection.workspace.applyEdit({ label: 'Copydesk: Fix All', edit: action.edit });
        return null;
      }
      default:
        return new ResponseError(ErrorCodes.InvalidParams, `unknown command ${p.command}`);
    }
  } catch (e) {
    return new ResponseError(ErrorCodes.InvalidParams, `${p.command}: ${e instanceof Error ? e.message : String(e)}`);
  }
  // The workspace files changed: every open draft is read again.
  drafts.forgetWorkspaceData();
  for (const draft of drafts.all()) publisher.schedule(draft);
  return null;
});

connection.onShutdown(() => workspace.dispose());
process.on('uncaughtException', (e) => connection.console.error(`copydesk: ${e.stack ?? e}`));
connection.listen();
