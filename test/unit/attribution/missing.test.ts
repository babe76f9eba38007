// attribution/missing: what is not a gap (speakers the page gives, quoted words that are not
// speech) and what still is. Fixture texts are made up.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { checkFindings } from '../../support/check';

const rules = ['attribution/missing'];

test('a paragraph ending in a colon introduces the quotation paragraphs after it', () => {
  checkFindings(
    `
    Fire Chief Lena Ortiz told the council on Monday:

    “Every engine in the county is older than our newest recruit. We need three by spring.”
  `,
    { rules },
  );
  checkFindings(
    `
    The board’s report, released on Thursday, is blunt. Some passages:

    “The agency has no plan for a second flood season.”

    “Nobody on the staff could say where the spare pumps were stored.”
  `,
    { rules },
  );
});

test('a question line makes the quotation after it an answer', () => {
  checkFindings(
    `
    Nadia Okafor has run the shelter’s kitchen for nine years.

    What keeps you coming back?

    “The people who walk in hungry and leave laughing. That never gets old.”
  `,
    { rules },
  );
});

test('a quotation that runs on is attributed where it ends', () => {
  checkFindings(
    `
    The ferry’s captain was calm about the storm.

    “We have sailed through worse. The hull is sound.

    “We will leave on time tomorrow,” said Tomas Reyes, the captain.
  `,
    { rules },
  );
});

test('the next paragraph can point back to the speaker', () => {
  checkFindings(
    `
    “Keep the lights on for the night shift.”

    Those were the last words the foreman said before the mine closed.
  `,
    { rules },
  );
});

test('terms, themes and slogans inside the writer’s sentence are not speech', () => {
  checkFindings(
    `
    The scheme moved money through a web of “holding vehicles.” Investigators traced most of it.

    This year the festival’s theme was “Rivers Carry Us Home.” Tickets sold out in a day.

    Drivers should never leave keys in a car “just for a minute.”
  `,
    { rules },
  );
});

test('an unattributed quotation with nothing on the page is still missing', () => {
  const a = checkFindings(
    `
    The clinic opened on Monday after two years of delays.

    The building cost $4 million, paid from the county budget.

    “Nobody believed this day would come.”
    ^ attribution/missing
  `,
    { rules },
  );
  assert.ok(a.findings.some((f) => f.rule === 'attribution/missing'));
  checkFindings(
    `
    The delays were “entirely the builder’s own doing” and cost the county millions.
                    ^ attribution/missing
  `,
    { rules },
  );
});
