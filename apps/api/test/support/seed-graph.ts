/**
 * A small, hand-written knowledge graph stored with Prisma directly: three articles (two English,
 * one Hindi) about two meetings of fictional politicians, with mentions, statements, affiliations,
 * a same-story link and aliases in both scripts. Offsets are computed from the texts, so every span
 * is exact. Used until the API tests seed through the real ingest pipeline, and by the N+1 tests,
 * which grow it with `addMeetings` to show that statement counts do not grow with rows.
 */
import { createHash } from 'node:crypto';
import type { EntityType, MentionForm, PrismaClient } from '@newsgraph/schema';
import { nameKey } from '../../src/name-key.js';

export const ARTICLE_EN_1 = `NAGPUR, Mar 14 (PTI) Jan Vikas Party (JVP) president Ravi Verma on Friday met senior leader Imran Qureshi at his residence in Nagpur.

"We are one family and we will fight the elections together," Verma said after the meeting.

Qureshi told reporters that the party would announce its candidates next month.`;

export const ARTICLE_HI = `नागपुर, 14 मार्च। जन विकास पार्टी के अध्यक्ष रवि वर्मा ने शुक्रवार को इमरान क़ुरैशी से उनके आवास पर मुलाकात की।

कुरैशी बोले, "हम एक परिवार हैं और साथ मिलकर चुनाव लड़ेंगे।"`;

export const ARTICLE_EN_2 = `PUNE, Apr 2 (IANS) Ravi Verma met Sunita Rao in Pune on Wednesday, weeks after his meeting with Imran Qureshi in Nagpur.

"The alliance is ready," Rao said.`;

function at(body: string, text: string, from = 0) {
  const start = body.indexOf(text, from);
  if (start < 0) throw new Error(`seed text not found: ${text}`);
  return { start, end: start + text.length, text };
}

const hash = (body: string) => createHash('sha256').update(body).digest('hex');
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const script = (form: string) => (/[\u0900-\u097F]/.test(form) ? ('DEVA' as const) : ('LATN' as const));

export interface SeededGraph {
  people: { verma: string; qureshi: string; rao: string };
  organization: string;
  places: { nagpur: string; pune: string };
  articles: { en1: string; hi: string; en2: string };
  meetings: { nagpur: string; pune: string };
}

export async function seedGraph(prisma: PrismaClient): Promise<SeededGraph> {
  const person = (name: string, forms: string[], description?: string) =>
    prisma.person.create({
      data: {
        name,
        key: nameKey(name),
        description: description ?? null,
        aliases: {
          create: [name, ...forms].map((form, index) => ({
            entityType: 'PERSON' as const,
            form,
            key: nameKey(form),
            script: script(form),
            count: 10 - index,
          })),
        },
      },
    });
  const verma = await person('Ravi Verma', ['Verma', 'रवि वर्मा'], 'party president');
  const qureshi = await person('Imran Qureshi', ['Qureshi', 'इमरान क़ुरैशी', 'कुरैशी'], 'senior leader');
  const rao = await person('Sunita Rao', ['Rao']);
  const party = await prisma.organization.create({
    data: {
      name: 'Jan Vikas Party',
      key: nameKey('Jan Vikas Party'),
      acronym: 'JVP',
      aliases: {
        create: ['Jan Vikas Party', 'JVP', 'जन विकास पार्टी'].map((form) => ({
          entityType: 'ORGANIZATION' as const,
          form,
          key: nameKey(form),
          script: script(form),
          count: 1,
        })),
      },
    },
  });
  const place = (name: string, forms: string[], kind: 'CITY' | 'DISTRICT') =>
    prisma.place.create({
      data: {
        name,
        key: nameKey(name),
        kind,
        country: 'IN',
        aliases: {
          create: [name, ...forms].map((form) => ({
            entityType: 'PLACE' as const,
            form,
            key: nameKey(form),
            script: script(form),
            count: 1,
          })),
        },
      },
    });
  const nagpur = await place('Nagpur', ['नागपुर'], 'CITY');
  const pune = await place('Pune', [], 'CITY');

  const article = (ingestedFrom: string, body: string, data: Record<string, unknown>) =>
    prisma.article.create({
      data: {
        ingestedFrom,
        body,
        contentHash: hash(body),
        status: 'EXTRACTED',
        extractionVersion: 1,
        datePrecision: 'DAY',
        ...data,
      },
    });
  const en1 = await article('fixtures/jvp-nagpur-en.txt', ARTICLE_EN_1, {
    title: 'JVP president meets senior leader in Nagpur',
    language: 'en',
    script: 'LATN',
    publishedAt: day('2025-03-14'),
    agency: 'PTI',
    datelineText: 'NAGPUR',
    datelinePlaceId: nagpur.id,
  });
  const hi = await article('fixtures/jvp-nagpur-hi.txt', ARTICLE_HI, {
    title: 'रवि वर्मा ने इमरान क़ुरैशी से मुलाकात की',
    language: 'hi',
    script: 'DEVA',
    publishedAt: day('2025-03-14'),
    datelineText: 'नागपुर',
    datelinePlaceId: nagpur.id,
  });
  const en2 = await article('fixtures/jvp-pune-en.txt', ARTICLE_EN_2, {
    title: 'Verma meets Rao in Pune',
    language: 'en',
    script: 'LATN',
    publishedAt: day('2025-04-02'),
    agency: 'IANS',
    datelineText: 'PUNE',
    datelinePlaceId: pune.id,
  });

  const mention = (
    articleId: string,
    body: string,
    text: string,
    owner: { personId?: string; organizationId?: string; placeId?: string },
    form: MentionForm = 'NAME',
    from = 0,
  ) => {
    const entityType: EntityType = owner.personId
      ? 'PERSON'
      : owner.organizationId
        ? 'ORGANIZATION'
        : 'PLACE';
    return {
      articleId,
      entityType,
      ...owner,
      ...at(body, text, from),
      form,
      extractor: 'seed',
      confidence: 0.9,
    };
  };
  await prisma.mention.createMany({
    data: [
      mention(en1.id, ARTICLE_EN_1, 'NAGPUR', { placeId: nagpur.id }),
      mention(en1.id, ARTICLE_EN_1, 'Jan Vikas Party', { organizationId: party.id }),
      mention(en1.id, ARTICLE_EN_1, 'JVP', { organizationId: party.id }, 'ACRONYM'),
      mention(en1.id, ARTICLE_EN_1, 'Ravi Verma', { personId: verma.id }),
      mention(en1.id, ARTICLE_EN_1, 'Imran Qureshi', { personId: qureshi.id }),
      mention(en1.id, ARTICLE_EN_1, 'Nagpur', { placeId: nagpur.id }),
      mention(
        en1.id,
        ARTICLE_EN_1,
        'Verma',
        { personId: verma.id },
        'SHORT',
        ARTICLE_EN_1.indexOf('Verma said'),
      ),
      mention(
        en1.id,
        ARTICLE_EN_1,
        'Qureshi',
        { personId: qureshi.id },
        'SHORT',
        ARTICLE_EN_1.indexOf('Qureshi told'),
      ),
      mention(hi.id, ARTICLE_HI, 'नागपुर', { placeId: nagpur.id }),
      mention(hi.id, ARTICLE_HI, 'जन विकास पार्टी', { organizationId: party.id }),
      mention(hi.id, ARTICLE_HI, 'रवि वर्मा', { personId: verma.id }),
      mention(hi.id, ARTICLE_HI, 'इमरान क़ुरैशी', { personId: qureshi.id }),
      mention(hi.id, ARTICLE_HI, 'कुरैशी', { personId: qureshi.id }, 'SHORT', ARTICLE_HI.indexOf('कुरैशी बोले')),
      mention(en2.id, ARTICLE_EN_2, 'PUNE', { placeId: pune.id }),
      mention(en2.id, ARTICLE_EN_2, 'Ravi Verma', { personId: verma.id }),
      mention(en2.id, ARTICLE_EN_2, 'Sunita Rao', { personId: rao.id }),
      mention(en2.id, ARTICLE_EN_2, 'Pune', { placeId: pune.id }),
      mention(en2.id, ARTICLE_EN_2, 'Imran Qureshi', { personId: qureshi.id }),
      mention(en2.id, ARTICLE_EN_2, 'Nagpur', { placeId: nagpur.id }),
      mention(en2.id, ARTICLE_EN_2, 'Rao', { personId: rao.id }, 'SHORT', ARTICLE_EN_2.indexOf('Rao said')),
    ],
  });
  await prisma.affiliation.createMany({
    data: [
      {
        personId: verma.id,
        organizationId: party.id,
        role: 'president',
        articleId: en1.id,
        ...at(ARTICLE_EN_1, 'Jan Vikas Party (JVP) president Ravi Verma'),
        extractor: 'seed',
        confidence: 0.9,
      },
      {
        personId: qureshi.id,
        organizationId: party.id,
        role: 'senior leader',
        articleId: en1.id,
        ...at(ARTICLE_EN_1, 'senior leader Imran Qureshi'),
        extractor: 'seed',
        confidence: 0.8,
      },
    ].map(({ text: _text, ...row }) => row),
  });

  const nagpurMeeting = await prisma.meeting.create({
    data: {
      date: day('2025-03-14'),
      datePrecision: 'DAY',
      placeId: nagpur.id,
      venue: "the senior leader's residence",
      dedupeKey: `seed:${verma.id}:${qureshi.id}:2025-03-14`,
      participants: { create: [{ personId: verma.id }, { personId: qureshi.id }] },
    },
  });
  const puneMeeting = await prisma.meeting.create({
    data: {
      date: day('2025-04-02'),
      datePrecision: 'DAY',
      placeId: pune.id,
      dedupeKey: `seed:${verma.id}:${rao.id}:2025-04-02`,
      participants: { create: [{ personId: verma.id }, { personId: rao.id }] },
    },
  });
  const report = (
    meetingId: string,
    articleId: string,
    body: string,
    text: string,
    role: 'PRIMARY' | 'REFERENCE',
  ) => {
    const span = at(body, text);
    return {
      meetingId,
      articleId,
      role,
      evidenceStart: span.start,
      evidenceEnd: span.end,
      evidenceText: span.text,
      extractor: 'seed',
      confidence: 0.9,
    };
  };
  await prisma.meetingReport.createMany({
    data: [
      report(
        nagpurMeeting.id,
        en1.id,
        ARTICLE_EN_1,
        'Ravi Verma on Friday met senior leader Imran Qureshi',
        'PRIMARY',
      ),
      report(
        nagpurMeeting.id,
        hi.id,
        ARTICLE_HI,
        'रवि वर्मा ने शुक्रवार को इमरान क़ुरैशी से उनके आवास पर मुलाकात की',
        'PRIMARY',
      ),
      report(nagpurMeeting.id, en2.id, ARTICLE_EN_2, 'his meeting with Imran Qureshi in Nagpur', 'REFERENCE'),
      report(
        puneMeeting.id,
        en2.id,
        ARTICLE_EN_2,
        'Ravi Verma met Sunita Rao in Pune on Wednesday',
        'PRIMARY',
      ),
    ],
  });

  const statement = (
    articleId: string,
    body: string,
    text: string,
    data: {
      speakerId: string;
      speakerName: string;
      cue: string;
      language: string;
      kind?: 'DIRECT' | 'INDIRECT';
      meetingId?: string;
    },
  ) => ({
    articleId,
    kind: data.kind ?? 'DIRECT',
    language: data.language,
    speakerType: 'PERSON' as const,
    speakerId: data.speakerId,
    speakerName: data.speakerName,
    cue: data.cue,
    ...at(body, text),
    extractor: 'seed',
    confidence: 0.85,
    meetingId: data.meetingId ?? null,
  });
  const statements = [
    statement(en1.id, ARTICLE_EN_1, 'We are one family and we will fight the elections together', {
      speakerId: verma.id,
      speakerName: 'Verma',
      cue: 'said',
      language: 'en',
      meetingId: nagpurMeeting.id,
    }),
    statement(en1.id, ARTICLE_EN_1, 'the party would announce its candidates next month', {
      speakerId: qureshi.id,
      speakerName: 'Qureshi',
      cue: 'told reporters',
      language: 'en',
      kind: 'INDIRECT',
      meetingId: nagpurMeeting.id,
    }),
    statement(hi.id, ARTICLE_HI, 'हम एक परिवार हैं और साथ मिलकर चुनाव लड़ेंगे।', {
      speakerId: qureshi.id,
      speakerName: 'कुरैशी',
      cue: 'बोले',
      language: 'hi',
      meetingId: nagpurMeeting.id,
    }),
    statement(en2.id, ARTICLE_EN_2, 'The alliance is ready', {
      speakerId: rao.id,
      speakerName: 'Rao',
      cue: 'said',
      language: 'en',
      meetingId: puneMeeting.id,
    }),
  ];
  for (const data of statements) await prisma.statement.create({ data });
  const first = await prisma.statement.findFirstOrThrow({ where: { articleId: en2.id } });
  await prisma.statementAbout.create({ data: { statementId: first.id, personId: verma.id } });

  const [a, b] = en1.id < hi.id ? [en1.id, hi.id] : [hi.id, en1.id];
  await prisma.articleLink.create({
    data: { fromId: a, toId: b, kind: 'SAME_EVENT', score: 0.9, reason: 'seed' },
  });

  return {
    people: { verma: verma.id, qureshi: qureshi.id, rao: rao.id },
    organization: party.id,
    places: { nagpur: nagpur.id, pune: pune.id },
    articles: { en1: en1.id, hi: hi.id, en2: en2.id },
    meetings: { nagpur: nagpurMeeting.id, pune: puneMeeting.id },
  };
}

/**
 * Grows the graph: `count` more dated meetings of `personId` with a new person each, each reported by
 * a new article holding one statement by the new person.
 */
export async function addMeetings(prisma: PrismaClient, personId: string, count: number, tag: string) {
  for (let i = 0; i < count; i += 1) {
    const name = `Filler Person ${tag}${i}`;
    const other = await prisma.person.create({
      data: {
        name,
        key: nameKey(name),
        aliases: {
          create: [{ entityType: 'PERSON', form: name, key: nameKey(name), script: 'LATN', count: 1 }],
        },
      },
    });
    const body = `MUMBAI, Jan ${i + 1} (PTI) ${name} met the president. "Talks went well," ${name} said.`;
    const article = await prisma.article.create({
      data: {
        ingestedFrom: `fixtures/filler-${tag}-${i}.txt`,
        body,
        contentHash: hash(body),
        title: `Filler meeting ${tag}${i}`,
        language: 'en',
        publishedAt: day(`2024-01-${String((i % 28) + 1).padStart(2, '0')}`),
        status: 'EXTRACTED',
      },
    });
    await prisma.mention.createMany({
      data: [
        {
          articleId: article.id,
          entityType: 'PERSON',
          personId: other.id,
          ...at(body, name),
          extractor: 'seed',
          confidence: 1,
        },
        {
          articleId: article.id,
          entityType: 'PERSON',
          personId,
          ...at(body, 'the president'),
          form: 'DESCRIPTION',
          extractor: 'seed',
          confidence: 1,
        },
      ],
    });
    const meeting = await prisma.meeting.create({
      data: {
        date: article.publishedAt,
        datePrecision: 'DAY',
        dedupeKey: `filler:${tag}:${i}`,
        participants: { create: [{ personId }, { personId: other.id }] },
        reports: {
          create: [
            {
              articleId: article.id,
              role: 'PRIMARY',
              ...(() => {
                const span = at(body, `${name} met the president`);
                return { evidenceStart: span.start, evidenceEnd: span.end, evidenceText: span.text };
              })(),
              extractor: 'seed',
              confidence: 1,
            },
          ],
        },
      },
    });
    await prisma.statement.create({
      data: {
        articleId: article.id,
        kind: 'DIRECT',
        language: 'en',
        speakerType: 'PERSON',
        speakerId: other.id,
        speakerName: name,
        cue: 'said',
        ...at(body, 'Talks went well,'),
        extractor: 'seed',
        confidence: 1,
        meetingId: meeting.id,
      },
    });
    await prisma.statement.create({
      data: {
        articleId: article.id,
        kind: 'INDIRECT',
        language: 'en',
        speakerType: 'PERSON',
        speakerId: personId,
        speakerName: 'the president',
        ...at(body, 'met the president'),
        extractor: 'seed',
        confidence: 0.5,
      },
    });
  }
}
