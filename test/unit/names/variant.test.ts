// names/variant, rule by class: what is not one name spelled two ways (precision), and the kinds
// of variant a desk meets (recall). Every draft here is made up for its class.

import { test } from 'node:test';
import { checkFindings } from '../../support/check';

const only = { rules: ['names/variant'] };

// ---------------------------------------------------------------------------------------- precision

test('two ordinary words are not one name misspelled', () => {
  checkFindings(
    `
    The Marine Corps band played at the Marina on Sunday. The Marine veteran said the Marina was full.

    The Socialist Party said Socialism was not dead. The Socialist leader spoke to the Socialist Youth.

    The Harbour Country Club met the Harbour County Council. The County said the Country Club owed rent.

    The Hells Angels met the Angles Society. The Angels left early.

    The Policy Unit met the Police Federation. Police Federation officers said the Policy Unit was late.
    `,
    only,
  );
});

test('a word and its foreign cousin are two words', () => {
  checkFindings(
    `
    The Astana Symphony played the Symphonie Fantastique at the Symphony Hall.

    Callers reached the Contact Centre through the Contacto Latino line. The Contact Centre said it was busy.

    The Ministry welcomed the Ministerio del Interior. The Ministry said the visit went well.
    `,
    only,
  );
});

test('a place and its people are two names', () => {
  checkFindings(
    `
    Officials in Germany said the Germans would vote. Germany has five parties.

    Travellers from Kenya said the Kenyans were waiting. Kenya closed the border.
    `,
    only,
  );
});

test('two known names one letter apart are two people', () => {
  checkFindings(
    `
    Detectives Anthony Miles and Rosa Mills led the case. Miles said the evidence was strong.

    Pastor Emanuel Ortiz thanked Emmanuel Brooks, the choir's director. Emanuel Ortiz spoke first.
    `,
    only,
  );
});

test('a person introduced in full beside an ordinary word is a name, not a slip of the word', () => {
  checkFindings(
    `
    Teachers at the Bayside School welcomed prosecutor Dana R. Schoul. The School board met later.
    `,
    only,
  );
});

test('similar names, each with its own given name, are different people', () => {
  checkFindings(
    `
    Marcus Tillman, 22, and Devon Tilman, 19, were charged on Monday. Tillman pleaded not guilty.

    Daniyar Omarov, a farmer near Taraz, met Yerlan Umarov, the district's prosecutor.

    Ayatollah Ruhollah Khomenei founded the republic; Ayatollah Ali Khamenei leads it now.
    `,
    only,
  );
});

test('players listed by initial are different people', () => {
  checkFindings(
    `
    Forwards: M. Horan (Munster), A. Horgan (Munster), S. Horgan (Leinster), B. Jackman (Connacht).

    Backs: P Dorgan (Ulster), K Dolan (Munster), T Dolan (Leinster), R Keane (Connacht).
    `,
    only,
  );
});

test('a given name and a surname one letter apart are two people', () => {
  checkFindings(
    `
    Etheline Waldman, 100, and her husband, Waldiman Thompson, 91, were at home. Waldman called the police.
    `,
    only,
  );
});

test('a month or a weekday before a surname is a date, not a given name', () => {
  checkFindings(
    `
    Last April Thornbury said the plant would close. Since May Ospanov has refused to comment.

    Thornbury said on Friday that the plant was sold. Ospanov declined to comment.
    `,
    only,
  );
});

test('a speech verb that opens a sentence is not part of the name after it', () => {
  checkFindings(
    `
    Aigul Ospan chaired the meeting. Remarked Ospan: "We will open in March." Added Ospan, smiling, that it would be cheap.
    `,
    only,
  );
});

test('acronym plurals, apostrophes and particles are not name spellings', () => {
  checkFindings(
    `
    Three DDAs and two DAs joined the unit; the Das family thanked them.

    Lawyer Marco D'Antoni met Marco D’Antoni's client.

    La Fiscalía del Distrito y el Fiscal de Distrito firmaron. La Fiscalía del Distrito habló.
    `,
    only,
  );
});

test('a family name that is also an English given name comes first only for an East Asian person', () => {
  checkFindings(
    `
    District Attorney Kim Walsh announced the charges on Monday. "This was planned," Walsh said.

    Principal Lee Danforth opened the school. Danforth thanked the parents.
    `,
    only,
  );
  checkFindings(
    `
    Kim Min-jun, the mayor, opened the bridge. Kim said it cost too much, and Min-jun left early.
                                                                              ^^^^^^^ names/variant
    `,
    only,
  );
});
