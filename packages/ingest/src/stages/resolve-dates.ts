/**
 * Date expressions in English and Hindi text, resolved against an anchor date (the article date).
 *
 * A pure helper for `parse-header` and `find-events`, not a stage. It finds absolute dates
 * (`March 3, 2024`, `3 March 2024`, `3 मार्च 2024`, `2024-03-03`), dates without a year
 * (`on March 3`, `Mar 3`, `3 मार्च को`: year from the anchor, else from the nearest date with a
 * year in the same text), months (`December 2024`, `दिसंबर 2011 में`), years (`in 2023`, `2020 में`),
 * weekdays (`on Tuesday`, `last Friday`, `सोमवार को`, `पिछले सोमवार`), relative days
 * (`yesterday`, `today`, `आज`, `कल`) and durations (`18 months after`, `30 दिन बाद`, `two years ago`).
 *
 * Weekdays and relative days resolve only against an anchor of DAY precision: "on Tuesday" in an
 * article dated Tuesday 2024-03-05 is 2024-03-05, "on Thursday" the Thursday before it. Without an
 * anchor they are returned with `date: null`; nothing is guessed.
 *
 * The month and weekday words of both languages are small closed vocabularies and live here.
 */
import type { FuzzyDate, Span } from '../domain.js';

export type DateExpressionKind = 'DATE' | 'MONTH' | 'YEAR' | 'WEEKDAY' | 'RELATIVE_DAY' | 'DURATION';

export type DurationUnit = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';

export interface Duration {
  amount: number;
  unit: DurationUnit;
  /** `after`: "30 दिन बाद", "18 months after"; `before`: "two days before"; `ago`: "two years ago"; null: a bare span. */
  direction: 'after' | 'before' | 'ago' | null;
}

export interface DateExpression {
  kind: DateExpressionKind;
  /** Span in the text passed in (plus `offset`). */
  span: Span;
  text: string;
  /** The resolved date, or null when it cannot be resolved without guessing. */
  date: FuzzyDate | null;
  /** True when the year (or, for weekdays and relative days, the whole date) came from the anchor or context. */
  inferred: boolean;
  /** For durations. */
  duration?: Duration;
}

const EN_MONTHS: ReadonlyArray<readonly string[]> = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];
const HI_MONTHS: ReadonlyArray<readonly string[]> = [
  ['जनवरी'],
  ['फरवरी', 'फ़रवरी'],
  ['मार्च'],
  ['अप्रैल', 'अप्रेल'],
  ['मई'],
  ['जून'],
  ['जुलाई'],
  ['अगस्त'],
  ['सितंबर', 'सितम्बर'],
  ['अक्टूबर', 'अक्तूबर', 'अक्तूम्बर'],
  ['नवंबर', 'नवम्बर'],
  ['दिसंबर', 'दिसम्बर'],
];
/** Index 0 = Sunday, as `Date.getUTCDay()`. */
const EN_WEEKDAYS: ReadonlyArray<readonly string[]> = [
  ['sunday', 'sun'],
  ['monday', 'mon'],
  ['tuesday', 'tue', 'tues'],
  ['wednesday', 'wed'],
  ['thursday', 'thu', 'thur', 'thurs'],
  ['friday', 'fri'],
  ['saturday', 'sat'],
];
const HI_WEEKDAYS: ReadonlyArray<readonly string[]> = [
  ['रविवार', 'इतवार'],
  ['सोमवार'],
  ['मंगलवार'],
  ['बुधवार'],
  ['गुरुवार', 'गुरूवार', 'बृहस्पतिवार', 'वीरवार'],
  ['शुक्रवार'],
  ['शनिवार'],
];
const EN_NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};
const HI_NUMBER_WORDS: Record<string, number> = {
  एक: 1,
  दो: 2,
  तीन: 3,
  चार: 4,
  पांच: 5,
  पाँच: 5,
  छह: 6,
  छः: 6,
  सात: 7,
  आठ: 8,
  नौ: 9,
  दस: 10,
  ग्यारह: 11,
  बारह: 12,
  पंद्रह: 15,
  बीस: 20,
  तीस: 30,
  चालीस: 40,
  पचास: 50,
  सौ: 100,
};
const EN_UNITS: Record<string, DurationUnit> = {
  day: 'DAY',
  days: 'DAY',
  week: 'WEEK',
  weeks: 'WEEK',
  month: 'MONTH',
  months: 'MONTH',
  year: 'YEAR',
  years: 'YEAR',
};
const HI_UNITS: Record<string, DurationUnit> = {
  दिन: 'DAY',
  दिनों: 'DAY',
  हफ्ते: 'WEEK',
  हफ़्ते: 'WEEK',
  हफ्तों: 'WEEK',
  हफ़्तों: 'WEEK',
  सप्ताह: 'WEEK',
  सप्ताहों: 'WEEK',
  महीने: 'MONTH',
  महीनों: 'MONTH',
  महीना: 'MONTH',
  माह: 'MONTH',
  साल: 'YEAR',
  सालों: 'YEAR',
  वर्ष: 'YEAR',
  वर्षों: 'YEAR',
  बरस: 'YEAR',
};

const monthIndex = new Map<string, number>();
EN_MONTHS.forEach((names, i) => {
  for (const n of names) monthIndex.set(n, i + 1);
});
HI_MONTHS.forEach((names, i) => {
  for (const n of names) monthIndex.set(n, i + 1);
});
const weekdayIndex = new Map<string, number>();
EN_WEEKDAYS.forEach((names, i) => {
  for (const n of names) weekdayIndex.set(n, i);
});
HI_WEEKDAYS.forEach((names, i) => {
  for (const n of names) weekdayIndex.set(n, i);
});

/** Month number 1-12 of an English (full or abbreviated, any case) or Hindi month name, else null. */
export function monthNumber(word: string): number | null {
  return monthIndex.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

/** Weekday number (0 = Sunday) of an English or Hindi weekday name, else null. */
export function weekdayNumber(word: string): number | null {
  return weekdayIndex.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

/** Converts Devanagari digits (०-९) to ASCII digits. */
export function asciiDigits(text: string): string {
  return text.replace(/[०-९]/g, (d) => String(d.charCodeAt(0) - 0x0966));
}

const alt = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/\./g, '\\.'))
    .join('|');
/** Capitalised or upper-case forms only: "march" and "may" in lower case are verbs. */
const casedAlt = (lists: ReadonlyArray<readonly string[]>) =>
  alt(lists.flat().flatMap((w) => [w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]));

// Only abbreviations take a full stop ("Oct. 8"); "13 March." ends a sentence.
const EN_MONTH = `(?:${casedAlt(EN_MONTHS.map((names) => names.slice(0, 1)))}|(?:${casedAlt(EN_MONTHS.map((names) => names.slice(1)))})\\.?)`;
const HI_MONTH = `(?:${alt(HI_MONTHS.flat())})`;
const EN_WEEKDAY = `(?:${casedAlt(EN_WEEKDAYS.map((names) => names.filter((n) => n.length > 3)))})`;
const HI_WEEKDAY = `(?:${alt(HI_WEEKDAYS.flat())})`;
const DIGIT = '[0-9०-९]';
const DAY = `(${DIGIT}{1,2})(?:st|nd|rd|th)?`;
const YEAR = `((?:1[89]|20|१[८९]|२०)${DIGIT}{2})`;
// Word edges that also work for Devanagari (\b only knows ASCII word characters).
const B = '(?<![\\p{L}\\p{M}\\p{N}])';
const E = '(?![\\p{L}\\p{M}\\p{N}])';

interface Pattern {
  kind: DateExpressionKind;
  re: RegExp;
  /** Builds the expression from a match; returns null to reject the match. */
  build: (m: RegExpExecArray) => Built | null;
}

type Built = Pick<DateExpression, 'date' | 'inferred' | 'duration'>;

const re = (source: string, flags = 'gu') => new RegExp(source, flags);

function dayDate(y: number, m: number, d: number, inferred: boolean): Built | null {
  return isValidDay(y, m, d) ? { date: { value: ymd(y, m, d), precision: 'DAY' }, inferred } : null;
}

/** Placeholder year for day-month dates without a year; fixed in `resolveYears`. */
const NO_YEAR = 0;

const PATTERNS: Pattern[] = [
  {
    kind: 'DATE',
    re: re(`${B}(\\d{4})-(\\d{2})-(\\d{2})${E}`),
    build: (m) => dayDate(Number(m[1]), Number(m[2]), Number(m[3]), false),
  },
  {
    // March 3, 2024 / Mar. 3 2024 / March 3rd, 2024
    kind: 'DATE',
    re: re(`${B}(${EN_MONTH})\\s+${DAY},?\\s+${YEAR}${E}`),
    build: (m) => dayDate(num(m[3]), monthNumber(m[1]!)!, num(m[2]), false),
  },
  {
    // 3 March 2024 / 3rd of March, 2024 / 3 मार्च 2024 / ३ मार्च, २०२४
    kind: 'DATE',
    re: re(`${B}${DAY}\\s+(?:of\\s+)?(${EN_MONTH}|${HI_MONTH}),?\\s+${YEAR}${E}`),
    build: (m) => dayDate(num(m[3]), monthNumber(m[2]!)!, num(m[1]), false),
  },
  {
    // March 3 / Mar 3 (year from the anchor or the text)
    kind: 'DATE',
    re: re(`${B}(${EN_MONTH})\\s+${DAY}${E}(?!,?\\s*${DIGIT})`),
    build: (m) => yearless(monthNumber(m[1]!)!, num(m[2])),
  },
  {
    // 13 March / 13 मार्च
    kind: 'DATE',
    re: re(`${B}${DAY}\\s+(?:of\\s+)?(${EN_MONTH}|${HI_MONTH})${E}(?!,?\\s*${DIGIT})`),
    build: (m) => yearless(monthNumber(m[2]!)!, num(m[1])),
  },
  {
    // December 2024 / December, 2024 / दिसंबर 2011
    kind: 'MONTH',
    re: re(`${B}(${EN_MONTH}|${HI_MONTH}),?\\s+${YEAR}${E}`),
    build: (m) => ({
      date: { value: `${num(m[2])}-${pad(monthNumber(m[1]!)!)}`, precision: 'MONTH' },
      inferred: false,
    }),
  },
  {
    // in June / last December / in June this year (year from the anchor or the text)
    kind: 'MONTH',
    re: re(
      `${B}(?:[Ii]n|[Ss]ince|[Dd]uring|[Ll]ast|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-?)\\s+(?:(?:early|late|mid)-?\\s*)?(${EN_MONTH})(?:\\s+(this|last)\\s+year)?${E}(?!,?\\s*${DIGIT})`,
    ),
    build: (m) => yearlessMonth(monthNumber(m[1]!)!, m[2]),
  },
  {
    // last year / this year / पिछले साल / इस वर्ष
    kind: 'YEAR',
    re: re(`${B}(?:([Ll]ast|[Tt]his|[Nn]ext)\\s+year|(पिछले|बीते|गत|इस|अगले)\\s+(?:साल|वर्ष|बरस))${E}`),
    build: (m) => {
      const word = (m[1] ?? m[2]!).toLowerCase();
      const shift = word === 'this' || word === 'इस' ? 0 : word === 'next' || word === 'अगले' ? 1 : -1;
      return { date: { value: `year:${shift}`, precision: 'YEAR' }, inferred: true };
    },
  },
  {
    // in 2023 / since 2014 / in early 2013 / 2020 में / साल 2014
    kind: 'YEAR',
    re: re(
      `${B}(?:(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Oo]f|(?:early|late|mid)-?)\\s+(?:(?:early|late|mid)-?\\s*)?${YEAR}|साल\\s+${YEAR}|${YEAR}(?=\\s+(?:में|से|तक|के|की|का)${E}))${E}`,
    ),
    build: (m) => {
      const y = m[1] ?? m[2] ?? m[3]!;
      return { date: { value: String(num(y)), precision: 'YEAR' }, inferred: false };
    },
  },
  {
    // on Wednesday / last Friday / next Monday / Friday's meeting / early Monday morning
    kind: 'WEEKDAY',
    re: re(`${B}(?:([Ll]ast|[Tt]his|[Nn]ext|[Oo]n|[Ee]arly|[Ll]ate)\\s+)?(${EN_WEEKDAY})(?:'s|’s)?${E}`),
    build: (m) => weekday(weekdayNumber(m[2]!)!, mode(m[1])),
  },
  {
    // सोमवार को / पिछले मंगलवार / बीते सोमवार / अगले मंगलवार
    kind: 'WEEKDAY',
    re: re(`${B}(?:(पिछले|पिछली|बीते|गत|इस|अगले|आने वाले)\\s+)?(${HI_WEEKDAY})(?:\\s+(?:को|की|के|से))?${E}`),
    build: (m) => weekday(weekdayNumber(m[2]!)!, mode(m[1])),
  },
  {
    kind: 'RELATIVE_DAY',
    re: re(`${B}([Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|आज|कल|बीते\\s+कल|आने\\s+वाले\\s+कल)${E}`),
    build: (m) => relativeDay(m[1]!),
  },
  {
    // 18 months after / two years ago / nearly 18 months / three days later
    kind: 'DURATION',
    re: re(
      `${B}(\\d{1,3}|${alt(Object.keys(EN_NUMBER_WORDS))})(?:-|\\s+)(${alt(Object.keys(EN_UNITS))})(?:\\s+(after|later|ago|before|earlier|back))?${E}`,
      'giu',
    ),
    build: (m) => duration(m[1]!, EN_UNITS[m[2]!.toLowerCase()]!, m[3]?.toLowerCase()),
  },
  {
    // 30 दिन बाद / दो साल पहले / 18 महीने
    kind: 'DURATION',
    re: re(
      `${B}(${DIGIT}{1,3}|${alt(Object.keys(HI_NUMBER_WORDS))})\\s+(${alt(Object.keys(HI_UNITS))})(?:\\s+(?:के\\s+)?(बाद|पहले|पूर्व|पश्चात))?${E}`,
    ),
    build: (m) => duration(m[1]!, HI_UNITS[m[2]!]!, m[3]),
  },
];

function num(value: string | undefined): number {
  return Number(asciiDigits(value ?? ''));
}

/** A day and month without a year; `resolve` picks the year. Invalid days (31 June) are rejected. */
function yearless(month: number, day: number): Built | null {
  if (!isValidDay(2000, month, day)) return null;
  return { date: { value: `${NO_YEAR}-${pad(month)}-${pad(day)}`, precision: 'DAY' }, inferred: true };
}

/** A month without a year: `year` is `this`/`last` (relative to the anchor) or undefined (inferred). */
function yearlessMonth(month: number, year: string | undefined): Built {
  return { date: { value: `month:${month}:${year ?? ''}`, precision: 'MONTH' }, inferred: true };
}

type WeekdayMode = 'onOrBefore' | 'last' | 'next';

function mode(word: string | undefined): WeekdayMode {
  switch (word?.toLowerCase()) {
    case 'last':
    case 'पिछले':
    case 'पिछली':
    case 'बीते':
    case 'गत':
      return 'last';
    case 'next':
    case 'अगले':
    case 'आने वाले':
      return 'next';
    default:
      return 'onOrBefore';
  }
}

// Weekday and relative-day expressions carry their instruction in `date.value` until `resolve`.
function weekday(day: number, how: WeekdayMode): Built {
  return { date: { value: `weekday:${day}:${how}`, precision: 'DAY' }, inferred: true };
}

function relativeDay(word: string): Built {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  const shift: Record<string, number | 'kal'> = {
    yesterday: -1,
    today: 0,
    tonight: 0,
    tomorrow: 1,
    आज: 0,
    कल: 'kal',
    'बीते कल': -1,
    'आने वाले कल': 1,
  };
  return { date: { value: `relative:${shift[w] ?? 0}`, precision: 'DAY' }, inferred: true };
}

/** Direction words of durations. Hindi "दो साल पहले" is "two years ago" (before now), as is "back". */
const DIRECTIONS: Record<string, Duration['direction']> = {
  after: 'after',
  later: 'after',
  बाद: 'after',
  पश्चात: 'after',
  before: 'before',
  earlier: 'before',
  ago: 'ago',
  back: 'ago',
  पहले: 'ago',
  पूर्व: 'ago',
};

function duration(amount: string, unit: DurationUnit, direction: string | undefined): Built | null {
  const n = /\d/.test(amount)
    ? num(amount)
    : (EN_NUMBER_WORDS[amount.toLowerCase()] ?? HI_NUMBER_WORDS[amount]);
  if (n === undefined || !Number.isFinite(n)) return null;
  const dir = direction === undefined ? null : (DIRECTIONS[direction.toLowerCase()] ?? null);
  return { date: null, inferred: false, duration: { amount: n, unit, direction: dir } };
}

/**
 * Finds the date expressions of `text`, resolved against `anchor` (usually `meta.publishedAt`).
 * `offset` is added to every span (pass the start of a sentence to get body offsets).
 */
export function findDateExpressions(text: string, anchor: FuzzyDate | null, offset = 0): DateExpression[] {
  const candidates: { expression: DateExpression; order: number }[] = [];
  PATTERNS.forEach((pattern, order) => {
    for (const m of text.matchAll(pattern.re)) {
      const built = pattern.build(m);
      if (!built) continue;
      const span = { start: m.index, end: m.index + m[0].length };
      candidates.push({ expression: { kind: pattern.kind, span, text: m[0], ...built }, order });
    }
  });
  // Longest match first, then pattern order; drop anything overlapping an accepted expression.
  const length = (e: DateExpression) => e.span.end - e.span.start;
  candidates.sort((a, b) => length(b.expression) - length(a.expression) || a.order - b.order);
  const accepted: DateExpression[] = [];
  for (const { expression: c } of candidates) {
    if (accepted.some((a) => a.span.start < c.span.end && c.span.start < a.span.end)) continue;
    accepted.push(c);
  }
  accepted.sort((a, b) => a.span.start - b.span.start);
  const contextYears = accepted
    .filter((e) => !e.inferred && (e.kind === 'DATE' || e.kind === 'MONTH'))
    .map((e) => ({ at: e.span.start, year: Number(e.date!.value.slice(0, 4)) }));
  return accepted.map((e) => {
    const resolved = resolve(e, anchor, contextYears, text);
    return { ...resolved, span: { start: e.span.start + offset, end: e.span.end + offset } };
  });
}

function resolve(
  e: DateExpression,
  anchor: FuzzyDate | null,
  contextYears: { at: number; year: number }[],
  text: string,
): DateExpression {
  const value = e.date?.value ?? '';
  const anchorDay = anchor?.precision === 'DAY' ? anchor.value : null;
  if (value.startsWith('weekday:')) {
    const [, day, how] = value.split(':');
    return { ...e, date: anchorDay ? resolveWeekday(Number(day), anchorDay, how as WeekdayMode) : null };
  }
  if (value.startsWith('relative:')) {
    if (!anchorDay) return { ...e, date: null };
    const raw = value.slice('relative:'.length);
    const shift = raw === 'kal' ? kalShift(text, e.span.end) : Number(raw);
    return { ...e, date: { value: addDays(anchorDay, shift), precision: 'DAY' } };
  }
  if (value.startsWith('year:')) {
    if (!anchor) return { ...e, date: null };
    return {
      ...e,
      date: { value: String(Number(anchor.value.slice(0, 4)) + Number(value.slice(5))), precision: 'YEAR' },
    };
  }
  if (value.startsWith('month:')) {
    const [, monthText, relative] = value.split(':');
    const month = Number(monthText);
    let year: number | null;
    if (relative) year = anchor ? Number(anchor.value.slice(0, 4)) - (relative === 'last' ? 1 : 0) : null;
    else year = anchor ? inferYear(anchor, month, 1) : nearestContextYear(contextYears, e.span.start);
    return { ...e, date: year === null ? null : { value: `${year}-${pad(month)}`, precision: 'MONTH' } };
  }
  if (e.kind === 'DURATION') {
    const d = e.duration!;
    if (d.direction === 'ago' && anchor) return { ...e, date: shiftDate(anchor, d, -1) };
    return e;
  }
  if (value.startsWith(`${NO_YEAR}-`)) {
    const month = Number(value.slice(2, 4));
    const day = Number(value.slice(5, 7));
    const year = anchor ? inferYear(anchor, month, day) : nearestContextYear(contextYears, e.span.start);
    if (year === null || !isValidDay(year, month, day)) return { ...e, date: null };
    return { ...e, date: { value: ymd(year, month, day), precision: 'DAY' } };
  }
  return e;
}

/**
 * "कल" is yesterday with a past verb and tomorrow with a future one (-गा/-गी/-गे, होगी, करेंगे):
 * look at the verb group up to the end of the clause.
 */
function kalShift(text: string, from: number): number {
  const clause = text.slice(from).split(/[।.?!\n]/)[0] ?? '';
  return /(?:गा|गी|गे|एंगे|ेंगे)(?![\p{L}\p{M}])/u.test(clause) ? 1 : -1;
}

/**
 * The year of a day-month date without a year: the latest year that puts it no more than about three
 * months after the anchor. News mostly looks back ("released on August 20" in a September article;
 * "on December 20" in a January article is last December) but also announces the coming weeks.
 */
function inferYear(anchor: FuzzyDate, month: number, day: number): number {
  const anchorYear = Number(anchor.value.slice(0, 4));
  if (anchor.precision === 'YEAR') return anchorYear;
  const anchorMonth = Number(anchor.value.slice(5, 7));
  const anchorDay = anchor.precision === 'DAY' ? Number(anchor.value.slice(8, 10)) : 15;
  const limit = Date.UTC(anchorYear, anchorMonth - 1, anchorDay) + LOOK_AHEAD_DAYS * 86_400_000;
  return Date.UTC(anchorYear, month - 1, day) <= limit ? anchorYear : anchorYear - 1;
}

const LOOK_AHEAD_DAYS = 92;

function nearestContextYear(years: { at: number; year: number }[], at: number): number | null {
  let best: number | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const y of years) {
    const distance = Math.abs(y.at - at);
    if (distance < bestDistance) {
      best = y.year;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The weekday `day` (0 = Sunday) relative to `anchor` (`YYYY-MM-DD`): `onOrBefore` is the most
 * recent such day on or before the anchor ("on Wednesday" in a Wednesday article is that day),
 * `last` the one strictly before, `next` the one strictly after.
 */
export function resolveWeekday(day: number, anchor: string, how: WeekdayMode = 'onOrBefore'): FuzzyDate {
  const anchorDay = weekdayOf(anchor);
  let shift: number;
  if (how === 'next') shift = (day - anchorDay + 7) % 7 || 7;
  else {
    shift = -((anchorDay - day + 7) % 7);
    if (how === 'last' && shift === 0) shift = -7;
  }
  return { value: addDays(anchor, shift), precision: 'DAY' };
}

/** Weekday (0 = Sunday) of a `YYYY-MM-DD` date. */
export function weekdayOf(value: string): number {
  return new Date(`${value.slice(0, 10)}T00:00:00Z`).getUTCDay();
}

/** `YYYY-MM-DD` plus `days`. */
export function addDays(value: string, days: number): string {
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Moves a date by a duration (`sign` -1 for "ago"/"before", +1 for "after"). The result is no more
 * precise than the duration: days keep DAY precision, months give MONTH, years give YEAR.
 */
export function shiftDate(date: FuzzyDate, d: Duration, sign: 1 | -1): FuzzyDate {
  const [y = 0, m = 1] = date.value.split('-').map(Number);
  if (d.unit === 'DAY' || d.unit === 'WEEK') {
    if (date.precision !== 'DAY') return date;
    const days = d.amount * (d.unit === 'WEEK' ? 7 : 1) * sign;
    return { value: addDays(date.value, days), precision: 'DAY' };
  }
  if (d.unit === 'MONTH') {
    if (date.precision === 'YEAR') return date;
    const total = y * 12 + (m - 1) + d.amount * sign;
    return { value: `${Math.floor(total / 12)}-${pad((total % 12) + 1)}`, precision: 'MONTH' };
  }
  return { value: String(y + d.amount * sign), precision: 'YEAR' };
}

/** Whether `a` and `b` can denote the same day (equal at the coarser of the two precisions). */
export function compatibleDates(a: FuzzyDate | null, b: FuzzyDate | null): boolean {
  if (!a || !b) return true;
  const length = Math.min(a.value.length, b.value.length);
  return a.value.slice(0, length) === b.value.slice(0, length);
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function ymd(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}
