// Who said each quotation: in its sentence, its paragraph, or carried over from the paragraph before.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { flags, how, speakers } from './helpers';

test('an attribution after the quotation, before it, or inside it is found', () => {
  assert.deepEqual(speakers('“The port will reopen in June,” said Arman Tulegenov, the port director.'), [
    'Arman Tulegenov',
  ]);
  assert.deepEqual(speakers('Arman Tulegenov, the port director, said: “The port will reopen in June.”'), [
    'Arman Tulegenov',
  ]);
  assert.deepEqual(speakers('Arman Tulegenov told Reuters, “The port will reopen in June.”'), ['Arman Tulegenov']);
  const inside = '“The port,” said Arman Tulegenov, the port director, “will reopen in June.”';
  assert.deepEqual(speakers(inside), ['Arman Tulegenov', 'Arman Tulegenov']);
  assert.deepEqual(flags(inside), []);
});

test('“according to”, a written source and “Asked about…, he told reporters:” all attribute', () => {
  assert.deepEqual(
    flags('“Exports will grow by a fifth next year,” according to the trade ministry’s annual review.'),
    [],
  );
  const text =
    '“Proud of the whole crew today,” Arman Tulegenov, the port director, wrote on X. Asked about the strike, he told reporters: “We will reopen in June.”';
  assert.deepEqual(flags(text), []);
  assert.deepEqual(speakers(text), ['Arman Tulegenov', 'Arman Tulegenov']);
});

test('a role before the name after an inverted verb does not hide the speaker', () => {
  assert.deepEqual(speakers('“Margins are thin this year,” said analyst Dana Ermekova at Halyk Capital.'), [
    'Dana Ermekova',
  ]);
});

test('a second quotation in the paragraph inherits its speaker', () => {
  const text = '“We have finished the first phase,” Arman Tulegenov said. “The second will follow in spring.”';
  assert.deepEqual(flags(text), []);
  assert.deepEqual(how(text)[1], { kind: 'inherits' });
});

test('a paragraph of quotation only carries over the speaker of the paragraph before, even a paraphrase', () => {
  const text =
    'Arman Tulegenov, the port director, said the berth would open in June.\n\n“We have already hired 300 dockers.”';
  assert.deepEqual(flags(text), []);
  assert.deepEqual(how(text)[0], { kind: 'carried-over', from: 0 });
});

test('a narrative paragraph breaks the carry-over chain', () => {
  const text =
    '“We will open in June,” said Arman Tulegenov, the port director.\n\n' +
    'The berth cost $80 million and was paid for by a group of banks.\n\n' +
    '“Nobody else could have built it so fast.”';
  assert.deepEqual(flags(text), ['attribution/missing «“Nobody else could have built it so fast.”»']);
});

test('a quotation with no speaker anywhere is reported, with a snippet that inserts one', async () => {
  const { attributionFindings } = await import('./helpers');
  const text = 'The board met on Monday.\n\n“The deal is dead and buried.”';
  const [f] = attributionFindings(text);
  assert.equal(f.rule, 'attribution/missing');
  assert.equal(f.severity, 'warning');
  assert.equal(f.fixes[0].safe, false);
  assert.match(f.fixes[0].snippet!, /\$\{1:Speaker\} said: /);
  assert.equal(f.fixes[0].edits[0].offset, text.indexOf('“'));
});

test('a partial quotation with nobody to say it is reported; one with a speaker is not', () => {
  assert.deepEqual(flags('The delays were “entirely the builder’s own fault” and cost the city millions.'), [
    'attribution/missing «“entirely the builder’s own fault”»',
  ]);
  assert.deepEqual(flags('Arman Tulegenov said the delays were “entirely the builder’s own fault” on Monday.'), []);
  assert.deepEqual(flags('Did Arman Tulegenov really say “the berth is finished”?'), []);
});

test('a speech verb with no subject is reported at the verb', () => {
  assert.deepEqual(flags('“We will appeal the fine,” said, adding that the firm had broken no rule.'), [
    'attribution/missing «said»',
  ]);
});

test('short quoted names and titles need no speaker', () => {
  assert.deepEqual(flags('Her film “Salt Steppe” opens in May, and the “Bright Path” party backed it.'), []);
});

test('an adverb between the speaker and the verb is not part of the speaker', () => {
  // "he allegedly told" is "he", resolved to the person before it, not a descriptor "he allegedly".
  assert.deepEqual(
    speakers('Officers arrested Dmitri Volkov on Monday. He allegedly told them: “I was never in that car.”'),
    ['Dmitri Volkov'],
  );
  assert.deepEqual(
    speakers('Prosecutors say Lena Marsh threatened the clerk. Marsh reportedly added: “You will regret this.”'),
    ['Lena Marsh'],
  );
  // A noun that ends like an adverb is the speaker.
  assert.deepEqual(speakers('“We want answers,” the family said.'), ['the family']);
});
