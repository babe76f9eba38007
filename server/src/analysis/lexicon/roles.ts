// Role words: what introduces a person by office ("first deputy chairman of the party"), which
// roles give a gender, and which descriptors a reader takes as the same person ("the ambassador"
// → "the diplomat"). Names read the heads to attach a role to a mention; attribution reads the
// hierarchy to resolve "the diplomat said".

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Nouns that head a role ("first deputy chairman of the party", "a spokeswoman for"). */
export const ROLE_HEADS = set(`
president chairman chairwoman chairperson chair minister secretary ambassador envoy diplomat spokesman
spokeswoman spokesperson director manager executive officer chief head leader founder owner governor
mayor senator deputy member councillor commissioner judge lawyer attorney prosecutor economist analyst
professor researcher scientist editor reporter correspondent trader farmer teacher student coach player
captain general colonel commander adviser advisor consultant partner chancellor premier king queen
prince princess emir sheikh official representative envoy inspector detective sergeant superintendent
chairman treasurer clerk worker engineer doctor surgeon nurse author writer artist singer actor actress
vice-president vice-chairman ceo cfo coo founder co-founder principal dean rector
`);

export const FEMALE_ROLES = set(
  'spokeswoman chairwoman businesswoman congresswoman councilwoman actress mother daughter wife sister widow queen princess empress grandmother aunt niece',
);
export const MALE_ROLES = set(
  'spokesman businessman congressman councilman actor father son husband brother widower king prince emperor grandfather uncle nephew',
);

/** A role a descriptor names, and the words that introduce someone in it. */
export const ROLES: Record<string, readonly string[]> = {
  diplomat: [
    'diplomat',
    'ambassador',
    'envoy',
    'consul',
    'attaché',
    'attache',
    'chargé',
    'embassy',
    'foreign minister',
  ],
  ambassador: ['ambassador', 'envoy'],
  envoy: ['envoy', 'ambassador', 'diplomat', 'representative'],
  chair: ['chair', 'chairman', 'chairwoman', 'chairperson', 'head'],
  chairman: ['chairman', 'chair', 'head'],
  chairwoman: ['chairwoman', 'chair', 'head'],
  minister: ['minister', 'secretary'],
  secretary: ['secretary', 'minister'],
  president: ['president', 'head', 'leader'],
  executive: ['executive', 'chief', 'ceo', 'boss', 'head', 'director', 'founder'],
  ceo: ['ceo', 'executive', 'chief', 'boss'],
  boss: ['boss', 'chief', 'executive', 'head', 'manager', 'director', 'ceo', 'coach'],
  spokesman: ['spokesman', 'spokesperson', 'spokeswoman', 'press secretary', 'representative'],
  spokeswoman: ['spokeswoman', 'spokesperson', 'spokesman', 'press secretary', 'representative'],
  spokesperson: ['spokesperson', 'spokesman', 'spokeswoman', 'press secretary', 'representative'],
  prosecutor: ['prosecutor', 'attorney', 'district attorney', 'da'],
  lawyer: ['lawyer', 'attorney', 'counsel', 'solicitor', 'barrister', 'advocate'],
  attorney: ['attorney', 'lawyer', 'counsel', 'prosecutor'],
  judge: ['judge', 'justice', 'magistrate'],
  mayor: ['mayor'],
  governor: ['governor'],
  senator: ['senator'],
  lawmaker: [
    'lawmaker',
    'legislator',
    'senator',
    'congressman',
    'congresswoman',
    'representative',
    'mp',
    'deputy',
    'member of parliament',
    'councillor',
    'councilmember',
  ],
  economist: ['economist', 'analyst'],
  analyst: ['analyst', 'economist', 'strategist'],
  director: ['director', 'head', 'chief'],
  manager: ['manager', 'coach', 'boss', 'head'],
  coach: ['coach', 'manager', 'trainer'],
  official: ['official', 'officer', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'director'],
  officer: ['officer', 'official', 'detective', 'sergeant', 'captain', 'inspector'],
  detective: ['detective', 'officer', 'inspector'],
  regulator: ['regulator', 'regulatory'],
  witness: ['witness'],
  victim: ['victim'],
  defendant: ['defendant', 'accused', 'suspect'],
  suspect: ['suspect', 'defendant', 'accused'],
  founder: ['founder', 'co-founder'],
  leader: ['leader', 'head', 'chief', 'president', 'chairman', 'secretary'],
  general: ['general', 'commander'],
  commander: ['commander', 'general', 'chief'],
  professor: ['professor', 'researcher', 'academic', 'scientist'],
  researcher: ['researcher', 'scientist', 'professor', 'academic'],
  scientist: ['scientist', 'researcher', 'professor'],
  doctor: ['doctor', 'physician', 'surgeon', 'dr'],
};
