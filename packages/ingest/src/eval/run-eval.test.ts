import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleEntity, ArticleInput, Doc, EntityType } from '../domain.js';
import { createDoc } from '../stages/normalize-text.js';
import { docToPrediction } from './doc-to-prediction.js';
import { formatReport } from './format-report.js';
import { parseGold } from './load-gold.js';
import { evaluateCorpus } from './run-eval.js';

// Three short wire-style articles written for this test, with their gold.
const ARTICLES: Record<string, string> = {
  'a.txt':
    'Lucknow, Nov 7 (IANS) Party leader Ravi Verma met Chief Minister Sunita Rao in Lucknow on Friday. "We discussed the budget and nothing else," Verma said.',
  'b.txt': 'भोपाल। वरिष्ठ नेता रवि वर्मा ने कहा, "हम चुनाव के लिए तैयार हैं।"',
  'c.txt': 'Patna, Nov 8 (PTI) Leaders of the alliance met in Patna on Saturday.',
};

const gold = parseGold({
  splits: { dev: ['a.txt', 'b.txt'], test: ['c.txt'] },
  articles: [
    {
      file: 'a.txt',
      language: 'en',
      date: '2025-11-07',
      persons: [
        { name: 'Ravi Verma', aliases: ['Ravi Verma', 'Verma'] },
        { name: 'Sunita Rao', aliases: ['Sunita Rao'] },
      ],
      organizations: [{ name: 'Indo-Asian News Service', aliases: ['IANS'] }],
      places: [{ name: 'Lucknow', aliases: ['Lucknow'] }],
      meetings: [
        {
          participants: ['Ravi Verma', 'Sunita Rao'],
          place: 'Lucknow',
          date: '2025-11-07',
          evidence: 'Party leader Ravi Verma met Chief Minister Sunita Rao in Lucknow on Friday',
        },
      ],
      statements: [
        { speaker: 'Ravi Verma', quote: 'We discussed the budget and nothing else', kind: 'direct' },
      ],
    },
    {
      file: 'b.txt',
      language: 'hi',
      date: null,
      persons: [{ name: 'Ravi Verma', aliases: ['रवि वर्मा'] }],
      places: [{ name: 'Bhopal', aliases: ['भोपाल'] }],
      statements: [{ speaker: 'Ravi Verma', quote: 'हम चुनाव के लिए तैयार हैं।', kind: 'direct' }],
    },
    {
      file: 'c.txt',
      language: 'en',
      date: '2025-11-08',
      organizations: [{ name: 'Press Trust of India', aliases: ['PTI'] }],
      places: [{ name: 'Patna', aliases: ['Patna'] }],
    },
  ],
});

/** A stand-in for the pipeline: knows a few names, takes the first person as every quote's speaker. */
function fakeExtract(input: ArticleInput): Doc {
  if (input.body.includes('Patna')) throw new Error('extraction stage find-entities failed: boom');
  const doc = createDoc(input);
  const known: Array<[string, EntityType, string[]]> = [
    ['Ravi Verma', 'PERSON', ['Ravi Verma', 'Verma']],
    ['रवि वर्मा', 'PERSON', ['रवि वर्मा']],
    ['Sunita Rao', 'PERSON', ['Sunita Rao']],
    ['Lucknow', 'PLACE', ['Lucknow']],
    ['IANS', 'PERSON', ['IANS']],
  ];
  const entities: ArticleEntity[] = known
    .filter(([name]) => doc.body.includes(name))
    .map(([name, type, aliases]) => ({ type, name, aliases, descriptions: [], titles: [], confidence: 0.9 }));
  const quote = /"([^"]+?),?"/.exec(doc.body);
  const statements: Doc['statements'] = quote
    ? [
        {
          kind: 'DIRECT',
          text: quote[1] ?? '',
          span: { start: quote.index + 1, end: quote.index + 1 + (quote[1]?.length ?? 0) },
          speaker: 0,
          speakerType: 'PERSON',
          speakerText: null,
          speakerSpan: null,
          cue: null,
          cueSpan: null,
          about: [],
          extractor: 'fake',
          confidence: 0.5,
        },
      ]
    : [];
  const met = doc.body.indexOf(' met ');
  const events: Doc['events'] =
    met >= 0
      ? [
          {
            kind: 'MEETING',
            participants: [0, 1],
            place: entities.findIndex((entity) => entity.type === 'PLACE'),
            venue: null,
            date: { value: '2025-11-06', precision: 'DAY' },
            role: 'PRIMARY',
            evidence: { start: 0, end: met + 20 },
            dateSpan: null,
            extractor: 'fake',
            confidence: 0.5,
          },
        ]
      : [];
  return { ...doc, entities, statements, events };
}

describe('evaluateCorpus', () => {
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-eval-'));
    for (const [file, text] of Object.entries(ARTICLES)) fs.writeFileSync(path.join(dir, file), text);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('scores what the extractor found in every article, per language and per split', async () => {
    const { score } = await evaluateCorpus({ gold, articlesDir: dir, extract: fakeExtract });
    expect(score.groups.map((group) => group.name)).toEqual([
      'all',
      'en',
      'hi',
      'dev',
      'test',
      'dev/en',
      'dev/hi',
      'test/en',
    ]);
    const all = score.groups[0]!;
    // a.txt: Verma + Rao right, IANS wrongly a person; b.txt: रवि वर्मा right.
    expect(all.tallies.persons).toEqual({ predicted: 4, predictedCorrect: 3, gold: 3, goldFound: 3 });
    expect(all.tallies.statementsWithSpeaker).toEqual({
      predicted: 2,
      predictedCorrect: 2,
      gold: 2,
      goldFound: 2,
    });
    expect(all.tallies.meetings).toEqual({ predicted: 1, predictedCorrect: 1, gold: 1, goldFound: 1 });
    expect(all.meetingDate).toEqual({ correct: 0, total: 1 });
    expect(all.meetingPlace).toEqual({ correct: 1, total: 1 });
    const hindi = score.groups.find((group) => group.name === 'hi')!;
    expect(hindi.scores.statementsWithSpeaker).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('scores an article whose extraction throws as empty and names it', async () => {
    const { score, predictions } = await evaluateCorpus({ gold, articlesDir: dir, extract: fakeExtract });
    expect(predictions.find((prediction) => prediction.file === 'c.txt')?.error).toMatch(/boom/);
    const test = score.groups.find((group) => group.name === 'test')!;
    expect(test.failedArticles).toEqual(['c.txt']);
    expect(test.tallies.places).toEqual({ predicted: 0, predictedCorrect: 0, gold: 1, goldFound: 0 });
    expect(test.scores.places).toEqual({ precision: null, recall: 0, f1: 0 });
  });

  it('runs only the articles of the chosen split and language', async () => {
    const { predictions } = await evaluateCorpus({
      gold,
      articlesDir: dir,
      split: 'dev',
      language: 'en',
      extract: fakeExtract,
    });
    expect(predictions.map((prediction) => prediction.file)).toEqual(['a.txt']);
  });

  it('prints a table row per category and, verbose, the misses and false hits of each article', async () => {
    const { score } = await evaluateCorpus({ gold, articlesDir: dir, extract: fakeExtract });
    const report = formatReport(score, { title: 'fake', verbose: true });
    expect(report).toMatch(/^persons\s+0\.750\s+1\.000\s+0\.857\s+3\s+4$/m);
    expect(report).toMatch(/^statements \(quote\+speaker\)\s+1\.000\s+1\.000\s+1\.000/m);
    expect(report).toMatch(/^meeting date accuracy\s+0\/1 = 0\.000$/m);
    expect(report).toMatch(/persons\s+false-hit\s+IANS/);
    expect(report).toMatch(
      /meetings\s+wrong-date\s+Ravi Verma \+ Sunita Rao \(2025-11-07, Lucknow\)\s+\[predicted 2025-11-06\]/,
    );
    expect(report).toContain('ERROR extraction stage find-entities failed: boom');
  });
});

describe('docToPrediction', () => {
  const doc: Doc = {
    ...createDoc({ ingestedFrom: 'x.txt', body: 'आजम खां ने रामपुर में अखिलेश यादव से मुलाकात की। उन्होंने पत्र लिखा।' }),
    entities: [
      {
        type: 'PERSON',
        name: 'आजम खां',
        aliases: ['आजम खां'],
        descriptions: [],
        titles: [],
        latinName: 'Azam Khan',
        confidence: 1,
      },
      { type: 'PLACE', name: 'रामपुर', aliases: ['रामपुर'], descriptions: [], titles: [], confidence: 1 },
      {
        type: 'PERSON',
        name: 'अखिलेश यादव',
        aliases: ['अखिलेश यादव'],
        descriptions: [],
        titles: [],
        confidence: 1,
      },
    ],
  };
  const event = (
    kind: 'MEETING' | 'LETTER',
    precision: 'DAY' | 'MONTH',
    value: string,
  ): Doc['events'][number] => ({
    kind,
    participants: [0, 2],
    place: 1,
    venue: null,
    date: { value, precision },
    role: 'PRIMARY',
    evidence: { start: 0, end: 10 },
    dateSpan: null,
    extractor: 'test',
    confidence: 1,
  });

  it('keeps the English name of a Devanagari entity as an alias', () => {
    expect(docToPrediction(doc, 'x.txt').persons[0]).toEqual({
      name: 'आजम खां',
      aliases: ['आजम खां', 'Azam Khan'],
    });
  });

  it.each<[string, Doc['events'][number], number, string | null]>([
    ['a meeting dated to the day', event('MEETING', 'DAY', '2025-10-08'), 1, '2025-10-08'],
    ['a meeting dated to the month only', event('MEETING', 'MONTH', '2025-10'), 1, null],
    ['a letter, which is no meeting', event('LETTER', 'DAY', '2025-10-08'), 0, null],
  ])('turns %s into the right meetings', (_label, ev, count, date) => {
    const meetings = docToPrediction({ ...doc, events: [ev] }, 'x.txt').meetings;
    expect(meetings).toHaveLength(count);
    if (count > 0) {
      expect(meetings[0]?.date).toBe(date);
      expect(meetings[0]?.place).toEqual({ name: 'रामपुर', aliases: ['रामपुर'] });
      expect(meetings[0]?.evidence).toBe('आजम खां ने');
    }
  });
});
