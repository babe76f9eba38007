// Speakers that point to no one, or to two people: "she said" after two women, "the diplomat
// said" with no diplomat before it, "Ospanov said" when two Ospanovs are in the draft. Resolved
// speakers are linked to their entity on the way, for the hover and the outline.

import type { Attribution, Finding, Speaker } from '../types';
import { firstMentionFrom, type Context } from './context';
import type { Claim } from './speakers';
import { placeLike, resolvePronoun } from './pronouns';
import { roleHeadOf, roleOf, type RoleIndex } from './descriptors';
import { SurnameIndex } from './surnames';
import { finding } from '../finding';
import { isEnglishWord, isGivenName } from '../lexicon/nameLists';

interface SpeakerUse {
  speaker: Speaker;
  verbEnd: number;
  attribution?: Attribution;
}

function unresolved(sp: Speaker, verbEnd: number, message: string, replacements: string[]): Finding {
  const end = Math.max(sp.end, verbEnd);
  const start = Math.min(sp.start, verbEnd);
  return finding('attribution/unresolved', message, start, end - start, {
    fixes: replacements.map((r, i) => ({
      title: `Replace “${sp.text}” with “${r}”`,
      edits: [{ offset: sp.start, length: sp.end - sp.start, newText: r }],
      safe: false,
      preferred: i === 0,
    })),
  });
}

/**
 * For each mention in order, the one person named up to it (-1 none, -2 several), so "the only
 * person named before" is a binary search, not a scan per descriptor.
 */
function personsSoFar(ctx: Context): Int32Array {
  const out = new Int32Array(ctx.mentions.length);
  let found = -1;
  ctx.mentions.forEach((m, i) => {
    const e = m.entity >= 0 ? ctx.entities[m.entity] : undefined;
    // Once two people are named, the rest cannot change the answer: no place test for them.
    if (found !== -2 && e && e.kind === 'person' && found !== e.id && !placeLike(ctx, m))
      found = found === -1 ? e.id : -2;
    out[i] = found;
  });
  return out;
}

/** The one person the draft names before `offset`, or -1 when it names none or several. */
function onlyPersonBefore(ctx: Context, soFar: Int32Array, offset: number): number {
  const i = firstMentionFrom(ctx, offset) - 1;
  return i >= 0 && soFar[i] >= 0 ? soFar[i] : -1;
}

/** A title before the name ("Mrs. Thompson", "Mr Blair") tells people of one surname apart. */
function titled(ctx: Context, start: number): boolean {
  return /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady)\.?\s+$/.test(
    ctx.text.slice(Math.max(0, start - 6), start),
  );
}

export function checkSpeakers(
  ctx: Context,
  attributions: Attribution[],
  claims: readonly Claim[],
  roles: RoleIndex,
): Finding[] {
  const surnames = new SurnameIndex(ctx);
  const prose = (u: SpeakerUse) =>
    ctx.doc.paragraphs[ctx.quotations[u.attribution!.quotation].paragraph]?.kind === 'prose';
  const uses: SpeakerUse[] = [];
  for (let i = 0; i < attributions.length; i++) {
    const a = attributions[i];
    if (a.speaker && a.verb && a.how.kind === 'in-sentence')
      uses.push({ speaker: a.speaker, verbEnd: a.verb.end, attribution: a });
  }
  // Paraphrase speakers are not checked (a pronoun in narrative is the writer's to judge), but
  // they are who a later "he" most likely means.
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    if (c.quotation < 0 && c.speaker) uses.push({ speaker: c.speaker, verbEnd: c.verb.end });
  }
  uses.sort((x, y) => x.speaker.start - y.speaker.start);
  // A speaker with no verb ("…,” the first deputy chairman of ‘Nur Otan’.") is still someone: link it.
  for (let i = 0; i < attributions.length; i++) {
    const a = attributions[i];
    if (a.speaker && a.how.kind === 'no-verb' && a.speaker.kind === 'descriptor' && a.speaker.entity < 0)
      linkByRole(ctx, a.speaker, a, roles);
  }

  const out: Finding[] = [];
  const reported = new Set<number>();
  let last: Speaker | null = null;
  let soFar: Int32Array | undefined;
  let shaped: number | undefined;
  for (let i = 0; i < uses.length; i++) {
    const u = uses[i];
    const sp = u.speaker;
    if (reported.has(sp.start)) continue;
    const quoted = !!u.attribution && prose(u);
    if (sp.kind === 'pronoun') {
      const r = resolvePronoun(ctx, sp, last);
      if (r.entity >= 0) sp.entity = r.entity;
      else if (
        quoted &&
        /^(?:he|she)$/i.test(sp.text) &&
        !speakerBefore(last) &&
        noPersonBefore(ctx, (soFar ??= personsSoFar(ctx)), sp.start) &&
        !((shaped ??= firstPersonShaped(ctx)) >= 0 && shaped < sp.start)
      ) {
        // No person anywhere before it: organisations and places take "it", not "he" or "she".
        reported.add(sp.start);
        out.push(unresolved(sp, u.verbEnd, `“${sp.text}” points to no one: the draft names no person before it.`, []));
      } else if (r.ambiguous.length >= 2 && quoted) {
        const names = r.ambiguous.map((e) => ctx.entities[e].canonical);
        reported.add(sp.start);
        out.push(
          unresolved(
            sp,
            u.verbEnd,
            `“${sp.text}” could be ${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}: name the speaker.`,
            names,
          ),
        );
      }
    } else if (sp.kind === 'descriptor' || sp.kind === 'organisation') {
      const role = roleOf(sp.text);
      if (!role) linkByRole(ctx, sp, u.attribution, roles);
      if (role && quoted) {
        const at = roles.antecedent(role, sp.start);
        const only = at < 0 ? onlyPersonBefore(ctx, (soFar ??= personsSoFar(ctx)), sp.start) : -1;
        if (only >= 0) {
          sp.entity = only;
          if (u.attribution) u.attribution.link = { kind: 'only-person-before' };
        } else if (at < 0) {
          reported.add(sp.start);
          out.push(
            unresolved(
              sp,
              u.verbEnd,
              `“${sp.text}” points to no one: the draft has introduced no ${role} before this.`,
              [],
            ),
          );
        } else {
          const person = personIntroducedAt(ctx, at);
          if (person >= 0) sp.entity = person;
          if (u.attribution) u.attribution.link = { kind: 'role', role, introducedAt: at };
        }
      }
    } else if (sp.kind === 'name' && quoted && !/\s/.test(sp.text.trim()) && !titled(ctx, sp.start)) {
      const sharing = surnames.sharing(sp.text, sp.start);
      if (sharing.length >= 2) {
        reported.add(sp.start);
        out.push(
          unresolved(
            sp,
            u.verbEnd,
            `“${sp.text}” could be ${sharing.slice(0, -1).join(', ')} or ${sharing[sharing.length - 1]}: use the full name.`,
            sharing,
          ),
        );
        sp.entity = -1;
      }
    }
    last = sp;
  }
  return out;
}

/**
 * Where the draft first writes a name shaped like a person's, whatever the names check made of it:
 * a given name and a surname that is no English word, at the mention's end (`Meet Office Manager
 * Dana Whitfield` in a profile's headline, read as an organisation). "She points to no one" is not
 * said after one. -1 when there is none.
 */
function firstPersonShaped(ctx: Context): number {
  for (const m of ctx.mentions) {
    const words = m.text.split(/\s+/);
    const n = words.length;
    if (n < 2) continue;
    const surname = words[n - 1];
    if (isGivenName(words[n - 2]) && /^\p{Lu}\p{Ll}/u.test(surname) && !isEnglishWord(surname.toLowerCase()))
      return m.start;
  }
  return -1;
}

/** No person is named before `offset` (a first mention of someone later does not count). */
function noPersonBefore(ctx: Context, soFar: Int32Array, offset: number): boolean {
  const i = firstMentionFrom(ctx, offset) - 1;
  return i < 0 || soFar[i] === -1;
}

/** A speaker before this one a reader could take "he" or "she" for: a person, a descriptor, a pronoun. */
function speakerBefore(last: Speaker | null): boolean {
  if (!last) return false;
  // "the Lakeside Food Trust": a determiner before a capitalised name is an organisation; "the
  // Trafford Centre spokeswoman" ends on a person.
  if (last.kind === 'descriptor') return !/^\S+\s+\p{Lu}/u.test(last.text) || !/\s\p{Lu}\S*$/u.test(last.text);
  return last.kind === 'name' || last.kind === 'pronoun';
}

const CLAUSE_BREAK = /[,;:.()\u0001]/;

/**
 * The person introduced by the role word at `at`: named right after it ("Ambassador … Zhang
 * Hanhui", "first deputy chairman of the party Maulen Ashimbayev") or, set off by a comma, right
 * before it ("Dana Ospanova, the regulator's chair"). -1 when the sentence names no one there.
 */
function personIntroducedAt(ctx: Context, at: number): number {
  const isPerson = (i: number) => {
    const m = ctx.mentions[i];
    const e = m && m.entity >= 0 ? ctx.entities[m.entity] : undefined;
    return !!e && e.kind === 'person';
  };
  const i = firstMentionFrom(ctx, at);
  // Someone introduced in a role is introduced by full name: a lone capitalised word of a long
  // title ("Ambassador Extraordinary and Plenipotentiary") is passed over for the name after it.
  let single = -1;
  for (let j = i; j < ctx.mentions.length && ctx.mentions[j].start - at < 120; j++) {
    const between = ctx.masks.slice(at, ctx.mentions[j].start);
    if (CLAUSE_BREAK.test(between)) {
      // "The envoy of Chile, Sofia Marin, …": the name set off right after the role.
      if (isPerson(j) && /^[^;:.()\u0001,]*,\s*$/.test(between)) return ctx.mentions[j].entity;
      break;
    }
    if (!isPerson(j)) continue;
    if (/\s/.test(ctx.mentions[j].text)) return ctx.mentions[j].entity;
    if (single < 0) single = ctx.mentions[j].entity;
  }
  if (single >= 0) return single;
  for (let j = i - 1; j >= 0 && at - ctx.mentions[j].end < 12; j--) {
    if (isPerson(j) && /^,\s*(?:the\s+|a\s+|an\s+)?[^,;.]*$/.test(ctx.masks.slice(ctx.mentions[j].end, at)))
      return ctx.mentions[j].entity;
  }
  return -1;
}

/**
 * A descriptor with a qualifier or an "of" phrase ("the first deputy chairman of ‘Nur Otan’")
 * names its person by itself: it is linked to whoever the draft introduced in that role, and never
 * reported when there is no one.
 */
function linkByRole(ctx: Context, sp: Speaker, a: Attribution | undefined, roles: RoleIndex): void {
  const role = roleHeadOf(sp.text);
  if (!role) return;
  const at = roles.antecedent(role, sp.start);
  if (at < 0) return;
  const person = personIntroducedAt(ctx, at);
  if (person < 0) return;
  sp.entity = person;
  if (a) a.link = { kind: 'role', role, introducedAt: at };
}
