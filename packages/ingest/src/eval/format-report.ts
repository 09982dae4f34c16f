/**
 * Plain-text report of an evaluation: one table per group (all, per language, per split) and, when
 * asked, the misses and false hits of every article.
 */
import type { Accuracy, Category, ScoreIssue } from './score-article.js';
import type { CorpusScore, GroupScore } from './score-corpus.js';

const ROWS: ReadonlyArray<readonly [Category, string]> = [
  ['persons', 'persons'],
  ['organizations', 'organisations'],
  ['places', 'places'],
  ['statements', 'statements (quote)'],
  ['statementsWithSpeaker', 'statements (quote+speaker)'],
  ['meetings', 'meetings (pairs)'],
  ['meetingsStrict', 'meetings (pairs+date+place)'],
  ['meetingEvents', 'meetings (events, any pair)'],
];

const LABEL_WIDTH = 30;

function number(value: number | null): string {
  return value === null ? '    -' : value.toFixed(3);
}

function accuracy(value: Accuracy): string {
  if (value.total === 0) return '-';
  return `${value.correct}/${value.total} = ${(value.correct / value.total).toFixed(3)}`;
}

/** The table of one group. */
export function formatGroup(group: GroupScore, heading = group.name): string {
  const lines = [`${heading} (${group.articles} article${group.articles === 1 ? '' : 's'})`];
  lines.push(`${''.padEnd(LABEL_WIDTH)}     P      R     F1    gold   pred`);
  for (const [category, label] of ROWS) {
    const score = group.scores[category];
    const tally = group.tallies[category];
    lines.push(
      `${label.padEnd(LABEL_WIDTH)} ${number(score.precision)}  ${number(score.recall)}  ${number(score.f1)}` +
        `  ${String(tally.gold).padStart(6)} ${String(tally.predicted).padStart(6)}`,
    );
  }
  lines.push(`${'meeting date accuracy'.padEnd(LABEL_WIDTH)} ${accuracy(group.meetingDate)}`);
  lines.push(`${'meeting place accuracy'.padEnd(LABEL_WIDTH)} ${accuracy(group.meetingPlace)}`);
  const { optionalStatements, indirectStatements } = group.ignored;
  if (optionalStatements + indirectStatements > 0) {
    lines.push(
      `not scored: ${optionalStatements} predicted statement(s) matching only optional gold, ` +
        `${indirectStatements} indirect`,
    );
  }
  if (group.failedArticles.length > 0) {
    lines.push(`extraction FAILED (scored as empty): ${group.failedArticles.join(', ')}`);
  }
  return lines.join('\n');
}

const ISSUE_ORDER: Record<ScoreIssue['type'], number> = {
  miss: 0,
  'wrong-speaker': 1,
  'wrong-date': 2,
  'wrong-place': 3,
  'false-hit': 4,
};

/** Misses and false hits, grouped by article. */
export function formatIssues(
  issues: readonly ScoreIssue[],
  errors: ReadonlyMap<string, string> = new Map(),
): string {
  const byFile = new Map<string, ScoreIssue[]>();
  for (const issue of issues) {
    const list = byFile.get(issue.file) ?? [];
    list.push(issue);
    byFile.set(issue.file, list);
  }
  for (const file of errors.keys()) if (!byFile.has(file)) byFile.set(file, []);
  const lines: string[] = [];
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`-- ${file}`);
    const error = errors.get(file);
    if (error !== undefined) lines.push(`   ERROR ${error}`);
    const sorted = [...list].sort(
      (a, b) => a.category.localeCompare(b.category) || ISSUE_ORDER[a.type] - ISSUE_ORDER[b.type],
    );
    for (const issue of sorted) {
      const detail = issue.detail === undefined ? '' : `  [${issue.detail}]`;
      lines.push(`   ${issue.category.padEnd(22)} ${issue.type.padEnd(13)} ${issue.text}${detail}`);
    }
  }
  return lines.join('\n');
}

/** Report of a whole evaluation: every group's table, then (verbose) the issues. */
export function formatReport(
  score: CorpusScore,
  options: { title?: string; verbose?: boolean } = {},
): string {
  const parts: string[] = [];
  if (options.title) parts.push(`== ${options.title}`);
  for (const group of score.groups) parts.push(formatGroup(group));
  if (options.verbose) {
    const errors = new Map(
      score.articles.flatMap((article) =>
        article.error === undefined ? [] : [[article.file, article.error] as const],
      ),
    );
    parts.push(formatIssues(score.issues, errors));
  }
  return parts.join('\n\n');
}
