// A real LSP client for protocol tests: spawns the built server over stdio and speaks JSON-RPC
// through vscode-languageserver-protocol, the library VS Code's own client is built on.

import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type InitializeResult,
  type CodeAction,
  type Diagnostic,
  type Range,
  type WorkspaceEdit,
  type WorkDoneProgressBegin,
  type WorkDoneProgressReport,
  type WorkDoneProgressEnd,
} from 'vscode-languageserver-protocol/node';

/** The checkout's root: the nearest folder upwards with this package's package.json. */
export const ROOT = (() => {
  let dir = __dirname;
  for (;;) {
    try {
      if (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name === 'copydesk') return dir;
    } catch {
      /* keep looking */
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error('copydesk checkout not found above ' + __dirname);
    dir = up;
  }
})();
/** COPYDESK_SERVER points private runs at their own build, so parallel work never shares dist/. */
export const SERVER = process.env.COPYDESK_SERVER
  ? path.resolve(process.env.COPYDESK_SERVER)
  : path.join(ROOT, 'dist', 'server.js');

export interface TestClient {
  connection: ProtocolConnection;
  process: ChildProcess;
  initializeResult: InitializeResult;
  /** Every publishDiagnostics received, in order. */
  published: PublishDiagnosticsParams[];
  /** Resolves with the first publish for `uri` (at `version`, if given) that passes `pred`. */
  diagnostics(
    uri: string,
    pred?: (p: PublishDiagnosticsParams) => boolean,
    timeoutMs?: number,
  ): Promise<PublishDiagnosticsParams>;
  /** Settings the server pulls with workspace/configuration. */
  settings: Record<string, unknown>;
  stderr: string[];
  /** Every window/workDoneProgress/create request and $/progress notification, in order of arrival. */
  progress: Array<{ create: true; token: string | number } | { token: string | number; value: WorkDoneProgressValue }>;
  close(): Promise<void>;
}

export type WorkDoneProgressValue = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;

export async function startServer(
  opts: {
    rootPath?: string;
    settings?: Record<string, unknown>;
    snippetEdits?: boolean;
    initializationOptions?: unknown;
    /** Advertise `window.workDoneProgress`, as VS Code does: the server may then report progress. */
    workDoneProgress?: boolean;
  } = {},
): Promise<TestClient> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  child.stderr!.on('data', (d) => stderr.push(String(d)));
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout!),
    new StreamMessageWriter(child.stdin!),
  );
  const published: PublishDiagnosticsParams[] = [];
  const waiters: Array<{
    uri: string;
    pred: (p: PublishDiagnosticsParams) => boolean;
    resolve: (p: PublishDiagnosticsParams) => void;
  }> = [];
  const client: TestClient = {
    connection,
    process: child,
    initializeResult: undefined as unknown as InitializeResult,
    published,
    settings: opts.settings ?? {},
    stderr,
    progress: [],
    diagnostics(uri, pred = () => true, timeoutMs = 5000) {
      const seen = published.find((p) => p.uri === uri && pred(p));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const w = { uri, pred, resolve: (p: PublishDiagnosticsParams) => (clearTimeout(t), resolve(p)) };
        const t = setTimeout(() => {
          waiters.splice(waiters.indexOf(w), 1);
          reject(
            new Error(
              `no matching diagnostics for ${uri} within ${timeoutMs} ms; got ${JSON.stringify(published.filter((p) => p.uri === uri).map((p) => p.diagnostics.map((d) => d.code)))}`,
            ),
          );
        }, timeoutMs);
        waiters.push(w);
      });
    },
    async close() {
      const exited = new Promise<void>((resolve) => {
        if (child.exitCode !== null) resolve();
        else child.once('exit', () => resolve());
      });
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        /* already gone */
      }
      const timer = setTimeout(() => child.kill(), 2000);
      await exited;
      clearTimeout(timer);
      connection.dispose();
    },
  };
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    for (const w of [...waiters])
      if (w.uri === p.uri && w.pred(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
  });
  connection.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) =>
    p.items.map(() => client.settings),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/applyEdit', () => ({ applied: true }));
  // Recorded whether or not the client advertised progress, so a test can see a server that ignores it.
  connection.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => {
    client.progress.push({ create: true, token: p.token });
    return null;
  });
  connection.onNotification('$/progress', (p: { token: string | number; value: WorkDoneProgressValue }) => {
    client.progress.push({ token: p.token, value: p.value });
  });
  connection.onNotification('window/showMessage', () => undefined);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  const rootUri = opts.rootPath ? 'file://' + opts.rootPath : null;
  client.initializeResult = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null,
    initializationOptions: opts.initializationOptions,
    capabilities: {
      workspace: {
        configuration: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        applyEdit: true,
        workspaceEdit: { documentChanges: true, snippetEditSupport: !!opts.snippetEdits },
      },
      textDocument: {
        publishDiagnostics: { relatedInformation: true, versionSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        rename: { prepareSupport: true },
      },
      ...(opts.workDoneProgress ? { window: { workDoneProgress: true } } : {}),
    },
  });
  connection.sendNotification('initialized', {});
  return client;
}

export function open(client: TestClient, uri: string, text: string, languageId = 'plaintext', version = 1): void {
  client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
}

/** The quick fixes an editor offers for one diagnostic (what Ctrl+. lists on a squiggle). */
export async function quickFixesFor(client: TestClient, uri: string, d: Diagnostic): Promise<CodeAction[]> {
  return (await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: d.range,
    context: { diagnostics: [d], only: ['quickfix'] },
  })) as CodeAction[];
}

/** The fix-all action of a document, as `source.fixAll` on save asks for it. */
export async function fixAllFor(client: TestClient, uri: string): Promise<CodeAction[]> {
  return (await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll.copydesk'] },
  })) as CodeAction[];
}

/** The text edits of a workspace edit, whichever of its two shapes the server used. */
export function editsOf(edit: WorkspaceEdit | undefined): Array<{ range: Range; newText: string }> {
  if (!edit) return [];
  const change = edit.documentChanges?.[0] as { edits?: Array<{ range: Range; newText: string }> } | undefined;
  return change?.edits ?? Object.values(edit.changes ?? {})[0] ?? [];
}

/** Runs `body` against a fresh server and always shuts it down, whatever the body throws. */
export async function withServer(
  opts: Parameters<typeof startServer>[0],
  body: (client: TestClient) => Promise<void>,
): Promise<void> {
  const client = await startServer(opts);
  try {
    await body(client);
  } finally {
    await client.close();
  }
}
