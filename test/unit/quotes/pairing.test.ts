// Pairing per paragraph: what balances, what does not, and running quotations.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { check, flags, problems } from './helpers';

test('balanced straight and curly pairs are quiet', () => {
  assert.deepEqual(flags('"We will open in March," said the chief executive.'), []);
  assert.deepEqual(flags('“We will open in March,” said the chief executive.'), []);
  assert.deepEqual(flags("'We will open in March,' said the chief executive."), []);
  assert.deepEqual(flags('‘We will open in March,’ said the chief executive.'), []);
  assert.deepEqual(flags('He said: "We will open in March. The cranes are ordered." Then he left.'), []);
});

test('a closing mark with no opener in its paragraph is unopened, even when the document count is even', () => {
  const text =
    'He spoke. "It is fine," he said.\n\n' +
    'There are many areas where our interests coincide and expand," the deputy said.\n\n' +
    '"We support cooperation," the diplomat said.\n\n' +
    'I believe it is very symbolic," says Ashimbayev.';
  assert.deepEqual(problems(text), ['quotes/unopened@"#3', 'quotes/unopened@"#6']);
  const f = check(text).findings[0];
  assert.equal(f.severity, 'error');
  assert.match(f.message, /no opening mark in this paragraph/);
});

test('an opening mark never closed, with no continuation, is unclosed', () => {
  assert.deepEqual(
    problems('“The tariff will rise next year, Aigerim Kassymova said.\n\nThe ministry gave no details.'),
    ['quotes/unclosed@“#1'],
  );
  assert.deepEqual(
    problems('"The tariff will rise next year, Aigerim Kassymova said.\n\nThe ministry gave no details.'),
    ['quotes/unclosed@"#1'],
  );
  // At the end of the draft too.
  assert.deepEqual(problems('Intro.\n\n"The tariff will rise next year.'), ['quotes/unclosed@"#1']);
});

test('running quotations over any number of paragraphs are correct; the last must close', () => {
  const curly =
    '“The first phase is finished,” he said. “The second will follow.\n\n“We ordered cranes.\n\n“They arrive in May.”';
  assert.deepEqual(flags(curly), []);
  const straight =
    '"The first phase is finished," he said. "The second will follow.\n\n"We ordered cranes.\n\n"They arrive in May."';
  assert.deepEqual(flags(straight), []);
  const unfinished = '“The first phase is finished.\n\n“We ordered cranes.\n\nThe ministry gave no details.';
  assert.deepEqual(problems(unfinished), ['quotes/unclosed@“#2']);
});

test('running quotations are recorded: runsOn, continues, open and close offsets', () => {
  const text = '“The first phase is finished.\n\n“We ordered cranes,” he said.';
  const qs = check(text).quotations;
  assert.equal(qs.length, 2);
  assert.equal(qs[0].runsOn, true);
  assert.equal(qs[0].close, -1);
  assert.equal(qs[0].open, 0);
  assert.equal(text.slice(qs[0].start, qs[0].end), 'The first phase is finished.');
  assert.equal(qs[1].continues, true);
  assert.equal(qs[1].paragraph, 1);
  assert.equal(text.slice(qs[1].start, qs[1].end), 'We ordered cranes,');
  assert.equal(qs[1].close, text.indexOf('”'));
  assert.ok(qs.every((q) => !q.malformed && q.kind === 'unknown' && q.depth === 0));
});

test('a partial quotation may not run on into the next paragraph', () => {
  const text = 'He called the terminal “the largest in the region\n\n“We expect it to pay for itself,” he said.';
  assert.deepEqual(problems(text), ['quotes/unclosed@“#1']);
  assert.match(check(text).findings[0].message, /Partial quotation/);
  assert.deepEqual(problems(text.replace(/[“”]/g, '"')), ['quotes/unclosed@"#1']);
});

test('a missing closer before a new quotation in the same paragraph is unclosed, not a running quotation', () => {
  const text =
    '"In a way, no one has met her yet, he said. "What I love is the price of power." Carter played her.\n\n"She was great," he said.';
  assert.deepEqual(problems(text), ['quotes/unclosed@"#1']);
});

test('a closer of the wrong family is mismatched, reported once at the closer', () => {
  const text = '“Exports are recovering,’ said Timur Zhumabayev, an economist.';
  assert.deepEqual(flags(text), ['quotes/mismatched@’#1']);
  const f = check(text).findings[0];
  assert.equal(f.fixes[0].edits[0].newText, '”');
  assert.equal(f.fixes[0].safe, true);
  assert.equal(f.related[0].offset, 0);
  assert.deepEqual(flags('‘Exports are recovering,” said Timur Zhumabayev.'), ['quotes/mismatched@”#1']);
});

test('a mark facing the wrong way is mismatched, with a safe fix that turns it', () => {
  const text = 'He said, ”We are ready.”';
  assert.deepEqual(flags(text), ['quotes/mismatched@”#1']);
  assert.equal(check(text).findings[0].fixes[0].edits[0].newText, '“');
  // A closing mark typed as an opener is its own diagnosis (closer-as-opener.test.ts).
  assert.deepEqual(flags('“We are ready.“ he said.'), ['quotes/closer-as-opener@“#2']);
});

test('the same marks nested inside themselves are flagged at the inner pair', () => {
  const text = '“The minister told us, “Finish it by March,” and we did,” said the chief.';
  assert.deepEqual(flags(text), ['quotes/nesting@“#2', 'quotes/nesting@”#1']);
  const f = check(text).findings[0];
  assert.deepEqual(
    f.fixes[0].edits.map((e) => e.newText),
    ['‘', '’'],
  );
  assert.equal(f.fixes[0].safe, true);
  const straight = '"The minister told us, "Finish it by March," and we did," said the chief.';
  assert.deepEqual(flags(straight), ['quotes/nesting@"#2', 'quotes/nesting@"#3']);
  assert.equal(check(straight).findings[0].fixes[0].safe, false);
  // Alternating marks are right.
  assert.deepEqual(flags('“The minister told us, ‘Finish it by March,’ and we did,” said the chief.'), []);
});

test('quotations carry depth and family', () => {
  const text = '“The minister told us, ‘Finish it by March,’ and we did,” said the chief.';
  const qs = check(text).quotations;
  assert.deepEqual(
    qs.map((q) => [q.family, q.depth]),
    [
      ['double', 0],
      ['single', 1],
    ],
  );
});

test('an unopened closer is a malformed quotation with no opening mark', () => {
  const text = 'It will only deepen and expand," the deputy said.';
  const [q] = check(text).quotations;
  assert.equal(q.open, -1);
  assert.equal(q.malformed, true);
  assert.equal(q.start, 0);
  assert.equal(q.close, text.indexOf('"'));
});

test('marks in Markdown code and URLs are not read', () => {
  assert.deepEqual(
    flags('Set `quote = "` in the file.\n\n```\nx = "\n```\n\nSee https://example.com/?q=it\'s for it.', {
      format: 'markdown',
    }),
    [],
  );
});

test('a straight mark spaced on both sides closes an open quotation', () => {
  assert.deepEqual(problems('"We are ready " he said.'), []);
});

test('paragraph state only flows forward: changing one paragraph leaves an earlier one alone', () => {
  const text = '"One," he said.\n\nTwo," she said.';
  const a = check(text).findings.map((f) => f.offset);
  const b = check('"One," he said.\n\nTwo, she said.').findings.map((f) => f.offset);
  assert.deepEqual(a, [text.lastIndexOf('"')]);
  assert.deepEqual(b, []);
});

test('a running quotation continues only with a mark of its own family', () => {
  assert.deepEqual(problems('“The first phase is finished.\n\n‘Cranes’ were ordered, he said.'), [
    'quotes/unclosed@“#1',
  ]);
});

test('French running quotations reopen with a guillemet, spaced or not', () => {
  assert.deepEqual(
    flags('« La première phase est terminée.\n\n« Nous avons commandé les grues », a-t-il déclaré.'),
    [],
  );
  assert.deepEqual(
    flags('« La première phase est terminée.\n\n» Nous avons commandé les grues », a-t-il déclaré.'),
    [],
  );
});

test('a running quotation reopens after Markdown block quote and list markers', () => {
  assert.deepEqual(
    flags('> "The first phase is finished.\n>\n> "We ordered cranes," he said.', { format: 'markdown' }),
    [],
  );
});

test('nesting is judged against the quotation a pair sits in: three levels that alternate are right', () => {
  // Root cause: any open quotation of the same family used to count, so “…‘…“…”…’…” was flagged and
  // its fix (“…” → ‘…’) nested the pair in ‘…’ instead — fix-all flipped it back and forth forever.
  assert.deepEqual(flags('“He told us, ‘The engineers wrote “ready” on every crate,’ and left,” she said.'), []);
  assert.deepEqual(
    flags('«Он сказал: „Мы прочли ‹готово› на ящике“, и ушёл», — сказала она.', { quoteLocale: 'ru' }),
    [],
  );
});
