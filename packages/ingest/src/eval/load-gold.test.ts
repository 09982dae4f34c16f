import { describe, expect, it } from 'vitest';
import { parseGold, selectArticles, splitOf } from './load-gold.js';

// The smaller gold format of issue 5: no splits, no optional statements, no speaker types.
const simple = {
  articles: [
    {
      file: 'x.txt',
      language: 'en',
      date: '2025-11-07',
      persons: [{ name: 'Ravi Verma', aliases: ['Ravi Verma', 'Verma'] }],
      organizations: [],
      places: [{ name: 'Lucknow', aliases: ['Lucknow'] }],
      meetings: [
        { participants: ['Ravi Verma', 'Sunita Rao'], place: 'Lucknow', date: null, evidence: 'met' },
      ],
      statements: [{ speaker: 'Ravi Verma', quote: 'We are ready', kind: 'direct' }],
    },
    {
      file: 'y.txt',
      language: 'hi',
      date: null,
      persons: [],
      organizations: [],
      places: [],
      meetings: [],
      statements: [],
    },
  ],
};

describe('parseGold', () => {
  it('reads the issue 5 format and fills what it leaves out with empty lists', () => {
    const gold = parseGold(simple);
    const [first] = gold.articles;
    expect(first?.optional_statements).toEqual([]);
    expect(first?.not_meetings).toEqual([]);
    expect(first?.statements[0]?.acceptable_speakers).toEqual([]);
    expect(splitOf(gold, 'x.txt')).toBe('all');
  });

  it.each<[string, (copy: typeof simple) => void, RegExp]>([
    [
      'a date that is not YYYY-MM-DD',
      (copy) => Object.assign(copy.articles[0]!, { date: '7 Nov 2025' }),
      /date/,
    ],
    [
      'a meeting with a single participant',
      (copy) => Object.assign(copy.articles[0]!.meetings[0]!, { participants: ['Ravi Verma'] }),
      /participants/,
    ],
    [
      'a statement without a quote',
      (copy) => Object.assign(copy.articles[0]!.statements[0]!, { quote: undefined }),
      /quote/,
    ],
  ])('rejects %s and names the field', (_label, spoil, field) => {
    const copy = structuredClone(simple);
    spoil(copy);
    expect(() => parseGold(copy, 'bad.json')).toThrow(field);
  });
});

describe('selectArticles', () => {
  const gold = parseGold({ ...simple, splits: { dev: ['x.txt'], test: ['y.txt'] } });

  it.each<[string, Parameters<typeof selectArticles>[1], string[]]>([
    ['every article by default', {}, ['x.txt', 'y.txt']],
    ['the dev split', { split: 'dev' }, ['x.txt']],
    ['the test split', { split: 'test' }, ['y.txt']],
    ['one language across splits', { split: 'all', language: 'hi' }, ['y.txt']],
    ['a language absent from the split', { split: 'dev', language: 'hi' }, []],
  ])('selects %s', (_label, options, files) => {
    expect(selectArticles(gold, options).map((article) => article.file)).toEqual(files);
  });

  it('refuses a split the gold does not define', () => {
    const noTest = parseGold({ ...simple, splits: { dev: ['x.txt', 'y.txt'] } });
    expect(() => selectArticles(noTest, { split: 'test' })).toThrow(/no split named test/);
  });
});
