// The outline: quotations grouped by speaker, so an editor sees at a glance who is quoted and
// which quotations have no speaker.

import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import type { Analysis } from '../analysis';
import type { Draft } from './documents';
import { rangeOf } from './convert';

export function documentSymbols(draft: Draft, analysis: Analysis): DocumentSymbol[] {
  const groups = new Map<string, DocumentSymbol>();
  const text = analysis.document.text;
  for (const a of analysis.attributions) {
    const q = analysis.quotations[a.quotation];
    if (!q) continue;
    // One group per person: "Ashimbayev", "he" and "Maulen Ashimbayev" are one speaker once the
    // analysis has linked them to one entity.
    const entity = a.speaker && a.speaker.entity >= 0 ? analysis.entities[a.speaker.entity] : undefined;
    const who = entity ? entity.canonical : a.speaker ? a.speaker.text : 'No speaker';
    const key = entity ? `entity:${entity.id}` : a.speaker ? `text:${a.speaker.text.toLowerCase()}` : 'none';
    const s = q.open >= 0 ? q.open : q.start;
    const e = q.close >= 0 ? q.close + 1 : q.end;
    const words = text.slice(q.start, q.end).replace(/\s+/g, ' ').trim();
    const child: DocumentSymbol = {
      name: words.length > 60 ? words.slice(0, 59) + '…' : words || '(empty)',
      detail: `paragraph ${q.paragraph + 1}${a.verb ? ` · ${a.verb.text}` : ''}`,
      kind: SymbolKind.String,
      range: rangeOf(draft.doc, s, e - s),
      selectionRange: rangeOf(draft.doc, s, e - s),
    };
    let group = groups.get(key);
    if (!group) {
      group = {
        name: who,
        kind: a.speaker ? SymbolKind.Object : SymbolKind.Null,
        range: child.range,
        selectionRange: child.selectionRange,
        children: [],
      };
      groups.set(key, group);
    } else {
      group.range = { start: group.range.start, end: child.range.end };
    }
    group.children!.push(child);
  }
  for (const g of groups.values()) g.detail = `${g.children!.length} quotation${g.children!.length === 1 ? '' : 's'}`;
  return [...groups.values()];
}
