/**
 * English meetings on held-out wire-style sentences and short articles written for these tests (BBC /
 * Reuters and PTI / IANS styles; not taken from any article): multi-party meetings with attendee lists,
 * hosts, "was joined by", meeting nouns with possessive pronouns, and announcements, calls and letters
 * that are not meetings.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

const TUE = '2025-03-11';

function meetings(body: string, publishedAt: string | null = TUE) {
  const doc = extract({ ingestedFrom: 'test.txt', body, publishedAt, language: 'en' });
  return doc.events
    .filter((e) => e.kind === 'MEETING')
    .map((e) => ({
      participants: e.participants.map((p) => doc.entities[p]?.name ?? '?').sort(),
      date: e.date?.value ?? null,
      place: e.place === null ? null : (doc.entities[e.place]?.name ?? null),
    }));
}

const sorted = (names: string[]) => [...names].sort();

describe('find-events (English): who took part', () => {
  it.each([
    [
      'Nitish Kumar hosted a meeting of opposition leaders in Patna on Friday, attended by Rahul Gandhi, Mamata Banerjee and Sharad Pawar.',
      ['Nitish Kumar', 'Rahul Gandhi', 'Mamata Banerjee', 'Sharad Pawar'],
    ],
    [
      'Mr Blair was joined by Chancellor Gordon Brown and Foreign Secretary Jack Straw at the meeting with Irish Prime Minister Bertie Ahern in Downing Street on Monday.',
      ['Blair', 'Gordon Brown', 'Jack Straw', 'Bertie Ahern'],
    ],
    [
      'After his meeting with Sonia Gandhi on Monday, Sharad Pawar told reporters that the alliance was intact.',
      ['Sonia Gandhi', 'Sharad Pawar'],
    ],
    [
      'Mr Brown discussed the pensions row with Mr Blair at their weekly meeting on Monday.',
      ['Brown', 'Blair'],
    ],
    [
      'Leaders of the Congress, the DMK and the Left met at the residence of Sharad Pawar in New Delhi on Monday. Those present included Mallikarjun Kharge, M K Stalin and Sitaram Yechury.',
      ['Sharad Pawar', 'Mallikarjun Kharge', 'M K Stalin', 'Sitaram Yechury'],
    ],
    [
      'Tony Blair hosted European leaders at Downing Street on Monday. Among those at the talks were French President Jacques Chirac and German Chancellor Gerhard Schroeder.',
      ['Tony Blair', 'Jacques Chirac', 'Gerhard Schroeder'],
    ],
    [
      'Leaders of several opposition parties met at the residence of NCP chief Sharad Pawar here on Monday. The meeting was attended by Congress president Mallikarjun Kharge and CPI(M) general secretary Sitaram Yechury. Also present were RJD leader Manoj Jha and National Conference president Farooq Abdullah. Others at the meeting included AAP MP Sanjay Singh.',
      [
        'Sharad Pawar',
        'Mallikarjun Kharge',
        'Sitaram Yechury',
        'Manoj Jha',
        'Farooq Abdullah',
        'Sanjay Singh',
      ],
    ],
    [
      'Saudi Foreign Minister Prince Faisal bin Farhan called on Prime Minister Narendra Modi in New Delhi on Monday.',
      ['Faisal bin Farhan', 'Narendra Modi'],
    ],
    [
      'Mr Straw met Iranian Foreign Minister Kamal Kharrazi and Syrian President Bashar al-Assad in Damascus on Monday.',
      ['Straw', 'Kamal Kharrazi', 'Bashar al-Assad'],
    ],
    [
      'Opposition leaders met in New Delhi on Monday. Mallikarjun Kharge, Sharad Pawar, Sitaram Yechury and D Raja attended the meeting.',
      ['Mallikarjun Kharge', 'Sharad Pawar', 'Sitaram Yechury', 'D Raja'],
    ],
    [
      'At the meeting were Rahul Gandhi, Priyanka Gandhi Vadra and K C Venugopal, party sources said.',
      ['Rahul Gandhi', 'Priyanka Gandhi Vadra', 'K C Venugopal'],
    ],
    [
      'Sonia Gandhi chaired a meeting of the Working Committee on Monday. Rahul Gandhi, Ashok Gehlot and Bhupesh Baghel were among those who attended.',
      ['Sonia Gandhi', 'Rahul Gandhi', 'Ashok Gehlot', 'Bhupesh Baghel'],
    ],
    [
      'The leaders of Britain, France and Germany - Tony Blair, Jacques Chirac and Gerhard Schroeder - met in Berlin on Monday.',
      ['Tony Blair', 'Jacques Chirac', 'Gerhard Schroeder'],
    ],
    [
      'Tony Blair and Gordon Brown have held talks to end their row over pensions. The two men met at Downing Street on Monday morning, with Work and Pensions Secretary Alan Johnson also present.',
      ['Tony Blair', 'Gordon Brown', 'Alan Johnson'],
    ],
    [
      'Prime Minister Boris Johnson and chief negotiator Michel Barnier held talks in Brussels on Monday. Commission President Ursula von der Leyen joined them for dinner.',
      ['Boris Johnson', 'Michel Barnier', 'Ursula von der Leyen'],
    ],
    [
      'Prime Minister Tony Blair and French President Jacques Chirac are trying to settle the budget row. The first meeting indicated that both Blair and Chirac wanted a settlement, officials said.',
      ['Tony Blair', 'Jacques Chirac'],
    ],
    [
      'Taking part in the talks were Foreign Secretary Jack Straw; his French counterpart, Michel Barnier; German Foreign Minister Joschka Fischer; and the EU foreign policy chief, Javier Solana.',
      ['Jack Straw', 'Michel Barnier', 'Joschka Fischer', 'Javier Solana'],
    ],
    [
      'Chief Minister Yogi Adityanath chaired a meeting here on Monday. The meeting was attended by Deputy Chief Ministers Keshav Prasad Maurya and Brajesh Pathak, ministers Suresh Khanna and A K Sharma, and Chief Secretary Manoj Kumar Singh.',
      [
        'Yogi Adityanath',
        'Keshav Prasad Maurya',
        'Brajesh Pathak',
        'Suresh Khanna',
        'A K Sharma',
        'Manoj Kumar Singh',
      ],
    ],
    [
      'The summit in Brussels on Monday brought together Tony Blair, Jacques Chirac and Gerhard Schroeder.',
      ['Tony Blair', 'Jacques Chirac', 'Gerhard Schroeder'],
    ],
    [
      'Opposition leaders met in Delhi on Monday. Sharad Pawar, Mamata Banerjee and Sitaram Yechury were also at the meeting.',
      ['Sharad Pawar', 'Mamata Banerjee', 'Sitaram Yechury'],
    ],
    [
      'Nitish Kumar hosted a lunch for opposition leaders on Monday. Among the guests were Sharad Pawar and Mamata Banerjee.',
      ['Nitish Kumar', 'Sharad Pawar', 'Mamata Banerjee'],
    ],
    [
      'Nitish Kumar met Sharad Pawar on Monday. Mamata Banerjee was also there.',
      ['Nitish Kumar', 'Sharad Pawar', 'Mamata Banerjee'],
    ],
    [
      'Mr Blair met Mr Ahern on Monday, as well as Mr Trimble and Mr Adams.',
      ['Blair', 'Ahern', 'Trimble', 'Adams'],
    ],
    [
      'The leaders - Tony Blair, Bertie Ahern, Ian Paisley and Gerry Adams - met at St Andrews on Friday for talks.',
      ['Tony Blair', 'Bertie Ahern', 'Ian Paisley', 'Gerry Adams'],
    ],
    [
      'Talks at Leeds Castle between Tony Blair, Bertie Ahern and the Northern Ireland parties ended on Saturday. The DUP leader Ian Paisley and Sinn Fein president Gerry Adams both took part.',
      ['Tony Blair', 'Bertie Ahern', 'Ian Paisley', 'Gerry Adams'],
    ],
  ])('finds one meeting with everyone named in "%s"', (body, participants) => {
    const found = meetings(body);
    expect(found).toHaveLength(1);
    expect(found[0]?.participants).toEqual(sorted(participants));
  });
});

describe('find-events (English): date and place', () => {
  it('dates and places a meeting whose people are named in the next sentence', () => {
    expect(
      meetings(
        'Opposition leaders met in New Delhi on Monday to discuss a joint candidate. Present at the meeting were Mallikarjun Kharge, Sharad Pawar and Sitaram Yechury.',
      ),
    ).toEqual([
      {
        participants: sorted(['Mallikarjun Kharge', 'Sharad Pawar', 'Sitaram Yechury']),
        date: '2025-03-10',
        place: 'New Delhi',
      },
    ]);
  });
});

describe('find-events (English): the lead gives an undated meeting its day', () => {
  it('takes the day of a lead whose date belongs to a speech verb', () => {
    const found = meetings(
      'Chief Minister Siddaramaiah on Monday said the state would back new investors.\n\nThe chief minister held discussions with Young Liu, Chief Executive Officer of the group, at a hotel.',
    );
    expect(found.map((m) => m.date)).toEqual(['2025-03-10']);
  });
});

describe('find-events (English): what is not a meeting', () => {
  it.each([
    'On the eve of his departure for Washington, Prime Minister Narendra Modi said he would meet President Joe Biden to discuss trade.',
    'Foreign Secretary Jack Straw is due to meet his Iranian counterpart Kamal Kharrazi in Tehran next month.',
    'Tony Blair is expected to hold talks with Jacques Chirac at the summit.',
    'Nitish Kumar spoke to Lalu Prasad on the phone on Monday.',
    'Mamata Banerjee refused to meet Governor Jagdeep Dhankhar.',
    'Sonia Gandhi and Sharad Pawar are likely to meet in Mumbai next week to finalise seat-sharing.',
    'Michael Howard urged Tony Blair to meet the families of the soldiers.',
    'Sources said Uddhav Thackeray may meet Sharad Pawar later this week.',
    'Mr Blair and Mr Brown held a joint press conference in London on Monday.',
    'Arvind Kejriwal sought a meeting with Prime Minister Narendra Modi over the flood situation.',
    'If Mr Blair meets Mr Brown before the election, the rift could heal.',
    'Sharad Pawar and Uddhav Thackeray held talks via video conference on Monday.',
    'Nitish Kumar hosted a dinner for journalists in Patna on Monday.',
    'Mr Howard and Mr Kennedy took part in a televised debate on Monday.',
    'The meeting between Tony Blair and Gordon Brown, planned for Monday, was cancelled.',
    'Sharad Pawar was scheduled to meet Uddhav Thackeray on Monday but the meeting was postponed.',
    'Rahul Gandhi and Tejashwi Yadav addressed a joint rally in Patna on Sunday.',
    'Prime Minister Tony Blair and President Jacques Chirac are at odds. Officials said both Blair and Chirac wanted a settlement before the next meeting.',
  ])('finds no meeting in "%s"', (body) => {
    expect(meetings(body)).toEqual([]);
  });
});
