/**
 * Runs the extraction pipeline (no database) over the shared corpus and the sample articles and
 * prints precision / recall / F1 per category and language.
 *
 *   cd packages/ingest && npx tsx scripts/eval-corpus.ts [--split dev|test|all] [--lang en|hi]
 *       [--set corpus|seeds|both] [--verbose]
 *
 * Tune on `--split dev` (the default); `test` is for reporting only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  corpusDir,
  evaluateCorpus,
  formatReport,
  loadExtract,
  loadGold,
  type SplitName,
  seedsPaths,
} from '../src/eval/index.js';

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'dev' },
    lang: { type: 'string' },
    set: { type: 'string', default: 'both' },
    verbose: { type: 'boolean', short: 'v', default: false },
  },
});

const split = values.split as SplitName;
if (!['dev', 'test', 'all'].includes(split))
  throw new Error(`--split must be dev, test or all, not ${split}`);
if (!['corpus', 'seeds', 'both'].includes(values.set)) throw new Error(`--set must be corpus, seeds or both`);
const verbose = values.verbose;

const { extract, missingStages } = await loadExtract();
if (missingStages.length > 0) {
  console.log(
    `pipeline.ts does not load yet; running the stages that exist (missing: ${missingStages.join(', ')})\n`,
  );
}
const started = Date.now();
if (values.set !== 'seeds') {
  const dir = corpusDir();
  const goldFile = path.join(dir, 'gold.json');
  if (!fs.existsSync(goldFile)) {
    console.log(`corpus not found at ${dir}: skipped`);
  } else {
    const { score } = await evaluateCorpus({
      gold: loadGold(goldFile),
      articlesDir: path.join(dir, 'articles'),
      split,
      language: values.lang,
      extract,
    });
    console.log(
      formatReport(score, {
        title: `corpus, split ${split}${values.lang ? `, ${values.lang}` : ''}`,
        verbose,
      }),
    );
    console.log();
  }
}
if (values.set !== 'corpus') {
  const { articlesDir, goldFile } = seedsPaths();
  if (!fs.existsSync(goldFile)) {
    console.log(`seeds gold not found at ${goldFile}: skipped`);
  } else {
    const { score } = await evaluateCorpus({
      gold: loadGold(goldFile),
      articlesDir,
      language: values.lang,
      extract,
    });
    console.log(formatReport(score, { title: `seeds${values.lang ? `, ${values.lang}` : ''}`, verbose }));
    console.log();
  }
}
console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
