// Vague sources: a group with no one in it ("sources said", "many experts believe", "officials
// said") and the agentless passive ("it is reported", "it is widely said"). A source made specific
// by a number, an organisation or a reason is not vague (a19: "Two officials at the Energy
// Ministry, speaking on condition of anonymity, … said"): the group must stand bare, at the start
// of its clause, right before the verb.

export interface VagueSource {
  start: number;
  end: number;
  text: string;
}

const GROUP = 'sources?|insiders|observers|experts|critics|commentators|pundits|officials|some|many';
const VERB =
  'said|say|says|believe|believes|believed|claim|claims|claimed|suggest|suggests|suggested|think|thinks|thought|fear|fears|feared|argue|argues|argued|contend|contends|contended|maintain|maintains|maintained|allege|alleges|alleged|speculate|speculated|reckon|reckoned';
/** "Sources said", "Many experts believe", "some say", "sources close to the talks said". */
const GROUP_SAYS = new RegExp(
  `\\b((?:(?:some|many|several|most|other|unnamed|anonymous|informed|knowledgeable|various|certain)\\s+)?` +
    `(?:${GROUP})(?:\\s+close\\s+to\\s+(?:the\\s+)?\\p{Ll}[\\p{L}’'-]*(?:\\s+\\p{Ll}[\\p{L}’'-]*)?)?\\s+(?:have\\s+|had\\s+)?(?:${VERB}))\\b`,
  'giu',
);
/** What may stand before a bare group: the start of a clause. */
const CLAUSE_START = /(?:^|[.;:,!?(]|\b(?:and|but|that|while|as|because|although))\s*$/i;
/** "It is reported", "it is widely said", "it is believed that". */
// The lookahead `(?=[i])` changes no match (one needs "it" there anyway) but lets the engine skip
// every position that cannot start one instead of trying the whole pattern at each.
const PASSIVE =
  /(?=[i])\b(it\s+(?:is|was|has\s+been|had\s+been)\s+(?:widely\s+|generally\s+|commonly\s+|often\s+|also\s+|now\s+)?(?:said|reported|believed|rumou?red|claimed|thought)\b)(?!\s+(?:by|to\b(?!\s+(?:be|have))))/giu;

/**
 * Where a GROUP_SAYS match can hold its group word: every spelling the case-blind Unicode pattern
 * accepts (ſ is a long s to it), and more (inside words). A paragraph is searched for these first,
 * since the full pattern tried at every character was the slowest part of the attribution check.
 */
const GROUP_WORD =
  /[sſ]ome|many|[sſ]ource|in[sſ]ider[sſ]|ob[sſ]erver[sſ]|expert[sſ]|critic[sſ]|commentator[sſ]|pundit[sſ]|official[sſ]/gi;
/** GROUP_SAYS tried at one offset. */
const GROUP_SAYS_AT = new RegExp(GROUP_SAYS.source, 'iuy');
/** The letters a qualifier ("some", "unnamed") can be spelt with, case-blind. */
const QUALIFIER_LETTER = /[a-z\u017f\u212a]/i;
const SPACE = /\s/;

/**
 * The GROUP_SAYS matches of `s`, exactly as a global search finds them. A match starts at its
 * group word or at the qualifier right before it (one word, then spaces), so only those offsets
 * are tried, in text order, each past the end of the match before.
 */
function groupSays(s: string): RegExpExecArray[] {
  const at: number[] = [];
  GROUP_WORD.lastIndex = 0;
  for (let m = GROUP_WORD.exec(s); m; m = GROUP_WORD.exec(s)) {
    const g = m.index;
    let q = g;
    while (q > 0 && SPACE.test(s[q - 1])) q--;
    if (q < g) {
      let r = q;
      while (r > 0 && QUALIFIER_LETTER.test(s[r - 1])) r--;
      if (r < q) at.push(r);
    }
    at.push(g);
  }
  // A qualifier may itself be a group word ("some officials", "many sources"): keep order, once each.
  at.sort((a, b) => a - b);
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const c of at) {
    if (c < from) continue;
    GROUP_SAYS_AT.lastIndex = c;
    const m = GROUP_SAYS_AT.exec(s);
    if (!m) continue;
    out.push(m);
    from = GROUP_SAYS_AT.lastIndex;
  }
  return out;
}

/** PASSIVE tried at one offset. */
const PASSIVE_AT = new RegExp(PASSIVE.source, 'iuy');
/** Where a PASSIVE match can start: "it" in any case (the Unicode pattern folds nothing else to i or t). */
const IT = /it/gi;

/**
 * The PASSIVE matches of `s`, exactly as a global search finds them: a match starts at an "it",
 * so only those offsets are tried, each past the end of the match before.
 */
function passives(s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  IT.lastIndex = 0;
  for (let m = IT.exec(s); m; m = IT.exec(s)) {
    PASSIVE_AT.lastIndex = m.index;
    const p = PASSIVE_AT.exec(s);
    if (!p) continue;
    out.push(p);
    IT.lastIndex = Math.max(PASSIVE_AT.lastIndex, m.index + 1);
  }
  return out;
}

/** `v` moved `by` characters on. */
export function shiftVague(v: VagueSource, by: number): VagueSource {
  return { start: v.start + by, end: v.end + by, text: v.text };
}

/** The vague sources of the prose paragraph [start, end) of the masked text. */
export function findVague(masked: string, start: number, end: number): VagueSource[] {
  const out: VagueSource[] = [];
  const s = masked.slice(start, end);
  for (const m of groupSays(s)) {
    const text = m[1];
    const at = m.index + m[0].indexOf(text);
    if (!CLAUSE_START.test(s.slice(Math.max(0, at - 12), at))) continue;
    // "sources close to Mr Hockney": a source tied to a named person is specific enough.
    if (/\bclose\s+to\s+(?:the\s+)?\p{Lu}/u.test(text)) continue;
    out.push({ start: start + at, end: start + at + text.length, text });
  }
  for (const m of passives(s)) {
    const text = m[1];
    const at = m.index + m[0].indexOf(text);
    if (/\bclose\s+to\s+(?:the\s+)?\p{Lu}/u.test(text)) continue;
    out.push({ start: start + at, end: start + at + text.length, text });
  }
  return out.sort((a, b) => a.start - b.start);
}
