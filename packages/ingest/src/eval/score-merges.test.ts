import { describe, expect, it } from 'vitest';
import { goldArticleSchema } from './load-gold.js';
import type { ArticlePrediction, PredictedName } from './prediction.js';
import { clustersFromPredictions, type MentionRef, scoreMerges } from './score-merges.js';

// Two English reports and one Hindi report naming the same people in different forms.
const gold = [
  goldArticleSchema.parse({
    file: 'en1.txt',
    language: 'en',
    persons: [
      { name: 'Akhilesh Yadav', aliases: ['Akhilesh Yadav', 'Akhilesh'] },
      { name: 'Dharmendra Yadav', aliases: ['Dharmendra Yadav'] },
    ],
  }),
  goldArticleSchema.parse({
    file: 'en2.txt',
    language: 'en',
    persons: [
      { name: 'Akhilesh Yadav', aliases: ['Akhilesh Yadav'] },
      { name: 'Azam Khan', aliases: ['Azam Khan', 'Khan'] },
    ],
  }),
  goldArticleSchema.parse({
    file: 'hi1.txt',
    language: 'hi',
    persons: [
      { name: 'Akhilesh Yadav', aliases: ['अखिलेश यादव'] },
      { name: 'Azam Khan', aliases: ['आजम खां', 'आज़म खां'] },
    ],
  }),
];

const m = (file: string, surface: string): MentionRef => ({ file, surface });

describe('scoreMerges', () => {
  it('scores a perfect resolution with precision and recall 1 across articles and scripts', () => {
    const clusters = [
      [
        m('en1.txt', 'Akhilesh Yadav'),
        m('en1.txt', 'Akhilesh'),
        m('en2.txt', 'Akhilesh Yadav'),
        m('hi1.txt', 'अखिलेश यादव'),
      ],
      [m('en1.txt', 'Dharmendra Yadav')],
      [m('en2.txt', 'Azam Khan'), m('en2.txt', 'Khan'), m('hi1.txt', 'आजम खां')],
    ];
    const score = scoreMerges(gold, clusters);
    expect(score.mentions).toBe(8);
    expect(score.all).toMatchObject({ truePairs: 9, falsePairs: 0, missedPairs: 0, precision: 1, recall: 1 });
    // Akhilesh: 4 mentions over 3 articles -> 6 pairs, 1 within en1; Azam: 3 mentions -> 3 pairs, 1 within en2.
    expect(score.crossArticle).toMatchObject({ truePairs: 7, precision: 1, recall: 1 });
  });

  it('counts merging two namesakes as false merges and names the cluster', () => {
    const clusters = [
      [m('en1.txt', 'Akhilesh Yadav'), m('en1.txt', 'Dharmendra Yadav'), m('en2.txt', 'Akhilesh Yadav')],
      [m('hi1.txt', 'अखिलेश यादव')],
    ];
    const score = scoreMerges(gold, clusters);
    expect(score.all).toMatchObject({ truePairs: 1, falsePairs: 2, missedPairs: 2 });
    expect(score.all.precision).toBeCloseTo(1 / 3);
    expect(score.falseMerges).toHaveLength(1);
    expect(Object.keys(score.falseMerges[0]?.entities ?? {}).sort()).toEqual([
      'Akhilesh Yadav',
      'Dharmendra Yadav',
    ]);
    expect(score.missedMerges.map((miss) => miss.entity)).toEqual(['Akhilesh Yadav']);
  });

  it('counts a Hindi mention left apart from its English person as missed merges only', () => {
    const clusters = [[m('en2.txt', 'Azam Khan'), m('en2.txt', 'Khan')], [m('hi1.txt', 'आज़म खां')]];
    const score = scoreMerges(gold, clusters);
    expect(score.all).toMatchObject({ truePairs: 1, falsePairs: 0, missedPairs: 2, precision: 1 });
    expect(score.crossArticle).toMatchObject({ truePairs: 0, missedPairs: 2, precision: null, recall: 0 });
  });

  it('leaves out mentions that name no gold person of their article', () => {
    const score = scoreMerges(gold, [
      [m('en1.txt', 'Akhilesh'), m('en1.txt', 'the SP chief'), m('en9.txt', 'Akhilesh')],
    ]);
    expect(score.mentions).toBe(1);
    expect(score.unmatched).toEqual([m('en1.txt', 'the SP chief'), m('en9.txt', 'Akhilesh')]);
  });
});

describe('clustersFromPredictions', () => {
  const prediction = (file: string, persons: PredictedName[]): ArticlePrediction => ({
    file,
    persons,
    organizations: [],
    places: [],
    statements: [],
    meetings: [],
  });

  it('puts entities sharing an id in one cluster and keeps entities without one apart', () => {
    const clusters = clustersFromPredictions([
      prediction('en1.txt', [
        { name: 'Akhilesh Yadav', aliases: ['Akhilesh'], id: 'p1' },
        { name: 'Dharmendra Yadav' },
      ]),
      prediction('hi1.txt', [{ name: 'अखिलेश यादव', id: 'p1' }]),
    ]);
    expect(clusters).toEqual([
      [m('en1.txt', 'Akhilesh Yadav'), m('en1.txt', 'Akhilesh'), m('hi1.txt', 'अखिलेश यादव')],
      [m('en1.txt', 'Dharmendra Yadav')],
    ]);
    expect(scoreMerges(gold, clusters).all).toMatchObject({ precision: 1, recall: 1 });
  });
});
