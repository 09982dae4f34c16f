import { describe, expect, it } from 'vitest';
import { type CountedForm, canonicalKey, chooseCanonicalName } from './canonical-name.js';

/** Every ordering of a small list (for order-independence checks). */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('chooseCanonicalName', () => {
  it.each<[string, CountedForm[], string]>([
    [
      'the most frequent full Latin name',
      [
        { form: 'Akhilesh Yadav', count: 7 },
        { form: 'Akhilesh', count: 9 },
        { form: 'अखिलेश यादव', count: 12 },
        { form: 'SP chief Akhilesh Yadav', count: 2 },
      ],
      'Akhilesh Yadav',
    ],
    [
      'the name without its titles',
      [
        { form: 'Tory leader Michael Howard', count: 3 },
        { form: 'Mr Howard', count: 5 },
      ],
      'Michael Howard',
    ],
    [
      'a Devanagari full name over a Latin short form',
      [
        { form: 'आजम खां', count: 4 },
        { form: 'Khan', count: 6 },
      ],
      'आजम खां',
    ],
    [
      'the Latin spelling of a key both scripts share, however few its mentions',
      [
        { form: 'रामपुर', count: 9 },
        { form: 'Rampur', count: 1 },
      ],
      'Rampur',
    ],
    [
      'the longer name when counts tie',
      [
        { form: 'George Bush', count: 2 },
        { form: 'George W. Bush', count: 2 },
      ],
      'George W. Bush',
    ],
    [
      'the usual capitalisation over an all-capitals headline form',
      [
        { form: 'AZAM KHAN', count: 3 },
        { form: 'Azam Khan', count: 1 },
      ],
      'Azam Khan',
    ],
  ])('picks %s', (_what, aliases, name) => {
    expect(chooseCanonicalName(aliases)).toBe(name);
  });

  it('prefers the full organisation name over its acronym', () => {
    const aliases = [
      { form: 'SP', count: 20 },
      { form: 'सपा', count: 8 },
      { form: 'Samajwadi Party', count: 5 },
      { form: 'समाजवादी पार्टी', count: 6 },
    ];
    expect(chooseCanonicalName(aliases, 'ORGANIZATION')).toBe('Samajwadi Party');
  });

  it('gives the same name whatever order the aliases arrive in', () => {
    const aliases = [
      { form: 'Narendra Modi', count: 3 },
      { form: 'नरेंद्र मोदी', count: 3 },
      { form: 'PM Modi', count: 3 },
      { form: 'Narendra Damodardas Modi', count: 1 },
      { form: 'NARENDRA MODI', count: 1 },
    ];
    const names = new Set(permutations(aliases).map((order) => chooseCanonicalName(order)));
    expect([...names]).toEqual(['Narendra Modi']);
  });

  it('keys the canonical name without its titles', () => {
    expect(canonicalKey('Mr Tony Blair')).toBe('tony blair');
    expect(canonicalKey('Samajwadi Party', 'ORGANIZATION')).toBe('samajvadi party');
  });
});
