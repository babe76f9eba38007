// Code actions: each finding's fixes, an "Ignore here" for every finding, and fix-all. Every edit
// names the document version it was computed for, so a client never applies a stale one.

import { CodeAction, CodeActionKind, type CodeActionParams, type Diagnostic } from 'vscode-languageserver/node';
import {
  analyze,
  contextOf,
  settledFixAllEdits,
  type Analysis,
  type AnalysisOptions,
  type Finding,
  type TextEdit,
} from '../analysis';
import type { Draft } from './documents';
import { toCodeAction, toDiagnostic, versionedEdit } from './convert';
import { COMMANDS } from './commands';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.copydesk`;

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
}

export function codeActions(
  draft: Draft,
  analysis: Analysis,
  options: AnalysisOptions,
  params: CodeActionParams,
): CodeAction[] {
  const doc = draft.doc;
  const only = params.context.only;
  const actions: CodeAction[] = [];

  if (wants(only, CodeActionKind.QuickFix)) {
    const start = doc.offsetAt(params.range.start);
    const end = doc.offsetAt(params.range.end);
    const touching = analysis.findings.filter((f) => f.offset <= end && f.offset + Math.max(1, f.length) >= start);
    for (const f of touching) {
      const diagnostic = matchingDiagnostic(params.context.diagnostics, f) ?? toDiagnostic(doc, f);
      for (const fix of f.fixes) actions.push(toCodeAction(doc, fix, diagnostic));
      actions.push(ignoreAction(draft, analysis, f, diagnostic));
    }
  }
  if (wants(only, FIX_ALL_KIND) && (only || actions.length)) {
    const fixAll = fixAllAction(draft, analysis, options);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

function matchingDiagnostic(diagnostics: Diagnostic[], f: Finding): Diagnostic | undefined {
  return diagnostics.find((d) => d.code === f.rule && (d.data as { offset?: number } | undefined)?.offset === f.offset);
}

function ignoreAction(draft: Draft, analysis: Analysis, f: Finding, diagnostic: Diagnostic): CodeAction {
  const title = `Ignore ${f.rule} here (saved in .copydesk/ignore.txt)`;
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: {
      title,
      command: COMMANDS.ignoreFinding,
      arguments: [draft.doc.uri, f.rule, contextOf(analysis.document, f.offset)],
    },
  };
}

/** Fix-all's edits per analysis: rounds re-analyse the draft, and every Ctrl+. offers fix-all again. */
const settled = new WeakMap<Analysis, TextEdit[]>();

/** Fix-all as one edit that leaves nothing for a second run (fixes that touched each other's marks come in rounds). */
export function fixAllAction(draft: Draft, analysis: Analysis, options: AnalysisOptions): CodeAction | undefined {
  let edits = settled.get(analysis);
  if (!edits) settled.set(analysis, (edits = settledFixAllEdits(analysis, (text) => analyze(text, options))));
  if (!edits.length) return undefined;
  return { title: 'Copydesk: fix all safe problems', kind: FIX_ALL_KIND, edit: versionedEdit(draft.doc, edits) };
}
