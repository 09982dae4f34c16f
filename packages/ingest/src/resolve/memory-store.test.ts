import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleEntity, Doc, EntityType, Mention } from '../domain.js';
import { type GoldArticle, loadGold, splitOf } from '../eval/load-gold.js';
import { corpusDir, loadExtract, seedsPaths } from '../eval/run-eval.js';
import { type MentionRef, type MergeScore, scoreMerges } from '../eval/score-merges.js';
import { entityAliases, type ResolvableDoc } from './match-entities.js';
import { describeEntities, MemoryEntityStore, resolveArticles } from './memory-store.js';

// ------------------------------------------------------------------------------ helpers

type Item = { id: string; doc: ResolvableDoc };

/** Article entities from compact specs: `[type, name, ...aliases]`, one NAME mention per alias. */
function article(
  specs: Array<[EntityType, string, ...string[]]>,
  affiliations: Array<[number, number]> = [],
) {
  const entities: ArticleEntity[] = specs.map(([type, name, ...aliases]) => ({
    type,
    name,
    aliases: aliases.length > 0 ? aliases : [name],
    descriptions: [],
    titles: [],
    confidence: 0.9,
  }));
  const mentions: Mention[] = entities.flatMap((e, entity) =>
    e.aliases.map((text, k) => ({
      start: entity * 100 + k * 20,
      end: entity * 100 + k * 20 + text.length,
      text,
      type: e.type,
      entity,
      form: 'NAME' as const,
      extractor: 'test',
      confidence: 0.9,
    })),
  );
  return {
    entities,
    mentions,
    affiliations: affiliations.map(([person, organization]) => ({
      person,
      organization,
      role: 'leader',
      span: { start: 0, end: 1 },
      extractor: 'test',
      confidence: 0.9,
    })),
  };
}

function ingestAll(items: readonly Item[]): MemoryEntityStore {
  const store = new MemoryEntityStore();
  for (const item of items) store.ingest(item.id, item.doc);
  return store;
}

/** A fixed pseudo-random shuffle (so the test is repeatable). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// ------------------------------------------------------------------------------ synthetic wire stories

// What the entity stage finds in a handful of invented reports about Uttar Pradesh politics,
// in English and Hindi, in the forms the wires and Hindi papers use.
const stories: Item[] = [
  {
    id: 'en-meeting',
    doc: article(
      [
        ['PERSON', 'Akhilesh Yadav', 'SP president Akhilesh Yadav', 'Akhilesh Yadav', 'Akhilesh'],
        ['PERSON', 'Azam Khan', 'senior leader Azam Khan', 'Azam Khan', 'Khan'],
        ['ORGANIZATION', 'Samajwadi Party', 'Samajwadi Party', 'SP'],
      ],
      [
        [0, 2],
        [1, 2],
      ],
    ),
  },
  {
    id: 'hi-meeting',
    doc: article(
      [
        ['PERSON', 'आजम खां', 'सपा नेता आजम खां', 'आज़म खां'],
        ['PERSON', 'अखिलेश यादव', 'पार्टी अध्यक्ष अखिलेश यादव', 'अखिलेश यादव'],
        ['ORGANIZATION', 'समाजवादी पार्टी', 'समाजवादी पार्टी', 'सपा'],
      ],
      [[0, 2]],
    ),
  },
  {
    id: 'en-family',
    doc: article([
      ['PERSON', 'Mulayam Singh Yadav', 'Mulayam Singh Yadav'],
      ['PERSON', 'Dharmendra Yadav', 'former MP Dharmendra Yadav', 'Dharmendra Yadav'],
      ['PERSON', 'Akhilesh Yadav', 'Akhilesh Yadav'],
    ]),
  },
  {
    id: 'hi-short',
    doc: article([
      ['PERSON', 'आजम', 'आजम'],
      ['PERSON', 'अखिलेश यादव', 'अखिलेश यादव'],
    ]),
  },
  {
    id: 'hi-family',
    doc: article([
      ['PERSON', 'धर्मेंद्र यादव', 'सांसद धर्मेंद्र यादव', 'धर्मेंद्र यादव'],
      ['PERSON', 'मुलायम सिंह यादव', 'मुलायम सिंह यादव'],
    ]),
  },
  {
    id: 'en-other-khan',
    doc: article([
      ['PERSON', 'Imran Khan', 'former Pakistan prime minister Imran Khan', 'Imran Khan', 'Khan'],
      ['PERSON', 'Nawaz Sharif', 'Nawaz Sharif'],
    ]),
  },
];

describe('MemoryEntityStore over invented wire stories', () => {
  const orders = {
    'as written': stories,
    reverse: [...stories].reverse(),
    shuffled: shuffled(stories, 7),
  };

  it('ends with the same people, aliases and counts whatever the ingest order', () => {
    const [first, ...others] = Object.values(orders).map((items) => describeEntities(ingestAll(items)));
    for (const other of others) expect(other).toEqual(first);
  });

  it('keeps one person per real person across scripts and apart from namesakes', () => {
    for (const items of Object.values(orders)) {
      const persons = ingestAll(items)
        .entities()
        .filter((e) => e.type === 'PERSON')
        .map((e) => e.name)
        .sort();
      expect(persons).toEqual([
        'Akhilesh Yadav',
        'Azam Khan',
        'Dharmendra Yadav',
        'Imran Khan',
        'Mulayam Singh Yadav',
        'Nawaz Sharif',
      ]);
    }
  });

  it('keeps every surface form of a person with its count', () => {
    const azam = ingestAll(stories)
      .entities()
      .find((e) => e.name === 'Azam Khan');
    expect(
      Object.fromEntries([...(azam?.aliases.values() ?? [])].map((alias) => [alias.form, alias.count])),
    ).toEqual({
      'Azam Khan': 1,
      'senior leader Azam Khan': 1,
      Khan: 1,
      'आजम खां': 0,
      'सपा नेता आजम खां': 1,
      'आज़म खां': 1,
      आजम: 1,
    });
  });

  it('keeps one organisation for सपा, समाजवादी पार्टी, SP and Samajwadi Party', () => {
    const store = ingestAll(stories);
    const orgs = store.entities().filter((e) => e.type === 'ORGANIZATION');
    // Without lexicon ids (this test) the Hindi and English names are keyed apart; with the
    // lexicon id the entity stage sets, they are one (see the corpus test below).
    expect(orgs.map((o) => o.name).sort()).toEqual(['Samajwadi Party', 'समाजवादी पार्टी']);
  });
});

describe('a short form across articles', () => {
  const withColleague = (short: string): Item => ({
    id: `short-${short}`,
    doc: article([
      ['PERSON', short, short],
      ['PERSON', 'Akhilesh Yadav', 'Akhilesh Yadav'],
    ]),
  });
  const names = (items: Item[]) =>
    ingestAll(items)
      .entities()
      .filter((e) => e.type === 'PERSON')
      .map((e) => [...e.aliases.keys()].sort().join(' | '))
      .sort();

  it('joins the one full name that fits it and shares a co-mentioned person, in either order', () => {
    const items = [stories[0]!, withColleague('Khan')];
    expect(names(items)).toEqual(names([...items].reverse()));
    expect(names(items)).toContain('Akhilesh | Akhilesh Yadav | SP president Akhilesh Yadav');
    expect(names(items)).toContain('Azam Khan | Khan | senior leader Azam Khan');
  });

  it('stays apart when two stored full names fit it', () => {
    const items = [stories[0]!, stories[5]!, withColleague('Khan')];
    expect(names(items)).toContain('Khan');
  });

  it('stays joined when a namesake is stored only later (the one order-dependent rule)', () => {
    const early = [stories[0]!, withColleague('Khan'), stories[5]!];
    expect(names(early)).not.toContain('Khan');
    const late = [stories[0]!, stories[5]!, withColleague('Khan')];
    expect(names(late)).toContain('Khan');
  });
});

// ------------------------------------------------------------------------------ namesakes

// Politicians who share surnames, given names and parties, as English and Hindi reports name them.
const PEOPLE: Array<{ id: string; en: string; hi: string; party: string }> = [
  { id: 'akhilesh', en: 'Akhilesh Yadav', hi: 'अखिलेश यादव', party: 'SP' },
  { id: 'dharmendra', en: 'Dharmendra Yadav', hi: 'धर्मेंद्र यादव', party: 'SP' },
  { id: 'mulayam', en: 'Mulayam Singh Yadav', hi: 'मुलायम सिंह यादव', party: 'SP' },
  { id: 'shivpal', en: 'Shivpal Singh Yadav', hi: 'शिवपाल सिंह यादव', party: 'SP' },
  { id: 'dimple', en: 'Dimple Yadav', hi: 'डिंपल यादव', party: 'SP' },
  { id: 'ramgopal', en: 'Ram Gopal Yadav', hi: 'राम गोपाल यादव', party: 'SP' },
  { id: 'tejpratap', en: 'Tej Pratap Yadav', hi: 'तेज प्रताप यादव', party: 'RJD' },
  { id: 'tejashwi', en: 'Tejashwi Yadav', hi: 'तेजस्वी यादव', party: 'RJD' },
  { id: 'rahul', en: 'Rahul Gandhi', hi: 'राहुल गांधी', party: 'INC' },
  { id: 'sonia', en: 'Sonia Gandhi', hi: 'सोनिया गांधी', party: 'INC' },
  { id: 'priyanka', en: 'Priyanka Gandhi Vadra', hi: 'प्रियंका गांधी वाड्रा', party: 'INC' },
  { id: 'varun', en: 'Varun Gandhi', hi: 'वरुण गांधी', party: 'BJP' },
  { id: 'maneka', en: 'Maneka Gandhi', hi: 'मेनका गांधी', party: 'BJP' },
  { id: 'azam', en: 'Azam Khan', hi: 'आजम खां', party: 'SP' },
  { id: 'abdullah', en: 'Abdullah Azam Khan', hi: 'अब्दुल्ला आजम खां', party: 'SP' },
  { id: 'imran', en: 'Imran Khan', hi: 'इमरान ख़ान', party: 'PTI' },
  { id: 'rajnath', en: 'Rajnath Singh', hi: 'राजनाथ सिंह', party: 'BJP' },
  { id: 'manmohan', en: 'Manmohan Singh', hi: 'मनमोहन सिंह', party: 'INC' },
  { id: 'digvijay', en: 'Digvijay Singh', hi: 'दिग्विजय सिंह', party: 'INC' },
];
const PARTIES: Record<string, [string, string]> = {
  SP: ['Samajwadi Party', 'समाजवादी पार्टी'],
  RJD: ['Rashtriya Janata Dal', 'राष्ट्रीय जनता दल'],
  INC: ['Congress', 'कांग्रेस'],
  BJP: ['Bharatiya Janata Party', 'भारतीय जनता पार्टी'],
  PTI: ['Pakistan Tehreek-e-Insaf', 'पाकिस्तान तहरीक-ए-इंसाफ'],
};

/**
 * Articles naming two to four of them (every combination of a fixed stride), alternately in
 * English and Hindi, each person with a titled form and, when no one else in the article shares
 * the surname, the surname alone; parties with lexicon ids and affiliations. Returns the articles and
 * the person id behind each article entity.
 */
function namesakeArticles(): { items: Item[]; truth: Map<string, string[]> } {
  const items: Item[] = [];
  const truth = new Map<string, string[]>();
  for (let k = 0; k < 40; k++) {
    const size = 2 + (k % 3);
    const people = [
      ...new Set(Array.from({ length: size }, (_, i) => PEOPLE[(k * 7 + i * 5) % PEOPLE.length]!)),
    ];
    const hindi = k % 2 === 1;
    const surname = (name: string) => name.split(' ').at(-1)!;
    const specs: Array<[EntityType, string, ...string[]]> = people.map((person) => {
      const name = hindi ? person.hi : person.en;
      const titled = hindi ? `${PARTIES[person.party]![1]} नेता ${name}` : `${person.party} leader ${name}`;
      const alone =
        people.filter((other) => surname(hindi ? other.hi : other.en) === surname(name)).length === 1;
      return ['PERSON', name, titled, name, ...(alone ? [surname(name)] : [])];
    });
    const parties = [...new Set(people.map((person) => person.party))];
    const orgSpecs = parties.map(
      (party) => ['ORGANIZATION', PARTIES[party]![hindi ? 1 : 0]] as [EntityType, string],
    );
    const doc = article(
      [...specs, ...orgSpecs],
      people.map((person, i) => [i, specs.length + parties.indexOf(person.party)] as [number, number]),
    );
    doc.entities.forEach((entity, i) => {
      if (entity.type === 'ORGANIZATION') entity.lexiconId = `party-${parties[i - specs.length]}`;
    });
    items.push({ id: `a${k}`, doc });
    truth.set(
      `a${k}`,
      people.map((person) => person.id),
    );
  }
  return { items, truth };
}

/** Pairwise precision and recall of person entities over (article, entity) pairs. */
function pairScore(store: MemoryEntityStore, ids: Map<string, string[]>, truth: Map<string, string[]>) {
  const rows: Array<{ got: string; want: string }> = [];
  for (const [articleId, people] of truth) {
    people.forEach((want, i) => {
      rows.push({ got: store.get(ids.get(articleId)![i]!)?.id ?? '?', want });
    });
  }
  let truePairs = 0;
  let predicted = 0;
  let gold = 0;
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      const same = rows[i]!.got === rows[j]!.got;
      const real = rows[i]!.want === rows[j]!.want;
      if (same) predicted++;
      if (real) gold++;
      if (same && real) truePairs++;
    }
  }
  return { precision: truePairs / predicted, recall: truePairs / gold };
}

describe('MemoryEntityStore over namesakes in English and Hindi', () => {
  const { items, truth } = namesakeArticles();

  it.each([
    ['as generated', items],
    ['reversed', [...items].reverse()],
    ['shuffled', shuffled(items, 11)],
  ])('never merges two namesakes and finds every person in both scripts (%s)', (_order, order) => {
    const store = new MemoryEntityStore();
    const ids = new Map<string, string[]>();
    for (const item of order) ids.set(item.id, store.ingest(item.id, item.doc).ids);
    const score = pairScore(store, ids, truth);
    expect(score.precision).toBe(1);
    expect(score.recall).toBe(1);
    const names = store
      .entities()
      .filter((e) => e.type === 'PERSON')
      .map((e) => e.name)
      .sort();
    expect(names).toEqual(PEOPLE.map((p) => p.en).sort());
  });
});

describe('MemoryEntityStore over random sets of articles with full names', () => {
  // Any subset of the politicians above, named in English, Hindi or with a title, with or without
  // their parties: every ingest order gives the same entities, and no entity holds two people.
  const arbitraryArticle = fc.record({
    people: fc.uniqueArray(fc.nat(PEOPLE.length - 1), { minLength: 1, maxLength: 4 }),
    forms: fc.array(fc.constantFrom('en', 'hi', 'titled'), { minLength: 4, maxLength: 4 }),
    parties: fc.boolean(),
  });

  function build(spec: { people: number[]; forms: string[]; parties: boolean }, id: string) {
    const people = spec.people.map((i) => PEOPLE[i]!);
    const specs = people.map((person, i): [EntityType, string, ...string[]] => {
      const form = spec.forms[i];
      if (form === 'hi') return ['PERSON', person.hi, person.hi];
      if (form === 'titled') return ['PERSON', person.en, `${person.party} leader ${person.en}`, person.en];
      return ['PERSON', person.en, person.en];
    });
    const parties = spec.parties ? [...new Set(people.map((p) => p.party))] : [];
    const doc = article(
      [...specs, ...parties.map((party): [EntityType, string] => ['ORGANIZATION', PARTIES[party]![0]])],
      spec.parties
        ? people.map((p, i): [number, number] => [i, specs.length + parties.indexOf(p.party)])
        : [],
    );
    parties.forEach((party, i) => {
      doc.entities[specs.length + i]!.lexiconId = `party-${party}`;
    });
    return { item: { id, doc }, truth: people.map((p) => p.id) };
  }

  it('gives the same entities in three orders and never merges two people', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryArticle, { minLength: 2, maxLength: 12 }),
        fc.nat(10_000),
        (specs, seed) => {
          const built = specs.map((spec, k) => build(spec, `r${k}`));
          const items = built.map((b) => b.item);
          const runs = [items, [...items].reverse(), shuffled(items, seed)].map((order) => {
            const store = new MemoryEntityStore();
            const ids = new Map<string, string[]>();
            for (const item of order) ids.set(item.id, store.ingest(item.id, item.doc).ids);
            return { store, ids };
          });
          const described = runs.map((run) => describeEntities(run.store));
          expect(described[1]).toEqual(described[0]);
          expect(described[2]).toEqual(described[0]);
          const people = new Map<string, Set<string>>();
          built.forEach(({ item, truth }) => {
            truth.forEach((person, i) => {
              const id = runs[0]!.ids.get(item.id)![i]!;
              people.set(id, new Set([...(people.get(id) ?? []), person]));
            });
          });
          for (const set of people.values()) expect(set.size).toBe(1);
        },
      ),
      { numRuns: 60, seed: 20251107 },
    );
  });
});

// ------------------------------------------------------------------------------ the corpus

interface Corpus {
  gold: GoldArticle[];
  items: Array<Item & { doc: Doc }>;
  split: (file: string) => string;
}

async function loadCorpus(): Promise<Corpus | null> {
  const corpusGold = path.join(corpusDir(), 'gold.json');
  if (!fs.existsSync(corpusGold)) return null;
  const { extract } = await loadExtract();
  const corpus = loadGold(corpusGold);
  const seeds = seedsPaths();
  const seedGold = loadGold(seeds.goldFile);
  const items: Corpus['items'] = [];
  const read = (dir: string, articles: readonly GoldArticle[]) => {
    for (const a of articles) {
      const body = fs.readFileSync(path.join(dir, a.file), 'utf8');
      items.push({ id: a.file, doc: extract({ ingestedFrom: a.file, body }) as Doc });
    }
  };
  read(path.join(corpusDir(), 'articles'), corpus.articles);
  read(seeds.articlesDir, seedGold.articles);
  for (const item of items) if (item.doc instanceof Promise) throw new Error('async extract');
  return {
    gold: [...corpus.articles, ...seedGold.articles],
    items,
    split: (file) => (file.includes('_') ? 'seeds' : splitOf(corpus, file)),
  };
}

const TYPES = { persons: 'PERSON', organizations: 'ORGANIZATION', places: 'PLACE' } as const;

/** Mention clusters: every recorded alias of every article entity, grouped by resolved id. */
function clustersOf(items: Corpus['items'], ids: Map<string, string[]>, type: EntityType): MentionRef[][] {
  const clusters = new Map<string, MentionRef[]>();
  for (const item of items) {
    const own = ids.get(item.id) ?? [];
    item.doc.entities.forEach((entity, index) => {
      if (entity.type !== type) return;
      const id = own[index] ?? `${item.id}#${index}`;
      const list = clusters.get(id) ?? [];
      for (const alias of entityAliases(item.doc, index)) list.push({ file: item.id, surface: alias.form });
      clusters.set(id, list);
    });
  }
  return [...clusters.values()];
}

const pct = (x: number | null) => (x === null ? '  -  ' : `${(100 * x).toFixed(1)}%`.padStart(6));

function row(label: string, score: MergeScore): string {
  const { all, crossArticle } = score;
  return `${label.padEnd(26)} ${String(score.mentions).padStart(5)}  P ${pct(all.precision)}  R ${pct(all.recall)}  | cross-article P ${pct(crossArticle.precision)}  R ${pct(crossArticle.recall)}  (false ${crossArticle.falsePairs}, missed ${crossArticle.missedPairs})`;
}

describe('cross-article resolution of the shared corpus and the samples', async () => {
  const corpus = await loadCorpus();

  it.skipIf(corpus === null)('gives the same entities in three ingest orders, reverse included', () => {
    const items = corpus!.items;
    const orders = [items, [...items].reverse(), shuffled(items, 2025)];
    const [first, ...others] = orders.map((order) => describeEntities(resolveArticles(order).store));
    for (const other of others) expect(other).toEqual(first);
  });

  it.skipIf(corpus === null)(
    'merges mentions across articles with pairwise precision of at least 0.98',
    () => {
      const { gold, items, split } = corpus!;
      const { ids } = resolveArticles(items);
      const lines = ['merge scores (pairs of (article, surface form) mentions):', ''];
      for (const [kind, type] of Object.entries(TYPES) as Array<[keyof typeof TYPES, EntityType]>) {
        const clusters = clustersOf(items, ids, type);
        for (const [label, articles] of [
          ['all', gold],
          ['dev', gold.filter((a) => split(a.file) === 'dev')],
          ['test', gold.filter((a) => split(a.file) === 'test')],
          ['seeds', gold.filter((a) => split(a.file) === 'seeds')],
          ['hi', gold.filter((a) => a.language === 'hi')],
        ] as const) {
          const score = scoreMerges(articles, clusters, kind);
          lines.push(row(`${kind} ${label}`, score));
          if (label === 'all') {
            for (const miss of score.falseMerges)
              lines.push(`  false merge: ${Object.keys(miss.entities).join(' / ')}`);
            if (kind === 'persons') expect(score.all.precision ?? 1).toBeGreaterThanOrEqual(0.98);
            if (kind === 'persons') expect(score.crossArticle.precision ?? 1).toBeGreaterThanOrEqual(0.98);
          }
        }
      }
      console.log(lines.join('\n'));
    },
  );

  it.skipIf(corpus === null)('gives the samples one person per name in both scripts and one SP', () => {
    const seeds = corpus!.items.filter((item) => item.id.includes('_'));
    const { store } = resolveArticles(seeds);
    const persons = store.entities().filter((e) => e.type === 'PERSON');
    const named = (name: string) => persons.filter((p) => p.name === name);
    expect(named('Akhilesh Yadav')).toHaveLength(1);
    expect(named('Azam Khan')).toHaveLength(1);
    expect([...named('Azam Khan')[0]!.aliases.keys()]).toEqual(
      expect.arrayContaining(['Azam Khan', 'आजम खां']),
    );
    expect([...named('Akhilesh Yadav')[0]!.aliases.keys()]).toEqual(
      expect.arrayContaining(['Akhilesh Yadav', 'अखिलेश यादव']),
    );
    const sp = store.entities().filter((e) => e.type === 'ORGANIZATION' && e.aliases.has('सपा'));
    expect(sp).toHaveLength(1);
    expect(sp[0]!.aliases.has('SP')).toBe(true);
  });
});
