// names/across-drafts: a name this draft spells one way where the other drafts of the workspace
// settled on another ("‘Ashimbaev’ — 41 other drafts write ‘Ashimbayev’, latest congress.release").
// The same matching as names/variant (matching.ts), the same guards (relatives, different people),
// and the style sheet wins: a spelling it settles, or one names/style-sheet already reports, is
// never reported here.

import { DOCUMENT_URI_ARG, type AnalysisOptions, type Finding, type Fix, type Related, type Severity } from '../types';
import { finding } from '../finding';
import type { DraftNames, NameWord } from './contribution';
import type { KeptWord, WorkspaceIndex } from './workspaceIndex';
import { nearNames, sheetView, spelledOtherwise, twoPeople, type VariantKind } from './matching';

const RULE = 'names/across-drafts';
/** At least this many other drafts must agree on the other spelling: one draft is no house style. */
export const MIN_DRAFTS = 2;
/** And they must outnumber the drafts (this one included) that write this draft's spelling this many times. */
const MAJORITY = 2;
const RELATED_SHOWN = 3;

interface Usage {
  text: string;
  kind: VariantKind;
  /** The other drafts that write it (this draft left out), latest first. */
  drafts: Array<[string, KeptWord]>;
}

function setting(options: AnalysisOptions): { enabled: boolean; severity?: Severity } {
  const r = options.rules?.[RULE] ?? {};
  const f = options.rules?.names ?? {};
  return { enabled: (r.enabled ?? f.enabled ?? true) !== false, severity: r.severity ?? f.severity };
}

/** The other drafts that write `text` as the same kind of name word as `w` (as `w`'s person, with `samePerson`: a given name in common). */
function writers(
  index: WorkspaceIndex,
  text: string,
  w: NameWord,
  self: string | undefined,
  language: string,
  samePerson = false,
): Array<[string, KeptWord]> {
  const out: Array<[string, KeptWord]> = [];
  for (const [key, k] of index.writersOf(text)) {
    if (key === self || k.kind !== w.kind || index.draft(key)?.language !== language) continue;
    if (w.kind === 'person' && (!k.surname || (samePerson && !nearNames(w.given, k.given)))) continue;
    out.push([key, k]);
  }
  return out;
}

/**
 * The spelling the other drafts settled on for `w`, if they settled on one: most drafts, enough
 * of them, and one person (a shared given name: the different-people guard).
 */
export function settledElsewhere(
  w: NameWord,
  names: ReadonlySet<string>,
  language: string,
  index: WorkspaceIndex,
  self: string | undefined,
  options: AnalysisOptions = {},
): Usage | undefined {
  // A person is compared by a full name only (see below): a bare surname or a given name never is.
  if ((w.kind === 'person' && (!w.surname || !w.given.length)) || w.ordinary) return undefined;
  const sheet = sheetView(options.styleSheet);
  let best: Usage | undefined;
  let mine: number | undefined;
  for (const other of index.neighbours(w.text, w.kind === 'person')) {
    // Both spellings in this draft: names/variant's to judge.
    if (names.has(other)) continue;
    const kind = spelledOtherwise(w.text, other);
    if (!kind || sheet.distinct.has(w.text + '\u0000' + other)) continue;
    // An organisation's words are ordinary words too (Supervisors / Supervisory, Award / Aware):
    // only a transliteration or lost accents is the same name.
    if (w.kind === 'organisation' && kind === 'spelling') continue;
    if (twoPeople(kind, w.text, w.count, other)) continue;
    // A surname alone proves nothing across drafts (Stefan, Carol, Kavanaugh are other people):
    // only drafts that write the full name with a given name this draft writes count.
    const drafts = writers(index, other, w, self, language, true);
    // A word some draft writes in lower case is an ordinary word, not a name to settle.
    if (drafts.some(([, k]) => k.ordinary)) continue;
    if (drafts.length < MIN_DRAFTS || (best && drafts.length <= best.drafts.length)) continue;
    mine ??= writers(index, w.text, w, self, language, true).length + 1;
    if (drafts.length < MAJORITY * mine) continue;
    best = { text: other, kind, drafts };
  }
  // The style sheet wins: a spelling it settles, or one names/style-sheet reports in the draft.
  if (best && sheet.settledFor(w.text)) return undefined;
  if (best) best.drafts.sort((a, b) => (index.draft(b[0])?.time ?? 0) - (index.draft(a[0])?.time ?? 0));
  return best;
}

const drafts = (n: number) => (n === 1 ? '1 other draft writes' : `${n} other drafts write`);

/** names/across-drafts for one draft: `self` is its key in the index (left out of the counts). */
export function acrossDraftsFindings(
  names: DraftNames,
  index: WorkspaceIndex,
  self: string | undefined,
  options: AnalysisOptions = {},
): Finding[] {
  const s = setting(options);
  if (!s.enabled || !index.size) return [];
  const texts = new Set(names.words.map((w) => w.text));
  const out: Finding[] = [];
  for (const w of names.words) {
    if (!w.places.length || w.flagged) continue;
    const usage = settledElsewhere(w, texts, names.language, index, self, options);
    if (!usage) continue;
    const latest = index.draft(usage.drafts[0][0])!;
    const note = usage.kind === 'diacritics' ? ': the same name without its accents' : '';
    const message = `‘${w.text}’ — ${drafts(usage.drafts.length)} ‘${usage.text}’, latest ${latest.name}${note}`;
    const related: Related[] = usage.drafts.slice(0, RELATED_SHOWN).map(([key, k]) => ({
      offset: k.offset,
      length: usage.text.length,
      message: `‘${usage.text}’ in ${index.draft(key)!.name}`,
      draft: { key, line: k.line, character: k.character },
    }));
    const full = w.full.includes(w.text) ? w.full.split(w.text).join(usage.text) : usage.text;
    for (let i = 0; i < w.places.length; i += 2) {
      const offset = w.places[i];
      const length = w.places[i + 1];
      const fixes: Fix[] = [
        {
          title: `Use ‘${usage.text}’ here, as the other drafts do`,
          edits: [{ offset, length, newText: usage.text }],
          safe: false,
          preferred: true,
        },
        {
          title: `Add ‘${full}’ to the style sheet`,
          edits: [],
          safe: false,
          command: { name: 'copydesk.addToStyleSheet', args: [DOCUMENT_URI_ARG, full] },
        },
        {
          title: `‘${w.text}’ and ‘${usage.text}’ are different people`,
          edits: [],
          safe: false,
          command: { name: 'copydesk.markDistinct', args: [DOCUMENT_URI_ARG, w.text, usage.text] },
        },
      ];
      const f = finding(RULE, message, offset, length, { related, fixes });
      out.push(s.severity && s.severity !== f.severity ? { ...f, severity: s.severity } : f);
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/**
 * The name card's workspace line: how the other drafts write this name ("Other drafts: ‘Ashimbayev’
 * in 41, latest congress.release; ‘Ashimbaev’ in 2"), or that no other draft mentions it.
 */
export function workspaceLine(
  names: DraftNames,
  index: WorkspaceIndex,
  self: string | undefined,
  mentionText: string,
): string | undefined {
  const word = names.words.find(
    (w) => (w.kind === 'person' ? w.surname : true) && mentionText.split(/\s+/).includes(w.text),
  );
  if (!word) return undefined;
  const spellings = [word.text, ...[...index.neighbours(word.text)].filter((t) => spelledOtherwise(word.text, t))];
  const parts: string[] = [];
  let total = 0;
  for (const t of spellings) {
    const list = writers(index, t, word, self, names.language, word.kind === 'person' && word.given.length > 0);
    if (!list.length) continue;
    total += list.length;
    let latest = list[0][0];
    for (const [k] of list) if ((index.draft(k)?.time ?? 0) > (index.draft(latest)?.time ?? 0)) latest = k;
    parts.push(
      `‘${t}’ in ${list.length}${list.length > 1 ? `, latest ${index.draft(latest)!.name}` : ` (${index.draft(latest)!.name})`}`,
    );
  }
  if (!total) return `No other draft of the workspace mentions ‘${word.text}’.`;
  return `Other drafts: ${parts.join('; ')}.`;
}
