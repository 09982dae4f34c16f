import { describe, expect, it } from 'vitest';
import { type GoldArticle, goldArticleSchema } from './load-gold.js';
import type { PredictedMeeting, PredictedName, PredictedStatement } from './prediction.js';
import { scoreArticle, scoreEntities, scoreMeetings, scoreStatements } from './score-article.js';

function article(fields: Partial<Record<keyof GoldArticle, unknown>>): GoldArticle {
  return goldArticleSchema.parse({ file: 'x.txt', language: 'en', ...fields });
}

const person = (name: string, aliases: string[] = [name]) => ({ name, aliases });

describe('scoreEntities', () => {
  it.each<[string, { name: string; aliases: string[] }, PredictedName]>([
    [
      'a title with a dot',
      person('Charles Kennedy', ['Charles Kennedy', 'Mr Kennedy']),
      { name: 'Mr. Kennedy' },
    ],
    ['different case and spacing', person('Akhilesh Yadav'), { name: '  akhilesh   YADAV ' }],
    ['initials with and without dots', person('J. P. Nadda', ['J P Nadda', 'Nadda']), { name: 'J.P. Nadda' }],
    [
      'a short form whose aliases hold the full name',
      person('Charles Kennedy'),
      { name: 'Kennedy', aliases: ['Charles Kennedy'] },
    ],
    ['Devanagari with a nukta against one without', person('Azam Khan', ['आजम खां']), { name: 'आज़म खां' }],
    ['Devanagari with chandrabindu against anusvara', person('Azam Khan', ['आजम खां']), { name: 'आजम खाँ' }],
    [
      'the canonical English name of a Hindi mention',
      person('Akhilesh Yadav', ['अखिलेश यादव']),
      { name: 'Akhilesh Yadav' },
    ],
  ])('counts %s as the same person', (_label, gold, predicted) => {
    const { tally } = scoreEntities('persons', 'x.txt', [gold], [predicted]);
    expect(tally).toEqual({ predicted: 1, predictedCorrect: 1, gold: 1, goldFound: 1 });
  });

  it.each<[string, { name: string; aliases: string[] }, PredictedName]>([
    [
      'a namesake sharing only the surname',
      person('Akhilesh Yadav', ['Akhilesh Yadav', 'Akhilesh']),
      { name: 'Dharmendra Yadav' },
    ],
    [
      'a party predicted as a person',
      person('Azam Khan', ['Azam Khan', 'Khan']),
      { name: 'Samajwadi Party' },
    ],
    ['a surname the gold never uses alone', person('Tony Blair', ['Tony Blair']), { name: 'Blair' }],
  ])('does not count %s as the gold person', (_label, gold, predicted) => {
    const { tally, issues } = scoreEntities('persons', 'x.txt', [gold], [predicted]);
    expect(tally).toEqual({ predicted: 1, predictedCorrect: 0, gold: 1, goldFound: 0 });
    expect(issues.map((issue) => issue.type).sort()).toEqual(['false-hit', 'miss']);
  });

  it('matches each gold entity at most once, so a split person leaves one false hit', () => {
    const gold = [person('Akhilesh Yadav', ['Akhilesh Yadav', 'Akhilesh'])];
    const { tally, issues } = scoreEntities('persons', 'x.txt', gold, [
      { name: 'Akhilesh' },
      { name: 'Akhilesh Yadav' },
    ]);
    expect(tally).toEqual({ predicted: 2, predictedCorrect: 1, gold: 1, goldFound: 1 });
    expect(issues).toEqual([{ category: 'persons', file: 'x.txt', type: 'false-hit', text: 'Akhilesh' }]);
  });

  it('pairs predictions so that the most gold entities are found when names overlap', () => {
    const gold = [
      person('Rahul Gandhi', ['Rahul Gandhi', 'Gandhi']),
      person('Sonia Gandhi', ['Sonia Gandhi']),
    ];
    const predicted = [{ name: 'Gandhi', aliases: ['Sonia Gandhi'] }, { name: 'Rahul Gandhi' }];
    expect(scoreEntities('persons', 'x.txt', gold, predicted).tally.goldFound).toBe(2);
  });
});

const kennedy = article({
  persons: [person('Charles Kennedy', ['Charles Kennedy', 'Mr Kennedy']), person('Tony Blair')],
  organizations: [{ name: 'Liberal Democrats', aliases: ['Lib Dems'] }],
  statements: [
    {
      speaker: 'Charles Kennedy',
      quote: 'Many people in Britain were angry about the way we were taken to war in Iraq.',
      speaker_type: 'person',
    },
    {
      speaker: 'Charles Kennedy',
      quote: 'And they saw the principled stand the Liberal Democrats took at the time.',
      speaker_type: 'person',
    },
    { speaker: 'Tony Blair', quote: 'the heartbeat of the party', speaker_type: 'person' },
    {
      speaker: 'Tony Blair',
      quote: 'He is the heartbeat of the party and has been wronged in court after court for years',
      speaker_type: 'person',
    },
    {
      speaker: null,
      quote: 'We will not comment on leaked documents',
      speaker_type: 'unnamed',
      speaker_description: 'a Downing Street spokesman',
    },
    {
      speaker: 'Liberal Democrats',
      quote: 'The vote was a disgrace',
      speaker_type: 'organization',
      acceptable_speakers: ['Charles Kennedy'],
    },
  ],
  optional_statements: [{ speaker: 'Charles Kennedy', quote: 'balanced approach', speaker_type: 'person' }],
});

const said = (
  quote: string,
  speaker: string | null,
  extra: Partial<PredictedStatement> = {},
): PredictedStatement => ({
  quote,
  speaker: speaker === null ? null : { name: speaker },
  ...extra,
});

describe('scoreStatements', () => {
  it.each<[string, PredictedStatement, { quote: boolean; speaker: boolean }]>([
    [
      'the exact quote with curly marks and a trailing comma',
      said(
        '“Many people in Britain were angry about the way we were taken to war in Iraq.,”',
        'Charles Kennedy',
      ),
      { quote: true, speaker: true },
    ],
    [
      'the quote with different spacing and an alias as speaker',
      said('Many  people in Britain were angry about\nthe way we were taken to war in Iraq', 'Mr Kennedy'),
      { quote: true, speaker: true },
    ],
    [
      'the quote with the wrong speaker',
      said('Many people in Britain were angry about the way we were taken to war in Iraq.', 'Tony Blair'),
      { quote: true, speaker: false },
    ],
    [
      'the quote with no speaker',
      said('Many people in Britain were angry about the way we were taken to war in Iraq.', null),
      { quote: true, speaker: false },
    ],
    [
      'an unnamed spokesman quote with no speaker',
      said('We will not comment on leaked documents.', null, { speakerType: 'UNNAMED' }),
      { quote: true, speaker: true },
    ],
    [
      'an unnamed spokesman quote given to a named person',
      said('We will not comment on leaked documents.', 'Tony Blair'),
      { quote: true, speaker: false },
    ],
    [
      'an organisation statement given to its acceptable speaker',
      said('The vote was a disgrace', 'Charles Kennedy'),
      { quote: true, speaker: true },
    ],
    [
      'an organisation statement given to the organisation by an alias',
      said('The vote was a disgrace', 'Lib Dems', { speakerType: 'ORGANIZATION' }),
      { quote: true, speaker: true },
    ],
  ])('scores %s', (_label, prediction, expected) => {
    const { quote, withSpeaker } = scoreStatements(kennedy, [prediction]);
    expect(quote.predictedCorrect).toBe(expected.quote ? 1 : 0);
    expect(withSpeaker.predictedCorrect).toBe(expected.speaker ? 1 : 0);
    expect(withSpeaker.goldFound).toBe(expected.speaker ? 1 : 0);
  });

  it('finds both gold pieces when one prediction joins a quote the gold splits in two', () => {
    const joined = said(
      'Many people in Britain were angry about the way we were taken to war in Iraq. "And they saw the principled stand the Liberal Democrats took at the time.',
      'Charles Kennedy',
    );
    const { quote, withSpeaker } = scoreStatements(kennedy, [joined]);
    expect(quote).toEqual({ predicted: 1, predictedCorrect: 1, gold: 6, goldFound: 2 });
    expect(withSpeaker.goldFound).toBe(2);
  });

  it('counts both halves as correct when the prediction splits a gold quote in two', () => {
    const halves = [
      said('He is the heartbeat of the party and has been wronged', 'Tony Blair'),
      said('in court after court for years', 'Tony Blair'),
    ];
    const { quote } = scoreStatements(kennedy, halves);
    expect(quote).toEqual({ predicted: 2, predictedCorrect: 2, gold: 6, goldFound: 1 });
  });

  it('does not let a short partial quote find the long statement that repeats it', () => {
    const { quote, issues } = scoreStatements(kennedy, [said('the heartbeat of the party.', 'Tony Blair')]);
    expect(quote.goldFound).toBe(1);
    const missed = issues.filter((issue) => issue.type === 'miss').map((issue) => issue.text);
    expect(missed).toContain(
      'He is the heartbeat of the party and has been wronged in court after court for years',
    );
    expect(missed).not.toContain('the heartbeat of the party');
  });

  it('neither rewards nor penalises a prediction that matches only an optional statement', () => {
    const { quote, ignored } = scoreStatements(kennedy, [said('balanced approach', 'Charles Kennedy')]);
    expect(quote.predicted).toBe(0);
    expect(ignored.optionalStatements).toBe(1);
  });

  it('ignores a prediction closer to an optional heading than to the statement it resembles', () => {
    const hindi = article({
      language: 'hi',
      persons: [person('Azam Khan', ['आजम खां'])],
      statements: [
        { speaker: 'Azam Khan', quote: 'इतनी नाइंसाफी के बाद भी हिम्मत नहीं हारी', speaker_type: 'person' },
      ],
      optional_statements: [
        { speaker: 'Azam Khan', quote: 'इतनी नाइंसाफी के बाद भी हिम्मत नहीं टूटी', speaker_type: 'person' },
      ],
    });
    const heading = scoreStatements(hindi, [said('इतनी नाइंसाफी के बाद भी हिम्मत नहीं टूटी', null)]);
    expect(heading.quote.predicted).toBe(0);
    expect(heading.ignored.optionalStatements).toBe(1);
    const subhead = scoreStatements(hindi, [said('इतनी नाइंसाफी के बाद भी हिम्मत नहीं हारी', 'आजम खां')]);
    expect(subhead.withSpeaker).toEqual({ predicted: 1, predictedCorrect: 1, gold: 1, goldFound: 1 });
  });

  it('counts a quote found nowhere in the gold as a false hit', () => {
    const { quote, issues } = scoreStatements(kennedy, [said('We shall fight on the beaches', 'Tony Blair')]);
    expect(quote).toEqual({ predicted: 1, predictedCorrect: 0, gold: 6, goldFound: 0 });
    expect(issues).toContainEqual(
      expect.objectContaining({
        type: 'false-hit',
        text: 'We shall fight on the beaches',
        detail: 'Tony Blair',
      }),
    );
  });

  it('counts the same quote predicted twice once right and once as a duplicate false hit', () => {
    const twice = [
      said('The vote was a disgrace', 'Charles Kennedy'),
      said('The vote was a disgrace', 'Charles Kennedy'),
    ];
    const { quote } = scoreStatements(kennedy, twice);
    expect(quote).toEqual({ predicted: 2, predictedCorrect: 1, gold: 6, goldFound: 1 });
  });

  it('leaves indirect speech out of the statement scores', () => {
    const indirect = said('the government had lost its way', 'Charles Kennedy', { kind: 'INDIRECT' });
    const { quote, ignored } = scoreStatements(kennedy, [indirect]);
    expect(quote.predicted).toBe(0);
    expect(ignored.indirectStatements).toBe(1);
  });

  it('matches Hindi quotes whatever the quote marks, danda spacing and nukta', () => {
    const hindi = article({
      language: 'hi',
      persons: [person('Azam Khan', ['आज़म खां', 'आजम खां'])],
      statements: [{ speaker: 'Azam Khan', quote: 'हमारे कई साथी अभी भी जेल में हैं।', speaker_type: 'person' }],
    });
    const { withSpeaker } = scoreStatements(hindi, [said('"हमारे कई साथी अभी भी जेल में हैं ।"', 'आजम खां')]);
    expect(withSpeaker).toEqual({ predicted: 1, predictedCorrect: 1, gold: 1, goldFound: 1 });
  });
});

const meetings = article({
  persons: [
    person('Akhilesh Yadav', ['Akhilesh Yadav', 'Akhilesh']),
    person('Azam Khan', ['Azam Khan', 'Khan']),
    person('Mashkoor Ahmed Munna', ['Munna']),
  ],
  places: [
    { name: 'Rampur', aliases: ['Rampur'] },
    { name: 'Lucknow', aliases: ['Lucknow', 'लखनऊ'] },
  ],
  meetings: [
    {
      participants: ['Azam Khan', 'Akhilesh Yadav'],
      place: 'Lucknow',
      date: '2025-11-07',
      evidence: 'Azam Khan met party President Akhilesh Yadav in Lucknow on Friday',
    },
    {
      participants: ['Akhilesh Yadav', 'Azam Khan'],
      place: 'Rampur',
      date: '2025-10-08',
      evidence: 'Akhilesh Yadav had earlier visited Azam Khan at his residence in Rampur on October 8',
    },
  ],
  not_meetings: [
    {
      evidence: 'Munna said a group of around 50 people were planning to meet the party president',
      reason: 'future meeting',
    },
  ],
});

const met = (
  participants: string[],
  date: string | null,
  place: string | null,
  evidence?: string,
): PredictedMeeting => ({
  participants: participants.map((name) => ({ name })),
  date,
  place,
  ...(evidence === undefined ? {} : { evidence }),
});

describe('scoreMeetings', () => {
  it('matches each predicted meeting to the gold meeting with the same date and place', () => {
    const predicted = [
      met(['Akhilesh', 'Khan'], '2025-10-08', 'Rampur'),
      met(['Azam Khan', 'Akhilesh Yadav'], '2025-11-07', 'लखनऊ'),
    ];
    const score = scoreMeetings(meetings, predicted);
    expect(score.pairs).toEqual({ predicted: 2, predictedCorrect: 2, gold: 2, goldFound: 2 });
    expect(score.strict.goldFound).toBe(2);
    expect(score.date).toEqual({ correct: 2, total: 2 });
    expect(score.place).toEqual({ correct: 2, total: 2 });
  });

  it.each<[string, PredictedMeeting, { date: number; place: number }]>([
    ['a wrong date', met(['Akhilesh Yadav', 'Azam Khan'], '2025-11-06', 'Lucknow'), { date: 0, place: 1 }],
    ['no place', met(['Akhilesh Yadav', 'Azam Khan'], '2025-11-07', null), { date: 1, place: 0 }],
    ['no date', met(['Akhilesh Yadav', 'Azam Khan'], null, 'Lucknow'), { date: 0, place: 1 }],
  ])('still counts the participants of a meeting with %s but not its date or place', (_label, predicted, accuracy) => {
    const score = scoreMeetings(meetings, [predicted]);
    expect(score.pairs.predictedCorrect).toBe(1);
    expect(score.strict.predictedCorrect).toBe(0);
    expect(score.date.correct).toBe(accuracy.date);
    expect(score.place.correct).toBe(accuracy.place);
    expect(score.date.total).toBe(1);
  });

  it('splits a three-party meeting into pairs and credits the pairs that were found', () => {
    const three = article({
      persons: [person('Sonia Gandhi'), person('Rahul Gandhi'), person('Mallikarjun Kharge', ['Kharge'])],
      meetings: [
        {
          participants: ['Mallikarjun Kharge', 'Sonia Gandhi', 'Rahul Gandhi'],
          place: null,
          date: null,
          evidence: 'the meeting was attended by Sonia Gandhi and Rahul Gandhi',
        },
      ],
    });
    const score = scoreMeetings(three, [met(['Kharge', 'Rahul Gandhi'], null, null)]);
    expect(score.pairs).toEqual({ predicted: 1, predictedCorrect: 1, gold: 3, goldFound: 1 });
    expect(score.events).toEqual({ predicted: 1, predictedCorrect: 1, gold: 1, goldFound: 1 });
    expect(score.date).toEqual({ correct: 1, total: 1 });
  });

  it('counts a predicted meeting whose evidence is a gold not-meeting as a false hit', () => {
    const future = met(
      ['Munna', 'Akhilesh Yadav'],
      null,
      null,
      'Munna said a group of around 50 people from the party were planning to meet the party president',
    );
    const score = scoreMeetings(meetings, [future]);
    expect(score.pairs).toEqual({ predicted: 1, predictedCorrect: 0, gold: 2, goldFound: 0 });
    expect(score.events).toEqual({ predicted: 1, predictedCorrect: 0, gold: 2, goldFound: 0 });
    expect(score.issues).toContainEqual(
      expect.objectContaining({ type: 'false-hit', detail: 'not a meeting: future meeting' }),
    );
  });

  it('counts a meeting with an unknown participant as a false hit', () => {
    const score = scoreMeetings(meetings, [
      met(['Akhilesh Yadav', 'Dharmendra Yadav'], '2025-11-07', 'Lucknow'),
    ]);
    expect(score.pairs).toEqual({ predicted: 1, predictedCorrect: 0, gold: 2, goldFound: 0 });
  });

  it('makes no pair of two names of the same person', () => {
    const score = scoreMeetings(meetings, [met(['Akhilesh', 'Akhilesh Yadav'], null, null)]);
    expect(score.pairs.predicted).toBe(0);
  });

  it('counts a meeting reported twice by one article once right and once as a false hit', () => {
    const twice = [
      met(['Akhilesh Yadav', 'Azam Khan'], '2025-11-07', 'Lucknow'),
      met(['Azam Khan', 'Akhilesh'], '2025-11-07', 'Lucknow'),
    ];
    const score = scoreMeetings({ ...meetings, meetings: meetings.meetings.slice(0, 1) }, twice);
    expect(score.pairs).toEqual({ predicted: 2, predictedCorrect: 1, gold: 1, goldFound: 1 });
    expect(score.events).toEqual({ predicted: 2, predictedCorrect: 1, gold: 1, goldFound: 1 });
  });
});

describe('scoreArticle', () => {
  it('scores every category and keeps the extraction error of a failed article', () => {
    const score = scoreArticle(kennedy, {
      file: 'x.txt',
      persons: [{ name: 'Charles Kennedy' }],
      organizations: [],
      places: [{ name: 'Iraq' }],
      statements: [],
      meetings: [],
      error: 'stage find-entities failed',
    });
    expect(score.tallies.persons).toEqual({ predicted: 1, predictedCorrect: 1, gold: 2, goldFound: 1 });
    expect(score.tallies.organizations).toEqual({ predicted: 0, predictedCorrect: 0, gold: 1, goldFound: 0 });
    expect(score.tallies.places).toEqual({ predicted: 1, predictedCorrect: 0, gold: 0, goldFound: 0 });
    expect(score.tallies.statements.gold).toBe(6);
    expect(score.error).toBe('stage find-entities failed');
  });
});
