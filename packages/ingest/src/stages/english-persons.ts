/**
 * English (Latin-script) person names: capitalised token runs with name-shape rules, titles and
 * roles peeled off ("Foreign Secretary Jack Straw" -> Jack Straw + title), role context before a
 * name ("senior party leader X"), given-name and surname lexicons, and speech verbs after a name.
 */
import { getPhraseIndex } from '../lexicons/gazetteer.js';
import { getNameLexicon } from '../lexicons/person-names.js';
import { findQuotes } from './find-quotes.js';
import {
  DEMONYMS,
  HONORIFICS,
  MONTHS,
  NAME_PARTICLES,
  ORG_HEADS,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  SPEECH_VERBS,
  VENUE_HEADS,
  WEEKDAYS,
  wordSet,
} from '../lexicons/titles.js';
import type { EntityContext } from './entity-context.js';
import { peerTitleBefore } from './organization-names.js';
import type { Token } from './word-tokens.js';

export interface PersonCandidate {
  /** Token range of the name proper. */
  start: number;
  end: number;
  /** Name tokens' texts (possessive and dots removed). */
  parts: string[];
  /** Title/honorific words written before the name in the same run ("Mr", "Foreign Secretary"). */
  title: string | null;
  /** Title span start (token index) when a title precedes the name. */
  titleStart: number | null;
  /** Lower-case role phrase right before the name ("senior party leader"), with its token range. */
  role: { text: string; start: number; end: number; head: string } | null;
  gender: 'm' | 'f' | null;
  score: number;
  /** Evidence strong enough to stand alone as a one-word name (title, honorific, role). */
  strong: boolean;
}

const isCapWord = (t: Token | undefined): boolean =>
  !!t && t.kind === 'word' && !t.deva && /^\p{Lu}/u.test(t.text) && !/^\p{Lu}{2,}\p{Ll}/u.test(t.text);
/** "al-Assad", "bin-Laden": a lower-case Arabic particle joined by a hyphen to a capitalised name. */
const HYPHEN_PARTICLE = /^(?:al|el|ul|ud|ur|ad|as|an|at|bin|ibn|abu|abd)-\p{Lu}/u;
/** Personal honorifics after which a common word is a surname ("Mr Straw", "Lord Falconer", "Ms Rice"). */
const PERSONAL_HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mister',
  'sir',
  'lord',
  'lady',
  'dame',
  'baroness',
  'baron',
  'dr',
]);
const isInitial = (tokens: Token[], i: number): boolean => {
  const t = tokens[i];
  const dot = tokens[i + 1];
  return !!t && /^(?:\p{Lu}\.)*\p{Lu}$/u.test(t.text) && dot?.text === '.' && dot.start === t.end;
};

/** Finds English person-name candidates in token runs not yet claimed by another entity. */
export function findEnglishPersons(ctx: EntityContext): PersonCandidate[] {
  const { tokens, collector } = ctx;
  const lex = getNameLexicon();
  const out: PersonCandidate[] = [];
  const free = (t: Token) => collector.isFree(t.start, t.end);
  ctx.confirmedSurnames = confirmedSurnames(tokens);
  for (const key of speakingSurnames(ctx, lex)) ctx.confirmedSurnames.add(key);

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || !isCapWord(t) || !free(t) || isHandle(tokens, i)) {
      i++;
      continue;
    }
    // Collect a run of capitalised words, initials ("J."), inner particles ("bin").
    const runTokens: number[] = [];
    let j = i;
    while (j < tokens.length) {
      const cur = tokens[j];
      if (!cur || (j > i && cur.newlineBefore) || !free(cur)) break;
      if (runTokens.length > 0 && cur.kind === 'word' && HYPHEN_PARTICLE.test(cur.text)) {
        runTokens.push(j);
        j++;
        continue;
      }
      if (isCapWord(cur) && !isHandle(tokens, j)) {
        // "Theresa May"; "Jan Berry", "Jan Egeland" (but "Jan 5").
        if (
          (MONTHS.has(cur.key) || WEEKDAYS.has(cur.key)) &&
          !(cur.key === 'may' && runTokens.length > 0) &&
          !(cur.key === 'jan' && isCapWord(tokens[j + 1]) && !tokens[j + 1]?.newlineBefore)
        )
          break;
        runTokens.push(j);
        // Honorific or initial followed by a dot: skip the dot ("Mr. Blair", "M. Karunanidhi").
        if (tokens[j + 1]?.text === '.' && (isInitial(tokens, j) || HONORIFICS.has(cur.key))) {
          const after = tokens[j + 2];
          if (isCapWord(after) && !after?.newlineBefore) {
            j += 2;
            continue;
          }
        }
        j++;
        continue;
      }
      // "bin", "da", "von der": particles inside a name, before a capitalised word.
      const particleEnd = (k: number): boolean =>
        tokens[k]?.kind === 'word' &&
        NAME_PARTICLES.has(tokens[k]?.text ?? '') &&
        (isCapWord(tokens[k + 1]) || (k - j < 2 && particleEnd(k + 1)));
      if (runTokens.length > 0 && particleEnd(j)) {
        runTokens.push(j);
        j++;
        continue;
      }
      break;
    }
    if (runTokens.length === 0) {
      i = j + 1;
      continue;
    }
    const cand = analyseRun(ctx, runTokens, lex);
    if (cand) out.push(...cand);
    i = j;
  }
  boostCoordinated(ctx, out);
  const companies = companyNames(tokens);
  const { whole, titles } = quotations(ctx.body);
  const placeLike = locativeOnly(ctx, out, lex);
  return out.filter((c) => {
    if (placeLike.has(c)) return false;
    if (namesAPlace(tokens, c.end)) return false;
    // "Lord Lester of Herne Hill": the place a peer is "of" is no person.
    if (peerTitleBefore(tokens, c.titleStart ?? c.start)) return false;
    if (brandName(ctx, c, lex)) return false;
    if (deityName(tokens, c, lex)) return false;
    // "dubbing him "Sir Wastealot"", "the strains of "Jana Gana Mana"", "the ferry 'Neel Kamal'": a name
    // that is all a quotation holds is a nickname, title or slogan.
    const from = tokens[c.titleStart ?? c.start]?.start ?? -1;
    const to = tokens[c.end - 1]?.end ?? -1;
    if (whole.has(`${from}:${to}`)) return false;
    // "the 'BJP Sankalp Maha Rally'", "'Jan Shakti se Rashtra Nirman'": a name inside a short quotation
    // of capitalised words is part of a title or slogan.
    if (titles.some((q) => q.start <= from && q.end >= to)) return false;
    return (
      c.strong ||
      !companies.has(
        tokens
          .slice(c.start, c.end)
          .map((t) => t.key)
          .join(' '),
      )
    );
  });
}

/**
 * Heads of what is named after a person or a brand: "RG Kar hospital", "Guru Ravidas temple", "Ramon
 * Magsaysay Award", "the official Facebook page".
 */
const NAMED_AFTER_HEADS = wordSet(
  'hospital|temple|memorial|mausoleum|samadhi|award|awards|prize|trophy|garden|gardens|drive|street|' +
    'road|marg|avenue|lane|stadium|airport|college|university|school|institute|museum|library|' +
    'auditorium|bhawan|bhavan|chowk|ghat|mandir|masjid|mosque|dargah|gurdwara|church|cathedral|' +
    'foundation|trust|yojana|page|account|handle|website|portal|platform|app',
);
/** Words between the name and that head ("RG Kar Medical College", "AV Fomin Botanical Garden"). */
const NAMED_AFTER_MODIFIERS = wordSet(
  'medical|botanical|national|international|memorial|government|govt|public|cancer|trauma|zoological|' +
    'law|engineering|institute',
);

/**
 * Whether the words from token `k` make the name before them the name of a place or an institution
 * ("the RG Kar hospital", "prayed at Guru Ravidas temple", "won the Ramon Magsaysay Award"): the person
 * is not mentioned there.
 */
function namesAPlace(tokens: Token[], k: number): boolean {
  const first = tokens[k];
  if (!first || first.kind !== 'word' || first.newlineBefore) return false;
  // "the Rahul Gandhi road show".
  if (NAMED_AFTER_HEADS.has(first.key)) return !(first.key === 'road' && tokens[k + 1]?.key === 'show');
  const second = tokens[k + 1];
  return (
    NAMED_AFTER_MODIFIERS.has(first.key) &&
    !!second &&
    second.kind === 'word' &&
    !second.newlineBefore &&
    NAMED_AFTER_HEADS.has(second.key)
  );
}

/**
 * "Tesla", "Hyundai Xcent", "Goldman Sachs": a name without title or role whose first word is a company
 * or brand (and no given name, surname or place), unless a later word is a surname the article confirms
 * ("Mr Sachs"), or a known given name or surname.
 */
function brandName(ctx: EntityContext, c: PersonCandidate, lex: Lex): boolean {
  if (c.strong || c.title || c.role) return false;
  const words = ctx.tokens.slice(c.start, c.end).filter((t) => t.kind === 'word');
  const first = words[0]?.key ?? '';
  const last = words[words.length - 1]?.key ?? '';
  if (!lex.companies.has(first) || ctx.confirmedSurnames?.has(last)) return false;
  // "Fannie Lou Hamer": a known given name after the first word makes it a person's name.
  return !words.slice(1).some((w) => lex.given.has(w.key) || lex.surnames.has(w.key));
}

/** Devotional titles before a deity's name ("Lord Ram", "Bhagwan Shiv", "Goddess Durga", "Maa Kali"). */
const DEITY_TITLES = new Set(['lord', 'bhagwan', 'bhagavan', 'goddess', 'god', 'maa', 'mata', 'shri', 'sri']);

/** "Lord Hanuman", "Maa Kali": a deity the lexicon knows, after a devotional title, is no person. */
function deityName(tokens: Token[], c: PersonCandidate, lex: Lex): boolean {
  let from = c.start;
  if (DEITY_TITLES.has(tokens[from]?.key ?? '') && c.end - from > 1) from++;
  else if (!DEITY_TITLES.has(tokens[c.start - 1]?.key ?? '')) return false;
  const name = tokens
    .slice(from, c.end)
    .filter((t) => t.kind === 'word')
    .map((t) => t.key)
    .join(' ');
  return lex.deities.has(name);
}

/** Prepositions that take a place far more often than a person ("in Khan Younis", "via KR Puram"). */
const LOCATIVE_PREPOSITIONS = new Set(['in', 'near', 'via', 'outside']);
const ADDRESS_PREPOSITIONS = new Set(['in', 'near', 'via', 'outside', 'at', 'from', 'of', 'on']);
const COMPASS_WORDS = new Set([
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'north',
  'south',
  'east',
  'west',
]);
/** Lower-case nouns that make the name before them a locality ("Jallupur Khera village", "Dona Paula circle"). */
const LOCALITY_NOUNS = wordSet(
  'village|villages|suburb|town|area|locality|mohalla|colony|tehsil|block|circle|district',
);

/**
 * Names an article writes only after a locative preposition ("killed in Deir al-Balah", "a depot via KR
 * Puram", "near Dum Dum") and never as anybody's (no "'s", no title or role, no known given name first):
 * villages and districts no gazetteer lists. A word of such a name written elsewhere outside that slot
 * ("trust in Tony Blair" in an article with "Mr Blair said") keeps it a person.
 */
function locativeOnly(ctx: EntityContext, out: PersonCandidate[], lex: Lex): Set<PersonCandidate> {
  const { tokens } = ctx;
  const placeAt = (k: number) => {
    // "…, southern Gaza Strip", "…, in the southern Gaza Strip".
    let at = k;
    if (tokens[at]?.key === 'in') at++;
    if (tokens[at]?.key === 'the') at++;
    if (COMPASS_WORDS.has(tokens[at]?.key ?? '')) at++;
    const start = tokens[at]?.start;
    return ctx.collector.mentions.some((m) => m.type === 'PLACE' && m.start === start);
  };
  const locative = (c: PersonCandidate) => {
    const prev = tokens[(c.titleStart ?? c.role?.start ?? c.start) - 1];
    const next = tokens[c.end];
    const possessive = !!next && next.start === tokens[c.end - 1]?.end && /^['’]s?$/.test(next.text);
    if (!prev || prev.kind !== 'word' || c.strong || c.title || c.role || possessive) return false;
    // "from Kangchup Ponlen, Kangpokpi district", "in Khan Younis, southern Gaza Strip", "from Dona Paula
    // circle": an address, whatever names its words are.
    const address =
      ADDRESS_PREPOSITIONS.has(prev.key) &&
      ((next?.text === ',' && placeAt(c.end + 1)) ||
        (next?.kind === 'word' && /^\p{Ll}/u.test(next.text) && LOCALITY_NOUNS.has(next.key)));
    return address || (LOCATIVE_PREPOSITIONS.has(prev.key) && !lex.given.has(tokens[c.start]?.key ?? ''));
  };
  const keys = (c: PersonCandidate) =>
    tokens
      .slice(c.start, c.end)
      .filter((t) => t.kind === 'word')
      .map((t) => t.key);
  const elsewhere = new Set<string>();
  for (const c of out) if (!locative(c)) for (const k of keys(c)) elsewhere.add(k);
  return new Set(out.filter((c) => locative(c) && !keys(c).some((k) => elsewhere.has(k))));
}

/**
 * `start:end` of the text of every quotation (without a closing full stop or comma), and the spans of
 * short quotations of capitalised words only, with Hindi connectors written in Latin script (titles
 * and slogans: "Sangathan Parv - Sadasyata Abhiyaan", "Parali ke Badle Govansh Khaad").
 */
function quotations(body: string): { whole: Set<string>; titles: Array<{ start: number; end: number }> } {
  const whole = new Set<string>();
  const titles: Array<{ start: number; end: number }> = [];
  for (const q of findQuotes(body)) {
    let end = q.text.end;
    while (end > q.text.start && /[.,;:!?\s]/.test(body[end - 1] ?? '')) end--;
    whole.add(`${q.text.start}:${end}`);
    const words = body
      .slice(q.text.start, end)
      .split(/\s+/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w));
    // A list of names in quotation marks ("Blair, Brown and Prescott") is no title.
    const list = /,|\band\b|&/.test(body.slice(q.text.start, end));
    if (
      !list &&
      words.length >= 3 &&
      words.length <= 7 &&
      words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_CONNECTORS.has(w))
    )
      titles.push({ start: q.text.start, end });
  }
  return { whole, titles };
}

/** Lower-case words a capitalised title or slogan may hold ("Jan Shakti se Rashtra Nirman"). */
const TITLE_CONNECTORS = new Set(['ke', 'ki', 'ka', 'se', 'of', 'for', 'in', 'to', 'on']);

/** Lower-case nouns for a business that name it next ("the law firm X", "consultants X"). */
const COMPANY_NOUNS = wordSet(
  'firm|company|consultants|consultancy|retailer|chain|brand|solicitors|accountants|auditors|insurer|carmaker|manufacturer|giant|lender|outfit|conglomerate|bank|broker|brokers|airline|supermarket',
);

/**
 * Capitalised names an article gives to a business ("the law firm Tods Murray", "consultants Booz Allen
 * Hamilton", "a partner at X"): elsewhere in the article the same words are no person either.
 */
function companyNames(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) continue;
    const partner = /^partners?$/.test(t.key) && /^(at|of|for|in)$/.test(tokens[i + 1]?.key ?? '');
    if (!COMPANY_NOUNS.has(t.key) && !partner) continue;
    let k = partner ? i + 2 : i + 1;
    const keys: string[] = [];
    while (isCapWord(tokens[k]) && !tokens[k]?.newlineBefore && keys.length < 4) {
      keys.push(tokens[k]?.key ?? '');
      k++;
    }
    // The whole name and every part of two words or more ("Allen Hamilton" of "Hale Allen Hamilton").
    if (keys.length >= 1) out.add(keys.join(' '));
    for (let a = 0; a < keys.length; a++)
      for (let b = a + 2; b <= keys.length; b++) out.add(keys.slice(a, b).join(' '));
  }
  return out;
}

/** Score an English name needs to stand without a title (see find-entities). */
const LIST_EVIDENCE = 2.5;

/**
 * "Mallikarjun Kharge, Sharad Pawar and D Raja attended": a two-word name at the start of a sentence
 * lacks the mid-sentence evidence, but a name coordinated with it ("X, Y", "X and Y") vouches for it.
 */
function boostCoordinated(ctx: EntityContext, out: PersonCandidate[]): void {
  const { tokens } = ctx;
  const linked = (a: PersonCandidate, b: PersonCandidate) => {
    const gap = tokens.slice(a.end, b.titleStart ?? b.start);
    return gap.length === 1 && (gap[0]?.text === ',' || gap[0]?.key === 'and');
  };
  for (let n = 0; n < out.length; n++) {
    const c = out[n];
    if (!c || c.strong || c.score >= LIST_EVIDENCE || c.score < 1.5 || c.parts.length < 2) continue;
    const prev = out[n - 1];
    const next = out[n + 1];
    const vouched =
      (next && (next.strong || next.score >= LIST_EVIDENCE) && linked(c, next)) ||
      (prev && (prev.strong || prev.score >= LIST_EVIDENCE) && linked(prev, c));
    if (vouched) c.score = LIST_EVIDENCE;
  }
}

/**
 * Words the article itself shows to be surnames: the capitalised word after a personal honorific
 * ("Mr Straw", "Ms Rice", "Lord Falconer"). Elsewhere in the article the same word after a given name
 * ("Jack Straw", "Condoleezza Rice") is then part of a name, although it is also a common word.
 */
function confirmedSurnames(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'word' || !PERSONAL_HONORIFICS.has(t.key) || !/^\p{Lu}/u.test(t.text)) continue;
    let k = i + 1;
    if (tokens[k]?.text === '.' && tokens[k]?.start === t.end) k++;
    const next = tokens[k];
    if (!next || next.newlineBefore || !isCapWord(next)) continue;
    // "Mr President" is an office; "Mr Major" a surname that is also one.
    if (ROLE_HEADS.has(next.key) && !(OFFICE_SURNAMES.has(next.key) && !isCapWord(tokens[k + 1]))) continue;
    // "Mr Tony Blair": the surname is the last word of the run.
    let last = next;
    while (isCapWord(tokens[k + 1]) && !tokens[k + 1]?.newlineBefore) {
      k++;
      last = tokens[k] as Token;
    }
    out.add(last.key);
  }
  return out;
}

/**
 * Common words the article capitalises mid-sentence as the lone subject of a verb of saying
 * (`"…," Musk told the audience`, `, Rose said`): surnames, as after an honorific. A word after a
 * determiner or inside a longer capitalised run (`the Treasury said`, `Downing Street said`) is not.
 */
function speakingSurnames(ctx: EntityContext, lex: Lex): Set<string> {
  const { tokens, collector } = ctx;
  const out = new Set<string>();
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (!t || !prev || !next || !isCapWord(t) || ctx.sentenceStart[i] || ctx.heading[i]) continue;
    if (!lex.englishWords.has(t.key) || lex.given.has(t.key) || ROLE_HEADS.has(t.key)) continue;
    if (!/^(?:said|says|told|tells|added|asked|wrote)$/.test(next.key) || next.start !== t.end + 1) continue;
    if (!collector.isFree(t.start, t.end) || isCapWord(prev) || DETERMINERS.has(prev.key)) continue;
    if (!/^(?:,|["”’'])$/.test(prev.text) && !/^\p{Ll}/u.test(prev.text)) continue;
    out.add(t.key);
  }
  return out;
}

function isHandle(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const t = tokens[i];
  return !!prev && !!t && (prev.text === '@' || prev.text === '#') && prev.end === t.start;
}

type Lex = ReturnType<typeof getNameLexicon>;

function analyseRun(ctx: EntityContext, run: number[], lex: Lex): PersonCandidate[] | null {
  const { tokens } = ctx;
  const tok = (k: number) => tokens[run[k] ?? -1];
  // Title peeling: the last title word (honorific or role head) that still leaves a name after it.
  let titleEnd = -1; // index into run
  let gender: 'm' | 'f' | null = null;
  let hasHonorific = false;
  for (let k = 0; k < run.length - 1; k++) {
    const t = tok(k);
    if (!t) continue;
    // "Criminal Justice Bill", "Social Justice": "Justice" is an honorific only first in its run or after
    // another title ("Lord Justice Rix", "Mr Justice Forbes", "Chief Justice X").
    const notHonorific =
      t.key === 'justice' &&
      k > 0 &&
      !HONORIFICS.has(tok(k - 1)?.key ?? '') &&
      !isRoleWord(tok(k - 1)?.key ?? '');
    if (notHonorific) {
      titleEnd = -1;
      continue;
    }
    if (HONORIFICS.has(t.key)) {
      titleEnd = k;
      hasHonorific = true;
      gender = HONORIFICS.get(t.key) ?? gender;
    } else if (
      (ROLE_HEADS.has(t.key) || /-(?:designate|elect)$/.test(t.key)) &&
      !(lex.given.has(t.key) && k === titleEnd + 1 && isNameLike(tok(k + 1), lex))
    ) {
      titleEnd = k;
    }
  }
  // "Secretary of State Strobe Talbott", "Minister of External Affairs X": after an office and "of", the
  // ordinary words that open the run name the portfolio.
  const ofOffice =
    titleEnd < 0 &&
    tokens[(run[0] ?? 0) - 1]?.key === 'of' &&
    ROLE_HEADS.has(tokens[(run[0] ?? 0) - 2]?.key ?? '') &&
    /^\p{Lu}/u.test(tokens[(run[0] ?? 0) - 2]?.text ?? '');
  if (ofOffice) {
    let k = 0;
    while (
      k < run.length - 2 &&
      tok(k)?.key !== 'the' &&
      lex.englishWords.has(tok(k)?.key ?? '') &&
      !lex.given.has(tok(k)?.key ?? '')
    )
      k++;
    if (k > 0) titleEnd = k - 1;
  }
  let startK = titleEnd + 1;
  let title: string | null = null;
  let titleStart: number | null = null;
  if (titleEnd >= 0) {
    // The title phrase: from the first run word that is a title-ish word up to titleEnd.
    let k0 = titleEnd;
    while (k0 > 0) {
      const p = tok(k0 - 1);
      if (!p) break;
      if (
        HONORIFICS.has(p.key) ||
        ROLE_HEADS.has(p.key) ||
        ROLE_MODIFIERS.has(p.key) ||
        DEMONYMS.has(p.key) ||
        (!lex.given.has(p.key) && !lex.englishWords.has(p.key))
      )
        k0--;
      else break;
    }
    const first = tok(k0);
    const last = tok(titleEnd);
    if (first && last) {
      title = ctx.body.slice(first.start, last.end);
      titleStart = run[k0] ?? null;
    }
  }
  // Role context before the run in lower case ("senior party leader X", "spokesman X").
  const role = titleEnd < 0 ? roleBefore(ctx, run[0] ?? 0) : null;

  // "former Labour minister Frank Field": after an office held only by people, ordinary words are a name.
  const personRole = role !== null && PERSON_ROLE_HEADS.has(role.head);
  // Without a title: drop a sentence-initial common word and leading demonyms ("Canadian").
  while (startK < run.length - 1) {
    const t = tok(startK);
    if (!t) break;
    // A bare capital letter is an initial ("K C Tyagi"), not the word "c".
    // ("A Mori poll", "I think" at the start of a sentence are the words a and I.)
    const article =
      /^[AI]$/.test(t.text) && ctx.sentenceStart[run[startK] ?? -1] && run[startK + 1] !== undefined;
    const common = (t.text.length > 1 || article) && lex.englishWords.has(t.key) && !lex.given.has(t.key);
    // "His colleague, Dimple Yadav, added": a two-word name in a speaker's slot keeps its first word.
    const spoken =
      run.length === 2 &&
      startK === 0 &&
      !ctx.sentenceStart[run[0] ?? -1] &&
      // "said Operation Sindoor had": an ordinary word that is no given name starts a name only before
      // a word the name lexicons know ("said Young Liu", "Dimple Yadav, added").
      !(
        lex.englishWords.has(t.key) &&
        !lex.given.has(t.key) &&
        !lex.surnames.has(tok(1)?.key ?? '') &&
        !lex.given.has(tok(1)?.key ?? '')
      ) &&
      !ROLE_MODIFIERS.has(t.key) &&
      !ROLE_HEADS.has(t.key) &&
      !lex.englishWords.has(tok(1)?.key ?? '') &&
      speakerSlot(ctx, run);
    // "Christian Stocker", "Christian Lindner": a demonym that is also a given name, right before the
    // last word of the run, which is no English word, is the name's first word.
    const givenDemonym =
      isDemonym(t.key) &&
      lex.given.has(t.key) &&
      startK === run.length - 2 &&
      !!tok(startK + 1) &&
      !lex.englishWords.has(tok(startK + 1)?.key ?? '') &&
      !DEMONYMS.has(tok(startK + 1)?.key ?? '') &&
      !ROLE_HEADS.has(tok(startK + 1)?.key ?? '');
    // "UP minister Danish Ali Qureshi": right after an office, a demonym opening a longer name is its
    // first word (a nationality comes before the office: "Danish minister X").
    const afterOffice = role !== null && startK === 0 && run.length >= 3;
    if (
      (isDemonym(t.key) && !givenDemonym && !afterOffice) ||
      (ctx.sentenceStart[run[startK] ?? -1] && common) ||
      (titleEnd < 0 && !personRole && !spoken && common && !lex.surnames.has(t.key))
    )
      startK++;
    else break;
  }
  const nameIdx = run.slice(startK);
  // "Guy Mansfield QC", "Peter Ainsworth MP": letters after a name are its title, not part of it.
  while (nameIdx.length > 2 && POSTNOMINALS.has(tokens[nameIdx[nameIdx.length - 1] ?? -1]?.text ?? '')) {
    const post = tokens[nameIdx.pop() ?? -1];
    if (post && title === null) title = post.text;
  }
  if (nameIdx.length === 0) return null;
  // "St Andrews", "St Pancras": a saint's name is a place.
  if (/^st$/.test(tok(startK)?.key ?? '') && titleEnd < 0) return null;

  // Within a heading or a run broken by common words, split at plain common words.
  // "Mr Straw", "Lord Falconer": the word right after a personal honorific is a name.
  const honorificBefore = titleEnd >= 0 && PERSONAL_HONORIFICS.has(tok(titleEnd)?.key ?? '');
  const pieces = splitAtCommonWords(
    ctx,
    nameIdx,
    lex,
    titleEnd >= 0 || role !== null,
    honorificBefore ||
      // "Chinese Premier Wen Jiabao": after a title, a common word before an uncommon one is a name.
      (titleEnd >= 0 &&
        nameIdx.length >= 2 &&
        !lex.englishWords.has(tokens[nameIdx[1] ?? -1]?.key ?? '') &&
        !isRoleWord(tokens[nameIdx[0] ?? -1]?.key ?? '')) ||
      (personRole && startK === 0) ||
      (titleEnd < 0 &&
        startK === 0 &&
        run.length === 2 &&
        speakerSlot(ctx, run) &&
        !ctx.sentenceStart[run[0] ?? -1])
      ? nameIdx[0]
      : undefined,
  );
  const out: PersonCandidate[] = [];
  for (const piece of pieces) {
    // "Swatantra Dev Singh, Jal Shakti Minister": words that end the run before an office name the
    // portfolio, not a person.
    const after = run.indexOf(piece[piece.length - 1] ?? -1) + 1;
    const rest = run.slice(after).filter((k) => !POSTNOMINALS.has(tokens[k]?.text ?? ''));
    if (rest.length > 0 && rest.every((k) => isRoleWord(tokens[k]?.key ?? '')) && titleEnd < 0) continue;
    const c = scoreName(ctx, piece, lex, {
      title,
      titleStart: piece === pieces[0] ? titleStart : null,
      hasTitle: titleEnd >= 0 && piece === pieces[0],
      hasHonorific: hasHonorific && piece === pieces[0],
      gender: piece === pieces[0] ? gender : null,
      role: piece === pieces[0] ? role : null,
    });
    if (c) out.push(c);
  }
  return out;
}

function isNameLike(t: Token | undefined, lex: Lex): boolean {
  return (
    !!t && isCapWord(t) && (!lex.englishWords.has(t.key) || lex.given.has(t.key) || lex.surnames.has(t.key))
  );
}

function splitAtCommonWords(
  ctx: EntityContext,
  idx: number[],
  lex: Lex,
  titled: boolean,
  protectedIndex?: number,
): number[][] {
  const pieces: number[][] = [];
  let cur: number[] = [];
  for (const k of idx) {
    const t = ctx.tokens[k];
    if (!t) continue;
    const plainCommon =
      t.text.length > 1 &&
      lex.englishWords.has(t.key) &&
      !lex.given.has(t.key) &&
      !lex.surnames.has(t.key) &&
      !NAME_PARTICLES.has(t.text) &&
      k !== protectedIndex &&
      !(ctx.confirmedSurnames.has(t.key) && cur.length > 0) &&
      // "Osama Bin Laden": the word after a particle is a name.
      !(cur.length > 0 && NAME_PARTICLES.has(ctx.tokens[cur[cur.length - 1] ?? -1]?.key ?? ''));
    // "George Bush", "Jack Straw": a common word right after a given name, mid-sentence, is a surname.
    const prev = ctx.tokens[cur[cur.length - 1] ?? -1];
    const surnameAfterGiven =
      !!prev &&
      lex.given.has(prev.key) &&
      (!lex.englishWords.has(prev.key) ||
        (idx.length === 2 && speakerSlot(ctx, idx)) ||
        bareGivenPair(ctx, idx, lex)) &&
      !ctx.heading[k] &&
      !ctx.sentenceStart[k];
    // "George W Bush", "Harry S. Truman": a common word after a given name and a middle initial.
    const before = ctx.tokens[cur[cur.length - 2] ?? -1];
    const afterInitial =
      !!prev &&
      !!before &&
      /^\p{Lu}$/u.test(prev.text) &&
      lex.given.has(before.key) &&
      !ctx.heading[k] &&
      !ctx.sentenceStart[k];
    const breaker =
      plainCommon && !surnameAfterGiven && !afterInitial && (ctx.heading[k] || !titled || cur.length === 0);
    // "Oona King", "Martin Luther King": an office word that ends the run right after a given name is a
    // surname.
    // So is one that stands alone after a personal honorific ("Mr Major", "Ms Bishop").
    const surnameOffice =
      OFFICE_SURNAMES.has(t.key) &&
      k === idx[idx.length - 1] &&
      ((!!prev &&
        (lex.given.has(prev.key) || (!lex.englishWords.has(prev.key) && !ROLE_HEADS.has(prev.key))) &&
        !ctx.sentenceStart[k]) ||
        (cur.length === 0 && k === protectedIndex)) &&
      !ctx.heading[k];
    if (breaker || (ROLE_HEADS.has(t.key) && !surnameOffice)) {
      if (cur.length) pieces.push(cur);
      cur = [];
      continue;
    }
    cur.push(k);
  }
  if (cur.length) pieces.push(cur);
  return pieces;
}

/**
 * "welcomed by Jack Straw", "critics including Robin Cook": two capitalised words mid-sentence, a given
 * name that is also a word ("jack", "robin", "mark") and a word after it, with no determiner before
 * them ("the Rose Garden") and no head word of a place or body ("Hazel Grove", "Faith Schools"), are a
 * name.
 */
function bareGivenPair(ctx: EntityContext, idx: number[], lex: Lex): boolean {
  const { tokens } = ctx;
  if (idx.length !== 2) return false;
  const [first, second] = idx.map((k) => tokens[k]);
  if (!first || !second || ctx.sentenceStart[idx[0] ?? -1] || ctx.heading[idx[0] ?? -1]) return false;
  if (!lex.given.has(first.key)) return false;
  if (ROLE_HEADS.has(second.key) || ORG_HEADS.has(second.key) || VENUE_HEADS.has(second.key)) return false;
  if (/(?:s|ing|ed)$/.test(second.key) && lex.englishWords.has(second.key) && !lex.surnames.has(second.key))
    return false;
  const before = tokens[(idx[0] ?? 0) - 1];
  if (before?.kind === 'word' && DETERMINERS.has(before.key)) return false;
  if (before && /^['’]s?$/.test(before.text)) return false;
  const after = tokens[(idx[1] ?? 0) + 1];
  // "Jack Straw's", "Robin Cook," are fine; "Rose Garden Club" was no two-word run.
  return !(after?.kind === 'word' && isCapWord(after));
}

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'our',
  'his',
  'her',
  'every',
  'each',
  'no',
]);

/**
 * A two-word run in a speaker's slot: after "said"/"told", before a speech verb, or before an
 * apposition naming an office ("said Jack Straw, the foreign secretary").
 */
function speakerSlot(ctx: EntityContext, idx: number[]): boolean {
  const { tokens } = ctx;
  const first = idx[0] ?? 0;
  const last = idx[idx.length - 1] ?? 0;
  const before = tokens[first - 1];
  if (before && /^(said|says|told|added|according)$/.test(before.key)) return true;
  const next = tokens[last + 1]?.text === ',' ? tokens[last + 2] : tokens[last + 1];
  if (next?.kind === 'word' && SPEECH_VERBS.has(next.key) && !/^(is|was|has)$/.test(next.key)) return true;
  if (tokens[last + 1]?.text === ',' && /^(the|a|an)$/.test(tokens[last + 2]?.key ?? '')) {
    for (let k = last + 3; k < last + 9; k++) {
      const w = tokens[k];
      if (!w || w.kind !== 'word') break;
      if (ROLE_HEADS.has(w.key)) return true;
    }
  }
  // "Young Liu, Chief Executive Officer of ...", "Rajesh Kumar, Director of ...": a capitalised office.
  if (tokens[last + 1]?.text === ',') {
    for (let k = last + 2; k < last + 6; k++) {
      const w = tokens[k];
      if (!w || w.kind !== 'word' || !/^\p{Lu}/u.test(w.text)) break;
      if (ROLE_HEADS.has(w.key)) return true;
      if (!ROLE_MODIFIERS.has(w.key)) break;
    }
  }
  return false;
}

const SAYING =
  /^(?:said|says|told|tells|added|adds|argued|argues|warned|warns|wrote|writes|insisted|insists)$/;

/**
 * A two-word run that a verb of saying is about, past what it belongs to: "Rhian Beynon of the JCWI
 * said", "Amitai Etzioni, a key influence on New Labour thinking, says", "said Rhian Beynon".
 */
function speakingSlot(ctx: EntityContext, idx: number[]): boolean {
  const { tokens } = ctx;
  const first = idx[0] ?? 0;
  const last = idx[idx.length - 1] ?? 0;
  if (SAYING.test(tokens[first - 1]?.key ?? '')) return true;
  const next = tokens[last + 1];
  if (next?.kind === 'word' && SAYING.test(next.key)) return true;
  // "of the JCWI said": the body the speaker belongs to, in capitals, then the verb.
  if (next?.key === 'of') {
    for (let k = last + 2; k < last + 9; k++) {
      const w = tokens[k];
      if (!w || w.newlineBefore || /^[.;:"“”]$/.test(w.text)) return false;
      if (w.kind === 'word' && SAYING.test(w.key)) return k > last + 2;
      if (w.kind === 'word' && !/^\p{Lu}/u.test(w.text) && w.key !== 'the') return false;
    }
    return false;
  }
  // ", a key influence on New Labour thinking, says": a description set off by commas, then the verb.
  if (next?.text === ',' && /^(?:a|an|the)$/.test(tokens[last + 2]?.key ?? '')) {
    for (let k = last + 3; k < last + 18; k++) {
      const w = tokens[k];
      if (!w || w.newlineBefore || /^[.;:"“”]$/.test(w.text)) return false;
      if (w.text === ',') return SAYING.test(tokens[k + 1]?.key ?? '');
    }
  }
  return false;
}

interface RunContext {
  title: string | null;
  titleStart: number | null;
  hasTitle: boolean;
  hasHonorific: boolean;
  gender: 'm' | 'f' | null;
  role: PersonCandidate['role'];
}

function scoreName(ctx: EntityContext, idx: number[], lex: Lex, rc: RunContext): PersonCandidate | null {
  const { tokens } = ctx;
  const words = idx.map((k) => tokens[k]).filter((t): t is Token => !!t);
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  const nameWords = words.filter((w) => !NAME_PARTICLES.has(w.text));
  // Acronyms and all-caps words are not names (two-letter initials like "KC" are).
  if (nameWords.some((w) => /^\p{Lu}{3,}$/u.test(w.text))) return null;
  if (nameWords.length === 1 && /^\p{Lu}{2,}$/u.test(first.text)) return null;
  // Initials alone ("E U") are not a name.
  if (nameWords.every((w) => w.text.length === 1)) return null;
  // "(AFP)A Palestinian man": the article before a demonym.
  if (first.text === 'A' && isDemonym(words[1]?.key ?? '')) return null;
  // "official Iranian media", "Chief Justice": a demonym or a title alone names nobody.
  if (nameWords.length === 1 && (isDemonym(first.key) || HONORIFICS.has(first.key))) return null;
  // "Bharat Mata Ki Jai", "Gandhi Ki Jai": a Hindi postposition inside a slogan, never inside a name.
  if (nameWords.some((w) => HINDI_POSTPOSITIONS.has(w.key))) return null;
  // "a great fan of Kilroy I do agree": the pronoun, not a regnal number.
  const afterLast = tokens[(idx[idx.length - 1] ?? 0) + 1];
  if (last.text === 'I' && afterLast?.kind === 'word' && /^\p{Ll}/u.test(afterLast.text)) return null;
  // "I'm Jewish": a contraction is no part of a name ("Bush-style" is split by the tokenizer).
  if (words.some((w) => CONTRACTION.test(w.text))) return null;
  // "Lok Shakti", "Rashtriya Lok Dal", "Darul Uloom": Indian words for bodies of people open no name
  // ("Akhil" is a given name too and stays out).
  if (!rc.hasTitle && !rc.hasHonorific && NON_PERSON_FIRST.has(first.key)) return null;
  // "PM Shri Yojana", "Sir Creek": a scheme or a feature of the land named with a title is no person.
  if (nameWords.length === 1 && (NON_PERSON_LAST.has(first.key) || LAND_FEATURES.has(first.key))) return null;
  // "Mahatma Gandhi National Rural Employment Guarantee Act", "Shree Shyam Traders", "Mahatma Jyotirao Phule
  // People's Bhavan": a law, business or building named after a titled person is none.
  if (nameWords.length >= 2 && TITLED_NON_PERSON_LAST.has(last.key)) return null;
  // "the Chief Ministership", "his Speakership": an office held, not its holder.
  if (nameWords.length === 1 && /\p{Ll}ship$/u.test(first.text)) return null;
  // "World War II Nazi leaders": a regnal or ordinal number opens no name.
  if (/^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/.test(first.text)) return null;
  // "Telangana-Andhra Pradesh", "Uttar Pradesh-Delhi": two regions joined by a hyphen.
  if (nameWords.some((w) => w.text.includes('-') && w.text.split('-').some(isRegion))) return null;
  // "Kia India", "Hans India Hans News": a company's or paper's Indian arm, not a person.
  if (nameWords.slice(1).some((w) => w.key === 'india')) return null;
  // "Airbus A300", "Sony LYT-808": a model or code has digits, a name none.
  if (nameWords.some((w) => /\p{N}/u.test(w.text))) return null;
  // "Hasina Be Deported", "Gandhi Loses": a verb or question word of a title-case headline.
  if (nameWords.some((w) => HEADLINE_WORDS.has(w.key))) return null;
  const untitled = !rc.hasTitle && !rc.hasHonorific;
  // "the Nairobi Serena Hotel", "Sant X Singh Gurudwara": a building, titled or not.
  if (nameWords.length >= 2 && BUILDING_LAST.has(last.key)) return null;
  if (untitled && nameWords.length >= 2) {
    // "Brent South", "Loch Ness West": a constituency.
    if (COMPASS_LAST.has(last.key)) return null;
    // "Roman Catholics", "Sutherland Highlanders": a people or a regiment.
    if (PEOPLES.has(last.key) || (last.key.endsWith('s') && DEMONYMS.has(last.key.slice(0, -1)))) return null;
  }
  const nextTok = tokens[(idx[idx.length - 1] ?? 0) + 1];
  // "the Haji Pir Pass", "the Yogoda Satsanga Lessons", "the Rae Bareli Lok Sabha seat": after "the", a run
  // that goes on in another capitalised word names a thing, not a person.
  if (
    untitled &&
    !rc.role &&
    tokens[(idx[0] ?? 0) - 1]?.key === 'the' &&
    nextTok?.kind === 'word' &&
    isCapWord(nextTok) &&
    !nextTok.newlineBefore &&
    nextTok.start === (tokens[idx[idx.length - 1] ?? 0]?.end ?? 0) + 1
  )
    return null;
  // "John Murray, of Aldridge Browhills Conservatives": a constituency party.
  if (untitled && nextTok?.kind === 'word' && isCapWord(nextTok) && PARTY_MEMBERS.has(nextTok.key))
    return null;
  const beforeOf = tokens[(idx[0] ?? 0) - 2];
  if (tokens[(idx[0] ?? 0) - 1]?.key === 'of' && beforeOf?.kind === 'word' && untitled) {
    // "the Thai island of Koh Phi Phi", "the district of X": a place.
    if (PLACE_CLASS.has(beforeOf.key)) return null;
    // "Baroness Royall of Blaisdon": a peer's territorial designation.
    if (nameWords.length === 1 && isCapWord(beforeOf) && !lex.englishWords.has(beforeOf.key)) return null;
  }
  let score = 0;
  if (rc.hasHonorific) score += 3;
  else if (rc.hasTitle) score += 2.5;
  if (rc.role) score += 2;
  const given = lex.given.get(first.key);
  const firstCommon = lex.englishWords.has(first.key);
  if (given && nameWords.length > 1) score += firstCommon ? 1 : 2;
  if (nameWords.length > 1 && lex.surnames.has(last.key)) score += 1;
  const allUncommon = nameWords.every(
    (w, n) =>
      w.text.length === 1 ||
      !lex.englishWords.has(w.key) ||
      lex.given.has(w.key) ||
      ctx.confirmedSurnames.has(w.key) ||
      lex.surnames.has(w.key) ||
      (n > 0 && lex.given.has(nameWords[n - 1]?.key ?? '')) ||
      // "George W Bush": after a given name and a middle initial.
      (n > 1 &&
        /^\p{Lu}$/u.test(nameWords[n - 1]?.text ?? '') &&
        lex.given.has(nameWords[n - 2]?.key ?? '')) ||
      (n > 0 && NAME_PARTICLES.has(nameWords[n - 1]?.key ?? '')),
  );
  if (nameWords.length >= 2 && nameWords.length <= 4 && allUncommon) {
    score += 1.5;
    // Mid-sentence, a run of two or more capitalised uncommon words is rarely anything but a name
    // (organisations and places were claimed by the lexicons and head rules before).
    if (!ctx.sentenceStart[idx[0] ?? -1] && !ctx.heading[idx[0] ?? -1]) score += 1;
  }
  if (nameWords.length > 4) score -= 2;
  // A given name that is also a word ("Summer", "Rich", "Hazel") starts a name only where a name can
  // stand: not after a determiner ("the Summer Olympics"), inside a longer capitalised run ("Sunday Times
  // Rich List").
  const beforeRun = tokens[(idx[0] ?? 0) - 1];
  if (
    lex.englishWords.has(first.key) &&
    lex.given.has(first.key) &&
    !rc.hasTitle &&
    !rc.hasHonorific &&
    !rc.role &&
    beforeRun &&
    // "said that Tony Blair is planning": "that" opens a clause there, it determines no noun.
    ((DETERMINERS.has(beforeRun.key) && !(beforeRun.key === 'that' && nameWords.length >= 2)) ||
      (isCapWord(beforeRun) &&
        !DEMONYMS.has(beforeRun.key) &&
        // "Conservative Peter Ainsworth": a party named before a name qualifies it.
        ctx.collector.isFree(beforeRun.start, beforeRun.end) &&
        beforeRun.end >= first.start - 1))
  )
    score -= 2;
  // "the MP for Hazel Grove", "the Labour candidate for Brighton Pavilion", "the member for the Loch Ness
  // West": a constituency.
  const forAt = beforeRun?.key === 'the' ? (idx[0] ?? 0) - 2 : (idx[0] ?? 0) - 1;
  if (
    tokens[forAt]?.key === 'for' &&
    /^(?:mp|mps|msp|msps|am|member|candidate|candidates)$/.test(tokens[forAt - 1]?.key ?? '') &&
    !rc.hasTitle &&
    !rc.hasHonorific
  )
    return null;
  // "Rhian Beynon of the JCWI said", "Amitai Etzioni, a key influence on …, says": two words no lexicon
  // knows as anything, and a verb of saying about them.
  if (nameWords.length === 2 && allUncommon && speakingSlot(ctx, idx)) score += 1.5;
  // "His colleague, Dimple Yadav, added": an ordinary word before an uncommon one, in a speaker's slot.
  if (
    nameWords.length === 2 &&
    !allUncommon &&
    !ctx.sentenceStart[idx[0] ?? -1] &&
    !lex.englishWords.has(last.key) &&
    speakerSlot(ctx, idx)
  )
    score += 3;
  const after = nextWord(tokens, idx[idx.length - 1] ?? 0);
  if (
    after &&
    SPEECH_VERBS.has(after.key) &&
    after.key !== 'is' &&
    after.key !== 'was' &&
    after.key !== 'has'
  ) {
    score += 1;
  } else if (
    after &&
    nameWords.length >= 2 &&
    allUncommon &&
    after.start <= (tokens[idx[idx.length - 1] ?? 0]?.end ?? 0) + 1 &&
    (HUMAN_VERBS.has(after.key) ||
      // "Christian Stocker was declared interim leader", "X was sworn in".
      (/^(?:was|is|has|had|were)$/.test(after.key) &&
        PASSIVE_HUMAN.test(ctx.body.slice(after.end, after.end + 24))))
  ) {
    // "Hemant Soren met the governor": two uncommon words as the subject of a verb only people do.
    score += 1;
  }
  // Apposition: "Ramesh Chandra Pal, the former district panchayat president of the BSP".
  const comma = tokens[(idx[idx.length - 1] ?? 0) + 1];
  const det = tokens[(idx[idx.length - 1] ?? 0) + 2];
  let apposition = false;
  if (comma?.text === ',' && (det?.key === 'the' || det?.key === 'a' || det?.key === 'an')) {
    for (let k = (idx[idx.length - 1] ?? 0) + 3; k < (idx[idx.length - 1] ?? 0) + 9; k++) {
      const w = tokens[k];
      if (!w || w.kind !== 'word') break;
      if (ROLE_HEADS.has(w.key)) {
        score += 1.5;
        apposition = true;
        break;
      }
    }
  } else if (comma?.text === ',') {
    // "Rhodri Glyn Thomas, Plaid Cymru health spokesman said": an office without a determiner, ended by
    // a comma or a verb of saying.
    for (let k = (idx[idx.length - 1] ?? 0) + 2; k < (idx[idx.length - 1] ?? 0) + 8; k++) {
      const w = tokens[k];
      if (!w || w.kind !== 'word') break;
      const next = tokens[k + 1];
      if (
        ROLE_HEADS.has(w.key) &&
        /^\p{Ll}/u.test(w.text) &&
        (next?.text === ',' ||
          (next?.kind === 'word' && SPEECH_VERBS.has(next.key) && !/^(?:is|was|has)$/.test(next.key)))
      ) {
        score += 1.5;
        apposition = true;
        break;
      }
      // Only lower-case words and names the lexicons know stand between ("Deki Sultan" is a name).
      if (/^\p{Lu}/u.test(w.text) && ctx.collector.isFree(w.start, w.end)) break;
    }
  }
  // "Blair said", "..., said Sharon.": a known given name or surname that is no English word, right
  // next to a verb of saying, is a person named by one word.
  const saidBefore = /^(said|says|told|added)$/.test(tokens[(idx[0] ?? 0) - 1]?.key ?? '');
  const saidAfter = /^(said|says|told|added|insisted|warned|argued|replied|admitted|stressed)$/.test(
    tokens[(idx[idx.length - 1] ?? 0) + 1]?.key ?? '',
  );
  // `"…," Tedros said`, `"…," said Aurakzai`: right after a closing quotation, any uncommon word that
  // says it is a person named by one word.
  const k0 = idx[0] ?? 0;
  const afterQuote = (k: number) =>
    tokens[k - 1]?.text !== undefined &&
    /^["”’']$/.test(tokens[k - 1]?.text ?? '') &&
    /^[,?!]$/.test(tokens[k - 2]?.text ?? '');
  // A body is also written after an article elsewhere ("a Hamas militant", "the Tesla plant").
  const quotedSpeaker =
    ((saidAfter && afterQuote(k0)) ||
      (saidBefore && afterQuote(k0 - 1) && !/^\p{Lu}/u.test(tokens[k0 + 1]?.text ?? ''))) &&
    !tokens.some((t, k) => t.key === first.key && DETERMINERS.has(tokens[k - 1]?.key ?? '')) &&
    // "SpokespersonNavy": words run together, not a name ("McDonald", "DeSantis" are).
    !/\p{Ll}{5,}\p{Lu}/u.test(first.text);
  const oneWordSpeaker =
    nameWords.length === 1 &&
    (saidBefore || saidAfter) &&
    (given !== undefined || lex.surnames.has(first.key) || quotedSpeaker) &&
    !firstCommon &&
    !ctx.heading[idx[0] ?? -1];
  if (nameWords.length === 1) {
    if (ctx.sentenceStart[idx[0] ?? -1] && !rc.hasTitle && !rc.role) score -= 1;
    if (firstCommon && !given && !lex.surnames.has(first.key) && !ctx.confirmedSurnames.has(first.key))
      score -= 3;
    if (ctx.heading[idx[0] ?? -1]) score -= 1;
  }
  if (oneWordSpeaker) score = Math.max(score, 3);
  // "the Vajpayee government", "the Bush administration": a leader's surname names a government.
  const nextToken = tokens[(idx[idx.length - 1] ?? 0) + 1];
  if (
    nameWords.length === 1 &&
    !firstCommon &&
    !DEMONYMS.has(first.key) &&
    !/-|'\p{Ll}|(?:ian|ish|ese|ic|ist|ista|ists)$/u.test(first.key) &&
    tokens[(idx[0] ?? 0) - 1]?.key === 'the' &&
    nextToken?.kind === 'word' &&
    /^(government|administration|regime|cabinet)$/.test(nextToken.text) &&
    !ctx.heading[idx[0] ?? -1]
  )
    score = Math.max(score, 3);
  // "Bharat Jodo Yatra", "Bapu Sabhagar", "the Ayushman Bharat scheme": campaigns, schemes and venues.
  if (!rc.hasTitle && !rc.hasHonorific && !rc.role) {
    const following = tokens[(idx[idx.length - 1] ?? 0) + 1];
    const schemeAfter =
      following?.kind === 'word' && SCHEME_WORDS.has(following.key) && /^\p{Ll}/u.test(following.text);
    if (NON_PERSON_LAST.has(last.key) || schemeAfter) score -= 4;
    // "held at Jantar Mantar", "gathered at Talkatora": a place after a verb of gathering and "at".
    const at = tokens[(idx[0] ?? 0) - 1];
    const verb = tokens[(idx[0] ?? 0) - 2];
    if (at?.key === 'at' && verb && LOCATIVE_VERBS.has(verb.key) && !saidAfter) score -= 3;
    // "marched to Vidhana Soudha", "was rushed to Safdarjung": a place after a verb of motion and "to".
    if (at?.key === 'to' && verb && MOTION_VERBS.has(verb.key) && !saidAfter) score -= 3;
  }
  if (ctx.heading[idx[0] ?? -1] && !rc.hasTitle) score -= 0.5;
  if (!allUncommon && !rc.hasTitle && !rc.role) score -= 1.5;
  // "Siddaramaiah, the Karnataka chief minister, said": a one-word name the apposition vouches for.
  const vouched = apposition && nameWords.length === 1 && !firstCommon;
  const strong = rc.hasTitle || rc.hasHonorific || rc.role !== null || vouched;
  const parts = words.map((w) => w.text);
  const gender = rc.gender ?? (given === 'm' || given === 'f' ? given : null);
  return {
    start: idx[0] ?? 0,
    end: (idx[idx.length - 1] ?? 0) + 1,
    parts,
    title: rc.title,
    titleStart: rc.titleStart,
    role: rc.role,
    gender: nameWords.length > 1 || rc.hasHonorific ? gender : rc.gender,
    score,
    strong,
  };
}

function nextWord(tokens: Token[], k: number): Token | undefined {
  let n = k + 1;
  if (tokens[n]?.text === '’s' || tokens[n]?.text === "'s") return undefined;
  if (tokens[n]?.text === ',') n++;
  return tokens[n]?.kind === 'word' ? tokens[n] : undefined;
}

/** An office word, also in the plural ("Ministers", "Secretaries"), or an office modifier. */
function isRoleWord(key: string): boolean {
  return (
    ROLE_HEADS.has(key) ||
    ROLE_HEADS.has(key.replace(/ies$/, 'y')) ||
    ROLE_HEADS.has(key.replace(/s$/, '')) ||
    ROLE_MODIFIERS.has(key)
  );
}

/**
 * Last words of Indian campaign, scheme and venue names written in Latin script ("Bharat Jodo Yatra",
 * "Sankalp Patra", "Bapu Sabhagar", "Jantar Mantar"): a run ending in one is no person.
 */
const NON_PERSON_LAST = wordSet(
  'yatra|patra|abhiyan|yojana|andolan|sammelan|diwas|divas|utsav|mela|sabhagar|parisar|bhawan|bhavan|' +
    'sadan|niwas|mantar|pratishthan|sansthan|dham|ashram|chowk|marg|bagh|kunj|setu|smarak|sthal|kendra|manch|vidyalaya|' +
    'mahavidyalaya|vishwavidyalaya|samiti|parishad|nigam|mandal|mantralaya|sachivalaya|prakoshth|' +
    'scheme|campaign|programme|initiative|mission|project|act|bill|agreement|accord|treaty|doctrine|plan|' +
    // Honours, festivals, codes and bodies written in Latin script ("Bharat Ratna", "Ganesh Chaturthi",
    // "Bharatiya Nyaya Sanhita", "Mahila Morcha", "Atmanirbhar Bharat").
    'ratna|chakra|chakras|chaturthi|kumbh|kaal|mahotsav|sanhita|adhiniyam|morcha|jayanti|puja|pooja|samman|' +
    'portal|peetha|peeth|kund|dwar|navami|ashtami|purnima|grahan|bharat|rally|samaj|' +
    // Businesses, units and events ("Shyam Traders", "Vajra Corps", "Bharat Summit", "Kanishka Bombing").
    'traders|cinema|corps|summit|basin|ordinance|ordinances|bombing|' +
    // Markets, colonies, forts and monasteries, rituals and village councils ("Nager Bazar", "Swasthya
    // Vihar", "Purana Qila", "Gorakhnath Math", "Vaikunta Ekadasi", "Rashtriya Panchayat").
    'bazar|bazaar|vihar|mahal|qila|soudha|math|ekadasi|ekadashi|darshan|panchayat|patrika|torah|pratisthan|tv|' +
    'devasthanam|devasthanams|' +
    // Bodies of South Asian politics and militancy ("Hizbul Mujahideen", "Janatha Vimukthi Peramuna",
    // "Islami Chhatra Shibir", "Dravida Munnetra Kazhagam"), and a run cut before a possessive noun
    // ("Jyotirao Phule People's Bhavan", "St Jude Children's").
    'mujahideen|mujahidin|peramuna|katchi|kazhagam|shibir|sangh|sangathan|tehreek|tehrik|people|children|' +
    'sabha|janmabhoomi|mayyam|yuti|shiksha',
);

/** Last words that end no person's name, even after a title (unlike "Patra" or "Mandal", also surnames). */
const TITLED_NON_PERSON_LAST = wordSet(
  'act|bill|scheme|yojana|abhiyan|bhavan|bhawan|people|children|traders|programme|mission|campaign|' +
    'initiative|project|agreement|accord|treaty|ordinance|sabhagar|mahotsav|summit|cinema|stadium|hospital',
);

/** Letters written after a name for an office or honour ("QC", "MP", "OBE"), and the Hindi "Ji", as written. */
const POSTNOMINALS = new Set('QC KC MP MEP MSP MLA AM OBE MBE CBE KBE DBE FRS JP Ji'.split(' '));

/** Features of the land that a title or honorific may stand before ("Sir Creek"). */
const LAND_FEATURES = wordSet(
  'creek|river|bay|gulf|strait|straits|sea|ocean|island|valley|glacier|canal|delta|basin|plateau|desert',
);

/** Verbs whose subject is a person: meeting, visiting, chairing, accusing ("X met", "X held talks"). */
const HUMAN_VERBS = wordSet(
  'met|meets|held|holds|visited|visits|chaired|attended|addressed|accused|alleged|urged|demanded|tweeted|' +
    'slammed|criticised|criticized|resigned|quit|joined|greeted|congratulated|thanked|hugged|phoned|dialled',
);

/** After "was": what is done only to people ("was sworn in", "was elected", "was arrested"). */
const PASSIVE_HUMAN =
  /^\s+(?:been\s+)?(?:sworn|elected|re-elected|appointed|declared|named|nominated|arrested|detained|jailed|sentenced|acquitted|convicted|released|expelled|suspended|sacked|fired|born|married|knighted)\b/i;

/** First words of Indian names of bodies and movements written in Latin script. */
const NON_PERSON_FIRST = wordSet(
  'lok|rashtriya|bharatiya|darul|sarva|samyukta|pradesh|jamiat|jamaat|lashkar|jaish|hizbul|harkat|harkatul|islami|mt',
);

/** Verbs and question words capitalised in title-case headlines, never part of a name. */
const HEADLINE_WORDS = wordSet(
  'be|is|are|was|were|been|being|has|have|had|would|could|shall|should|might|must|who|what|why|how|' +
    'when|where|which|not|loses|wins|gets|seeks|slams|quits|resigns|dies|meets|visits|urges|vows|backs|' +
    'rejects|denies|calls|hits|faces|sets|asks|joins|named',
);

/** Office words that are also common surnames ("Oona King", "John Major", "Gary Player"). */
const OFFICE_SURNAMES = wordSet(
  'king|prince|bishop|major|judge|marshal|dean|pope|baron|knight|sheriff|warden|chamberlain|priest|monk|head|player|coach|cardinal|abbot',
);

/** Hindi postpositions written in Latin script ("Ki Jai"). */
const HINDI_POSTPOSITIONS = new Set(['ki', 'ka', 'ke', 'ko']);

/** A country or a state of the gazetteer ("Telangana", "Delhi"), written as one capitalised word. */
function isRegion(part: string): boolean {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(part)) return false;
  return (getPhraseIndex().byKey.get(part.toLowerCase()) ?? []).some(
    (m) => m.entry.type === 'PLACE' && (m.entry.kind === 'STATE' || m.entry.kind === 'COUNTRY'),
  );
}

/** A demonym, also a compound one ("Indian-American", "British-born" is not). */
function isDemonym(key: string): boolean {
  return DEMONYMS.has(key) || (key.includes('-') && key.split('-').every((part) => DEMONYMS.has(part)));
}

/** "I'm", "We're", "don't": a contraction is no part of a name. */
const CONTRACTION = /['’](?:m|re|ve|ll|d)$|n['’]t$/i;

/** Last words of constituency names ("Brent South", "Birmingham Hall Green" is left to the lexicons). */
const COMPASS_LAST = wordSet(
  'north|south|east|west|central|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|mid',
);

/** Last words that make a capitalised run a building ("Serena Hotel", "Westminster HQ"). */
const BUILDING_LAST = wordSet(
  'hotel|hq|headquarters|palace|cathedral|abbey|stadium|airport|mosque|temple|church|mandir|masjid|gurdwara|gurudwara|house|' +
    'cafe|café|restaurant|dhaba',
);

/** Plural names of peoples, faiths and regiments that end a capitalised run. */
const PEOPLES = wordSet(
  'catholics|protestants|anglicans|methodists|presbyterians|highlanders|lowlanders|fusiliers|guards|' +
    'dragoons|hussars|rifles|borderers|czechs|slovaks|scots|britons|brits|serbs|croats|kurds|sunnis|shias|' +
    'shiites|muslims|hindus|sikhs|christians|jews|arabs|asians|africans|europeans|americans|unionists|' +
    'loyalists|republicans|nationalists',
);

/** Capitalised plurals for a party's members after a constituency ("Aldridge Conservatives"). */
const PARTY_MEMBERS = wordSet(
  'conservatives|tories|liberals|democrats|socialists|greens|nationalists|unionists|republicans|labourites',
);

/** Words for a kind of place before "of" and its name ("the island of X", "the town of X"). */
const PLACE_CLASS = wordSet(
  'island|isle|islands|city|town|village|province|state|district|region|county|constituency|borough|ward|port|capital|republic|kingdom|emirate|principality|territory|suburb|hamlet|valley|sultanate',
);

/** Lower-case words after a capitalised run that make it the name of a scheme or plan. */
const SCHEME_WORDS = wordSet(
  'scheme|schemes|yojana|campaign|programme|program|initiative|mission|project|yatra|abhiyan|card|portal|app',
);

/** Verbs of motion before "to" and a place ("marched to", "was rushed to"). */
const MOTION_VERBS = wordSet(
  'marched|travelled|traveled|flew|went|headed|returned|rushed|taken|shifted|moved|drove|walked|driven|admitted|relocated|trip|journey|route',
);

/** Verbs of gathering and holding before "at" and a place ("held at", "gathered at"). */
const LOCATIVE_VERBS = wordSet(
  'held|gathered|gathering|assembled|staged|organised|organized|convened|rally|protest|meeting|sit-in|dharna|venue|hosted|taking|took|place|event|function|ceremony|programme',
);

/** Lower-case offices only a person holds: the capitalised words after them are a name ("minister Frank Field"). */
const PERSON_ROLE_HEADS = new Set([
  'minister',
  'secretary',
  'mp',
  'mla',
  'mep',
  'leader',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'president',
  'chancellor',
  'premier',
  'governor',
  'mayor',
  'chairman',
  'chairwoman',
  'senator',
  'ambassador',
  'envoy',
  'commissioner',
  'whip',
  'councillor',
  'lawmaker',
  'legislator',
]);

/** Role heads that in lower case are mostly adjectives ("a major Foxconn plant", "general secretary"). */
const LOWER_CASE_NON_ROLES = new Set([
  'major',
  'general',
  'head',
  'chair',
  'captain',
  'colonel',
  'marshal',
  'deputy',
  'key',
]);

/** Lower-case role words right before a name: "senior party leader", "spokesman", "party chief". */
function roleBefore(ctx: EntityContext, k: number): PersonCandidate['role'] {
  const { tokens, body } = ctx;
  let a = k;
  let head: string | null = null;
  while (a > 0) {
    const p = tokens[a - 1];
    if (!p || p.kind !== 'word' || p.deva || tokens[a]?.newlineBefore) break;
    // "Shadow chancellor X", "Deputy leader X" at the start of a sentence: the rank keeps its capital.
    const rankFirst =
      head !== null && ctx.sentenceStart[a - 1] && /^(?:shadow|deputy|vice|junior|acting)$/.test(p.key);
    if (!/^\p{Ll}/u.test(p.text) && !/^(PM|CM|MP|MSP|MEP|MLA|DM|LoP|CEO)$/.test(p.text) && !rankFirst) break;
    if (head === null) {
      if (!ROLE_HEADS.has(p.key) || LOWER_CASE_NON_ROLES.has(p.key)) break;
      head = p.key;
    } else if (!ROLE_MODIFIERS.has(p.key) && !ROLE_HEADS.has(p.key)) break;
    a--;
  }
  if (head === null) return null;
  // Drop leading function words ("the", "in", "of").
  while (a < k && /^(the|in|of|and|to|for|on|a|an|its|his|her|their)$/.test(tokens[a]?.key ?? '')) a++;
  const first = tokens[a];
  const last = tokens[k - 1];
  if (!first || !last || a >= k) return null;
  return { text: body.slice(first.start, last.end), start: a, end: k, head };
}
