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

test('people introduced each with an age or a role of their own are different people', () => {
  checkFindings(
    `
    Daniyar Omarev, a farmer near Taraz, said the canal was dry. Daniyar Omarov, the district's prosecutor, opened a case. Omarov said the canal was blocked.

    Kendra Vollmer, 41, and Kendra Volmer, 38, were charged on Monday. Vollmer pleaded not guilty.
    `,
    only,
  );
  // The same age is the same person: a slip.
  checkFindings(
    `
    Tahriq Mellor, 34, was shot on Monday. Police said Tariq Mellor, 34, was a perceived rival.
                                                       ^^^^^ names/variant
    `,
    only,
  );
});

test('given names listed together before one surname are different people (twins)', () => {
  checkFindings(
    `
    The twins, Jaylen and Jaylin Mercer, 9, were rescued on Sunday. Jaylen said the water was cold. Jaylin said nothing. Jaylen smiled.

    Braylon and Braylen Ostrow, both 7, were at home. Braylon called 911, and Braylen opened the door.
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

// ------------------------------------------------------------------------------------------ recall

test("a given name misspelled in another person's name is caught by the given-name list", () => {
  checkFindings(
    `
    The case was investigated by Detective Jennifer Scarfo and Sergeant Jennifar Brandt. Detective Jennifer Scarfo thanked the unit.
                                                                        ^^^^^^^^ names/variant
    Assistant District Attorney Jonathan Ruiz and Investigator Jonahtan Weller led the case. Jonathan Ruiz spoke later.
                                                               ^^^^^^^^ names/variant
    `,
    only,
  );
});

test('a place or an organisation made of common words, respelled once, is caught', () => {
  checkFindings(
    `
    George Lane, a teacher in Palm Springs, said his students in Palm Springs were ready. The Plam Springs council agreed.
                                                                                              ^^^^ names/variant
    The Musicians' Union met the Musicians' Uniun on Monday. The Musicians' Union said the talks were over.
                                            ^^^^^ names/variant
    Officers of the Harris County Sheriff's Office and the Harris Conuty Sheriff's Office arrested him.
                                                                  ^^^^^^ names/variant
    `,
    only,
  );
});

test('a swap of two letters in a known name is a slip, whoever it names', () => {
  checkFindings(
    `
    Prime Minister Tony Blair spoke. Police chief Ian Blair agreed. Later Tony Bliar said the threat was real.
                                                                               ^^^^^ names/variant
    Councillor Rosa Ortega thanked Senator Mark Ortgea for the grant. Ortega said it came late.
                                                ^^^^^^ names/variant
    `,
    only,
  );
});

test('transliterations through two standards are one name', () => {
  checkFindings(
    `
    Yelena Sokolova, the director, opened the plant. Yelena Sokolova said it would hire 200 people. Elena Sokolova left at noon.
                                                                                                    ^^^^^ names/variant
    Zhanar Bekova chaired the board. Zhanar Bekova said so. Janar Bekova disagreed.
                                                            ^^^^^ names/variant
    Khalid Mansour spoke. Khalid Mansour agreed. Halid Mansour left.
                                                 ^^^^^ names/variant
    Yuliya Koval met the press. Yuliya Koval said little. Iuliia Koval left.
                                                          ^^^^^^ names/variant
    Dzhanibekov spoke on Monday. Dzhanibekov said the deal was done. Janibekov declined to comment.
                                                                     ^^^^^^^^^ names/variant
    `,
    only,
  );
});

test('spacing, hyphens and initials of one name', () => {
  checkFindings(
    `
    Kim Min-jun, the mayor, opened the bridge. Kim Min-jun said it was late. Reporters asked Kim Minjun about the cost.
                                                                                             ^^^^^^^^^^ names/variant
    M.K. Nurlanov chaired the meeting. M.K. Nurlanov said the plan was ready. Later M. K. Nurlanov left.
                                                                                    ^^^^^^^^^^^^^^ names/variant
    Jean-Luc Moreau spoke first. Jean-Luc Moreau thanked the staff, and Jean Luc Moreau left.
                                                                        ^^^^^^^^^^^^^^^ names/variant
    `,
    only,
  );
});

test('initials that lose their full stops before the same surname are another form of the name', () => {
  checkFindings(
    `
    A.K. Tulegenova, the district's chief engineer, opened the bridge on Monday.

    AK Tulegenova said the second span would open in the spring.
    ^^^^^^^^^^^^^ names/variant
    `,
    only,
  );
  checkFindings(
    `
    The hearing was chaired by J. P. Morrow of the appeals court.

    Later JP Morrow's ruling was read aloud.
          ^^^^^^^^^ names/variant
    `,
    only,
  );
});

test('capitals before a surname are an acronym unless the draft writes them as that name’s initials', () => {
  checkFindings(
    `
    The US Ambassador met DA Morrow on Tuesday. J.P. Morrow, her husband, was not there.

    NY Morrow Fund trustees met on Friday.
    `,
    only,
  );
});
