import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineAndColumn, locateJsonError } from './locate-json-error.js';

describe('locateJsonError', () => {
  it.each([
    ['a missing value', '{\n  "title": "Budget",\n  "body": \n}', 4, 1, `unexpected "}"`],
    [
      'a missing comma',
      '{"title": "Budget"\n "body": "text"}',
      2,
      2,
      `unexpected "\\"", expected ',' or '}'`,
    ],
    ['a trailing comma', '[\n  {"body": "one"},\n]', 3, 1, `unexpected "]"`],
    ['single quotes', "{'body': 'text'}", 1, 2, `unexpected "'", expected a property name in double quotes`],
    ['an unterminated string', '{"body": "This line is cut off', 1, 10, 'unterminated string'],
    ['a raw line break inside a string', '{"body": "first\nsecond"}', 1, 16, 'line break inside a string'],
    [
      'a cut-off document',
      '[{"body": "one"}, {"body": "two"',
      1,
      33,
      `unexpected end of input, expected ',' or '}'`,
    ],
    [
      'a second value after the first',
      '{"body": "one"}\n{"body": "two"}',
      2,
      1,
      `unexpected "{" after the end of the JSON value`,
    ],
    ['a bare word', '{"body": tru}', 1, 10, `unexpected "t"`],
  ])('points at %s', (_name, text, line, column, reason) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(locateJsonError(text)).toMatchObject({ line, column, reason });
  });

  it('returns null for any valid JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const text = pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value);
        expect(locateJsonError(text)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});

describe('lineAndColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab\ncd\nef', 6)).toEqual({ line: 3, column: 1 });
  });
});
