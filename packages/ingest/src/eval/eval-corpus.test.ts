/**
 * Runs the real extraction pipeline over the shared corpus (dev + test) and the sample articles and
 * prints the evaluation tables. It checks only that every article was scored and the counts are
 * consistent; quality thresholds are added once every stage is in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport } from './format-report.js';
import { type Gold, loadGold } from './load-gold.js';
import { corpusDir, evaluateCorpus, loadExtract, seedsPaths } from './run-eval.js';
import { CATEGORIES } from './score-article.js';
import type { CorpusScore } from './score-corpus.js';

function expectConsistent(gold: Gold, score: CorpusScore): void {
  expect(score.articles.map((article) => article.file).sort()).toEqual(
    gold.articles.map((article) => article.file).sort(),
  );
  const all = score.groups[0]!;
  expect(all.tallies.persons.gold).toBe(
    gold.articles.reduce((total, article) => total + article.persons.length, 0),
  );
  expect(all.tallies.statements.gold).toBe(
    gold.articles.reduce((total, article) => total + article.statements.length, 0),
  );
  for (const category of CATEGORIES) {
    const tally = all.tallies[category];
    expect(tally.predictedCorrect).toBeLessThanOrEqual(tally.predicted);
    expect(tally.goldFound).toBeLessThanOrEqual(tally.gold);
  }
}

describe('evaluation of the pipeline', async () => {
  const { extract, missingStages } = await loadExtract();
  const note = missingStages.length > 0 ? ` (stages missing: ${missingStages.join(', ')})` : '';
  const corpusGold = path.join(corpusDir(), 'gold.json');

  it.skipIf(!fs.existsSync(corpusGold))(
    'scores every article of the shared corpus, dev and test',
    async () => {
      const gold = loadGold(corpusGold);
      const { score } = await evaluateCorpus({
        gold,
        articlesDir: path.join(corpusDir(), 'articles'),
        split: 'all',
        extract,
      });
      console.log(formatReport(score, { title: `shared corpus, dev + test${note}` }));
      expectConsistent(gold, score);
    },
  );

  it('scores every sample article', async () => {
    const { goldFile, articlesDir } = seedsPaths();
    const gold = loadGold(goldFile);
    const { score } = await evaluateCorpus({ gold, articlesDir, extract });
    console.log(formatReport(score, { title: `seeds${note}`, verbose: true }));
    expectConsistent(gold, score);
  });
});
