import { describe, expect, it } from 'vitest';
import type { ArticleScore, Tally } from './score-article.js';
import { groupScore, prf, scoreCorpus } from './score-corpus.js';

const tally = (predicted: number, predictedCorrect: number, gold: number, goldFound: number): Tally => ({
  predicted,
  predictedCorrect,
  gold,
  goldFound,
});

function article(file: string, language: string, persons: Tally): ArticleScore {
  const none = tally(0, 0, 0, 0);
  return {
    file,
    language,
    tallies: {
      persons,
      organizations: none,
      places: none,
      statements: none,
      statementsWithSpeaker: none,
      meetings: none,
      meetingsStrict: none,
      meetingEvents: none,
    },
    meetingDate: { correct: 0, total: 0 },
    meetingPlace: { correct: 0, total: 0 },
    ignored: { optionalStatements: 0, indirectStatements: 0 },
    issues: [],
  };
}

describe('prf', () => {
  it.each<[string, Tally, { precision: number | null; recall: number | null; f1: number | null }]>([
    ['a perfect result', tally(4, 4, 4, 4), { precision: 1, recall: 1, f1: 1 }],
    ['half right, half found', tally(4, 2, 4, 2), { precision: 0.5, recall: 0.5, f1: 0.5 }],
    ['nothing predicted against some gold', tally(0, 0, 3, 0), { precision: null, recall: 0, f1: 0 }],
    ['predictions where the gold has nothing', tally(2, 0, 0, 0), { precision: 0, recall: null, f1: 0 }],
    ['nothing on either side', tally(0, 0, 0, 0), { precision: null, recall: null, f1: null }],
  ])('scores %s', (_label, counts, expected) => {
    expect(prf(counts)).toEqual(expected);
  });
});

describe('scoreCorpus', () => {
  it('micro-averages over articles instead of averaging their scores', () => {
    // 1/1 right in a small article, 0/9 in a large one: micro precision 1/10, not the mean 0.5.
    const group = groupScore('all', [
      article('a.txt', 'en', tally(1, 1, 1, 1)),
      article('b.txt', 'en', tally(9, 0, 9, 0)),
    ]);
    expect(group.scores.persons.precision).toBeCloseTo(0.1);
    expect(group.scores.persons.recall).toBeCloseTo(0.1);
  });

  it('groups articles by language, split and split with language', () => {
    const split = (file: string) => (file.startsWith('d') ? 'dev' : 'test');
    const score = scoreCorpus(
      [
        article('d1.txt', 'en', tally(2, 2, 2, 2)),
        article('d2.txt', 'hi', tally(2, 1, 2, 1)),
        article('t1.txt', 'en', tally(1, 0, 1, 0)),
      ],
      split,
    );
    expect(score.groups.map((group) => `${group.name}:${group.articles}`)).toEqual([
      'all:3',
      'en:2',
      'hi:1',
      'dev:2',
      'test:1',
      'dev/en:1',
      'dev/hi:1',
      'test/en:1',
    ]);
    expect(score.groups.find((group) => group.name === 'en')?.tallies.persons).toEqual(tally(3, 2, 3, 2));
  });

  it('gives a single table when all articles share one language and split', () => {
    const score = scoreCorpus([article('a.txt', 'en', tally(1, 1, 1, 1))], () => 'all');
    expect(score.groups.map((group) => group.name)).toEqual(['all']);
  });
});
