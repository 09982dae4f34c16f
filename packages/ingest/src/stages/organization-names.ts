/**
 * Organisations and places from the lexicons, rule-built organisation and venue names
 * ("X University", "Ministry of X", "X Police", "Gandhi Maidan", "X पार्टी") and acronyms defined in
 * parentheses ("Central Election Committee (CEC)").
 */
import type { ArticleEntity, PlaceKind } from '../domain.js';
import {
  getPhraseIndex,
  type LexiconEntry,
  looseDevanagariKey,
  type PhraseMatch,
  surfaceFits,
} from '../lexicons/gazetteer.js';
import { devanagariKey, nameVowelKey } from '../lexicons/name-keys.js';
import { getNameLexicon } from '../lexicons/person-names.js';
import {
  DEMONYMS,
  HONORIFICS,
  wordSet,
  HI_ORG_HEADS,
  HI_NON_NAME,
  HI_POSTPOSITIONS,
  HI_ROLE_HEADS,
  HI_ROLE_MODIFIERS,
  MONTHS,
  ORG_CONNECTORS,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  HI_SPEECH_VERBS,
  ORG_HEADS,
  VENUE_HEADS,
  WEEKDAYS,
} from '../lexicons/titles.js';
import { newEntity } from './entity-collector.js';
import type { EntityContext } from './entity-context.js';
import { placeIsHindiName } from './hindi-persons.js';
import { phraseKey as phraseKeyOf, type Token } from './word-tokens.js';

export interface LexiconHit {
  start: number; // token index
  end: number; // token index, exclusive
  match: PhraseMatch;
  /** Every entry whose alias fits the surface, best first (the article's context picks among them). */
  options?: PhraseMatch[];
}

/** Titles written only before a person's name. */
const PERSONAL_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame']);
const STARTS_UPPER = /^\p{Lu}/u;
/** Words before a place that make a word the place, not a person ("in Essex", "from Dhar"). */
const PLACE_PREPOSITIONS = wordSet(
  'in|at|from|to|into|near|of|across|around|outside|inside|throughout|via|towards|toward|within|across|between|and|or|visit|visited|visiting|district|city|town|county|state',
);

/** A personal title right before token `i` ("Mr Crosby", "Mr. Crosby"). */
function titleBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.text === '.' && (tokens[k]?.end ?? 0) + 1 >= (tokens[i]?.start ?? 0)) k--;
  const t = tokens[k];
  return !!t && t.kind === 'word' && PERSONAL_TITLES.has(t.key) && t.end + 2 >= (tokens[i]?.start ?? 0);
}

function nextWordText(tokens: Token[], i: number): string {
  const t = tokens[i];
  return t && t.kind === 'word' && t.start <= (tokens[i - 1]?.end ?? 0) + 1 ? t.text : '';
}

/** Longest lexicon phrases over the token stream, left to right, not crossing line breaks. */
export function findLexiconHits(ctx: EntityContext): LexiconHit[] {
  const { byKey, maxTokens, prefixes, looseByKey } = getPhraseIndex();
  const names = getNameLexicon();
  const { tokens, body } = ctx;
  let hits: LexiconHit[] = [];
  /** Keys of place words written as a person's surname in this article. */
  const surnames = new Set<string>();
  /** Keys of one-word Devanagari places written as a name word in this article ("कमल हासन"). */
  const hindiNames = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first || first.kind !== 'word') continue;
    if (!first.deva && !/^[\p{Lu}\p{N}]/u.test(first.text) && !isLowerAliasStart(first)) continue;
    let key = '';
    const keys: string[] = [];
    for (let j = i; j < Math.min(tokens.length, i + maxTokens); j++) {
      const t = tokens[j];
      if (!t || (j > i && t.newlineBefore)) break;
      key = j === i ? t.key : `${key} ${t.key}`;
      keys.push(key);
      if (!prefixes.has(key)) break;
    }
    let found: LexiconHit | null = null;
    for (let len = keys.length; len >= 1 && !found; len--) {
      const list = byKey.get(keys[len - 1] ?? '');
      if (!list) continue;
      const last = tokens[i + len - 1];
      if (!last || (last.kind !== 'word' && last.text !== ')')) continue;
      const surface = body.slice(first.start, last.end);
      const fitting = list.filter((x) => surfaceFits(surface, x.alias));
      const m = fitting[0];
      if (m) found = { start: i, end: i + len, match: m, options: fitting };
    }
    // "अर्जेंटीना" for the lexicon's "अर्जेंटिना": a one-word place spelt with the other vowel length.
    if (!found && first.deva && first.text.length >= 5 && !byKey.has(first.key)) {
      const loose = looseByKey.get(looseDevanagariKey(first.key));
      const m = loose?.length === 1 ? loose[0] : undefined;
      if (m) found = { start: i, end: i + 1, match: m, options: [m] };
    }
    if (!found) continue;
    const { entry } = found.match;
    const single = found.end - found.start === 1;
    if (single && !first.deva && (MONTHS.has(first.key) || WEEKDAYS.has(first.key))) continue;
    // A one-word Devanagari place that is also an everyday word ("गया" = went / Gaya).
    if (single && first.deva && (HI_NON_NAME.has(first.key) || names.hindiStopwords.has(first.text)))
      continue;
    // "तीन गुना", "10 गुना", "कई गुना": after a number, "गुना" (Guna) is "-fold".
    if (
      single &&
      first.deva &&
      /^(?:गुना|गुणा|गुने|गुनी)$/.test(first.text) &&
      /^(?:[\d\u0966-\u096F][\d\u0966-\u096F.,]*|एक|दो|तीन|चार|पांच|पाँच|छह|छः|सात|आठ|नौ|दस|बीस|सौ|हज़ार|हजार|कई|कितने|कितना|पौने|सवा|ढाई|डेढ़)$/.test(
        tokens[i - 1]?.text ?? '',
      )
    )
      continue;
    // "मेले का आनंद उठाते", "वायरस फेक है": a one-word district that is also a given name or family name
    // is a place only where a place stands (before a postposition, "जिले"/"शहर", a comma or the end of
    // the sentence); "कमल ने कहा", "कमल के मुताबिक": such a town that speaks is a person.
    if (
      single &&
      entry.type === 'PLACE' &&
      first.deva &&
      (entry.kind === 'DISTRICT' || entry.kind === 'CITY') &&
      (names.givenKeys.has(nameVowelKey(first.text)) || names.surnameKeys.has(nameVowelKey(first.text))) &&
      ((entry.kind === 'DISTRICT' && !placeSlotAfter(tokens[i + 1])) || speaksAfter(tokens, i + 1))
    )
      continue;
    // "मालिक हसन फरीद": a one-word Hindi place that is a name word here.
    if (single && entry.type === 'PLACE' && first.deva && placeIsHindiName(tokens, i, entry.kind)) {
      hindiNames.add(first.key);
      continue;
    }
    // "Abraham Lincoln": a one-word place right after a capitalised given name is a surname.
    if (single && entry.type === 'PLACE' && !first.deva) {
      const prev = tokens[i - 1];
      if (
        prev &&
        prev.end + 1 >= first.start &&
        /^\p{Lu}\p{Ll}+$/u.test(prev.text) &&
        names.given.has(prev.key) &&
        // "said Terry Telford": a given name that is also a word ("terry", "mark") counts mid-sentence,
        // where it is capitalised only as a name, unless a determiner makes it a word ("the Grand Union").
        (!names.englishWords.has(prev.key) ||
          // "John Houston, 54, was …": at a sentence start too, unless a capitalised word follows the
          // place ("Chase Manhattan Bank").
          (ctx.sentenceStart[i - 1] && !STARTS_UPPER.test(nextWordText(tokens, i + 1))) ||
          (!ctx.sentenceStart[i - 1] &&
            !ctx.heading[i - 1] &&
            !/^(the|a|an|this|that|his|her|its|their|our)$/.test(tokens[i - 2]?.key ?? '') &&
            // "Finance Minister Sue Essex": after an office a capitalised word may come before the name.
            (!/^\p{Lu}/u.test(tokens[i - 2]?.kind === 'word' ? (tokens[i - 2]?.text ?? '') : '') ||
              ROLE_HEADS.has(tokens[i - 2]?.key ?? '') ||
              HONORIFICS.has(tokens[i - 2]?.key ?? ''))))
      ) {
        surnames.add(first.key);
        continue;
      }
    }
    // "Mr Houston", "Ms Essex": a place after a personal title is a surname (not "Miss India").
    if (
      single &&
      entry.type === 'PLACE' &&
      !first.deva &&
      entry.kind !== 'COUNTRY' &&
      titleBefore(tokens, i)
    ) {
      surnames.add(first.key);
      continue;
    }
    // "Deputy Chief Minister Sniawbhalang Dhar": a place after an office and a capitalised word that
    // no lexicon knows is a surname.
    if (single && entry.type === 'PLACE' && !first.deva && entry.kind !== 'COUNTRY') {
      const prev = tokens[i - 1];
      const office = tokens[i - 2];
      if (
        prev?.kind === 'word' &&
        !prev.deva &&
        prev.end + 1 === first.start &&
        /^\p{Lu}\p{Ll}+$/u.test(prev.text) &&
        !names.englishWords.has(prev.key) &&
        !byKey.has(prev.key) &&
        office?.kind === 'word' &&
        office.end + 1 === prev.start &&
        /^\p{Lu}/u.test(office.text) &&
        (ROLE_HEADS.has(office.key) || HONORIFICS.has(office.key))
      ) {
        surnames.add(first.key);
        continue;
      }
    }
    // "Hassan Rowhani": a one-word place that is also a given name, before a capitalised uncommon word
    // that heads nothing, is the first name of a person.
    if (single && entry.type === 'PLACE' && !first.deva && names.given.has(first.key)) {
      const next = tokens[i + 1];
      if (
        next &&
        next.kind === 'word' &&
        !next.deva &&
        next.start === first.end + 1 &&
        /^\p{Lu}\p{Ll}/u.test(next.text) &&
        !names.englishWords.has(next.key) &&
        !ORG_HEADS.has(next.key) &&
        !VENUE_HEADS.has(next.key) &&
        !ROLE_HEADS.has(next.key) &&
        !byKey.has(next.key)
      )
        continue;
    }
    // "Chief Minister Pushkar Singh Dhami", "Advocate AP Singh": a one-word place between an office and a
    // known surname is the person's given name, and two or three capitals there are initials.
    if (
      single &&
      !first.deva &&
      ((entry.type === 'PLACE' && entry.kind !== 'COUNTRY') || /^\p{Lu}{2,3}$/u.test(first.text))
    ) {
      const office = tokens[i - 1];
      const next = tokens[i + 1];
      if (
        office?.kind === 'word' &&
        office.end + 1 === first.start &&
        (ROLE_HEADS.has(office.key) || HONORIFICS.has(office.key)) &&
        next?.kind === 'word' &&
        next.start === first.end + 1 &&
        /^\p{Lu}\p{Ll}/u.test(next.text) &&
        names.surnames.has(next.key)
      )
        continue;
    }
    // "European Parliament", "French Assembly": a one-word body after a demonym is another country's.
    if (single && entry.type === 'ORGANIZATION' && !first.deva && ORG_HEADS.has(first.key)) {
      const prev = tokens[i - 1];
      if (prev && !first.newlineBefore && /^\p{Lu}/u.test(prev.text) && DEMONYMS.has(prev.key)) continue;
    }
    // "Baroness Scotland", "Lord Kensington": a peer's title names a person, not the place.
    if (single && entry.type === 'PLACE' && PEERAGE.has(tokens[i - 1]?.key ?? '')) continue;
    // "Lord Nicholls of Birkenhead": the place in a peer's title is part of the person's name.
    if (entry.type === 'PLACE' && peerTitleBefore(tokens, i)) continue;
    hits.push(found);
    i = found.end - 1;
  }
  // "Sue Essex … Ms Essex said": the place word a person of the article bears as a surname is that
  // person alone, unless a preposition makes it the place ("in Essex").
  const people = hits.filter(
    (h) =>
      h.end - h.start === 1 &&
      h.match.entry.type === 'PLACE' &&
      surnames.has(tokens[h.start]?.key ?? '') &&
      !PLACE_PREPOSITIONS.has(tokens[h.start - 1]?.key ?? '') &&
      !STARTS_UPPER.test(nextWordText(tokens, h.start + 1)),
  );
  if (people.length > 0) hits = hits.filter((h) => !people.includes(h));
  // "कमल हासन … कमल ने कहा": that name word alone as the subject of "ने" or of a verb of saying is the
  // person, not the place.
  if (hindiNames.size > 0) {
    hits = hits.filter((h) => {
      const t = tokens[h.start];
      if (h.end - h.start !== 1 || h.match.entry.type !== 'PLACE' || !t || !hindiNames.has(t.key))
        return true;
      const next = tokens[h.start + 1];
      const then = tokens[h.start + 2]?.text ?? '';
      const speaks =
        !!next &&
        !next.newlineBefore &&
        (next.text === 'ने' ||
          HI_SPEECH_VERBS.has(next.key) ||
          (next.text === 'का' && then === 'कहना') ||
          (next.text === 'के' && /^(?:मुताबिक़?|अनुसार)$/.test(then)));
      return !speaks;
    });
  }
  // Weak aliases count only when a strong name of the same entry occurs in the article.
  const strongIds = new Set(hits.filter((h) => !h.match.weak).map((h) => h.match.entry.id));
  const chosen = chooseByContext(ctx, hits);
  return hits.filter((h) => !h.match.weak || strongIds.has(h.match.entry.id) || chosen.has(h));
}

/** Country of a lexicon entry from its id ("uk-treasury", "GB/London" -> gb; "in-bjp", "IN-UP/Agra" -> in). */
function entryCountry(id: string): string | null {
  const m = /^([A-Za-z]{2})(?:[-/]|$)/.exec(id);
  if (!m) return null;
  const c = (m[1] ?? '').toLowerCase();
  return c === 'uk' ? 'gb' : c;
}

/**
 * An alias several entries share ("CBI", "Parliament"): the entry whose full name the article also
 * uses ("Confederation of British Industry (CBI)"), else the entry of the country the article's other
 * unambiguous names belong to (a BBC story about Westminster, an Indian wire story), else the first.
 * An acronym the article defines in parentheses after other words ("Crown Prosecution Service (CPS)")
 * means what it is defined as, not a lexicon body of the same letters.
 */
function chooseByContext(ctx: EntityContext, hits: LexiconHit[]): Set<LexiconHit> {
  const chosen = new Set<LexiconHit>();
  const votes = new Map<string, number>();
  // Entries the article names unambiguously (a strong alias no other entry shares).
  const strongIds = new Set<string>();
  for (const h of hits) {
    if ((h.options?.length ?? 1) > 1) continue;
    if (!h.match.weak) strongIds.add(h.match.entry.id);
    const c = entryCountry(h.match.entry.id);
    if (c) votes.set(c, (votes.get(c) ?? 0) + 1);
  }
  const defined = definedAcronyms(ctx);
  for (let n = hits.length - 1; n >= 0; n--) {
    const h = hits[n];
    if (!h) continue;
    const text = ctx.tokens[h.start]?.text ?? '';
    if (h.end - h.start === 1 && defined.has(text) && !defined.get(text)?.has(h.match.entry.id)) {
      const same = h.options?.find((o) => defined.get(text)?.has(o.entry.id));
      if (same) h.match = same;
      else hits.splice(n, 1);
      continue;
    }
    const options = h.options ?? [];
    if (options.length < 2) continue;
    const named = options.find((o) => o.entry.id !== h.match.entry.id && strongIds.has(o.entry.id));
    if (named && !strongIds.has(h.match.entry.id)) {
      h.match = named;
      chosen.add(h);
      continue;
    }
    const vote = (o: PhraseMatch) => votes.get(entryCountry(o.entry.id) ?? '') ?? 0;
    const best = options.reduce((a, b) => (vote(b) > vote(a) ? b : a), h.match);
    if (!h.match.weak && vote(best) > vote(h.match) && !strongIds.has(h.match.entry.id)) {
      h.match = best;
      chosen.add(h);
    }
  }
  return chosen;
}

/**
 * "Crown Prosecution Service (CPS)": acronyms in parentheses right after capitalised words whose
 * initials spell them, with the lexicon ids of the phrase's own match (if any).
 */
function definedAcronyms(ctx: EntityContext): Map<string, Set<string>> {
  const { tokens } = ctx;
  const { byKey } = getPhraseIndex();
  const out = new Map<string, Set<string>>();
  for (let i = 2; i + 1 < tokens.length; i++) {
    const acr = tokens[i];
    if (tokens[i - 1]?.text !== '(' || tokens[i + 1]?.text !== ')' || !acr || acr.deva) continue;
    if (!/^\p{Lu}{2,6}$/u.test(acr.text)) continue;
    // Walk back over capitalised words and lower-case connectors ("of", "for", "and").
    const words: Token[] = [];
    let k = i - 2;
    while (k >= 0 && words.length < 8) {
      const w = tokens[k];
      if (!w || w.kind !== 'word' || w.deva) break;
      if (/^\p{Lu}/u.test(w.text)) words.unshift(w);
      else if (!/^(of|for|and|the|on|in|&)$/.test(w.key) || words.length === 0) break;
      const initials = words.map((x) => x.text[0]).join('');
      if (initials === acr.text) {
        const first = words[0];
        const keyText = first ? ctx.body.slice(first.start, tokens[i - 2]?.end ?? first.end) : '';
        const ids = new Set((byKey.get(phraseKeyOf(keyText)) ?? []).map((m) => m.entry.id));
        out.set(acr.text, ids);
        break;
      }
      k--;
    }
  }
  return out;
}

/** Venue heads that are also common English surnames. */
const SURNAME_HEADS = new Set(['hill', 'hall', 'lane', 'park', 'bridge', 'house']);

const PEERAGE = new Set(['lord', 'lady', 'baroness', 'baron', 'earl', 'viscount', 'dame', 'sir']);

/** "Lord Lester of ⟨Herne Hill⟩": the words at `i` follow a peer's name and "of". */
export function peerTitleBefore(tokens: Token[], i: number): boolean {
  const of = tokens[i - 1];
  const name = tokens[i - 2];
  const title = tokens[i - 3];
  return (
    of?.key === 'of' &&
    !!name &&
    name.kind === 'word' &&
    /^\p{Lu}/u.test(name.text) &&
    PEERAGE.has(title?.key ?? '') &&
    /^\p{Lu}/u.test(title?.text ?? '')
  );
}

function isLowerAliasStart(t: Token): boolean {
  return t.key === 'apex' || t.key === 'western' || t.key === 'west' || t.key === 'south';
}

/** Registers the entity of a lexicon entry. */
export function lexiconEntity(ctx: EntityContext, entry: LexiconEntry, surface: string): number {
  return ctx.collector.entity(`lex:${entry.id}`, () => {
    const e: ArticleEntity = newEntity(entry.type, entry.name, 0.95);
    e.lexiconId = entry.id;
    if (entry.type === 'PLACE') e.placeKind = entry.kind as PlaceKind;
    if (/[\u0900-\u097F]/.test(surface)) {
      e.name = surface;
      e.latinName = entry.name;
    }
    return e;
  });
}

/**
 * Rule-built organisation and venue names over capitalised token runs: a run ending with an
 * organisation head ("Osmania University", "Patna High Court", "Bihar Police", "Central Election
 * Committee") or starting "Ministry/Department/University/... of X", and venue heads ("Gandhi Maidan",
 * "Sunderland station"). Lexicon places inside such a run belong to it.
 */
export function findRuleOrganisations(ctx: EntityContext, hits: LexiconHit[]): Set<number> {
  const { tokens, body, collector } = ctx;
  const orgTokens = new Set<number>();
  const lexAt = new Map<number, LexiconHit>();
  for (const h of hits) lexAt.set(h.start, h);
  const isOrgLex = (i: number) => lexAt.get(i)?.match.entry.type === 'ORGANIZATION';
  const capWord = (t: Token | undefined) =>
    !!t && t.kind === 'word' && !t.deva && /^[\p{Lu}\p{N}]/u.test(t.text);
  const nameLex = getNameLexicon();
  const commonNoun = (t: Token | undefined) =>
    !!t && nameLex.englishWords.has(t.key) && !nameLex.given.has(t.key) && !nameLex.surnames.has(t.key);

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'word' || t.deva) continue;
    const isHead = ORG_HEADS.has(t.key) || VENUE_HEADS.has(t.key);
    if (!isHead) continue;
    const capitalised = /^\p{Lu}/u.test(t.text);
    // "Union Minister X", "Union Home Minister X": an Indian office, not an organisation named "... Union".
    const nextKey = tokens[i + 1]?.key ?? '';
    if (
      t.key === 'union' &&
      capWord(tokens[i + 1]) &&
      (ROLE_HEADS.has(nextKey) || (ROLE_MODIFIERS.has(nextKey) && nextKey !== 'cabinet'))
    )
      continue;
    // A later head in the same capitalised run ends the name ("Bihar Public Service Commission").
    if (capitalised) {
      let n = i + 1;
      let laterHead = false;
      while (capWord(tokens[n]) && !tokens[n]?.newlineBefore && !isOrgLex(n)) {
        const w = tokens[n];
        if (w && (ORG_HEADS.has(w.key) || VENUE_HEADS.has(w.key))) laterHead = true;
        n++;
      }
      if (laterHead) continue;
    }
    const lowerAfterPlace =
      !capitalised &&
      (t.key === 'police' || t.key === 'station' || t.key === 'jail' || t.key === 'government') &&
      lexAt.size > 0;
    if (!capitalised && !lowerAfterPlace) continue;
    // Walk left over capitalised words and inner connectors.
    let a = i;
    while (a > 0) {
      const p = tokens[a - 1];
      const cur = tokens[a];
      if (!p || !cur || cur.newlineBefore) break;
      if (capWord(p) && !MONTHS.has(p.key) && !WEEKDAYS.has(p.key)) {
        a--;
        continue;
      }
      // "in" / "on" do not join words before a venue head: "Prime Minister X in Downing Street".
      if (
        p.kind === 'word' &&
        ORG_CONNECTORS.has(p.key) &&
        !/^(the|in|on)$/.test(p.key) &&
        capWord(tokens[a - 2])
      ) {
        a--;
        continue;
      }
      break;
    }
    // "Lord Lester of Herne Hill", "Baroness Royall of Blaisdon": a peer's title, not a place or body.
    let peer = false;
    for (let k = a; k + 2 < i; k++) {
      if (PEERAGE.has(tokens[k]?.key ?? '') && capWord(tokens[k + 1]) && tokens[k + 2]?.key === 'of')
        peer = true;
    }
    if (peer) continue;
    // Lower-case heads attach only to a lexicon place right before them ("Bihar police").
    if (!capitalised) {
      const prevHit = [...lexAt.values()].find((h) => h.end === i && h.match.entry.type === 'PLACE');
      if (!prevHit) continue;
      a = prevHit.start;
    }
    // "X of Y", "X for Y": extend right over "of/for Capitalised ..." ("Ministry of External Affairs",
    // "Commission for Racial Equality", "Department for Work and Pensions").
    let b = i + 1;
    while (
      (tokens[b]?.key === 'of' ||
        (tokens[b]?.key === 'for' && capitalised) ||
        // "Public Inquiry into Foreign Interference", "Committee on Standards in Public Life".
        (/^(into|on)$/.test(tokens[b]?.key ?? '') &&
          b === i + 1 &&
          capitalised &&
          /^(inquiry|committee|commission)$/.test(t.key))) &&
      !MONTHS.has(tokens[b + 1]?.key ?? '') &&
      !WEEKDAYS.has(tokens[b + 1]?.key ?? '') &&
      capWord(tokens[b + 1]) &&
      !tokens[b]?.newlineBefore &&
      !isOrgLex(b + 1)
    ) {
      const connector = tokens[b]?.key;
      b += 2;
      // "House of Representatives Speaker Nancy Pelosi": an office after the name of the body ends it.
      while (
        capWord(tokens[b]) &&
        !tokens[b]?.newlineBefore &&
        !(
          (ROLE_HEADS.has(tokens[b]?.key ?? '') || HONORIFICS.has(tokens[b]?.key ?? '')) &&
          capWord(tokens[b + 1]) &&
          !tokens[b + 1]?.newlineBefore
        )
      )
        b++;
      // "Work and Pensions": "and" between capitalised words inside the "for" phrase (not "Institute of
      // Directors and Friends of the Earth": the word after "and" must end the name).
      while (
        connector === 'for' &&
        tokens[b]?.key === 'and' &&
        capWord(tokens[b + 1]) &&
        !isOrgLex(b + 1) &&
        commonNoun(tokens[b + 1]) &&
        capWord(tokens[b - 1]) &&
        !capWord(tokens[b + 2]) &&
        !/^(of|for|and)$/.test(tokens[b + 2]?.key ?? '')
      ) {
        b += 2;
        while (capWord(tokens[b]) && !tokens[b]?.newlineBefore) b++;
      }
    }
    // Drop leading determiners and sentence-initial common words.
    const names = getNameLexicon();
    while (a < i) {
      const ta = tokens[a];
      if (!ta) break;
      const common = names.englishWords.has(ta.key) && !lexAt.has(a);
      const nextKey = tokens[a + 1]?.key ?? '';
      const roleWord =
        !lexAt.has(a) &&
        (ROLE_HEADS.has(ta.key) ||
          (ROLE_MODIFIERS.has(ta.key) && ROLE_HEADS.has(nextKey) && !ORG_HEADS.has(nextKey)));
      if (ORG_CONNECTORS.has(ta.key) || roleWord || (ctx.sentenceStart[a] && common && ta.key !== 'high'))
        a++;
      else break;
    }
    while (a < i && /^\p{N}/u.test(tokens[a]?.text ?? '')) a++; // "2027 Uttar Pradesh Assembly elections"
    if (a === i && b === i + 1) continue; // a bare head ("Police were deployed")
    // "Uttar Pradesh Assembly elections", "Bihar Assembly polls": the election, not the body.
    if (
      /^(elections?|polls?|seats?|constituenc(y|ies)|segments?|bypolls?|results?)$/.test(tokens[b]?.key ?? '')
    )
      continue;
    // Do not swallow a lexicon organisation ("Janata Dal (United)" is the lexicon's, not a rule's).
    let overlapsOrg = false;
    for (let k = a; k < b; k++) if (isOrgLex(k)) overlapsOrg = true;
    if (overlapsOrg) continue;
    const first = tokens[a];
    const last = tokens[b - 1];
    if (!first || !last) continue;
    const start = first.start;
    const end = last.end;
    if (!collector.isFree(start, end)) continue;
    const surface = body.slice(start, end);
    const venue = VENUE_HEADS.has(t.key) && !ORG_HEADS.has(t.key);
    // "Keith Hill", "Damon Hill", "Jeremy Hall": a given name before a head that is also a surname.
    if (
      venue &&
      b - a === 2 &&
      SURNAME_HEADS.has(t.key) &&
      names.given.has(first.key) &&
      !names.englishWords.has(first.key)
    )
      continue;
    const type = venue ? 'PLACE' : 'ORGANIZATION';
    const key = `rule:${type}:${surface.toLowerCase()}`;
    const index = collector.entity(key, () => {
      const e = newEntity(type, surface, 0.7);
      if (venue) e.placeKind = 'VENUE';
      return e;
    });
    collector.mention(index, start, end, 'NAME', `find-entities:${venue ? 'venue' : 'org'}-head`, 0.7);
    for (let k = a; k < b; k++) orgTokens.add(k);
    i = b - 1;
  }
  return orgTokens;
}

/** Heads too generic to make a name ("राजनीतिक दल", "चरमपंथी संगठन", "पाकिस्तानी सेना"). */
const HI_GENERIC_ORG_HEADS = new Set(['दल', 'सेना', 'संगठन', 'सभा', 'संघ', 'पुलिस', 'सरकार'].map((w) => w));

/** Heads of government departments named by their portfolio. */
const HI_DEPARTMENT_HEADS = new Set(['मंत्रालय', 'विभाग'].map((w) => devanagariKey(w)));

/** Portfolios of Indian ministries and state departments, as Hindi copy writes them. */
const HI_PORTFOLIOS = new Set(
  (
    'गृह|विदेश|रक्षा|वित्त|स्वास्थ्य|शिक्षा|कृषि|रेल|ऊर्जा|बिजली|परिवहन|पर्यटन|संस्कृति|वाणिज्य|उद्योग|' +
    'श्रम|पर्यावरण|वन|खाद्य|संचार|दूरसंचार|कानून|क़ानून|विधि|न्याय|सूचना|आवास|ग्रामीण|शहरी|जल|खनन|' +
    'खेल|पुलिस|राजस्व|आबकारी|सिंचाई|पंचायती|समाज|कल्याण|अल्पसंख्यक|आयुष|कोयला|इस्पात|नागरिक|उड्डयन'
  )
    .split('|')
    .map((w) => devanagariKey(w)),
);

/** Heads of bodies that take a place's name as their own ("दिल्ली पुलिस", "पटना हाईकोर्ट"). */
const HI_PLACE_NAMED_HEADS = new Set(
  'पुलिस|हाईकोर्ट|विश्वविद्यालय|यूनिवर्सिटी|विधानसभा|नगर निगम|निगम'.split('|').map((w) => devanagariKey(w)),
);

/** Heads of English names written in Devanagari ("गार्डियन काउंसिल", "फ़ुटबॉल एसोसिएशन"). */
const HI_LOAN_HEADS = new Set(
  (
    'काउंसिल|कौंसिल|कमेटी|कमिटी|कमीशन|एसोसिएशन|फ़ेडरेशन|फेडरेशन|इंस्टीट्यूट|इंस्टिट्यूट|कॉर्पोरेशन|' +
    'कारपोरेशन|ब्रिगेड|यूनियन|सोसाइटी|मूवमेंट|ऑर्गनाइज़ेशन|ऑर्गेनाइजेशन|ब्रदरहुड|असेंबली|ट्रिब्यूनल|' +
    'फाउंडेशन|फ़ाउंडेशन|ट्रस्ट|अकादमी|फ्रंट'
  )
    .split('|')
    .map((w) => devanagariKey(w)),
);

/** Adjectives that make a loan head generic or start a longer name ("नेशनल इंस्टीट्यूट ऑफ़ …"). */
const LOAN_GENERIC_BEFORE = new Set(
  'नेशनल|इंडियन|इंटरनेशनल|अमेरिकन|ब्रिटिश|यूरोपियन|अन्य|अंतिम|नई|नया|नए|पुरानी|पुराने|मेडिकल|स्टेट|सेंट्रल'
    .split('|')
    .map((w) => devanagariKey(w)),
);

/** Adverbs and participles that open a clause before a body's name ("हालांकि प्रेस एसोसिएशन", "दिल्ली स्थित X"). */
const HI_ORG_LEFT_STOPS = new Set(
  (
    'हालांकि|हालाँकि|वैसे|स्थित|बजे|आयोजित|दरअसल|फ़िलहाल|फिलहाल|उधर|इधर|' +
    // Times and adverbs of the clause ("सुबह एसएन मेडिकल कॉलेज में", "तभी एकाएक स्वास्थ्य विभाग").
    'सुबह|शाम|रात|दोपहर|तभी|अचानक|एकाएक|खुद|ख़ुद|स्वयं|ताकि|जबकि|बल्कि|' +
    // What a body reports ("जानकारी स्वास्थ्य विभाग ने दी", "आंकड़ा जॉन हॉपकिंस यूनिवर्सिटी का").
    'जानकारी|आंकड़ा|आंकड़े|आंकड़ों|आँकड़ा|आँकड़े|सूचना|मुताबिक|मुताबिक़|अनुसार'
  )
    .split('|')
    .map((w) => devanagariKey(w)),
);

/** "ने कहा", "ने बताया कि", "के मुताबिक", "का कहना": what a speaker, not a place, is followed by. */
function speaksAfter(tokens: Token[], k: number): boolean {
  const next = tokens[k];
  const then = tokens[k + 1]?.text ?? '';
  if (next?.text === 'ने') return /^(?:कहा|बताया|कहते|कहती|बोले|बोलीं|लिखा|पूछा)$/.test(then);
  if (next?.text === 'के') return /^(?:मुताबिक़?|मुताबिक|अनुसार)$/.test(then);
  return next?.text === 'का' && then === 'कहना';
}

/** What may follow a place: a postposition, a word for district or town, a comma or the sentence's end. */
function placeSlotAfter(next: Token | undefined): boolean {
  return (
    !next ||
    next.newlineBefore ||
    next.kind === 'punct' ||
    HI_POSTPOSITIONS.has(next.key) ||
    /^(?:जिले|जिला|ज़िले|ज़िला|शहर|नगर|में|से|तक|स्थित|पहुंचे|पहुँचे|पहुंचीं|पहुंचकर|आए|आईं|गए|गईं|लौटे)$/.test(next.text)
  );
}

/** A word spelt from three or more English letter names ("एसआरसीसी", "जेएनयू", "आईआईटी"). */
const DEVANAGARI_ACRONYM =
  /^(?:(?:एक्स|डब्ल्यू|क्यू|ज़ेड|जेड|वाई|एफ़|एफ|एच|एल|एम|एन|आर|एस|आई|जे|के|पी|टी|यू|वी|बी|सी|डी|जी|ए|ई|ओ)){3,}$/;

/** Hindi organisation names: two or three name words before a head ("ख़ास आदमी पार्टी"). */
export function findHindiRuleOrganisations(ctx: EntityContext, hits: LexiconHit[]): void {
  const { tokens, body, collector } = ctx;
  const names = getNameLexicon();
  const lexTokens = new Set<number>();
  for (const h of hits) for (let k = h.start; k < h.end; k++) lexTokens.add(k);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t?.deva || !HI_ORG_HEADS.has(t.key) || lexTokens.has(i)) continue;
    let a = i;
    // "प्रोफ़ेसर X Y यूनिवर्सिटी कॉलेज लंदन में": the words after a title or an office are a person's name.
    let titled = false;
    while (a > 0 && i - a < 3) {
      const p = tokens[a - 1];
      const cur = tokens[a];
      if (!p?.deva || p.kind !== 'word' || cur?.newlineBefore) break;
      if (i - a >= 2 && personTitle(p)) {
        titled = true;
        break;
      }
      if (
        HI_POSTPOSITIONS.has(p.key) ||
        HI_NON_NAME.has(p.key) ||
        names.hindiStopwords.has(p.text) ||
        HI_ORG_LEFT_STOPS.has(p.key)
      )
        break;
      if (lexTokens.has(a - 1) && hits.some((h) => h.end === a && h.match.entry.type === 'ORGANIZATION'))
        break;
      a--;
    }
    // "स्वास्थ्य एवं परिवार कल्याण मंत्रालय": a portfolio joined by "एवं"/"और"/"तथा" to one of two words
    // or more names one ministry ("गृह और विदेश मंत्रालय" are two).
    if (HI_DEPARTMENT_HEADS.has(t.key) && i - a >= 2) {
      while (
        a >= 2 &&
        /^(?:एवं|और|तथा|व)$/.test(tokens[a - 1]?.text ?? '') &&
        HI_PORTFOLIOS.has(tokens[a - 2]?.key ?? '') &&
        !tokens[a]?.newlineBefore &&
        !tokens[a - 1]?.newlineBefore
      )
        a -= 2;
    }
    // (A single word after the title is a field, not a name: "प्रोफ़ेसर बायोकेमिस्ट्री विभाग".)
    if (titled || (i - a >= 2 && a > 0 && personTitle(tokens[a - 1]))) continue;
    // "एसआरसीसी कॉलेज", "जेएनयू प्रशासन": a Devanagari acronym of three or more letters names the body.
    const acronymBefore = i - a === 1 && DEVANAGARI_ACRONYM.test(tokens[a]?.text ?? '');
    // "गृह मंत्रालय", "ऊर्जा विभाग": a portfolio before "ministry" or "department".
    const portfolio =
      i - a === 1 && HI_DEPARTMENT_HEADS.has(t.key) && HI_PORTFOLIOS.has(tokens[a]?.key ?? '');
    // "गार्डियन काउंसिल", "स्टूडेंट्स यूनियन": an English word before an English head written in Devanagari.
    const loanName =
      i - a === 1 &&
      HI_LOAN_HEADS.has(t.key) &&
      !lexTokens.has(a) &&
      (tokens[a]?.text.length ?? 0) >= 4 &&
      !/ीय$/.test(tokens[a]?.text ?? '') &&
      !HI_ROLE_MODIFIERS.has(tokens[a]?.key ?? '') &&
      !HI_ROLE_HEADS.has(tokens[a]?.key ?? '') &&
      !LOAN_GENERIC_BEFORE.has(tokens[a]?.key ?? '') &&
      // "इंडियन काउंसिल ऑफ़ मेडिकल रिसर्च": the name goes on after the head.
      !/^(?:ऑफ़|ऑफ|आफ|फ़ॉर|फॉर)$/.test(tokens[i + 1]?.text ?? '');
    let placeNamed = i > a && HI_PLACE_NAMED_HEADS.has(t.key);
    for (let k = a; k < i; k++) if (!lexTokens.has(k)) placeNamed = false;
    if (
      (i - a < 2 && !acronymBefore && !portfolio && !placeNamed && !loanName) ||
      (HI_GENERIC_ORG_HEADS.has(t.key) && !placeNamed)
    )
      continue;
    // Only heads that name a body ("पार्टी", "विश्वविद्यालय" ...) with at least one word that is not a
    // lexicon place: "पाकिस्तान सरकार" is a description, not a name.
    // "दिल्ली पुलिस", "इलाहाबाद हाईकोर्ट", "पटना विश्वविद्यालय", "बिहार विधानसभा": a place names these bodies.
    let nonPlace = HI_PLACE_NAMED_HEADS.has(t.key);
    for (let k = a; k < i; k++) if (!lexTokens.has(k)) nonPlace = true;
    if (!nonPlace) continue;
    const first = tokens[a];
    if (!first) continue;
    const start = first.start;
    const end = t.end;
    if (!collector.isFree(start, end)) continue;
    const surface = body.slice(start, end);
    const index = collector.entity(`rule:ORGANIZATION:${surface}`, () =>
      newEntity('ORGANIZATION', surface, 0.6),
    );
    collector.mention(index, start, end, 'NAME', 'find-entities:hi-org-head', 0.6);
  }
  addNamedAfterKind(ctx, lexTokens);
  addSpeakingAcronyms(ctx, lexTokens);
}

/** Kinds of body written before their name ("कंपनी एलजी ने", "अख़बार जंग ने", "पत्रिका फोर्ब्स के"). */
const HI_KIND_BEFORE_NAME = new Set(
  'कंपनी|अख़बार|अखबार|समाचारपत्र|पत्रिका|मैगज़ीन|मैगजीन|चैनल|वेबसाइट|फ़र्म|फर्म'.split('|').map((w) => devanagariKey(w)),
);
/** Words after such a kind that name no body ("कंपनी प्रबंधन ने", "अख़बार मालिकों"). */
const HI_KIND_FOLLOWERS = new Set(
  (
    'प्रबंधन|प्रशासन|सूत्र|मालिक|संपादक|अधिकारी|कर्मचारी|प्रमुख|जगत|समूह|बाज़ार|बाजार|क्षेत्र|स्तर|सेवा|जिसने|जो|' +
    'खुद|ख़ुद|स्वयं|तैयार|लिंक|लॉन्च|लांच'
  )
    .split('|')
    .map((w) => devanagariKey(w)),
);

/**
 * "कंपनी एलजी ने कहा", "पाकिस्तानी अख़बार जंग ने": one or two words right after the kind of body,
 * before a postposition or a verb of saying, name that body.
 */
function addNamedAfterKind(ctx: EntityContext, lexTokens: Set<number>): void {
  const { tokens, body, collector } = ctx;
  const names = getNameLexicon();
  const nameWord = (t: Token | undefined): t is Token =>
    !!t &&
    t.deva &&
    t.kind === 'word' &&
    !t.newlineBefore &&
    !HI_POSTPOSITIONS.has(t.key) &&
    !HI_NON_NAME.has(t.key) &&
    !names.hindiStopwords.has(t.text) &&
    !HI_ROLE_HEADS.has(t.key) &&
    !HI_ORG_HEADS.has(t.key) &&
    !HI_KIND_FOLLOWERS.has(t.key) &&
    !/(?:ों|ओं|यों)$/.test(t.text) &&
    // "कंपनी खोलेगी", "कंपनी बनाने": a verb.
    !/(?:ने|ना|नी|गी|गा|गे|ती|ता|ते)$/.test(t.text);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const kind = tokens[i];
    if (!kind?.deva || !HI_KIND_BEFORE_NAME.has(kind.key)) continue;
    let e = i + 1;
    while (e < tokens.length && e - i <= 2 && nameWord(tokens[e]) && !lexTokens.has(e)) e++;
    const after = tokens[e];
    if (
      e === i + 1 ||
      !after ||
      !(HI_POSTPOSITIONS.has(after.key) || HI_SPEECH_VERBS.has(after.key) || after.kind === 'punct')
    )
      continue;
    const first = tokens[i + 1] as Token;
    const last = tokens[e - 1] as Token;
    if (!collector.isFree(first.start, last.end)) continue;
    const surface = body.slice(first.start, last.end);
    const index = collector.entity(`rule:ORGANIZATION:${surface}`, () =>
      newEntity('ORGANIZATION', surface, 0.55),
    );
    collector.mention(index, first.start, last.end, 'NAME', 'find-entities:hi-kind-before-name', 0.55);
  }
}

/**
 * An office or an academic title before a person's name ("मंत्री", "प्रोफ़ेसर", "डॉ"). Not the religious
 * and plain honorifics, which open the names of bodies too ("श्री राम सेना", "स्वामी विवेकानंद … विश्वविद्यालय").
 */
function personTitle(t: Token | undefined): boolean {
  return !!t?.deva && (HI_ROLE_HEADS.has(t.key) || ACADEMIC_TITLES.has(t.key));
}
const ACADEMIC_TITLES = new Set(
  ['प्रोफ़ेसर', 'प्रोफेसर', 'डॉ', 'डॉक्टर', 'श्रीमती', 'सुश्री'].map((w) => devanagariKey(w)),
);

/** Acronyms of offices and of kinds of people ("सीएमओ", chief medical officer; "एनआरआई"). */
const PERSON_ACRONYMS = new Set(
  'सीएमओ|सीएमएस|सीएफओ|सीटीओ|सीओओ|एमडी|डीएम|एसडीएम|एडीएम|बीडीओ|एसडीओ|एसडीपीओ|एएसपी|डीएसपी|एसपी|आईएएस|आईपीएस|पीसीएस|एमएलए|एमएलसी|एमपी|सीएम|पीएम|एनआरआई'
    .split('|')
    .map((w) => devanagariKey(w)),
);

/**
 * "बीसीसीआई ने एक बयान में कहा", "आईओसी के मुताबिक़": a Devanagari acronym no lexicon knows that says
 * something is a body (an office such as डीजीपी is a role, not a body). Every occurrence of it in the
 * article names the same organisation.
 */
/** Acronyms of things, taxes, laws and documents, never of a body ("जीएसटी", "एफ़आईआर", "सीसीटीवी"). */
const THING_ACRONYMS = new Set(
  (
    'जीएसटी|जीडीपी|एफ़आईआर|एफआईआर|सीसीटीवी|डीएनए|एचआईवी|ईवीएम|एटीएम|आईपीओ|एसयूवी|पीपीई|एलओसी|एलएसी|' +
    'वीआईपी|आरटीआई|ओटीपी|जीपीएस|एलपीजी|सीएनजी|एमबीबीएस|पीएचडी|एसएमएस|एनआरसी|सीएए|एनपीआर|यूएपीए|एमएसपी|' +
    'पीएमएलए|एनडीपीएस|आईपीसी|सीआरपीसी|एनओसी|ईएमआई|यूपीआई|केवाईसी|आईक्यू|सीओपीडी|एड्स'
  )
    .split('|')
    .map((w) => devanagariKey(w)),
);

/** The people of a body ("के अधिकारियों", "के सदस्यों", "के वैज्ञानिकों"). */
const BODY_MEMBERS = new Set(
  'अधिकारियों|अधिकारी|सदस्यों|सदस्य|वैज्ञानिकों|कर्मचारियों|कार्यकर्ताओं|नेताओं|प्रवक्ता|प्रमुख|अध्यक्ष|महासचिव|सचिव|निदेशक|डॉक्टरों'
    .split('|')
    .map((w) => devanagariKey(w)),
);

function addSpeakingAcronyms(ctx: EntityContext, lexTokens: Set<number>): void {
  const { tokens, collector } = ctx;
  const speaking = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!t?.deva || lexTokens.has(i) || HI_ROLE_HEADS.has(t.key) || PERSON_ACRONYMS.has(t.key)) continue;
    if (!DEVANAGARI_ACRONYM.test(t.text)) continue;
    const next = tokens[i + 1];
    const then = tokens[i + 2]?.text ?? '';
    if (!next || next.newlineBefore) continue;
    const says =
      HI_SPEECH_VERBS.has(next.key) ||
      (next.text === 'का' && then === 'कहना') ||
      (next.text === 'के' && /^(?:मुताबिक़?|अनुसार)$/.test(then)) ||
      (next.text === 'ने' &&
        tokens
          .slice(i + 2, i + 7)
          .some((w) => HI_SPEECH_VERBS.has(w.key) || /^(?:कहा|बताया|बयान)$/.test(w.text)));
    // "बीसीसीआई ने फ़ैसला लिया", "आईसीसी के अधिकारियों ने": a body that acts, or whose people or office
    // holders the text names.
    const body =
      next.text === 'ने' ||
      (/^(?:के|की|का)$/.test(next.text) &&
        !!tokens[i + 2]?.deva &&
        (HI_ROLE_HEADS.has(tokens[i + 2]?.key ?? '') || BODY_MEMBERS.has(tokens[i + 2]?.key ?? '')));
    if ((says || body) && !THING_ACRONYMS.has(t.key)) speaking.add(t.key);
  }
  if (speaking.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t?.deva || !speaking.has(t.key) || lexTokens.has(i) || !collector.isFree(t.start, t.end)) continue;
    const index = collector.entity(`rule:ORGANIZATION:${t.text}`, () =>
      newEntity('ORGANIZATION', t.text, 0.6),
    );
    collector.mention(index, t.start, t.end, 'ACRONYM', 'find-entities:hi-acronym', 0.6);
  }
}

/** "Full Name (ABBR)" / "ABBR (Full Name)": the acronym becomes an alias of the organisation. */
export function linkParenthesisedAliases(ctx: EntityContext): void {
  const { tokens, collector, body } = ctx;
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i]?.text !== '(') continue;
    const inner = tokens[i + 1];
    const close = tokens[i + 2];
    if (!inner || close?.text !== ')' || inner.kind !== 'word') continue;
    const before = tokens[i - 1];
    if (!before) continue;
    const prev = collector.mentions.find((m) => m.end === before.end && m.type === 'ORGANIZATION');
    if (!prev) continue;
    const isAcronym = /^[\p{Lu}\p{N}&.-]{2,10}$/u.test(inner.text) || (inner.deva && inner.text.length <= 8);
    const isName = /^\p{Lu}\p{Ll}+$/u.test(inner.text);
    if (!isAcronym && !isName) continue;
    const existing = collector.mentions.find((m) => m.start === inner.start);
    if (existing) continue;
    collector.alias(`acr:${inner.text}`, prev.entity);
    collector.mention(
      prev.entity,
      inner.start,
      inner.end,
      isAcronym ? 'ACRONYM' : 'NAME',
      'find-entities:paren-alias',
      0.85,
    );
    void body;
  }
}

/** Later bare uses of an acronym defined in parentheses. */
export function linkDefinedAcronyms(ctx: EntityContext): void {
  const { tokens, collector } = ctx;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    const index = collector.find(`acr:${t.text}`);
    if (index === undefined) continue;
    collector.mention(index, t.start, t.end, 'ACRONYM', 'find-entities:acronym', 0.85);
  }
}
