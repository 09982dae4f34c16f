/**
 * `newsgraph eval`: ingests the gold's articles into a throwaway in-memory database with the real
 * pipeline and persistence, reads back what the graph holds for each article, and scores it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { applyMigrations, type Database, openDatabase } from '@newsgraph/schema';
import {
  type ArticlePrediction,
  formatReport,
  loadGold,
  type PredictedName,
  scorePredictions,
  selectArticles,
  type SplitName,
} from '../eval/index.js';
import { ingestArticles } from '../ingest-articles.js';
import { readSources } from '../sources/index.js';
import { CommandError } from './open-db.js';

export interface EvalOptions {
  gold: string;
  split?: SplitName;
  lang?: string;
  verbose?: boolean;
  json?: boolean;
}

type Named = { name: string; aliases: Array<{ form: string }> } | null;

const named = (e: Named | undefined, id?: string | null): PredictedName | null =>
  e ? { name: e.name, aliases: e.aliases.map((a) => a.form), ...(id ? { id } : {}) } : null;

/** What the database holds for one article, as a prediction. */
export async function predictionFromDatabase(
  db: Database,
  articleId: string,
  file: string,
): Promise<ArticlePrediction> {
  const aliases = { select: { form: true } } as const;
  const article = await db.prisma.article.findUniqueOrThrow({
    where: { id: articleId },
    include: {
      mentions: {
        include: {
          person: { include: { aliases } },
          organization: { include: { aliases } },
          place: { include: { aliases } },
        },
      },
      statements: {
        include: { speaker: { include: { aliases } }, speakerOrganization: { include: { aliases } } },
      },
      meetingReports: {
        include: {
          meeting: {
            include: {
              participants: { include: { person: { include: { aliases } } } },
              place: { include: { aliases } },
            },
          },
        },
      },
    },
  });
  const unique = <T extends { id: string }>(list: Array<T | null>) => [
    ...new Map(list.filter((x): x is T => x !== null).map((x) => [x.id, x])).values(),
  ];
  return {
    file,
    persons: unique(article.mentions.map((m) => m.person)).map((p) => named(p, p.id)!),
    organizations: unique(article.mentions.map((m) => m.organization)).map((o) => named(o, o.id)!),
    places: unique(article.mentions.map((m) => m.place)).map((p) => named(p, p.id)!),
    statements: article.statements.map((s) => ({
      quote: s.text,
      kind: s.kind,
      speakerType: s.speakerType,
      speaker: named(s.speaker ?? s.speakerOrganization, s.speakerId ?? s.speakerOrganizationId),
    })),
    meetings: article.meetingReports.map((r) => ({
      participants: r.meeting.participants.map((p) => named(p.person, p.personId)!),
      date:
        r.meeting.date && r.meeting.datePrecision === 'DAY'
          ? r.meeting.date.toISOString().slice(0, 10)
          : null,
      place: named(r.meeting.place),
      evidence: r.evidenceText,
      role: r.role,
    })),
  };
}

export async function runEval(inputs: string[], options: EvalOptions): Promise<number> {
  if (!fs.existsSync(options.gold)) throw new CommandError(`${options.gold}: no such gold file`, 2);
  const gold = loadGold(path.resolve(options.gold));
  const articles = selectArticles(gold, { split: options.split ?? 'all', language: options.lang });
  if (!articles.length) throw new CommandError('no gold article matches the chosen split and language', 2);
  const wanted = new Set(articles.map((a) => a.file));
  const dirs = inputs.length ? inputs : [path.join(path.dirname(path.resolve(options.gold)), 'articles')];
  const db = await openDatabase({ url: 'pglite:memory' });
  try {
    await applyMigrations(db);
    const started = performance.now();
    async function* selected() {
      for await (const item of readSources(dirs)) {
        if (wanted.has(path.basename(item.origin))) yield item;
      }
    }
    const summary = await ingestArticles(db, selected());
    const predictions: ArticlePrediction[] = [];
    for (const r of summary.results) {
      const file = path.basename(r.origin);
      if (r.articleId) predictions.push(await predictionFromDatabase(db, r.articleId, file));
    }
    const score = scorePredictions(gold, articles, predictions);
    if (options.json) {
      process.stdout.write(`${JSON.stringify(score.groups, null, 2)}\n`);
    } else {
      process.stdout.write(
        `${formatReport(score, { title: `${path.basename(options.gold)}: ${articles.length} articles, ${((performance.now() - started) / 1000).toFixed(1)} s`, verbose: options.verbose ?? false })}\n`,
      );
    }
    const failed = summary.results.filter((r) => r.status === 'failed');
    for (const f of failed) process.stderr.write(`${f.error}\n`);
    return failed.length ? 1 : 0;
  } finally {
    await db.close();
  }
}
