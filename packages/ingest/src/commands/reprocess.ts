import { extractStoredArticle } from '../ingest-articles.js';
import { EXTRACTION_VERSION } from '../pipeline.js';
import { openForCommand } from './open-db.js';
import { color, type OutputOptions } from './output.js';

export interface ReprocessOptions extends OutputOptions {
  failed?: boolean;
  all?: boolean;
}

/** Extracts stored articles again: failed ones, ones from an older pipeline (default), or all. */
export async function runReprocess(options: ReprocessOptions): Promise<number> {
  const db = await openForCommand('reprocess');
  try {
    const where = options.all
      ? {}
      : options.failed
        ? { status: 'FAILED' as const }
        : {
            OR: [
              { status: { not: 'EXTRACTED' as const } },
              { extractionVersion: null },
              { extractionVersion: { lt: EXTRACTION_VERSION } },
            ],
          };
    const articles = await db.prisma.article.findMany({
      where,
      orderBy: { ingestedAt: 'asc' },
      select: {
        id: true,
        ingestedFrom: true,
        body: true,
        title: true,
        url: true,
        agency: true,
        language: true,
      },
    });
    let ok = 0;
    let failed = 0;
    const started = performance.now();
    for (const a of articles) {
      const outcome = await extractStoredArticle(db, a.id, {
        ingestedFrom: a.ingestedFrom,
        body: a.body,
        title: a.title,
        url: a.url,
        agency: a.agency,
        language: a.language === 'und' ? null : a.language,
      });
      if ('error' in outcome) {
        failed++;
        if (!options.json) process.stderr.write(`${color.red('✗')} ${a.ingestedFrom}: ${outcome.error}\n`);
      } else {
        ok++;
      }
    }
    const elapsedMs = Math.round(performance.now() - started);
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ reprocessed: ok, failed, elapsedMs })}\n`);
    } else if (!options.quiet) {
      process.stdout.write(
        `Reprocessed ${ok} article(s), ${failed} failed, in ${(elapsedMs / 1000).toFixed(1)} s.\n`,
      );
    }
    return failed ? 1 : 0;
  } finally {
    await db.close();
  }
}
