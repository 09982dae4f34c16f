import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldArticleSchema, loadGold } from './load-gold.js';
import { corpusDir, seedsPaths } from './run-eval.js';
import { verifyArticle, verifyGold } from './verify-gold.js';

const seeds = seedsPaths();
const readFrom = (dir: string) => (file: string) => {
  const full = path.join(dir, file);
  return fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : null;
};

describe('the gold of the sample articles', () => {
  const gold = loadGold(seeds.goldFile);

  it('annotates every sample article, with every alias, quote and evidence verbatim in its article', () => {
    const files = fs.readdirSync(seeds.articlesDir).filter((file) => file.endsWith('.txt'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(verifyGold(gold, readFrom(seeds.articlesDir), files)).toEqual([]);
  });

  it('has both meetings between the SP president and Azam Khan: Rampur on 2025-10-08 and Lucknow on 2025-11-07', () => {
    const meetings = new Set(
      gold.articles.flatMap((article) =>
        article.meetings.map(
          (meeting) => `${[...meeting.participants].sort().join(' + ')} @ ${meeting.place}`,
        ),
      ),
    );
    expect([...meetings].sort()).toEqual([
      'Akhilesh Yadav + Azam Khan @ Lucknow',
      'Akhilesh Yadav + Azam Khan @ Rampur',
    ]);
    const dates = gold.articles.flatMap((article) =>
      article.meetings.map((meeting) => `${meeting.place} ${meeting.date}`),
    );
    expect(new Set(dates)).toEqual(new Set(['Rampur 2025-10-08', 'Lucknow 2025-11-07', 'Rampur null']));
  });

  it('gives every person of the Hindi sample a canonical English name and Devanagari aliases', () => {
    const hindi = gold.articles.filter((article) => article.language === 'hi');
    expect(hindi).toHaveLength(1);
    for (const person of hindi[0]?.persons ?? []) {
      expect(person.name).toMatch(/^[A-Za-z .]+$/);
      expect(person.aliases.some((alias) => /[\u0900-\u097F]/.test(alias))).toBe(true);
    }
  });
});

describe('the shared corpus gold', () => {
  const dir = corpusDir();
  const present = fs.existsSync(path.join(dir, 'gold.json'));
  it.skipIf(!present)('passes the same checks as the corpus verify.py', () => {
    const gold = loadGold(path.join(dir, 'gold.json'));
    expect(gold.articles).toHaveLength(30);
    expect(verifyGold(gold, readFrom(path.join(dir, 'articles')))).toEqual([]);
  });
  if (!present) it.skip(`needs the corpus at ${dir}`, () => {});
});

describe('verifyArticle', () => {
  const text =
    'Lucknow, Nov 7 (IANS) Party leader Ravi Verma met Sunita Rao on Friday. "We are ready," Verma said.';
  const base = {
    file: 'a.txt',
    language: 'en',
    persons: [
      { name: 'Ravi Verma', aliases: ['Ravi Verma', 'Verma'] },
      { name: 'Sunita Rao', aliases: ['Sunita Rao'] },
    ],
    places: [{ name: 'Lucknow', aliases: ['Lucknow'] }],
  };

  it.each<[string, Record<string, unknown>, RegExp]>([
    [
      'a quote that is not in the text',
      { statements: [{ speaker: 'Ravi Verma', quote: 'We are ready!' }] },
      /statement is not a substring/,
    ],
    [
      'a speaker who is not annotated',
      { statements: [{ speaker: 'Ravi Kumar', quote: 'We are ready' }] },
      /speaker Ravi Kumar is not in persons/,
    ],
    [
      'a null speaker without a description',
      { statements: [{ speaker: null, quote: 'We are ready', speaker_type: 'unnamed' }] },
      /null speaker needs/,
    ],
    [
      'a meeting participant who is not annotated',
      {
        meetings: [
          {
            participants: ['Ravi Verma', 'Sunil Rao'],
            place: 'Lucknow',
            date: null,
            evidence: 'met Sunita Rao',
          },
        ],
      },
      /participant Sunil Rao is not in persons/,
    ],
    [
      'a meeting place that is not annotated',
      {
        meetings: [
          {
            participants: ['Ravi Verma', 'Sunita Rao'],
            place: 'Delhi',
            date: null,
            evidence: 'met Sunita Rao',
          },
        ],
      },
      /meeting place Delhi is not in places/,
    ],
    [
      'an alias written differently from the text',
      { persons: [{ name: 'Ravi Verma', aliases: ['Mr Verma'] }] },
      /aliases is not a substring/,
    ],
  ])('reports %s', (_label, fields, problem) => {
    const article = goldArticleSchema.parse({ ...base, ...fields });
    expect(verifyArticle(article, text).join('\n')).toMatch(problem);
  });

  it('finds nothing wrong in a consistent annotation', () => {
    const article = goldArticleSchema.parse({
      ...base,
      statements: [{ speaker: 'Ravi Verma', quote: 'We are ready', speaker_type: 'person' }],
      meetings: [
        {
          participants: ['Ravi Verma', 'Sunita Rao'],
          place: null,
          date: null,
          evidence: 'Ravi Verma met Sunita Rao on Friday',
        },
      ],
    });
    expect(verifyArticle(article, text)).toEqual([]);
  });
});
