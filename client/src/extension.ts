// The VS Code side: starts the language server over IPC, shows in the status bar what it is doing
// for the draft in front of the writer (starting, checking…, n problems, indexing x/y, off for
// this file, stopped) and what clicking does, and forwards the commands. All checking happens in
// the server.

import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;
let status: vscode.StatusBarItem | undefined;
let serverState: 'starting' | 'running' | 'stopped' = 'starting';
/** Drafts changed (or opened) since their last diagnostics arrived: still being checked. */
const checking = new Set<string>();
/** How many problems the server last published for each draft. */
const problems = new Map<string, number>();
/** Workspace indexing progress, when the server reports it (`copydesk/indexing`). */
let indexing: { done: number; total: number } | undefined;

function checkedLanguages(): string[] {
  return (
    vscode.workspace.getConfiguration('copydesk').get<string[]>('languages') ?? [
      'plaintext',
      'markdown',
      'press-release',
    ]
  );
}

function isChecked(doc: vscode.TextDocument): boolean {
  return (
    vscode.workspace.getConfiguration('copydesk', doc.uri).get<boolean>('enable') !== false &&
    (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled') &&
    checkedLanguages().includes(doc.languageId)
  );
}

const OPEN_PROBLEMS = 'Click to open the Problems view.';

/** The status item tells the truth about the draft in front of the writer. */
function showState(): void {
  if (!status) return;
  const doc = vscode.window.activeTextEditor?.document;
  if (serverState === 'starting')
    return setStatus(
      '$(sync~spin) Copydesk: starting',
      'The Copydesk server is starting.',
      'workbench.actions.view.problems',
    );
  if (serverState === 'stopped')
    return setStatus(
      '$(error) Copydesk: stopped',
      'The Copydesk server has stopped. Click to restart it.',
      'copydesk.restartServer',
    );
  if (indexing && indexing.done < indexing.total)
    return setStatus(
      `$(sync~spin) Copydesk: indexing ${indexing.done}/${indexing.total}`,
      `Copydesk is reading the workspace's drafts. ${OPEN_PROBLEMS}`,
      'workbench.actions.view.problems',
    );
  if (!doc)
    return setStatus(
      '$(check) Copydesk',
      `Copydesk checks ${checkedLanguages().join(', ')} files. ${OPEN_PROBLEMS}`,
      'workbench.actions.view.problems',
    );
  if (!isChecked(doc))
    return setStatus(
      '$(circle-slash) Copydesk: off for this file',
      `Copydesk is off for this file: it checks ${checkedLanguages().join(', ')} files (copydesk.languages) when copydesk.enable is on. ${OPEN_PROBLEMS}`,
      'workbench.actions.view.problems',
    );
  const key = doc.uri.toString();
  if (checking.has(key))
    return setStatus(
      '$(sync~spin) Copydesk: checking…',
      `Copydesk is checking this draft. ${OPEN_PROBLEMS}`,
      'workbench.actions.view.problems',
    );
  const n = problems.get(key) ?? 0;
  if (!n)
    return setStatus(
      '$(check) Copydesk: no problems',
      `Copydesk found nothing to report in this draft. ${OPEN_PROBLEMS}`,
      'workbench.actions.view.problems',
    );
  setStatus(
    `$(warning) Copydesk: ${n} problem${n === 1 ? '' : 's'}`,
    `Copydesk found ${n} problem${n === 1 ? '' : 's'} in this draft. ${OPEN_PROBLEMS}`,
    'workbench.actions.view.problems',
  );
}

function documentSelector(): LanguageClientOptions['documentSelector'] {
  const languages = vscode.workspace.getConfiguration('copydesk').get<string[]>('languages') ?? [
    'plaintext',
    'markdown',
    'press-release',
  ];
  return languages.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
}

function setStatus(text: string, tooltip: string, command: string): void {
  if (!status) return;
  status.text = text;
  status.tooltip = tooltip;
  status.command = command;
  status.accessibilityInformation = { label: `${text.replace(/\$\([^)]*\)\s*/, '')}. ${tooltip}` };
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    synchronize: {
      configurationSection: 'copydesk',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.copydesk/**'),
    },
    diagnosticCollectionName: 'copydesk',
    middleware: {
      // Every publish ends a check, held-back findings or not: the status item counts what is shown.
      handleDiagnostics(uri, diagnostics, next) {
        checking.delete(uri.toString());
        problems.set(uri.toString(), diagnostics.length);
        next(uri, diagnostics);
        showState();
      },
    },
    // The workspace index's cache lives in the extension's storage folder (the server has no other).
    initializationOptions: { storagePath: (context.storageUri ?? context.globalStorageUri).fsPath },
  };
  client = new LanguageClient('copydesk', 'Copydesk', serverOptions, clientOptions);
  client.onDidChangeState((e) => {
    serverState = e.newState === State.Running ? 'running' : e.newState === State.Starting ? 'starting' : 'stopped';
    showState();
  });
  checking.clear();
  for (const doc of vscode.workspace.textDocuments) if (isChecked(doc)) checking.add(doc.uri.toString());
  await client.start();
  // A workspace index (when the server has one) reports its progress; until then nothing is shown.
  client.onNotification('copydesk/indexing', (p: { done?: unknown; total?: unknown }) => {
    indexing =
      typeof p?.done === 'number' && typeof p?.total === 'number' ? { done: p.done, total: p.total } : undefined;
    showState();
  });
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  status = vscode.window.createStatusBarItem('copydesk.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'Copydesk';
  showState();
  status.show();
  context.subscriptions.push(status);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((doc) => {
      if (isChecked(doc)) checking.add(doc.uri.toString());
      showState();
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (!e.contentChanges.length || !isChecked(e.document)) return;
      checking.add(e.document.uri.toString());
      showState();
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      checking.delete(doc.uri.toString());
      problems.delete(doc.uri.toString());
    }),
    vscode.window.onDidChangeActiveTextEditor(() => showState()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('copydesk')) showState();
    }),
  );

  context.subscriptions.push(
    vscode.commands.registerCommand('copydesk.restartServer', async () => {
      await client?.stop();
      await start(context);
    }),
    vscode.commands.registerCommand('copydesk.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return;
      await client.sendRequest('workspace/executeCommand', {
        command: 'copydesk.applyFixAll',
        arguments: [editor.document.uri.toString()],
      });
    }),
    vscode.commands.registerCommand('copydesk.openStyleSheet', async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      if (!folder) {
        void vscode.window.showInformationMessage('Open a folder to keep a Copydesk style sheet in it.');
        return;
      }
      const rel = vscode.workspace.getConfiguration('copydesk').get<string>('styleSheet') ?? '.copydesk/names.txt';
      const uri = vscode.Uri.joinPath(folder.uri, rel);
      try {
        await vscode.workspace.fs.stat(uri);
      } catch {
        await vscode.workspace.fs.writeFile(
          uri,
          new TextEncoder().encode('# Copydesk style sheet: one preferred spelling of a name a line.\n'),
        );
      }
      await vscode.window.showTextDocument(uri);
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // Which languages are checked is the client's document selector: restart to apply it.
      if (e.affectsConfiguration('copydesk.languages')) {
        await client?.stop();
        await start(context);
      }
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
