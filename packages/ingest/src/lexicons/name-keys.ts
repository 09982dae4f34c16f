/**
 * Keys for looking names up across spelling variants.
 *
 * - `devanagariKey` folds the Devanagari variants that Hindi news spells both ways (nukta: ज़/ज,
 *   chandrabindu/anusvara: खाँ/खां, a nasal consonant with virama before a consonant: हिन्दी/हिंदी).
 * - `latinKey` lower-cases and strips accents (Bhāgalpur/Bhagalpur).
 * - `nameSkeleton` is a consonant skeleton shared by a Devanagari name and its usual English spelling
 *   (ममता बनर्जी / Mamata Banerjee -> `mmt bnrj`): aspirates, vowel length, z/j, w/v and doubled
 *   letters fold together. It is a coarse key: use it only together with other evidence.
 */

const NUKTA_PRECOMPOSED: Record<string, string> = {
  क़: 'क',
  ख़: 'ख',
  ग़: 'ग',
  ज़: 'ज',
  ड़: 'ड़',
  ढ़: 'ढ़',
  फ़: 'फ',
  य़: 'य',
};

/** Folds Devanagari spelling variants (see module doc). Input and output are NFC. */
export function devanagariKey(text: string): string {
  let s = text.normalize('NFC');
  s = s.replace(/[क़ख़ग़ज़फ़य़]/g, (c) => NUKTA_PRECOMPOSED[c] ?? c);
  s = s.normalize('NFD').replace(/\u093C/g, (_m, offset: number, whole: string) => {
    // Keep the nukta of ड़/ढ़ (a different sound), drop all others.
    const prev = whole[offset - 1];
    return prev === 'ड' || prev === 'ढ' ? '\u093C' : '';
  });
  s = s.normalize('NFC');
  s = s.replace(/\u0901/g, '\u0902'); // chandrabindu -> anusvara
  s = s.replace(/[ङञणनम]\u094D(?=[क-घच-झट-ढत-धप-भ])/g, '\u0902'); // half nasal before a stop -> anusvara
  s = s.replace(/[\u200C\u200D]/g, '');
  // "मेंं", "हैंं": a vowel sign or anusvara typed twice.
  s = s.replace(/([\u0902\u093E-\u094C])\1+/g, '$1');
  return s;
}

/** Lower-cased, accent-free Latin key with single spaces and plain apostrophes. */
export function latinKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’`´]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const DEVA_CONSONANT: Record<string, string> = {
  क: 'k',
  ख: 'k',
  ग: 'g',
  घ: 'g',
  ङ: 'n',
  च: 'c',
  छ: 'c',
  ज: 'j',
  झ: 'j',
  ञ: 'n',
  ट: 't',
  ठ: 't',
  ड: 'd',
  ढ: 'd',
  ण: 'n',
  त: 't',
  थ: 't',
  द: 'd',
  ध: 'd',
  न: 'n',
  प: 'p',
  फ: 'f',
  ब: 'b',
  भ: 'b',
  म: 'm',
  य: 'y',
  र: 'r',
  ल: 'l',
  ळ: 'l',
  व: 'v',
  श: 's',
  ष: 's',
  स: 's',
  ह: 'h',
};
const DEVA_VOWEL = /[अआइईउऊऋएऐओऔऑ]/;

/** Consonant skeleton of one name word in Devanagari or Latin script (see module doc). */
export function nameSkeleton(word: string): string {
  if (/[\u0900-\u097F]/.test(word)) return devanagariSkeleton(word);
  return latinSkeleton(word);
}

function devanagariSkeleton(word: string): string {
  const s = devanagariKey(word).normalize('NFD');
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] ?? '';
    const next = s[i + 1];
    if (i === 0 && DEVA_VOWEL.test(ch)) {
      out += '*';
      continue;
    }
    if (ch === 'ड' || ch === 'ढ') {
      out += next === '\u093C' ? 'r' : 'd';
      continue;
    }
    if (ch === 'ऋ' || ch === '\u0943') {
      out += 'r';
      continue;
    }
    if (ch === '\u0902' || ch === '\u0901') {
      out += 'n';
      continue;
    }
    const c = DEVA_CONSONANT[ch];
    if (c) out += c;
  }
  return finishSkeleton(out);
}

function latinSkeleton(word: string): string {
  let s = latinKey(word).replace(/[^a-z]/g, '');
  if (s === '') return '';
  let prefix = '';
  if (/^[aeiou]/.test(s)) {
    prefix = '*';
    s = s.replace(/^[aeiou]+/, '');
  }
  s = s
    .replace(/ngh/g, 'nh')
    .replace(/chh|ch/g, 'ç')
    .replace(/sh/g, 's')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z/g, 'j')
    .replace(/w/g, 'v')
    .replace(/c/g, 'k')
    .replace(/ç/g, 'c')
    .replace(/([bcdfgjklmprstv])h/g, '$1')
    .replace(/m(?=[bp])/g, 'n');
  return prefix + finishSkeleton(s.replace(/[aeiou]/g, ''));
}

function finishSkeleton(s: string): string {
  // 'y' is mostly a glide between vowels (Bhadauria / भदौरिया); keep only an initial one.
  const first = s[0] === 'y' ? 'y' : '';
  const rest = (first ? s.slice(1) : s).replace(/y/g, '');
  return (first + rest).replace(/(.)\1+/g, '$1');
}

const DEVA_VOWEL_SIGN: Record<string, string> = {
  'ि': 'i',
  'ी': 'i',
  'ु': 'u',
  'ू': 'u',
  'ो': 'o',
  'ौ': 'o',
  'ॉ': 'o',
  इ: 'i',
  ई: 'i',
  उ: 'u',
  ऊ: 'u',
  ओ: 'o',
  औ: 'o',
  ऑ: 'o',
};

/**
 * A finer name key than `nameSkeleton`: the skeleton plus the vowels i, u and o, which Hindi and
 * English spellings of a name agree on (a/ā and e/ai do not: Banerjee / बनर्जी, Vajpayee / वाजपेयी).
 * `केजरीवाल` and `Kejriwal` -> `kjrivl`; `बिजली` (`bijli`) no longer equals the name Bijal (`bijl`).
 */
export function nameVowelKey(word: string): string {
  if (/[\u0900-\u097F]/.test(word)) {
    const s = devanagariKey(word).normalize('NFD');
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const ch = s[i] ?? '';
      const next = s[i + 1];
      if (i === 0 && /[अआएऐ]/.test(ch)) out += '*';
      else if (DEVA_VOWEL_SIGN[ch]) out += i === 0 ? `*${DEVA_VOWEL_SIGN[ch]}` : DEVA_VOWEL_SIGN[ch];
      else if (ch === 'ड' || ch === 'ढ') out += next === '\u093C' ? 'r' : 'd';
      else if (ch === 'ऋ' || ch === '\u0943') out += 'ri';
      else if (ch === '\u0902' || ch === '\u0901') out += 'n';
      else out += DEVA_CONSONANT[ch] ?? '';
    }
    return finishVowelKey(out);
  }
  let s = latinKey(word).replace(/[^a-z]/g, '');
  if (s === '') return '';
  let prefix = '';
  if (/^[aeiou]/.test(s)) {
    prefix = '*';
    if (/^(ee|i|y)/.test(s)) prefix = '*i';
    else if (/^(oo|u)/.test(s)) prefix = '*u';
    else if (/^(o|au)/.test(s)) prefix = '*o';
    s = s.replace(/^[aeiou]+/, '');
  }
  s = s
    .replace(/ngh/g, 'nh')
    .replace(/chh|ch/g, 'ç')
    .replace(/sh/g, 's')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z/g, 'j')
    .replace(/w/g, 'v')
    .replace(/c/g, 'k')
    .replace(/ç/g, 'c')
    .replace(/([bcdfgjklmprstv])h/g, '$1')
    .replace(/m(?=[bp])/g, 'n')
    // "ai"/"ay" before a consonant is the diphthong Devanagari writes ै and the key drops: Jain / जैन,
    // Jaiswal / जायसवाल, Naidu / नायडू.
    .replace(/a[iy](?![aeiou])/g, '')
    .replace(/ee|ea|ie/g, 'i')
    .replace(/oo/g, 'u')
    .replace(/au|aw|ou/g, 'o')
    .replace(/[ae]/g, '');
  return prefix + finishVowelKey(s);
}

function finishVowelKey(s: string): string {
  return s.replace(/(?<=.)y/g, '').replace(/(.)\1+/g, '$1');
}
