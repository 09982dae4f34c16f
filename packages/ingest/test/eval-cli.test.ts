/**
 * `newsgraph eval`: the real pipeline and persistence on gold-annotated articles, scored from what
 * the database holds. On the sample articles (our own gold) the extraction must be right.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_DIR, REPO_DIR, runCli } from './run-cli.js';

const seedsGold = path.join(PACKAGE_DIR, 'test', 'fixtures', 'seeds-gold.json');
const corpusGold = path.resolve(REPO_DIR, '..', 'shared', 'corpus', 'gold.json');

interface Group {
  name: string;
  scores: Record<string, { precision: number; recall: number; f1: number }>;
  meetingDate: { correct: number; total: number };
  meetingPlace: { correct: number; total: number };
  failedArticles: string[];
}

async function evaluate(args: string[]): Promise<Group[]> {
  const run = await runCli(['eval', '--json', ...args], { databaseUrl: 'pglite:memory' });
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Group[];
}

describe('newsgraph eval on the sample articles', () => {
  it('finds every person with no false one, every quote with its speaker, and both meetings with date and place', async () => {
    const groups = await evaluate(['--gold', seedsGold, path.join(REPO_DIR, 'seeds')]);
    const all = groups.find((g) => g.name === 'all')!;
    const en = groups.find((g) => g.name === 'en')!;
    expect(all.failedArticles).toEqual([]);
    expect(all.scores.persons).toMatchObject({ precision: 1, recall: 1 });
    expect(en.scores.statementsWithSpeaker).toMatchObject({ precision: 1, recall: 1 });
    expect(all.scores.statementsWithSpeaker!.f1).toBeGreaterThanOrEqual(0.95);
    expect(all.scores.meetings).toMatchObject({ precision: 1, recall: 1 });
    expect(en.meetingDate.correct).toBe(en.meetingDate.total);
    expect(all.meetingPlace.correct).toBe(all.meetingPlace.total);
    expect(all.scores.organizations!.precision).toBe(1);
  });
});

describe.runIf(fs.existsSync(corpusGold))('newsgraph eval on the shared corpus', () => {
  it('prints the dev and test tables (dev: people, quotes and meetings mostly right)', async () => {
    const dev = await evaluate(['--gold', corpusGold, '--split', 'dev']);
    const test = await evaluate(['--gold', corpusGold, '--split', 'test']);
    for (const [split, groups] of [
      ['dev', dev],
      ['test', test],
    ] as const) {
      for (const g of groups) {
        const row = (k: string) => g.scores[k]?.f1?.toFixed(3) ?? '-';
        console.log(
          `${split}/${g.name}: persons ${row('persons')} orgs ${row('organizations')} places ${row('places')} ` +
            `statements ${row('statementsWithSpeaker')} meetings ${row('meetings')}`,
        );
      }
    }
    const devEn = dev.find((g) => g.name === 'en')!;
    expect(devEn.scores.persons!.f1).toBeGreaterThanOrEqual(0.9);
    expect(devEn.scores.statementsWithSpeaker!.f1).toBeGreaterThanOrEqual(0.9);
    expect(devEn.scores.meetings!.f1).toBeGreaterThanOrEqual(0.8);
  });
});
