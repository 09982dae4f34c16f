import { describe, expect, it } from 'vitest';
import type { ArticleAffiliation, ArticleEntity, EntityType, Mention, PlaceKind } from '../domain.js';
import {
  type CandidateMember,
  type EntityCandidate,
  entityAliases,
  lookupKeys,
  memberOf,
  membersFromMentions,
  planEntityMerge,
  type ResolvableDoc,
  resolveArticleEntities,
} from './match-entities.js';

interface Spec {
  type?: EntityType;
  name: string;
  aliases?: string[];
  lexiconId?: string;
  latinName?: string;
  gender?: 'm' | 'f';
  placeKind?: PlaceKind;
}

/** An extracted article: entities with one NAME mention per alias, affiliations as [person, org]. */
function article(specs: Spec[], affiliations: Array<[number, number | null]> = []): ResolvableDoc {
  const entities: ArticleEntity[] = specs.map((s) => ({
    type: s.type ?? 'PERSON',
    name: s.name,
    aliases: s.aliases ?? [s.name],
    descriptions: [],
    titles: [],
    confidence: 0.9,
    ...(s.lexiconId ? { lexiconId: s.lexiconId } : {}),
    ...(s.latinName ? { latinName: s.latinName } : {}),
    ...(s.gender ? { gender: s.gender } : {}),
    ...(s.placeKind ? { placeKind: s.placeKind } : {}),
  }));
  let offset = 0;
  const mentions: Mention[] = entities.flatMap((e, entity) =>
    e.aliases.map((text) => {
      const start = offset;
      offset += text.length + 1;
      return {
        start,
        end: start + text.length,
        text,
        type: e.type,
        entity,
        form: 'NAME' as const,
        extractor: 'test',
        confidence: 0.9,
      };
    }),
  );
  const affs: ArticleAffiliation[] = affiliations.map(([person, organization]) => ({
    person,
    organization,
    role: 'leader',
    span: { start: 0, end: 1 },
    extractor: 'test',
    confidence: 0.9,
  }));
  return { entities, mentions, affiliations: affs };
}

/** What one stored article said about a candidate. */
function member(more: Partial<CandidateMember> = {}): CandidateMember {
  return { forms: [], coPersons: [], organizations: [], affiliations: [], places: [], ...more };
}

function candidate(id: string, forms: string[], more: Partial<EntityCandidate> = {}): EntityCandidate {
  return {
    id,
    type: 'PERSON',
    name: forms[0]!,
    aliases: forms.map((form) => ({ form, count: 1 })),
    articleCount: 1,
    ...more,
  };
}

const SP: Spec = {
  type: 'ORGANIZATION',
  name: 'Samajwadi Party',
  aliases: ['Samajwadi Party', 'SP'],
  lexiconId: 'in-sp',
};
const spStored = candidate('org-sp', ['Samajwadi Party', 'SP', 'सपा'], {
  type: 'ORGANIZATION',
  lexiconId: 'in-sp',
});

function decisionFor(doc: ResolvableDoc, candidates: EntityCandidate[], entity: number) {
  return resolveArticleEntities(doc, candidates).decisions[entity]!;
}

describe('persons with a full name', () => {
  it.each([
    ['अखिलेश यादव', ['पार्टी अध्यक्ष अखिलेश यादव', 'अखिलेश यादव'], 'Akhilesh Yadav'],
    ['आजम खां', ['सपा नेता आजम खां', 'आज़म खां'], 'Azam Khan'],
    ['Akhilesh Yadav', ['SP chief Akhilesh Yadav', 'Akhilesh'], 'अखिलेश यादव'],
    ['Nawaz Sharif', ['Pakistani premier Nawaz Sharif', 'Mr Sharif'], 'नवाज़ शरीफ़'],
  ])('attach %s to the stored person of the same name in the other script', (name, aliases, stored) => {
    const doc = article([{ name, aliases }]);
    const decision = decisionFor(doc, [candidate('p1', [stored])], 0);
    expect(decision.target).toEqual({ kind: 'existing', id: 'p1' });
    expect(decision.reason).toBe('alias-key-exact');
  });

  it.each([
    ['Dharmendra Yadav', ['Akhilesh Yadav', 'Mulayam Singh Yadav']],
    ['Mulayam Singh Yadav', ['Akhilesh Yadav', 'Dharmendra Yadav']],
    ['Akhilesh Yadav', ['Dharmendra Yadav', 'Mulayam Singh Yadav']],
    ['Sonia Gandhi', ['Rahul Gandhi', 'Mahatma Gandhi']],
    ['सोनिया गांधी', ['Rahul Gandhi']],
    ['Imran Khan', ['Azam Khan']],
    ['Azam Khan', ['Imran Khan', 'Abdullah Azam']],
  ])('never attach %s to a namesake (%j)', (name, stored) => {
    const doc = article([{ name }, SP], [[0, 1]]);
    // Even with every context clue shared.
    const sp = { name: 'Samajwadi Party', lexiconId: 'in-sp' };
    const candidates = stored.map((form, i) =>
      candidate(`p${i}`, [form], {
        members: [member({ forms: [form], affiliations: [sp], organizations: [sp] })],
      }),
    );
    const decision = decisionFor(doc, [...candidates, spStored], 0);
    expect(decision.target.kind).toBe('new');
  });

  it('attaches a spelling variant in the same script only when the context agrees', () => {
    const tmcRef = { name: 'Trinamool Congress', lexiconId: 'in-aitc' };
    const stored = candidate('p1', ['Mamata Banerjee'], {
      members: [member({ forms: ['Mamata Banerjee'], affiliations: [tmcRef], organizations: [tmcRef] })],
    });
    const tmc: Spec = { type: 'ORGANIZATION', name: 'Trinamool Congress', lexiconId: 'in-aitc' };
    const tmcStored = candidate('org-tmc', ['Trinamool Congress'], {
      type: 'ORGANIZATION',
      lexiconId: 'in-aitc',
    });
    const alone = article([{ name: 'Mamta Banerji' }]);
    expect(decisionFor(alone, [stored], 0).target.kind).toBe('new');
    const withParty = article([{ name: 'Mamta Banerji' }, tmc], [[0, 1]]);
    const decision = decisionFor(withParty, [stored, tmcStored], 0);
    expect(decision.target).toEqual({ kind: 'existing', id: 'p1' });
    expect(decision.reason).toBe('phonetic+shared-org+org-named');
  });

  it('attaches a Hindi spelling the keys do not share when every word sounds alike', () => {
    const stored = candidate('p1', ['Uddhav Thackeray']);
    const decision = decisionFor(article([{ name: 'उद्धव ठाकरे' }]), [stored], 0);
    expect(decision).toMatchObject({
      target: { kind: 'existing', id: 'p1' },
      reason: 'phonetic-cross-script',
    });
  });

  it('attaches a Hindi spelling with a short sound key only when the article names a shared organisation', () => {
    const mns = { name: 'Maharashtra Navnirman Sena', lexiconId: 'in-mns' };
    const stored = candidate('p1', ['Raj Thackeray'], {
      members: [member({ forms: ['Raj Thackeray'], organizations: [mns] })],
    });
    const party = candidate('org-mns', ['Maharashtra Navnirman Sena'], {
      type: 'ORGANIZATION',
      lexiconId: 'in-mns',
    });
    const doc = article([{ name: 'राज ठाकरे' }, { type: 'ORGANIZATION', name: 'मनसे', lexiconId: 'in-mns' }]);
    const decision = decisionFor(doc, [stored, party], 0);
    expect(decision.target).toEqual({ kind: 'existing', id: 'p1' });
    expect(decision.reason).toBe('phonetic-cross-script+org-named');
    expect(decisionFor(article([{ name: 'राज ठाकरे' }]), [stored], 0).target.kind).toBe('new');
  });

  it('attaches initials and extended names only with strong context', () => {
    const stored = candidate('p1', ['Atal Bihari Vajpayee'], {
      members: [member({ forms: ['Atal Bihari Vajpayee'], coPersons: ['Lal Krishna Advani'] })],
    });
    const advani = candidate('p9', ['Lal Krishna Advani']);
    const withColleague = article([
      { name: 'A.B. Vajpayee' },
      { name: 'L K Advani', aliases: ['Lal Krishna Advani'] },
    ]);
    expect(decisionFor(withColleague, [stored, advani], 0)).toMatchObject({
      target: { kind: 'existing', id: 'p1' },
      reason: 'initials+co-person',
    });
    expect(decisionFor(article([{ name: 'A.B. Vajpayee' }]), [stored], 0).target.kind).toBe('new');
  });

  it('does not attach a woman to a man of a similar name', () => {
    const stored = candidate('p1', ['Kamal Kishore'], {
      gender: 'm',
      members: [
        member({ forms: ['Kamal Kishore'], affiliations: [{ name: 'Samajwadi Party', lexiconId: 'in-sp' }] }),
      ],
    });
    const doc = article([{ name: 'Kamla Kishore', gender: 'f' }, SP], [[0, 1]]);
    expect(decisionFor(doc, [stored, spStored], 0).target.kind).toBe('new');
  });
});

describe('single-word names', () => {
  const azam = candidate('p-azam', ['Azam Khan', 'आजम खां'], {
    members: [member({ forms: ['Azam Khan'], coPersons: ['Akhilesh Yadav'] })],
  });
  const akhilesh = candidate('p-akhilesh', ['Akhilesh Yadav'], {
    members: [member({ forms: ['Akhilesh Yadav'], coPersons: ['Azam Khan'] })],
  });
  const imran = candidate('p-imran', ['Imran Khan'], {
    members: [member({ forms: ['Imran Khan'], coPersons: ['Akhilesh Yadav'] })],
  });

  it('attach to the one full name that fits when the article shares its context', () => {
    const doc = article([{ name: 'Khan', aliases: ['Mr Khan', 'Khan'] }, { name: 'Akhilesh Yadav' }]);
    const resolution = resolveArticleEntities(doc, [azam, akhilesh]);
    expect(resolution.decisions[0]).toMatchObject({
      target: { kind: 'existing', id: 'p-azam' },
      reason: 'short-form-in-context+co-person',
    });
  });

  it('stay apart without context', () => {
    const doc = article([{ name: 'Khan' }]);
    expect(decisionFor(doc, [azam, akhilesh], 0).target.kind).toBe('new');
  });

  it('stay apart when two full names fit', () => {
    const doc = article([{ name: 'खां' }, { name: 'अखिलेश यादव' }]);
    expect(decisionFor(doc, [azam, akhilesh, imran], 0).target.kind).toBe('new');
  });

  it('never join another single-word entity', () => {
    const storedKhan = candidate('p-khan', ['Khan'], {
      members: [member({ forms: ['Khan'], coPersons: ['Akhilesh Yadav'] })],
    });
    const doc = article([{ name: 'Khan' }, { name: 'Akhilesh Yadav' }]);
    expect(decisionFor(doc, [storedKhan, akhilesh], 0).target.kind).toBe('new');
  });

  it('are claimed later by the full name they stand for', () => {
    // A Hindi article named him only "मोदी", beside Amit Shah; now an article names him in full.
    const modiOnly = candidate('p-modi', ['मोदी'], {
      members: [member({ forms: ['मोदी'], coPersons: ['अमित शाह'] })],
    });
    const shah = candidate('p-shah', ['Amit Shah'], {
      members: [member({ forms: ['अमित शाह'], coPersons: ['मोदी'] })],
    });
    const doc = article([
      { name: 'Narendra Modi', aliases: ['Prime Minister Narendra Modi', 'Modi'] },
      { name: 'Amit Shah' },
    ]);
    const resolution = resolveArticleEntities(doc, [modiOnly, shah]);
    expect(resolution.decisions[0]).toMatchObject({
      target: { kind: 'existing', id: 'p-modi' },
      reason: 'full-name-of-short-form+co-person',
    });
    // When the full name is stored already, the single-word entity is merged into it.
    const modi = candidate('p-narendra', ['Narendra Modi'], { articleCount: 3 });
    const again = resolveArticleEntities(doc, [modiOnly, shah, modi]);
    expect(again.decisions[0]?.target).toEqual({ kind: 'existing', id: 'p-narendra' });
    expect(again.merges).toEqual([
      expect.objectContaining({ keepId: 'p-narendra', mergeId: 'p-modi', entityType: 'PERSON' }),
    ]);
  });

  it('are not claimed by a full name they were mentioned beside as someone else', () => {
    const yadavOnly = candidate('p-yadav', ['Yadav'], {
      coPersonIds: ['p-akhilesh', 'p-azam'],
      members: [member({ forms: ['Yadav'], coPersons: ['Akhilesh Yadav', 'Azam Khan'] })],
    });
    const doc = article([{ name: 'Akhilesh Yadav' }, { name: 'Azam Khan' }]);
    const resolution = resolveArticleEntities(doc, [yadavOnly, akhilesh, azam]);
    expect(resolution.merges).toEqual([]);
    expect(resolution.decisions[0]?.target).toEqual({ kind: 'existing', id: 'p-akhilesh' });
  });
});

describe('merges proved by an article', () => {
  it('merges a Hindi-only and an English-only person an article names both ways', () => {
    const hindi = candidate('p-hi', ['ममता बनर्जी'], { articleCount: 2, createdAt: '2025-01-01' });
    const english = candidate('p-en', ['Mamata Banerjee'], { articleCount: 2, createdAt: '2025-02-01' });
    const doc = article([{ name: 'Mamata Banerjee', aliases: ['Mamata Banerjee', 'ममता बनर्जी'] }]);
    const resolution = resolveArticleEntities(doc, [english, hindi]);
    expect(resolution.merges).toEqual([
      {
        entityType: 'PERSON',
        keepId: 'p-hi',
        mergeId: 'p-en',
        mergedName: 'Mamata Banerjee',
        reason: 'linked-by-article:alias-key-exact',
        score: 0.9,
      },
    ]);
    expect(resolution.decisions[0]?.target).toEqual({ kind: 'existing', id: 'p-hi' });
  });

  it('plans no merge of two people an article wrongly names as one', () => {
    const akhilesh = candidate('p1', ['Akhilesh Yadav']);
    const dharmendra = candidate('p2', ['Dharmendra Yadav']);
    const doc = article([{ name: 'Akhilesh Yadav', aliases: ['Akhilesh Yadav', 'Dharmendra Yadav'] }]);
    const resolution = resolveArticleEntities(doc, [akhilesh, dharmendra]);
    expect(resolution.merges).toEqual([]);
    expect(resolution.decisions[0]?.target).toEqual({ kind: 'existing', id: 'p1' });
  });

  it('ignores a coreference slip: a conflicting alias neither matches nor is recorded', () => {
    const mahatma = candidate('p-mg', ['Mahatma Gandhi']);
    const doc = article([{ name: 'Rahul Gandhi', aliases: ['Rahul Gandhi', 'Mahatma Gandhi', 'Gandhi'] }]);
    const decision = decisionFor(doc, [mahatma], 0);
    expect(decision.target.kind).toBe('new');
    expect(decision.droppedForms).toEqual(['Mahatma Gandhi']);
    expect(entityAliases(doc, 0).map((a) => a.form)).toEqual(['Rahul Gandhi', 'Gandhi']);
  });
});

describe('planEntityMerge', () => {
  it('keeps the entity in more articles, then the older one', () => {
    const a = candidate('a', ['Azam Khan'], { articleCount: 5, createdAt: '2025-03-01' });
    const b = candidate('b', ['आजम खां'], { articleCount: 2, createdAt: '2025-01-01' });
    expect(planEntityMerge(a, b, { reason: 'curator', score: 1 })).toMatchObject({
      keepId: 'a',
      mergeId: 'b',
    });
    const c = candidate('c', ['आजम खां'], { articleCount: 5, createdAt: '2025-01-01' });
    expect(planEntityMerge(a, c, { reason: 'curator', score: 1 })).toMatchObject({
      keepId: 'c',
      mergeId: 'a',
    });
  });

  it.each([
    ['different lexicon ids', { lexiconId: 'in-sp' }, { lexiconId: 'in-bsp' }, 'ORGANIZATION'],
    ['different genders', { gender: 'm' }, { gender: 'f' }, 'PERSON'],
  ] as const)('refuses entities with %s', (_why, a, b, type) => {
    const x = candidate('x', ['Samajwadi Party'], { type, ...a });
    const y = candidate('y', ['Samajwadi Party'], { type, ...b });
    expect(planEntityMerge(x, y, { reason: 'test', score: 1 })).toBeNull();
  });

  it('refuses namesakes and people mentioned apart in one article', () => {
    const akhilesh = candidate('x', ['Akhilesh Yadav']);
    expect(
      planEntityMerge(akhilesh, candidate('y', ['Dharmendra Yadav']), { reason: 'r', score: 1 }),
    ).toBeNull();
    const apart = candidate('z', ['Akhilesh Singh Yadav'], { coPersonIds: ['x'] });
    expect(planEntityMerge(akhilesh, apart, { reason: 'r', score: 1, relation: 'extension' })).toBeNull();
  });
});

describe('organisations and places', () => {
  it('attaches an acronym, a Hindi name and an English name by the lexicon id', () => {
    for (const spec of [
      { type: 'ORGANIZATION' as const, name: 'सपा', aliases: ['सपा'], lexiconId: 'in-sp' },
      {
        type: 'ORGANIZATION' as const,
        name: 'समाजवादी पार्टी',
        latinName: 'Samajwadi Party',
        lexiconId: 'in-sp',
      },
      SP,
    ]) {
      expect(decisionFor(article([spec]), [spStored], 0)).toMatchObject({
        target: { kind: 'existing', id: 'org-sp' },
        reason: 'lexicon-id',
      });
    }
  });

  it('does not attach an acronym without a lexicon id to an organisation of the same letters', () => {
    const doc = article([{ type: 'ORGANIZATION', name: 'SP', aliases: ['SP'] }]);
    expect(decisionFor(doc, [spStored], 0).target.kind).toBe('new');
  });

  it('does not take a one-word name the lexicon did not claim for the lexicon entity', () => {
    const indian = candidate('org-parl', ['Parliament of India', 'Parliament'], {
      type: 'ORGANIZATION',
      lexiconId: 'in-parliament',
    });
    const doc = article([{ type: 'ORGANIZATION', name: 'Parliament' }]);
    expect(decisionFor(doc, [indian], 0).target.kind).toBe('new');
  });

  it('attaches an organisation without lexicon id by its full name', () => {
    const stored = candidate('org-u', ['Jauhar University'], { type: 'ORGANIZATION' });
    const doc = article([{ type: 'ORGANIZATION', name: 'Jauhar University' }]);
    expect(decisionFor(doc, [stored], 0)).toMatchObject({
      target: { id: 'org-u' },
      reason: 'name-key-exact',
    });
  });

  it('leaves a place name two gazetteer places share unattached', () => {
    const up = candidate('pl-1', ['Rampur'], { type: 'PLACE', lexiconId: 'IN-UP/Rampur' });
    const hp = candidate('pl-2', ['Rampur'], { type: 'PLACE', lexiconId: 'IN-HP/Rampur' });
    const doc = article([{ type: 'PLACE', name: 'Rampur' }]);
    expect(decisionFor(doc, [up, hp], 0).target.kind).toBe('new');
    const known = article([{ type: 'PLACE', name: 'रामपुर', lexiconId: 'IN-UP/Rampur' }]);
    expect(decisionFor(known, [up, hp], 0).target).toEqual({ kind: 'existing', id: 'pl-1' });
  });
});

describe('one article naming a person as two entities', () => {
  const targets = (doc: ResolvableDoc, candidates: EntityCandidate[] = []) =>
    resolveArticleEntities(doc, candidates).decisions.map((d) =>
      d.target.kind === 'new' ? d.target.ref : d.target.id,
    );

  it.each<[string, Spec[]]>([
    ['the name in both scripts', [{ name: 'अखिलेश यादव' }, { name: 'Akhilesh Yadav' }]],
    ['a surname added', [{ name: 'Priyanka Gandhi Vadra' }, { name: 'Priyanka Gandhi' }]],
    ['a middle name dropped', [{ name: 'Mulayam Singh Yadav' }, { name: 'Mulayam Yadav' }]],
    [
      'a compound written as one word',
      [{ name: 'हर्ष वर्धन' }, { name: 'डॉ हर्षवर्धन', aliases: ['डॉ हर्षवर्धन'] }],
    ],
    [
      'a short form the entity stage left apart',
      [{ name: 'नरेंद्र मोदी' }, { name: 'Amit Shah' }, { name: 'मोदी' }],
    ],
  ])('makes one person of %s', (_what, specs) => {
    const [first, second, third] = targets(article(specs));
    expect(specs.length === 3 ? third : second).toBe(first);
  });

  it.each<[string, Spec[]]>([
    ['a father and son', [{ name: 'Azam Khan' }, { name: 'Abdullah Azam Khan' }]],
    ['two of one family', [{ name: 'Akhilesh Yadav' }, { name: 'Dharmendra Yadav' }]],
    [
      'a short form two full names fit',
      [{ name: 'Akhilesh Yadav' }, { name: 'Dharmendra Yadav' }, { name: 'Yadav' }],
    ],
  ])('keeps %s apart', (_what, specs) => {
    expect(new Set(targets(article(specs))).size).toBe(specs.length);
  });

  it('gives the stored person to the other name of the same person in the article', () => {
    const stored = candidate('p1', ['Narendra Modi']);
    const doc = article([{ name: 'नरेंद्र मोदी' }, { name: 'मोदी' }]);
    const decisions = resolveArticleEntities(doc, [stored]).decisions;
    expect(decisions.map((d) => [d.target, d.reason])).toEqual([
      [{ kind: 'existing', id: 'p1' }, 'alias-key-exact'],
      [{ kind: 'existing', id: 'p1' }, 'same-person-in-article'],
    ]);
  });
});

describe('new entities', () => {
  it('creates one person for a name the article writes in both scripts, named in Latin', () => {
    const doc = article([{ name: 'अखिलेश यादव' }, { name: 'Akhilesh Yadav' }]);
    const resolution = resolveArticleEntities(doc, []);
    expect(resolution.created).toEqual([
      {
        ref: 'new:0',
        type: 'PERSON',
        name: 'Akhilesh Yadav',
        key: 'akhilesh yadav',
        lexiconId: null,
        gender: null,
        entities: [0, 1],
      },
    ]);
    expect(resolution.decisions.map((d) => d.target)).toEqual([
      { kind: 'new', ref: 'new:0' },
      { kind: 'new', ref: 'new:0' },
    ]);
  });

  it('records every alias with its keys and mention count', () => {
    const doc = article([{ name: 'आजम खां', aliases: ['सपा नेता आजम खां', 'आजम खां', 'आजम खां'] }]);
    expect(entityAliases(doc, 0)).toEqual([
      { form: 'आजम खां', key: 'ajam khan', phonetic: 'ajm khn', script: 'deva', count: 2 },
      { form: 'सपा नेता आजम खां', key: 'ajam khan', phonetic: 'ajm khn', script: 'deva', count: 1 },
    ]);
  });

  it('asks the store for names, sounds, words and lexicon ids', () => {
    const doc = article([
      { name: 'Akhilesh Yadav', aliases: ['SP chief Akhilesh Yadav'] },
      SP,
      { name: 'Khan' },
    ]);
    const lookup = lookupKeys(doc);
    expect(lookup.lexiconIds).toEqual(['in-sp']);
    expect(lookup.keys).toEqual(expect.arrayContaining(['akhilesh yadav', 'samajvadi party', 'khan']));
    expect(lookup.phonetics).toContain('akhils ydv');
    expect(lookup.tokens).toEqual(expect.arrayContaining(['akhilesh', 'yadav', 'khan']));
  });
});

describe('members (what one article says about a stored person)', () => {
  const doc = article(
    [
      { name: 'Raj Thackeray', aliases: ['MNS chief Raj Thackeray', 'Raj Thackeray'] },
      { name: 'Uddhav Thackeray' },
      { type: 'ORGANIZATION', name: 'Maharashtra Navnirman Sena', aliases: ['MNS'], lexiconId: 'in-mns' },
      { type: 'PLACE', name: 'Mumbai', lexiconId: 'IN-MH/Mumbai', placeKind: 'CITY' },
    ],
    [[0, 2]],
  );

  it('are built the same from an extracted article and from stored mention rows', () => {
    const fromDoc = memberOf(doc, 0);
    expect(fromDoc).toEqual({
      forms: ['Raj Thackeray', 'MNS chief Raj Thackeray'],
      coPersons: ['Uddhav Thackeray'],
      organizations: [{ name: 'Maharashtra Navnirman Sena', lexiconId: 'in-mns', kind: null }],
      affiliations: [{ name: 'Maharashtra Navnirman Sena', lexiconId: 'in-mns', kind: null }],
      places: [{ name: 'Mumbai', lexiconId: 'IN-MH/Mumbai', kind: 'CITY' }],
    });
    const rows = [
      {
        candidateId: 'p1',
        articleId: 'a1',
        entityType: 'PERSON' as const,
        entityId: 'p1',
        text: 'Raj Thackeray',
      },
      {
        candidateId: 'p1',
        articleId: 'a1',
        entityType: 'PERSON' as const,
        entityId: 'p1',
        text: 'MNS chief Raj Thackeray',
      },
      {
        candidateId: 'p1',
        articleId: 'a1',
        entityType: 'PERSON' as const,
        entityId: 'p2',
        text: 'Uddhav Thackeray',
      },
      {
        candidateId: 'p1',
        articleId: 'a1',
        entityType: 'ORGANIZATION' as const,
        entityId: 'o1',
        text: 'Maharashtra Navnirman Sena',
        lexiconId: 'in-mns',
        affiliated: true,
      },
      {
        candidateId: 'p1',
        articleId: 'a1',
        entityType: 'PLACE' as const,
        entityId: 'l1',
        text: 'Mumbai',
        lexiconId: 'IN-MH/Mumbai',
        kind: 'CITY',
      },
    ];
    expect(membersFromMentions(rows).get('p1')).toEqual([fromDoc]);
  });
});
