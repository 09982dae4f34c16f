/**
 * Stage `find-entities`: persons, organisations and places of one article, English and Hindi,
 * with within-article coreference (short forms and role descriptions resolved to the full name),
 * affiliations ("SP chief X") and a gender for persons when a title or given name tells it.
 *
 * Passes, in order (each claims its spans so later passes do not reuse them):
 * dateline place -> rule-built organisation/venue names -> lexicon organisations and places ->
 * acronyms defined in parentheses -> person names (English runs, Hindi context) -> short forms ->
 * role descriptions. Pronouns are left to `attribute-quotes`.
 */
import type { ArticleAffiliation, ArticleEntity, Doc, Mention, Stage } from '../domain.js';
import { getPhraseIndex, surfaceFits } from '../lexicons/gazetteer.js';
import { latinKey, nameVowelKey } from '../lexicons/name-keys.js';
import {
  canonicalRole,
  inferGender,
  resolveDescriptions,
  resolveShortForms,
  surnameHalves,
} from './coreference.js';
import { newEntity } from './entity-collector.js';
import { createEntityContext, type EntityContext } from './entity-context.js';
import { findEnglishPersons, type PersonCandidate } from './english-persons.js';
import { findHindiPersons } from './hindi-persons.js';
import {
  findHindiRuleOrganisations,
  findLexiconHits,
  findRuleOrganisations,
  type LexiconHit,
  lexiconEntity,
  linkDefinedAcronyms,
  linkParenthesisedAliases,
} from './organization-names.js';
import { phraseKey } from './word-tokens.js';

/** Minimum score of an English name candidate without title or role. */
const EN_PERSON_THRESHOLD = 2.5;

export const findEntities: Stage = (doc: Doc): Doc => {
  const ctx = createEntityContext(doc.body);
  const hits = findLexiconHits(ctx);
  addDatelinePlace(ctx, doc);
  findRuleOrganisations(ctx, hits);
  findHindiRuleOrganisations(ctx, hits);
  addLexiconMentions(ctx, hits);
  linkParenthesisedAliases(ctx);
  linkDefinedAcronyms(ctx);

  const candidates = withoutQuotedTitles(
    ctx,
    [...findEnglishPersons(ctx), ...findHindiPersons(ctx)].sort((a, b) => a.start - b.start),
  );
  const people = addPersons(ctx, candidates, hits);
  resolveShortForms(ctx, people);
  resolveDescriptions(ctx, people);
  inferGender(ctx, people);

  const { collector } = ctx;
  const merged = mergeNamesAlso(doc.body, collector.entities, collector.mentions, collector.affiliations);
  preferFrequentSpelling(merged.entities, merged.mentions);
  const mentions = [...merged.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const e of merged.entities) e.aliases.sort((a, b) => b.length - a.length);
  return { ...doc, entities: merged.entities, mentions, affiliations: merged.affiliations };
};

/**
 * A person written two ways in full ("विरोट कोहली" once, "विराट कोहली" three times) is named by the
 * spelling the article uses most; on a tie, the first.
 */
/**
 * "‘अंधा युग’ रंगमंच पर", "फ़िल्म 'डेढ़ इश्क़िया' का": Hindi words a text only ever writes inside quotation
 * marks of their own, with less than a given name and a family name for evidence, are a title.
 */
function withoutQuotedTitles(ctx: EntityContext, candidates: PersonCandidate[]): PersonCandidate[] {
  const { tokens, body } = ctx;
  const open = /["“‘'«]$/u;
  const close = /^["”’'»]/u;
  const textOf = (c: PersonCandidate) => c.parts.join(' ');
  const quoted = (c: PersonCandidate) => {
    const first = tokens[c.start];
    const last = tokens[c.end - 1];
    return (
      !!first?.deva &&
      !!last &&
      c.title === null &&
      c.role === null &&
      // "'सोनिया गांधी' पर आधारित": a given name and a family name the lexicons know stay a person.
      c.score < 4 &&
      open.test(body.slice(Math.max(0, first.start - 1), first.start)) &&
      close.test(body.slice(last.end, last.end + 1))
    );
  };
  const unquoted = new Set(candidates.filter((c) => !quoted(c)).map(textOf));
  return candidates.filter((c) => !quoted(c) || unquoted.has(textOf(c)));
}

function preferFrequentSpelling(entities: ArticleEntity[], mentions: Mention[]): void {
  const counts = new Map<number, Map<string, number>>();
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.form !== 'NAME') continue;
    const byText = counts.get(m.entity) ?? new Map<string, number>();
    byText.set(m.text, (byText.get(m.text) ?? 0) + 1);
    counts.set(m.entity, byText);
  }
  for (const [index, byText] of counts) {
    const e = entities[index];
    if (!e) continue;
    const words = e.name.split(/\s+/);
    const consonants = (w: string) => nameVowelKey(w).replace(/[*aeiou]/g, '');
    // The same words, or words that differ in their vowels only ("Loren", "Lauren"; "विरोट", "विराट").
    const spelling = (text: string) => {
      const other = text.split(/\s+/);
      return (
        other.length === words.length &&
        other.every(
          (w, k) =>
            w === words[k] || (consonants(w).length >= 2 && consonants(w) === consonants(words[k] ?? '')),
        )
      );
    };
    let best = e.name;
    let bestCount = byText.get(e.name) ?? 0;
    for (const [text, n] of byText) {
      if (n > bestCount && spelling(text)) {
        best = text;
        bestCount = n;
      }
    }
    e.name = best;
  }
}

/** What joins a person's name to another name of the same person ("X alias Y", "X, also known as Y"). */
const ALSO_KNOWN_AS =
  /^\s*[,(]?\s*(?:alias|aka|a\.k\.a\.?|also known as|also called|better known as|popularly known as|known popularly as|उर्फ़|उर्फ)\s*[,:]?\s*["'“‘]?\s*$/iu;

/**
 * "Mohammad Salim alias Pappu", "Mahmoud Abbas, also known as Abu Mazen", "राजू उर्फ़ राजेंद्र": the
 * second name is the first person's, so its entity joins the first (mentions, aliases, affiliations).
 */
function mergeNamesAlso(
  body: string,
  entities: ArticleEntity[],
  mentions: Mention[],
  affiliations: ArticleAffiliation[],
): { entities: ArticleEntity[]; mentions: Mention[]; affiliations: ArticleAffiliation[] } {
  const into = new Map<number, number>();
  const root = (i: number): number => {
    let r = i;
    while (into.has(r)) r = into.get(r) as number;
    return r;
  };
  const persons = mentions
    .filter((m) => m.type === 'PERSON' && (m.form === 'NAME' || m.form === 'SHORT'))
    .sort((a, b) => a.start - b.start);
  for (let k = 0; k + 1 < persons.length; k++) {
    const a = persons[k] as Mention;
    const b = persons[k + 1] as Mention;
    const first = root(a.entity);
    const second = root(b.entity);
    if (first === second || b.start - a.end > 40 || !ALSO_KNOWN_AS.test(body.slice(a.end, b.start))) continue;
    into.set(second, first);
  }
  if (into.size === 0) return { entities, mentions, affiliations };
  for (const [from] of into) {
    const to = root(from);
    const source = entities[from] as ArticleEntity;
    const target = entities[to] as ArticleEntity;
    for (const alias of source.aliases) if (!target.aliases.includes(alias)) target.aliases.push(alias);
    for (const d of source.descriptions) if (!target.descriptions.includes(d)) target.descriptions.push(d);
    for (const t of source.titles) if (!target.titles.includes(t)) target.titles.push(t);
    target.gender ??= source.gender;
  }
  const newIndex = new Map<number, number>();
  const kept: ArticleEntity[] = [];
  entities.forEach((e, i) => {
    if (into.has(i)) return;
    newIndex.set(i, kept.length);
    kept.push(e);
  });
  const remap = (i: number) => newIndex.get(root(i)) as number;
  return {
    entities: kept,
    mentions: mentions.map((m) => ({ ...m, entity: remap(m.entity) })),
    affiliations: affiliations.map((f) => ({
      ...f,
      person: remap(f.person),
      organization: f.organization === null ? null : remap(f.organization),
    })),
  };
}

function addDatelinePlace(ctx: EntityContext, doc: Doc): void {
  const place = doc.meta.datelinePlace;
  const span = doc.meta.datelineSpan;
  if (!place || !span) return;
  const match = getPhraseIndex()
    .byKey.get(phraseKey(place))
    ?.find((m) => m.entry.type === 'PLACE' && surfaceFits(place, m.alias));
  let index: number;
  if (match) {
    index = lexiconEntity(ctx, match.entry, place);
  } else {
    const name = place === place.toUpperCase() ? titleCase(place) : place;
    index = ctx.collector.entity(`place:${latinKey(name)}`, () => {
      const e = newEntity('PLACE', name, 0.8);
      e.placeKind = 'CITY';
      return e;
    });
  }
  ctx.collector.mention(index, span.start, span.end, 'NAME', 'find-entities:dateline', 0.9);
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

function addLexiconMentions(ctx: EntityContext, hits: LexiconHit[]): void {
  const { tokens, body, collector } = ctx;
  for (const h of hits) {
    const first = tokens[h.start];
    const last = tokens[h.end - 1];
    if (!first || !last) continue;
    const surface = body.slice(first.start, last.end);
    const index = lexiconEntity(ctx, h.match.entry, surface);
    const letters = surface.replace(/[^\p{L}]/gu, '');
    const acronym = letters.length <= 6 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
    const confidence = h.match.weak ? 0.7 : 0.95;
    collector.mention(
      index,
      first.start,
      last.end,
      acronym ? 'ACRONYM' : 'NAME',
      'find-entities:lexicon',
      confidence,
    );
    // A Devanagari article names the entity in Devanagari: prefer its longest surface as name.
    const e = collector.entities[index];
    if (e && /[\u0900-\u097F]/.test(surface) && e.latinName && surface.length > e.name.length && !acronym) {
      e.name = surface;
    }
  }
}

/** Initials ("a", "p.v", "k.n") at the start of a name's keys. */
const INITIAL_KEY = /^\p{L}(?:\.\p{L})*\.?$/u;
/** Last words that name another person of the same name ("Jr", "II"). */
const GENERATION = /^(?:jr|sr|junior|senior|i|ii|iii|iv)\.?$/;

/**
 * The one person already named in full whose name this shorter one writes differently: without the
 * initials ("Revanth Reddy", "A. Revanth Reddy"), without a middle name ("Jagjit Dallewal", "Jagjit
 * Singh Dallewal"), without the surname ("Ranvir Singh", "Ranvir Singh Rathore") or without the first
 * name ("Duncan Smith", "Iain Duncan Smith"). Null when none or several do ("Parkash Singh" with
 * "Parkash Singh Badal" and "Parkash Singh Majitha"). With `sound`, words compare by that key
 * (a Hindi article's spelling variants: "भय्याजी जोशी" of "सुरेश भैय्याजी जोशी").
 */
function fullerName(parts: string[], refs: PersonRef[], sound?: (key: string) => string): number | null {
  const bare = (keys: string[]) => {
    let k = 0;
    while (k < keys.length - 2 && INITIAL_KEY.test(keys[k] ?? '')) k++;
    const rest = keys.slice(k);
    return sound ? rest.map(sound) : rest;
  };
  const short = bare(parts);
  if (short.length < 2 || short.some((w) => INITIAL_KEY.test(w) && w.length > 1)) return null;
  const owners = refs.filter((r) => {
    if (r.parts.length < 2 || r.parts.join(' ') === parts.join(' ')) return false;
    const full = bare(r.parts);
    if (GENERATION.test(full[full.length - 1] ?? '') !== GENERATION.test(short[short.length - 1] ?? ''))
      return false;
    if (full.join(' ') === short.join(' ')) return true;
    // "सिंह सुहाग" of "दलबीर सिंह सुहाग", "Duncan Smith" of "Iain Duncan Smith": the end of one full name.
    if (full.length > short.length && full.slice(full.length - short.length).join(' ') === short.join(' '))
      return true;
    if (full.length <= short.length || full[0] !== short[0]) return false;
    // A subsequence keeping the first word, and either the last word or the beginning of the name.
    let k = 0;
    for (const w of full) if (w === short[k]) k++;
    if (k < short.length) return false;
    const prefix = short.every((w, n) => full[n] === w);
    return full[full.length - 1] === short[short.length - 1] || prefix;
  });
  const indexes = [...new Set(owners.map((r) => r.index))];
  return indexes.length === 1 ? (indexes[0] ?? null) : null;
}

export interface PersonRef {
  index: number;
  /** Token keys of the full name. */
  parts: string[];
  /** Role heads seen for this person ("chief", "minister", "नेता"). */
  roles: Set<string>;
  /** Lexicon organisation ids the person is affiliated with. */
  orgs: Set<string>;
}

function addPersons(ctx: EntityContext, candidates: PersonCandidate[], hits: LexiconHit[]): PersonRef[] {
  const { tokens, body, collector } = ctx;
  const refs = new Map<number, PersonRef>();
  const ref = (index: number, parts: string[]) => {
    let r = refs.get(index);
    if (!r) {
      r = { index, parts, roles: new Set(), orgs: new Set() };
      refs.set(index, r);
    }
    return r;
  };
  const keyOf = (c: PersonCandidate) =>
    tokens
      .slice(c.start, c.end)
      .filter((t) => t.kind === 'word')
      .map((t) => t.key);

  const accepted = candidates.filter(
    (c) => c.strong || c.score >= EN_PERSON_THRESHOLD || tokens[c.start]?.deva,
  );
  // Full names first, so that one-word names can become short forms of them.
  const multi = accepted.filter((c) => keyOf(c).length >= 2);
  const single = accepted.filter((c) => keyOf(c).length < 2);
  const place = (c: PersonCandidate, index: number, form: 'NAME' | 'SHORT', confidence: number) => {
    const first = tokens[c.start];
    const last = tokens[c.end - 1];
    if (!first || !last) return;
    if (
      !collector.mention(
        index,
        first.start,
        last.end,
        form,
        `find-entities:person-${form.toLowerCase()}`,
        confidence,
      )
    ) {
      return;
    }
    const e = collector.entities[index];
    if (!e) return;
    if (c.title) {
      const title = c.title.replace(/\.$/, '');
      if (!e.titles.includes(title)) e.titles.push(title);
      if (c.titleStart !== null) {
        const ts = tokens[c.titleStart];
        if (ts) collector.addAlias(index, body.slice(ts.start, last.end));
      }
    }
    // "US President George Bush", "Tory leader Michael Howard": the written form with its qualifier.
    const qualifiedFrom = c.titleStart ?? c.role?.start ?? null;
    if (qualifiedFrom !== null) {
      const qStart = tokens[qualifiedFrom]?.start ?? 0;
      const before = collector.mentions.find(
        (m) =>
          m.type !== 'PERSON' &&
          m.extractor !== 'find-entities:dateline' &&
          m.end <= qStart &&
          /^\s?$/.test(body.slice(m.end, qStart)),
      );
      const from = before ? before.start : qStart;
      collector.addAlias(index, body.slice(from, last.end));
    }
    if (c.gender && !e.gender) e.gender = c.gender;
    const r = ref(index, refs.get(index)?.parts ?? keyOf(c));
    const roleHead = canonicalRole(c.role?.text ?? c.title ?? '');
    if (roleHead) r.roles.add(roleHead);
    if (c.role || c.title) addAffiliation(ctx, index, c, hits, r);
  };

  // Whether a mention of person `index` shares the candidate's sentence.
  const inSentenceOf = (index: number, c: PersonCandidate): boolean => {
    const at = tokens[c.start]?.start ?? 0;
    return collector.mentions.some((m) => {
      if (m.entity !== index) return false;
      const [from, to] = m.end <= at ? [m.end, at] : [tokens[c.end - 1]?.end ?? at, m.start];
      return from <= to && !/[.।?!\n]/.test(body.slice(from, to));
    });
  };

  // Longest names first, so that "Jagjit Dallewal" and "Mulayam Singh" find the full name they shorten.
  multi.sort((a, b) => keyOf(b).length - keyOf(a).length || a.start - b.start);
  for (const c of multi) {
    const parts = keyOf(c);
    const key = `person:${parts.join(' ')}`;
    const deva = tokens[c.start]?.deva === true;
    let variant = deva ? spellingVariant(parts, [...refs.values()]) : null;
    // "मेहर सिंह चौहान, …, मोहर सिंह चौहान": two names listed in one sentence are two people.
    if (variant !== null && inSentenceOf(variant, c)) variant = null;
    const fuller =
      fullerName(parts, [...refs.values()]) ??
      (deva ? fullerName(parts, [...refs.values()], nameVowelKey) : null) ??
      variant;
    if (fuller !== null && collector.find(key) === undefined) collector.alias(key, fuller);
    // The same name in the other script (a Latin tweet footer in a Hindi article) is the same person.
    const soundKey = `sound:${tokens
      .slice(c.start, c.end)
      .filter((t) => t.kind === 'word')
      .map((t) => nameVowelKey(t.text))
      .join(' ')}`;
    // Hindi writes one given name as one word or two (विद्याचरण शुक्ल, विद्या चरण शुक्ल; एमपी, एम पी).
    const sameSound =
      collector.find(soundKey) ?? (deva ? collector.find(joinedSoundKey(c.parts)) : undefined);
    if (sameSound !== undefined) collector.alias(key, sameSound);
    const name = tokens
      .slice(c.start, c.end)
      .map((t) => t.text)
      .join(' ')
      .replace(/ \./g, '.')
      .replace(/\s+/g, ' ');
    const surface = body.slice(tokens[c.start]?.start ?? 0, tokens[c.end - 1]?.end ?? 0);
    const index = collector.entity(key, () =>
      newEntity('PERSON', surface.includes('\n') ? name : surface, 0.8),
    );
    collector.alias(soundKey, index);
    if (deva) collector.alias(joinedSoundKey(c.parts), index);
    ref(index, parts);
    place(c, index, 'NAME', Math.min(0.95, 0.6 + c.score / 10));
  }
  // Drop a full name that is only the tail of a longer one ("Singh Rathore" of "Ranvir Singh Rathore").
  for (const c of single) {
    const [part] = keyOf(c);
    if (!part) continue;
    // "Prince Charles" in an article about Charles Kennedy: royals go by their given name, which is
    // no short form of somebody else's full name.
    const royal = /^(?:prince|princess|king|queen|emperor|empress|sultan|emir)$/i.test(c.title ?? '');
    let owners = royal
      ? []
      : [...refs.values()].filter((r) => r.parts.includes(part) || surnameHalves(r.parts).includes(part));
    // Hindi spells a name's vowels and nasals more than one way in one article (सबनवीस, सबनविस;
    // रैंडल, रैनडल; जायसवाल, जयसवाल): a one-word name of three consonants or more that sounds like
    // a part of one full name is its short form.
    const sound = tokens[c.start]?.deva ? nameVowelKey(part) : '';
    if (owners.length === 0 && sound.replace(/[*iuo]/g, '').length >= 3) {
      owners = [...refs.values()].filter(
        (r) =>
          r.parts.length >= 2 &&
          r.parts.some(
            (w) => nameVowelKey(w) === sound || (vowelVariant(w, part) && !inSentenceOf(r.index, c)),
          ),
      );
    }
    // "महात्मा गांधी" before any "इंदिरा गांधी" is named in full: a titled Hindi surname that comes
    // before every owner's mention is a person of its own.
    const at = tokens[c.start]?.start ?? 0;
    const titledFirst =
      !!tokens[c.start]?.deva &&
      c.title !== null &&
      !collector.mentions.some((m) => m.start < at && owners.some((o) => o.index === m.entity));
    if (owners.length >= 1 && !titledFirst) {
      const owner = pickOwner(ctx, owners, c);
      place(c, owner.index, 'SHORT', owners.length === 1 ? 0.85 : 0.45);
      continue;
    }
    if (!c.strong && c.score < EN_PERSON_THRESHOLD + 0.5 && !tokens[c.start]?.deva) continue;
    const text = tokens[c.start]?.text ?? part;
    // Hindi spells one name as one word or two, with or without a conjunct (हर्षवर्धन, हर्ष वर्धन,
    // हर्षवर्द्धन): the same sound is the same person.
    const joined = tokens[c.start]?.deva ? joinedSoundKey([text]) : null;
    const variantOf = joined ? collector.find(joined) : undefined;
    const index = variantOf ?? collector.entity(`person:${part}`, () => newEntity('PERSON', text, 0.6));
    if (joined) collector.alias(joined, index);
    ref(index, [part]);
    place(c, index, 'NAME', c.strong ? 0.75 : 0.55);
  }
  return [...refs.values()];
}

/**
 * Two Devanagari spellings of one name word that differ in one vowel only (थ्यूनिसेन, थियूनिसेन;
 * विराट, विरोट), with three consonants or more (not राम and रीमा).
 */
function vowelVariant(a: string, b: string): boolean {
  if (a === b) return false;
  const ka = nameVowelKey(a);
  const kb = nameVowelKey(b);
  const consonants = (k: string) => k.replace(/[*aeiou]/g, '');
  if (consonants(ka) !== consonants(kb) || consonants(ka).length < 3) return false;
  return editDistanceAtMostOne(ka, kb);
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * The one full name of the article this Devanagari name spells with one vowel changed in one word
 * ("विरोट कोहली" of "विराट कोहली"). Null when none or several do.
 */
function spellingVariant(parts: string[], refs: PersonRef[]): number | null {
  const owners = refs.filter((r) => {
    if (r.parts.length !== parts.length || r.parts.length < 2) return false;
    let changed = 0;
    for (let k = 0; k < parts.length; k++) {
      const a = parts[k] ?? '';
      const b = r.parts[k] ?? '';
      if (a === b) continue;
      if (!vowelVariant(a, b) || ++changed > 1) return false;
    }
    return changed === 1;
  });
  const indexes = [...new Set(owners.map((r) => r.index))];
  return indexes.length === 1 ? (indexes[0] ?? null) : null;
}

/** Sound key of a Devanagari name written as one word, whatever its word breaks. */
function joinedSoundKey(parts: string[]): string {
  return `joined:${nameVowelKey(parts.join('').replace(/\u094D/g, '')).replace(/(.)\1+/g, '$1')}`;
}

/** Among persons sharing a name part, the one mentioned last before the candidate. */
function pickOwner(ctx: EntityContext, owners: PersonRef[], c: PersonCandidate): PersonRef {
  const at = ctx.tokens[c.start]?.start ?? 0;
  let best = owners[0] as PersonRef;
  let bestPos = -1;
  for (const o of owners) {
    for (const m of ctx.collector.mentions) {
      if (m.entity === o.index && m.start < at && m.start > bestPos) {
        bestPos = m.start;
        best = o;
      }
    }
  }
  return best;
}

const HONORIFIC_ONLY = /^(mr|mrs|ms|miss|dr|sir|lord|lady|dame|shri|smt|sri|prof|श्री|श्रीमती|डॉ|सुश्री)\.?$/i;

function addAffiliation(
  ctx: EntityContext,
  person: number,
  c: PersonCandidate,
  hits: LexiconHit[],
  r: PersonRef,
) {
  const { tokens, body, collector } = ctx;
  let roleText: string;
  let roleStart: number;
  if (c.role) {
    roleText = c.role.text;
    roleStart = c.role.start;
  } else if (c.title && c.titleStart !== null && !HONORIFIC_ONLY.test(c.title)) {
    roleText = c.title;
    roleStart = c.titleStart;
  } else return;
  // The organisation named right before the role ("BSP chief", "Bahujan Samaj Party (BSP) president"),
  // or the party the article last named when the role says "party".
  let k = roleStart - 1;
  if (tokens[k]?.text === ')') {
    while (k > 0 && tokens[k]?.text !== '(') k--;
    k--;
  }
  while (k >= 0 && /^(के|की|का)$/.test(tokens[k]?.text ?? '')) k--;
  const before = tokens[k];
  let organization: number | null = null;
  if (before) {
    const m = collector.mentions.find((x) => x.end === before.end && x.type === 'ORGANIZATION');
    if (m) organization = m.entity;
  }
  if (organization === null && /\bparty\b|पार्टी/.test(roleText)) {
    const at = tokens[roleStart]?.start ?? 0;
    const parties = collector.mentions
      .filter((m) => m.type === 'ORGANIZATION' && m.start < at && isParty(collector.entities[m.entity], hits))
      .sort((a, b) => b.start - a.start);
    organization = parties[0]?.entity ?? null;
  }
  const role = roleText
    .replace(/\b(party|the)\b|पार्टी/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  if (!role) return;
  const orgEntity = organization === null ? undefined : collector.entities[organization];
  if (orgEntity?.lexiconId) r.orgs.add(orgEntity.lexiconId);
  const first = tokens[roleStart];
  const last = tokens[c.end - 1];
  if (!first || !last) return;
  collector.affiliations.push({
    person,
    organization,
    role,
    span: { start: first.start, end: last.end },
    extractor: c.role ? 'find-entities:role-before-name' : 'find-entities:title',
    confidence: organization === null ? 0.6 : 0.8,
  });
  void body;
}

function isParty(e: ArticleEntity | undefined, hits: LexiconHit[]): boolean {
  if (!e) return false;
  if (e.lexiconId)
    return hits.some((h) => h.match.entry.id === e.lexiconId && h.match.entry.kind === 'PARTY');
  return /party|पार्टी/i.test(e.name);
}
