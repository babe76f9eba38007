// Renaming a person or organisation: which mention is under the cursor, and what each of the
// entity's mentions becomes. Lives in the analysis so every editor renames the same way.

import type { Analysis, Mention, TextEdit } from '../types';

/** The mention of a known entity at `offset` (its end included, where a cursor often rests). */
export function mentionAt(analysis: Analysis, offset: number): Mention | undefined {
  const ms = analysis.mentions;
  // Mentions are in text order: binary search for the last one starting at or before offset.
  let lo = 0;
  let hi = ms.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let i = best; i >= 0 && i > best - 4; i--) {
    const m = ms[i];
    if (m.start <= offset && offset <= m.end && m.entity >= 0) return m;
  }
  return undefined;
}

export function mentionsOfEntity(analysis: Analysis, m: Mention): Mention[] {
  return analysis.entities[m.entity].mentions.map((i) => analysis.mentions[i]);
}

/**
 * Every mention of the entity, variant spellings included, rewritten to the new name word for
 * word from the end: a full name renamed to a full name also renames the bare surname mentions
 * ("Maulen Ashimbayev" → "Maulen Ashimbaev" turns "Ashimbayev" into "Ashimbaev").
 */
export function renameEdits(analysis: Analysis, offset: number, newName: string): TextEdit[] | undefined {
  const m = mentionAt(analysis, offset);
  const name = newName.replace(/\s+/g, ' ').trim();
  if (!m || !name) return undefined;
  const target = m.text.split(/\s+/);
  const replacement = name.split(' ');
  const edits: TextEdit[] = [];
  for (const other of mentionsOfEntity(analysis, m)) {
    const words = other.text.split(/\s+/);
    let text: string;
    if (words.length === target.length) text = name;
    else if (words.length === 1) text = replacement[replacement.length - 1];
    else if (words.length < target.length) text = replacement.slice(-words.length).join(' ');
    else text = [...words.slice(0, words.length - target.length), ...replacement].join(' ');
    if (text !== other.text) edits.push({ offset: other.start, length: other.end - other.start, newText: text });
  }
  return edits;
}
