import { describe, expect, it } from 'vitest';
import { parseSourceDate } from './parse-source-date.js';

describe('parseSourceDate', () => {
  it.each([
    ['an ISO day', '2025-03-18', '2025-03-18'],
    ['an ISO date-time with an Indian offset', '2025-03-18T18:40:00+05:30', '2025-03-18T18:40:00+05:30'],
    ['an ISO date-time in UTC', '2025-03-01T06:00:00Z', '2025-03-01T06:00:00Z'],
    [
      'a date-time with a space and a spaced offset',
      '2024-11-05 08:15:00 +05:30',
      '2024-11-05T08:15:00+05:30',
    ],
    ['a year and month', '2025-03', '2025-03'],
    ['a year', '2025', '2025'],
    ['a compact date', '20250218', '2025-02-18'],
    ['an RSS date with a numeric offset', 'Mon, 10 Feb 2025 14:20:00 +0530', '2025-02-10T14:20:00+05:30'],
    ['an RSS date in GMT', 'Tue, 11 Feb 2025 09:00:00 GMT', '2025-02-11T09:00:00Z'],
    ['an RSS date with IST', 'Wed, 12 Feb 2025 23:45 IST', '2025-02-12T23:45:00+05:30'],
    ['an RSS date without a weekday or time', '5 Nov 2024', '2024-11-05'],
    [
      'an RSS date with an unknown zone, keeping the day only',
      'Thu, 13 Feb 2025 10:00:00 XYZT',
      '2025-02-13',
    ],
    ['a full month name', '2 March 2025', '2025-03-02'],
  ])('reads %s', (_name, value, expected) => {
    expect(parseSourceDate(value)).toBe(expected);
  });

  it.each([
    ['an ambiguous numeric date', '03/04/2025'],
    ['an impossible day', '2025-02-30'],
    ['an impossible month', '2025-13'],
    ['words', 'yesterday evening'],
    ['an empty value', '   '],
    ['a missing value', null],
  ])('gives null for %s rather than a guess', (_name, value) => {
    expect(parseSourceDate(value)).toBeNull();
  });

  it('keeps the calendar day of the source instead of moving it to UTC', () => {
    // 00:30 in India is still the previous day in UTC; the story is dated the 19th where it happened.
    expect(parseSourceDate('Wed, 19 Mar 2025 00:30:00 +0530')).toBe('2025-03-19T00:30:00+05:30');
  });
});
