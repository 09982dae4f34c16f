/**
 * Hindi (Devanagari) person names. Devanagari has no capitals, so a name is found from its
 * context: an honorific or role word before it ("श्री", "सपा नेता", "पूर्व मंत्री"), a postposition or
 * speech verb after it ("ने", "से", "के", "ने कहा"), and its words' likeness to known given names and
 * surnames (compared through a consonant skeleton with the Latin-script name lexicons).
 */
import { nameSkeleton } from '../lexicons/name-keys.js';
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
      s = nameSkeleton(tokens[k]?.text ?? '');
      skeletonOf.set(k, s);
    }
    return s;
  };
  const givenLike = (k: number) => {
    const s = sk(k);
    return s.length >= 3 && lex.givenSkeletons.has(s);
  };
  const surnameLike = (k: number, loose: boolean) => {
    const s = sk(k);
    return s.length >= (loose ? 2 : 3) && lex.surnameSkeletons.has(s);
  };

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
      e++;
    }
    const n = e - i;
    const after = tokens[e];
    const boundary =
      !after ||
      after.newlineBefore ||
      after.kind === 'punct' ||
      !after.deva ||
      HI_POSTPOSITIONS.has(after.key) ||
      HI_SPEECH_VERBS.has(after.key) ||
      HI_ROLE_HEADS.has(after.key);
    let evidence = 0;
    if (givenLike(i)) evidence += 1;
    if (n >= 2 && surnameLike(e - 1, true)) evidence += 1;
    for (let k = i + 1; k < e - 1; k++) if (givenLike(k) || surnameLike(k, false)) evidence += 0.5;
    let accept = false;
    let score = 0;
    if (hasHonorific) {
      accept = true;
      score = 4;
    } else if (role && boundary && (n >= 2 || evidence >= 1)) {
      accept = true;
      score = 3;
    } else if (boundary && n >= 2 && evidence >= 1) {
      accept = true;
      score = 2 + evidence;
    } else if (n >= 2 && evidence >= 2) {
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
  return out;
}
