/**
 * Pipeline-only evaluation: runs the extraction stages over gold-annotated article files (no
 * database) and scores what they extracted. `newsgraph eval` scores the database instead and feeds
 * the same scorer through `scorePredictions`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleInput, Doc, Stage } from '../domain.js';
import { docToPrediction } from './doc-to-prediction.js';
import { type Gold, type GoldArticle, type SplitName, selectArticles, splitOf } from './load-gold.js';
import { type ArticlePrediction, emptyPrediction } from './prediction.js';
import { scoreArticle } from './score-article.js';
import { type CorpusScore, scoreCorpus } from './score-corpus.js';

export type ExtractFunction = (input: ArticleInput) => Doc | Promise<Doc>;

/** The repository root (this file is `packages/ingest/{src,dist}/eval/run-eval.*`). */
export function repoRoot(): string {
  return fileURLToPath(new URL('../../../../', import.meta.url));
}

/** The shared development corpus beside the checkout (`<repo>/../shared/corpus`). */
export function corpusDir(): string {
  return path.resolve(repoRoot(), '..', 'shared', 'corpus');
}

/** The sample articles and their gold (`test/fixtures/seeds-gold.json`). */
export function seedsPaths(): { articlesDir: string; goldFile: string } {
  const root = repoRoot();
  return {
    articlesDir: path.join(root, 'seeds'),
    goldFile: path.join(root, 'packages', 'ingest', 'test', 'fixtures', 'seeds-gold.json'),
  };
}

/** Scores ready-made predictions (from the pipeline or the database) against the gold. */
export function scorePredictions(
  gold: Gold,
  articles: readonly GoldArticle[],
  predictions: readonly ArticlePrediction[],
): CorpusScore {
  const byFile = new Map(predictions.map((prediction) => [prediction.file, prediction]));
  const scores = articles.map((article) =>
    scoreArticle(
      article,
      byFile.get(article.file) ?? emptyPrediction(article.file, 'no prediction for this article'),
    ),
  );
  return scoreCorpus(scores, (file) => splitOf(gold, file));
}

/**
 * Stage modules in pipeline order (mirrors `STAGES` of `pipeline.ts`), for `loadExtract` while
 * some stage files are still missing.
 */
const STAGE_MODULES: ReadonlyArray<readonly [file: string, exportName: string]> = [
  ['detect-language', 'detectLanguage'],
  ['parse-header', 'parseHeader'],
  ['split-text', 'splitText'],
  ['find-entities', 'findEntities'],
  ['attribute-quotes', 'attributeQuotes'],
  ['find-events', 'findEvents'],
];

/**
 * The pipeline's `extract`; when `pipeline.ts` cannot load yet (a stage file is still being
 * written), a stand-in running the stages that do load, in order, and naming the missing ones.
 */
export async function loadExtract(): Promise<{ extract: ExtractFunction; missingStages: string[] }> {
  try {
    const pipeline = await import('../pipeline.js');
    return { extract: pipeline.extract, missingStages: [] };
  } catch {
    const { createDoc } = await import('../stages/normalize-text.js');
    const stages: Stage[] = [];
    const missingStages: string[] = [];
    for (const [file, exportName] of STAGE_MODULES) {
      try {
        const module = (await import(/* @vite-ignore */ `../stages/${file}.js`)) as Record<string, unknown>;
        const stage = module[exportName];
        if (typeof stage !== 'function') throw new Error(`no export ${exportName}`);
        stages.push(stage as Stage);
      } catch {
        missingStages.push(file);
      }
    }
    const extract = (input: ArticleInput): Doc => stages.reduce((doc, stage) => stage(doc), createDoc(input));
    return { extract, missingStages };
  }
}

export interface EvaluateCorpusOptions {
  gold: Gold;
  /** Directory holding the gold's article files. */
  articlesDir: string;
  split?: SplitName;
  language?: string;
  /** Defaults to the real pipeline (`extract` of `pipeline.ts`). */
  extract?: ExtractFunction;
}

export interface CorpusEvaluation {
  score: CorpusScore;
  predictions: ArticlePrediction[];
  /** Documents as extracted, by gold file name (failed articles are absent). */
  docs: Map<string, Doc>;
}

/**
 * Runs `extract` on every selected article (the file content as body, nothing else: language and
 * date are for the pipeline to find) and scores the result. A failing article is scored as empty
 * and reported, so one bad stage does not hide the figures of the others.
 */
export async function evaluateCorpus(options: EvaluateCorpusOptions): Promise<CorpusEvaluation> {
  const extract = options.extract ?? (await loadExtract()).extract;
  const articles = selectArticles(options.gold, { split: options.split, language: options.language });
  const predictions: ArticlePrediction[] = [];
  const docs = new Map<string, Doc>();
  for (const article of articles) {
    const file = path.join(options.articlesDir, article.file);
    const body = fs.readFileSync(file, 'utf8');
    try {
      const doc = await extract({ ingestedFrom: article.file, body });
      docs.set(article.file, doc);
      predictions.push(docToPrediction(doc, article.file));
    } catch (error) {
      predictions.push(emptyPrediction(article.file, error instanceof Error ? error.message : String(error)));
    }
  }
  return { score: scorePredictions(options.gold, articles, predictions), predictions, docs };
}
