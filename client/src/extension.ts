// The VS Code side: starts the language server over IPC, shows that it is working in the status
// bar, and forwards the commands. All checking happens in the server.

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

function documentSelector(): LanguageClientOptions['documentSelector'] {
  const languages = vscode.workspace.getConfiguration('copydesk').get<string[]>('languages') ?? ['plaintext', 'markdown', 'press-release'];
  return languages.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
}

function setStatus(text: string, tooltip: string): void {
  if (!status) return;
  status.text = text;
  status.tooltip = tooltip;
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
    // The workspace index's cache lives in the extension's storage folder (the server has no other).
    initializationOptions: { storagePath: (context.storageUri ?? context.globalStorageUri).fsPath },
  };
  client = new LanguageClient('copydesk', 'Copydesk', serverOptions, clientOptions);
  client.onDidChangeState((e) => {
    if (e.newState === State.Running) setStatus('$(check) Copydesk', 'Copydesk is checking quotation marks, names and attribution');
    else if (e.newState === State.Starting) setStatus('$(sync~spin) Copydesk', 'Copydesk is starting');
    else setStatus('$(error) Copydesk', 'Copydesk has stopped: run "Copydesk: Restart Server"');
  });
  await client.start();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  status.name = 'Copydesk';
  status.command = 'workbench.actions.view.problems';
  setStatus('$(sync~spin) Copydesk', 'Copydesk is starting');
  status.show();
  context.subscriptions.push(status);

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
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('# Copydesk style sheet: one preferred spelling of a name a line.\n'));
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
