// Attributions without a speech verb: after a closing mark (even with the opening mark lost), and
// a colon attribution in body copy.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { attributionFindings, fixed, flags } from './helpers';

test('a speaker after the closing mark with no verb is reported, and the fix adds “said”', () => {
  const text = '“The berth will open in June,” Arman Tulegenov.';
  const [f] = attributionFindings(text);
  assert.equal(f.rule, 'attribution/no-verb');
  assert.equal(text.slice(f.offset, f.offset + f.length), 'Arman Tulegenov');
  assert.equal(fixed(text, f), '“The berth will open in June,” Arman Tulegenov said.');
});

test('the verb goes before a time phrase, and after a relative clause with a comma', () => {
  const a = '“The berth will open in June,” the port director on Tuesday.';
  assert.equal(
    fixed(a, attributionFindings(a)[0]),
    '“The berth will open in June,” the port director said on Tuesday.',
  );
  const b = '“The berth will open in June,” the port director, whose remarks were shared by the press office.';
  assert.equal(
    fixed(b, attributionFindings(b)[0]),
    '“The berth will open in June,” the port director, whose remarks were shared by the press office, said.',
  );
});

test('it is found even when the opening mark is missing, and stays the only attribution finding there', () => {
  const text =
    'The talks went well. Our trade will only grow and deepen in the coming years," the first deputy head of the agency, whose words are quoted in the release.';
  const fs = flags(text);
  assert.deepEqual(fs, [
    'attribution/no-verb «the first deputy head of the agency, whose words are quoted in the release»',
  ]);
});

test('a noun made from a verb is not a verb (“in a briefing”)', () => {
  assert.deepEqual(flags('“Sums will have to wait,” an IMF official in a briefing on Wednesday.'), [
    'attribution/no-verb «an IMF official in a briefing on Wednesday»',
  ]);
});

test('a role before a name is a speaker too (“, analyst Dana Ermekova.”)', () => {
  assert.deepEqual(flags('“Margins are thin this year,” analyst Dana Ermekova at Halyk Capital.'), [
    'attribution/no-verb «analyst Dana Ermekova at Halyk Capital»',
  ]);
});

test('a clause after the closing mark is not an attribution', () => {
  assert.deepEqual(flags('“We will win the vote,” but the count went against Arman Tulegenov.'), []);
  assert.deepEqual(flags('“We will win the vote,” Arman Tulegenov, who leads the party, told supporters.'), []);
  assert.deepEqual(flags('The prizes were “Best Film,” “Best Actor” and “Best Score,” the jury announced.'), []);
});

test('a colon attribution without a verb is reported in body copy, with “said” added before the colon', () => {
  const text = 'The court ruled against the firm. Arman Tulegenov, chief executive of PortCo: “We will appeal.”';
  const [f] = attributionFindings(text);
  assert.equal(f.rule, 'attribution/no-verb');
  assert.equal(text.slice(f.offset, f.offset + f.length), 'Arman Tulegenov, chief executive of PortCo:');
  assert.equal(
    fixed(text, f),
    'The court ruled against the firm. Arman Tulegenov, chief executive of PortCo, said: “We will appeal.”',
  );
});

test('a colon with a verb before it introduces the quotation (“His message was simple:”)', () => {
  assert.deepEqual(flags('Arman Tulegenov spoke after the vote. His message was simple: “We will appeal.”'), []);
});

test('a colon attribution in a Markdown heading is headline style, not an error', () => {
  assert.deepEqual(
    flags('# Tulegenov: “We will appeal”\n\nArman Tulegenov said the firm would appeal.', { format: 'markdown' }),
    [],
  );
});
