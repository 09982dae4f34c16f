/**
 * Hindi meetings in newspaper-style sentences written for these tests (Dainik / Amar Ujala / PTI-Bhasha
 * style; not taken from any article): who took part (lists, "के बीच", "के साथ बैठक", attendees named in the
 * next sentence), date and place, and the near-misses that are not meetings (phone, letter, video
 * conference, rally, press conference, a future or refused meeting).
 *
 * The persons and places are marked by hand (as `find-entities` would leave them), so these tests judge
 * `find-events` alone, whatever the name finder of the day recognises.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleEntity, Doc, EntityType, Mention, PlaceKind } from '../domain.js';
import { detectLanguage } from './detect-language.js';
import { findEvents } from './find-events.js';
import { createDoc } from './normalize-text.js';
import { parseHeader } from './parse-header.js';
import { splitText } from './split-text.js';

const PEOPLE: Record<string, string[]> = {
  'Rajesh Verma': ['कांग्रेस नेता राजेश वर्मा', 'राजेश वर्मा', 'वर्मा'],
  'Sunita Rao': ['मुख्यमंत्री सुनीता राव', 'सुनीता राव', 'राव'],
  'Omar Malik': ['उमर मलिक', 'मलिक'],
  'Kavita Joshi': ['कविता जोशी', 'जोशी'],
  'Anil Sharma': ['अनिल शर्मा', 'शर्मा'],
};
const PLACES: Record<string, { forms: string[]; placeKind: PlaceKind }> = {
  Lucknow: { forms: ['लखनऊ'], placeKind: 'CITY' },
  Patna: { forms: ['पटना'], placeKind: 'CITY' },
  Bhopal: { forms: ['भोपाल'], placeKind: 'CITY' },
};

/** Friday 7 November 2025. */
const FRI = '2025-11-07';

/**
 * A Doc as `find-entities` would leave it: every occurrence of a listed form (longest first, at word
 * edges) is a mention of its entity; `extra` adds resolved pronouns or descriptions by exact text.
 */
function article(body: string, extra: Record<string, string[]> = {}): Doc {
  let doc = createDoc({ ingestedFrom: 'test.txt', body, publishedAt: FRI });
  doc = splitText(parseHeader(detectLanguage(doc)));
  const entities: ArticleEntity[] = [];
  const candidates: Omit<Mention, 'text'>[] = [];
  const add = (type: EntityType, name: string, forms: string[], placeKind?: PlaceKind) => {
    const entity =
      entities.push({
        type,
        name,
        aliases: [],
        descriptions: [],
        titles: [],
        confidence: 1,
        ...(placeKind ? { placeKind } : {}),
      }) - 1;
    for (const form of forms) {
      for (let i = doc.body.indexOf(form); i >= 0; i = doc.body.indexOf(form, i + 1)) {
        const edge = (c: string | undefined) => !/[\p{L}\p{M}]/u.test(c ?? ' ');
        if (!edge(doc.body[i - 1]) || !edge(doc.body[i + form.length])) continue;
        candidates.push({
          start: i,
          end: i + form.length,
          type,
          entity,
          form: 'NAME',
          extractor: 'test',
          confidence: 1,
        });
      }
    }
  };
  for (const [name, forms] of Object.entries(PEOPLE)) add('PERSON', name, [...forms, ...(extra[name] ?? [])]);
  for (const [name, spec] of Object.entries(PLACES)) add('PLACE', name, spec.forms, spec.placeKind);
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start));
  const mentions: Mention[] = [];
  for (const c of candidates) {
    if (mentions.some((m) => m.start < c.end && c.start < m.end)) continue;
    mentions.push({ ...c, text: doc.body.slice(c.start, c.end) });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { ...doc, entities, mentions };
}

function meetings(body: string, extra: Record<string, string[]> = {}) {
  const out = findEvents(article(body, extra));
  return out.events
    .filter((e) => e.kind === 'MEETING')
    .map((e) => ({
      participants: e.participants.map((i) => out.entities[i]!.name).sort(),
      date: e.date?.value ?? null,
      place: e.place === null ? null : out.entities[e.place]!.name,
    }));
}

const sorted = (names: string[]) => [...names].sort();

describe('find-events (Hindi): who took part', () => {
  it.each([
    ['पटना। राजेश वर्मा ने शुक्रवार को सुनीता राव से मुलाकात की।', ['Rajesh Verma', 'Sunita Rao']],
    ['पटना। राजेश वर्मा और सुनीता राव की शुक्रवार को मुलाकात हुई।', ['Rajesh Verma', 'Sunita Rao']],
    ['पटना। राजेश वर्मा शुक्रवार को सुनीता राव से मिले।', ['Rajesh Verma', 'Sunita Rao']],
    ['पटना। राजेश वर्मा ने शुक्रवार को सुनीता राव से भेंट की।', ['Rajesh Verma', 'Sunita Rao']],
    ['भोपाल। राजेश वर्मा ने शुक्रवार को सुनीता राव से सौजन्य भेंट की।', ['Rajesh Verma', 'Sunita Rao']],
    ['पटना। राजेश वर्मा और सुनीता राव के बीच शुक्रवार को बातचीत हुई।', ['Rajesh Verma', 'Sunita Rao']],
    ['नई दिल्ली। राजेश वर्मा और सुनीता राव के बीच शुक्रवार को द्विपक्षीय वार्ता हुई।', ['Rajesh Verma', 'Sunita Rao']],
    ['पटना। राजेश वर्मा ने शुक्रवार को सुनीता राव के साथ बैठक की।', ['Rajesh Verma', 'Sunita Rao']],
    [
      'पटना। राजेश वर्मा ने शुक्रवार को सुनीता राव, उमर मलिक और कविता जोशी से मुलाकात की।',
      ['Rajesh Verma', 'Sunita Rao', 'Omar Malik', 'Kavita Joshi'],
    ],
    [
      'लखनऊ। राजेश वर्मा, उमर मलिक और कविता जोशी ने शुक्रवार को सुनीता राव से मुलाकात की।',
      ['Rajesh Verma', 'Sunita Rao', 'Omar Malik', 'Kavita Joshi'],
    ],
    [
      'लखनऊ। मुख्यमंत्री सुनीता राव ने शुक्रवार को एक बैठक की। बैठक में राजेश वर्मा, उमर मलिक और कविता जोशी शामिल हुए।',
      ['Rajesh Verma', 'Sunita Rao', 'Omar Malik', 'Kavita Joshi'],
    ],
    [
      'पटना। राजेश वर्मा ने शुक्रवार को सुनीता राव से मुलाकात की। इस दौरान उमर मलिक भी मौजूद थे।',
      ['Rajesh Verma', 'Sunita Rao', 'Omar Malik'],
    ],
    [
      'पटना। राजेश वर्मा ने शुक्रवार को सुनीता राव से मुलाकात की। इस मुलाकात में कविता जोशी भी मौजूद रहीं।',
      ['Rajesh Verma', 'Sunita Rao', 'Kavita Joshi'],
    ],
    [
      'पटना। राजेश वर्मा ने शुक्रवार को सुनीता राव से मुलाकात की। उनके साथ प्रदेश अध्यक्ष उमर मलिक भी थे।',
      ['Rajesh Verma', 'Sunita Rao', 'Omar Malik'],
    ],
    [
      'पटना। राजेश वर्मा शुक्रवार को उमर मलिक के साथ सुनीता राव से मिले।',
      ['Rajesh Verma', 'Sunita Rao', 'Omar Malik'],
    ],
    [
      'पटना। शुक्रवार को राजेश वर्मा और सुनीता राव की मुलाकात पटना में हुई। बैठक में उमर मलिक और अनिल शर्मा भी उपस्थित रहे।',
      ['Rajesh Verma', 'Sunita Rao', 'Omar Malik', 'Anil Sharma'],
    ],
    ['पटना। राजेश वर्मा शुक्रवार को सुनीता राव के आवास पहुंचे और उनसे मुलाकात की।', ['Rajesh Verma', 'Sunita Rao']],
    [
      'पटना। राजेश वर्मा के नेतृत्व में एक प्रतिनिधिमंडल ने शुक्रवार को सुनीता राव से मुलाकात की।',
      ['Rajesh Verma', 'Sunita Rao'],
    ],
    ['पटना। राजेश वर्मा की अगुवाई में प्रतिनिधिमंडल ने सुनीता राव से भेंट की।', ['Rajesh Verma', 'Sunita Rao']],
    ['पटना। राजेश वर्मा से मिलने के बाद सुनीता राव ने कहा कि गठबंधन मजबूत है।', ['Rajesh Verma', 'Sunita Rao']],
    ['पटना। राजेश वर्मा, सुनीता राव से मिले और उन्हें बधाई दी।', ['Rajesh Verma', 'Sunita Rao']],
    ['पटना। राजेश वर्मा ने सुनीता राव से मिलकर गठबंधन पर चर्चा की।', ['Rajesh Verma', 'Sunita Rao']],
    ['पटना। राजेश वर्मा और सुनीता राव की शुक्रवार को मुलाक़ात हुई।', ['Rajesh Verma', 'Sunita Rao']],
    [
      'पटना। राजेश वर्मा और सुनीता राव के बीच हुई बैठक में उमर मलिक भी मौजूद थे।',
      ['Rajesh Verma', 'Sunita Rao', 'Omar Malik'],
    ],
    [
      'पटना। शुक्रवार को सुनीता राव के आवास पर बैठक हुई, जिसमें राजेश वर्मा, उमर मलिक और कविता जोशी शामिल हुए।',
      ['Rajesh Verma', 'Sunita Rao', 'Omar Malik', 'Kavita Joshi'],
    ],
    [
      'पटना। सुनीता राव की अध्यक्षता में शुक्रवार को बैठक हुई। इसमें राजेश वर्मा और उमर मलिक शामिल हुए।',
      ['Rajesh Verma', 'Sunita Rao', 'Omar Malik'],
    ],
    ['पटना। राजेश वर्मा की सुनीता राव से शुक्रवार को मुलाकात हुई।', ['Rajesh Verma', 'Sunita Rao']],
    ['पटना। राजेश वर्मा और सुनीता राव के बीच करीब एक घंटे तक बातचीत चली।', ['Rajesh Verma', 'Sunita Rao']],
    ['पटना। राजेश वर्मा और सुनीता राव ने बंद कमरे में बैठक की।', ['Rajesh Verma', 'Sunita Rao']],
    ['पटना। राजेश वर्मा शुक्रवार को सुनीता राव के आवास पर पहुंचे।', ['Rajesh Verma', 'Sunita Rao']],
    ['पटना। राजेश वर्मा ने सुनीता राव को गले लगाया।', ['Rajesh Verma', 'Sunita Rao']],
    [
      'पटना। राजेश वर्मा ने शुक्रवार को सुनीता राव से मुलाकात की। इस मौके पर उमर मलिक भी उपस्थित थे।',
      ['Rajesh Verma', 'Sunita Rao', 'Omar Malik'],
    ],
    [
      'पटना। राजेश वर्मा ने शुक्रवार को सुनीता राव से मुलाकात की। बैठक में उमर मलिक, कविता जोशी समेत कई नेता मौजूद थे।',
      ['Rajesh Verma', 'Sunita Rao', 'Omar Malik', 'Kavita Joshi'],
    ],
    ['पटना। राजेश वर्मा ने शुक्रवार को सुनीता राव से मुलाक़ात की।', ['Rajesh Verma', 'Sunita Rao']],
    ['पटना। राजेश वर्मा और सुनीता राव की मुलाक़ात हुई।', ['Rajesh Verma', 'Sunita Rao']],
    [
      'पटना। राजेश वर्मा ने शुक्रवार को सुनीता राव से मुलाकात की। बैठक में उमर मलिक ने भी हिस्सा लिया।',
      ['Rajesh Verma', 'Sunita Rao', 'Omar Malik'],
    ],
    [
      'पटना। राजेश वर्मा ने शुक्रवार को सुनीता राव से मुलाकात की। इस दौरान उमर मलिक भी साथ थे।',
      ['Rajesh Verma', 'Sunita Rao', 'Omar Malik'],
    ],
    [
      'पटना। राजेश वर्मा ने शुक्रवार को सुनीता राव से मुलाकात की। प्रतिनिधिमंडल में उमर मलिक और कविता जोशी शामिल थे।',
      ['Rajesh Verma', 'Sunita Rao', 'Omar Malik', 'Kavita Joshi'],
    ],
    ['पटना। राजेश वर्मा की सुनीता राव के साथ शुक्रवार को बैठक हुई।', ['Rajesh Verma', 'Sunita Rao']],
    ['पटना। सुनीता राव से मिलने शुक्रवार को राजेश वर्मा पहुंचे।', ['Rajesh Verma', 'Sunita Rao']],
    ['पटना। सुनीता राव से मुलाकात के बाद राजेश वर्मा ने कहा कि गठबंधन मजबूत है।', ['Rajesh Verma', 'Sunita Rao']],
  ])('finds one meeting with everyone named in "%s"', (body, participants) => {
    // "उनसे" (with her) is resolved to the host, as the entity stage does for pronouns.
    const found = meetings(body, { 'Sunita Rao': ['उनसे'] });
    expect(found.map((m) => m.participants)).toEqual([sorted(participants)]);
  });
});

describe('find-events (Hindi): date and place', () => {
  it.each([
    ['लखनऊ। राजेश वर्मा ने शुक्रवार को लखनऊ में सुनीता राव से मुलाकात की।', { date: FRI, place: 'Lucknow' }],
    ['नई दिल्ली। राजेश वर्मा ने 5 नवंबर को पटना में सुनीता राव से भेंट की।', { date: '2025-11-05', place: 'Patna' }],
    [
      'पटना। राजेश वर्मा और सुनीता राव के बीच गुरुवार को भोपाल में वार्ता हुई।',
      { date: '2025-11-06', place: 'Bhopal' },
    ],
  ])('dates and places the meeting in "%s"', (body, expected) => {
    expect(meetings(body)).toEqual([{ participants: sorted(['Rajesh Verma', 'Sunita Rao']), ...expected }]);
  });

  it('takes the date and place a later past-perfect sentence gives the meeting', () => {
    expect(meetings('बैठक में राजेश वर्मा और सुनीता राव भी शामिल थे। बैठक गुरुवार को पटना में हुई थी।')).toEqual([
      { participants: sorted(['Rajesh Verma', 'Sunita Rao']), date: '2025-11-06', place: 'Patna' },
    ]);
  });

  it('keeps an earlier meeting apart when the later sentence dates one weeks back', () => {
    const found = meetings(
      'राजेश वर्मा ने शुक्रवार को सुनीता राव से मुलाकात की। दोनों की पिछली बैठक 5 अक्टूबर को पटना में हुई थी।',
    );
    expect(found[0]).toEqual({
      participants: sorted(['Rajesh Verma', 'Sunita Rao']),
      date: FRI,
      place: null,
    });
  });
});

describe('find-events (Hindi): what is not a meeting', () => {
  it.each([
    ['a phone call', 'पटना। राजेश वर्मा ने शुक्रवार को सुनीता राव से फ़ोन पर बात की।'],
    ['a telephone conversation', 'पटना। राजेश वर्मा ने सुनीता राव से टेलीफोन पर बातचीत की।'],
    ['a mobile phone conversation', 'पटना। राजेश वर्मा ने सुनीता राव से मोबाइल पर बातचीत की।'],
    ['a joint press conference', 'पटना। राजेश वर्मा ने सुनीता राव के साथ प्रेस वार्ता की।'],
    ['a meeting that is fixed', 'पटना। राजेश वर्मा और सुनीता राव की मुलाकात तय है।'],
    ['a hoped-for meeting', 'पटना। राजेश वर्मा और सुनीता राव की मुलाकात की उम्मीद है।'],
    ['speculation about a meeting', 'पटना। राजेश वर्मा और सुनीता राव की मुलाकात की अटकलें तेज हैं।'],
    ['a wish to meet', 'पटना। राजेश वर्मा ने सुनीता राव से मुलाकात की इच्छा जताई।'],
    ['a demand for a meeting', 'पटना। राजेश वर्मा ने सुनीता राव से मुलाकात करने की मांग की।'],
    ['talks still going on', 'पटना। राजेश वर्मा और सुनीता राव के बीच बातचीत चल रही है।'],
    ['a gift (भेंट किया)', 'पटना। राजेश वर्मा ने सुनीता राव को स्मृति चिह्न भेंट किया।'],
    ['a gift (भेंट की गई)', 'पटना। राजेश वर्मा ने शुक्रवार को सुनीता राव को भेंट की गई पुस्तक के बारे में बताया।'],
    ['a request for a meeting', 'पटना। राजेश वर्मा ने सुनीता राव से मुलाकात का समय मांगा है।'],
    ['a meeting wanted but not held', 'पटना। राजेश वर्मा सुनीता राव से मिलना चाहते थे, लेकिन मुलाकात नहीं हो सकी।'],
    ['a letter', 'पटना। राजेश वर्मा ने सुनीता राव को पत्र लिखकर मुलाकात का समय मांगा।'],
    ['a video conference', 'नई दिल्ली। सुनीता राव ने वीडियो कॉन्फ्रेंस के जरिए राजेश वर्मा से बातचीत की।'],
    ['a future meeting', 'पटना। राजेश वर्मा मंगलवार को सुनीता राव से मिलेंगे।'],
    ['an expected meeting', 'पटना। राजेश वर्मा और सुनीता राव की अगले सप्ताह मुलाकात होने की संभावना है।'],
    ['a refused meeting', 'पटना। सुनीता राव ने राजेश वर्मा से मिलने से इनकार कर दिया।'],
    ['a meeting that did not happen', 'पटना। राजेश वर्मा ने कहा कि उन्होंने सुनीता राव से मुलाकात नहीं की।'],
    ['a joint rally', 'पटना। राजेश वर्मा और सुनीता राव ने शुक्रवार को गांधी मैदान में संयुक्त रैली को संबोधित किया।'],
    ['a press conference', 'लखनऊ। राजेश वर्मा और सुनीता राव ने शुक्रवार को संयुक्त संवाददाता सम्मेलन किया।'],
    ['an interview', 'पटना। सुनीता राव ने एक साक्षात्कार में राजेश वर्मा के बारे में बात की।'],
    [
      'a meeting promised at a press conference',
      'लखनऊ। राजेश वर्मा ने शुक्रवार को संवाददाता सम्मेलन में कहा कि वह जल्द ही सुनीता राव से मिलेंगे।',
    ],
  ])('finds no meeting in %s', (_name, body) => {
    expect(meetings(body)).toEqual([]);
  });
});
