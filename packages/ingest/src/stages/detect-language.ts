/**
 * Stage `detect-language`: sets `meta.language` (ISO 639-1) and `meta.script` (ISO 15924).
 *
 * An explicit language from the input always wins. Otherwise franc (trigram model, ISO 639-3) decides
 * on texts long enough for it; short texts (headlines, one-line posts) fall back to the script, since
 * franc is unreliable on a handful of words ("Leaders met on Friday." comes out Swedish).
 */
import { francAll } from 'franc';
import type { Doc, LanguageCode, Script, Stage } from '../domain.js';
import { countScriptLetters, detectScript } from './normalize-text.js';

/** Below this many letters franc is not asked; the script decides. */
const MIN_LETTERS_FOR_FRANC = 120;
/** franc reads at most this much text; more does not change the answer, it only costs time. */
const MAX_CHARS_FOR_FRANC = 4000;
/**
 * When the usual language of the script (English for Latin, Hindi for Devanagari) scores at least
 * this share of the best candidate, it is preferred: franc's close neighbours (Scots for English,
 * Bhojpuri or Magahi for Hindi) are far rarer in news than their scores suggest.
 */
const SCRIPT_DEFAULT_MARGIN = 0.97;

const SCRIPT_DEFAULT: Record<Script, string | null> = { latn: 'eng', deva: 'hin', other: null };

/** ISO 639-3 (as franc returns it) to ISO 639-1, for the languages franc knows that have one. */
const ISO_639_3_TO_1: Record<string, string> = {
  afr: 'af',
  als: 'sq',
  amh: 'am',
  arb: 'ar',
  asm: 'as',
  aze: 'az',
  azj: 'az',
  bel: 'be',
  ben: 'bn',
  bos: 'bs',
  bul: 'bg',
  cat: 'ca',
  ces: 'cs',
  cmn: 'zh',
  dan: 'da',
  deu: 'de',
  ekk: 'et',
  ell: 'el',
  eng: 'en',
  eus: 'eu',
  fin: 'fi',
  fra: 'fr',
  glg: 'gl',
  guj: 'gu',
  hau: 'ha',
  heb: 'he',
  hin: 'hi',
  hrv: 'hr',
  hun: 'hu',
  hye: 'hy',
  ibo: 'ig',
  ind: 'id',
  ita: 'it',
  jpn: 'ja',
  kan: 'kn',
  kat: 'ka',
  kaz: 'kk',
  khm: 'km',
  kor: 'ko',
  lit: 'lt',
  lvs: 'lv',
  mal: 'ml',
  mar: 'mr',
  mkd: 'mk',
  mya: 'my',
  nep: 'ne',
  npi: 'ne',
  nld: 'nl',
  nno: 'nn',
  nob: 'nb',
  ory: 'or',
  pan: 'pa',
  pes: 'fa',
  pol: 'pl',
  por: 'pt',
  ron: 'ro',
  rus: 'ru',
  san: 'sa',
  sin: 'si',
  slk: 'sk',
  slv: 'sl',
  som: 'so',
  spa: 'es',
  srp: 'sr',
  swe: 'sv',
  swh: 'sw',
  tam: 'ta',
  tel: 'te',
  tgl: 'tl',
  tha: 'th',
  tur: 'tr',
  ukr: 'uk',
  urd: 'ur',
  uzn: 'uz',
  vie: 'vi',
  xho: 'xh',
  yor: 'yo',
  zlm: 'ms',
  zsm: 'ms',
  zul: 'zu',
};

/**
 * ISO 639-3 to the shortest code: the ISO 639-1 code when there is one, else the 639-3 code itself
 * (as BCP 47 does for languages without a two-letter code, e.g. `bho`), `und` for franc's `und`.
 */
export function toLanguageCode(iso6393: string): LanguageCode {
  if (iso6393 === 'und') return 'und';
  return ISO_639_3_TO_1[iso6393] ?? iso6393;
}

/** Language of a text, by script for short texts and by franc for longer ones. */
export function guessLanguage(text: string): { language: LanguageCode; script: Script } {
  const script = detectScript(text);
  // URLs, handles and hashtags are not language; they skew trigram counts in posts.
  const clean = text.replace(/https?:\/\/\S+|pic\.twitter\.com\/\S+|[@#][\w.]+/g, ' ');
  const letters = countScriptLetters(clean);
  const total = letters.deva + letters.latn + letters.other;
  const fallback = SCRIPT_DEFAULT[script];
  if (total < MIN_LETTERS_FOR_FRANC) {
    return { language: fallback ? toLanguageCode(fallback) : 'und', script };
  }
  const ranked = francAll(clean.slice(0, MAX_CHARS_FOR_FRANC));
  const best = ranked[0];
  if (!best || best[0] === 'und') return { language: fallback ? toLanguageCode(fallback) : 'und', script };
  if (fallback && best[0] !== fallback) {
    const usual = ranked.find(([code]) => code === fallback);
    if (usual && usual[1] >= best[1] * SCRIPT_DEFAULT_MARGIN)
      return { language: toLanguageCode(fallback), script };
  }
  return { language: toLanguageCode(best[0]), script };
}

export const detectLanguage: Stage = (doc: Doc): Doc => {
  const guessed = guessLanguage(doc.body);
  const language = doc.meta.language && doc.meta.language !== 'und' ? doc.meta.language : guessed.language;
  return { ...doc, meta: { ...doc.meta, language, script: guessed.script } };
};
