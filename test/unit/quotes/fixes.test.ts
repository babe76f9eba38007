// Fixes: minimal edits at the plausible places, safe only where the result is certain.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { check, applyFix } from './helpers';

test('a missing opener is offered at the paragraph start (preferred) and the sentence start', () => {
  const t = 'Kazakhstan is interested. There are many areas where we agree," the deputy said.';
  const [f] = check(t).findings;
  assert.equal(f.rule, 'quotes/unopened');
  assert.deepEqual(
    f.fixes.map((x) => [x.edits[0].offset, x.edits[0].newText, x.safe, !!x.preferred]),
    [
      [0, '"', false, true],
      [t.indexOf('There'), '"', false, false],
      [t.indexOf('"'), '', false, false],
    ],
  );
  assert.equal(applyFix(t, f), '"' + t);
});

test('a missing curly opener is inserted facing the right way', () => {
  const [f] = check('We agree,” the deputy said.').findings;
  assert.equal(f.fixes[0].edits[0].newText, '“');
});

test('the opener of a later quotation goes after the previous one', () => {
  const t = '“One,” he said. Two and three,” she said.';
  const f = check(t).findings.find((x) => x.rule === 'quotes/unopened')!;
  assert.equal(f.fixes[0].edits[0].offset, t.indexOf('he'));
});

test('a missing closer is offered before the attribution (preferred) and at the paragraph end', () => {
  const t = '“The tariff will rise by 8 percent next year, Aigerim Kassymova said.';
  const [f] = check(t).findings;
  assert.equal(f.rule, 'quotes/unclosed');
  assert.equal(applyFix(t, f, 0), '“The tariff will rise by 8 percent next year,” Aigerim Kassymova said.');
  assert.equal(applyFix(t, f, 1), t + '”');
  assert.equal(f.fixes[0].preferred, true);
  assert.ok(f.fixes.every((x) => !x.safe));
  const he = '"We will win, he said.';
  assert.equal(applyFix(he, check(he).findings[0]), '"We will win," he said.');
});

test('findings list the paragraph’s other marks as related information', () => {
  const t = '“One,” he said. Two,” she said.';
  const f = check(t).findings.find((x) => x.rule === 'quotes/unopened')!;
  assert.deepEqual(
    f.related.map((r) => r.offset),
    [0, t.indexOf('”')],
  );
});

test('no fix drops a character of the text', () => {
  const texts = [
    '“Exports are recovering,’ said Timur.',
    'He said, ”We are ready.”',
    '“The minister told us, “Finish it,” and we did,” he said.',
    'In the ‘90s.',
    'Expand," he said.',
    '"Open and never closed.',
  ];
  for (const t of texts)
    for (const f of check(t).findings)
      for (const fix of f.fixes) {
        const out = applyFix(t, f, f.fixes.indexOf(fix));
        const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
        assert.equal(letters(out), letters(t), `${f.rule}: ${fix.title}`);
      }
});

/** Every fix offered for the finding at `offset` (rule `rule`), applied, leaves no such finding there. */
function eachFixSettles(t: string, rule: string) {
  const f = check(t).findings.find((x) => x.rule === rule)!;
  assert.ok(f, `${rule} in ${t}`);
  for (let n = 0; n < f.fixes.length; n++) {
    const out = applyFix(t, f, n);
    const shift = f.fixes[n].edits
      .filter((e) => e.length === 0 && e.offset <= f.offset)
      .reduce((d, e) => d + e.newText.length, 0);
    const again = check(out).findings.find((x) => x.rule === rule && x.offset === f.offset + shift);
    assert.equal(again, undefined, `"${f.fixes[n].title}" leaves ${rule} standing: ${out}`);
  }
}

test('a closer is offered only where it closes: not after an opening bracket, even for a paragraph’s only mark', () => {
  // Root cause: a paragraph with a single mark skipped the re-reading, as if any inserted closer
  // paired with it; but a mark is read by its neighbours, and »…(« closes nothing.
  const t = 'He called it »the largest terminal in the region (';
  eachFixSettles(t, 'quotes/unclosed');
  assert.ok(
    !check(t)
      .findings.find((x) => x.rule === 'quotes/unclosed')!
      .fixes.some((x) => x.title.startsWith('Insert')),
  );
  eachFixSettles('She called it ”a turning point for the region (', 'quotes/unclosed');
});

test('an inserted mark is read with the text around its paragraph: next to a URL it can become part of it', () => {
  // Root cause: the re-reading took the paragraph's text alone, so it could not see that 「 typed
  // right after a URL is swallowed by it (the prose filter blanks it) and closes nothing.
  eachFixSettles('https://example.jp/news"新ターミナルは3月に開業する」と社長は述べた。', 'quotes/unopened');
});

test('a safe fix is certain: when changing marks would change how the paragraph reads, fix-all leaves it', () => {
  // Root cause: the nesting fix was marked safe by construction, but the alternate marks are read
  // anew — ‘90s is an elision, so fix-all turned a quotation into an apostrophe and a stray mark.
  const t = '“He said “90s music is back” this year,” she said.';
  const f = check(t).findings.find((x) => x.rule === 'quotes/nesting')!;
  assert.equal(f.fixes[0].safe, false);
  // A nested pair with a quotation inside it changes with that quotation, so the levels alternate.
  const n = '“He told us, “The engineers wrote ‘ready’ on every crate,” and left,” she said.';
  const g = check(n).findings.find((x) => x.rule === 'quotes/nesting')!;
  assert.equal(g.fixes[0].safe, true);
  const fixed = applyFix(n, g);
  assert.equal(fixed, '“He told us, ‘The engineers wrote “ready” on every crate,’ and left,” she said.');
  assert.deepEqual(check(fixed).findings, []);
});

test('a quotation opened with a corner bracket facing the wrong way is turned round, not given a closer that cannot close it', () => {
  // Found by the fix property test (seed 1): inserting 」 at the end left the quotation open.
  const t = 'The minister said 」we will build the road this year.';
  const findings = check(t).findings;
  const turn = findings.find((f) => f.rule === 'quotes/mismatched')!;
  assert.equal(turn.fixes[0].edits[0].newText, '「');
  const unclosed = findings.find((f) => f.rule === 'quotes/unclosed');
  assert.ok(unclosed, 'the quotation is still reported as never closed');
  assert.ok(
    unclosed.fixes.every((x) => x.edits.every((e) => e.newText === '')),
    JSON.stringify(unclosed.fixes.map((x) => x.title)),
  );
  // Once turned round, the closer is offered and closes it.
  const turned = applyFix(t, turn);
  const after = check(turned).findings.find((f) => f.rule === 'quotes/unclosed')!;
  const closed = applyFix(turned, after, after.fixes.length - 2);
  assert.deepEqual(
    check(closed).findings.filter((f) => f.rule.startsWith('quotes/') && f.rule !== 'quotes/style'),
    [],
  );
});

test('in a paragraph strewn with quotation marks, every mark offered for insertion settles its finding', () => {
  // Found by the fix property test (seed 1): past the budget of re-readings an insertion went
  // unchecked, and "Insert ’ at the end of the paragraph" left its finding standing.
  const t = '『.\n‟"›" Bo"‟"〞"」」" a"」"」»›’a「『”‘';
  const options = { format: 'markdown' as const };
  const findings = check(t, options).findings;
  let insertions = 0;
  for (const f of findings) {
    f.fixes.forEach((fix, n) => {
      if (fix.edits.length !== 1 || fix.edits[0].length !== 0) return;
      insertions++;
      const after = check(applyFix(t, f, n), options).findings;
      const shifted = f.offset + (fix.edits[0].offset <= f.offset ? fix.edits[0].newText.length : 0);
      assert.ok(
        !after.some((g) => g.rule === f.rule && g.offset === shifted),
        `${f.rule}@${f.offset} "${fix.title}" does not settle it`,
      );
    });
  }
  assert.ok(insertions > 0, 'the insertions that can be checked are still offered');
});

test('an unopened closer: a paragraph in the speaker’s voice opens at its start, past a quoted title', () => {
  const t =
    'The plan, called ‘Green Steppe’, gives our farms water for a decade. We think the results will show by spring," the minister said.';
  const [f] = check(t).findings.filter((x) => x.rule === 'quotes/unopened');
  assert.equal(f.fixes[0].edits[0].offset, 0);
  assert.equal(f.fixes[0].preferred, true);
  assert.equal(f.fixes[0].title, 'Insert " at the start of the paragraph: before ‘The plan, called ‘Green…’');
  assert.ok(f.fixes.some((x) => x.edits[0].offset === t.indexOf('We think')));
});

test('an unopened closer after narration opens where the speaker’s voice starts', () => {
  const t =
    'The mayor spoke to reporters on Monday and said the budget was tight. We will cut nothing from the schools," she said.';
  const [f] = check(t).findings.filter((x) => x.rule === 'quotes/unopened');
  assert.equal(f.fixes[0].edits[0].offset, t.indexOf('We will'));
  assert.equal(f.fixes[0].preferred, true);
  assert.ok(
    f.fixes.some((x) => x.edits[0].offset === 0 && !x.preferred),
    'the paragraph start stays an alternative',
  );
});

test('a missing closer’s title shows the words it closes', () => {
  const t = '“The tariff will rise by 8 percent next year, Aigerim Kassymova said.';
  const [f] = check(t).findings;
  assert.equal(f.fixes[0].title, 'Insert ” before the attribution: after ‘…8 percent next year,’');
});
