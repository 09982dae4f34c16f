/**
 * Hindi (Devanagari) person names. Devanagari has no capitals, so a name is found from its
 * context: an honorific or role word before it ("श्री", "सपा नेता", "पूर्व मंत्री"), a postposition or
 * speech verb after it ("ने", "से", "के", "ने कहा"), and its words' likeness to known given names and
 * surnames (compared through a consonant skeleton with the Latin-script name lexicons).
 */
import { nameVowelKey } from '../lexicons/name-keys.js';
import { getNameLexicon } from '../lexicons/person-names.js';
import {
  HI_HONORIFICS,
  HI_NON_NAME,
  HI_ORG_HEADS,
  HI_POSTPOSITIONS,
  HI_ROLE_HEADS,
  HI_ROLE_MODIFIERS,
  HI_SPEECH_VERBS,
} from '../lexicons/titles.js';
import type { EntityContext } from './entity-context.js';
import type { PersonCandidate } from './english-persons.js';
import type { Token } from './word-tokens.js';

const MAX_NAME_WORDS = 4;

/** Plural and oblique endings (-ों, -ओं, -यों) and verb endings that names do not take. */
const inflected = (t: Token | undefined): boolean =>
  !!t && /(ों|ओं|यों|ाएं|ाएँ|ें|ेंगे|ेगा|ेगी|ाना|ाने|ाते|ाती|नी|ने|ते)$/.test(t.text);

export function findHindiPersons(ctx: EntityContext): PersonCandidate[] {
  const { tokens, collector, body } = ctx;
  const lex = getNameLexicon();
  const out: PersonCandidate[] = [];
  const free = (t: Token) => collector.isFree(t.start, t.end);
  const isNameWord = (t: Token | undefined): t is Token =>
    !!t &&
    t.deva &&
    t.kind === 'word' &&
    free(t) &&
    !HI_POSTPOSITIONS.has(t.key) &&
    !HI_NON_NAME.has(t.key) &&
    !lex.hindiStopwords.has(t.text) &&
    !HI_ROLE_HEADS.has(t.key) &&
    !HI_HONORIFICS.has(t.key) &&
    !HI_ORG_HEADS.has(t.key) &&
    !HI_ROLE_MODIFIERS.has(t.key) &&
    !/^[\u0966-\u096F\d]+$/.test(t.text);
  const skeletonOf = new Map<number, string>();
  const sk = (k: number): string => {
    let s = skeletonOf.get(k);
    if (s === undefined) {
      s = nameVowelKey(tokens[k]?.text ?? '');
      skeletonOf.set(k, s);
    }
    return s;
  };
  const givenLike = (k: number) => {
    const s = sk(k);
    const long = (tokens[k]?.text.length ?? 0) >= 4;
    return (s.length >= 3 || (s.length === 2 && long)) && lex.givenKeys.has(s) && !inflected(tokens[k]);
  };
  const surnameLike = (k: number, loose: boolean) => {
    const s = sk(k);
    return s.length >= (loose ? 2 : 3) && lex.surnameKeys.has(s) && !inflected(tokens[k]);
  };

  // What follows each word in the article: a name's first word is followed by its second word or by a
  // postposition, an everyday noun ("बिजली संकट", "बिजली उत्पादन") by many different words.
  const followers = new Map<string, Set<string>>();
  for (let k = 0; k + 1 < tokens.length; k++) {
    const a = tokens[k];
    const b = tokens[k + 1];
    if (!a?.deva || !b?.deva || b.newlineBefore || b.kind !== 'word') continue;
    if (HI_POSTPOSITIONS.has(b.key) || HI_SPEECH_VERBS.has(b.key)) continue;
    const set = followers.get(a.key) ?? new Set<string>();
    set.add(b.key);
    followers.set(a.key, set);
  }
  const consistent = (k: number) => (followers.get(tokens[k]?.key ?? '')?.size ?? 0) <= 1;

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!isNameWord(t)) {
      i++;
      continue;
    }
    // Context before the name.
    let honorific: 'm' | 'f' | null | undefined;
    let hasHonorific = false;
    let role: PersonCandidate['role'] = null;
    let p = i - 1;
    if (tokens[p]?.text === '.' && p > 0) p--; // "डॉ. X"
    const prev = tokens[p];
    if (prev && !t.newlineBefore && HI_HONORIFICS.has(prev.key)) {
      hasHonorific = true;
      honorific = HI_HONORIFICS.get(prev.key);
      p--;
    }
    const roleTok = tokens[p];
    if (roleTok?.deva && HI_ROLE_HEADS.has(roleTok.key)) {
      let a = p;
      while (a > 0 && tokens[a - 1]?.deva && HI_ROLE_MODIFIERS.has(tokens[a - 1]?.key ?? '')) a--;
      const first = tokens[a];
      if (first)
        role = { text: body.slice(first.start, roleTok.end), start: a, end: p + 1, head: roleTok.key };
    }
    // Extend the name over name words.
    let e = i;
    while (
      e < tokens.length &&
      e - i < MAX_NAME_WORDS &&
      isNameWord(tokens[e]) &&
      (e === i || !tokens[e]?.newlineBefore)
    ) {
      // Two names side by side ("अन्ना हजारे अरविंद केजरीवाल"), or an everyday word after a name.
      if (e >= i + 2 && givenLike(e) && surnameLike(e - 1, true)) break;
      if (e > i && !consistent(e) && givenLike(e) && !surnameLike(e, true)) break;
      e++;
    }
    const n = e - i;
    const after = tokens[e];
    const subjectBoundary =
      !!after &&
      (after.text === 'ने' ||
        after.text === ',' ||
        after.text === 'और' ||
        after.text === '(' ||
        HI_SPEECH_VERBS.has(after.key));
    const boundary =
      !after ||
      !free(after) ||
      after.newlineBefore ||
      after.kind === 'punct' ||
      !after.deva ||
      HI_POSTPOSITIONS.has(after.key) ||
      HI_SPEECH_VERBS.has(after.key) ||
      HI_ROLE_HEADS.has(after.key);
    const firstGiven = givenLike(i);
    let evidence = 0;
    if (firstGiven) evidence += 1;
    if (n >= 2 && surnameLike(e - 1, firstGiven)) evidence += 1;
    for (let k = i + 1; k < e - 1; k++) if (givenLike(k) || surnameLike(k, false)) evidence += 0.5;
    let accept = false;
    let score = 0;
    if (hasHonorific) {
      accept = true;
      score = 4;
    } else if (role && boundary && (n >= 2 || evidence >= 1)) {
      accept = true;
      score = 3;
    } else if (
      boundary &&
      n >= 2 &&
      consistent(i) &&
      (evidence >= 1.5 || (evidence >= 1 && subjectBoundary))
    ) {
      accept = true;
      score = 2 + evidence;
    } else if (n >= 2 && evidence >= 2 && consistent(i)) {
      accept = true;
      score = 2 + evidence;
    }
    if (!accept) {
      i++;
      continue;
    }
    // Without a boundary the name may have run into the following words: keep the part with evidence.
    let end = e;
    if (!boundary && !hasHonorific) {
      while (end > i + 1 && !(givenLike(end - 1) || surnameLike(end - 1, true))) end--;
    }
    const words = tokens.slice(i, end);
    out.push({
      start: i,
      end,
      parts: words.map((w) => w.text),
      title: hasHonorific ? (prev?.text ?? null) : null,
      titleStart: hasHonorific ? p + 1 : null,
      role,
      gender: honorific ?? null,
      score,
      strong: hasHonorific || role !== null,
    });
    i = end;
  }
  return splitJoinedNames(out, tokens);
}

/** "अन्ना हजारे अरविंद केजरीवाल": a run that starts with a name found on its own elsewhere is two names. */
function splitJoinedNames(cands: PersonCandidate[], tokens: Token[]): PersonCandidate[] {
  const keyOf = (c: PersonCandidate, from = c.start, to = c.end) =>
    tokens
      .slice(from, to)
      .map((t) => t.key)
      .join(' ');
  const known = new Set(cands.filter((c) => c.end - c.start >= 2).map((c) => keyOf(c)));
  const out: PersonCandidate[] = [];
  for (const c of cands) {
    let split = -1;
    for (let k = c.start + 2; k <= c.end - 2 && split < 0; k++) {
      if (known.has(keyOf(c, c.start, k))) split = k;
    }
    if (split < 0) {
      out.push(c);
      continue;
    }
    const parts = (from: number, to: number) => tokens.slice(from, to).map((t) => t.text);
    out.push({ ...c, end: split, parts: parts(c.start, split) });
    out.push({
      ...c,
      start: split,
      parts: parts(split, c.end),
      title: null,
      titleStart: null,
      role: null,
      strong: false,
    });
  }
  return out;
}
