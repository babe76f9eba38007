// When diagnostics are published. The analysis is fast, so the debounce adapts: none when the
// last analysis of the draft took a few milliseconds, longer when it was slow. A quotation mark the
// user is typing right now is unbalanced until the partner is typed, and a speaker typed after a
// closing mark has no verb until `said` is typed: a finding of a rule held back while typing
// (the catalogue's `heldBackWhileTyping`) within reach of the last edit waits until the user
// pauses. A version that is no longer current when its turn comes is never published.

import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import { ruleById } from '../analysis';
import type { Draft, Drafts } from './documents';
import { SOURCE, toDiagnostic } from './convert';
import type { HeapKeeper } from './memory';

const NEAR_CARET = 80;

/** Characters between the caret and a finding's span (0 inside it). */
function distance(caret: number, offset: number, length: number): number {
  return caret < offset ? offset - caret : Math.max(0, caret - (offset + length));
}
/** A change this long after the last publish comes after a pause, not from a queued burst. */
const IDLE_MS = 25;

export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly heldBack = new Map<string, NodeJS.Timeout>();
  /** When the last publish of each draft finished. */
  private readonly lastPublished = new Map<string, number>();

  constructor(
    private readonly connection: Connection,
    private readonly drafts: Drafts,
    private readonly onNotice: (draft: Draft, notice: string | undefined) => void,
    private readonly heap: HeapKeeper,
  ) {}

  schedule(draft: Draft): void {
    const uri = draft.doc.uri;
    clearTimeout(this.timers.get(uri));
    const pending = this.timers.has(uri);
    const idle = performance.now() - (this.lastPublished.get(uri) ?? -Infinity);
    const lastMs = draft.analysis?.ms ?? 0;
    // A change that arrives after a pause is analysed at once: waiting would only add latency.
    // Changes queued up while an analysis ran (typing faster than a long draft is analysed) wait
    // together, so the burst costs one analysis rather than one per keystroke.
    const delay = lastMs < 10 || (!pending && idle > IDLE_MS) ? 0 : Math.min(300, lastMs * 2);
    if (delay === 0) {
      this.publish(uri, draft.doc.version);
      return;
    }
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.publish(uri, draft.doc.version);
      }, delay),
    );
  }

  publish(uri: string, version: number): void {
    const draft = this.drafts.get(uri);
    if (!draft || draft.doc.version !== version) return;
    if (!draft.settings.enable || !draft.settings.languages.includes(draft.languageId)) {
      this.send(uri, version, []);
      return;
    }
    const analysis = this.drafts.analysisOf(draft);
    if (this.drafts.get(uri)?.doc.version !== version) return;
    this.onNotice(draft, analysis.notice);

    const edit = draft.lastEdit;
    const typing = edit && Date.now() - edit.at < draft.settings.holdBack;
    let held = false;
    const diagnostics: Diagnostic[] = [];
    // A file cut at the size limit, or not text at all, says so where the squiggles are: the
    // notification toast alone is easy to miss and gone after a few seconds.
    if (analysis.notice) {
      const text = draft.doc.getText();
      const eol = text.indexOf('\n');
      const end = draft.doc.positionAt(Math.min(eol < 0 ? text.length : eol, 200));
      diagnostics.push({
        range: { start: { line: 0, character: 0 }, end },
        severity: DiagnosticSeverity.Information,
        source: SOURCE,
        code: 'notice',
        message: analysis.notice,
      });
    }
    for (const f of analysis.findings) {
      if (typing && ruleById(f.rule)?.heldBackWhileTyping && distance(edit.offset, f.offset, f.length) <= NEAR_CARET) {
        held = true;
        continue;
      }
      diagnostics.push(toDiagnostic(draft.doc, f));
    }
    this.send(uri, version, diagnostics);
    this.lastPublished.set(uri, performance.now());
    this.heap.afterAnalysis();

    clearTimeout(this.heldBack.get(uri));
    if (held) {
      this.heldBack.set(
        uri,
        setTimeout(() => {
          this.heldBack.delete(uri);
          const d = this.drafts.get(uri);
          if (d && d.doc.version === version) {
            d.lastEdit = undefined;
            this.publish(uri, version);
          }
        }, draft.settings.holdBack),
      );
    }
  }

  clear(uri: string): void {
    this.lastPublished.delete(uri);
    clearTimeout(this.timers.get(uri));
    clearTimeout(this.heldBack.get(uri));
    this.send(uri, undefined, []);
  }

  private send(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void {
    void this.connection.sendDiagnostics({ uri, version, diagnostics });
  }
}
