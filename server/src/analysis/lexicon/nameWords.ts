// The small vocabularies the name finder needs: words that are capitalised in news copy without
// being names (function words, months, days, common sentence openers), titles and honorifics,
// name particles, organisation head words, role nouns, and the family names that come first in
// East Asian names. General newsroom knowledge, not tuned to any one text.

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Capitalised only because they open a sentence or a heading: never names on their own. */
export const FUNCTION_WORDS = set(`
a an the and or but nor so yet for of in on at to by from with without within into onto upon over under
above below about after before during since until till while when whenever where wherever why how what
which who whom whose that this these those there here then than thus hence also too very just only even
still already again once both either neither each every all any some many much more most few less least
other another such same own no not nor is are was were be been being am has have had having do does did
done will would shall should can could may might must i we you he she it they me us him her them my our
your his its their mine ours yours hers theirs myself ourselves yourself himself herself itself themselves
if unless though although because as whether however meanwhile moreover furthermore nevertheless therefore
instead otherwise indeed besides yes nope oh please thanks according despite following including regarding
among amongst between through throughout across along around behind beside beyond near toward towards
against per via unlike like now today tomorrow yesterday tonight later earlier soon recently currently
finally first second third last next new old one two three four five six seven eight nine ten hundred
thousand million billion dozens several asked speaking meanwhile overall mostly perhaps maybe almost
nearly often sometimes never always usually ago whatever whoever whichever
`);

export const MONTHS_AND_DAYS = set(`
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
`);

/**
 * Capitalised words of news copy that are not names even when the draft never writes them in
 * lower case (sentence openers, days of the calendar, generic nouns of headlines).
 */
export const COMMON_CAPITALISED = set(`
mr mrs ms miss dr prof sir dame lord lady madam
christmas easter ramadan eid new year
police officials official government state states city county court house senate congress parliament
north south east west northern southern eastern western central
internet web online email
`);

/** Honorifics: say nothing of the role, something of the gender. */
export const HONORIFICS: Record<string, 'male' | 'female' | undefined> = {
  mr: 'male',
  'mr.': 'male',
  mrs: 'female',
  'mrs.': 'female',
  ms: 'female',
  'ms.': 'female',
  miss: 'female',
  sir: 'male',
  dame: 'female',
  lord: 'male',
  lady: 'female',
  madam: 'female',
  dr: undefined,
  'dr.': undefined,
  prof: undefined,
  'prof.': undefined,
  mx: undefined,
};

/** Title words that may stand right before a name ("President", "Ambassador", "Foreign Minister"). */
export const TITLE_WORDS = set(`
mr mrs ms miss mx dr prof sir dame lord lady madam
president vice prime premier minister chancellor governor senator sen rep representative congressman
congresswoman councillor councilman councilwoman councilmember mayor judge justice magistrate officer
detective det attorney sergeant sgt captain capt lieutenant lt colonel col general gen major maj admiral
adm commander cmdr corporal cpl private chief secretary ambassador envoy consul king queen prince princess
emperor empress pope cardinal bishop archbishop rev reverend father sister brother imam rabbi sheikh emir
sultan professor coach chairman chairwoman chairperson chair director commissioner deputy speaker
inspector superintendent supt trooper agent marshal sheriff dean chancellor president-elect assemblyman
assemblywoman assemblymember alderman borough
`);

/** Lowercase particles inside names: al-Rashidi, bin Salman, van der Berg, de Gaulle. */
export const PARTICLES = set(`
al el bin ibn bint abu ben van der den de del della dei di da das dos du la le les von zu ter
`);

/** A hyphenated particle glued to a capitalised name: al-Rashidi, el-Sisi, bin-Laden. */
export const PARTICLE_PREFIX = /^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|ben|ul)-\p{Lu}/u;

/** Head words that make a capitalised sequence an organisation ("Ministry of Energy"). */
export const ORG_HEADS = set(`
ministry department bank party republic university college school academy institute council committee
commission agency authority office board bureau union federation association foundation society
organisation organization corporation company group fund trust chamber assembly parliament congress
league club court tribunal service services museum centre center hospital clinic church mosque
administration government police force army navy command coalition alliance movement front network
inc ltd llc plc corp co bros holdings partners airlines airways railways bank bancorp exchange
times post news journal press telegraph herald gazette tribune unit division section squad
`);

/**
 * Nouns of trade that, as the last word of a capitalised name, make it a company ("Steppe Air",
 * "Harbour Freight", "Orchard Pharmacy"): the sectors of a business register (transport, retail,
 * industry, finance, media), in the forms company names take. Only the last word counts, and a
 * given name before it keeps a person a person ("Laura Freight"); nouns that are common surnames
 * (power, mills, steel, banks) are left out.
 */
export const TRADE_HEADS = set(`
air aviation airline freight cargo shipping logistics transit transport express motors automotive
foods pharmacy pharma pharmaceuticals chemicals industries technologies solutions software systems
telecom communications media energy petroleum mining metals cement construction builders insurance
investments securities finance realty properties brewery bakery dairy farms hotels resorts stores
supermarkets retail laboratories labs therapeutics biotech electric utilities rail railway lines
shipyard textiles apparel cinemas studios publishing broadcasting
`);

/** Lowercase nouns right after a name that make it an organisation ("the Nur Otan party"). */
export const ORG_NOUNS_AFTER = set(`
party company group bank ministry agency firm corporation fund union movement organisation organization
coalition alliance network brand chain airline railway
`);

/**
 * Family names written first in Chinese, Korean and Vietnamese names (Xi Jinping, Kim Jong-un,
 * Nguyen Van An): the second word is the given name, so using it alone is a slip.
 */
export const FAMILY_FIRST = set(`
li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song
tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren
shen yao jin xi qian fu fan zou xiong meng qin bai shi kong cui mao wen lei hou long duan hao
kim lee park choi jung kang cho yoon jang lim shin yoo kwon hwang ahn song hong jeon moon
nguyen tran le pham hoang huynh phan vu vo dang bui do ngo duong ly
`);
