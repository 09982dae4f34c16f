/**
 * Consistency checks of a gold file against its articles (the checks of shared/corpus/verify.py):
 * every alias, title, description, quote and evidence is an exact substring of its article, meeting
 * participants and places and named speakers are annotated entities, splits cover the articles.
 */
import type { Gold, GoldArticle, GoldStatement } from './load-gold.js';

/** Problems found in one article's annotation; `text` is the raw article file content. */
export function verifyArticle(article: GoldArticle, text: string): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, message: string) => {
    if (!ok) problems.push(`${article.file}: ${message}`);
  };
  const substring = (value: string, what: string) =>
    need(text.includes(value), `${what} is not a substring: ${JSON.stringify(value)}`);

  for (const kind of ['persons', 'organizations', 'places'] as const) {
    for (const entity of article[kind]) {
      for (const key of ['aliases', 'titles', 'descriptions'] as const) {
        for (const value of entity[key] ?? []) substring(value, `${kind} ${entity.name} ${key}`);
      }
    }
  }
  const persons = new Set(article.persons.map((person) => person.name));
  const organizations = new Set(article.organizations.map((organization) => organization.name));
  const places = new Set(article.places.map((place) => place.name));
  for (const meeting of article.meetings) {
    for (const key of ['evidence', 'evidence_2', 'date_evidence', 'place_surface'] as const) {
      const value = meeting[key];
      if (value !== undefined) substring(value, `meeting ${key}`);
    }
    for (const participant of meeting.participants)
      need(persons.has(participant), `participant ${participant} is not in persons`);
    need(
      meeting.place === null || places.has(meeting.place),
      `meeting place ${meeting.place} is not in places`,
    );
  }
  const checkStatement = (statement: GoldStatement, what: string) => {
    substring(statement.quote, what);
    const type = statement.speaker_type;
    if (statement.speaker === null) {
      need(
        (type === 'unnamed' || type === 'group') && Boolean(statement.speaker_description),
        `${what} with a null speaker needs speaker_type unnamed/group and a speaker_description`,
      );
    } else if (type === 'organization') {
      need(
        organizations.has(statement.speaker),
        `organisation speaker ${statement.speaker} is not in organizations`,
      );
    } else {
      need(persons.has(statement.speaker), `speaker ${statement.speaker} is not in persons`);
    }
    for (const alternative of statement.acceptable_speakers) {
      need(
        persons.has(alternative) || organizations.has(alternative),
        `acceptable speaker ${alternative} is not annotated`,
      );
    }
  };
  for (const statement of article.statements) checkStatement(statement, 'statement');
  for (const statement of article.optional_statements) checkStatement(statement, 'optional statement');
  for (const item of [...article.not_meetings, ...article.not_statements])
    substring(item.evidence, 'not_* evidence');
  return problems;
}

/**
 * Problems of a whole gold file; `readArticle(file)` returns the article's text or null when the
 * file is missing. `files` (when given) are the article files that must all be annotated.
 */
export function verifyGold(
  gold: Gold,
  readArticle: (file: string) => string | null,
  files?: readonly string[],
): string[] {
  const problems: string[] = [];
  const annotated = gold.articles.map((article) => article.file);
  if (new Set(annotated).size !== annotated.length) problems.push('an article is annotated twice');
  if (gold.splits) {
    const inSplits = Object.values(gold.splits).flat();
    if (new Set(inSplits).size !== inSplits.length) problems.push('an article is in two splits');
    if ([...inSplits].sort().join('\n') !== [...annotated].sort().join('\n')) {
      problems.push('the splits do not cover exactly the annotated articles');
    }
  }
  if (files) {
    for (const file of files) if (!annotated.includes(file)) problems.push(`${file} has no gold annotation`);
  }
  for (const article of gold.articles) {
    const text = readArticle(article.file);
    if (text === null) problems.push(`${article.file}: article file not found`);
    else problems.push(...verifyArticle(article, text));
  }
  return problems;
}
