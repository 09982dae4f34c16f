/**
 * Within-article coreference for persons: short forms ("Sonia", "Gandhi", "भदौरिया") and role
 * descriptions ("the SP chief", "The prime minister", "सपा प्रमुख", "बिहार के मुख्यमंत्री") linked to the
 * person the article names in full. A link is made only when the article leaves one candidate; when
 * several persons fit, the one mentioned last is taken with low confidence.
 */
import { looseDevanagariKey } from '../lexicons/gazetteer.js';
import { getNameLexicon } from '../lexicons/person-names.js';
import {
  DEMONYMS,
  HI_NON_NAME,
  HI_POSTPOSITIONS,
  HI_ROLE_HEADS,
  HI_ROLE_MODIFIERS,
  HI_SPEECH_VERBS,
  NAME_PARTICLES,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  SPEECH_VERBS,
} from '../lexicons/titles.js';
import type { EntityContext } from './entity-context.js';
import type { PersonRef } from './find-entities.js';
import type { Token } from './word-tokens.js';

/** Groups office words that name the same office ("chief" of a party = its "president" = "प्रमुख"). */
export function canonicalRole(text: string): string | null {
  const t = text.toLowerCase();
  if (/prime minister|\bpm\b|premier|प्रधानमंत्री|पीएम/.test(t)) return 'pm';
  if (/chief minister|\bcm\b|मुख्यमंत्री|सीएम/.test(t)) return 'cm';
  if (/minister|\beam\b|मंत्री/.test(t)) return 'minister';
  if (/chancellor/.test(t)) return 'chancellor';
  if (/secretary|सचिव/.test(t)) return 'secretary';
  if (/\b(chief|president|head|chairman|chairperson|chairwoman|supremo)\b|प्रमुख|अध्यक्ष|सुप्रीमो/.test(t))
    return 'chief';
  if (/\bleader\b|नेता|नेत्री/.test(t)) return 'leader';
  if (/spokes(man|woman|person)|प्रवक्ता/.test(t)) return 'spokesperson';
  if (/\bmp\b|सांसद|member of parliament/.test(t)) return 'mp';
  if (/\bmla\b|विधायक/.test(t)) return 'mla';
  if (/mayor|महापौर|मेयर/.test(t)) return 'mayor';
  if (/governor|राज्यपाल/.test(t)) return 'governor';
  if (/magistrate|\bdm\b|डीएम|जिलाधिकारी/.test(t)) return 'dm';
  if (/founder|संस्थापक/.test(t)) return 'founder';
  if (/convenor|convener|संयोजक/.test(t)) return 'convenor';
  return null;
}

/** The second halves of double-barrelled surnames ("Abdel-Rahman" -> "Rahman"), which stand for them. */
export function surnameHalves(parts: readonly string[]): string[] {
  return parts.flatMap((part) => {
    const last = part.split('-').pop() ?? '';
    return part.includes('-') && last.length >= 3 ? [last] : [];
  });
}

/** One-word references to a person named in full elsewhere in the article. */
export function resolveShortForms(ctx: EntityContext, people: PersonRef[]): void {
  const { tokens, collector } = ctx;
  const lex = getNameLexicon();
  const byPart = new Map<string, PersonRef[]>();
  const bySound = new Map<string, PersonRef[]>();
  for (const p of people) {
    // A one-word Devanagari name ("भाजपा नेता आडवाणी") is the same name at its other places in the article
    // ("आडवाणी ने कहा"), which its candidate did not cover; a Latin one-word name is covered already.
    if (p.parts.length < 2 && !/[\u0900-\u097F]/.test(p.parts[0] ?? '')) continue;
    // The second half of a double-barrelled surname stands for it too ("वॉलर-ब्रिज" … "ब्रिज ने कहा").
    for (const part of [...p.parts, ...surnameHalves(p.parts)]) {
      if (part.length < 2 || NAME_PARTICLES.has(part) || /^\p{L}$/u.test(part)) continue;
      const list = byPart.get(part) ?? [];
      if (!list.includes(p)) list.push(p);
      byPart.set(part, list);
      // Hindi writes a name's i and u short or long in one article (सबनविस, सबनवीस).
      const sound = /[\u0900-\u097F]/.test(part) ? looseDevanagariKey(part) : '';
      if (sound.length >= 4) {
        const same = bySound.get(sound) ?? [];
        if (!same.includes(p)) same.push(p);
        bySound.set(sound, same);
      }
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'word') continue;
    const owners = byPart.get(t.key) ?? (t.deva ? bySound.get(looseDevanagariKey(t.key)) : undefined);
    if (!owners || !collector.isFree(t.start, t.end)) continue;
    const next = tokens[i + 1];
    if (t.deva) {
      const boundary =
        !next ||
        next.kind === 'punct' ||
        !next.deva ||
        next.newlineBefore ||
        HI_POSTPOSITIONS.has(next.key) ||
        HI_SPEECH_VERBS.has(next.key) ||
        HI_NON_NAME.has(next.key) ||
        // "अलका गाने को याद करते हुए कहती हैं": a name part opening its sentence is its subject.
        (ctx.sentenceStart[i] === true && !byPart.has(next.key));
      if (!boundary) continue;
    } else {
      if (!/^\p{Lu}/u.test(t.text)) continue;
      const common = lex.englishWords.has(t.key) && !lex.given.has(t.key) && !lex.surnames.has(t.key);
      if (common && ctx.sentenceStart[i] && !(next && SPEECH_VERBS.has(next.key))) continue;
      // Part of a longer capitalised run that is not this person ("Khan Market").
      if (
        next &&
        next.kind === 'word' &&
        /^\p{Lu}/u.test(next.text) &&
        collector.isFree(next.start, next.end)
      )
        continue;
    }
    const owner = owners.length === 1 ? owners[0] : recentOwner(ctx, owners, t.start);
    if (!owner) continue;
    collector.mention(
      owner.index,
      t.start,
      t.end,
      'SHORT',
      'find-entities:short-form',
      owners.length === 1 ? 0.8 : 0.4,
    );
  }
}

function recentOwner(ctx: EntityContext, owners: PersonRef[], at: number): PersonRef | undefined {
  let best: PersonRef | undefined;
  let bestPos = -1;
  for (const m of ctx.collector.mentions) {
    if (m.start >= at || m.start <= bestPos) continue;
    const o = owners.find((p) => p.index === m.entity);
    if (o) {
      best = o;
      bestPos = m.start;
    }
  }
  return best;
}

const DESCRIPTION_ROLES = new Set([
  'pm',
  'cm',
  'minister',
  'chancellor',
  'secretary',
  'chief',
  'leader',
  'spokesperson',
  'mp',
  'mla',
  'mayor',
  'governor',
  'dm',
  'founder',
  'convenor',
]);

/** "the SP chief", "The Liberal Democrat leader", "Scotland's justice minister", "सपा प्रमुख". */
const FORMER = /\b(?:former|ex|ex-\w+|erstwhile|then|outgoing)\b/i;

export function resolveDescriptions(ctx: EntityContext, people: PersonRef[]): void {
  const { tokens, collector, body } = ctx;
  const mentionAt = (t: Token) => collector.mentions.find((m) => m.start <= t.start && t.end <= m.end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    let start = -1;
    let j = i + 1;
    let orgId: string | null = null;
    if (
      !t.deva &&
      (t.key === 'the' || t.key === 'their' || t.key === 'its' || t.key === 'his' || t.key === 'her')
    ) {
      start = i;
    } else if (!t.deva && t.kind === 'word') {
      // "Scotland's justice minister"
      const m = mentionAt(t);
      const next = tokens[i + 1];
      if (m && m.end === t.end && (next?.text === '’s' || next?.text === "'s") && m.type !== 'PERSON') {
        start = collector.mentions.indexOf(m) >= 0 ? (ctx.tokenAt.get(m.start) ?? i) : i;
        j = i + 2;
      }
    } else if (t.deva && t.kind === 'word') {
      const m = mentionAt(t);
      if (m && m.end === t.end && m.type !== 'PERSON' && (i === 0 || m.start === t.start || true)) {
        start = ctx.tokenAt.get(m.start) ?? i;
        const e = collector.entities[m.entity];
        orgId = m.type === 'ORGANIZATION' ? (e?.lexiconId ?? `#${m.entity}`) : null;
      }
    }
    if (start < 0) continue;
    // Walk the description: modifiers, organisation/place names, role heads.
    let headEnd = -1;
    let k = j;
    while (k < tokens.length && k - j < 7) {
      const w = tokens[k];
      if (!w || w.newlineBefore) break;
      if (w.deva) {
        if (/^(के|की|का)$/.test(w.text) || HI_ROLE_MODIFIERS.has(w.key)) {
          k++;
          continue;
        }
        if (HI_ROLE_HEADS.has(w.key)) {
          headEnd = k + 1;
          k++;
          continue;
        }
        break;
      }
      const m = w.kind === 'word' ? mentionAt(w) : undefined;
      if (m && m.type !== 'PERSON') {
        const e = collector.entities[m.entity];
        if (m.type === 'ORGANIZATION') orgId = e?.lexiconId ?? `#${m.entity}`;
        k = (ctx.tokenAt.get(m.end) ?? k + 1) > k ? tokenAfter(ctx, m.end, k) : k + 1;
        continue;
      }
      if (w.kind !== 'word') break;
      if (ROLE_HEADS.has(w.key)) {
        headEnd = k + 1;
        k++;
        continue;
      }
      if (ROLE_MODIFIERS.has(w.key) || DEMONYMS.has(w.key)) {
        k++;
        continue;
      }
      break;
    }
    if (headEnd < 0) continue;
    const first = tokens[start];
    const last = tokens[headEnd - 1];
    if (!first || !last) continue;
    // Not a description when a name follows ("the BSP chief Mayawati").
    const after = tokens[headEnd];
    if (after && !after.newlineBefore) {
      if (!after.deva && after.kind === 'word' && /^\p{Lu}/u.test(after.text)) continue;
      if (
        after.deva &&
        after.kind === 'word' &&
        !HI_POSTPOSITIONS.has(after.key) &&
        !HI_NON_NAME.has(after.key) &&
        !HI_SPEECH_VERBS.has(after.key)
      )
        continue;
    }
    const text = body.slice(first.start, last.end);
    const role = canonicalRole(body.slice(tokens[j]?.start ?? first.start, last.end));
    if (!role || !DESCRIPTION_ROLES.has(role)) continue;
    const spanStart = t.deva ? (tokens[j]?.start ?? first.start) : first.start;
    // Hindi: the description starts at the organisation/place name; English: at "the".
    const from = t.deva ? first.start : spanStart;
    if (!collector.isFree(from, last.end)) {
      // The organisation/place inside is already a mention: allow the description to overlap it
      // only by not claiming; record it as a description without a span claim.
    }
    // "the former chief minister" is not the sitting one, nor "the chief minister" a former one.
    const former = FORMER.test(text);
    // "the EAM", "मुख्यमंत्री": a description that names no rank is of the office itself.
    const written = ranksOf(text, role);
    const rank = written.size > 0 ? written : new Set(['plain']);
    let owners = people.filter((p) => {
      if (!p.roles.has(role)) return false;
      const e = collector.entities[p.index];
      const written = e ? [...e.titles, ...e.aliases, ...e.descriptions].join(' ; ') : '';
      // "the chancellor" is not the shadow chancellor, "the prime minister" not his deputy.
      const held = ranksOf(written, role);
      return FORMER.test(written) === former && (held.size === 0 || [...rank].some((r) => held.has(r)));
    });
    if (orgId) {
      const withOrg = owners.filter((p) => p.orgs.has(orgId as string));
      if (withOrg.length > 0) owners = withOrg;
    }
    if (owners.length === 0) continue;
    const owner = owners.length === 1 ? owners[0] : recentOwner(ctx, owners, first.start);
    if (!owner) continue;
    const confidence = owners.length === 1 ? 0.75 : 0.4;
    const entity = collector.entities[owner.index];
    if (!entity) continue;
    // The organisation/place words inside the description keep their own mentions; the description
    // mention covers the role words after them.
    const roleStart =
      tokens[j] && !collector.isFree(first.start, last.end) ? firstFree(ctx, j, headEnd) : first.start;
    if (roleStart === null) continue;
    if (
      collector.mention(
        owner.index,
        roleStart,
        last.end,
        'DESCRIPTION',
        'find-entities:description',
        confidence,
      )
    ) {
      if (!entity.descriptions.includes(text)) entity.descriptions.push(text);
    }
    i = headEnd - 1;
  }
}

const RANKS = /^(?:deputy|shadow|vice|junior|assistant|acting)$/;
const ROLE_WORDS =
  /\b(?:prime minister|chief minister|minister|chancellor|secretary|president|chairman|chairperson|chairwoman|leader|mayor|governor|spokes(?:man|woman|person)|chief|head)\b/giu;

/**
 * The ranks under which `text` writes `role`: "shadow" for "Shadow chancellor", "deputy" for "Deputy
 * Prime Minister", "plain" for the office itself. Empty when the text never writes that role in English.
 */
export function ranksOf(text: string, role: string): Set<string> {
  const ranks = new Set<string>();
  for (const m of text.matchAll(ROLE_WORDS)) {
    if (canonicalRole(m[0]) !== role) continue;
    const before = text
      .slice(Math.max(0, (m.index ?? 0) - 40), m.index)
      .split(/[\s-]+/)
      .filter(Boolean)
      .slice(-3)
      .map((w) => w.toLowerCase());
    const rank = before.find((w) => RANKS.test(w));
    ranks.add(rank ?? 'plain');
  }
  return ranks;
}

function tokenAfter(ctx: EntityContext, offset: number, fallback: number): number {
  for (let k = fallback; k < ctx.tokens.length; k++) if ((ctx.tokens[k]?.start ?? 0) >= offset) return k;
  return fallback + 1;
}

function firstFree(ctx: EntityContext, from: number, to: number): number | null {
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k];
    if (t && ctx.collector.isFree(t.start, ctx.tokens[to - 1]?.end ?? t.end)) return t.start;
  }
  return null;
}

const HE = new Set(['he', 'his', 'him', 'himself']);
const SHE = new Set(['she', 'her', 'hers', 'herself']);
const HI_MASCULINE = new Set(['बोले', 'गए', 'रहे', 'थे', 'पहुंचे', 'पहुँचे', 'कहते', 'चुके', 'लगे', 'दिए']);
const HI_FEMININE = new Set(['बोलीं', 'गईं', 'रहीं', 'थीं', 'पहुंचीं', 'पहुँचीं', 'कहती', 'चुकी', 'लगीं', 'दीं']);

/**
 * Gender of persons that no title or given name told: the pronouns that follow a person who
 * opens a sentence (in that sentence and the next one) in English, verb agreement after the name in
 * Hindi ("बोले" / "बोलीं"). Set only when the evidence is one-sided.
 */
export function inferGender(ctx: EntityContext, people: PersonRef[]): void {
  const { tokens, collector } = ctx;
  const votes = new Map<number, { m: number; f: number }>();
  const vote = (entity: number, g: 'm' | 'f') => {
    const v = votes.get(entity) ?? { m: 0, f: 0 };
    v[g]++;
    votes.set(entity, v);
  };
  const personIndices = new Set(people.map((p) => p.index));
  const firstPersonOfSentence = new Map<number, number>(); // sentence-start token -> entity
  let sentence = 0;
  const mentionByToken = new Map<number, number>();
  for (const m of collector.mentions) {
    if (m.type !== 'PERSON' || !personIndices.has(m.entity)) continue;
    const k = ctx.tokenAt.get(m.start);
    if (k !== undefined) mentionByToken.set(k, m.entity);
  }
  let sentencesSeen = 0;
  let lastSubject: { entity: number; sentence: number } | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) continue;
    if (ctx.sentenceStart[k]) {
      sentence = k;
      sentencesSeen++;
    }
    const entity = mentionByToken.get(k);
    if (entity !== undefined) {
      if (!firstPersonOfSentence.has(sentence)) {
        firstPersonOfSentence.set(sentence, entity);
        lastSubject = { entity, sentence: sentencesSeen };
      }
      if (t.deva) {
        for (let n = k + 1; n < Math.min(tokens.length, k + 8); n++) {
          const w = tokens[n];
          if (!w || w.text === '।' || mentionByToken.has(n)) break;
          if (HI_MASCULINE.has(w.text)) vote(entity, 'm');
          else if (HI_FEMININE.has(w.text)) vote(entity, 'f');
        }
      }
      continue;
    }
    if (t.deva || !lastSubject || sentencesSeen - lastSubject.sentence > 1) continue;
    if (HE.has(t.key)) vote(lastSubject.entity, 'm');
    else if (SHE.has(t.key)) vote(lastSubject.entity, 'f');
  }
  for (const [entity, v] of votes) {
    const e = collector.entities[entity];
    if (!e || e.gender) continue;
    if (v.m >= 1 && v.f === 0) e.gender = 'm';
    else if (v.f >= 1 && v.m === 0) e.gender = 'f';
  }
}
