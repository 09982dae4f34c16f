/** Evaluation harness: gold format, scoring of plain predictions, pipeline-only corpus runner. */
export { docToPrediction } from './doc-to-prediction.js';
export { formatGroup, formatIssues, formatReport } from './format-report.js';
export {
  type Gold,
  type GoldArticle,
  type GoldMeeting,
  type GoldNamed,
  type GoldStatement,
  goldSchema,
  loadGold,
  parseGold,
  type SplitName,
  selectArticles,
  splitOf,
} from './load-gold.js';
export { nameKey, quoteOverlap, quoteTokens } from './match-text.js';
export {
  type ArticlePrediction,
  emptyPrediction,
  type PredictedMeeting,
  type PredictedName,
  type PredictedStatement,
} from './prediction.js';
export {
  type CorpusEvaluation,
  corpusDir,
  type EvaluateCorpusOptions,
  type ExtractFunction,
  evaluateCorpus,
  loadExtract,
  scorePredictions,
  seedsPaths,
} from './run-eval.js';
export {
  type Accuracy,
  type ArticleScore,
  CATEGORIES,
  type Category,
  type ScoreIssue,
  scoreArticle,
  scoreEntities,
  scoreMeetings,
  scoreStatements,
  type Tally,
} from './score-article.js';
export { type CorpusScore, type GroupScore, groupScore, type Prf, prf, scoreCorpus } from './score-corpus.js';
export { clustersFromPredictions, type MentionRef, type MergeScore, scoreMerges } from './score-merges.js';
export { verifyArticle, verifyGold } from './verify-gold.js';
