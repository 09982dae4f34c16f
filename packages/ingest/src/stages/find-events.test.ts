import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ArticleEntity, ArticleEvent, Doc, EntityType, Mention, PlaceKind } from '../domain.js';
import { extract } from '../pipeline.js';
import { detectLanguage } from './detect-language.js';
import { findEvents } from './find-events.js';
import { createDoc } from './normalize-text.js';
import { parseHeader } from './parse-header.js';
import { splitText } from './split-text.js';

interface EntitySpec {
  /** Surface forms to mark as mentions of this entity (names, short forms, descriptions, pronouns). */
  forms: string[];
  placeKind?: PlaceKind;
}

/**
 * A Doc as the entity stage would leave it: every occurrence of each surface form (longest first,
 * at word edges) becomes a mention of its entity. Stands in for `find-entities` in these tests.
 */
function article(
  body: string,
  entities: { persons?: Record<string, string[]>; places?: Record<string, EntitySpec | string[]> },
  publishedAt: string | null = null,
): Doc {
  let doc = createDoc({ ingestedFrom: 'test.txt', body, publishedAt });
  doc = splitText(parseHeader(detectLanguage(doc)));
  const list: ArticleEntity[] = [];
  const candidates: Omit<Mention, 'text'>[] = [];
  const add = (type: EntityType, name: string, spec: EntitySpec) => {
    const index =
      list.push({
        type,
        name,
        aliases: [],
        descriptions: [],
        titles: [],
        confidence: 1,
        ...(type === 'PLACE' ? { placeKind: spec.placeKind ?? 'CITY' } : {}),
      }) - 1;
    for (const form of spec.forms) {
      for (let i = doc.body.indexOf(form); i >= 0; i = doc.body.indexOf(form, i + 1)) {
        const before = doc.body[i - 1] ?? ' ';
        const after = doc.body[i + form.length] ?? ' ';
        if (/[\p{L}\p{M}]/u.test(before) || /[\p{L}\p{M}]/u.test(after)) continue;
        const pronoun = /^(?:he|she|him|her|they|them|वे|उन्होंने)$/i.test(form);
        candidates.push({
          start: i,
          end: i + form.length,
          type,
          entity: index,
          form: pronoun ? 'PRONOUN' : 'NAME',
          extractor: 'test',
          confidence: 1,
        });
      }
    }
  };
  for (const [name, forms] of Object.entries(entities.persons ?? {})) add('PERSON', name, { forms });
  for (const [name, spec] of Object.entries(entities.places ?? {})) {
    add('PLACE', name, Array.isArray(spec) ? { forms: spec } : spec);
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start));
  const mentions: Mention[] = [];
  for (const c of candidates) {
    if (mentions.some((m) => m.start < c.end && c.start < m.end)) continue;
    mentions.push({ ...c, text: doc.body.slice(c.start, c.end) });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { ...doc, entities: list, mentions };
}

interface Summary {
  kind: string;
  participants: string[];
  date: string | null;
  place: string | null;
  venue: string | null;
  role: string;
}

function summarise(doc: Doc, event: ArticleEvent): Summary {
  return {
    kind: event.kind,
    participants: event.participants.map((i) => doc.entities[i]!.name).sort(),
    date: event.date?.value ?? null,
    place: event.place === null ? null : doc.entities[event.place]!.name,
    venue: event.venue,
    role: event.role,
  };
}

function meetings(doc: Doc): Summary[] {
  const out = findEvents(doc);
  return out.events.filter((e) => e.kind === 'MEETING').map((e) => summarise(out, e));
}

const PEOPLE = {
  'Rajesh Verma': ['Congress leader Rajesh Verma', 'Rajesh Verma', 'Verma', 'राजेश वर्मा', 'वर्मा'],
  'Sunita Rao': ['Chief Minister Sunita Rao', 'Sunita Rao', 'Rao', 'मुख्यमंत्री सुनीता राव', 'सुनीता राव', 'राव'],
  'Omar Malik': ['Omar Malik', 'Mr Malik', 'Malik', 'उमर मलिक'],
};
const PLACES = {
  Lucknow: ['Lucknow', 'लखनऊ'],
  Kanpur: ['Kanpur', 'कानपुर'],
  Chennai: ['Chennai'],
  'New Delhi': ['NEW DELHI', 'New Delhi'],
  Italy: { forms: ['Italy'], placeKind: 'COUNTRY' as const },
};

/** Friday. */
const FRI = '2025-11-07';

describe('meetings reported in English', () => {
  it.each([
    [
      'a "met" lead with weekday, place and venue',
      'Lucknow, Nov 7 (PTI) Congress leader Rajesh Verma on Friday met Chief Minister Sunita Rao at her residence in Lucknow.',
      {
        participants: ['Rajesh Verma', 'Sunita Rao'],
        date: FRI,
        place: 'Lucknow',
        venue: 'her residence',
        role: 'PRIMARY',
      },
    ],
    [
      'talks on the preceding weekday',
      'Rajesh Verma held talks with Omar Malik in Kanpur on Thursday over seat sharing.',
      {
        participants: ['Omar Malik', 'Rajesh Verma'],
        date: '2025-11-06',
        place: 'Kanpur',
        venue: null,
        role: 'PRIMARY',
      },
    ],
    [
      'a courtesy call at a named venue',
      'Omar Malik called on Sunita Rao at Raj Bhavan on Monday.',
      {
        participants: ['Omar Malik', 'Sunita Rao'],
        date: '2025-11-03',
        place: null,
        venue: 'Raj Bhavan',
        role: 'PRIMARY',
      },
    ],
    [
      'two people seen together',
      'Rajesh Verma and Sunita Rao were seen together at a wedding in Chennai on Sunday.',
      {
        participants: ['Rajesh Verma', 'Sunita Rao'],
        date: '2025-11-02',
        place: 'Chennai',
        venue: 'a wedding',
        role: 'PRIMARY',
      },
    ],
    [
      'a visit to someone at home',
      'Sunita Rao visited Omar Malik at his residence in Kanpur yesterday.',
      {
        participants: ['Omar Malik', 'Sunita Rao'],
        date: '2025-11-06',
        place: 'Kanpur',
        venue: 'his residence',
        role: 'PRIMARY',
      },
    ],
    [
      'a meeting followed by a press conference',
      'Rajesh Verma met Sunita Rao in Chennai on Monday and later addressed a joint press conference.',
      {
        participants: ['Rajesh Verma', 'Sunita Rao'],
        date: '2025-11-03',
        place: 'Chennai',
        venue: null,
        role: 'PRIMARY',
      },
    ],
    [
      'a meeting in a relative clause',
      'Omar Malik, who met Sunita Rao on Monday, said the alliance was intact.',
      {
        participants: ['Omar Malik', 'Sunita Rao'],
        date: '2025-11-03',
        place: null,
        venue: null,
        role: 'PRIMARY',
      },
    ],
    [
      'an earlier meeting referred to in past perfect',
      'Rajesh Verma had earlier met Sunita Rao in Kanpur on October 8, soon after the polls.',
      {
        participants: ['Rajesh Verma', 'Sunita Rao'],
        date: '2025-10-08',
        place: 'Kanpur',
        venue: null,
        role: 'REFERENCE',
      },
    ],
    [
      'a meeting on the sidelines of a summit',
      'Omar Malik and Sunita Rao had previously met in Italy in June this year on the sidelines of the Rome Forum.',
      {
        participants: ['Omar Malik', 'Sunita Rao'],
        date: '2025-06',
        place: 'Italy',
        venue: 'the Rome Forum',
        role: 'REFERENCE',
      },
    ],
  ])('finds %s', (_name, body, expected) => {
    expect(meetings(article(body, { persons: PEOPLE, places: PLACES }, FRI))).toEqual([
      { kind: 'MEETING', ...expected },
    ]);
  });

  it('makes one event with every named participant of a multi-party meeting', () => {
    const doc = article(
      'Rajesh Verma, Sunita Rao and Omar Malik met in Chennai on Tuesday.',
      { persons: PEOPLE, places: PLACES },
      FRI,
    );
    expect(meetings(doc)).toEqual([
      expect.objectContaining({
        participants: ['Omar Malik', 'Rajesh Verma', 'Sunita Rao'],
        date: '2025-11-04',
      }),
    ]);
  });

  it('leaves weekdays unresolved in an undated article', () => {
    const doc = article('Mr Malik held talks with Sunita Rao on Friday over the plan.', {
      persons: PEOPLE,
      places: PLACES,
    });
    expect(meetings(doc)).toEqual([
      expect.objectContaining({ participants: ['Omar Malik', 'Sunita Rao'], date: null }),
    ]);
  });

  it('resolves "the pair" to the two people named just before', () => {
    const body =
      'Rajesh Verma argued with Omar Malik over the bill. Verma said it was needed.\n\nLater the pair met in a hotel lobby in Kanpur.';
    expect(meetings(article(body, { persons: PEOPLE, places: PLACES }))).toEqual([
      expect.objectContaining({ participants: ['Omar Malik', 'Rajesh Verma'] }),
    ]);
  });

  it('collects the people a later sentence says attended "the meeting"', () => {
    const body =
      'NEW DELHI: The panel approved the list at its meeting, held in the capital on Monday.\n' +
      'The meeting, chaired by Sunita Rao, went on for three hours.\n' +
      'Besides Rao, the meeting was attended by Rajesh Verma and Omar Malik.';
    expect(meetings(article(body, { persons: PEOPLE, places: PLACES }, '2025-11-04'))).toEqual([
      expect.objectContaining({
        participants: ['Omar Malik', 'Rajesh Verma', 'Sunita Rao'],
        date: '2025-11-03',
        place: 'New Delhi',
      }),
    ]);
  });

  it('completes a meeting at one named host with the people a later sentence says attended it', () => {
    const body =
      'Coalition MPs met on Wednesday at the home of Sunita Rao to plan the budget session. Also present were Rajesh Verma and Omar Malik.';
    expect(meetings(article(body, { persons: PEOPLE, places: PLACES }, FRI))).toEqual([
      expect.objectContaining({
        participants: ['Omar Malik', 'Rajesh Verma', 'Sunita Rao'],
        date: '2025-11-05',
      }),
    ]);
  });

  it.each([
    [
      'the meeting between A, B and C',
      'The meeting between Rajesh Verma, Sunita Rao and Omar Malik lasted an hour.',
      ['Omar Malik', 'Rajesh Verma', 'Sunita Rao'],
    ],
    [
      'talks with A, after which B spoke',
      'A day after his long talks with Mr Malik, Rajesh Verma informed Sunita Rao that he would quit.',
      ['Omar Malik', 'Rajesh Verma'],
    ],
    [
      'a tribute before a meeting',
      'After laying a wreath in tribute to the late Omar Malik, Rajesh Verma met Sunita Rao.',
      ['Rajesh Verma', 'Sunita Rao'],
    ],
  ])('takes the sides of %s from the phrase, not the whole sentence', (_name, body, participants) => {
    // "his" is resolved to Rajesh Verma, as the entity stage does for possessive pronouns.
    const persons = { ...PEOPLE, 'Rajesh Verma': [...PEOPLE['Rajesh Verma'], 'his'] };
    const found = meetings(article(body, { persons, places: PLACES }, FRI));
    expect(found.map((m) => m.participants)).toEqual([participants]);
  });

  it('merges every mention of the same meeting and keeps the best evidence', () => {
    const body =
      'Rajesh Verma meets Sunita Rao\n\n' +
      'Rajesh Verma on Friday met Sunita Rao at her residence in Lucknow.\n\n' +
      'This was his first meeting with Rao since the polls. Their meeting lasted an hour.';
    const doc = article(body, { persons: PEOPLE, places: PLACES }, FRI);
    const out = findEvents(doc);
    const found = out.events.filter((e) => e.kind === 'MEETING');
    expect(found).toHaveLength(1);
    expect(out.body.slice(found[0]!.evidence.start, found[0]!.evidence.end)).toBe(
      'Rajesh Verma on Friday met Sunita Rao at her residence in Lucknow.',
    );
    expect(out.body.slice(found[0]!.dateSpan!.start, found[0]!.dateSpan!.end)).toBe('on Friday');
  });

  it('keeps an earlier meeting in another city apart from the one the article reports', () => {
    const body =
      'Rajesh Verma met Sunita Rao in Lucknow on Friday.\n\nVerma had earlier met Rao in Kanpur on October 8.';
    expect(meetings(article(body, { persons: PEOPLE, places: PLACES }, FRI))).toEqual([
      expect.objectContaining({ date: FRI, place: 'Lucknow', role: 'PRIMARY' }),
      expect.objectContaining({ date: '2025-10-08', place: 'Kanpur', role: 'REFERENCE' }),
    ]);
  });
});

describe('participants named by a pronoun or a description the entity stage resolved', () => {
  // The entity stage resolves "He", "the chief minister", "उन्होंने" to a person; find-events takes such
  // mentions as the named person.
  const resolved = {
    ...PEOPLE,
    'Rajesh Verma': [...PEOPLE['Rajesh Verma'], 'He', 'he', 'The Congress leader', 'उन्होंने', 'वह'],
    'Sunita Rao': [...PEOPLE['Sunita Rao'], 'the chief minister', 'She', 'मुख्यमंत्री'],
  };
  it.each([
    ['Rajesh Verma arrived in Lucknow on Friday. He met Sunita Rao at her residence.', FRI],
    ['Rajesh Verma reached Kanpur on Thursday. He later called on Sunita Rao.', '2025-11-06'],
    ['Sunita Rao is touring Kanpur. The Congress leader met the chief minister on Thursday.', '2025-11-06'],
    ['राजेश वर्मा शुक्रवार को लखनऊ पहुंचे। उन्होंने सुनीता राव से मुलाकात की।', FRI],
    ['राजेश वर्मा शुक्रवार को लखनऊ पहुंचे। वह मुख्यमंत्री से मिले।', FRI],
  ])('finds the meeting in "%s"', (body, date) => {
    expect(meetings(article(body, { persons: resolved, places: PLACES }, FRI))).toEqual([
      expect.objectContaining({ participants: ['Rajesh Verma', 'Sunita Rao'], date }),
    ]);
  });
});

describe('what is not a meeting (English)', () => {
  it.each([
    ['a future meeting', 'Rajesh Verma will meet Sunita Rao on Tuesday.'],
    ['an expected meeting', 'Verma is expected to meet Rao next week in Chennai.'],
    ['a hoped-for meeting', 'Verma said he was looking forward to meeting Sunita Rao in Chennai.'],
    ['a phone call', 'Rajesh Verma spoke to Sunita Rao on the telephone on Monday and discussed the talks.'],
    ['a video conference', 'Verma held talks with Rao over video conference on Monday.'],
    ['a letter', 'Rajesh Verma wrote to Sunita Rao demanding a meeting.'],
    ['a meeting that did not happen', 'Rajesh Verma did not meet Sunita Rao during the visit.'],
    ['a meeting with unnamed people', 'Rajesh Verma met party workers in Kanpur on Monday.'],
    ['a meeting with an organisation only', 'Five unions met Rajesh Verma at the conference in Chennai.'],
    ['an absence', 'Sunita Rao was not present at the meeting chaired by Rajesh Verma.'],
    ['a person who is only talked about', 'Omar Malik met the governor to complain about Sunita Rao.'],
    [
      'a visit to the family of someone',
      'Rajesh Verma visited the family of Omar Malik in Kanpur on Monday.',
    ],
    ['a requested meeting', 'Rajesh Verma had sought a meeting with Sunita Rao.'],
    ['a letter received', 'Rajesh Verma received a letter from Sunita Rao on Monday.'],
    ['a condition', 'Sunita Rao said the pact would hold only if Rajesh Verma met Omar Malik.'],
    [
      'persons near a meeting they are not said to attend',
      'Sunita Rao claimed that Rajesh Verma had changed his stand although everyone agreed at the joint meeting.',
    ],
  ])('ignores %s', (_name, body) => {
    expect(meetings(article(body, { persons: PEOPLE, places: PLACES }, FRI))).toEqual([]);
  });
});

describe('meetings reported in Hindi', () => {
  it.each([
    [
      'मुलाकात की with weekday, place and venue',
      'लखनऊ। कांग्रेस नेता राजेश वर्मा ने शुक्रवार को मुख्यमंत्री सुनीता राव से लखनऊ स्थित उनके आवास पर मुलाकात की।',
      {
        participants: ['Rajesh Verma', 'Sunita Rao'],
        date: FRI,
        place: 'Lucknow',
        venue: 'उनके आवास',
        role: 'PRIMARY',
      },
    ],
    [
      'की मुलाकात हुई on the preceding Thursday',
      'गुरुवार को राजेश वर्मा और उमर मलिक की मुलाकात हुई।',
      {
        participants: ['Omar Malik', 'Rajesh Verma'],
        date: '2025-11-06',
        place: null,
        venue: null,
        role: 'PRIMARY',
      },
    ],
    [
      'मिलने पहुंचे',
      'राजेश वर्मा बुधवार को कानपुर में सुनीता राव से मिलने पहुंचे।',
      {
        participants: ['Rajesh Verma', 'Sunita Rao'],
        date: '2025-11-05',
        place: 'Kanpur',
        venue: null,
        role: 'PRIMARY',
      },
    ],
    [
      'an earlier meeting (हुई थी)',
      '२३ अक्टूबर को राजेश वर्मा और सुनीता राव की मुलाकात कानपुर में हुई थी।',
      {
        participants: ['Rajesh Verma', 'Sunita Rao'],
        date: '2025-10-23',
        place: 'Kanpur',
        venue: null,
        role: 'REFERENCE',
      },
    ],
  ])('finds %s', (_name, body, expected) => {
    expect(meetings(article(body, { persons: PEOPLE, places: PLACES }, FRI))).toEqual([
      { kind: 'MEETING', ...expected },
    ]);
  });

  it.each([
    ['a future meeting', 'राजेश वर्मा मंगलवार को सुनीता राव से मुलाकात करेंगे।'],
    ['a possible meeting', 'राजेश वर्मा और सुनीता राव इस तरह की बातचीत में मदद कर सकते हैं।'],
    ['a phone conversation', 'राजेश वर्मा ने सुनीता राव से फोन पर बातचीत की।'],
    ['a meeting that did not happen', 'राजेश वर्मा सुनीता राव से नहीं मिले।'],
    ['a meeting with unnamed leaders', 'गुरुवार को राजेश वर्मा ने कई अन्य वरिष्ठ नेताओं से भी मुलाकात की थी।'],
  ])('ignores %s', (_name, body) => {
    expect(meetings(article(body, { persons: PEOPLE, places: PLACES }, FRI))).toEqual([]);
  });

  it('keeps "the first meeting was in Kanpur" apart from the reported meeting in Lucknow', () => {
    const body =
      'राजेश वर्मा ने शुक्रवार को सुनीता राव से लखनऊ में मुलाकात की। यह दूसरी बार था जब राजेश वर्मा और सुनीता राव आमने-सामने बैठे। पहली मुलाकात कानपुर में हुई थी, लेकिन उस समय दोनों नेताओं ने कुछ नहीं कहा।';
    expect(meetings(article(body, { persons: PEOPLE, places: PLACES }, FRI))).toEqual([
      expect.objectContaining({ date: FRI, place: 'Lucknow', role: 'PRIMARY' }),
      expect.objectContaining({
        participants: ['Rajesh Verma', 'Sunita Rao'],
        place: 'Kanpur',
        role: 'REFERENCE',
      }),
    ]);
  });
});

describe('other dated events', () => {
  it.each([
    [
      'an arrest',
      'Rajesh Verma was arrested by police in Kanpur on Monday.',
      'ARREST',
      ['Rajesh Verma'],
      '2025-11-03',
    ],
    [
      'a release from jail',
      'Sunita Rao was released from jail on September 23 after getting bail.',
      'RELEASE',
      ['Sunita Rao'],
      '2025-09-23',
    ],
    [
      'a conviction',
      'Omar Malik is lodged in jail after being convicted in a forgery case.',
      'CONVICTION',
      ['Omar Malik'],
      null,
    ],
    [
      'a letter with its addressee',
      'Rajesh Verma wrote to Sunita Rao on Tuesday demanding action.',
      'LETTER',
      ['Rajesh Verma', 'Sunita Rao'],
      '2025-11-04',
    ],
    ['a Hindi release', 'सुनीता राव 23 सितंबर को जेल से रिहा हुईं।', 'RELEASE', ['Sunita Rao'], '2025-09-23'],
    [
      'a Hindi arrest',
      'पुलिस ने राजेश वर्मा को सोमवार को गिरफ्तार किया।',
      'ARREST',
      ['Rajesh Verma'],
      '2025-11-03',
    ],
  ])('records %s', (_name, body, kind, participants, date) => {
    const out = findEvents(article(body, { persons: PEOPLE, places: PLACES }, FRI));
    const events = out.events.map((e) => summarise(out, e)).filter((e) => e.kind === kind);
    expect(events).toEqual([expect.objectContaining({ participants: [...participants].sort(), date })]);
    expect(out.events.some((e) => e.kind === 'MEETING')).toBe(false);
  });
});

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

interface GoldArticle {
  file: string;
  date: string | null;
  persons: { name: string; aliases: string[]; descriptions?: string[] }[];
  places: { name: string; aliases: string[] }[];
  meetings: { participants: string[]; date: string | null; place: string | null }[];
}

/** Gold persons and places as entity specs: surface forms are the gold aliases and descriptions. */
function goldEntities(g: GoldArticle) {
  const persons: Record<string, string[]> = {};
  for (const p of g.persons) persons[p.name] = [...p.aliases, ...(p.descriptions ?? [])];
  const places: Record<string, string[]> = {};
  for (const p of g.places) places[p.name] = p.aliases;
  return { persons, places };
}

function pairs(list: { participants: string[] }[]): Set<string> {
  const out = new Set<string>();
  for (const m of list) {
    const names = [...m.participants].sort();
    for (let i = 0; i < names.length; i++)
      for (let j = i + 1; j < names.length; j++) out.add(`${names[i]} + ${names[j]}`);
  }
  return out;
}

describe('sample articles (with their gold entities standing in for find-entities)', () => {
  const goldFile = path.join(repoRoot, 'packages/ingest/test/fixtures/seeds-gold.json');
  const gold = fs.existsSync(goldFile)
    ? (JSON.parse(fs.readFileSync(goldFile, 'utf8')).articles as GoldArticle[])
    : [];

  it.skipIf(gold.length === 0).each(gold.map((g) => [g.file, g] as const))(
    '%s: meetings match the gold',
    (file, g) => {
      const body = fs.readFileSync(path.join(repoRoot, 'seeds', file), 'utf8');
      const found = meetings(article(body, goldEntities(g)));
      expect(found.map((m) => ({ participants: m.participants, date: m.date, place: m.place }))).toEqual(
        expect.arrayContaining(
          g.meetings
            .map((m) => ({ participants: [...m.participants].sort(), date: m.date, place: m.place }))
            .filter((m) => m.date !== null),
        ),
      );
      expect(pairs(found)).toEqual(pairs(g.meetings));
    },
  );
});

describe('corpus dev split (gold entities standing in for find-entities; skipped without ../shared/corpus)', () => {
  const corpus = path.resolve(repoRoot, '..', 'shared', 'corpus');
  const goldFile = path.join(corpus, 'gold.json');
  it.skipIf(!fs.existsSync(goldFile))(
    'finds the meeting pairs with F1 of at least 0.8 and no not_meetings',
    () => {
      const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as {
        splits: { dev: string[] };
        articles: GoldArticle[];
      };
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const file of gold.splits.dev) {
        const g = gold.articles.find((a) => a.file === file)!;
        const body = fs.readFileSync(path.join(corpus, 'articles', file), 'utf8');
        const predicted = pairs(meetings(article(body, goldEntities(g), g.date)));
        const expected = pairs(g.meetings);
        for (const pair of predicted)
          if (expected.has(pair)) tp++;
          else fp++;
        for (const pair of expected) if (!predicted.has(pair)) fn++;
      }
      const precision = tp / (tp + fp || 1);
      const recall = tp / (tp + fn || 1);
      expect((2 * precision * recall) / (precision + recall || 1)).toBeGreaterThanOrEqual(0.8);
    },
  );
});

describe('with the real extraction stages (find-entities feeding find-events)', () => {
  function realMeetings(body: string, publishedAt: string | null = null) {
    const doc = extract({ ingestedFrom: 'test.txt', body, publishedAt });
    return doc.events.filter((e) => e.kind === 'MEETING').map((e) => summarise(doc, e));
  }

  it.each([
    [
      'an English wire lead',
      'Lucknow, Nov 7 (PTI) Congress leader Rajesh Verma on Friday met Chief Minister Sunita Rao at her residence in Lucknow. Verma later told reporters that the talks were cordial.',
      {
        participants: ['Rajesh Verma', 'Sunita Rao'],
        date: FRI,
        place: 'Lucknow',
        venue: 'her residence',
        role: 'PRIMARY',
      },
    ],
    [
      'a Hindi lead',
      'पटना। वरिष्ठ नेता राजेश वर्मा ने शुक्रवार को मुख्यमंत्री सुनीता राव से पटना स्थित उनके आवास पर मुलाकात की।',
      {
        participants: ['राजेश वर्मा', 'सुनीता राव'],
        date: FRI,
        place: 'पटना',
        venue: 'उनके आवास',
        role: 'PRIMARY',
      },
    ],
  ])('finds the meeting of %s', (_name, body, expected) => {
    expect(realMeetings(body, FRI)).toEqual([{ kind: 'MEETING', ...expected }]);
  });

  it('finds no meeting in an announcement of one', () => {
    expect(
      realMeetings(
        'Senior BJP leader Anil Sharma will meet Union Minister Priya Singh in Patna on Tuesday.',
        FRI,
      ),
    ).toEqual([]);
  });

  const seedsDir = path.join(repoRoot, 'seeds');
  const seed = (prefix: string) => {
    const file = fs.readdirSync(seedsDir).find((f) => f.startsWith(prefix))!;
    return realMeetings(fs.readFileSync(path.join(seedsDir, file), 'utf8'));
  };

  it.skipIf(!fs.existsSync(seedsDir)).each([
    ['000', [{ date: '2025-10-08', place: 'Rampur', role: 'PRIMARY' }]],
    ['001', [{ date: '2025-10-08', place: 'Rampur', role: 'PRIMARY' }]],
    [
      '002',
      [
        { date: '2025-11-07', place: 'Lucknow', role: 'PRIMARY' },
        { date: '2025-10-08', place: 'Rampur', role: 'REFERENCE' },
      ],
    ],
    [
      '003',
      [
        { date: '2025-11-07', place: 'लखनऊ', role: 'PRIMARY' },
        { date: null, place: 'रामपुर', role: 'REFERENCE' },
      ],
    ],
    ['004', []],
  ])(
    'sample %s reports its meetings between the two leaders with date, place and role',
    (prefix, expected) => {
      const found = seed(prefix);
      expect(found.map(({ date, place, role }) => ({ date, place, role }))).toEqual(expected);
      for (const meeting of found) expect(meeting.participants).toHaveLength(2);
    },
  );
});
