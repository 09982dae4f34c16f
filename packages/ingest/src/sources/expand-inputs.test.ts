import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayPath, expandInputs, type InputEntry } from './expand-inputs.js';

let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'newsgraph-expand-'));
  const files = [
    'inbox/b-second.txt',
    'inbox/a-first.txt',
    'inbox/Z-upper.txt',
    'inbox/2025/march/ports.md',
    'inbox/2025/feb/budget.json',
    'inbox/.draft.txt',
    'inbox/.git/config',
    'inbox/node_modules/pkg/readme.txt',
    'other/notes.txt',
  ];
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), 'Kochi, Mar 3 Dock workers ended their strike.');
  }
  // A symlink back to the top must not make the walk loop forever.
  symlinkSync(path.join(root, 'inbox'), path.join(root, 'inbox/2025/loop'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

async function expand(inputs: string[]): Promise<InputEntry[]> {
  const entries: InputEntry[] = [];
  for await (const entry of expandInputs(inputs, root)) entries.push(entry);
  return entries;
}

const describeEntry = (entry: InputEntry) => {
  switch (entry.kind) {
    case 'file':
      return entry.display;
    case 'url':
      return `url ${entry.url}`;
    case 'stdin':
      return 'stdin';
    case 'error':
      return `${entry.code} ${entry.display}: ${entry.reason}`;
  }
};

describe('expandInputs', () => {
  it('walks a directory recursively in sorted order, skipping dotfiles and node_modules', async () => {
    expect((await expand(['inbox'])).map(describeEntry)).toEqual([
      'inbox/2025/feb/budget.json',
      'inbox/2025/march/ports.md',
      'inbox/Z-upper.txt',
      'inbox/a-first.txt',
      'inbox/b-second.txt',
    ]);
  });

  it('expands glob patterns to sorted matches, skipping dotfiles', async () => {
    expect((await expand(['inbox/*.txt'])).map(describeEntry)).toEqual([
      'inbox/Z-upper.txt',
      'inbox/a-first.txt',
      'inbox/b-second.txt',
    ]);
    expect((await expand(['inbox/**/*.{md,json}'])).map(describeEntry)).toEqual([
      'inbox/2025/feb/budget.json',
      'inbox/2025/march/ports.md',
    ]);
  });

  it('reads a file named twice, or matched by two inputs, once', async () => {
    expect(
      (await expand(['inbox/a-first.txt', 'inbox/*.txt', './inbox/a-first.txt'])).map(describeEntry),
    ).toEqual(['inbox/a-first.txt', 'inbox/Z-upper.txt', 'inbox/b-second.txt']);
  });

  it('keeps the order of the inputs and passes stdin and URLs through', async () => {
    expect(
      (await expand(['other/notes.txt', '-', 'https://news.example.org/a', 'inbox/b-second.txt', '-'])).map(
        describeEntry,
      ),
    ).toEqual(['other/notes.txt', 'stdin', 'url https://news.example.org/a', 'inbox/b-second.txt']);
  });

  it('reports a missing path and a pattern without matches, and goes on', async () => {
    expect(
      (await expand(['inbox/missing.txt', 'inbox/*.html', 'other/notes.txt'])).map(describeEntry),
    ).toEqual([
      'NOT_FOUND inbox/missing.txt: no such file or directory',
      'NOT_FOUND inbox/*.html: no files match this pattern',
      'other/notes.txt',
    ]);
  });

  it('accepts absolute paths and reads an explicitly named dotfile', async () => {
    const entries = await expand([path.join(root, 'inbox/.draft.txt')]);
    expect(entries).toEqual([
      { kind: 'file', path: path.join(root, 'inbox/.draft.txt'), display: 'inbox/.draft.txt' },
    ]);
  });
});

describe('displayPath', () => {
  it('names files inside the working directory relatively, with forward slashes', () => {
    expect(displayPath('/data/news/inbox/a.txt', '/data/news')).toBe('inbox/a.txt');
  });

  it('names files outside the working directory absolutely', () => {
    expect(displayPath('/srv/feeds/a.xml', '/data/news')).toBe('/srv/feeds/a.xml');
  });
});
