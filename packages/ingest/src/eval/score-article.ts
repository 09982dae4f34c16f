/**
 * Scores one article's predictions against its gold annotation (rules of shared/corpus/README.md).
 *
 * Every category is tallied from both sides, so that precision and recall can be micro-averaged over
 * any set of articles: `predicted`/`predictedCorrect` for precision, `gold`/`goldFound` for recall.
 * For persons, organisations, places and meetings the matching is one-to-one, so both correct
 * counts are equal; for statements a prediction may cover several gold pieces (or one gold quote may
 * be predicted in pieces), so they can differ.
 */
import type { GoldArticle, GoldMeeting, GoldNamed, GoldStatement } from './load-gold.js';
import {
  commonRun,
  evidenceMatch,
  intersects,
  nameKey,
  nameKeys,
  QUOTE_OVERLAP_THRESHOLD,
  quoteOverlap,
  quoteTokens,
} from './match-text.js';
import type { ArticlePrediction, PredictedMeeting, PredictedName, PredictedStatement } from './prediction.js';

export const CATEGORIES = [
  'persons',
  'organizations',
  'places',
  'statements',
  'statementsWithSpeaker',
  'meetings',
  'meetingsStrict',
  'meetingEvents',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Tally {
  predicted: number;
  predictedCorrect: number;
  gold: number;
  goldFound: number;
}

export interface Accuracy {
  correct: number;
  total: number;
}

export type IssueType = 'miss' | 'false-hit' | 'wrong-speaker' | 'wrong-date' | 'wrong-place';

/** One miss or false hit, for `--verbose` listings. */
export interface ScoreIssue {
  category: Category;
  file: string;
  type: IssueType;
  /** The gold item (for misses) or the predicted item (for false hits). */
  text: string;
  detail?: string;
}

export interface ArticleScore {
  file: string;
  language: string;
  tallies: Record<Category, Tally>;
  /** Over gold meetings matched by at least one participant pair. */
  meetingDate: Accuracy;
  meetingPlace: Accuracy;
  /** Predicted statements that matched only an optional statement, or were indirect speech. */
  ignored: { optionalStatements: number; indirectStatements: number };
  issues: ScoreIssue[];
  error?: string;
}

export function emptyTally(): Tally {
  return { predicted: 0, predictedCorrect: 0, gold: 0, goldFound: 0 };
}

/**
 * Maximum one-to-one matching (Kuhn's augmenting paths). `candidates(g)` lists the predictions
 * gold item `g` may match, best first; returns `matchOfGold[g]` = prediction index or -1.
 */
export function matchOneToOne(
  goldCount: number,
  predictedCount: number,
  candidates: (gold: number) => readonly number[],
): number[] {
  const matchOfGold = new Array<number>(goldCount).fill(-1);
  const matchOfPrediction = new Array<number>(predictedCount).fill(-1);
  const lists = Array.from({ length: goldCount }, (_, g) => candidates(g));
  const tryAssign = (g: number, seen: Set<number>): boolean => {
    for (const p of lists[g] ?? []) {
      if (seen.has(p)) continue;
      seen.add(p);
      const holder = matchOfPrediction[p] ?? -1;
      if (holder === -1 || tryAssign(holder, seen)) {
        matchOfGold[g] = p;
        matchOfPrediction[p] = g;
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < goldCount; g++) tryAssign(g, new Set());
  return matchOfGold;
}

function describe(entity: { name: string; aliases?: readonly string[] | undefined }): string {
  const others = (entity.aliases ?? []).filter((alias) => nameKey(alias) !== nameKey(entity.name));
  return others.length > 0 ? `${entity.name} (${others.join(', ')})` : entity.name;
}

/** Entities: a prediction matches a gold entity when any of its forms equals the gold name or an alias. */
export function scoreEntities(
  category: Category,
  file: string,
  gold: readonly GoldNamed[],
  predicted: readonly PredictedName[],
): { tally: Tally; issues: ScoreIssue[] } {
  const goldKeys = gold.map(nameKeys);
  const predictedKeys = predicted.map(nameKeys);
  // Best first: the prediction's name is the gold name, then one of its aliases, then any shared form.
  const matchOfGold = matchOneToOne(gold.length, predicted.length, (g) => {
    const keys = goldKeys[g] ?? new Set<string>();
    const canonical = nameKey(gold[g]?.name ?? '');
    const tiers: number[][] = [[], [], []];
    predicted.forEach((entity, p) => {
      const key = nameKey(entity.name);
      if (key === canonical) tiers[0]?.push(p);
      else if (keys.has(key)) tiers[1]?.push(p);
      else if (intersects(keys, predictedKeys[p] ?? new Set())) tiers[2]?.push(p);
    });
    return tiers.flat();
  });
  const matched = matchOfGold.filter((p) => p >= 0).length;
  const issues: ScoreIssue[] = [];
  gold.forEach((entity, g) => {
    if ((matchOfGold[g] ?? -1) < 0) issues.push({ category, file, type: 'miss', text: describe(entity) });
  });
  const used = new Set(matchOfGold);
  predicted.forEach((entity, p) => {
    if (!used.has(p)) issues.push({ category, file, type: 'false-hit', text: describe(entity) });
  });
  return {
    tally: { predicted: predicted.length, predictedCorrect: matched, gold: gold.length, goldFound: matched },
    issues,
  };
}

/** Name keys of a gold speaker value: the annotated entity's name and aliases, else the value itself. */
function speakerKeys(article: GoldArticle, speaker: string): Set<string> {
  const entity =
    article.persons.find((person) => person.name === speaker) ??
    article.organizations.find((organization) => organization.name === speaker);
  return entity ? nameKeys(entity) : new Set([nameKey(speaker)]);
}

function isUnnamed(statement: PredictedStatement): boolean {
  return (
    statement.speaker === null || statement.speakerType === 'UNNAMED' || statement.speakerType === 'GROUP'
  );
}

/**
 * Whether a predicted speaker is right for a gold statement: it matches `speaker` or one of
 * `acceptable_speakers` after alias resolution; a null gold speaker wants a null/unnamed prediction.
 */
export function speakerMatches(
  article: GoldArticle,
  gold: GoldStatement,
  predicted: PredictedStatement,
): boolean {
  if (gold.speaker === null && isUnnamed(predicted)) return true;
  if (predicted.speaker === null) return false;
  const keys = nameKeys(predicted.speaker);
  for (const candidate of [gold.speaker, ...gold.acceptable_speakers]) {
    if (candidate !== null && intersects(keys, speakerKeys(article, candidate))) return true;
  }
  return false;
}

function speakerLabel(statement: PredictedStatement): string {
  if (statement.speaker === null) return 'no speaker';
  return describe(statement.speaker);
}

function clip(text: string, length = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

function isIndirect(statement: PredictedStatement): boolean {
  return statement.kind === 'indirect' || statement.kind === 'INDIRECT';
}

/**
 * The gold quotes a predicted quote stands for: those it matches (see `quotesMatch`), best overlap
 * first, each claiming the stretch of the prediction it shares; a gold quote whose shared stretch
 * meets one already claimed is left out. So a prediction joining two gold pieces stands for both,
 * but a long quote does not also stand for a short partial quote that it repeats.
 */
export function coveredQuotes(
  predicted: readonly string[],
  gold: ReadonlyArray<readonly string[]>,
): number[] {
  const candidates = gold
    .flatMap((tokens, index) => {
      const run = commonRun(predicted, tokens);
      const overlap = run.length / Math.max(predicted.length, tokens.length, 1);
      if (run.length === 0 || overlap < QUOTE_OVERLAP_THRESHOLD) return [];
      return [{ index, overlap, start: run.startInA, end: run.startInA + run.length }];
    })
    .sort((a, b) => b.overlap - a.overlap);
  const claimed: Array<{ start: number; end: number }> = [];
  const covered: number[] = [];
  for (const candidate of candidates) {
    if (claimed.some((stretch) => candidate.start < stretch.end && stretch.start < candidate.end)) continue;
    claimed.push(candidate);
    covered.push(candidate.index);
  }
  return covered;
}

/**
 * Statements, quote-only and quote+speaker. A prediction is correct when its quote overlaps a gold
 * statement (and, for quote+speaker, one of those overlapping has a matching speaker); it is ignored
 * when it matches an optional statement better than any statement (a quote-marked heading that
 * repeats most of a real quote); otherwise it is a false hit. A gold statement is found
 * when some prediction overlaps it (with a matching speaker). Indirect predictions are not scored,
 * since the gold annotates quote-marked speech only; a repeated identical prediction beyond the
 * number of identical gold quotes is a false hit.
 */
export function scoreStatements(
  article: GoldArticle,
  predicted: readonly PredictedStatement[],
): {
  quote: Tally;
  withSpeaker: Tally;
  ignored: { optionalStatements: number; indirectStatements: number };
  issues: ScoreIssue[];
} {
  const file = article.file;
  const gold = article.statements.filter((statement) => statement.kind === 'direct');
  const optional = article.optional_statements;
  const direct = predicted.filter((statement) => !isIndirect(statement));
  const goldTokens = gold.map((statement) => quoteTokens(statement.quote));
  const optionalTokens = optional.map((statement) => quoteTokens(statement.quote));
  const quote = emptyTally();
  const withSpeaker = emptyTally();
  const issues: ScoreIssue[] = [];
  let optionalOnly = 0;

  const goldKeyCount = new Map<string, number>();
  for (const tokens of goldTokens) {
    const key = tokens.join(' ');
    goldKeyCount.set(key, (goldKeyCount.get(key) ?? 0) + 1);
  }
  const seenPredictedKey = new Map<string, number>();
  const overlapsOfPrediction: number[][] = [];

  for (const statement of direct) {
    const tokens = quoteTokens(statement.quote);
    const bestOptional = Math.max(0, ...optionalTokens.map((o) => quoteOverlap(tokens, o)));
    const bestGold = Math.max(0, ...goldTokens.map((g) => quoteOverlap(tokens, g)));
    // A prediction closer to an optional quote than to any statement is that optional quote.
    const optionalMatch = bestOptional >= QUOTE_OVERLAP_THRESHOLD && bestOptional > bestGold;
    const overlapping = optionalMatch ? [] : coveredQuotes(tokens, goldTokens);
    overlapsOfPrediction.push(overlapping);
    if (optionalMatch) {
      optionalOnly++;
      continue;
    }
    if (overlapping.length === 0) {
      quote.predicted++;
      withSpeaker.predicted++;
      issues.push({
        category: 'statements',
        file,
        type: 'false-hit',
        text: clip(statement.quote),
        detail: speakerLabel(statement),
      });
      continue;
    }
    quote.predicted++;
    withSpeaker.predicted++;
    const key = tokens.join(' ');
    const repeats = (seenPredictedKey.get(key) ?? 0) + 1;
    seenPredictedKey.set(key, repeats);
    if (repeats > Math.max(1, goldKeyCount.get(key) ?? 0)) {
      issues.push({
        category: 'statements',
        file,
        type: 'false-hit',
        text: clip(statement.quote),
        detail: 'duplicate',
      });
      continue;
    }
    quote.predictedCorrect++;
    if (overlapping.some((g) => speakerMatches(article, gold[g]!, statement))) withSpeaker.predictedCorrect++;
  }

  gold.forEach((statement, g) => {
    quote.gold++;
    withSpeaker.gold++;
    const covering = direct.filter((_, p) => overlapsOfPrediction[p]?.includes(g));
    const goldSpeaker = statement.speaker ?? `no speaker (${statement.speaker_type ?? 'unnamed'})`;
    if (covering.length === 0) {
      issues.push({
        category: 'statements',
        file,
        type: 'miss',
        text: clip(statement.quote),
        detail: goldSpeaker,
      });
      return;
    }
    quote.goldFound++;
    if (covering.some((p) => speakerMatches(article, statement, p))) {
      withSpeaker.goldFound++;
      return;
    }
    issues.push({
      category: 'statementsWithSpeaker',
      file,
      type: 'wrong-speaker',
      text: clip(statement.quote),
      detail: `gold ${goldSpeaker}, predicted ${covering.map(speakerLabel).join(' / ')}`,
    });
  });

  return {
    quote,
    withSpeaker,
    ignored: { optionalStatements: optionalOnly, indirectStatements: predicted.length - direct.length },
    issues,
  };
}

interface GoldPair {
  meeting: number;
  key: string;
}

interface PredictedPair {
  meeting: number;
  key: string;
  label: string;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function placeKeys(place: PredictedName | string | null): Set<string> | null {
  if (place === null) return null;
  return typeof place === 'string' ? new Set([nameKey(place)]) : nameKeys(place);
}

function placeLabel(place: PredictedName | string | null): string {
  if (place === null) return 'no place';
  return typeof place === 'string' ? place : place.name;
}

function placeMatches(article: GoldArticle, gold: GoldMeeting, predicted: PredictedMeeting): boolean {
  const keys = placeKeys(predicted.place);
  if (gold.place === null || keys === null) return gold.place === null && keys === null;
  const entity = article.places.find((place) => place.name === gold.place);
  return intersects(keys, entity ? nameKeys(entity) : new Set([nameKey(gold.place)]));
}

/**
 * The gold person a predicted participant stands for: one whose name equals the prediction's name,
 * else one sharing any name form with it; null when none does.
 */
function resolvePerson(article: GoldArticle, participant: PredictedName): number | null {
  const key = nameKey(participant.name);
  const byName = article.persons.findIndex((person) => nameKeys(person).has(key));
  if (byName >= 0) return byName;
  const keys = nameKeys(participant);
  const byAlias = article.persons.findIndex((person) => intersects(keys, nameKeys(person)));
  return byAlias >= 0 ? byAlias : null;
}

function goldParticipantId(article: GoldArticle, name: string): string {
  const index = article.persons.findIndex((person) => person.name === name);
  return index >= 0 ? `p${index}` : `n:${nameKey(name)}`;
}

function meetingLabel(names: readonly string[], date: string | null, place: string): string {
  return `${names.join(' + ')} (${date ?? 'no date'}, ${place})`;
}

/**
 * Meetings as unordered participant pairs (a meeting of n named people gives n(n-1)/2 pairs).
 * Predicted pairs are matched one-to-one to gold pairs of the same two people, preferring the gold
 * meeting with the same date, then the same place. A predicted meeting whose evidence matches a gold
 * `not_meetings` item is a false hit even when its people match. `meetingsStrict` counts a pair only
 * when the date and the place of its meeting are right too.
 *
 * Because one large meeting outweighs every other in pairs, meetings are also matched as events
 * (`meetingEvents`): a gold and a predicted meeting match, one-to-one, when they share a pair of
 * people. Date and place accuracy are measured on those matched meetings.
 */
export function scoreMeetings(
  article: GoldArticle,
  predicted: readonly PredictedMeeting[],
): {
  pairs: Tally;
  strict: Tally;
  events: Tally;
  date: Accuracy;
  place: Accuracy;
  issues: ScoreIssue[];
} {
  const file = article.file;
  const issues: ScoreIssue[] = [];
  const goldPairs: GoldPair[] = [];
  article.meetings.forEach((meeting, m) => {
    const ids = [...new Set(meeting.participants.map((name) => goldParticipantId(article, name)))];
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) goldPairs.push({ meeting: m, key: pairKey(ids[i]!, ids[j]!) });
    }
  });

  const predictedPairs: PredictedPair[] = [];
  let notMeetingPairs = 0;
  /** Predicted meetings with at least one pair of distinct people (the ones scored). */
  const scoredMeetings = new Set<number>();
  predicted.forEach((meeting, m) => {
    const ids: string[] = [];
    const names: string[] = [];
    meeting.participants.forEach((participant, i) => {
      const person = resolvePerson(article, participant);
      const id = person === null ? `u${m}.${i}:${nameKey(participant.name)}` : `p${person}`;
      if (!ids.includes(id)) {
        ids.push(id);
        names.push(participant.name);
      }
    });
    const pairs: PredictedPair[] = [];
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        pairs.push({ meeting: m, key: pairKey(ids[i]!, ids[j]!), label: `${names[i]} + ${names[j]}` });
      }
    }
    if (pairs.length > 0) scoredMeetings.add(m);
    const evidence = meeting.evidence;
    const excluded =
      evidence === undefined
        ? undefined
        : article.not_meetings.find((item) => evidenceMatch(evidence, item.evidence));
    if (excluded && pairs.length > 0) {
      notMeetingPairs += pairs.length;
      issues.push({
        category: 'meetings',
        file,
        type: 'false-hit',
        text: meetingLabel(names, meeting.date, placeLabel(meeting.place)),
        detail: `not a meeting: ${excluded.reason ?? clip(excluded.evidence)}`,
      });
      return;
    }
    predictedPairs.push(...pairs);
  });

  // Candidates best first: same date, then same place.
  const rank = (goldMeeting: GoldMeeting, meeting: PredictedMeeting): number =>
    (meeting.date === goldMeeting.date ? 0 : 2) + (placeMatches(article, goldMeeting, meeting) ? 0 : 1);
  const matchOfGold = matchOneToOne(goldPairs.length, predictedPairs.length, (g) => {
    const pair = goldPairs[g]!;
    const goldMeeting = article.meetings[pair.meeting]!;
    const candidates = predictedPairs.flatMap((p, i) => (p.key === pair.key ? [i] : []));
    const rankOf = (i: number) => rank(goldMeeting, predicted[predictedPairs[i]!.meeting]!);
    return candidates.sort((a, b) => rankOf(a) - rankOf(b));
  });
  // Meeting level: a gold meeting and a predicted one match when they share a pair of people.
  const meetingOfGold = matchOneToOne(article.meetings.length, predicted.length, (g) => {
    const goldMeeting = article.meetings[g]!;
    const keys = new Set(goldPairs.filter((pair) => pair.meeting === g).map((pair) => pair.key));
    const candidates = [
      ...new Set(predictedPairs.filter((pair) => keys.has(pair.key)).map((pair) => pair.meeting)),
    ];
    return candidates.sort((a, b) => rank(goldMeeting, predicted[a]!) - rank(goldMeeting, predicted[b]!));
  });
  const matchedMeetings = meetingOfGold.filter((m) => m >= 0).length;
  const events: Tally = {
    predicted: scoredMeetings.size,
    predictedCorrect: matchedMeetings,
    gold: article.meetings.length,
    goldFound: matchedMeetings,
  };

  const pairs = emptyTally();
  const strict = emptyTally();
  pairs.gold = strict.gold = goldPairs.length;
  pairs.predicted = strict.predicted = predictedPairs.length + notMeetingPairs;
  goldPairs.forEach((pair, g) => {
    const p = matchOfGold[g] ?? -1;
    if (p < 0) return;
    pairs.goldFound++;
    pairs.predictedCorrect++;
    const goldMeeting = article.meetings[pair.meeting]!;
    const meeting = predicted[predictedPairs[p]!.meeting]!;
    if (meeting.date === goldMeeting.date && placeMatches(article, goldMeeting, meeting)) {
      strict.goldFound++;
      strict.predictedCorrect++;
    }
  });

  const date: Accuracy = { correct: 0, total: 0 };
  const place: Accuracy = { correct: 0, total: 0 };
  article.meetings.forEach((goldMeeting, g) => {
    const m = meetingOfGold[g] ?? -1;
    if (m < 0) return;
    const meeting = predicted[m]!;
    date.total++;
    place.total++;
    const label = meetingLabel(goldMeeting.participants, goldMeeting.date, goldMeeting.place ?? 'no place');
    if (meeting.date === goldMeeting.date) date.correct++;
    else
      issues.push({
        category: 'meetings',
        file,
        type: 'wrong-date',
        text: label,
        detail: `predicted ${meeting.date ?? 'no date'}`,
      });
    if (placeMatches(article, goldMeeting, meeting)) place.correct++;
    else
      issues.push({
        category: 'meetings',
        file,
        type: 'wrong-place',
        text: label,
        detail: `predicted ${placeLabel(meeting.place)}`,
      });
  });

  article.meetings.forEach((meeting, m) => {
    const missing = goldPairs.filter((pair, g) => pair.meeting === m && (matchOfGold[g] ?? -1) < 0).length;
    if (missing === 0) return;
    const total = goldPairs.filter((pair) => pair.meeting === m).length;
    issues.push({
      category: 'meetings',
      file,
      type: 'miss',
      text: meetingLabel(meeting.participants, meeting.date, meeting.place ?? 'no place'),
      detail: `${missing} of ${total} pairs missed; ${clip(meeting.evidence, 70)}`,
    });
  });
  const used = new Set(matchOfGold);
  predictedPairs.forEach((pair, p) => {
    if (used.has(p)) return;
    const meeting = predicted[pair.meeting]!;
    issues.push({
      category: 'meetings',
      file,
      type: 'false-hit',
      text: `${pair.label} (${meeting.date ?? 'no date'}, ${placeLabel(meeting.place)})`,
      ...(meeting.evidence === undefined ? {} : { detail: clip(meeting.evidence, 70) }),
    });
  });

  return { pairs, strict, events, date, place, issues };
}

/** Scores every category of one article. */
export function scoreArticle(gold: GoldArticle, prediction: ArticlePrediction): ArticleScore {
  const persons = scoreEntities('persons', gold.file, gold.persons, prediction.persons);
  const organizations = scoreEntities(
    'organizations',
    gold.file,
    gold.organizations,
    prediction.organizations,
  );
  const places = scoreEntities('places', gold.file, gold.places, prediction.places);
  const statements = scoreStatements(gold, prediction.statements);
  const meetings = scoreMeetings(gold, prediction.meetings);
  return {
    file: gold.file,
    language: gold.language,
    tallies: {
      persons: persons.tally,
      organizations: organizations.tally,
      places: places.tally,
      statements: statements.quote,
      statementsWithSpeaker: statements.withSpeaker,
      meetings: meetings.pairs,
      meetingsStrict: meetings.strict,
      meetingEvents: meetings.events,
    },
    meetingDate: meetings.date,
    meetingPlace: meetings.place,
    ignored: statements.ignored,
    issues: [
      ...persons.issues,
      ...organizations.issues,
      ...places.issues,
      ...statements.issues,
      ...meetings.issues,
    ],
    ...(prediction.error === undefined ? {} : { error: prediction.error }),
  };
}
