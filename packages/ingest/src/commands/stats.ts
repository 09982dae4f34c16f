import { openForCommand } from './open-db.js';
import { color } from './output.js';

export async function runStats(options: { json?: boolean }): Promise<number> {
  const db = await openForCommand('stats');
  try {
    const p = db.prisma;
    const [articles, failed, persons, organizations, places, statements, meetings, events, aliases, merges] =
      await Promise.all([
        p.article.count(),
        p.article.count({ where: { status: 'FAILED' } }),
        p.person.count(),
        p.organization.count(),
        p.place.count(),
        p.statement.count(),
        p.meeting.count(),
        p.event.count(),
        p.alias.count(),
        p.entityMerge.count(),
      ]);
    const byLanguage = await p.article.groupBy({
      by: ['language'],
      _count: { _all: true },
      orderBy: { language: 'asc' },
    });
    const stats = {
      database: db.target.description,
      articles,
      failed,
      languages: Object.fromEntries(byLanguage.map((g) => [g.language, g._count._all])),
      persons,
      organizations,
      places,
      aliases,
      statements,
      meetings,
      events,
      merges,
    };
    if (options.json) {
      process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
      return 0;
    }
    const { database, languages, ...counts } = stats;
    process.stdout.write(`${color.bold(database)}\n`);
    for (const [k, v] of Object.entries(counts))
      process.stdout.write(`  ${k.padEnd(14)} ${String(v).padStart(7)}\n`);
    process.stdout.write(
      `  ${'languages'.padEnd(14)} ${Object.entries(languages)
        .map(([l, n]) => `${l}: ${n}`)
        .join(', ')}\n`,
    );
    return 0;
  } finally {
    await db.close();
  }
}
