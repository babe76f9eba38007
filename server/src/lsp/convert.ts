// Analysis shapes → LSP shapes. Offsets become positions through the document's own line table.

import {
  CodeAction,
  CodeActionKind,
  Diagnostic,
  DiagnosticSeverity,
  Range,
  TextEdit as LspTextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix, Severity, TextEdit } from '../analysis';
import { DOCUMENT_URI_ARG } from '../analysis';

export const SOURCE = 'copydesk';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function rangeOf(doc: TextDocument, offset: number, length: number): Range {
  return { start: doc.positionAt(offset), end: doc.positionAt(offset + length) };
}

export function toDiagnostic(doc: TextDocument, f: Finding): Diagnostic {
  const d: Diagnostic = {
    range: rangeOf(doc, f.offset, f.length),
    severity: SEVERITY[f.severity],
    source: SOURCE,
    code: f.rule,
    message: f.message,
    // What a code action request brings back to find its finding by (with `code`); kept small, since
    // a long draft's publish carries it once per diagnostic.
    data: { offset: f.offset },
  };
  if (f.related.length) {
    d.relatedInformation = f.related.map((r) => ({
      location: r.draft
        ? {
            uri: r.draft.key,
            range: {
              start: { line: r.draft.line, character: r.draft.character },
              end: { line: r.draft.line, character: r.draft.character + r.length },
            },
          }
        : { uri: doc.uri, range: rangeOf(doc, r.offset, r.length) },
      message: r.message,
    }));
  }
  return d;
}

export function toLspEdits(doc: TextDocument, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: rangeOf(doc, e.offset, e.length), newText: e.newText }));
}

/** A versioned edit: a client applies it only to the version it was computed for. */
export function versionedEdit(doc: TextDocument, edits: readonly TextEdit[]): WorkspaceEdit {
  return {
    documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: toLspEdits(doc, edits) }],
  };
}

/** Whether the client takes snippet edits (LSP 3.18 `snippetEditSupport`); set at initialize. */
let snippetEdits = false;
export function setSnippetSupport(on: boolean): void {
  snippetEdits = on;
}

export function toCodeAction(doc: TextDocument, fix: Fix, diagnostic: Diagnostic | undefined): CodeAction {
  const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix };
  if (diagnostic) action.diagnostics = [diagnostic];
  if (fix.preferred) action.isPreferred = true;
  if (fix.edits.length && fix.snippet !== undefined && snippetEdits && fix.edits.length === 1) {
    // The writer lands on the placeholder ("speaker") with it selected, ready to type the name.
    const e = fix.edits[0];
    action.edit = {
      documentChanges: [
        {
          textDocument: { uri: doc.uri, version: doc.version },
          edits: [{ range: rangeOf(doc, e.offset, e.length), snippet: { kind: 'snippet', value: fix.snippet } }],
        },
      ],
    } as WorkspaceEdit;
  } else if (fix.edits.length) action.edit = versionedEdit(doc, fix.edits);
  if (fix.command)
    action.command = {
      title: fix.title,
      command: fix.command.name,
      arguments: fix.command.args.map((a) => (a === DOCUMENT_URI_ARG ? doc.uri : a)),
    };
  return action;
}
