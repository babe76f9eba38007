// House style: one information finding per kind of mix (straight vs curly; single vs double at
// the outer level), on the first mark that departs, the rest in related information, one fix that
// converts them all. The style is the house's (quoteStyle) or the draft's, curly on a tie.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { buildDocument } from '../../../server/src/analysis/document';
import { analyze } from '../../../server/src/analysis/analyze';
import { applyEdits, fixAllEdits } from '../../../server/src/analysis/edits';
import { markStyle } from '../../../server/src/analysis/quotes/style';
import { checkFindings } from '../../support/check';
import { check, flags } from './helpers';

const styleOf = (t: string, options = {}) => check(t, options).findings.filter((f) => f.rule === 'quotes/style');

test('a straight closer of a curly pair is a style mix, not unbalanced (q06)', () => {
  const t = '“The deal is signed," said Timur Zhumabayev.';
  assert.deepEqual(flags(t), ['quotes/style@"#1']);
  const f = check(t).findings[0];
  assert.equal(f.severity, 'information');
  assert.equal(f.fixes[0].edits[0].newText, '”');
  assert.equal(f.fixes[0].safe, true);
});

test('a straight apostrophe in a curly draft is a style mix (q33)', () => {
  assert.deepEqual(flags("Daulet Serikbayev’s company won. Serikbayev's deputy said so."), ["quotes/style@'#1"]);
});

test('every minority mark of the draft is one finding, on the first, with the others related and one fix', () => {
  checkFindings(
    `
    “The port opens in May,” said Arman Tulegenov.
    "We hired 300 dockers," he said.
    ^ quotes/style
    Tulegenov's deputy agreed. “The cranes are here,” she said. “So is the crew,” she said.
    `,
    { rules: ['quotes/style'] },
  );
  const t =
    '“The port opens in May,” said Arman Tulegenov.\n"We hired 300 dockers," he said.\nTulegenov\'s deputy agreed. “The cranes are here,” she said.';
  const [f] = styleOf(t);
  assert.equal(f.related.length, 2, 'the closing " and the apostrophe are related places');
  assert.deepEqual(
    f.related.map((r) => t[r.offset]),
    ['"', "'"],
  );
  assert.equal(f.fixes.length, 1);
  assert.equal(
    applyEdits(t, f.fixes[0].edits),
    '“The port opens in May,” said Arman Tulegenov.\n“We hired 300 dockers,” he said.\nTulegenov’s deputy agreed. “The cranes are here,” she said.',
  );
  assert.match(f.message, /^3 straight marks/);
});

test('a tie between straight and curly quotation marks goes to curly, and the message says so', () => {
  const t = '"We are ready," said Aigerim Kassymova.\n\nThe ‘Green Port’ plan was approved.';
  const [f] = styleOf(t);
  assert.equal(t[f.offset], '"');
  assert.match(f.message, /tied/);
  assert.match(f.message, /curly/);
  assert.equal(
    applyEdits(t, f.fixes[0].edits),
    '“We are ready,” said Aigerim Kassymova.\n\nThe ‘Green Port’ plan was approved.',
  );
});

test('apostrophes follow the quotation marks: straight apostrophes do not outvote curly quotation marks', () => {
  const t = "“We are ready,” said Aigerim Kassymova. It's the port's and the city's plan, the mayor's too.";
  const [f] = styleOf(t);
  assert.equal(t[f.offset], "'");
  assert.equal(f.related.length, 3);
  assert.equal(
    applyEdits(t, f.fixes[0].edits),
    '“We are ready,” said Aigerim Kassymova. It’s the port’s and the city’s plan, the mayor’s too.',
  );
});

test('the house style decides over the majority, in both directions', () => {
  const t = '"One," he said. "Two," he said. "Three," he said. “Four,” he said.';
  const [auto] = styleOf(t);
  assert.equal(t[auto.offset], '“', 'auto: the majority is straight');
  const [curly] = styleOf(t, { quoteStyle: 'curly' });
  assert.equal(t[curly.offset], '"', 'house curly: the straight marks depart');
  assert.equal(curly.related.length, 5);
  assert.match(curly.message, /house style/);
  assert.deepEqual(styleOf('"All," he said. "Straight," she said.', { quoteStyle: 'straight' }), []);
  assert.equal(styleOf('"All," he said. "Straight," she said.', { quoteStyle: 'curly' }).length, 1);
  assert.deepEqual(styleOf('“All,” he said.', { quoteStyle: 'curly' }), []);
});

test('markStyle: the vote and its reason', () => {
  const counts = (straight: number, curly: number, sa = 0, ca = 0) => ({
    straight,
    curly,
    straightApostrophes: sa,
    curlyApostrophes: ca,
  });
  assert.equal(markStyle(counts(4, 0)), undefined);
  assert.deepEqual(markStyle(counts(4, 4)), { curly: true, why: 'tie', votes: { curly: 4, straight: 4 } });
  assert.equal(markStyle(counts(5, 4))?.curly, false);
  assert.equal(
    markStyle(counts(9, 4, 5, 0))?.why,
    'tie',
    'five straight apostrophes do not vote beside quotation marks',
  );
  assert.equal(markStyle(counts(3, 1, 3, 1))?.curly, false, 'with no quotation marks the apostrophes vote');
  assert.equal(markStyle(counts(3, 0), 'curly')?.why, 'house');
});

test('the outer level is double or single as the draft does it (q25)', () => {
  const t = '“We are on schedule,” said Daulet Serikbayev.\n\n‘We have no complaints,’ said Aigerim Kassymova.';
  assert.deepEqual(flags(t), ['quotes/style@‘#1']);
  const f = check(t).findings[0];
  assert.equal(applyEdits(t, f.fixes[0].edits), t.replace('‘We have no complaints,’', '“We have no complaints,”'));
});

test('outer quotations in the minority marks are one finding with one fix', () => {
  const t =
    '“We are on schedule,” said Daulet Serikbayev.\n\n“The cranes have arrived,” he said.\n\n' +
    '‘We have no complaints,’ said Aigerim Kassymova.\n\n‘The tariffs will hold,’ she said.\n\n“Exports are up,” he said.';
  const fs = styleOf(t);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].fixes.length, 1);
  assert.equal(applyEdits(t, fs[0].fixes[0].edits), t.replaceAll('‘', '“').replaceAll('’', '”'));
});

test('the outer-level fix swaps double and single marks only: a guillemet quotation inside keeps its marks', () => {
  // Guillemets are no part of the double-or-single house style (lexicon/quoteMarks.ts DOUBLE_SINGLE);
  // quotes/nesting alone alternates them.
  const t =
    '“The port opens in May,” said Arman Tulegenov. “We hired 300 dockers,” he said.\n\n' +
    '‘The sign on the gate says «Welcome», and we mean it,’ she said.';
  const [f] = styleOf(t);
  assert.equal(t[f.offset], '‘');
  assert.equal(applyEdits(t, f.fixes[0].edits), t.replace('‘The sign', '“The sign').replace('mean it,’', 'mean it,”'));
});

test('a paragraph whose marks do not balance is not restyled at the outer level: its levels are a guess', () => {
  // The opening mark of the speech is missing, so the inner ‘Green Port’ looks like an outer quotation.
  const t =
    '“We are on schedule,” said Daulet Serikbayev.\n\n“The cranes have arrived,” he said.\n\n' +
    'The ‘Green Port’ plan is a good basis for our work and will be extended to every berth of the harbour,” the director said.';
  assert.deepEqual(styleOf(t), []);
});

test('single marks for terms beside double marks for speech are a house style, not a mix', () => {
  const t = "The 'chip and pin' cards helped. \"Fraud fell sharply this year,\" he said. Brian 'Head' Welch left.";
  assert.deepEqual(flags(t), []);
});

test('fix-all converts every style mark and nothing else', () => {
  const t = '“One," he said. ‘Two,’ she said. Serikbayev\'s deputy’s car.';
  const a = analyze(t);
  const fixed = applyEdits(t, fixAllEdits(a));
  assert.equal(fixed, '“One,” he said. “Two,” she said. Serikbayev’s deputy’s car.');
  assert.equal(buildDocument(fixed).text.length, t.length);
});
