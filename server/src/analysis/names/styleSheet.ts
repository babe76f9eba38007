// The workspace style sheet (`.copydesk/names.txt`): the spellings a newsroom has settled.
//   # comment
//   Maulen Ashimbayev          one preferred spelling a line
//   Ospanov != Ospanova        two spellings that are different people, never variants
// Read as data only: nothing in it is ever evaluated.

import type { StyleSheet } from '../types';

export function parseStyleSheet(text: string): StyleSheet {
  const sheet: StyleSheet = { names: [], distinct: [] };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+#.*$/, '').trim();
    if (!line || line.startsWith('#')) continue;
    const ne = line.split(/\s*!=\s*/);
    if (ne.length === 2 && ne[0] && ne[1]) sheet.distinct.push([ne[0], ne[1]]);
    else if (line.length <= 200) sheet.names.push(line.normalize('NFC'));
  }
  return sheet;
}

export function styleSheetLine(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

export function distinctLine(a: string, b: string): string {
  return `${styleSheetLine(a)} != ${styleSheetLine(b)}`;
}
