/**
 * What the CLI prints: a progress bar and a coloured summary table on a terminal; plain progress
 * lines every few seconds otherwise (CI, pipes); JSON with --json.
 */
import cliProgress from 'cli-progress';
import { readIngestEnv } from '../env.js';
import type { IngestResult, IngestSummary } from '../ingest-articles.js';

export interface OutputOptions {
  json?: boolean;
  quiet?: boolean;
  verbose?: boolean;
}

const useColor = () => process.stderr.isTTY && !readIngestEnv().NO_COLOR;
const paint = (code: number) => (text: string) => (useColor() ? `\u001b[${code}m${text}\u001b[0m` : text);
export const color = {
  red: paint(31),
  green: paint(32),
  yellow: paint(33),
  cyan: paint(36),
  dim: paint(2),
  bold: paint(1),
};

/** Progress for a batch of unknown or known size. */
export class Progress {
  private bar: cliProgress.SingleBar | null = null;
  private done = 0;
  private lastLine = 0;
  private readonly started = performance.now();

  constructor(
    private readonly total: number | undefined,
    private readonly options: OutputOptions,
  ) {
    if (!options.quiet && !options.json && process.stderr.isTTY && total !== undefined) {
      this.bar = new cliProgress.SingleBar(
        {
          format: `${color.cyan('{bar}')} {value}/{total} articles | {rate}/s | ETA {eta_formatted} | {last}`,
          stream: process.stderr,
          hideCursor: true,
          clearOnComplete: true,
        },
        cliProgress.Presets.shades_classic,
      );
      this.bar.start(total, 0, { rate: '0.0', last: '' });
    }
  }

  tick(result: IngestResult): void {
    this.done++;
    const rate = this.done / ((performance.now() - this.started) / 1000);
    if (result.status === 'failed' && !this.options.json) {
      this.log(`${color.red('✗')} ${result.error ?? result.origin}`);
    } else if (this.options.verbose && !this.options.json) {
      this.log(`${statusMark(result.status)} ${result.origin} ${color.dim(result.status)}`);
    }
    if (this.bar) {
      this.bar.update(this.done, { rate: rate.toFixed(1), last: truncate(result.origin, 40) });
    } else if (!this.options.quiet && !this.options.json && performance.now() - this.lastLine > 3000) {
      this.lastLine = performance.now();
      const of = this.total !== undefined ? `/${this.total}` : '';
      process.stderr.write(`ingest: ${this.done}${of} articles, ${rate.toFixed(1)}/s\n`);
    }
  }

  log(line: string): void {
    if (this.bar) {
      this.bar.stop();
      process.stderr.write(`${line}\n`);
      this.bar.start(this.total ?? 0, this.done);
    } else {
      process.stderr.write(`${line}\n`);
    }
  }

  stop(): void {
    this.bar?.stop();
  }
}

function statusMark(status: IngestResult['status']): string {
  return status === 'failed' ? color.red('✗') : status === 'unchanged' ? color.dim('=') : color.green('✓');
}

function truncate(text: string, n: number): string {
  return text.length <= n ? text : `…${text.slice(-(n - 1))}`;
}

/** The end-of-batch summary table (stdout). */
export function printSummary(summary: IngestSummary, options: OutputOptions): void {
  if (options.json) {
    const { results, ...rest } = summary;
    process.stdout.write(
      `${JSON.stringify({ ...rest, elapsedMs: Math.round(rest.elapsedMs), articlesPerSecond: Number(rest.articlesPerSecond.toFixed(2)), results }, null, 2)}\n`,
    );
    return;
  }
  if (options.quiet) return;
  const t = summary.totals;
  const a = summary.added;
  const rows: Array<[string, number, (s: string) => string]> = [
    ['new', t.new, color.green],
    ['updated', t.updated, color.green],
    ['unchanged', t.unchanged, color.dim],
    ['near-duplicate', t.nearDuplicate, color.yellow],
    ['failed', t.failed, t.failed ? color.red : color.dim],
    ['persons added', a.persons, (s) => s],
    ['organisations added', a.organizations, (s) => s],
    ['places added', a.places, (s) => s],
    ['statements added', a.statements, (s) => s],
    ['meetings found', a.meetings, (s) => s],
    ['other events found', a.events, (s) => s],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(
    ([label, n, paintRow]) => `  ${label.padEnd(width)}  ${paintRow(String(n).padStart(6))}`,
  );
  const secs = summary.elapsedMs / 1000;
  lines.push(
    `  ${'elapsed'.padEnd(width)}  ${`${secs.toFixed(1)} s`.padStart(6)}  (${summary.articlesPerSecond.toFixed(1)} articles/s)`,
  );
  process.stdout.write(`${color.bold('Ingest summary')}\n${lines.join('\n')}\n`);
}
