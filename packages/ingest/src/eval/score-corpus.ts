/**
 * Micro-averaged scores over sets of articles: all, per language, per split and per split+language.
 */
import {
  type Accuracy,
  type ArticleScore,
  CATEGORIES,
  type Category,
  emptyTally,
  type ScoreIssue,
  type Tally,
} from './score-article.js';

export interface Prf {
  /** null when nothing was predicted. */
  precision: number | null;
  /** null when the gold has nothing. */
  recall: number | null;
  /** null when both are null; a null side counts as 0 otherwise. */
  f1: number | null;
}

export interface GroupScore {
  /** `all`, `en`, `dev`, `dev/en` ... */
  name: string;
  articles: number;
  tallies: Record<Category, Tally>;
  scores: Record<Category, Prf>;
  meetingDate: Accuracy;
  meetingPlace: Accuracy;
  ignored: { optionalStatements: number; indirectStatements: number };
  failedArticles: string[];
}

export interface CorpusScore {
  articles: ArticleScore[];
  /** Ordered: all, languages, splits, split/language. */
  groups: GroupScore[];
  issues: ScoreIssue[];
}

export function prf(tally: Tally): Prf {
  const precision = tally.predicted > 0 ? tally.predictedCorrect / tally.predicted : null;
  const recall = tally.gold > 0 ? tally.goldFound / tally.gold : null;
  if (precision === null && recall === null) return { precision, recall, f1: null };
  const p = precision ?? 0;
  const r = recall ?? 0;
  return { precision, recall, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

function addTally(into: Tally, from: Tally): void {
  into.predicted += from.predicted;
  into.predictedCorrect += from.predictedCorrect;
  into.gold += from.gold;
  into.goldFound += from.goldFound;
}

/** Sums the tallies of some articles and computes their micro-averaged P/R/F1. */
export function groupScore(name: string, articles: readonly ArticleScore[]): GroupScore {
  const tallies = Object.fromEntries(CATEGORIES.map((category) => [category, emptyTally()])) as Record<
    Category,
    Tally
  >;
  const meetingDate: Accuracy = { correct: 0, total: 0 };
  const meetingPlace: Accuracy = { correct: 0, total: 0 };
  const ignored = { optionalStatements: 0, indirectStatements: 0 };
  for (const article of articles) {
    for (const category of CATEGORIES) addTally(tallies[category], article.tallies[category]);
    meetingDate.correct += article.meetingDate.correct;
    meetingDate.total += article.meetingDate.total;
    meetingPlace.correct += article.meetingPlace.correct;
    meetingPlace.total += article.meetingPlace.total;
    ignored.optionalStatements += article.ignored.optionalStatements;
    ignored.indirectStatements += article.ignored.indirectStatements;
  }
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => [category, prf(tallies[category])]),
  ) as Record<Category, Prf>;
  return {
    name,
    articles: articles.length,
    tallies,
    scores,
    meetingDate,
    meetingPlace,
    ignored,
    failedArticles: articles.filter((article) => article.error !== undefined).map((article) => article.file),
  };
}

/**
 * Groups article scores by language and split. `splitOf(file)` names an article's split (`dev`,
 * `test`, `seeds` ...); groups with no article are left out.
 */
export function scoreCorpus(
  articles: readonly ArticleScore[],
  splitOf: (file: string) => string,
): CorpusScore {
  const languages = [...new Set(articles.map((article) => article.language))].sort();
  const splits = [...new Set(articles.map((article) => splitOf(article.file)))].sort();
  const groups: GroupScore[] = [groupScore('all', articles)];
  if (languages.length > 1) {
    for (const language of languages) {
      groups.push(
        groupScore(
          language,
          articles.filter((article) => article.language === language),
        ),
      );
    }
  }
  if (splits.length > 1) {
    for (const split of splits) {
      groups.push(
        groupScore(
          split,
          articles.filter((article) => splitOf(article.file) === split),
        ),
      );
    }
  }
  for (const split of splits) {
    for (const language of languages) {
      const members = articles.filter(
        (article) => splitOf(article.file) === split && article.language === language,
      );
      if (members.length > 0 && splits.length > 1 && languages.length > 1) {
        groups.push(groupScore(`${split}/${language}`, members));
      }
    }
  }
  return { articles: [...articles], groups, issues: articles.flatMap((article) => article.issues) };
}
