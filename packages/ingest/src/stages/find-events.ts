/**
 * Stage `find-events`: meetings between named people, and other dated events about people
 * (release from jail, arrest, conviction, letter), as one article reports them.
 *
 * Works sentence by sentence over the spans of `split-text` and the PERSON/PLACE mentions of
 * `find-entities` (names, short forms, descriptions and pronouns already resolved to entities):
 *
 * 1. Cue phrases (lexicons/event-cues.json) mark a possible event: "met", "held talks with",
 *    "called on", "visited", "मुलाकात की", "से मिले", "भेंट" ...
 * 2. The cue's clause is checked for what makes it not a meeting: a future or hypothetical form
 *    ("will meet", "is expected to meet"), a negation ("did not meet"), remote contact (phone, video,
 *    letter, interview, press conference, speech).
 * 3. Participants are the persons mentioned in the clause; a group anaphor ("the pair", "the two
 *    leaders", "दोनों नेताओं", a sentence-initial "They" after "X and Y ...") takes the participants of the
 *    meeting under discussion or the two persons named just before. Some sides stand outside the cue's
 *    clause: the subject after a meeting adverbial ("After talks with X, Y said", "X से मिलने के बाद Y ने"),
 *    the name before a relative clause or dash parenthesis, a list that goes on after one. A meeting needs
 *    two named participants; a visit must be to someone. Hindi cues accept spellings with or without nukta.
 * 4. "The meeting"/"यह मुलाकात" without two named people refers to the meeting under discussion; with an
 *    attendance cue ("attended by", "chaired by", "was also present") it adds its persons to it.
 * 5. Date: the date expression of the sentence nearest to the cue (not one attached to a speech verb,
 *    "on Friday said"), resolved against the article date by `resolve-dates`. Place: a PLACE mention
 *    after a locative ("in", "at", "में", "स्थित"), the most specific one; "here" / "in the capital"
 *    is the dateline place. Venue: the noun phrase after "at"/"inside" ("his residence", "the airport lounge").
 * 6. Role: REFERENCE for an earlier meeting ("had met", "had last met", "हुई थी", a date more than a
 *    week before the article), else PRIMARY. Mentions of the same meeting (same participants,
 *    compatible date, place and role) are merged into one event, keeping the best evidence sentence.
 */
import fs from 'node:fs';
import type {
  ArticleEvent,
  Doc,
  EventKind,
  FuzzyDate,
  Mention,
  PlaceKind,
  ReportRole,
  Span,
  Stage,
} from '../domain.js';
import { compatibleDates, type DateExpression, findDateExpressions } from './resolve-dates.js';

type Language = 'en' | 'hi';

interface CueLexicon {
  meetingVerbs: string[];
  meetingNouns: string[];
  attendance: string[];
  absence: string[];
  future: string[];
  negation: string[];
  remote: string[];
  groupAnaphors: string[];
  reference: string[];
  here: string[];
  release: string[];
  arrest: string[];
  conviction: string[];
  letter: string[];
  speechVerbs: string[];
  hostNouns: string[];
  topicBefore: string[];
}

interface CuePatterns {
  meetingVerb: RegExp;
  meetingNoun: RegExp;
  attendance: RegExp;
  absence: RegExp;
  futureBefore: RegExp;
  futureBeforeNoun: RegExp;
  negationBefore: RegExp;
  negationBeforeNoun: RegExp;
  remote: RegExp;
  strongGroup: RegExp;
  weakGroup: RegExp;
  reference: RegExp;
  here: RegExp;
  other: [EventKind, RegExp][];
  speechAfter: RegExp;
  /** After a possessive name: a host's place ("X's residence") or the meeting itself ("X's meeting"). */
  possessedHost: RegExp;
  topicBefore: RegExp;
}

const EDGE_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{M}\\p{N}])';

const alternation = (items: string[]) => [...items].sort((a, b) => b.length - a.length).join('|');
const words = (items: string[], flags = 'giu') =>
  new RegExp(`${EDGE_BEFORE}(?:${alternation(items)})${EDGE_AFTER}`, flags);

let patterns: Record<Language, CuePatterns> | null = null;

function loadPatterns(): Record<Language, CuePatterns> {
  if (patterns) return patterns;
  const raw = JSON.parse(
    fs.readFileSync(new URL('../../lexicons/event-cues.json', import.meta.url), 'utf8'),
  ) as Record<Language, CueLexicon>;
  const build = (lex: CueLexicon, language: Language): CuePatterns => {
    const strong = lex.groupAnaphors.filter((g) => !/^(?:their|they)$/i.test(g));
    const weak = lex.groupAnaphors.filter((g) => /^(?:their|they)$/i.test(g));
    return {
      meetingVerb: words(lex.meetingVerbs),
      meetingNoun: words(lex.meetingNouns),
      attendance: words(lex.attendance, 'iu'),
      absence: words(lex.absence, 'iu'),
      // English modals precede the verb ("will meet"); Hindi marks the future on the verb itself
      // ("मिलेंगे"), so the Hindi list is matched anywhere in the clause.
      futureBefore:
        language === 'en'
          ? new RegExp(`${EDGE_BEFORE}(?:${alternation(lex.future)})(?:\\s+\\S+){0,2}\\s*$`, 'iu')
          : words(lex.future, 'iu'),
      // Before a noun, "to" is a preposition ("came to the meeting"), not an infinitive.
      futureBeforeNoun:
        language === 'en'
          ? new RegExp(
              `${EDGE_BEFORE}(?:${alternation(lex.future.filter((f) => !/(?:^|\\s)to$/.test(f)))})(?:\\s+\\S+){0,2}\\s*$`,
              'iu',
            )
          : words(lex.future, 'iu'),
      negationBefore:
        language === 'en'
          ? new RegExp(`${EDGE_BEFORE}(?:${alternation(lex.negation)})(?:\\s+\\S+){0,2}\\s*$`, 'iu')
          : words(lex.negation, 'iu'),
      negationBeforeNoun:
        language === 'en'
          ? new RegExp(`${EDGE_BEFORE}(?:${alternation(lex.negation)})(?:\\s+\\S+){0,3}\\s*$`, 'iu')
          : words(lex.negation, 'iu'),
      remote: words(lex.remote, 'iu'),
      strongGroup: words(strong, 'iu'),
      weakGroup: weak.length ? words(weak, 'iu') : /(?!)/,
      reference: words(lex.reference, 'iu'),
      here: words(lex.here, 'iu'),
      other: [
        ['RELEASE', words(lex.release)],
        ['ARREST', words(lex.arrest)],
        ['CONVICTION', words(lex.conviction)],
        ['LETTER', words(lex.letter)],
      ],
      possessedHost:
        language === 'en'
          ? new RegExp(
              `^['’]s?\\s+(?:\\S+\\s+){0,2}?(?:${alternation([...lex.hostNouns, ...lex.meetingNouns])})${EDGE_AFTER}`,
              'iu',
            )
          : // "X के आवास पर", "X की शुक्रवार को मुलाकात", and "X की Y से / Y के साथ मुलाकात हुई" (X met Y).
            new RegExp(
              `^\\s+(?:(?:के|की|का)\\s+${HINDI_FILLER}|की\\s+(?:\\S+\\s+){0,6}?(?:से|के\\s+साथ)\\s+${HINDI_FILLER})(?:${alternation([...lex.hostNouns, ...lex.meetingNouns])})${EDGE_AFTER}`,
              'u',
            ),
      topicBefore:
        language === 'en'
          ? new RegExp(`${EDGE_BEFORE}(?:${alternation(lex.topicBefore)})\\s+(?:\\S+\\s+){0,4}$`, 'iu')
          : new RegExp(`^\\s*(?:के\\s+)?(?:${alternation(lex.topicBefore)})${EDGE_AFTER}`, 'u'),
      speechAfter:
        language === 'en'
          ? new RegExp(`^\\s+(?:\\p{L}+\\s+)?(?:${alternation(lex.speechVerbs)})${EDGE_AFTER}`, 'iu')
          : new RegExp(
              `^\\s+(?:[\\p{L}\\p{M}]+\\s+){0,3}?(?:${alternation(lex.speechVerbs)})${EDGE_AFTER}`,
              'u',
            ),
    };
  };
  patterns = { en: build(raw.en, 'en'), hi: build(withOptionalNukta(raw.hi), 'hi') };
  return patterns;
}

/**
 * Hindi words that may stand between a side and its meeting noun: a date or place phrase ending in
 * "को" / "में" ("X की शुक्रवार को मुलाकात", "X के बीच गुरुवार को भोपाल में वार्ता"), a duration ("करीब
 * एक घंटे तक") and a modifier ("द्विपक्षीय", "अहम").
 */
const HINDI_FILLER =
  '(?:(?:\\S+\\s+){1,2}(?:को|में)\\s+){0,2}(?:(?:करीब|क़रीब|लगभग)\\s+)?(?:\\S+\\s+)?(?:(?:घंटे|घंटों|मिनट)\\s+(?:तक\\s+)?)?(?:\\S+\\s+)?';
/**
 * Hindi spells many words with or without the nukta ("मुलाकात" / "मुलाक़ात", "फोन" / "फ़ोन"), and
 * normalize-text does not fold them: every cue accepts both spellings. (NFC text keeps the nukta as a
 * separate mark after the consonant.)
 */
function withOptionalNukta(lex: CueLexicon): CueLexicon {
  const fold = (entry: string) => entry.replace(/\u093c/gu, '').replace(/([कखगजडढफ])/gu, '$1\u093c?');
  return Object.fromEntries(
    Object.entries(lex).map(([key, value]) => [key, Array.isArray(value) ? value.map(fold) : value]),
  ) as unknown as CueLexicon;
}

/** Movement verbs before "to meet": "went to meet him" reports a meeting, "wants to meet" does not. */
const WENT_TO =
  /(?:went|came|arrived|reached|travelled|traveled|flew|drove|rushed|walked|headed|go|come)\s+(?:here\s+|there\s+)?to\s*$/i;
/**
 * After a noun cue, a future: "a meeting is expected", "talks will be held", "meeting next week", also past
 * the sides it names ("a meeting between X and Y is likely"), but not into the next clause.
 */
const FUTURE_AFTER =
  /^\s*(?:(?!(?:and|but)\s+(?!\p{Lu})|और\s)[^\s,;.।]+\s+){0,9}?(?:will|would|is expected|are expected|is scheduled|are scheduled|is likely|are likely|is slated|next week|next month|tomorrow|later this|होगी|होगा|होंगे|होने वाली|होने की)(?![\p{L}\p{M}])/iu;
/** Cues that need a person right after them. */
const HOST_VERB = /^(?:received|receives|welcomed|hosted|hosts)$/i;
/** Cues excluded for want of a host or guest, not because the clause is negated, remote or future. */
const CUE_SPECIFIC_EXCLUSION = /^(?:visit|visits|visited|visiting|received|receives|welcomed|hosted|hosts)$/i;
/** What a host verb may take instead of a person: "hosted a meeting of ...", "hosted talks", "hosted a dinner". */
const HOSTED_GATHERING =
  /^\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,3}?(?:meeting|meetings|talks|dinner|lunch|breakfast|banquet|reception|summit|conclave|delegation|leaders)\b/i;
/** The people a visit may be to, when none is named: "visited the victims' families", "visited flood victims". */
const VISITED_PEOPLE =
  /^\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:families|family|victims|people|residents|workers|leaders|students|farmers|members|officials|patients|survivors|kin|relatives|protesters|villagers|soldiers|troops|supporters)\b/i;
/** Words between a host verb and a name that make the object a thing: "welcomed the decision by X". */
const NOT_A_GUEST =
  /\b(?:decision|move|statement|remarks|announcement|verdict|proposal|offer|call|news|by|of|from)\b/i;
/** What one "calls on" someone to do when it is a visit: "called on X to discuss", "to congratulate". */
const VISIT_PURPOSE =
  /^(?:discuss|seek|submit|present|brief|congratulate|greet|invite|thank|apprise|hand|express|extend|pay|felicitate|share|review|talk|meet|apprise|inform|update|enquire|inquire)$/i;
/** A meeting that did not take place: "The meeting ... was cancelled", "was postponed". */
const CALLED_OFF =
  /\b(?:was|were|has been|have been|had been|got|is|are)\s+(?:\w+\s+)?(?:cancelled|canceled|postponed|called off|put off|deferred|scrapped)\b/i;
/** After an attendance cue, a public event rather than a meeting ("took part in a debate", "attended the funeral"). */
const PUBLIC_EVENT_AFTER =
  /^\s+(?:in\s+|at\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:debate|rally|protest|march|programme|program|show|interview|campaign|strike|dharna|procession|roadshow|press conference|election|poll|vote|funeral|cremation|wedding|ceremony|inauguration|swearing-in|oath-taking|function|festival|match|concert|memorial service|prayer meeting|launch)\b/i;
/** Possessive after a name: "X's son was also present" names the son, not X. */
const POSSESSIVE_AFTER = /^['’]s?(?![\p{L}])/u;
/** Deceased people do not meet anyone: "a confidant of late X". */
const LATE_BEFORE = /(?:\blate|स्वर्गीय|दिवंगत)\s*$/iu;

const CLAUSE_BREAK: Record<Language, RegExp> = {
  en: /;|:\s|\s[—–-]\s|\s[“"‘]|[”"’](?=\s|$)|,\s+(?=(?:who|whom|whose|which|while|whereas|but|although|though|even as|even though|saying|adding|marking|signalling|signaling|amid|according to|where|when|(?:soon |shortly |just |days |weeks |months )?after|as(?! well as))\b)|\s+(?=(?:but|while|whereas|although|because|when|after)\s)/giu,
  hi: /;|।|\s[—–-]\s|\s[“"‘]|[”"’](?=\s|$)|(?<=(?:के|से) (?:बाद|पहले))\s|,\s*(?=(?:लेकिन|जबकि|जब|पर|मगर|क्योंकि)\s)|\s(?=(?:लेकिन|जबकि|मगर|क्योंकि|कि|जो|जिसने|जिसमें|जिनमें|जिन्होंने|जिसकी|जिनकी)\s)/gu,
};

const PLACE_RANK: Record<PlaceKind, number> = {
  VENUE: 4,
  CITY: 3,
  DISTRICT: 3,
  OTHER: 2,
  STATE: 2,
  REGION: 2,
  COUNTRY: 1,
};

/** Characters around a cue in which a remote-contact word (phone, video, letter ...) disqualifies it. */
const REMOTE_BEFORE = 50;
const REMOTE_AFTER = 70;
/** How far back (in sentences) "the meeting" or "the pair" may point. */
const FRAME_REACH = 4;
/** How far back (in sentences) an attendance cue that names "the meeting" may point. */
const NAMED_MEETING_REACH = 12;
/** A meeting dated more than this many days before the article is an earlier one (REFERENCE). */
const REFERENCE_AFTER_DAYS = 7;

interface Cue {
  kind: EventKind;
  /** verb: reports a meeting itself; noun: names one ("the meeting"); attendance: adds persons. */
  form: 'verb' | 'noun' | 'attendance';
  span: Span;
}

interface Draft {
  kind: EventKind;
  participants: number[];
  place: number | null;
  placeRank: number;
  venue: string | null;
  date: FuzzyDate | null;
  dateSpan: Span | null;
  role: ReportRole;
  evidence: Span;
  evidenceScore: number;
  extractor: string;
  confidence: number;
  lastSentence: number;
  /**
   * A gathering whose people the text names bit by bit ("Opposition leaders met in Patna ... Speaking after
   * the meeting, X said"), not a meeting of sides named together ("X met Y"): people who speak at it or
   * after it are among its participants.
   */
  open: boolean;
}

interface Context {
  doc: Doc;
  language: Language;
  p: CuePatterns;
  persons: Mention[];
  places: Mention[];
  dates: DateExpression[];
  /** Every date expression, also those of speech verbs ("X on Friday said"), for the lead's news day. */
  allDates: DateExpression[];
  datelinePlace: number | null;
  anchor: FuzzyDate | null;
}

export const findEvents: Stage = (doc: Doc): Doc => {
  const language: Language = doc.meta.language === 'hi' || doc.meta.script === 'deva' ? 'hi' : 'en';
  const p = loadPatterns()[language];
  const byStart = (a: Mention, b: Mention) => a.start - b.start;
  const persons = doc.mentions.filter(
    (m) => m.type === 'PERSON' && doc.entities[m.entity]?.type === 'PERSON',
  );
  const places = doc.mentions.filter((m) => m.type === 'PLACE' && doc.entities[m.entity]?.type === 'PLACE');
  persons.sort(byStart);
  places.sort(byStart);
  const anchor = doc.meta.publishedAt;
  const allDates = findDateExpressions(doc.body, anchor);
  const dates = allDates.filter(
    (d) => d.date && !p.speechAfter.test(doc.body.slice(d.span.end, d.span.end + 40)),
  );
  const ctx: Context = {
    doc,
    language,
    p,
    persons,
    places,
    dates,
    allDates,
    datelinePlace: findDatelinePlace(doc, places),
    anchor,
  };

  const meetings: Draft[] = [];
  const others: Draft[] = [];
  let frame: Draft | null = null;
  /**
   * A meeting with one named side ("Members of the alliance met at the residence of X"): not a meeting
   * between named people unless the next sentences name others who attended it ("Also in attendance
   * were Y and Z").
   */
  let pending: Draft | null = null;
  /**
   * People a sentence puts at "the meeting" before the text has named a gathering to hold them ("X told
   * reporters at the end of the meeting ... Y and Z were also present"): they join the next open
   * gathering within reach.
   */
  const earlySpeakers: { index: number; persons: number[]; date: FuzzyDate | null }[] = [];
  const absorbEarly = (draft: Draft, index: number) => {
    for (const early of earlySpeakers.splice(0)) {
      if (index - early.index <= FRAME_REACH && compatibleDates(draft.date, early.date))
        draft.participants = unique([...early.persons, ...draft.participants]);
    }
  };

  doc.sentences.forEach((sentence, index) => {
    if (frame && index - frame.lastSentence > FRAME_REACH) frame = null;
    const cues = findCues(doc.body, sentence, p);
    const sentenceDates = dates.filter((d) => d.span.start >= sentence.start && d.span.end <= sentence.end);
    const clauses = cues.map((cue) => clauseAround(doc.body, sentence, cue.span, language));
    // One excluded meeting cue rules out its whole clause: "did not meet X during the visit".
    // A visit or reception cue is ruled out for reasons of its own ("on his first visit to London" has no
    // host), which say nothing about the other cues of its clause.
    const excludedClauses = cues
      .map((cue, i) =>
        cue.kind === 'MEETING' &&
        !CUE_SPECIFIC_EXCLUSION.test(doc.body.slice(cue.span.start, cue.span.end)) &&
        isExcluded(ctx, clauses[i]!, cue, null, true)
          ? clauses[i]!.start
          : -1,
      )
      .filter((start) => start >= 0);
    cues.forEach((cue, cueIndex) => {
      const clause = clauses[cueIndex]!;
      const date = dateFor(cueIndex, cues, clauses, sentenceDates);
      if (cue.kind !== 'MEETING') {
        if (isExcluded(ctx, clause, cue, date?.date ?? null, false)) return;
        const participants = subjectsOf(ctx, clause, cue, sentence);
        if (participants.length === 0) return;
        mergeOther(
          others,
          makeDraft(
            ctx,
            cue,
            clause,
            sentence,
            index,
            participants,
            date,
            `find-events:${cue.kind.toLowerCase()}`,
          ),
        );
        return;
      }
      if (excludedClauses.includes(clause.start) || isExcluded(ctx, clause, cue, date?.date ?? null, true))
        return;
      // "Taking part were A; his counterpart, B; and C": a list of attendees split by semicolons.
      // "Leaders of 15 parties attended the meeting: A of the NCP, B of the CPI ...", also one name a line.
      // "X met the leaders of the four parties: A, B's C and D": a group object, then its names.
      const groupObject =
        cue.form === 'verb' &&
        GROUP_OBJECT.test(doc.body.slice(cue.span.end, clause.end)) &&
        !ctx.persons.some((m) => m.start >= cue.span.end && m.end <= clause.end);
      const listClause =
        (cue.form === 'attendance' || groupObject) &&
        language === 'en' &&
        /^[;:]/.test(doc.body.slice(clause.end, sentence.end))
          ? { start: clause.start, end: listEnd(ctx, clause, sentence, index) }
          : clause;
      // "X, Y and Z also attended the meeting": the meeting the article reports, however far back.
      const namesTheMeeting =
        cue.form === 'attendance' &&
        language === 'en' &&
        /\bthe\s+(?:[\w'’-]+\s+){0,2}(?:meeting|talks|summit|dinner|lunch|gathering|conclave|deliberations)\b/i.test(
          doc.body.slice(clause.start, clause.end),
        );
      const convener = CONVENER_CUE.test(doc.body.slice(cue.span.start, cue.span.end));
      let participants =
        cue.form === 'noun' && language === 'en'
          ? nounParticipants(ctx, cue, clause, sentence)
          : ORGANISER_CUE.test(doc.body.slice(cue.span.start, cue.span.end))
            ? namesAfter(ctx, cue.span.end, clause.end)
            : convener
              ? subjectRightBefore(ctx, cue, clause)
              : personsIn(ctx, listClause);
      // "The Centre had convened a meeting", "X said Y had called a meeting": no named convener.
      if (convener && participants.length === 0) return;
      participants = sidesOutsideClause(ctx, cue, clause, sentence, frame, participants);
      if (cue.form === 'verb' && language === 'en') {
        const aside = namedInSubjectRelative(ctx, cue, clause, sentence);
        participants = participants.filter((x) => !aside.has(x));
      }
      if (cue.form === 'verb' && language === 'en' && participants.length === 1) {
        const subject = pronounSubject(ctx, cue, clause, index, participants);
        if (subject !== null) participants = [subject, ...participants];
      }
      if (cue.form === 'verb' && language === 'en' && participants.length >= 1) {
        const object = pronounObject(ctx, cue, clause, index, participants);
        if (object !== null) participants = [...participants, object];
      }
      let extractor = `find-events:meeting-${cue.form}`;
      const text = doc.body.slice(sentence.start, sentence.end);
      const strongGroup = p.strongGroup.test(text);
      const weakGroup = p.weakGroup.test(doc.body.slice(clause.start, clause.end));
      if (participants.length < 2 && (strongGroup || weakGroup) && cue.form !== 'attendance') {
        const group = groupParticipants(ctx, frame, sentence, strongGroup);
        if (group.length >= 2) {
          participants = unique([...participants, ...group]);
          extractor = 'find-events:meeting-group';
        }
      }
      const draft = makeDraft(ctx, cue, clause, sentence, index, participants, date, extractor);
      // "The meeting was attended by A and B" after "the meeting, held on Monday" (a frame still
      // waiting for its people): the same meeting.
      if (
        cue.form === 'noun' &&
        frame &&
        frame.participants.length < 2 &&
        // "the talks X had with Y" names its own sides.
        !(
          participants.length >= 2 &&
          /^\s+(?:(?:which|that)\s+)?/u.test(doc.body.slice(cue.span.end, cue.span.end + 8)) &&
          RELATIVE_HAD_WITH.test(doc.body.slice(cue.span.end, sentence.end))
        ) &&
        definite(doc.body, cue.span, language) &&
        compatibleDates(frame.date, draft.date)
      ) {
        // Its people come from the attendance cue of the sentence, if any ("was attended by A and B"),
        // and from a subject the sentence puts at it ("At the meeting, X raised the issue").
        if (language === 'en')
          frame.participants = unique([...frame.participants, ...speakersAtMeeting(ctx, cue, sentence)]);
        fill(frame, draft, index);
        return;
      }
      // "Speaking after the meeting, X said", "At the meeting, X raised ...", "X told the meeting": X was at
      // the gathering the text is building up.
      if (cue.form === 'noun' && language === 'en' && definite(doc.body, cue.span, language)) {
        // "At the summit, X clashed with Y": both were there.
        const at = AT_MEETING.test(
          doc.body.slice(Math.max(sentence.start, cue.span.start - 30), cue.span.start),
        );
        const speakers = unique([...speakersAtMeeting(ctx, cue, sentence), ...(at ? participants : [])]);
        // "At the meeting, Z said", "Z told the talks": Z was at the meeting under discussion, even one
        // between named sides; after it ("After the meeting, Z said") Z may only be commenting on it.
        const present = /\b(?:at|during|told|addressed|addressing|briefed)\s+the\s+$/i.test(
          doc.body.slice(Math.max(sentence.start, cue.span.start - 20), cue.span.start),
        );
        const open = [pending, frame]
          .filter(
            (d): d is Draft =>
              !!d && (d.open || (present && d === frame)) && index - d.lastSentence <= FRAME_REACH,
          )
          .sort((a, b) => b.lastSentence - a.lastSentence)[0];
        if (speakers.length > 0 && open && compatibleDates(open.date, draft.date)) {
          open.participants = unique([...open.participants, ...speakers]);
          fill(open, { ...draft, participants: [] }, index);
          if (open === pending && open.participants.length >= 2) {
            frame = mergeMeeting(meetings, open, frame);
            pending = null;
          }
          return;
        }
        if (speakers.length > 0 && !open && !frame && !pending)
          earlySpeakers.push({ index, persons: speakers, date: draft.date });
      }
      const linked =
        cue.form !== 'noun' || extractor === 'find-events:meeting-group' || nounLinked(ctx, cue, clause);
      if (participants.length >= 2 && cue.form !== 'attendance' && linked) {
        // "Leaders of 26 parties met in Bengaluru on Tuesday. A and B hosted them": the sentence names the
        // people of the meeting the previous one dated and placed.
        if (
          cue.form === 'verb' &&
          pending &&
          index > pending.lastSentence &&
          index - pending.lastSentence <= 2 &&
          pending.role === draft.role &&
          !draft.date &&
          draft.place === null
        ) {
          draft.participants = unique([...pending.participants, ...draft.participants]);
          fill(draft, pending, index);
          draft.open = true;
          pending = null;
        }
        // "X met A, B and C separately": one meeting with each of them.
        const hosts = separateMeetingHosts(ctx, cue, clause, draft.participants);
        if (hosts) {
          for (const guest of draft.participants.filter((x) => !hosts.includes(x)))
            frame = mergeMeeting(meetings, { ...draft, participants: [...hosts, guest] }, null);
          return;
        }
        frame = mergeMeeting(meetings, draft, frame);
        return;
      }
      // A verb with one named side ("leaders had also met X") is a meeting with unnamed people,
      // unless attendance cues name more of them.
      // "Opposition leaders met in Delhi on Monday" names nobody yet: the next sentences may ("Present
      // at the meeting were A, B and C"), and then the meeting takes this sentence's date and place.
      if (cue.form === 'verb') {
        if (participants.length > 1) return;
        // "Opposition leaders met in Patna on Friday. X hosted the meeting.": the same gathering.
        if (
          pending &&
          index > pending.lastSentence &&
          index - pending.lastSentence <= 2 &&
          pending.role === draft.role &&
          compatibleDates(pending.date, draft.date) &&
          placesCompatible(pending, draft)
        ) {
          pending.participants = unique([...pending.participants, ...participants]);
          fill(pending, draft, index);
        } else {
          pending = draft;
          absorbEarly(pending, index);
        }
        pending.open = true;
        return;
      }
      if (
        cue.form === 'attendance' &&
        participants.length > 0 &&
        pending &&
        index - pending.lastSentence <= (namesTheMeeting ? NAMED_MEETING_REACH : 2)
      ) {
        const frameIsOlder = !frame || frame.lastSentence < pending.lastSentence;
        if (frameIsOlder && compatibleDates(pending.date, draft.date)) {
          pending.participants = unique([...pending.participants, ...participants]);
          pending.lastSentence = index;
          pending.open = true;
          if (pending.participants.length >= 2) {
            frame = mergeMeeting(meetings, pending, frame);
            pending = null;
            return;
          }
          // Still one person: the meeting under discussion, if there is one, is the better home
          // ("X and Y held talks ... The two met on Tuesday, with Z also present").
          if (!frame) return;
        }
      }
      // Fewer than two named people: the sentence talks about the meeting under discussion, which is
      // the article's own (PRIMARY) meeting unless a frame without participants is being filled.
      const recentPrimary = [...meetings]
        .reverse()
        .find(
          (e) =>
            e.role === 'PRIMARY' &&
            index - e.lastSentence <= (namesTheMeeting ? NAMED_MEETING_REACH : FRAME_REACH),
        );
      let target: Draft | null;
      if (draft.role === 'REFERENCE')
        target = frame?.role === 'REFERENCE' || datesUndatedFrame(ctx, frame, draft, cue) ? frame : null;
      else if (frame && (frame.role === 'PRIMARY' || frame.participants.length < 2)) target = frame;
      else target = recentPrimary ?? null;
      if (target && compatibleDates(target.date, draft.date)) {
        if (cue.form === 'attendance')
          target.participants = unique([...target.participants, ...participants]);
        fill(target, draft, index);
        frame = target;
      } else if (
        cue.form === 'noun' &&
        (definite(doc.body, cue.span, language) ||
          (language === 'en' && HELD_AFTER.test(doc.body.slice(cue.span.end, clause.end)))) &&
        (draft.date || draft.place !== null)
      ) {
        // "The decision was taken at the committee meeting, held in the capital on Monday": a frame that later
        // sentences ("The meeting, chaired by X", "attended by Y and Z") fill with participants.
        meetings.push(draft);
        frame = draft;
      } else if (cue.form === 'attendance' && participants.length > 0 && !frame) {
        draft.open = true;
        absorbEarly(draft, index);
        meetings.push(draft);
        frame = draft;
      }
    });
  });

  const leadDate = leadSentenceDate(ctx);
  const events: ArticleEvent[] = [];
  for (const draft of [...meetings, ...others]) {
    const minimum = draft.kind === 'MEETING' ? 2 : 1;
    if (draft.participants.length < minimum) continue;
    if (!draft.date && draft.kind === 'MEETING' && draft.role === 'PRIMARY' && leadDate) {
      if (draft.participants.some((x) => leadDate.persons.includes(x))) {
        draft.date = leadDate.date.date;
        draft.dateSpan = leadDate.date.span;
        draft.confidence = Math.max(0.3, draft.confidence - 0.15);
      }
    }
    events.push(toEvent(draft));
  }
  return { ...doc, events };
};

function findCues(body: string, sentence: Span, p: CuePatterns): Cue[] {
  const text = body.slice(sentence.start, sentence.end);
  const found: Cue[] = [];
  const add = (re: RegExp, kind: EventKind, form: Cue['form']) => {
    re.lastIndex = 0;
    for (const m of text.matchAll(
      new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`),
    )) {
      found.push({
        kind,
        form,
        span: { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length },
      });
    }
  };
  add(p.meetingVerb, 'MEETING', 'verb');
  add(p.meetingNoun, 'MEETING', 'noun');
  add(p.attendance, 'MEETING', 'attendance');
  for (const [kind, re] of p.other) add(re, kind, 'verb');
  // Longest first; an overlapped shorter cue is the same cue ("held talks" vs "talks"), except that an
  // attendance cue is kept beside a meeting noun.
  found.sort(
    (a, b) => b.span.end - b.span.start - (a.span.end - a.span.start) || a.span.start - b.span.start,
  );
  const kept: Cue[] = [];
  for (const cue of found) {
    if (kept.some((k) => k.span.start < cue.span.end && cue.span.start < k.span.end)) continue;
    kept.push(cue);
  }
  // A noun right after a meeting verb of the same phrase ("met ... meeting") stays; verbs like
  // "meeting" used as nouns ("the meeting") are nouns.
  for (const cue of kept) {
    if (
      cue.form === 'verb' &&
      cue.kind === 'MEETING' &&
      /^(?:meeting|meet|visit)$/i.test(body.slice(cue.span.start, cue.span.end))
    ) {
      if (
        definite(body, cue.span, 'en') ||
        /^\s*(?:between|of|with the|was|is|held|took|had)\b/i.test(body.slice(cue.span.end)) ||
        // "said at a meeting on Monday", "another meeting": a noun after an indefinite determiner.
        /\b(?:a|an|another|any|every|one|several)\s+(?:[\w-]+\s+)?$/i.test(
          body.slice(Math.max(0, cue.span.start - 30), cue.span.start),
        )
      ) {
        cue.form = 'noun';
      }
    }
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}

/**
 * Sides of a meeting that the cue's clause leaves out: the subject of the clause an adverbial is attached
 * to ("After talks with X, Y said"), the pair a group subject stands for ("The two prime ministers then held
 * talks with X and Y"), and names after a relative clause that interrupted a list ("met X, who leads the
 * party, and Y").
 */
function sidesOutsideClause(
  ctx: Context,
  cue: Cue,
  clause: Span,
  sentence: Span,
  frame: Draft | null,
  participants: number[],
): number[] {
  let sides = participants;
  if (sides.length === 1 && cue.form !== 'attendance') {
    sides = unique([...sides, ...adverbialSubject(ctx, clause)]);
  }
  if (cue.form !== 'verb') return sides;
  if (sides.length >= 1 && ctx.p.strongGroup.test(ctx.doc.body.slice(clause.start, cue.span.start))) {
    const group = groupParticipants(ctx, frame, sentence, true);
    if (group.length >= 2) sides = unique([...group, ...sides]);
  }
  if (ctx.language === 'en')
    sides = unique([
      ...relativeInterruptedSubjects(ctx, clause, sentence),
      ...sides,
      ...listAfterRelative(ctx, clause, sentence),
    ]);
  return sides;
}

/**
 * The side that met each of the others on its own ("X met A, B and C separately", "held separate
 * meetings with"): the participants named before the verb, when the clause says so and names two or
 * more others after it.
 */
function separateMeetingHosts(ctx: Context, cue: Cue, clause: Span, participants: number[]): number[] | null {
  if (cue.form !== 'verb' || ctx.language !== 'en' || participants.length < 3) return null;
  const body = ctx.doc.body;
  if (!/\bseparate(?:ly)?\b/i.test(body.slice(clause.start, clause.end))) return null;
  const before = new Set(
    ctx.persons.filter((m) => m.start >= clause.start && m.end <= cue.span.start).map((m) => m.entity),
  );
  const hosts = participants.filter((x) => before.has(x));
  return hosts.length >= 1 && participants.length - hosts.length >= 2 ? hosts : null;
}

/**
 * A subject list interrupted by relative clauses before the verb's clause: "A, who heads the NCP, B, who
 * leads the CPI(M), and C, who ..., met on Monday" (the clause of "met" starts at the last "who").
 */
function relativeInterruptedSubjects(ctx: Context, clause: Span, sentence: Span): number[] {
  const body = ctx.doc.body;
  if (!/^\s*(?:who|which)\s/i.test(body.slice(clause.start, clause.start + 8))) return [];
  const inPrefix = ctx.persons.filter((m) => m.start >= sentence.start && m.end <= clause.start);
  if (inPrefix.length < 2) return [];
  let skeleton = '';
  let cursor = sentence.start;
  for (const m of inPrefix) {
    skeleton += `${body.slice(cursor, m.start)}\u0001`;
    cursor = Math.max(cursor, m.end);
  }
  skeleton += body.slice(cursor, clause.start);
  const bare = skeleton.replace(/,\s+(?:who|which)\s[^,\u0001]{1,80}(?=,)/giu, '');
  const word = "[\\p{L}.'’()-]+";
  const list = new RegExp(
    `^\\W*(?:${word}\\s+){0,4}\\u0001(?:\\s*(?:,|,?\\s*and)\\s+(?:${word}\\s+){0,4}\\u0001)*\\s*,?\\s*$`,
    'iu',
  );
  if (list.test(bare)) return unique(inPrefix.map((m) => m.entity));
  // "… between the chief ministers of the two states, A and B, who met at Raj Bhavan": a list of two or
  // more names in apposition right before the relative pronoun.
  const tail = new RegExp(
    `,\\s+((?:${word}\\s+){0,2}\\u0001(?:\\s*(?:,|,?\\s*and)\\s+(?:${word}\\s+){0,2}\\u0001)+)\\s*,\\s*$`,
    'iu',
  ).exec(bare);
  if (!tail?.[1]) return [];
  const count = tail[1].split('\u0001').length - 1;
  return unique(inPrefix.slice(inPrefix.length - count).map((m) => m.entity));
}

/**
 * Names that continue a list after a relative clause that interrupted it: "met X, who leads the party, and
 * Y" (the clause ends at ", who"; Y is still an object of "met").
 */
function listAfterRelative(ctx: Context, clause: Span, sentence: Span): number[] {
  const body = ctx.doc.body;
  const rest = body.slice(clause.end, sentence.end);
  const relative = /^,\s+(?:who|which)\s[^,;]{1,80},\s+(?:and\s+)?/i.exec(rest);
  if (!relative) return [];
  const found: number[] = [];
  let cursor = clause.end + relative[0].length;
  for (const m of ctx.persons.filter((x) => x.start >= cursor && x.end <= sentence.end)) {
    const between = body.slice(cursor, m.start);
    const ok =
      found.length === 0
        ? /^(?:[\p{L}.'’()-]+\s+){0,4}$/u.test(between)
        : /^\s*(?:,|,?\s*and)\s+(?:[\p{L}.'’()-]+\s+){0,4}$/iu.test(between);
    if (!ok || POSSESSIVE_AFTER.test(body.slice(m.end, m.end + 3))) break;
    found.push(m.entity);
    cursor = m.end;
  }
  return found;
}

/**
 * The subject of the clause a meeting adverbial is attached to: the person right after a fronted
 * adverbial ("After talks with X, Mr Y said", "Speaking after a meeting with X, Y said", Hindi "X से
 * मिलने के बाद Y ने कहा"), or right before an inserted one ("Y, after meeting X, told reporters").
 */
function adverbialSubject(ctx: Context, clause: Span): number[] {
  const body = ctx.doc.body;
  const clauseText = body.slice(clause.start, clause.end);
  const fronted =
    ctx.language === 'en'
      ? body[clause.end] === ',' && FRONTED.en.test(clauseText)
      : /(?:के\s+बाद|के\s+दौरान)\s*$/u.test(clauseText);
  if (fronted) {
    const next = ctx.persons.find((m) => m.start >= clause.end && m.start - clause.end <= 40);
    const between = next ? body.slice(clause.end, next.start) : '';
    const after = next ? body.slice(next.end, next.end + 12) : '';
    const isSubject =
      ctx.language === 'en'
        ? /^,\s*(?:[\p{L}.-]+\s+){0,4}$/u.test(between) && !POSSESSIVE_AFTER.test(after)
        : /^[\s,]*(?:\S+\s+){0,3}$/u.test(between) && /^\s+ने(?![\p{L}\p{M}])/u.test(after);
    if (next && isSubject) return [next.entity];
  }
  if (ctx.language === 'en' && /^(?:after|following|during|soon after|shortly after)\s/i.test(clauseText)) {
    // "Y, after meeting X,", "Y, speaking after talks with X,", "Y said after meeting X that ...".
    const before = ctx.persons.filter((m) => m.end <= clause.start && clause.start - m.end <= 30).at(-1);
    const between = before ? body.slice(before.end, clause.start) : '';
    if (
      before &&
      /^(?:,\s*(?:(?:speaking|talking)\s+)?|\s+(?:said|says|told\s+\S+|added)\s+)$/i.test(between)
    )
      return subjectList(ctx, before);
    // "Mr Y issued his warning after a meeting with X": the person who opens the sentence, when only
    // a short verb phrase stands between.
    const sentence = ctx.doc.sentences.find((x) => x.start <= clause.start && clause.start < x.end);
    const first = sentence
      ? ctx.persons.find((m) => m.start >= sentence.start && m.end <= clause.start)
      : undefined;
    if (
      sentence &&
      first &&
      /^(?:(?:[\p{Lu}][\p{L}.'’-]*|the)\s+){0,4}$/u.test(body.slice(sentence.start, first.start)) &&
      /^\s+(?:[\p{L}'’-]+\s+){1,8}$/u.test(body.slice(first.end, clause.start)) &&
      !/\b(?:that|which|who|whom|and|but|as|when|while|if|to)\b/i.test(body.slice(first.end, clause.start)) &&
      !ctx.persons.some((m) => m.start > first.end && m.end <= clause.start)
    )
      return [first.entity];
  }
  return [];
}

/** A subject and the names listed before it ("A.P. Muthusamy and B.K. Bhattacharya said after …"). */
function subjectList(ctx: Context, last: { entity: number; start: number }): number[] {
  const body = ctx.doc.body;
  const out = [last.entity];
  let cur = last;
  for (;;) {
    const prev = ctx.persons.filter((m) => m.end <= cur.start && cur.start - m.end <= 8).at(-1);
    if (!prev || !/^(?:\s*,\s*|,?\s+and\s+)$/.test(body.slice(prev.end, cur.start))) break;
    out.unshift(prev.entity);
    cur = prev;
  }
  return out;
}

/**
 * The people an English meeting noun names as its sides: possessors and compounds before it ("X's
 * first meeting", "the X-Y meeting", "his talks") and the list after "with" / "between" / "of"
 * ("talks with X", "the meeting between X and Y", "a meeting of X, Y and Z"). Persons elsewhere in
 * the clause ("Within hours of his talks with X, Y told Z") are not its participants.
 */
function nounParticipants(ctx: Context, cue: Cue, clause: Span, sentence?: Span): number[] {
  const body = ctx.doc.body;
  const inClause = ctx.persons.filter((m) => m.start >= clause.start && m.end <= clause.end);
  const result: number[] = [];
  // Before the noun: the nearest name may be followed by 's and up to two modifiers; further names
  // chain to it with a hyphen, "and" or a comma.
  let cursor = cue.span.start;
  let first = true;
  for (const m of inClause.filter((x) => x.end <= cue.span.start).reverse()) {
    const between = body.slice(m.end, cursor);
    const ok = first
      ? // "X's first meeting", "the X-Y talks", "X Y meeting"; without a possessive no word may intervene
        // ("X told a meeting", "X criticised Y at a meeting" do not make X or Y a side).
        /^['’]s?(?:\s*[-–]\s*|\s+)(?:[\w-]+\s+){0,2}$/u.test(between) ||
        /^(?:\s*[-–]\s*|\s+)$/u.test(between) ||
        /^['’]s?\s*$/u.test(between) ||
        // "X, Y and Z sat down for talks", "X and Y gathered for a meeting".
        GATHERED_FOR.test(between)
      : /^\s*(?:[-–]|,|and|&)\s*$/iu.test(between);
    if (!ok) break;
    result.push(m.entity);
    cursor = m.start;
    first = false;
  }
  // After the noun: "with|between|of" and a list of names (titles may stand between them).
  const after = inClause.filter((x) => x.start >= cue.span.end);
  // "talks with X", "the meeting at Leeds Castle between X and Y".
  const lead =
    /^,?\s+(?:(?:at|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3})?(?:with|between|of|involving)\s+/iu.exec(
      body.slice(cue.span.end, clause.end),
    ) ??
    // "The meeting at Downing Street on Monday involved A, B and C", "The summit brought together A and B".
    /^(?:\s+[^,.;:]{0,60}?)?\s+(?:involved|involves|brought\s+together|brings\s+together|included|includes)\s+/iu.exec(
      body.slice(cue.span.end, clause.end),
    );
  if (lead) {
    let end = cue.span.end + lead[0].length;
    const chain: { entity: number; comma: boolean }[] = [];
    // "a meeting between the US envoy, Mr X, and the Prime Minister's special envoy, Mr Y": each side an
    // office, a comma and the name.
    const appositive = /between\s+$/i.test(lead[0]);
    const office =
      "(?:the\\s+)?(?:[\\w.()'’-]+\\s+){0,5}[\\w.()'’-]+,\\s+(?:(?:Mr|Mrs|Ms|Dr|Shri|Smt|Sir)\\.?\\s+)?";
    const firstOffice = new RegExp(`^${office}$`, 'u');
    const nextOffice = new RegExp(`^\\s*,?\\s*and\\s+${office}$`, 'iu');
    for (const m of after) {
      const between = body.slice(end, m.start);
      const ok =
        chain.length === 0
          ? // "talks with Pakistani officials led by Foreign Secretary X": the group's leader.
            ((/^(?:\S+\s+){0,5}$/u.test(between) ||
              /^(?:\S+\s+){1,3}(?:led|headed)\s+by\s+(?:\S+\s+){0,4}$/u.test(between)) &&
              !/[,;]/.test(between) &&
              // "a meeting of activists that X had lied": a new clause, not a list of sides.
              !/\b(?:that|who|which|where|when|said|says|told)\b/i.test(between)) ||
            (appositive &&
              firstOffice.test(between) &&
              !/\b(?:that|who|which|where|when|said|says|told)\b/i.test(between))
          : /^\s*(?:,|,?\s*and|&)\s+(?:[\w.()'’-]+\s+){0,6}$/iu.test(between) ||
            (appositive &&
              nextOffice.test(between) &&
              !/\b(?:that|who|which|where|when|said|says|told)\b/i.test(between));
      if (!ok) break;
      chain.push({ entity: m.entity, comma: !/\b(?:and)\b|&/i.test(between) && chain.length > 0 });
      end = m.end;
    }
    // "with X, Y and Z" is a list; in "with X, Y told ..." the comma ends the phrase.
    const last = chain.at(-1);
    // ... unless the list goes on with "and" ("between X, Y and the other parties").
    const goesOn = /^\s*,?\s+and\s/i.test(body.slice(end, end + 8));
    const cut = last?.comma && !goesOn ? chain.findIndex((c) => c.comma) : chain.length;
    for (const c of chain.slice(0, cut)) result.push(c.entity);
  }
  // "the marathon meeting which X, the party's secretary, had with Y", "the talks X had with Y", "the
  // meetings that X and Y had with Z": a relative clause names both sides.
  if (result.length === 0 && sentence) {
    const rest = body.slice(cue.span.end, sentence.end);
    const rel =
      /^\s+(?:(?:which|that)\s+)?([^.;:]{2,160}?)\s+(?:had|has|have)\s+(?:(?:also|earlier|held)\s+)?with\s+/u.exec(
        rest,
      );
    if (rel?.[1]) {
      const subjectStart = cue.span.end + rel[0].indexOf(rel[1]);
      const subjectEnd = subjectStart + rel[1].length;
      const withEnd = cue.span.end + rel[0].length;
      const inSentence = ctx.persons.filter((m) => m.start >= subjectStart && m.end <= sentence.end);
      const subjects = inSentence.filter((m) => m.end <= subjectEnd);
      const opensWithName =
        !!subjects[0] &&
        // An office may stand before it ("US Secretary of State X", "Mr X").
        /^(?:(?:\p{Lu}[\w'’.-]*|of)\s+){0,6}$/u.test(body.slice(subjectStart, subjects[0].start));
      // Between the names of the subject only "and", commas and their offices.
      const namesOnly = subjects.every((m, k) => {
        const next = subjects[k + 1];
        return (
          !next ||
          /^(?:,|\s+and|,\s+and|\s*&)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[\w'’.-]+\s+){0,6}$/u.test(
            body.slice(m.end, next.start),
          )
        );
      });
      const object = inSentence.find(
        (m) => m.start >= withEnd && m.start - withEnd <= 60 && !/[,;]/.test(body.slice(withEnd, m.start)),
      );
      if (opensWithName && namesOnly && object) {
        result.push(...subjects.map((m) => m.entity), object.entity);
        return unique(result);
      }
    }
  }
  // "A meeting was held at the residence of X", "the meeting at X's house": the host takes part.
  const hostAfter =
    /^(?:\s+[^,.;:]{0,60}?)?\s+(?:(?:was|were)\s+held\s+)?at\s+(?:the\s+)?(?:official\s+)?(?:residence|house|home|bungalow|farmhouse)\s+of\s+(?:[\p{L}.'’()-]+\s+){0,5}$/u;
  for (const m of after) {
    if (m.start - cue.span.end > 120) break;
    const between = body.slice(cue.span.end, m.start);
    const possessed =
      /^(?:\s+[^,.;:]{0,60}?)?\s+(?:(?:was|were)\s+held\s+)?at\s+(?:[\p{L}.'’()-]+\s+){0,5}$/u.test(
        between,
      ) &&
      /^['’]s?\s+(?:official\s+)?(?:residence|house|home|bungalow|farmhouse)\b/u.test(
        body.slice(m.end, m.end + 24),
      );
    if (hostAfter.test(between) || possessed) {
      result.push(m.entity);
      break;
    }
  }
  if (result.length < 2) {
    const pair = bothPair(ctx, cue, clause);
    if (pair.length === 2) return unique([...result, ...pair]);
  }
  const before = body.slice(Math.max(clause.start, cue.span.start - 40), cue.span.start);
  // "at their weekly meeting", "both leaders' talks": the persons of the clause are its sides.
  if (result.length < 2 && /\b(?:their|both(?:\s+\w+['’])?)\s+(?:\S+\s+){0,2}$/i.test(before)) {
    return unique([...result, ...inClause.map((m) => m.entity)]);
  }
  // "X and Y discussed the row at a meeting", "At the talks, X told Y": the people who were at it.
  if (result.length < 2 && AT_MEETING.test(before)) {
    const present = unique([...result, ...sidesAtMeeting(ctx, cue, clause)]);
    if (present.length >= 2) return present;
  }
  // "After his meeting with X, Y said", "Y said after her talks with X": the possessive pronoun is the
  // subject of the main clause (the nearest person before the noun in the sentence, else the first after
  // the clause).
  const pronoun = /\b(his|her)\s+(?:\S+\s+){0,2}$/i.exec(before);
  if (pronoun && result.length === 1 && sentence) {
    const gender = pronoun[1]?.toLowerCase() === 'her' ? 'f' : 'm';
    const fits = (m: Mention) =>
      !result.includes(m.entity) && (ctx.doc.entities[m.entity]?.gender ?? gender) === gender;
    const owner =
      ctx.persons.filter((m) => m.start >= sentence.start && m.end <= clause.start && fits(m)).at(-1) ??
      ctx.persons.find(
        (m) => m.start >= clause.end && m.end <= sentence.end && m.start - clause.end < 40 && fits(m),
      );
    if (owner) result.unshift(owner.entity);
  }
  return unique(result);
}

/** Between the sides and a meeting noun: a verb of coming together ("sat down for talks"). */
const GATHERED_FOR =
  /^\s+(?:sat|sit|sits|sitting)\s+down\s+(?:for|to)\s+(?:[\w-]+\s+){0,2}$|^\s+(?:gathered|came\s+together|got\s+together|assembled)\s+for\s+(?:[\w-]+\s+){0,2}$/i;

/** The object of a meeting verb that is a group whose members a list names next. */
const GROUP_OBJECT =
  /^\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){0,3}(?:leaders|ministers|representatives|members|heads|chiefs|officials|delegates|delegations|counterparts|envoys|premiers)\b/i;

/** After an indefinite meeting noun, a report that it happened: "A meeting of ... was held at ...". */
const HELD_AFTER =
  /^\s(?:[^.;]{0,80}?\s)?(?:was|were)\s+(?:held|convened)\b|^\s(?:[^.;]{0,80}?\s)?took\s+place\b/i;

/** Before a meeting noun, words that put the subject of the sentence at the meeting. */
const SPOKE_AT_MEETING =
  /\b(?:(?:at|during|after|following|told|addressed|addressing|briefed)\s+(?:the|this|that)|(?:at|by)\s+the\s+(?:end|close|conclusion)\s+of\s+(?:the|a|an|this|that|their))\s+(?:[\w-]+\s+){0,2}$/i;
/** Words that may stand before a name or between names in a subject: titles, parties, "former". */
const SUBJECT_WORD =
  /^(?:\p{Lu}[\p{L}.'’()-]*|the|former|chief|minister|ministers|leader|president|secretary|general|deputy|senior|union|state|party|shadow|home|foreign|prime|finance|spokesman|spokeswoman|of)$/u;

/**
 * The persons a sentence makes speak or act at or after a meeting: the subject after a fronted "At the
 * meeting," / "Speaking after the meeting," and the subject of "X told reporters after the meeting" or
 * "X told the meeting". Objects of the sentence ("criticised Y") are not.
 */
function speakersAtMeeting(ctx: Context, cue: Cue, sentence: Span): number[] {
  const body = ctx.doc.body;
  const before = body.slice(sentence.start, cue.span.start);
  if (!SPOKE_AT_MEETING.test(before)) return [];
  const comma = body.indexOf(',', cue.span.end);
  const fronted =
    /^\W*(?:(?:speaking|talking)\s+(?:to\s+\S+\s+)?)?(?:at|during|after|following)\s/i.test(before) &&
    comma > 0 &&
    comma < sentence.end &&
    /^[^,.;]{0,40}$/.test(body.slice(cue.span.end, comma));
  const from = fronted ? comma + 1 : sentence.start;
  const found: number[] = [];
  let cursor = from;
  for (const m of ctx.persons.filter((x) => x.start >= from && x.end <= sentence.end)) {
    if (!fronted && m.start >= cue.span.start) break;
    const between = body.slice(cursor, m.start).trim();
    const words = between.split(/\s+/).filter(Boolean);
    const joined = found.length === 0 || /^(?:,|and|,\s*and)\b/i.test(between);
    const rest =
      found.length === 0 ? words : words.slice(between.startsWith(',') ? 1 : 0).filter((w) => w !== 'and');
    if (!joined || rest.length > 5 || !rest.every((w) => SUBJECT_WORD.test(w.replace(/,$/, '')))) break;
    if (POSSESSIVE_AFTER.test(body.slice(m.end, m.end + 3))) break;
    found.push(m.entity);
    cursor = m.end;
  }
  return found;
}

/** Before a meeting noun: it is where people were ("at a meeting", "during the talks", "in a meeting"). */
const AT_MEETING = /\b(?:at|during|in)\s+(?:(?:a|an|the|this|that)\s+)?(?:[\w'’-]+\s+){0,2}$/i;

/**
 * Who was at a meeting named after "at" / "during": the subjects of the clause ("X and Y agreed the plan at
 * talks in Dublin"; after a fronted "At the meeting," the names right after the comma) and the people
 * they did something "with" ("X discussed the row with Y at a meeting"). Not the objects of other verbs:
 * in "X criticised Y at a meeting" Y need not have been there.
 */
function sidesAtMeeting(ctx: Context, cue: Cue, clause: Span): number[] {
  const body = ctx.doc.body;
  const inClause = ctx.persons.filter((m) => m.start >= clause.start && m.end <= clause.end);
  const fronted = /^\W*(?:at|during|in)\s/i.test(body.slice(clause.start, cue.span.start));
  const from = fronted ? cue.span.end : clause.start;
  const subjects: number[] = [];
  let cursor = from;
  for (const m of inClause.filter((x) => x.start >= from)) {
    const between = body.slice(cursor, m.start);
    const ok =
      subjects.length === 0
        ? (fronted
            ? /^(?:\s+\S+){0,6}?,\s*(?:[\p{L}.'’-]+\s+){0,4}$/u
            : /^\W*(?:[\p{L}.'’-]+\s+){0,5}$/u
          ).test(between)
        : /^\s*(?:,|,?\s*and)\s+(?:[\p{L}.'’-]+\s+){0,4}$/iu.test(between);
    if (!ok || POSSESSIVE_AFTER.test(body.slice(m.end, m.end + 3))) break;
    subjects.push(m.entity);
    cursor = m.end;
  }
  if (subjects.length === 0) return [];
  const partners = inClause
    .filter((m) =>
      /\bwith\s+(?:[\p{L}.'’-]+\s+){0,4}$/iu.test(body.slice(Math.max(clause.start, m.start - 40), m.start)),
    )
    .map((m) => m.entity);
  return unique([...subjects, ...partners]);
}

/** "The first meeting indicated that both X and Y wanted a deal": the pair named with "both" after the noun. */
function bothPair(ctx: Context, cue: Cue, clause: Span): number[] {
  const body = ctx.doc.body;
  const after = ctx.persons.filter((m) => m.start >= cue.span.end && m.end <= clause.end);
  for (let i = 0; i + 1 < after.length; i++) {
    const a = after[i]!;
    const b = after[i + 1]!;
    if (
      /\bboth\s+$/i.test(body.slice(Math.max(0, a.start - 6), a.start)) &&
      /^\s+and\s+$/i.test(body.slice(a.end, b.start)) &&
      a.entity !== b.entity
    ) {
      return [a.entity, b.entity];
    }
  }
  return [];
}

/**
 * Whether a meeting noun names one of its sides: "X's first meeting with Y", "the X-Y meeting", "the
 * meeting between X and Y", "talks with X", "X से मुलाकात", "X की मुलाकात". Otherwise persons elsewhere in
 * the clause ("X alleged that Y ... at the all-party meeting") are not its participants.
 */
function nounLinked(ctx: Context, cue: Cue, clause: Span): boolean {
  const body = ctx.doc.body;
  // "their first meeting", "both leaders' meeting": the persons of the clause are its sides.
  const before = body.slice(Math.max(clause.start, cue.span.start - 40), cue.span.start);
  if (/\b(?:their|both(?:\s+\w+['’])?)\s+(?:\S+\s+){0,2}$/i.test(before)) return true;
  if (ctx.language === 'en' && bothPair(ctx, cue, clause).length === 2) return true;
  // "In a meeting at Downing Street, X and Y agreed": the people at it.
  if (ctx.language === 'en' && AT_MEETING.test(before) && sidesAtMeeting(ctx, cue, clause).length >= 2)
    return true;
  return ctx.persons.some((m) => {
    if (m.start < clause.start || m.end > clause.end) return false;
    if (m.end <= cue.span.start) {
      const between = body.slice(m.end, cue.span.start);
      return ctx.language === 'en'
        ? /^(?:['’]s?)?(?:\s*[-–]\s*|\s+)(?:[\w-]+\s+){0,2}$/u.test(between) ||
            /^(?:['’]s?)?\s*[-–]\s*\S.{0,30}\s$/u.test(between) ||
            GATHERED_FOR.test(between)
        : new RegExp(
            `^\\s+(?:की|से|के\\s+साथ|के\\s+बीच|और\\s+\\S+(?:\\s+\\S+)?\\s+(?:की|के\\s+बीच))\\s+${HINDI_FILLER}$`,
            'u',
          ).test(between);
    }
    if (m.start >= cue.span.end) {
      const between = body.slice(cue.span.end, m.start);
      return (
        ctx.language === 'en' &&
        (/^\s+(?:(?:at|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3})?(?:with|between|of)\s+(?:\S+\s+){0,5}$/iu.test(
          between,
        ) ||
          /^(?:\s+[^,.;:]{0,60}?)?\s+(?:involved|involves|brought\s+together|brings\s+together|included|includes)\s+(?:\S+\s+){0,5}$/iu.test(
            between,
          ) ||
          // "the talks (which) X had with Y".
          (/^\s+(?:(?:which|that)\s+)?(?:(?:\p{Lu}[\w'’.-]*|of)\s+){0,6}$/u.test(between) &&
            RELATIVE_HAD_WITH.test(body.slice(m.end, m.end + 160))))
      );
    }
    return false;
  });
}

/** After the subject of "the talks (which) X had with Y": the rest of the relative clause. */
const RELATIVE_HAD_WITH = /^[^.;:]{0,140}?\s(?:had|has|have)\s+(?:(?:also|earlier|held)\s+)?with\s/u;

/** "the meeting", "this meeting", "their first meeting", "Friday's meeting", "यह मुलाकात", "इस मुलाकात". */
function definite(body: string, span: Span, language: Language): boolean {
  const before = body.slice(Math.max(0, span.start - 40), span.start);
  // Hindi has no articles: a bare "मुलाकात के बाद" is "after the meeting".
  if (language === 'hi' || /[\u0900-\u097F]/.test(body.slice(span.start, span.end))) return true;
  return /(?:\bthe|\bthis|\bthat|\btheir|\bhis|\bher|\bits|['’]s)\s+(?:\S+\s+){0,4}$/i.test(before);
}

/** The clause of `sentence` that contains `span`. */
function clauseAround(body: string, sentence: Span, span: Span, language: Language): Span {
  const text = body.slice(sentence.start, sentence.end);
  let start = sentence.start;
  let end = sentence.end;
  const re = new RegExp(CLAUSE_BREAK[language].source, CLAUSE_BREAK[language].flags);
  // A list of names between two dashes is an apposition of the subject, not a clause of its own:
  // "The leaders of A, B and C - X, Y and Z - met in Berlin".
  const dashList = /\s[—–-]\s([^—–]{3,160}?,[^—–]{3,160}?)\s[—–-]\s/u.exec(text);
  const inDashList = (at: number) =>
    !!dashList &&
    /\band\b|,/.test(dashList[1] ?? '') &&
    (at === dashList.index ||
      at === dashList.index + dashList[0].length - (dashList[0].match(/\s[—–-]\s$/u)?.[0].length ?? 0));
  for (const m of text.matchAll(re)) {
    if (/^\s[—–-]\s$/u.test(m[0]) && inDashList(m.index)) continue;
    const at = sentence.start + m.index;
    if (at + m[0].length <= span.start) start = Math.max(start, at + m[0].length);
    else if (at >= span.end) {
      end = Math.min(end, at);
      break;
    }
  }
  // A fronted adverbial clause ends at its comma: "Hours after paying tribute to X, A met B",
  // "Speaking to reporters after the meeting, A said".
  const comma = body.indexOf(',', start);
  if (
    comma > start &&
    comma < end &&
    FRONTED[language].test(body.slice(start, comma)) &&
    !NAME_LIST_AT.test(body.slice(comma, Math.min(end, comma + 160)))
  ) {
    if (comma < span.start) start = comma + 1;
    else if (comma >= span.end) end = comma;
  }
  return { start, end };
}

/**
 * After a comma, the rest of a list of names ending in a verb: "while A, B and C also took part" is one
 * clause, not a fronted "while A" (as in "While in Delhi, X met Y").
 */
const NAME_LIST_AT =
  /^,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*(?:,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)*,?\s+and\s+/u;

const FRONTED: Record<Language, RegExp> = {
  // "At a news conference following talks with X, Y said": a place of speaking may lead the adverbial.
  en: /^\W*(?:(?:at|in)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){1,2})?(?:\S+\s+){0,2}?(?:after|before|while|since|following|despite|amid|during|when|as|speaking|addressing|reacting|talking|responding|asked|hours|days|weeks)\b|^\W*in\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:talks|meeting|meetings|discussions|conversation)\s+with\b/i,
  hi: /(?:के\s+बाद|से\s+पहले|के\s+दौरान|करते\s+हुए)\s*$/u,
};

function isExcluded(ctx: Context, clause: Span, cue: Cue, date: FuzzyDate | null, meeting: boolean): boolean {
  const { doc, p, language } = ctx;
  const body = doc.body;
  const before = body.slice(clause.start, cue.span.start);
  const after = body.slice(cue.span.end, clause.end);
  const clauseText = body.slice(clause.start, clause.end);
  const noun = cue.form !== 'verb';
  if (language === 'en') {
    const near = before.slice(-60);
    // "is understood to have met", "is said to have held talks": a perfect infinitive reports the past.
    const perfect = /\bto\s+have\s+$/i.test(near);
    if ((noun ? p.futureBeforeNoun : p.futureBefore).test(near) && !WENT_TO.test(near) && !perfect)
      return true;
    // "the issue would figure in the bilateral talks between X and Y", "It will be followed by the visits
    // of X": a modal earlier in the clause puts the meeting it names in the future.
    if (
      noun &&
      /\b(?:will|would|shall)\s+(?!have\b)(?:not\s+)?\p{Ll}+\b(?:(?![,;:]|\b(?:said|says|told|that|who|which)\b)[\s\S])*$/u.test(
        before,
      )
    )
      return true;
    if ((noun ? p.negationBeforeNoun : p.negationBefore).test(near)) return true;
  } else {
    // Hindi: the verb group after the cue carries tense and negation ("मुलाकात करेंगे", "नहीं मिले");
    // a few words before it qualify a noun ("प्रस्तावित मुलाकात").
    const verbGroup = after.slice(0, 30);
    const cueText = body.slice(cue.span.start, cue.span.end);
    if (
      p.futureBefore.test(verbGroup) ||
      p.futureBefore.test(cueText) ||
      p.futureBefore.test(before.slice(-15))
    )
      return true;
    if (p.negationBefore.test(verbGroup) || p.negationBefore.test(before.slice(-12))) return true;
    // "X ने Y को पुस्तक भेंट की", "भेंट की गई पुस्तक": भेंट is a gift given to someone, not a meeting.
    if (
      /^भेंट/u.test(cueText) &&
      (/\sको\s+(?:\S+\s+){0,3}$/u.test(before) || /^\s*(?:गई|गयी|गया|गए)/u.test(after))
    )
      return true;
  }
  if (meeting && HOST_VERB.test(body.slice(cue.span.start, cue.span.end))) {
    // "received him", "hosted the minister": only with a person right after; "received a call" is not a
    // meeting, "hosted a meeting of ..., attended by X" is.
    // "welcomed the decision by X" welcomes a thing, not the person.
    // "the dinner hosted by X": X is the host of a gathering others attend.
    // "X was received at the airport by Y": a short place may stand before the agent.
    const next = ctx.persons.find(
      (m) =>
        m.start >= cue.span.end &&
        m.start - cue.span.end < 70 &&
        ((m.start - cue.span.end < 30 && !NOT_A_GUEST.test(body.slice(cue.span.end, m.start))) ||
          /^\s+(?:(?:at|in|on)\s+(?:[\p{L}.'’-]+\s+){1,5})?by\s+(?:[\p{L}.'’-]+\s+){0,4}$/u.test(
            body.slice(cue.span.end, m.start),
          )),
    );
    if (!next && !/^\s+(?:him|her|them|उन्हें|उनका)\b/iu.test(after) && !HOSTED_GATHERING.test(after))
      return true;
  }
  // "X and Y visited the flood-hit areas", "visited a school": a tour together, not a meeting; a visit is one
  // to someone ("visited X", "visited the residence of X", "visited the victims' families").
  if (meeting && /^visit(?:ed|s|ing)?$/i.test(body.slice(cue.span.start, cue.span.end))) {
    // "is visiting Brunei at the invitation of X": the one who invited is no host met.
    const host = ctx.persons.some(
      (m) =>
        m.start >= cue.span.end &&
        m.end <= clause.end &&
        !/\binvitation\s+of\s+(?:[\p{L}.'’-]+\s+){0,5}$/iu.test(body.slice(cue.span.end, m.start)),
    );
    if (!host && !VISITED_PEOPLE.test(after)) return true;
  }
  // "called on X to resign": a demand, not a visit ("called on X to discuss ..." is a visit).
  if (meeting && /^call(?:ed|s|ing)? on$/i.test(body.slice(cue.span.start, cue.span.end))) {
    // Only a "to" before any other verb of the clause: in "called on X and staked a claim to form the
    // government" the purpose belongs to the second verb.
    const purpose = /^(?:(?!\band\b)[^,.;]){0,80}?\bto\s+(\p{L}+)/iu.exec(after);
    if (purpose && !VISIT_PURPOSE.test(purpose[1] ?? '')) return true;
  }
  // "told reporters at the end of the meeting": the telling is remote, not the meeting it follows.
  const nearBefore = before.slice(-REMOTE_BEFORE);
  const afterTelling =
    cue.form === 'noun' && language === 'en'
      ? /(?:\b(?:at|by)\s+the\s+(?:end|close|conclusion)\s+of|\b(?:after|following))\s+(?:(?!\b(?:at|by|after|following)\b)[\s\S])*$/i.exec(
          nearBefore,
        )
      : null;
  // "X said after the meeting that talks would resume": the future is what was said, not the meeting.
  // "X told the meeting that the party would wait": what was told, too.
  const reported =
    (afterTelling !== null && /\b(?:told|said|says|tells|added)\b/i.test(before)) ||
    (language === 'en' &&
      /\b(?:told|tells|addressed|briefed|assured|informed)\s+the\s+(?:[\w-]+\s+){0,2}$/i.test(before));
  if (cue.form === 'noun' && !reported && FUTURE_AFTER.test(after)) return true;
  // Remote contact qualifies the cue itself ("spoke over the phone", "talks via video conference",
  // "met virtually"), so only words near it count: "met X and later addressed a rally" is a meeting.
  const tail = after.slice(0, REMOTE_AFTER).split(/\s(?:and|but|before|after|later|then|और|फिर)\s/u)[0] ?? '';
  // Hindi cues are plain words, so the cue itself may complete a remote phrase ("प्रेस वार्ता की"); English
  // cues may contain a remote word in another sense ("paid a courtesy call on").
  const cueWords = language === 'hi' ? body.slice(cue.span.start, cue.span.end) : '';
  const nearCue = `${afterTelling ? afterTelling[0] : nearBefore}${cueWords} ${tail}`;
  if (meeting && cue.form !== 'attendance' && p.remote.test(nearCue)) return true;
  // "held a virtual meeting", "had a telephone conversation": the remote word is inside the cue ("call" is
  // not: "paid a courtesy call on").
  if (
    meeting &&
    language === 'en' &&
    // "addressed a meeting of MPs" is an attendance cue: the speaker was at the meeting ("addressing a
    // press meeting" was not).
    p.remote.test(
      body
        .slice(cue.span.start, cue.span.end)
        .replace(/\bcalls?\b/gi, '')
        .replace(cue.form === 'attendance' ? /\baddress(?:ed|ing)?\b/gi : /$^/, ''),
    )
  )
    return true;
  if (cue.form !== 'verb' && p.absence.test(clauseText)) return true;
  if (language === 'en') {
    // "The meeting ... was cancelled": it did not take place.
    if (cue.form !== 'attendance' && CALLED_OFF.test(after.slice(0, 120))) return true;
    // "took part in a televised debate", "participated in a rally": a public event, not a meeting.
    if (cue.form === 'attendance' && PUBLIC_EVENT_AFTER.test(after.slice(0, 60))) return true;
  }
  // "if X had stayed away from the meet": a condition, not a report.
  if (language === 'en' ? /\b(?:if|unless|whether)\b/i.test(before) : /(?:अगर|यदि)\s/u.test(before))
    return true;
  // A date after the article's is a plan, not a report.
  if (date && ctx.anchor && date.value.slice(0, ctx.anchor.value.length) > ctx.anchor.value) return true;
  return false;
}

/**
 * Where a list of attendees after a semicolon or colon ends: the sentence's end, or when the colon closes
 * its line, the last of the following lines that each open with a name ("Sharad Pawar (NCP)").
 */
function listEnd(ctx: Context, clause: Span, sentence: Span, index: number): number {
  const body = ctx.doc.body;
  if (!/^:[^\S\n]*(?:\n|$)/.test(body.slice(clause.end, sentence.end))) return sentence.end;
  let end = sentence.end;
  for (const line of ctx.doc.sentences.slice(index + 1, index + 41)) {
    const opens = ctx.persons.some(
      (m) => m.start >= line.start && /^[\s\-–•*·\d.)]*$/u.test(body.slice(line.start, m.start)),
    );
    // A line without a recognised name may still be an item of the list ("D Raja (CPI)").
    const item = /^[\s\-–•*·]*\p{Lu}[^.!?;:]{0,80}$/u.test(body.slice(line.start, line.end).trim());
    if (!(opens || item) || line.end - line.start > 160 || /\n\s*\n/.test(body.slice(end, line.start))) break;
    end = line.end;
  }
  return end;
}

/** Distinct PERSON entities mentioned in the clause, in order of first mention. */
/** "The meeting was convened by X", "called by X": the organiser, named right after the cue. */
const ORGANISER_CUE = /(?:convened|called|organised|organized|addressed)\s+by$/i;
/** "X convened a meeting of ...": X, and whoever the next sentences put at it. */
const CONVENER_CUE = /^(?:convened|convening|called)\s+(?:a|an|the)\s/i;

/** The person named right before the cue, as its subject ("X convened", "X had called", "X, 64, called"). */
function subjectRightBefore(ctx: Context, cue: Cue, clause: Span): number[] {
  const m = [...ctx.persons].reverse().find((x) => x.end <= cue.span.start && x.start >= clause.start);
  if (!m) return [];
  const between = ctx.doc.body.slice(m.end, cue.span.start);
  return /^\s*(?:(?:has|had|have|also|then|today|yesterday|on\s+\p{Lu}\p{L}+|,\s*\d+\s*,)\s*)*$/u.test(
    between,
  )
    ? [m.entity]
    : [];
}

/** The names listed right after `from` ("A, B and Mr C"), up to the first other word. */
function namesAfter(ctx: Context, from: number, to: number): number[] {
  const body = ctx.doc.body;
  const found: number[] = [];
  let cursor = from;
  for (const m of ctx.persons.filter((x) => x.start >= from && x.end <= to)) {
    const between = body.slice(cursor, m.start);
    const words = between.split(/\s+/).filter((w) => w && w !== ',' && !/^and$/i.test(w));
    const joined =
      found.length === 0 ? /^\s/.test(between) || between === '' : /^\s*(?:,|and|,\s*and)\s/i.test(between);
    if (!joined || words.length > 5 || !words.every((w) => SUBJECT_WORD.test(w.replace(/,$/, '')))) break;
    found.push(m.entity);
    cursor = m.end;
  }
  return found;
}

/**
 * "Two councillors who back Mr X met Mr Y", "A, who backs X, met Y": the people named only in a relative
 * clause about the subject, before the cue, who are no side of the meeting.
 */
function namedInSubjectRelative(ctx: Context, cue: Cue, clause: Span, sentence: Span): Set<number> {
  const body = ctx.doc.body;
  const inRelative = ctx.persons.filter(
    (m) =>
      m.start >= clause.start &&
      m.end <= cue.span.start &&
      /(?:\b\p{Ll}+|,)\s+(?:who|which)\s+(?:[\p{L}'’-]+\s+){0,4}$/u.test(body.slice(sentence.start, m.start)),
  );
  const named = new Set(inRelative.map((m) => m.entity));
  // Named again in the clause ("Councillors who back X met X and Y"): a side after all.
  for (const m of ctx.persons)
    if (named.has(m.entity) && m.start >= clause.start && m.end <= clause.end && !inRelative.includes(m))
      named.delete(m.entity);
  return named;
}

/**
 * "Where he met President X", "She later held talks with Y": the person a subject pronoun right before
 * the cue stands for, when the sentence and the one before it name exactly one other person of that
 * gender (or of unknown gender). Null when that is ambiguous.
 */
function pronounSubject(ctx: Context, cue: Cue, clause: Span, index: number, sides: number[]): number | null {
  const body = ctx.doc.body;
  const m =
    /\b(he|she)\s+(?:(?:also|later|then|first|briefly|separately|privately|had|has|recently|last)\s+)?$/i.exec(
      body.slice(clause.start, cue.span.start),
    );
  if (!m) return null;
  // The named side must be the object ("he met X"); in "X said he held meetings" the pronoun is X.
  if (!ctx.persons.some((p) => sides.includes(p.entity) && p.start >= cue.span.end && p.end <= clause.end))
    return null;
  const pronounAt = clause.start + (m.index ?? 0);
  const gender = m[1]?.toLowerCase() === 'she' ? 'f' : 'm';
  const from = ctx.doc.sentences[Math.max(0, index - 1)]?.start ?? 0;
  const candidates = new Set(
    ctx.persons
      .filter((p) => p.start >= from && p.end <= pronounAt && !sides.includes(p.entity))
      .filter((p) => (ctx.doc.entities[p.entity]?.gender ?? gender) === gender)
      .map((p) => p.entity),
  );
  return candidates.size === 1 ? ([...candidates][0] ?? null) : null;
}

/**
 * "X and Y met her twice": the one person of the previous sentence or of this one, not a side already,
 * whom "him"/"her" right after the verb can stand for. Null when none or several could.
 */
function pronounObject(ctx: Context, cue: Cue, clause: Span, index: number, sides: number[]): number | null {
  const body = ctx.doc.body;
  const m =
    /^\s+(him|her)\b(?!\s+(?:own|party|government|husband|wife|son|daughter|father|mother|brother|sister))/i.exec(
      body.slice(cue.span.end, clause.end),
    );
  if (!m) return null;
  // The named sides must be the subject ("X met her"), before the verb.
  if (
    !ctx.persons.some((p) => sides.includes(p.entity) && p.end <= cue.span.start && p.start >= clause.start)
  )
    return null;
  const gender = m[1]?.toLowerCase() === 'her' ? 'f' : 'm';
  const from = ctx.doc.sentences[Math.max(0, index - 1)]?.start ?? 0;
  const candidates = new Set(
    ctx.persons
      .filter((p) => p.start >= from && p.end <= cue.span.start && !sides.includes(p.entity))
      .filter((p) => (ctx.doc.entities[p.entity]?.gender ?? gender) === gender)
      .map((p) => p.entity),
  );
  return candidates.size === 1 ? ([...candidates][0] ?? null) : null;
}

function personsIn(ctx: Context, clause: Span): number[] {
  const body = ctx.doc.body;
  const found: number[] = [];
  // "X, who met Y last week, said ...": the relative clause is about X.
  if (/^,?\s*(?:who|जो|जिन्होंने)\s/iu.test(body.slice(clause.start - 2, clause.start + 12))) {
    const antecedent = ctx.persons.filter((m) => m.end <= clause.start && clause.start - m.end <= 3).at(-1);
    if (antecedent) found.push(antecedent.entity);
  }
  // "X - who is in Brussels for the summit - met Y": the clause after a parenthesis between dashes goes on
  // from the name before it.
  const windowStart = Math.max(0, clause.start - 130);
  const dashed = /(?:^|[^—–-])(\s[—–-]\s[^—–\n]{1,120}\s[—–-]\s)$/u.exec(
    body.slice(windowStart, clause.start),
  );
  if (dashed) {
    const opening = clause.start - (dashed[1]?.length ?? 0);
    const subject = ctx.persons.filter((m) => m.end <= opening && opening - m.end <= 1).at(-1);
    if (subject) found.push(subject.entity);
  }
  for (const m of ctx.persons) {
    if (m.start < clause.start || m.end > clause.end) continue;
    if (LATE_BEFORE.test(body.slice(Math.max(0, m.start - 12), m.start))) continue;
    const after = body.slice(m.end, m.end + 60);
    // "X's son", "X's death", "X की रिहाई" name someone else or a topic; "X's residence",
    // "X's meeting with Y", "X के आवास पर" name a participant (the host, also in "the meeting at X's residence
    // was attended by ...").
    const possessive =
      ctx.language === 'en' ? POSSESSIVE_AFTER.test(after) : /^\s+(?:के|की|का)\s/u.test(after);
    if (possessive && !ctx.p.possessedHost.test(after)) {
      // "X के साथ", "X से", "X के बीच" make X a side of the meeting, not an owner; so does leading the
      // delegation that met ("X के नेतृत्व में", "X की अगुवाई में").
      if (ctx.language === 'en' || !/^\s+(?:के|की|का)\s+(?:साथ|से|बीच|नेतृत्व|अगुवाई|अगुआई)/u.test(after)) continue;
    }
    if (
      ctx.language === 'en'
        ? ctx.p.topicBefore.test(body.slice(Math.max(clause.start, m.start - 30), m.start))
        : ctx.p.topicBefore.test(after)
    )
      continue;
    if (!found.includes(m.entity)) found.push(m.entity);
  }
  return found;
}

/**
 * The person an arrest, release or conviction is about (the name before the cue in its clause: "X was
 * released", "the former minister's release"; else the first after it: "the arrest of X"); for a letter
 * also the addressee ("X wrote to Y").
 */
function subjectsOf(ctx: Context, clause: Span, cue: Cue, sentence: Span): number[] {
  const inClause = ctx.persons.filter((m) => m.start >= clause.start && m.end <= clause.end);
  const before = inClause.filter((m) => m.end <= cue.span.start);
  const after = inClause.filter((m) => m.start >= cue.span.end);
  // "X is lodged in jail after being convicted": a participle clause takes the subject of the sentence.
  const participle = /^\W*(?:after|before|since|upon|for|while)?\s*(?:being|having been|getting)\s*$/i.test(
    ctx.doc.body.slice(clause.start, cue.span.start),
  );
  const sentenceSubject = participle
    ? ctx.persons.filter((m) => m.start >= sentence.start && m.end <= cue.span.start).at(-1)
    : undefined;
  const subject = before.at(-1) ?? after[0] ?? sentenceSubject;
  if (!subject) return [];
  const result = [subject.entity];
  if (cue.kind === 'LETTER') {
    const addressee = after.find((m) => m.entity !== subject.entity);
    if (addressee) result.push(addressee.entity);
  }
  return result;
}

/**
 * Participants a group anaphor points to: those of the meeting under discussion, or for "the pair",
 * "the two leaders", "दोनों" the last two persons named before the sentence.
 */
function groupParticipants(ctx: Context, frame: Draft | null, sentence: Span, strong: boolean): number[] {
  if (frame && frame.participants.length >= 2) return frame.participants;
  const sentences = ctx.doc.sentences;
  const index = sentences.indexOf(sentence);
  if (!strong) {
    // "X and Y are at odds over pensions. They met on Monday": a sentence-initial "They" after a sentence
    // whose subject is a pair.
    const previous = sentences[index - 1];
    const opensWithThey = /^\W*They\s/.test(ctx.doc.body.slice(sentence.start, sentence.start + 12));
    return previous && opensWithThey ? coordinatedSubjects(ctx, previous) : [];
  }
  const from = sentences[Math.max(0, index - 3)]?.start ?? 0;
  const recent: number[] = [];
  for (let i = ctx.persons.length - 1; i >= 0 && recent.length < 2; i--) {
    const m = ctx.persons[i]!;
    if (m.start >= sentence.start || m.start < from) continue;
    if (!recent.includes(m.entity)) recent.push(m.entity);
  }
  return recent.length === 2 ? recent.reverse() : [];
}

/** The persons a sentence opens with when they are coordinated: "X and Y are at odds", "X, Y and Z said". */
function coordinatedSubjects(ctx: Context, sentence: Span): number[] {
  const body = ctx.doc.body;
  const found: number[] = [];
  let cursor = sentence.start;
  for (const m of ctx.persons.filter((x) => x.start >= sentence.start && x.end <= sentence.end)) {
    const between = body.slice(cursor, m.start);
    const ok =
      found.length === 0
        ? /^\W*(?:[\p{L}.'’-]+\s+){0,4}$/u.test(between)
        : /^\s*(?:,|,?\s*and)\s+(?:[\p{L}.'’-]+\s+){0,4}$/iu.test(between);
    if (!ok) break;
    if (!found.includes(m.entity)) found.push(m.entity);
    cursor = m.end;
  }
  return found.length >= 2 && /^\s*,?\s*(?!and\b)[\p{Ll}]/u.test(body.slice(cursor, cursor + 12))
    ? found
    : [];
}

/**
 * The date expression of the sentence that belongs to cue `index`: the nearest one, counting a date in
 * another clause as far away, unless it is nearer to a cue of another kind ("visited X on March 3,
 * soon after his release from jail" vs "released from jail on February 20").
 */
function dateFor(
  index: number,
  cues: Cue[],
  clauses: Span[],
  dates: DateExpression[],
): DateExpression | null {
  const cue = cues[index]!;
  const distanceTo = (d: DateExpression, i: number) => {
    const clause = clauses[i]!;
    return gap(d.span, cues[i]!.span) + (d.span.start >= clause.start && d.span.end <= clause.end ? 0 : 1000);
  };
  let best: DateExpression | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const d of dates) {
    if (d.kind === 'DURATION' && d.duration?.direction !== 'ago') continue;
    const distance = distanceTo(d, index);
    const nearer = cues.some(
      (other, i) => i !== index && other.kind !== cue.kind && distanceTo(d, i) < distance,
    );
    if (nearer) continue;
    if (distance < bestDistance || (distance === bestDistance && best && rank(d) > rank(best))) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}

function rank(d: DateExpression): number {
  return { DAY: 3, MONTH: 2, YEAR: 1 }[d.date?.precision ?? 'YEAR'];
}

function gap(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

function makeDraft(
  ctx: Context,
  cue: Cue,
  clause: Span,
  sentence: Span,
  index: number,
  participants: number[],
  date: DateExpression | null,
  extractor: string,
): Draft {
  // Other events take a place only right beside their cue ("released from X jail", "arrested in X").
  let [place, placeRank] =
    cue.kind === 'MEETING'
      ? placeFor(ctx, clause, cue)
      : placeFor(
          ctx,
          {
            start: Math.max(clause.start, cue.span.start - 30),
            end: Math.min(clause.end, cue.span.end + 30),
          },
          cue,
        );
  if (place !== null && (cue.kind === 'RELEASE' || cue.kind === 'CONVICTION')) {
    // A release or conviction happens at a jail or court, not where the person went afterwards.
    const at = ctx.places.find((m) => m.entity === place && m.start >= clause.start && m.end <= clause.end);
    const body = ctx.doc.body;
    if (!at || !/^\s*(?:jail|prison|court|जेल|कारागार|अदालत)/iu.test(body.slice(at.end, at.end + 12))) {
      if (!at || !/\bfrom\s+$/i.test(body.slice(Math.max(0, at.start - 6), at.start)))
        [place, placeRank] = [null, 0];
    }
  }
  const role = roleOf(ctx, clause, cue, date?.date ?? null);
  const venue = cue.kind === 'MEETING' ? venueFor(ctx, clause) : null;
  const score =
    participants.length +
    (date ? 1 : 0) +
    (place !== null ? 1 : 0) +
    (cue.form === 'verb' ? 1 : 0) +
    (role === 'PRIMARY' ? 1 : 0);
  return {
    kind: cue.kind,
    participants,
    place,
    placeRank,
    venue,
    date: date?.date ?? null,
    dateSpan: date ? date.span : null,
    role,
    evidence: sentence,
    evidenceScore: score,
    extractor,
    confidence: cue.form === 'verb' ? 0.8 : 0.6,
    lastSentence: index,
    open: false,
  };
}

/**
 * "बैठक में A, B और C शामिल थे। बैठक शनिवार को पटना में हुई थी।": a sentence in the past perfect that only
 * dates and places "the meeting" the text is about, when that meeting has no date and the date given is
 * recent, belongs to it rather than to an earlier meeting.
 */
function datesUndatedFrame(ctx: Context, frame: Draft | null, draft: Draft, cue: Cue): boolean {
  if (!frame || frame.date || !draft.date || draft.participants.length > 0 || cue.form !== 'noun')
    return false;
  if (!definite(ctx.doc.body, cue.span, ctx.language)) return false;
  const anchor = ctx.anchor;
  if (!anchor || anchor.precision !== 'DAY' || draft.date.precision !== 'DAY') return false;
  const days = (Date.parse(anchor.value) - Date.parse(draft.date.value)) / 86_400_000;
  return days >= 0 && days <= REFERENCE_AFTER_DAYS;
}

function roleOf(ctx: Context, clause: Span, cue: Cue, date: FuzzyDate | null): ReportRole {
  const body = ctx.doc.body;
  // English: a past perfect anywhere before the cue in its clause ("had last met ..., their first
  // meeting after ..."); Hindi: the auxiliary after the verb ("हुई थी").
  const window =
    ctx.language === 'en'
      ? body.slice(clause.start, cue.span.end)
      : body.slice(Math.max(clause.start, cue.span.start - 20), Math.min(clause.end, cue.span.end + 30));
  if (ctx.p.reference.test(window)) return 'REFERENCE';
  const anchor = ctx.anchor;
  if (date && anchor) {
    if (date.precision === 'DAY' && anchor.precision === 'DAY') {
      const days = (Date.parse(anchor.value) - Date.parse(date.value)) / 86_400_000;
      if (days > REFERENCE_AFTER_DAYS) return 'REFERENCE';
    } else if (date.value < anchor.value.slice(0, date.value.length)) {
      return 'REFERENCE';
    }
  }
  return 'PRIMARY';
}

const ENGLISH_LOCATIVE = /(?:\bin|\bat|\binside|\bnear|\bto|\bvisited|\breached|\bfrom)\s+(?:the\s+)?$/i;
const HINDI_LOCATIVE = /^\s*(?:में|स्थित|पहुंचे|पहुँचे|पहुंचकर|पर|के\s+\S+\s+(?:में|पर))(?![\p{L}\p{M}])/u;

/** The most specific PLACE named with a locative in the clause, or the dateline place for "here". */
function placeFor(ctx: Context, clause: Span, cue: Cue): [number | null, number] {
  const body = ctx.doc.body;
  let best: number | null = null;
  let bestRank = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const m of ctx.places) {
    if (m.start < clause.start || m.end > clause.end) continue;
    const locative =
      ctx.language === 'en'
        ? ENGLISH_LOCATIVE.test(body.slice(Math.max(0, m.start - 15), m.start))
        : HINDI_LOCATIVE.test(body.slice(m.end, m.end + 20)) ||
          ENGLISH_LOCATIVE.test(body.slice(Math.max(0, m.start - 15), m.start));
    if (!locative) continue;
    const kind = ctx.doc.entities[m.entity]?.placeKind ?? 'OTHER';
    const rank = PLACE_RANK[kind];
    const distance = gap(m, cue.span);
    if (rank > bestRank || (rank === bestRank && distance < bestDistance)) {
      best = m.entity;
      bestRank = rank;
      bestDistance = distance;
    }
  }
  if (best === null && ctx.datelinePlace !== null && ctx.p.here.test(body.slice(clause.start, clause.end))) {
    const kind = ctx.doc.entities[ctx.datelinePlace]?.placeKind ?? 'OTHER';
    return [ctx.datelinePlace, PLACE_RANK[kind]];
  }
  return [best, bestRank];
}

/** Words that end a venue noun phrase. */
const VENUE_STOP =
  /\s+(?:in|on|for|to|with|after|before|during|where|as|and|amid|over|near|ahead|since|when|while|here|there|by|from|which|who|that|to)\b|[,.;:!?"“”()]|\s[—–-]\s/i;
const VENUE_START =
  /(?:\bat|\binside)\s+((?:the|his|her|their|its|a|an|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*['’]s)\s+[^\n]+|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)+)/g;
const NOT_VENUE =
  /^(?:the (?:same )?time|a time|least|the (?:invitation|behest|request|instance|end|start|beginning|outset|height)|an? (?:early|late) stage)\b/i;

/** The venue noun phrase after "at" / "inside" ("his residence", "the guest house"), or Hindi "अपने आवास पर". */
function venueFor(ctx: Context, clause: Span): string | null {
  const body = ctx.doc.body;
  const text = body.slice(clause.start, clause.end);
  if (ctx.language === 'hi') {
    const m =
      /(?:^|\s)((?:उनके|उनकी|अपने|अपनी|इनके|[\u0900-\u097F]+\s+के)\s+[\u0900-\u097F]+)\s+पर(?![\p{L}\p{M}])/u.exec(
        text,
      );
    return m?.[1] ?? null;
  }
  const sidelines = /on the sidelines of\s+([^,.;]+?)(?=\s+(?:in|on|at|held|to)\b|[,.;]|$)/i.exec(text);
  if (sidelines) return sidelines[1]!.trim();
  VENUE_START.lastIndex = 0;
  for (const m of text.matchAll(VENUE_START)) {
    const phrase = m[1]!;
    if (NOT_VENUE.test(phrase)) continue;
    const stop = VENUE_STOP.exec(phrase.slice(1));
    const venue = (stop ? phrase.slice(0, stop.index + 1) : phrase).trim();
    const start = clause.start + m.index + m[0].indexOf(phrase);
    // A venue is not just a place name ("at Kanpur") or a date ("at the weekend" passes, fine).
    if ([...ctx.places, ...ctx.persons].some((pm) => pm.start === start && pm.end === start + venue.length))
      continue;
    if (venue.split(/\s+/).length < 2 || venue.length > 80) continue;
    // "at the committee meeting", "at the regional summit" name the event, not where it was held.
    const rest = body.slice(start + venue.length, start + venue.length + 30);
    if (/^\s*(?:\([^)]*\)\s*)?(?:meeting|meetings|talks|meet|summit|conference|session)\b/i.test(rest))
      continue;
    return venue;
  }
  return null;
}

function findDatelinePlace(doc: Doc, places: Mention[]): number | null {
  const span = doc.meta.datelineSpan;
  if (span) {
    const inside = places.find((m) => m.start >= span.start && m.end <= span.end);
    if (inside) return inside.entity;
  }
  const name = doc.meta.datelinePlace?.toLowerCase();
  if (!name) return null;
  const index = doc.entities.findIndex(
    (e) => e.type === 'PLACE' && [e.name, ...e.aliases].some((a) => a.toLowerCase() === name),
  );
  return index >= 0 ? index : null;
}

/** The first DAY date of the lead sentence and the persons it names (for meetings the lead reports). */
function leadSentenceDate(ctx: Context): { date: DateExpression; persons: number[] } | null {
  const first = ctx.doc.sentences.find((s) => s.start >= ctx.doc.meta.textStart);
  if (!first) return null;
  // The lead's day, even when it dates a speech verb ("X on Friday assured ..."): the news day.
  const date = ctx.allDates.find(
    (d) => d.span.start >= first.start && d.span.end <= first.end && d.date?.precision === 'DAY',
  );
  if (!date) return null;
  return { date, persons: personsIn(ctx, first) };
}

function placesCompatible(a: Draft, b: Draft): boolean {
  if (a.place === null || b.place === null || a.place === b.place) return true;
  // A country and a city in it can both be right ("in Nepal", "in Kathmandu"); two cities cannot.
  return Math.min(a.placeRank, b.placeRank) < 2;
}

function sameParticipants(a: number[], b: number[]): boolean {
  const small = a.length <= b.length ? a : b;
  const large = a.length <= b.length ? b : a;
  return small.every((x) => large.includes(x)) && small.length >= 2;
}

function mergeMeeting(events: Draft[], draft: Draft, frame: Draft | null): Draft {
  // A mention without its own date continues the meeting the text is talking about ("X had then
  // posted ... 'met Y at the summit'" after "had last met ... in June"), whatever its tense.
  if (
    frame &&
    !draft.date &&
    frame.participants.length >= 2 &&
    sameParticipants(frame.participants, draft.participants)
  ) {
    const sameTense = draft.role === frame.role || draft.lastSentence === frame.lastSentence;
    if (sameTense && placesCompatible(frame, draft) && draft.lastSentence - frame.lastSentence <= 1) {
      frame.participants = unique([...frame.participants, ...draft.participants]);
      fill(frame, draft, draft.lastSentence);
      return frame;
    }
  }
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.kind !== draft.kind) continue;
    const sharing =
      e.participants.length < 2
        ? draft.participants.some((x) => e.participants.includes(x)) || e.participants.length === 0
        : sameParticipants(e.participants, draft.participants);
    if (!sharing || !compatibleDates(e.date, draft.date) || !placesCompatible(e, draft)) continue;
    if (e.role !== draft.role && !(e.date && draft.date && e.date.value === draft.date.value)) continue;
    if (e.participants.length < 2 && draft.lastSentence - e.lastSentence > FRAME_REACH) continue;
    e.participants = unique([...e.participants, ...draft.participants]);
    fill(e, draft, draft.lastSentence);
    return e;
  }
  events.push(draft);
  return draft;
}

function mergeOther(events: Draft[], draft: Draft): void {
  for (const e of events) {
    if (e.kind !== draft.kind || !compatibleDates(e.date, draft.date)) continue;
    if (
      !draft.participants.every((x) => e.participants.includes(x)) &&
      !e.participants.every((x) => draft.participants.includes(x))
    )
      continue;
    e.participants = unique([...e.participants, ...draft.participants]);
    fill(e, draft, draft.lastSentence);
    return;
  }
  events.push(draft);
}

/** Completes `target` with what `source` knows better: a more precise date, a more specific place, a venue. */
function fill(target: Draft, source: Draft, index: number): void {
  if (source.date && (!target.date || source.date.value.length > target.date.value.length)) {
    target.date = source.date;
    target.dateSpan = source.dateSpan;
  }
  if (source.place !== null && source.placeRank > target.placeRank) {
    target.place = source.place;
    target.placeRank = source.placeRank;
  }
  if (!target.venue && source.venue) target.venue = source.venue;
  if (source.evidenceScore > target.evidenceScore && source.participants.length >= 2) {
    if (source.venue) target.venue = source.venue;
    target.evidence = source.evidence;
    target.evidenceScore = source.evidenceScore;
    target.extractor = source.extractor;
  }
  target.confidence = Math.min(0.95, Math.max(target.confidence, source.confidence) + 0.05);
  target.lastSentence = index;
}

function toEvent(d: Draft): ArticleEvent {
  return {
    kind: d.kind,
    participants: d.participants,
    place: d.place,
    venue: d.venue,
    date: d.date,
    role: d.role,
    evidence: d.evidence,
    dateSpan: d.dateSpan,
    extractor: d.extractor,
    confidence: Math.round(d.confidence * 100) / 100,
  };
}

function unique(values: number[]): number[] {
  return [...new Set(values)];
}
