import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { buildDocument } from '../../server/src/analysis/document';

const para = (text: string, fmt: 'plaintext' | 'markdown' = 'plaintext') =>
  buildDocument(text, fmt).paragraphs.map((p) => text.slice(p.start, p.end));

test('blank lines separate paragraphs', () => {
  assert.deepEqual(para('One.\n\nTwo.\n\n\n\nThree.'), ['One.', 'Two.', 'Three.']);
});

test('in plain text a single line break ends a paragraph', () => {
  assert.deepEqual(para('First paragraph.\nSecond paragraph.'), ['First paragraph.', 'Second paragraph.']);
});

test('hard-wrapped plain text joins its lines into paragraphs', () => {
  const wrapped =
    'The party is ready for cooperation and interaction with the\n' +
    'Communist Party in various directions, the press service said on\n' +
    'Friday. The perspectives of the inter-party dialogue were discussed\n' +
    'at the meeting of the first deputy chairman of the party with the\n' +
    'ambassador.\n\n' +
    'A second paragraph follows here and it too is wrapped at about the\n' +
    'same width as the first one so that the detector sees the pattern.';
  const ps = para(wrapped);
  assert.equal(ps.length, 2);
  assert.ok(buildDocument(wrapped).hardWrapped);
});

test('Markdown code, URLs, HTML and front matter are not prose', () => {
  const md =
    '---\ntitle: "x\n---\n\nSee `a "quoted` thing at https://example.com/it\'s and <span title="y">here</span>.\n\n```\n"unbalanced\n```\n';
  const doc = buildDocument(md, 'markdown');
  assert.equal(doc.prose.length, md.length);
  assert.ok(!/["']/.test(doc.prose), 'no quotation mark survives in non-prose');
  assert.ok(doc.prose.includes('See'));
});

test('sentences do not end after Mr., Dr. or an initial', () => {
  const text = 'Mr. Smith met Dr. J. Jones on Monday. They talked.';
  const doc = buildDocument(text);
  assert.deepEqual(
    doc.sentences.map((s) => text.slice(s.start, s.end)),
    ['Mr. Smith met Dr. J. Jones on Monday.', 'They talked.'],
  );
});

test('offsets are UTF-16 offsets into the original text, emoji included', () => {
  const text = '🎉 Party time.\n\nNext one.';
  const doc = buildDocument(text);
  assert.equal(text.slice(doc.paragraphs[1].start, doc.paragraphs[1].end), 'Next one.');
});

test('Markdown indented code, fences inside list items and <code> elements are not prose', () => {
  const md = [
    'Run it like this:',
    '',
    "    npm run unit --filter='*function'",
    '',
    '- an item',
    '',
    '     ```',
    '     "a": "b",',
    '     ```',
    '',
    'Set <code>checked=""</code> and go.',
  ].join('\n');
  const doc = buildDocument(md, 'markdown');
  assert.ok(!/["']/.test(doc.prose), JSON.stringify(doc.prose));
  assert.ok(doc.prose.includes('Run it like this:') && doc.prose.includes('and go.'));
});

test('a list item continued by an indented line is prose, not code', () => {
  const md = '- The minister said:\n\n    "We will act."\n';
  assert.ok(buildDocument(md, 'markdown').prose.includes('"We will act."'));
});

test('a link keeps its brackets, so a quotation mark after it still closes', () => {
  const md = 'See "[the report](https://example.org/r)". Then more.';
  const prose = buildDocument(md, 'markdown').prose;
  assert.equal(prose.indexOf(')"'), md.indexOf(')"'));
  assert.ok(!prose.includes('example.org'));
});

// Line-broken text: each single line break is decided where it stands (lineBreaks.ts).

test('a PDF-style block: hard-wrapped lines join, a short last line ends the paragraph, no blank lines needed', () => {
  const text =
    'Contact: Jane Doe\n' +
    'Office of the District Attorney\n' +
    '(Tarrant) – A jury found the defendant guilty of murder on Tuesday after a\n' +
    'trial that lasted two weeks, and the judge set sentencing for the spring\n' +
    'term of the court, prosecutors said on Wednesday.\n' +
    'The victim’s family sat in the front row for every day of the trial and\n' +
    'thanked the jurors after the verdict was read.\n';
  assert.deepEqual(para(text), [
    'Contact: Jane Doe',
    'Office of the District Attorney',
    '(Tarrant) – A jury found the defendant guilty of murder on Tuesday after a\ntrial that lasted two weeks, and the judge set sentencing for the spring\nterm of the court, prosecutors said on Wednesday.',
    'The victim’s family sat in the front row for every day of the trial and\nthanked the jurors after the verdict was read.',
  ]);
});

test('a web paste broken at a link joins back into its sentence', () => {
  const text =
    'The charges were announced by Acting Attorney General\nMaria Lopez\n, who said the office “will not stop.”\nThe case continues next week.';
  assert.deepEqual(para(text), [
    'The charges were announced by Acting Attorney General\nMaria Lopez\n, who said the office “will not stop.”',
    'The case continues next week.',
  ]);
  const speech = 'The office said\nDistrict Attorney Jane Roe\n. “We will not stop,” she said.\nNext paragraph.';
  assert.deepEqual(para(speech), [
    'The office said\nDistrict Attorney Jane Roe\n. “We will not stop,” she said.',
    'Next paragraph.',
  ]);
});

test('a line break inside an open quotation is no paragraph break; one after a finished one is', () => {
  const text =
    '“My favourite part of the job is visiting\nSafe Harbor House\nand seeing the children smile,” she said.\n“It is the best job I have had.”';
  assert.deepEqual(para(text), [
    '“My favourite part of the job is visiting\nSafe Harbor House\nand seeing the children smile,” she said.',
    '“It is the best job I have had.”',
  ]);
  const hanging =
    'Inspector General Lang said, “\nCorrection officers hold positions of public trust.”\nThe case is pending.';
  assert.deepEqual(para(hanging), [
    'Inspector General Lang said, “\nCorrection officers hold positions of public trust.”',
    'The case is pending.',
  ]);
});

test('one paragraph per line stays one paragraph per line; lists and contact blocks stay apart', () => {
  const text =
    'The minister opened the bridge on Monday.\nIt cost $40 million and took three years to build.\n- first item\n- second item\nJane Doe\nPress Officer\n555-0100';
  assert.deepEqual(para(text), [
    'The minister opened the bridge on Monday.',
    'It cost $40 million and took three years to build.',
    '- first item',
    '- second item',
    'Jane Doe',
    'Press Officer',
    '555-0100',
  ]);
});

test('paragraph offsets stay exact and every check sees the same paragraphs', () => {
  const text = 'Home\n\nThe mayor said\nthe bridge “will open\nin May,” and left.\r\nNext.';
  const doc = buildDocument(text);
  for (const p of doc.paragraphs) assert.equal(text.slice(p.start, p.end).trim(), text.slice(p.start, p.end));
  assert.deepEqual(para(text), ['Home', 'The mayor said\nthe bridge “will open\nin May,” and left.', 'Next.']);
});

test('a PDF page break inside a sentence (footer, blank line, lower case) does not end the paragraph', () => {
  const text =
    '“It would have been easier to hide from the\n' +
    '120 Main Street • Springfield • 555-0100\n\n' +
    'truth,” the prosecutor said.\n\n' +
    'A new paragraph starts here.';
  assert.deepEqual(para(text), [
    '“It would have been easier to hide from the\n120 Main Street • Springfield • 555-0100\n\ntruth,” the prosecutor said.',
    'A new paragraph starts here.',
  ]);
  assert.deepEqual(para('The end of a paragraph.\n\nthe iPad app is new.'), [
    'The end of a paragraph.',
    'the iPad app is new.',
  ]);
});
