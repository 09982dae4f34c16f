import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain.js';
import {
  addDays,
  asciiDigits,
  compatibleDates,
  findDateExpressions,
  monthNumber,
  resolveWeekday,
  shiftDate,
  weekdayNumber,
  weekdayOf,
} from './resolve-dates.js';

/** Wednesday. */
const WED_OCT_8: FuzzyDate = { value: '2025-10-08', precision: 'DAY' };
/** Friday. */
const FRI_NOV_7: FuzzyDate = { value: '2025-11-07', precision: 'DAY' };

function only(text: string, anchor: FuzzyDate | null) {
  const found = findDateExpressions(text, anchor);
  expect(found, `expected one date expression in "${text}"`).toHaveLength(1);
  const [e] = found;
  return { text: e!.text, date: e!.date };
}

describe('English date expressions against an article dated Wednesday 2025-10-08', () => {
  it.each([
    ['The SP chief on Wednesday met the veteran leader.', 'on Wednesday', '2025-10-08', 'DAY'],
    ['They had met on Thursday in the capital.', 'on Thursday', '2025-10-02', 'DAY'],
    ['Members of the alliance met Wednesday at his residence.', 'Wednesday', '2025-10-08', 'DAY'],
    ['He spoke to reporters last Friday.', 'last Friday', '2025-10-03', 'DAY'],
    ['The panel will meet next Monday.', 'next Monday', '2025-10-13', 'DAY'],
    ["Ms Rao described Friday's meeting as useful.", "Friday's", '2025-10-03', 'DAY'],
    ['He was arrested early Monday morning.', 'early Monday', '2025-10-06', 'DAY'],
    ['The minister resigned yesterday.', 'yesterday', '2025-10-07', 'DAY'],
    ['He was released on September 23 after bail.', 'September 23', '2025-09-23', 'DAY'],
    ['He had visited him on October 8.', 'October 8', '2025-10-08', 'DAY'],
    ['Lucknow, Oct 8 (PTI) The leaders met.', 'Oct 8', '2025-10-08', 'DAY'],
    ['The vote was held on 13 March.', '13 March', '2025-03-13', 'DAY'],
    ['— Party Office (@party) October 8, 2025', 'October 8, 2025', '2025-10-08', 'DAY'],
    ['He filed the plea on 8 October 2025 in court.', '8 October 2025', '2025-10-08', 'DAY'],
    ['It was signed on the 8th of October, 2024.', '8th of October, 2024', '2024-10-08', 'DAY'],
    ['The record shows 2024-12-12 as the day.', '2024-12-12', '2024-12-12', 'DAY'],
    ['The rift began in December 2024.', 'December 2024', '2024-12', 'MONTH'],
    ['They last met in June this year.', 'in June this year', '2025-06', 'MONTH'],
    ['He was elected in 2023.', 'in 2023', '2023', 'YEAR'],
    ['The party lost power last year.', 'last year', '2024', 'YEAR'],
    ['The law was passed two years ago.', 'two years ago', '2023', 'YEAR'],
  ])('%s -> %s = %s', (sentence, text, value, precision) => {
    expect(only(sentence, WED_OCT_8)).toEqual({ text, date: { value, precision } });
  });

  it('reads "on December 20" in an article of 6 January as last December', () => {
    expect(
      only('The rally was held on December 20.', { value: '2025-01-06', precision: 'DAY' }).date,
    ).toEqual({
      value: '2024-12-20',
      precision: 'DAY',
    });
  });

  it('reads a date a few weeks ahead as this year', () => {
    expect(
      only('The panel will meet again on October 25.', { value: '2024-10-22', precision: 'DAY' }).date,
    ).toEqual({
      value: '2024-10-25',
      precision: 'DAY',
    });
  });
});

describe('Hindi date expressions against an article dated Friday 2025-11-07', () => {
  it.each([
    ['नेता ने शुक्रवार को पार्टी अध्यक्ष से मुलाकात की।', 'शुक्रवार को', '2025-11-07', 'DAY'],
    ['गुरुवार को उन्होंने कई नेताओं से मुलाकात की थी।', 'गुरुवार को', '2025-11-06', 'DAY'],
    ['बुधवार को बैठक हुई।', 'बुधवार को', '2025-11-05', 'DAY'],
    ['पिछले शुक्रवार वे दिल्ली गए थे।', 'पिछले शुक्रवार', '2025-10-31', 'DAY'],
    ['23 सितंबर को वे जेल से रिहा हुए।', '23 सितंबर', '2025-09-23', 'DAY'],
    ['२३ सितंबर को वे जेल से रिहा हुए।', '२३ सितंबर', '2025-09-23', 'DAY'],
    ['यह घोषणा 7 नवंबर 2025 को हुई।', '7 नवंबर 2025', '2025-11-07', 'DAY'],
    ['दिसंबर 2011 में बातचीत हुई थी।', 'दिसंबर 2011', '2011-12', 'MONTH'],
    ['वे 2020 में मंत्री बने।', '2020', '2020', 'YEAR'],
    ['आज वे लखनऊ पहुंचे।', 'आज', '2025-11-07', 'DAY'],
    ['कल वे लखनऊ पहुंचे थे।', 'कल', '2025-11-06', 'DAY'],
    ['कल वे लखनऊ पहुंचेंगे।', 'कल', '2025-11-08', 'DAY'],
    ['पिछले साल चुनाव हुए थे।', 'पिछले साल', '2024', 'YEAR'],
  ])('%s -> %s = %s', (sentence, text, value, precision) => {
    expect(only(sentence, FRI_NOV_7)).toEqual({ text, date: { value, precision } });
  });
});

describe('durations', () => {
  it.each([
    ['यह मुलाकात रिहाई के 44 दिन बाद हुई।', '44 दिन बाद', { amount: 44, unit: 'DAY', direction: 'after' }],
    ['वे दो साल पहले जेल गए थे।', 'दो साल पहले', { amount: 2, unit: 'YEAR', direction: 'ago' }],
    [
      'his release from jail after nearly 23 months',
      '23 months',
      { amount: 23, unit: 'MONTH', direction: null },
    ],
    ['The trial ended three days later.', 'three days later', { amount: 3, unit: 'DAY', direction: 'after' }],
    ['He was imprisoned for nearly two years.', 'two years', { amount: 2, unit: 'YEAR', direction: null }],
  ])('%s has the duration %s', (sentence, text, duration) => {
    const [e] = findDateExpressions(sentence, FRI_NOV_7);
    expect(e).toMatchObject({ kind: 'DURATION', text, duration });
  });

  it('resolves "ago" against the article date, at the precision of the unit', () => {
    expect(only('He met her three days ago.', FRI_NOV_7).date).toEqual({
      value: '2025-11-04',
      precision: 'DAY',
    });
    expect(only('They split 23 months ago.', FRI_NOV_7).date).toEqual({
      value: '2023-12',
      precision: 'MONTH',
    });
  });

  it('shifts a dated event by a duration', () => {
    const release: FuzzyDate = { value: '2025-09-23', precision: 'DAY' };
    expect(shiftDate(release, { amount: 44, unit: 'DAY', direction: 'after' }, 1)).toEqual({
      value: '2025-11-06',
      precision: 'DAY',
    });
    expect(shiftDate(release, { amount: 23, unit: 'MONTH', direction: 'before' }, -1)).toEqual({
      value: '2023-10',
      precision: 'MONTH',
    });
  });
});

describe('undated articles', () => {
  it.each([
    ['Mr Rao held talks with the governor on Friday.', 'on Friday'],
    ['शुक्रवार को दोनों नेताओं की मुलाकात हुई।', 'शुक्रवार को'],
    ['The minister resigned yesterday.', 'yesterday'],
  ])('does not resolve the weekday or relative day in "%s"', (sentence, text) => {
    expect(only(sentence, null)).toEqual({ text, date: null });
  });

  it('takes the year of a day-month date from the nearest full date in the text', () => {
    const text = 'A memo of 7 March 2003 warned him. On 13 March he met two ministers.';
    const found = findDateExpressions(text, null);
    expect(found.map((e) => e.date?.value)).toEqual(['2003-03-07', '2003-03-13']);
    expect(found[1]!.inferred).toBe(true);
  });

  it('leaves a day-month date unresolved when nothing in the text gives the year', () => {
    expect(only('They met on 13 March.', null).date).toBeNull();
  });
});

describe('what is not a date', () => {
  it.each([
    'May I ask a question?',
    'The protesters march to the square.',
    'He won 2,000 votes in the ward.',
    'Sunil Mondal spoke to the press.',
    'The 2027 assembly elections are close.',
  ])('finds nothing in "%s"', (sentence) => {
    expect(findDateExpressions(sentence, WED_OCT_8)).toEqual([]);
  });

  it('rejects impossible days', () => {
    expect(findDateExpressions('on 31 June 2024', WED_OCT_8).every((e) => e.kind !== 'DATE')).toBe(true);
  });
});

describe('calendar helpers', () => {
  it('resolves weekdays on or before, strictly before and strictly after the anchor', () => {
    expect(resolveWeekday(3, '2025-10-08').value).toBe('2025-10-08');
    expect(resolveWeekday(4, '2025-10-08').value).toBe('2025-10-02');
    expect(resolveWeekday(3, '2025-10-08', 'last').value).toBe('2025-10-01');
    expect(resolveWeekday(3, '2025-10-08', 'next').value).toBe('2025-10-15');
  });

  it('knows month and weekday names in both languages', () => {
    expect([monthNumber('Sept'), monthNumber('नवम्बर'), monthNumber('Foo')]).toEqual([9, 11, null]);
    expect([weekdayNumber('Thursday'), weekdayNumber('बृहस्पतिवार'), weekdayNumber('Blue')]).toEqual([
      4,
      4,
      null,
    ]);
  });

  it('does calendar arithmetic across month and year ends', () => {
    expect(weekdayOf('2025-10-08')).toBe(3);
    expect(addDays('2024-12-30', 3)).toBe('2025-01-02');
    expect(asciiDigits('७ नवंबर २०२५')).toBe('7 नवंबर 2025');
  });

  it('treats dates as compatible when they agree at the coarser precision', () => {
    const day: FuzzyDate = { value: '2025-10-08', precision: 'DAY' };
    expect(compatibleDates(day, { value: '2025-10', precision: 'MONTH' })).toBe(true);
    expect(compatibleDates(day, { value: '2025-11-07', precision: 'DAY' })).toBe(false);
    expect(compatibleDates(day, null)).toBe(true);
  });
});
