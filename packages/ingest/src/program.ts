/**
 * `newsgraph`: the command-line tool. Every command uses the database named by DATABASE_URL
 * (unset: the embedded database in .newsgraph/pglite; pglite:<dir>; postgres://…).
 * Exit codes: 0 success, 1 something failed (the rest of the batch still ran), 2 usage error.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { runEval } from './commands/evaluate.js';
import { runExport, runImport } from './commands/export-graph.js';
import { runIngest } from './commands/ingest.js';
import { runMigrate } from './commands/migrate.js';
import { CommandError } from './commands/open-db.js';
import { runReprocess } from './commands/reprocess.js';
import { runServe, runStart } from './commands/serve.js';
import { runStats } from './commands/stats.js';

const DATABASE_HELP = `
Database (every command): DATABASE_URL unset → embedded PGlite in .newsgraph/pglite;
  pglite:<dir> → embedded PGlite in <dir>; pglite:memory → throwaway; postgres://user:pw@host:5432/db → PostgreSQL.`;

function int(name: string, min: number, max: number) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(`${name} must be an integer from ${min} to ${max}`);
    return n;
  };
}

let exitCode = 0;

/** Wraps a command so its numeric result becomes the process exit code. */
function run<A extends unknown[]>(command: (...args: A) => Promise<number>) {
  return async (...args: A) => {
    exitCode = await command(...args);
  };
}

function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n${DATABASE_HELP}`;
}

export function buildProgram(): Command {
  const program = new Command('newsgraph')
    .description(
      'Turn news articles into a knowledge graph of people, organisations, places, meetings and statements, served over GraphQL.',
    )
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride()
    .addHelpText(
      'after',
      examples(
        'newsgraph start',
        'newsgraph ingest seeds/ articles/*.html https://example.org/feed.xml',
        'newsgraph stats',
      ),
    );

  program
    .command('migrate')
    .description("Apply pending database migrations (offline, through Prisma's WASM schema engine).")
    .option('--json', 'print a machine-readable result')
    .addHelpText(
      'after',
      examples('newsgraph migrate', 'DATABASE_URL=postgres://localhost/newsgraph newsgraph migrate'),
    )
    .action(run((o) => runMigrate(o)));

  program
    .command('ingest')
    .description(
      'Store and extract articles: files, directories (recursive), globs, - for stdin, http(s) URLs and RSS/Atom feeds. Text, JSON, NDJSON and HTML.',
    )
    .argument('<inputs...>', 'files, directories, glob patterns, URLs or - (stdin)')
    .option('--json', 'print a machine-readable summary (with one result per article)')
    .option('-q, --quiet', 'print nothing but errors')
    .option('-v, --verbose', 'print one line per article')
    .option('--force', 'extract again articles that are stored unchanged')
    .option(
      '--max-bytes <n>',
      'largest input accepted, in bytes (default 10 MB, NEWSGRAPH_MAX_BYTES)',
      int('--max-bytes', 1, 2 ** 31),
    )
    .option('--timeout <ms>', 'time allowed per HTTP request', int('--timeout', 100, 600_000))
    .option('--allow-private-network', 'fetch URLs on loopback and private-network addresses')
    .addOption(
      new Option('-j, --jobs <n>', 'extraction worker threads (default 1, or NEWSGRAPH_JOBS)')
        .argParser(int('--jobs', 1, 64))
        .default(1),
    )
    .addHelpText(
      'after',
      examples(
        'newsgraph ingest seeds/',
        "newsgraph ingest 'archive/**/*.txt' --json > summary.json",
        'newsgraph ingest export.ndjson https://example.org/politics/article.html',
        'cat article.txt | newsgraph ingest -',
      ),
    )
    .action(run((inputs: string[], o) => runIngest(inputs, o)));

  program
    .command('reprocess')
    .description(
      'Extract stored articles again: by default those that failed or came from an older pipeline.',
    )
    .option('--failed', 'only articles whose extraction failed')
    .option('--all', 'every article (after a pipeline change)')
    .option('--json', 'print a machine-readable result')
    .option('-q, --quiet', 'print nothing but errors')
    .addHelpText('after', examples('newsgraph reprocess --failed', 'newsgraph reprocess --all'))
    .action(run((o) => runReprocess(o)));

  program
    .command('serve')
    .description('Serve the GraphQL API (GraphiQL in the browser) at http://localhost:4000/graphql.')
    .option('-p, --port <port>', 'port (default 4000, or PORT)', int('--port', 0, 65535))
    .option('--host <host>', 'interface to listen on (default localhost, or HOST)')
    .addHelpText('after', examples('newsgraph serve', 'newsgraph serve --port 8080 --host 0.0.0.0'))
    .action(run((o) => runServe(o)));

  program
    .command('start')
    .description('The quick start: migrate, ingest seeds/ when the database is empty, and serve GraphQL.')
    .option('-p, --port <port>', 'port (default 4000, or PORT)', int('--port', 0, 65535))
    .option('--host <host>', 'interface to listen on')
    .option('--seeds <dir>', "articles to ingest into an empty database (default: the repository's seeds/)")
    .addHelpText('after', examples('newsgraph start'))
    .action(run((o) => runStart(o)));

  program
    .command('stats')
    .description('Count what the graph holds.')
    .option('--json', 'print JSON')
    .addHelpText('after', examples('newsgraph stats --json'))
    .action(run((o) => runStats(o)));

  program
    .command('export')
    .description('Write the whole graph as NDJSON (lossless; import it with `newsgraph import`).')
    .option('-o, --output <file>', 'file to write (default: stdout)')
    .addHelpText('after', examples('newsgraph export > graph.ndjson', 'newsgraph export -o backup.ndjson'))
    .action(run((o) => runExport(o)));

  program
    .command('import')
    .description('Load a graph written by `newsgraph export` (rows already present are kept).')
    .argument('<file>', 'NDJSON export, or - for stdin')
    .addHelpText(
      'after',
      examples('DATABASE_URL=postgres://localhost/newsgraph newsgraph import graph.ndjson'),
    )
    .action(run((file: string) => runImport(file)));

  program
    .command('eval')
    .description(
      'Ingest gold-annotated articles into a throwaway database and print precision, recall and F1.',
    )
    .requiredOption('--gold <file>', 'gold annotations (JSON, corpus format)')
    .argument(
      '[articles...]',
      'article files or directories (default: the articles/ folder beside the gold file)',
    )
    .addOption(
      new Option('--split <split>', 'which split of the gold').choices(['dev', 'test', 'all']).default('all'),
    )
    .option('--lang <code>', 'only articles in this language (en, hi)')
    .option('-v, --verbose', 'list misses and false hits')
    .option('--json', 'print the scores as JSON')
    .addHelpText(
      'after',
      examples(
        'newsgraph eval --gold ../shared/corpus/gold.json --split test',
        'newsgraph eval --gold packages/ingest/test/fixtures/seeds-gold.json seeds/',
      ),
    )
    .action(run((articles: string[], o) => runEval(articles, o)));

  return program;
}

export async function main(argv = process.argv): Promise<number> {
  exitCode = 0;
  const program = buildProgram();
  for (const command of program.commands) command.exitOverride();
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.exitCode === 0
        ? 0
        : 2;
    }
    if (error instanceof CommandError) {
      process.stderr.write(`newsgraph: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`newsgraph: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
