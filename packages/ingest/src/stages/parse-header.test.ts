import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ArticleInput, Doc } from '../domain.js';
import { createDoc } from './normalize-text.js';
import { parseHeader } from './parse-header.js';

function parse(body: string, input: Partial<ArticleInput> = {}): Doc {
  return parseHeader(createDoc({ ingestedFrom: 't.txt', body, ...input }));
}

function textAfterHeader(doc: Doc): string {
  return doc.body.slice(doc.meta.textStart, doc.meta.textStart + 20);
}

describe('datelines', () => {
  it.each([
    [
      'Lucknow, Nov 7 (IANS) Two senior leaders met on Friday.',
      'Lucknow',
      'Lucknow, Nov 7 (IANS)',
      'IANS',
      'Two senior leaders m',
    ],
    [
      'Moradabad (UP), Dec 12 (PTI) A rift became apparent.',
      'Moradabad',
      'Moradabad (UP), Dec 12 (PTI)',
      'PTI',
      'A rift became appare',
    ],
    [
      'LONDON (Reuters) - The prime minister met the king.',
      'LONDON',
      'LONDON (Reuters)',
      'Reuters',
      'The prime minister m',
    ],
    [
      'NEW DELHI: As the standoff continues, leaders met.',
      'NEW DELHI',
      'NEW DELHI',
      null,
      'As the standoff cont',
    ],
    [
      'Mumbai, October 8: The alliance partners met today.',
      'Mumbai',
      'Mumbai, October 8',
      null,
      'The alliance partner',
    ],
    [
      'Bareilly (Uttar Pradesh), Oct 8 The party chief visited.',
      'Bareilly',
      'Bareilly (Uttar Pradesh), Oct 8',
      null,
      'The party chief visi',
    ],
    [
      'नई दिल्ली, 7 नवंबर (भाषा) दोनों नेताओं ने मुलाकात की।',
      'नई दिल्ली',
      'नई दिल्ली, 7 नवंबर (भाषा)',
      'PTI',
      'दोनों नेताओं ने मुला',
    ],
    ['कानपुर। पार्टी के वरिष्ठ नेता ने मुलाकात की।', 'कानपुर', 'कानपुर', null, 'पार्टी के वरिष्ठ नेत'],
  ])('reads the dateline of "%s"', (body, place, span, agency, text) => {
    const doc = parse(body);
    expect(doc.meta.datelinePlace).toBe(place);
    expect(doc.body.slice(doc.meta.datelineSpan!.start, doc.meta.datelineSpan!.end)).toBe(span);
    expect(doc.meta.agency).toBe(agency);
    expect(textAfterHeader(doc)).toBe(text);
  });

  it.each([
    'Police said the two men were arrested on Monday.',
    'Maharashtra: Congress deputes a leader to mediate',
    'The minister, 64, met the governor.',
    'वरिष्ठ नेता ने कहा कि वे जल्द मिलेंगे।',
  ])('finds no dateline in an ordinary opening: "%s"', (body) => {
    const doc = parse(`${body}\nMore text follows here.`);
    expect(doc.meta.datelinePlace).toBeNull();
    expect(doc.meta.agency).toBeNull();
  });
});

describe('the " date YYYY-MM-DD" header', () => {
  it('takes the date from the header and the place from the dateline after it', () => {
    const doc = parse(' date 2025-10-08 Bareilly (Uttar Pradesh), Oct 8 The SP chief met him.');
    expect(doc.meta).toMatchObject({
      publishedAt: { value: '2025-10-08', precision: 'DAY' },
      dateSource: 'header',
      datelinePlace: 'Bareilly',
      title: null,
    });
    expect(textAfterHeader(doc)).toBe('The SP chief met him');
  });

  it('lets the input date win over the header', () => {
    const doc = parse('date 2025-10-08 Agra, Oct 8 (PTI) Text.', { publishedAt: '2025-10-09' });
    expect(doc.meta.publishedAt?.value).toBe('2025-10-09');
    expect(doc.meta.dateSource).toBe('input');
  });
});

describe('publication date without a header', () => {
  it('takes the year of a dateline from a full date in the text', () => {
    const doc = parse('Agra, Nov 7 (PTI) He said this on November 7, 2025 at noon.');
    expect(doc.meta.publishedAt).toEqual({ value: '2025-11-07', precision: 'DAY' });
    expect(doc.meta.dateSource).toBe('dateline');
  });

  it('infers the date from an embedded post footer, with lower confidence', () => {
    const body =
      'The two leaders were seen together on Wednesday.\n\nGreat to meet an old friend. pic.twitter.com/abc — Party Office (@partyoffice) October 8, 2025\n\nMore text.';
    const doc = parse(body);
    expect(doc.meta.publishedAt).toEqual({ value: '2025-10-08', precision: 'DAY' });
    expect(doc.meta.dateSource).toBe('text');
    expect(doc.meta.dateConfidence).toBeLessThan(0.9);
  });

  it('does not take an old date mentioned in the text as the publication date', () => {
    const doc = parse('Iraq advice row\n\nA memo dated 7 March 2003 warned the prime minister.');
    expect(doc.meta.publishedAt).toBeNull();
    expect(doc.meta.dateSource).toBeNull();
  });

  it('leaves the date null when a dateline has no year anywhere', () => {
    const doc = parse('Agra, Nov 7 (PTI) Leaders met on Friday.');
    expect(doc.meta.publishedAt).toBeNull();
    expect(doc.meta.datelinePlace).toBe('Agra');
  });
});

describe('headlines', () => {
  it.each([
    [
      'Minister to visit flood-hit villages\n\nThe minister will travel on Monday.',
      'Minister to visit flood-hit villages',
    ],
    ['Leaders meet ahead of polls?\n\nThe two met.', 'Leaders meet ahead of polls?'],
    [
      'Exam row: Student leader detained. What we know\n\nThe leader was detained.',
      'Exam row: Student leader detained. What we know',
    ],
    ['जेल से रिहाई के बाद नेता लखनऊ पहुंचे\n\nनेता ने मुलाकात की।', 'जेल से रिहाई के बाद नेता लखनऊ पहुंचे'],
  ])('takes the first line of "%s" as the title', (body, title) => {
    const doc = parse(body);
    expect(doc.meta.title).toBe(title);
    expect(doc.meta.titleSpan).toEqual({ start: 0, end: title.length });
  });

  it.each([
    'The minister resigned on Monday.\n\nHis deputy took over.',
    'यह फैसला सही है।\n\nदूसरा पैरा।',
    'Single line article without a break',
    'गांव में पानी नहीं आ रहा है.पिछले\n\nहफ्ते से यही हाल है।',
  ])('does not take a sentence for a title: "%s"', (body) => {
    expect(parse(body).meta.title).toBeNull();
  });

  it('skips the headline and the subhead of a Hindi article to reach its dateline', () => {
    const body =
      'रिहाई के बाद नेता राजधानी पहुंचे, पार्टी अध्यक्ष से मुलाकात\nनेता ने अध्यक्ष से मुलाकात कर साझा की पीड़ा, बोले— “हिम्मत नहीं हारी”\n\nकानपुर। पार्टी के वरिष्ठ नेता ने शुक्रवार को मुलाकात की।';
    const doc = parse(body);
    expect(doc.meta.title).toBe('रिहाई के बाद नेता राजधानी पहुंचे, पार्टी अध्यक्ष से मुलाकात');
    expect(doc.meta.datelinePlace).toBe('कानपुर');
    expect(textAfterHeader(doc)).toBe('पार्टी के वरिष्ठ नेत');
  });

  it('keeps an input title and marks its span when the body opens with it', () => {
    const doc = parse('Leaders meet\n\nThe two met.', { title: 'Leaders meet' });
    expect(doc.meta.title).toBe('Leaders meet');
    expect(doc.meta.titleSpan).toEqual({ start: 0, end: 12 });
    expect(textAfterHeader(doc)).toBe('The two met.');
  });
});

describe('sample articles', () => {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
  const seeds = path.join(repoRoot, 'seeds');
  const read = (prefix: string) => {
    const file = fs.readdirSync(seeds).find((f) => f.startsWith(prefix));
    return parse(fs.readFileSync(path.join(seeds, file!), 'utf8'));
  };

  it.each([
    ['000', '2025-10-08', 'header', 'Rampur', null],
    ['001', '2025-10-08', 'text', null, null],
    ['002', '2025-11-07', 'header', 'Lucknow', 'IANS'],
    ['003', '2025-11-07', 'text', 'लखनऊ', null],
    ['004', '2024-12-12', 'header', 'Rampur', 'PTI'],
  ])('seed %s is dated %s (from the %s), dateline %s, agency %s', (prefix, date, source, place, agency) => {
    const doc = read(prefix);
    expect(doc.meta.publishedAt?.value).toBe(date);
    expect(doc.meta.dateSource).toBe(source);
    expect(doc.meta.datelinePlace).toBe(place);
    expect(doc.meta.agency).toBe(agency);
  });

  it('finds the Hindi headline of seed 003', () => {
    expect(read('003').meta.title).toMatch(/^जेल से रिहाई के 44 दिन बाद/);
  });
});
