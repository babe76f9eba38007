// Realistic news text for the benchmark when the development corpus is absent (a user's clone):
// paragraphs of reporting with people introduced by full name and then by surname, direct and
// partial quotations, attributions before and after the quote, curly and straight marks. Seeded,
// so two runs measure the same text.

const FIRST = [
  'Maria',
  'James',
  'Aigerim',
  'Daniel',
  'Fatima',
  'Olivier',
  'Priya',
  'Thomas',
  'Elena',
  'Kwame',
  'Sofia',
  'Hiroshi',
  'Grace',
  'Mehmet',
  'Ingrid',
  'Carlos',
];
const LAST = [
  'Alvarez',
  'Okonkwo',
  'Nurlanova',
  'Fischer',
  'Haddad',
  'Lefebvre',
  'Raman',
  'Whitaker',
  'Petrova',
  'Mensah',
  'Rossi',
  'Tanaka',
  'Mbeki',
  'Yilmaz',
  'Lindqvist',
  'Moreno',
];
const ROLE = [
  'the finance minister',
  'a spokesperson for the ministry',
  'the chief executive',
  'the district attorney',
  'a senior economist at the bank',
  'the mayor',
  'the union leader',
  'the head of the regional council',
];
const ORG = [
  'the Central Bank',
  'the Ministry of Health',
  'Northgate Holdings',
  'the City Council',
  'the National Statistics Office',
  'the Port Authority',
  'Riverside University',
  'the Transport Union',
];
const VERB = ['said', 'said', 'said', 'told reporters', 'added', 'explained', 'noted', 'warned'];
const TOPIC = [
  'inflation',
  'the new budget',
  'the housing plan',
  'the court ruling',
  'the merger',
  'the strike',
  'the election results',
  'the water shortage',
  'the trade agreement',
  'the pension reform',
];
const FACT = [
  'Prices rose by 4.2% in the year to March, the highest rate since 2008.',
  'The plan, announced on Tuesday, would cost an estimated $2.3bn over five years.',
  'More than 1,200 people attended the meeting, according to the organisers.',
  'Shares in the company fell 6% in early trading before recovering slightly.',
  'The agreement still needs the approval of parliament, which meets next month.',
  'Officials declined to say when the review would be completed.',
  'Critics argue the measures do not go far enough to protect low-income families.',
  'The figures were published in a report released late on Thursday evening.',
];
const QUOTE = [
  'We have done everything we can to keep costs down for ordinary families',
  'This is not the end of the process, it is the beginning',
  'Nobody expected the numbers to be this strong so early in the year',
  'We will keep talking until there is a deal that works for everyone',
  'The evidence in this case is overwhelming and the public deserves answers',
  "I think it's fair to say that the next few months will be difficult",
  'Our priority is the safety of the people who use this service every day',
  'There are lessons here for every government in the region',
];

/** mulberry32: the same numbers from the same seed on every machine. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About `words` words of news text, in paragraphs separated by blank lines. */
export function newsText(words, seed = 7) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const paragraphs = [];
  let count = 0;
  let counted = 0;
  let article = 0;
  while (count < words) {
    article++;
    // Each article has its own small cast, introduced in full and then named by surname.
    const cast = [0, 1, 2].map(() => ({ first: pick(FIRST), last: pick(LAST), role: pick(ROLE) }));
    const introduced = new Set();
    const nameOf = (p) => {
      if (introduced.has(p)) return p.last;
      introduced.add(p);
      return `${p.first} ${p.last}, ${p.role},`;
    };
    const topic = pick(TOPIC);
    paragraphs.push(
      `${pick(ORG)
        .replace(/^the /, '')
        .replace(/^./, (c) => c.toUpperCase())} responds to ${topic}`,
    );
    paragraphs.push(
      `${pick(FACT)} ${pick(ORG).replace(/^./, (c) => c.toUpperCase())} said on Monday that ${topic} would be reviewed. ${pick(FACT)}`,
    );
    const n = 5 + Math.floor(r() * 6);
    for (let i = 0; i < n; i++) {
      const p = pick(cast);
      const straight = r() < 0.2;
      const [o, c] = straight ? ['"', '"'] : ['“', '”'];
      const q = pick(QUOTE);
      const kind = r();
      let para;
      if (kind < 0.35) para = `${o}${q},${c} ${nameOf(p)} ${pick(VERB)}. ${pick(FACT)}`;
      else if (kind < 0.6) para = `${nameOf(p)} ${pick(VERB)}: ${o}${q}.${c}`;
      else if (kind < 0.75)
        para = `${pick(FACT)} ${nameOf(p)} called it ${o}a turning point${c} for ${topic}. ${pick(FACT)}`;
      else if (kind < 0.85) para = `${o}${q}. ${pick(QUOTE)}.${c}`;
      else para = `${pick(FACT)} ${pick(FACT)} ${pick(FACT)}`;
      paragraphs.push(para);
    }
    while (counted < paragraphs.length) count += paragraphs[counted++].split(/\s+/).length;
  }
  return paragraphs.join('\n\n') + '\n';
}
