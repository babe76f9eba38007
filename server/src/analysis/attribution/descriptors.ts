// "The diplomat said", "the chair said": a descriptor points back to someone the draft introduced
// by that role (a14: "Dana Ospanova, the regulator's chair, … the chair said"). A role word a
// reader would take as the same person counts too ("the ambassador" → "the diplomat"). Only roles
// listed here are checked; any other descriptor is taken on trust, since a false alarm costs more
// than a miss.

import type { Context } from './context';

/** A role a descriptor names, and the words that introduce someone in it. */
const ROLES: Record<string, readonly string[]> = {
  diplomat: ['diplomat', 'ambassador', 'envoy', 'consul', 'attaché', 'attache', 'chargé', 'embassy', 'foreign minister'],
  ambassador: ['ambassador', 'envoy'],
  envoy: ['envoy', 'ambassador', 'diplomat', 'representative'],
  chair: ['chair', 'chairman', 'chairwoman', 'chairperson', 'head'],
  chairman: ['chairman', 'chair', 'head'],
  chairwoman: ['chairwoman', 'chair', 'head'],
  minister: ['minister', 'secretary'],
  secretary: ['secretary', 'minister'],
  president: ['president', 'head', 'leader'],
  executive: ['executive', 'chief', 'ceo', 'boss', 'head', 'director', 'founder'],
  ceo: ['ceo', 'executive', 'chief', 'boss'],
  boss: ['boss', 'chief', 'executive', 'head', 'manager', 'director', 'ceo', 'coach'],
  spokesman: ['spokesman', 'spokesperson', 'spokeswoman', 'press secretary', 'representative'],
  spokeswoman: ['spokeswoman', 'spokesperson', 'spokesman', 'press secretary', 'representative'],
  spokesperson: ['spokesperson', 'spokesman', 'spokeswoman', 'press secretary', 'representative'],
  prosecutor: ['prosecutor', 'attorney', 'district attorney', 'da'],
  lawyer: ['lawyer', 'attorney', 'counsel', 'solicitor', 'barrister', 'advocate'],
  attorney: ['attorney', 'lawyer', 'counsel', 'prosecutor'],
  judge: ['judge', 'justice', 'magistrate'],
  mayor: ['mayor'],
  governor: ['governor'],
  senator: ['senator'],
  lawmaker: ['lawmaker', 'legislator', 'senator', 'congressman', 'congresswoman', 'representative', 'mp', 'deputy', 'member of parliament', 'councillor', 'councilmember'],
  economist: ['economist', 'analyst'],
  analyst: ['analyst', 'economist', 'strategist'],
  director: ['director', 'head', 'chief'],
  manager: ['manager', 'coach', 'boss', 'head'],
  coach: ['coach', 'manager', 'trainer'],
  official: ['official', 'officer', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'director'],
  officer: ['officer', 'official', 'detective', 'sergeant', 'captain', 'inspector'],
  detective: ['detective', 'officer', 'inspector'],
  regulator: ['regulator', 'regulatory'],
  witness: ['witness'],
  victim: ['victim'],
  defendant: ['defendant', 'accused', 'suspect'],
  suspect: ['suspect', 'defendant', 'accused'],
  founder: ['founder', 'co-founder'],
  leader: ['leader', 'head', 'chief', 'president', 'chairman', 'secretary'],
  general: ['general', 'commander'],
  commander: ['commander', 'general', 'chief'],
  professor: ['professor', 'researcher', 'academic', 'scientist'],
  researcher: ['researcher', 'scientist', 'professor', 'academic'],
  scientist: ['scientist', 'researcher', 'professor'],
  doctor: ['doctor', 'physician', 'surgeon', 'dr'],
};

/** The role a descriptor names ("the regulator's chair" → chair), or undefined if not listed. */
export function roleOf(descriptor: string): string | undefined {
  // Only a bare definite role ("the diplomat", "the new chair"): a possessive or a name in it
  // ("the charity's director", "the Conservative leader") says who it is by itself.
  const words = descriptor.split(/\s+/);
  if (words[0].toLowerCase() !== 'the' || words.length > 4) return undefined;
  if (words.slice(1).some((w) => /['’]s$/.test(w) || /^\p{Lu}/u.test(w))) return undefined;
  const head = words[words.length - 1].toLowerCase();
  return head in ROLES ? head : undefined;
}

/**
 * First offsets of role words in the writer's text (quotations masked), found lazily and once per
 * word, so resolving many descriptors stays linear in the draft.
 */
export class RoleIndex {
  private readonly first = new Map<string, number>();
  private lower: string | undefined;
  constructor(private readonly ctx: Context) {}

  private firstOf(word: string): number {
    let at = this.first.get(word);
    if (at !== undefined) return at;
    this.lower ??= this.ctx.masked.toLowerCase();
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
    const m = re.exec(this.lower);
    at = m ? m.index : -1;
    this.first.set(word, at);
    return at;
  }

  /** Offset where someone was introduced in this role before `before`, or -1. */
  antecedent(role: string, before: number): number {
    let best = -1;
    for (const w of ROLES[role] ?? [role]) {
      const at = this.firstOf(w);
      if (at >= 0 && at < before && (best < 0 || at < best)) best = at;
    }
    return best;
  }
}
