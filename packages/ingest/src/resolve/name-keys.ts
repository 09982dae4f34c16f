/**
 * Lookup keys for names in any script, the ones stored in `Alias.key` / `Alias.phonetic` and
 * `Person.key`, and the ones the API computes to find a person by any of their names.
 *
 * - `nameKey`: one spelling for the case, accent, punctuation, spacing, initials and
 *   Devanagari/Latin variants of a name. Devanagari is romanised the way Indian names are written in
 *   English (`@indic-transliteration/sanscript` for the letters, plus Hindi schwa deletion, nukta,
 *   anusvara and chandrabindu folding), and both scripts then go through the same spelling folds
 *   (z/j, w/v, ph/f, ee/i, oo/u, doubled letters). `ज़फ़र अली` and `Zafar Ali` share `jafar ali`,
 *   `नीतीश कुमार` and `Nitish Kumar` share `nitish kumar`.
 * - `phoneticKey`: a coarser key on top of `nameKey` for the spellings the two scripts still disagree
 *   on (a/e: बनर्जी / Banerjee, vowel length, schwa kept or dropped: ममता / Mamata, sh/s, th/t).
 *   Aspirates stay distinct (kh/k, bh/b, dh/d): merging them would make different names equal.
 *   Equal phonetic keys are a hint, never proof: the matcher asks for context as well.
 * - `nameCore`: a surface form without the honorifics and role words written before it
 *   (`Tory leader Michael Howard` -> `Michael Howard`, `कांग्रेस नेता राहुल गांधी` -> `राहुल गांधी`).
 *
 * Changing what these functions return changes the keys stored in the database: bump
 * `NAME_KEY_VERSION` so persisted aliases are re-keyed.
 */
import sanscriptModule from '@indic-transliteration/sanscript';
import type { EntityType, Script } from '../domain.js';
import { devanagariKey } from '../lexicons/name-keys.js';
import {
  DEMONYMS,
  HI_HONORIFICS,
  HI_ROLE_HEADS,
  HI_ROLE_MODIFIERS,
  HONORIFICS,
  ROLE_HEADS,
  ROLE_MODIFIERS,
} from '../lexicons/titles.js';

interface Transliterator {
  t(data: string, from: string, to: string): string;
}
/** The CommonJS export (its typings declare an ES default the runtime does not have). */
const Sanscript = ((sanscriptModule as unknown as { default?: Transliterator }).default ??
  sanscriptModule) as unknown as Transliterator;

/** Version of the key functions; stored keys made by another version must be recomputed. */
export const NAME_KEY_VERSION = 1;

const DEVANAGARI = /[\u0900-\u097F]/;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;

// ------------------------------------------------------------------------------ script

/** The script most letters of `text` are written in. */
export function scriptOf(text: string): Script {
  let deva = 0;
  let latn = 0;
  let other = 0;
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    if (DEVANAGARI.test(ch)) deva++;
    else if (LATIN_LETTER.test(ch)) latn++;
    else other++;
  }
  if (deva === 0 && latn === 0 && other === 0) return 'other';
  if (deva >= latn && deva >= other) return 'deva';
  if (latn >= other) return 'latn';
  return 'other';
}

// ------------------------------------------------------------------------------ Devanagari

const VIRAMA = '\u094D';
const NUKTA = '\u093C';
const ANUSVARA = '\u0902';
const CHANDRABINDU = '\u0901';
const VISARGA = '\u0903';
/** Stand-ins for ड़ and ढ़ that sanscript maps to single consonants (ṟ, ḻ), mapped to r / rh after. */
const FLAP = '\u0931';
const FLAP_ASPIRATE = '\u0934';

const isConsonant = (ch: string | undefined) => ch !== undefined && ch >= '\u0915' && ch <= '\u0939';
const isVowelSign = (ch: string | undefined) =>
  ch !== undefined && ((ch >= '\u093E' && ch <= '\u094C') || ch === '\u0962' || ch === '\u0963');
const isIndependentVowel = (ch: string | undefined) => ch !== undefined && ch >= '\u0904' && ch <= '\u0914';

/** Folds the spelling variants of Devanagari that do not change a name (see module doc). */
function foldDevanagari(word: string): string {
  return (
    word
      .normalize('NFC')
      .replace(/[\u0958-\u095F]/g, (c) => c.normalize('NFD'))
      .replace(/[\u200C\u200D]/g, '')
      .replace(/ड\u093C/g, FLAP)
      .replace(/ढ\u093C/g, FLAP_ASPIRATE)
      .replace(new RegExp(NUKTA, 'g'), '')
      .replace(new RegExp(CHANDRABINDU, 'g'), ANUSVARA)
      // A nasal consonant with virama before a stop is the anusvara spelt out (हिन्दी / हिंदी).
      .replace(/[ङञणनम]\u094D(?=[क-घच-झट-ढत-धप-भ])/g, ANUSVARA)
      .replace(/\u0949/g, '\u094B') // ॉ -> ो
      .replace(/\u0911/g, '\u0913') // ऑ -> ओ
      .replace(/\u0945/g, '\u0947') // ॅ -> े
      .replace(/\u0972/g, '\u0905')
  ); // ॲ -> अ
}

interface Syllable {
  /** Consonants before the vowel (0 for an independent vowel). */
  consonants: number;
  /** The first consonant letter (र of a reph cluster such as र्ष). */
  firstConsonant: string;
  vowel: 'schwa' | 'sign' | 'independent' | 'none';
  /** Where a virama goes to delete the inherent vowel. */
  end: number;
  /** Anusvara or visarga after the vowel. */
  coda: boolean;
  /** The last consonant letter and the vowel sign before it (for the -iya rule). */
  lastConsonant: string;
  sign: string;
}

function syllables(word: string): Syllable[] {
  const out: Syllable[] = [];
  let i = 0;
  while (i < word.length) {
    const ch = word[i];
    if (isIndependentVowel(ch)) {
      i++;
      const coda = word[i] === ANUSVARA || word[i] === VISARGA;
      if (coda) i++;
      out.push({
        consonants: 0,
        firstConsonant: '',
        vowel: 'independent',
        end: i,
        coda,
        lastConsonant: '',
        sign: ch ?? '',
      });
      continue;
    }
    if (!isConsonant(ch)) {
      i++;
      continue;
    }
    let consonants = 1;
    let last = ch ?? '';
    let j = i + 1;
    while (word[j] === VIRAMA && isConsonant(word[j + 1])) {
      consonants++;
      last = word[j + 1] ?? '';
      j += 2;
    }
    const end = j;
    let vowel: Syllable['vowel'] = 'schwa';
    let sign = '';
    if (word[j] === VIRAMA) {
      vowel = 'none';
      j++;
    } else if (isVowelSign(word[j])) {
      vowel = 'sign';
      sign = word[j] ?? '';
      j++;
    }
    const coda = word[j] === ANUSVARA || word[j] === VISARGA;
    if (coda) j++;
    out.push({ consonants, firstConsonant: ch ?? '', vowel, end, coda, lastConsonant: last, sign });
    i = j;
  }
  return out;
}

/** A final conjunct that keeps its vowel: ending in र, य or व (इंद्र, आदित्य, विश्व), or ष्ण (कृष्ण). */
function keepsFinalVowel(s: Syllable): boolean {
  return /[रयव]/.test(s.lastConsonant) || (s.lastConsonant === 'ण' && s.consonants === 2);
}

/** A medial syllable whose vowel may go: one consonant, or a reph cluster (हर्षवर्धन harshvardhan). */
function mayLoseVowel(s: Syllable): boolean {
  return s.consonants === 1 || (s.consonants === 2 && s.firstConsonant === 'र');
}

/**
 * Hindi schwa deletion (after Narasimhan et al. 2004, simplified): the inherent vowel at the end of
 * a word is silent (गौतम gautam, हर्ष harsh) except after a conjunct that keeps it (नरेंद्र narendra,
 * आदित्य āditya); a medial one between a vowel and a single consonant followed by a vowel is silent
 * too, decided right to left so that two neighbours are never both dropped (ममता mamtā, कानपुर
 * kānpur, जवाहरलाल javāharlāl). Returns the word with a virama where a vowel is silent.
 */
function deleteSchwas(word: string): string {
  const syl = syllables(word);
  const n = syl.length;
  if (n < 2) return word;
  const deleted = new Array<boolean>(n).fill(false);
  const hasVowel = (k: number) => {
    const s = syl[k];
    return s !== undefined && s.vowel !== 'none' && !deleted[k];
  };
  const last = syl[n - 1]!;
  const beforeLast = syl[n - 2]!;
  const iyaEnding = last.lastConsonant === 'य' && (beforeLast.sign === 'ि' || beforeLast.sign === 'ी');
  const finalKept = last.consonants > 1 && keepsFinalVowel(last);
  if (last.vowel === 'schwa' && last.consonants >= 1 && !last.coda && !iyaEnding && !finalKept) {
    deleted[n - 1] = true;
  }
  for (let k = n - 2; k >= 1; k--) {
    const s = syl[k]!;
    const next = syl[k + 1]!;
    if (s.vowel !== 'schwa' || !mayLoseVowel(s) || s.coda) continue;
    if (!hasVowel(k - 1) || next.consonants !== 1 || !hasVowel(k + 1)) continue;
    deleted[k] = true;
  }
  let out = '';
  let from = 0;
  syl.forEach((s, k) => {
    if (!deleted[k]) return;
    out += word.slice(from, s.end) + VIRAMA;
    from = s.end;
  });
  return out + word.slice(from);
}

const IAST_TO_NAME: ReadonlyArray<readonly [RegExp, string]> = [
  [/ṃh$/g, 'ngh'], // सिंह -> singh
  [/ṃ(?=[pbm])/g, 'm'],
  [/ṃ/g, 'n'],
  [/~/g, 'n'],
  [/jñ/g, 'gy'],
  [/ch|c/g, '\u0000'], // placeholder: c (च) -> ch, ch (छ) -> chh
  [/[śṣ]/g, 'sh'],
  [/ṟ/g, 'r'],
  [/ḻ/g, 'rh'],
  [/[ṛṝ]/g, 'ri'],
  [/[ḷḹ]/g, 'li'],
  [/ḥ/g, 'h'],
];

/** Romanises one Devanagari word as Indian names are usually spelt in English (before folding). */
export function romanizeDevanagari(word: string): string {
  const folded = deleteSchwas(foldDevanagari(word));
  let latin = Sanscript.t(folded, 'devanagari', 'iast');
  for (const [pattern, replacement] of IAST_TO_NAME) {
    if (replacement === '\u0000') {
      latin = latin.replace(pattern, (m) => (m === 'ch' ? 'chh' : 'ch'));
    } else {
      latin = latin.replace(pattern, replacement);
    }
  }
  return latin
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]/g, '');
}

// ------------------------------------------------------------------------------ keys

/** Spelling folds shared by both scripts (applied to one lower-case ASCII token). */
function foldSpelling(token: string): string {
  return token
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z/g, 'j')
    .replace(/w/g, 'v')
    .replace(/ph/g, 'f')
    .replace(/ee/g, 'i')
    .replace(/oo/g, 'u')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/iya$/, 'ia');
}

interface KeyToken {
  key: string;
  /** Made of initials (`A. B.`, `KC`). */
  initials: boolean;
}

/**
 * Word tokens of a name, apostrophes dropped, everything else a separator; a word mixing Devanagari
 * with another script is cut where the script changes.
 */
function rawTokens(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/['\u2018\u2019\u02BC`\u00B4]/g, '')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .flatMap((t) =>
      t.split(/(?<=[\u0900-\u097F])(?=[^\u0900-\u097F])|(?<=[^\u0900-\u097F])(?=[\u0900-\u097F])/u),
    )
    .filter((t) => t !== '');
}

function keyTokens(text: string): KeyToken[] {
  const out: KeyToken[] = [];
  let initials = '';
  const flush = () => {
    if (initials) out.push({ key: foldSpelling(initials), initials: true });
    initials = '';
  };
  for (const raw of rawTokens(text)) {
    if (DEVANAGARI.test(raw)) {
      flush();
      const deva = raw.replace(/[०-९]/g, (d) => String(d.charCodeAt(0) - 0x0966));
      const key = /^\d+$/.test(deva) ? deva : foldSpelling(romanizeDevanagari(deva));
      if (key) out.push({ key, initials: false });
      continue;
    }
    const plain = raw
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/ß/g, 'ss')
      .replace(/[æ]/gi, 'ae')
      .replace(/[øØ]/g, 'o')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
    if (plain === '') continue;
    // `A.B.`, `K C` and `KC` (two or three capitals) are initials, joined into one token.
    const isInitial = plain.length === 1 && /[a-z]/.test(plain);
    const isCapitals = /^[A-Z]{2,3}$/.test(raw) && !/[aeiou]/i.test(raw.slice(1));
    if (isInitial) {
      initials += plain;
      continue;
    }
    flush();
    if (isCapitals) out.push({ key: plain, initials: true });
    else out.push({ key: foldSpelling(plain), initials: false });
  }
  flush();
  return out;
}

/**
 * Normalised lookup key of a name in any script (see module doc): `Nitish Kumar`,
 * `NITISH  KUMAR`, `नीतीश कुमार` -> `nitish kumar`; `A.B. Vajpayee` and `A B Vajpayee` ->
 * `ab vajpayi`. Titles are kept (use `nameCore` first to drop them).
 */
export function nameKey(text: string): string {
  return keyTokens(text)
    .map((t) => t.key)
    .join(' ');
}

/** Coarse key of one `nameKey` token (see module doc). */
function phoneticToken(key: string): string {
  if (/^\d+$/.test(key)) return key;
  const s = key
    .replace(/sh/g, 's')
    .replace(/chh/g, 'ch')
    .replace(/c(?!h)/g, 'k')
    .replace(/th/g, 't')
    .replace(/gh/g, 'g')
    .replace(/(?<=[aeiou])h$/, '')
    .replace(/ai|ay|ei|ey/g, 'e')
    .replace(/au|aw|ou|o/g, 'u')
    .replace(/([a-z])\1+/g, '$1');
  // The first letter stays (an initial vowel too); later a, e and y are dropped.
  return s.slice(0, 1) + s.slice(1).replace(/[aey]/g, '');
}

/**
 * Phonetic key tuned for Hindi-English name variants: `ममता बनर्जी` / `Mamata Banerjee` ->
 * `mt bnrji`, `वाजपेयी` / `Vajpayee` -> `vjpi`, `ठाकरे` / `Thackeray` -> `tkr`.
 */
export function phoneticKey(text: string): string {
  return keyTokens(text)
    .map((t) => (t.initials ? t.key : phoneticToken(t.key)))
    .join(' ');
}

// ------------------------------------------------------------------------------ titles

/**
 * Words of the title lexicons that are also given names, surnames or epithets that name a person
 * (`Swami Prasad Maurya`, `Mahatma Gandhi`, `Sheikh Hasina`, `Mehbooba Mufti`): never dropped.
 */
const NAME_PRONE_TITLES = new Set([
  'mahatma',
  'maulana',
  'maulvi',
  'mufti',
  'sheikh',
  'swami',
  'pandit',
  'sadhvi',
  'acharya',
  'imam',
  'ayatollah',
  'baron',
  'king',
  'queen',
  'prince',
  'princess',
  'sultan',
  'emir',
  'major',
  'general',
  'kumari',
  'lady',
]);
const HI_NAME_PRONE_TITLES = new Set(
  [
    'मौलाना',
    'मौलवी',
    'मुफ्ती',
    'शेख',
    'स्वामी',
    'साध्वी',
    'आचार्य',
    'पंडित',
    'महंत',
    'बेगम',
    'हाजी',
    'सैयद',
    'ठाकुर',
    'कुमारी',
  ].map((w) => devanagariKey(w)),
);

function latinTitleWord(token: string): 'head' | 'modifier' | null {
  const t = token.toLowerCase().replace(/\.$/, '');
  if (NAME_PRONE_TITLES.has(t)) return null;
  if (HONORIFICS.has(t) || ROLE_HEADS.has(t)) return 'head';
  if (ROLE_MODIFIERS.has(t) || DEMONYMS.has(t)) return 'modifier';
  return null;
}

function hindiTitleWord(token: string): 'head' | 'modifier' | null {
  const t = devanagariKey(token.replace(/\.$/, ''));
  if (HI_NAME_PRONE_TITLES.has(t)) return null;
  if (HI_HONORIFICS.has(t) || HI_ROLE_HEADS.has(t)) return 'head';
  if (HI_ROLE_MODIFIERS.has(t) || t === devanagariKey('के') || t === devanagariKey('की')) return 'modifier';
  return null;
}

function titleWord(token: string): 'head' | 'modifier' | null {
  return DEVANAGARI.test(token) ? hindiTitleWord(token) : latinTitleWord(token);
}

/** Hindi respect suffixes after a name (`मोदी जी`, `Modiji` is left alone). */
const HI_SUFFIXES = new Set(['जी', 'साहब', 'साहेब'].map((w) => devanagariKey(w)));

/**
 * A person's name without the titles written before it: leading honorifics, role words, their
 * modifiers and demonyms (`Pakistani premier Nawaz Sharif`, `पूर्व प्रधानमंत्री नवाज़ शरीफ़`), and
 * everything up to the last role word followed by a capitalised name (`Tory leader Michael Howard`,
 * `कांग्रेस उपाध्यक्ष राहुल गांधी`), plus a possessive `'s` and the Hindi `जी`/`साहब` after it.
 */
export function nameCore(form: string): string {
  let words = form
    .normalize('NFC')
    .replace(/\(.*?\)/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  const last = words.length - 1;
  if (last >= 1 && HI_SUFFIXES.has(devanagariKey(words[last] ?? ''))) words = words.slice(0, last);
  let cut = 0;
  while (cut < words.length - 1 && titleWord(words[cut] ?? '') !== null) cut++;
  for (let i = words.length - 2; i >= cut; i--) {
    const word = words[i] ?? '';
    const next = words[i + 1] ?? '';
    const nameFollows = DEVANAGARI.test(next) || /^\p{Lu}/u.test(next);
    if (titleWord(word) === 'head' && nameFollows) {
      cut = i + 1;
      break;
    }
  }
  return words
    .slice(cut)
    .join(' ')
    .replace(/['’]s$/u, '')
    .replace(/^[\s,;:]+|[\s,;:.]+$/g, '');
}

// ------------------------------------------------------------------------------ name parts

/** A name form split for comparison: key tokens, phonetic tokens, initials flags. */
export interface NameParts {
  form: string;
  /** `nameKey` of the core. */
  key: string;
  phonetic: string;
  tokens: string[];
  phoneticTokens: string[];
  initials: boolean[];
  script: Script;
}

/** Splits a person/organisation/place form for comparison (persons lose their titles first). */
export function nameParts(form: string, type: EntityType = 'PERSON'): NameParts {
  const core = type === 'PERSON' ? nameCore(form) : form;
  const tokens = keyTokens(core);
  const keys = tokens.map((t) => t.key);
  const phonetics = tokens.map((t) => (t.initials ? t.key : phoneticToken(t.key)));
  return {
    form: core,
    key: keys.join(' '),
    phonetic: phonetics.join(' '),
    tokens: keys,
    phoneticTokens: phonetics,
    initials: tokens.map((t) => t.initials),
    script: scriptOf(core),
  };
}

/** What an `Alias` row stores for a surface form. */
export interface AliasKeys {
  form: string;
  key: string;
  phonetic: string;
  script: Script;
}

/**
 * Keys of a surface form as `Alias` stores them: `form` as written, `key`/`phonetic` of its core
 * (titles dropped for persons), so `Mr Blair` is found by `blair` and `कांग्रेस नेता राहुल गांधी` by `rahul gandhi`.
 */
export function aliasKeys(form: string, type: EntityType): AliasKeys {
  const parts = nameParts(form, type);
  return { form, key: parts.key, phonetic: parts.phonetic, script: scriptOf(form) };
}

/**
 * Keys the API looks a query up by: the key of the query as typed and of its core (a query
 * `Mr Blair` finds aliases keyed `blair`), without duplicates.
 */
export function queryKeys(text: string): string[] {
  return [...new Set([nameKey(text), nameKey(nameCore(text))])].filter((k) => k !== '');
}
