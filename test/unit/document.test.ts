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
  const md = '---\ntitle: "x\n---\n\nSee `a "quoted` thing at https://example.com/it\'s and <span title="y">here</span>.\n\n```\n"unbalanced\n```\n';
  const doc = buildDocument(md, 'markdown');
  assert.equal(doc.prose.length, md.length);
  assert.ok(!/["']/.test(doc.prose), 'no quotation mark survives in non-prose');
  assert.ok(doc.prose.includes('See'));
});

test('sentences do not end after Mr., Dr. or an initial', () => {
  const text = 'Mr. Smith met Dr. J. Jones on Monday. They talked.';
  const doc = buildDocument(text);
  assert.deepEqual(doc.sentences.map((s) => text.slice(s.start, s.end)), ['Mr. Smith met Dr. J. Jones on Monday.', 'They talked.']);
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
    '    npm run unit --filter=\'*function\'',
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
