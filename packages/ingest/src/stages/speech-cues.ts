/**
 * Speech cues: the verbs and phrases that report speech ("said", "told reporters", "according to",
 * "ने कहा", "बोले", "के मुताबिक़"), and the words that name an unnamed or collective speaker
 * ("a spokesman", "officials", "the party"). The word lists live in `lexicons/speech-verbs.json`
 * (see `lexicons/SOURCES.md`); this module loads them once and finds cues in a stretch of text.
 */
import { readFileSync } from 'node:fs';
import type { Span } from '../domain.js';

export type CueLanguage = 'en' | 'hi';

/**
 * How a cue attaches to its speaker:
 * - `finite`: a verb with its own subject (`X said`, `said X`, `X ने कहा`, `X कहते हैं`);
 * - `participle`: `saying`, `adding`, `कहते हुए`: the speaker is the subject of the main clause;
 * - `according`: `according to X`, `X के मुताबिक़`;
 * - `noun`: `X का कहना है`.
 */
export type CueForm = 'finite' | 'participle' | 'according' | 'noun';

export interface Cue extends Span {
  text: string;
  lemma: string;
  lang: CueLanguage;
  form: CueForm;
  /** Usable after a quotation (`"…," he warned`); false for `described … as`, `urged`, `called`. */
  after: boolean;
  /** Grammatical gender the cue marks on its speaker (Hindi `बोलीं`, `कहती हैं`). */
  gender: Gender;
}

export type Gender = 'm' | 'f' | null;

interface VerbEntry {
  lemma: string;
  /** `s` is null where the -s form is mostly a noun in news copy (`charges`, `states`, `calls`). */
  forms: { base: string; s: string | null; past: string; pp: string; ing: string };
  after: boolean;
}

interface HindiCueEntry {
  text: string;
  kind: 'ergative' | 'verb' | 'participle' | 'noun' | 'according';
  gender?: 'm' | 'f';
}

interface LexiconFile {
  en: {
    verbs: VerbEntry[];
    phrases: { text: string; kind: string }[];
    auxiliaries: string[];
    pronouns: Record<string, string>;
    unnamedHeads: string[];
    groupHeads: string[];
    organizationHeads: string[];
    anonymousHeads: string[];
    roleHeads: string[];
    documentHeads: string[];
    titles: Record<string, 'm' | 'f'>;
  };
  hi: {
    cues: HindiCueEntry[];
    pronouns: string[];
    postpositions: string[];
    functionWords: string[];
    unnamedHeads: string[];
    groupHeads: string[];
    documentHeads: string[];
    organizationHeads: string[];
    anonymousHeads: string[];
    roleHeads: string[];
    titles: Record<string, 'm' | 'f'>;
  };
}

/** The speech lexicon, compiled for matching. */
export interface SpeechLexicon {
  file: LexiconFile;
  /** Lower-case English verb form -> entry and form kind. */
  englishForms: Map<string, { lemma: string; form: CueForm; after: boolean; nounLike: boolean }>;
  englishVerbPattern: RegExp;
  hindiPattern: RegExp;
  hindiCues: Map<string, HindiCueEntry>;
  auxiliaries: Set<string>;
  unnamedHeads: Set<string>;
  groupHeads: Set<string>;
  organizationHeads: Set<string>;
  roleHeads: Set<string>;
  /** Roles that stay anonymous when the article names nobody for them (`the spokesman`, `प्रवक्ता`). */
  anonymousHeads: Set<string>;
  documentHeads: Set<string>;
  titles: Map<string, 'm' | 'f'>;
  hindiPronouns: Set<string>;
  hindiPostpositions: Set<string>;
  /** Hindi words that never belong to a speaker phrase (postpositions, auxiliaries, `हुए`). */
  hindiFunctionWords: Set<string>;
}

let cached: SpeechLexicon | null = null;

/** Loads and compiles `lexicons/speech-verbs.json` (once). */
export function speechLexicon(): SpeechLexicon {
  if (cached) return cached;
  const file = JSON.parse(
    readFileSync(new URL('../../lexicons/speech-verbs.json', import.meta.url), 'utf8'),
  ) as LexiconFile;
  const englishForms = new Map<string, { lemma: string; form: CueForm; after: boolean; nounLike: boolean }>();
  for (const verb of file.en.verbs) {
    const { base, s, past, pp, ing } = verb.forms;
    for (const form of [base, s, past, pp]) {
      if (!form || englishForms.has(form)) continue;
      // `state`, `call`, `hope` are nouns as often as verbs: the base form counts after `to`, `will` ….
      const nounLike = form === base && s === null && form !== past;
      englishForms.set(form, { lemma: verb.lemma, form: 'finite', after: verb.after, nounLike });
    }
    englishForms.set(ing, { lemma: verb.lemma, form: 'participle', after: verb.after, nounLike: false });
  }
  const words = [...englishForms.keys()].sort((a, b) => b.length - a.length);
  const englishVerbPattern = new RegExp(
    `(?<![\\p{L}\\p{N}'’-])(?:${words.join('|')})(?![\\p{L}\\p{N}-])`,
    'gu',
  );
  const hindiCues = new Map(file.hi.cues.map((c) => [c.text, c]));
  const hindiTexts = [...hindiCues.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const hindiPattern = new RegExp(`(?<![\\p{L}\\p{M}])(?:${hindiTexts.join('|')})(?![\\p{L}\\p{M}])`, 'gu');
  cached = {
    file,
    englishForms,
    englishVerbPattern,
    hindiPattern,
    hindiCues,
    auxiliaries: new Set(file.en.auxiliaries),
    unnamedHeads: new Set([...file.en.unnamedHeads, ...file.hi.unnamedHeads]),
    groupHeads: new Set([...file.en.groupHeads, ...file.hi.groupHeads]),
    organizationHeads: new Set([...file.en.organizationHeads, ...file.hi.organizationHeads]),
    roleHeads: new Set([...file.en.roleHeads, ...file.hi.roleHeads]),
    anonymousHeads: new Set([...file.en.anonymousHeads, ...file.hi.anonymousHeads]),
    documentHeads: new Set([...file.en.documentHeads, ...file.hi.documentHeads]),
    titles: new Map([...Object.entries(file.en.titles), ...Object.entries(file.hi.titles)]),
    hindiPronouns: new Set(file.hi.pronouns),
    hindiPostpositions: new Set(file.hi.postpositions),
    hindiFunctionWords: new Set(file.hi.functionWords),
  };
  return cached;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Speech cues in `body[from, to)`, in text order. `mask` marks positions (quoted text) that must not
 * be searched: a cue inside a quotation is not an attribution.
 */
export function findCues(body: string, from: number, to: number, lang: CueLanguage): Cue[] {
  const lex = speechLexicon();
  const text = body.slice(from, to);
  const cues: Cue[] = [];
  if (lang === 'en') {
    for (const match of text.matchAll(lex.englishVerbPattern)) {
      const entry = lex.englishForms.get(match[0]);
      if (!entry) continue;
      const start = from + match.index;
      if (entry.nounLike && !VERB_BEFORE.test(body.slice(Math.max(0, start - 12), start))) continue;
      // After a determiner or preposition a word is a noun: "a note of caution", "the call", "his comment".
      if (
        entry.form === 'finite' &&
        !/(?:ed|s)$/.test(match[0]) &&
        NOUN_BEFORE.test(body.slice(Math.max(0, start - 8), start))
      )
        continue;
      cues.push({
        start,
        end: start + match[0].length,
        text: match[0],
        lemma: entry.lemma,
        lang,
        form: entry.form,
        after: entry.after,
        gender: null,
      });
    }
    cues.push(...goOnCues(text, from));
    for (const match of text.matchAll(/\b[Aa]ccording to\b/g)) {
      const start = from + match.index;
      cues.push({
        start,
        end: start + match[0].length,
        text: match[0],
        lemma: 'according to',
        lang,
        form: 'according',
        after: false,
        gender: null,
      });
    }
  } else {
    for (const match of text.matchAll(lex.hindiPattern)) {
      const entry = lex.hindiCues.get(match[0]);
      if (!entry) continue;
      const start = from + match.index;
      const form: CueForm =
        entry.kind === 'participle'
          ? 'participle'
          : entry.kind === 'according'
            ? 'according'
            : entry.kind === 'noun'
              ? 'noun'
              : 'finite';
      cues.push({
        start,
        end: start + match[0].length,
        text: match[0],
        lemma: entry.text,
        lang,
        form,
        after: true,
        gender: entry.gender ?? null,
      });
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}

/**
 * `"…," he went on.`, `She went on: "…"`: `go on` reports speech only when nothing follows it in its
 * clause (`the talks went on for hours` does not), so it is matched here rather than listed as a verb.
 * `went on to say` is left to `say`.
 */
function goOnCues(text: string, from: number): Cue[] {
  const cues: Cue[] = [];
  for (const match of text.matchAll(/\b(?:went|goes|go|going) on(?=\s*[:,.;—–]|\s*$)/g)) {
    const start = from + match.index;
    cues.push({
      start,
      end: start + match[0].length,
      text: match[0],
      lemma: 'go on',
      lang: 'en',
      form: match[0].startsWith('going') ? 'participle' : 'finite',
      after: true,
      gender: null,
    });
  }
  return cues;
}

/** Words after which a verb form is a noun (`a note of caution`, `the call`, `their demand`). */
const NOUN_BEFORE = /\b(?:a|an|the|of|his|her|their|its|our|no|this|that)\s+$/i;

/** Words after which a base form is a verb (`will state`, `to call`, `did not comment`). */
const VERB_BEFORE =
  /\b(?:to|will|would|shall|should|can|could|may|might|must|did|do|does|not|never|also|n't)\s+$/i;

/** `en` for Latin-script text, `hi` when the stretch contains Devanagari letters. */
export function cueLanguageOf(text: string): CueLanguage {
  return /[\u0900-\u097F]/.test(text) ? 'hi' : 'en';
}
