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

describe('find-events (English): the subject of a clause that ends "after a meeting with X"', () => {
  it.each([
    [
      'Mr Anton Volkov issued his warning after a meeting with Prime Minister Pavel Sokolov at a government resort.',
      ['Anton Volkov', 'Pavel Sokolov'],
    ],
    [
      'Chief secretaries Arun Iyer and Bina Kapoor said after a meeting with Cabinet Secretary Prakash Menon that a formula was ready.',
      ['Arun Iyer', 'Bina Kapoor', 'Prakash Menon'],
    ],
  ])('makes both sides participants: "%s"', (body, expected) => {
    expect(meetings(body).map((m) => m.participants)).toEqual([sorted(expected)]);
  });

  it('does not take a person after "that" in the clause for a side', () => {
    const body = 'Officials said that Anton Volkov was angry after a meeting with Pavel Sokolov.';
    expect(meetings(body).flatMap((m) => m.participants)).not.toContain('Anton Volkov');
  });
});

describe('find-events (English): "In his talks with X, Y said" and "called on X and …"', () => {
  it.each([
    [
      'In his talks with Mr. Volodymyr Zelenskyy, Mr. Narendra Modi said India was ready to help.',
      ['Volodymyr Zelenskyy', 'Narendra Modi'],
    ],
    [
      'JMM leader Hemant Soren called on Governor CP Radhakrishnan and staked a claim to form the government.',
      ['Hemant Soren', 'CP Radhakrishnan'],
    ],
  ])('finds the meeting: "%s"', (body, expected) => {
    expect(meetings(body).map((m) => m.participants)).toEqual([sorted(expected)]);
  });

  it('still reads "called on X to resign" as a demand', () => {
    expect(meetings('The opposition leader Babulal Marandi called on Hemant Soren to resign.')).toEqual([]);
  });
});

describe('find-events (English): talks with a group led by a named person', () => {
  it('makes the leader of the group a side', () => {
    const body =
      'Mr Strobe Talbott held three hours of talks with Pakistani officials led by Foreign Secretary Shamshad Ahmed on Monday.';
    expect(meetings(body).map((m) => m.participants)).toEqual([sorted(['Strobe Talbott', 'Shamshad Ahmed'])]);
  });
});

describe('find-events (English): a guest received at a place by the host', () => {
  it('makes the guest and the host the participants', () => {
    const body = 'Ms Condoleezza Rice was received at the Palam Technical Area by Mr Vikram Misri on Monday.';
    expect(meetings(body).map((m) => m.participants)).toEqual([sorted(['Condoleezza Rice', 'Vikram Misri'])]);
  });
});

describe('find-events (English): the host of a meeting held at his residence', () => {
  it.each([
    [
      'A meeting was held at the residence of Ravi Shankar Prasad on Monday. Arun Jaitley and Nitin Gadkari attended the meeting.',
      ['Ravi Shankar Prasad', 'Arun Jaitley', 'Nitin Gadkari'],
    ],
    [
      'The meeting at the residence of Ravi Shankar Prasad was attended by Arun Jaitley and Nitin Gadkari.',
      ['Ravi Shankar Prasad', 'Arun Jaitley', 'Nitin Gadkari'],
    ],
  ])('makes the host a participant: "%s"', (body, expected) => {
    expect(meetings(body).map((m) => m.participants)).toEqual([sorted(expected)]);
  });
});

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
    [
      'Among the leaders who attended the dinner hosted by Sonia Gandhi on Tuesday were Sharad Pawar, Sitaram Yechury, D Raja and Tejashwi Yadav.',
      ['Sonia Gandhi', 'Sharad Pawar', 'Sitaram Yechury', 'D Raja', 'Tejashwi Yadav'],
    ],
    [
      'Rahul Gandhi and Sonia Gandhi took part in the meeting, while Mamata Banerjee, Nitish Kumar and Lalu Prasad also participated.',
      ['Rahul Gandhi', 'Sonia Gandhi', 'Mamata Banerjee', 'Nitish Kumar', 'Lalu Prasad'],
    ],
    [
      "Gordon Brown met finance ministers from the G7 in London on Friday. US Treasury Secretary John Snow and Germany's Hans Eichel were among those at the two-day meeting.",
      ['Gordon Brown', 'John Snow', 'Hans Eichel'],
    ],
    [
      'Opposition leaders held their third meeting in Mumbai on Thursday. Sharad Pawar and Uddhav Thackeray hosted the leaders. M K Stalin and Arvind Kejriwal were among others who joined the deliberations.',
      ['Sharad Pawar', 'Uddhav Thackeray', 'M K Stalin', 'Arvind Kejriwal'],
    ],
    [
      'Leaders from 15 parties attended the meeting in Delhi on Monday: Sharad Pawar of the NCP, Sitaram Yechury of the CPI(M) and Omar Abdullah of the National Conference.',
      ['Sharad Pawar', 'Sitaram Yechury', 'Omar Abdullah'],
    ],
    [
      'The following leaders were present at the meeting on Monday:\nSharad Pawar (NCP)\nTwo MPs of the DMK\nSitaram Yechury (CPI-M)\nOmar Abdullah (NC)\n\nThe meeting lasted two hours.',
      ['Sharad Pawar', 'Sitaram Yechury', 'Omar Abdullah'],
    ],
    [
      'Mr Blair, Mr Brown, Mr Prescott and Mr Straw gathered at Chequers on Sunday to discuss the election strategy.',
      ['Blair', 'Brown', 'Prescott', 'Straw'],
    ],
    [
      "At Thursday's cabinet meeting, David Blunkett and John Prescott clashed over identity cards.",
      ['David Blunkett', 'John Prescott'],
    ],
    ["Mr Prescott and Mr Hain were all at Monday's meeting, officials said.", ['Prescott', 'Hain']],
    [
      "Sharad Pawar, who heads the NCP, Sitaram Yechury, who leads the CPI(M), and D Raja, who represents the CPI, met at Mr Pawar's residence on Monday.",
      ['Sharad Pawar', 'Sitaram Yechury', 'D Raja'],
    ],
    [
      'The dispute was settled by the chief ministers of the two states, Mr Harjit Lamba and Mr Vikram Sood, who met at Raj Bhavan on Monday.',
      ['Harjit Lamba', 'Vikram Sood'],
    ],
    [
      'Tony Blair and Gordon Brown were joined at the meeting by John Prescott, Alan Milburn and Ian McCartney.',
      ['Tony Blair', 'Gordon Brown', 'John Prescott', 'Alan Milburn', 'Ian McCartney'],
    ],
  ])('finds one meeting with everyone named in "%s"', (body, participants) => {
    const found = meetings(body);
    expect(found).toHaveLength(1);
    expect(found[0]?.participants).toEqual(sorted(participants));
  });
});

describe('find-events (English): the many ways a report names who met', () => {
  it.each([
    [
      'Foreign Minister Arvind Rao received a warm welcome from Deputy Minister Khalid Nasser in Riyadh on Monday.',
      ['Arvind Rao', 'Khalid Nasser'],
    ],
    [
      'President Meera Das was accorded a ceremonial welcome by Prime Minister Tevita Lomu at the airport on Monday.',
      ['Meera Das', 'Tevita Lomu'],
    ],
    [
      'Prime Minister Narendra Modi met Finance Minister Nirmala Sitharaman, Home Minister Amit Shah and Defence Minister Rajnath Singh in New Delhi on Tuesday.',
      ['Narendra Modi', 'Nirmala Sitharaman', 'Amit Shah', 'Rajnath Singh'],
    ],
    [
      'Prime Minister Narendra Modi, Home Minister Amit Shah and BJP president J P Nadda met at the party headquarters on Monday.',
      ['Narendra Modi', 'Amit Shah', 'J P Nadda'],
    ],
    [
      'Uddhav Thackeray, Sharad Pawar and Nana Patole held talks in Mumbai on Monday.',
      ['Uddhav Thackeray', 'Sharad Pawar', 'Nana Patole'],
    ],
    [
      'Leaders including Mamata Banerjee, Arvind Kejriwal and Hemant Soren met at a hotel in Bengaluru on Monday.',
      ['Mamata Banerjee', 'Arvind Kejriwal', 'Hemant Soren'],
    ],
    [
      'Talks between Rishi Sunak and Emmanuel Macron took place in Paris on Monday.',
      ['Rishi Sunak', 'Emmanuel Macron'],
    ],
    [
      "Keir Starmer's meeting with Joe Biden at the White House lasted an hour on Monday.",
      ['Keir Starmer', 'Joe Biden'],
    ],
    [
      'Chief Minister M K Stalin hosted Kerala Chief Minister Pinarayi Vijayan and Karnataka Chief Minister Siddaramaiah in Chennai on Monday.',
      ['M K Stalin', 'Pinarayi Vijayan', 'Siddaramaiah'],
    ],
    [
      'President Droupadi Murmu received Sri Lankan President Ranil Wickremesinghe at Rashtrapati Bhavan on Monday.',
      ['Droupadi Murmu', 'Ranil Wickremesinghe'],
    ],
    [
      'Prime Minister Narendra Modi held a bilateral meeting with Australian Prime Minister Anthony Albanese on Monday.',
      ['Narendra Modi', 'Anthony Albanese'],
    ],
    ['Mr Blair and Mr Brown had a one-to-one meeting on Monday.', ['Blair', 'Brown']],
    ['Mr Johnson sat down with Mr Barnier in Brussels on Monday.', ['Johnson', 'Barnier']],
    ['Mr Blair and Mr Chirac had dinner at the Elysee Palace on Monday.', ['Blair', 'Chirac']],
    ['Mr Blair and Mr Brown had breakfast together on Monday.', ['Blair', 'Brown']],
    ['Mr Blair went to see Mr Brown at the Treasury on Monday.', ['Blair', 'Brown']],
    ['Mr Blair is understood to have met Mr Brown on Monday evening.', ['Blair', 'Brown']],
    [
      "Mr Straw discussed Iran's nuclear programme with Mr Kharrazi in Tehran on Monday.",
      ['Straw', 'Kharrazi'],
    ],
    [
      'Nitish Kumar and Lalu Prasad met for the first time since the split on Monday.',
      ['Nitish Kumar', 'Lalu Prasad'],
    ],
    ['During talks with Mr Ahern on Monday, Mr Blair said the deal was close.', ['Ahern', 'Blair']],
    [
      'Following a meeting with Mr Ahern in Dublin, Mr Blair said progress had been made.',
      ['Ahern', 'Blair'],
    ],
    [
      'Speaking after a meeting with Nitish Kumar in Patna, Tejashwi Yadav said the alliance would continue.',
      ['Nitish Kumar', 'Tejashwi Yadav'],
    ],
    [
      'Nitish Kumar, after meeting Tejashwi Yadav, told reporters the alliance would continue.',
      ['Nitish Kumar', 'Tejashwi Yadav'],
    ],
    [
      'Nitish Kumar met Lalu Prasad in Patna on Monday. The meeting was attended by Tejashwi Yadav and Lalan Singh.',
      ['Nitish Kumar', 'Lalu Prasad', 'Tejashwi Yadav', 'Lalan Singh'],
    ],
    [
      'Nitish Kumar met Rahul Gandhi in Delhi on Monday. Nitish was accompanied by Tejashwi Yadav and Sanjay Jha.',
      ['Nitish Kumar', 'Rahul Gandhi', 'Tejashwi Yadav', 'Sanjay Jha'],
    ],
    [
      'Nitish Kumar met Lalu Prasad in Patna on Monday. Also present were Tejashwi Yadav and Rabri Devi.',
      ['Nitish Kumar', 'Lalu Prasad', 'Tejashwi Yadav', 'Rabri Devi'],
    ],
    [
      'Nitish Kumar, who was joined by Sanjay Jha, met Lalu Prasad in Patna on Monday.',
      ['Nitish Kumar', 'Sanjay Jha', 'Lalu Prasad'],
    ],
    [
      'Along with Tejashwi Yadav, Nitish Kumar met Rahul Gandhi in Delhi on Monday.',
      ['Tejashwi Yadav', 'Nitish Kumar', 'Rahul Gandhi'],
    ],
    [
      'A Congress delegation led by Mallikarjun Kharge and Rahul Gandhi met President Droupadi Murmu at Rashtrapati Bhavan on Monday.',
      ['Mallikarjun Kharge', 'Rahul Gandhi', 'Droupadi Murmu'],
    ],
    [
      'Mr Straw, accompanied by Mr Hoon, met Iraqi Prime Minister Iyad Allawi in Baghdad.',
      ['Straw', 'Hoon', 'Iyad Allawi'],
    ],
    [
      'Mr Blair met Mr Ahern in Dublin on Monday. Mr Murphy sat in on the talks.',
      ['Blair', 'Ahern', 'Murphy'],
    ],
    [
      'Mamata Banerjee arrived in Delhi on Monday. She met Sonia Gandhi at her residence.',
      ['Mamata Banerjee', 'Sonia Gandhi'],
    ],
    ['Mr Blair shook hands with Mr Adams at Stormont on Monday.', ['Blair', 'Adams']],
    [
      'Nitish Kumar and Lalu Prasad exchanged pleasantries at the wedding reception in Patna on Monday.',
      ['Nitish Kumar', 'Lalu Prasad'],
    ],
    ['Nitish Kumar was closeted with Lalu Prasad for an hour on Monday.', ['Nitish Kumar', 'Lalu Prasad']],
    ['Rahul Gandhi had a long chat with Sharad Pawar at the reception.', ['Rahul Gandhi', 'Sharad Pawar']],
    ["Nitish Kumar reached Lalu Prasad's residence on Monday evening.", ['Nitish Kumar', 'Lalu Prasad']],
    ['Mr Blair held face-to-face talks with Mr Ahern in Downing Street.', ['Blair', 'Ahern']],
    ['Mr Brown and Mr Blair discussed the pensions row at a meeting on Monday.', ['Brown', 'Blair']],
    ['Mr Blair and Mr Ahern agreed the plan at talks in Dublin on Monday.', ['Blair', 'Ahern']],
    ['In a meeting at Downing Street on Monday, Mr Blair and Mr Brown agreed a truce.', ['Blair', 'Brown']],
    [
      'Mr Blair met Ian Paisley, who leads the DUP, and Gerry Adams at Stormont on Monday.',
      ['Blair', 'Ian Paisley', 'Gerry Adams'],
    ],
    [
      'The talks, between Mr Blair, Irish premier Bertie Ahern and the main parties, were held at Leeds Castle.',
      ['Blair', 'Bertie Ahern'],
    ],
    [
      'Mr Blair met Mr Ahern at Stormont. The two prime ministers then held talks with Mr Paisley and Mr Adams.',
      ['Blair', 'Ahern', 'Paisley', 'Adams'],
    ],
    [
      'Mr Blair met Mr Ahern on Monday. The two were later joined by Mr Adams and Mr Paisley.',
      ['Blair', 'Ahern', 'Adams', 'Paisley'],
    ],
    [
      "The meeting of INDIA bloc leaders at Mallikarjun Kharge's residence was attended by Rahul Gandhi, Sharad Pawar and M K Stalin among others.",
      ['Mallikarjun Kharge', 'Rahul Gandhi', 'Sharad Pawar', 'M K Stalin'],
    ],
    [
      'Nitish Kumar met Amit Shah on Monday. Sanjay Jha was also part of the meeting.',
      ['Nitish Kumar', 'Amit Shah', 'Sanjay Jha'],
    ],
    [
      'Nitish Kumar met Amit Shah on Monday. Sanjay Jha also joined in.',
      ['Nitish Kumar', 'Amit Shah', 'Sanjay Jha'],
    ],
    [
      'A JD(U) delegation met Amit Shah on Monday. The delegation included Nitish Kumar and Sanjay Jha.',
      ['Amit Shah', 'Nitish Kumar', 'Sanjay Jha'],
    ],
    [
      'Nitish Kumar met Amit Shah on Monday. Present on the occasion were Sanjay Jha and Lalan Singh.',
      ['Nitish Kumar', 'Amit Shah', 'Sanjay Jha', 'Lalan Singh'],
    ],
    [
      'Nitish Kumar met Amit Shah on Monday. Sanjay Jha and Lalan Singh were also in the meeting.',
      ['Nitish Kumar', 'Amit Shah', 'Sanjay Jha', 'Lalan Singh'],
    ],
    [
      'Nitish Kumar met Amit Shah on Monday. Sanjay Jha was with him.',
      ['Nitish Kumar', 'Amit Shah', 'Sanjay Jha'],
    ],
    [
      'Nitish Kumar met Amit Shah on Monday in the presence of Sanjay Jha.',
      ['Nitish Kumar', 'Amit Shah', 'Sanjay Jha'],
    ],
    [
      'Saudi Foreign Minister Prince Faisal bin Farhan called on Prime Minister Narendra Modi on Monday to discuss bilateral ties.',
      ['Faisal bin Farhan', 'Narendra Modi'],
    ],
    ['Mr Blair welcomed Mr Bush to Downing Street on Monday.', ['Blair', 'Bush']],
    ['Nitish Kumar visited the residence of Lalu Prasad on Monday.', ['Nitish Kumar', 'Lalu Prasad']],
    [
      'Nitish Kumar and Tejashwi Yadav held a meeting with officials on Monday.',
      ['Nitish Kumar', 'Tejashwi Yadav'],
    ],
    ['Mr Blair - who is in Brussels for the summit - met Mr Chirac on Monday.', ['Blair', 'Chirac']],
    ['Mr Blair, speaking after meeting Mr Chirac, said a deal was possible.', ['Blair', 'Chirac']],
    ['Mr Blair said after meeting Mr Chirac that a deal was possible.', ['Blair', 'Chirac']],
    ['"We had a good meeting," Mr Blair said after talks with Mr Chirac.', ['Blair', 'Chirac']],
    [
      'Mr Blair and Mr Brown are at odds over pensions. They met on Monday to settle the row.',
      ['Blair', 'Brown'],
    ],
  ])('finds one meeting with everyone named in "%s"', (body, participants) => {
    const found = meetings(body);
    expect(found.map((m) => m.participants)).toEqual([sorted(participants)]);
  });
});

describe('find-events (English): sides that sat down for talks, or that a meeting involved', () => {
  it.each([
    [
      'Ann Doyle, Peter Quinn and Sam Ferris sat down for talks in Dublin on Monday.',
      ['Ann Doyle', 'Peter Quinn', 'Sam Ferris'],
    ],
    [
      'The three-hour meeting at the castle on Monday involved Ann Doyle, Peter Quinn and Sam Ferris.',
      ['Ann Doyle', 'Peter Quinn', 'Sam Ferris'],
    ],
    ['Ann Doyle and Peter Quinn gathered for the meeting at the town hall.', ['Ann Doyle', 'Peter Quinn']],
  ])('finds the meeting in "%s"', (body, participants) => {
    const found = meetings(body);
    expect(found).toHaveLength(1);
    expect(found[0]?.participants).toEqual(sorted(participants));
  });

  it.each([
    'Alan Moore addressed a rally in the city on Monday. Ruth Gale said at the rally that the party would win.',
    'Alan Moore, addressing a press meeting with Ruth Gale on Monday, said the talks had gone well.',
  ])('finds no meeting in a speech to a rally or the press: "%s"', (body) => {
    expect(meetings(body)).toEqual([]);
  });

  it('finds no meeting when they will only sit down for talks', () => {
    expect(meetings('Ann Doyle and Peter Quinn will sit down for talks on Monday.')).toEqual([]);
  });
});

describe('find-events (English): a group object named by a list after a colon', () => {
  it('takes the names of the list into the meeting', () => {
    const found = meetings(
      "The premier and his deputy met the leaders of the three opposition parties on Monday: the Greens' Ann Doyle, Labour's Peter Quinn and Liberal leader Sam Ferris.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.participants).toEqual(sorted(['Ann Doyle', 'Peter Quinn', 'Sam Ferris']));
  });

  it('takes the names of the list when the subject is named too', () => {
    const found = meetings(
      "Mr Jones met the leaders of the three opposition parties on Monday: the Greens' Ann Doyle, Labour's Peter Quinn and Liberal leader Sam Ferris.",
    );
    expect(found[0]?.participants).toEqual(sorted(['Jones', 'Ann Doyle', 'Peter Quinn', 'Sam Ferris']));
  });
});

describe('find-events (English): sides named by a pronoun, an office or an adverbial', () => {
  it.each([
    [
      'Kenyan President Daniel Arap flew in on Sunday. He came to London from Washington, where he met President Bill Clinton.',
      ['Daniel Arap', 'Bill Clinton'],
    ],
    [
      'Ghanaian President John Kufuor defended the plan. On Monday the Ghanaian president met Prime Minister Tony Blair at Downing Street, on his first official visit to London.',
      ['John Kufuor', 'Tony Blair'],
    ],
    [
      'Israeli leader Ehud Olmert was in London on Monday. At a news conference following talks with Mr Blair, Mr Olmert said progress had been made.',
      ['Ehud Olmert', 'Blair'],
    ],
  ])('"%s"', (body, participants) => {
    expect(meetings(body).map((m) => m.participants)).toEqual([sorted(participants)]);
  });

  it.each([
    [
      'Howard Flight was sacked. Two local councillors who back Mr Flight met Mr Tanguay and the chairman on Tuesday.',
      [],
    ],
    ['Tony Blair, who backs Gordon Brown, met Jacques Chirac on Monday.', [['Jacques Chirac', 'Tony Blair']]],
    [
      'It has since emerged that Emmanuel Macron had met with Mr Durov several times.',
      [['Durov', 'Emmanuel Macron']],
    ],
  ])('a person named in a relative clause of the subject is no side: "%s"', (body, expected) => {
    expect(meetings(body).map((m) => m.participants)).toEqual(expected);
  });

  it('leaves a pronoun alone when it is the speaker of the sentence', () => {
    const body =
      'Union Minister Ravi Menon spoke after Anil Kumar. The minister said he held meetings with his officials on Wednesday.';
    expect(meetings(body)).toEqual([]);
  });

  it('leaves a pronoun alone when two people of that gender were just named', () => {
    const body =
      'Tony Blair and Gordon Brown spoke at the rally. Hours later, in Paris, where he met Jacques Chirac, the mood changed.';
    expect(meetings(body).map((m) => m.participants)).not.toContainEqual(
      sorted(['Tony Blair', 'Jacques Chirac']),
    );
  });
});

describe('find-events (English): meetings held one by one', () => {
  it.each([
    ['Sonia Gandhi met Sharad Pawar, Sitaram Yechury and D Raja separately on Monday.'],
    ['Sonia Gandhi held separate meetings with Sharad Pawar, Sitaram Yechury and D Raja on Monday.'],
  ])('finds one meeting with each guest in "%s"', (body) => {
    expect(meetings(body).map((m) => m.participants)).toEqual([
      sorted(['Sonia Gandhi', 'Sharad Pawar']),
      sorted(['Sonia Gandhi', 'Sitaram Yechury']),
      sorted(['Sonia Gandhi', 'D Raja']),
    ]);
  });
});

describe('find-events (English): a gathering whose people speak at it or after it', () => {
  it.each([
    [
      'Opposition leaders met in Patna on Friday to forge a united front. Nitish Kumar hosted the meeting. Speaking after the meeting, Mamata Banerjee said the parties would fight together. Rahul Gandhi told reporters after the meeting that the alliance was ready. Omar Abdullah, who attended the meeting, said there was unity.',
      ['Nitish Kumar', 'Mamata Banerjee', 'Rahul Gandhi', 'Omar Abdullah'],
    ],
    [
      'EU leaders held a summit in Brussels on Thursday. At the summit, Tony Blair clashed with Jacques Chirac over the rebate. Gerhard Schroeder told the meeting that Germany could not pay more.',
      ['Tony Blair', 'Jacques Chirac', 'Gerhard Schroeder'],
    ],
    [
      'Union Minister Ravi Menon told reporters at the end of a two-hour meeting of the front that support would continue. The meeting was convened by Ms Lalitha Rao at her residence. Party leader Anil Kumar and Dr Suresh Pillai were also present when Mr Menon briefed the press.',
      ['Ravi Menon', 'Lalitha Rao', 'Anil Kumar', 'Suresh Pillai'],
    ],
    [
      'The meeting convened by Chief Secretary V.K. Sharma was held at the secretariat on Monday. It was attended by P.N. Rao and Meera Das.',
      ['V.K. Sharma', 'P.N. Rao', 'Meera Das'],
    ],
    [
      'Chief Minister Arun Sood chaired a meeting of the coalition partners on Monday. At the meeting, Kavita Rane said the seat talks were over. During the meeting, Manoj Tiwari raised the issue of funds. Rakesh Pal told the meeting that his party would wait.',
      ['Arun Sood', 'Kavita Rane', 'Manoj Tiwari', 'Rakesh Pal'],
    ],
    [
      'Prime Minister Alan Moore addressed a meeting of party MPs on Monday. Finance Minister Ruth Gale said at the meeting that the budget was fair. Peter Hain, speaking at the meeting, backed her.',
      ['Alan Moore', 'Ruth Gale', 'Peter Hain'],
    ],
  ])('gathers everyone who spoke at or after the meeting in "%s"', (body, participants) => {
    const found = meetings(body);
    expect(found).toHaveLength(1);
    expect(found[0]?.participants).toEqual(sorted(participants));
  });

  it('does not add a bystander who comments on a meeting between two named sides', () => {
    const found = meetings(
      'Tony Blair met Gordon Brown at Downing Street on Monday. After the meeting, John Prescott said the two were united.',
    );
    expect(found.map((m) => m.participants)).toEqual([sorted(['Tony Blair', 'Gordon Brown'])]);
  });

  it('adds someone who spoke at a meeting between two named sides', () => {
    const found = meetings(
      'Tony Blair met Gordon Brown at Downing Street on Monday. At the meeting, John Prescott urged the two men to settle their differences.',
    );
    expect(found.map((m) => m.participants)).toEqual([
      sorted(['Tony Blair', 'Gordon Brown', 'John Prescott']),
    ]);
  });

  it('takes only the organiser from "convened by", not a person of another meeting in the clause', () => {
    const found = meetings(
      'Leaders of the front met in Chennai on Monday. The meeting was convened by Ms Lalitha Rao to review the deal the chief ministers reached with Prime Minister Arvind Pandey last week. Anil Kumar and Suresh Pillai were also present.',
    );
    expect(found.map((m) => m.participants)).toEqual([
      sorted(['Lalitha Rao', 'Anil Kumar', 'Suresh Pillai']),
    ]);
  });

  it('does not add the object of what a speaker did at the meeting', () => {
    const found = meetings(
      'Opposition leaders met in Patna on Friday. Nitish Kumar hosted the meeting. At the meeting, Mamata Banerjee criticised Narendra Modi.',
    );
    expect(found.map((m) => m.participants)).toEqual([sorted(['Nitish Kumar', 'Mamata Banerjee'])]);
  });
});

describe('find-events (English): date and place', () => {
  it.each([
    [
      'Opposition leaders met in New Delhi on Monday to discuss a joint candidate. Present at the meeting were Mallikarjun Kharge, Sharad Pawar and Sitaram Yechury.',
      ['Mallikarjun Kharge', 'Sharad Pawar', 'Sitaram Yechury'],
    ],
    [
      'A meeting of opposition leaders was held in New Delhi on Monday. It was attended by Sitaram Yechury, D Raja and Omar Abdullah.',
      ['Sitaram Yechury', 'D Raja', 'Omar Abdullah'],
    ],
    [
      'Leaders of 26 opposition parties met in New Delhi on Monday to plan a joint campaign. Chief Minister Siddaramaiah and his deputy D K Shivakumar hosted the leaders.',
      ['Siddaramaiah', 'D K Shivakumar'],
    ],
    [
      [
        'Opposition leaders met at the residence of NCP chief Sharad Pawar in New Delhi on Monday to discuss a common candidate.',
        'Congress president Mallikarjun Kharge said the exercise had been fruitful.',
        'The BJP mocked it. Its spokesman called it a gathering of rivals.',
        'The parties have been divided over seat sharing in several states.',
        'The Left has insisted on a common minimum programme.',
        'Sitaram Yechury, D Raja and Omar Abdullah also attended the meeting.',
      ].join('\n\n'),
      ['Sharad Pawar', 'Sitaram Yechury', 'D Raja', 'Omar Abdullah'],
    ],
  ])('dates and places the meeting of the first sentence for the people named later in %j', (body, people) => {
    expect(meetings(body)).toEqual([
      { participants: sorted(people), date: '2025-03-10', place: 'New Delhi' },
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
    'Mr Blair and Mr Ahern spoke by telephone on Monday.',
    'Mr Brown wrote to Mr Blair on Monday.',
    'Mr Blair and Mr Ahern held a video conference on Monday.',
    'Mr Blair gave an interview to Mr Paxman on Monday.',
    'Mr Blair did not meet Mr Ahern on Monday.',
    'Mr Blair and Mr Ahern have not met since March.',
    'Mr Blair is expected to meet Mr Ahern next week.',
    'Mr Blair and Mr Howard addressed a press conference in London on Monday.',
    "Mr Blair and Mr Howard clashed at prime minister's questions on Wednesday.",
    'Sonia Gandhi and Sharad Pawar were due to meet on Monday but the talks were postponed.',
    'Party workers gathered in large numbers outside, raising slogans in support of both leaders.',
    'Nitish Kumar reached Delhi on Monday. Lalu Prasad was also present at the airport.',
    'Rahul Gandhi interacted with students in Patna on Monday.',
    'Mr Adams called for talks with Mr Blair.',
    'Mr Blair held a virtual meeting with Mr Bush on Monday.',
    'Mr Blair and Mr Brown attended the funeral of Robin Cook in Edinburgh on Friday.',
    'A meeting between Nitish Kumar and Lalu Prasad is likely next week.',
    'Mr Blair and Mr Brown have not held talks since the election.',
    'Mr Brown criticised Mr Blair at a meeting of party workers on Monday.',
    'Mr Brown said at a meeting on Monday that Mr Blair should quit.',
    'Mr Howard told a meeting of Tory activists that Mr Blair had lied.',
    'Nitish Kumar had sought a meeting with Lalu Prasad.',
    'Mr Howard called on Mr Blair to resign.',
    'Mr Kennedy called on Mr Blair to publish the legal advice on Monday.',
    'Mr Blair welcomed the decision by Mr Brown.',
    'Nitish Kumar and Tejashwi Yadav visited the flood-hit areas of Darbhanga on Monday.',
    'Mr Blair and Mr Brown visited a school in Leeds on Monday.',
    'Mr Blair has criticised Mr Howard. Mr Kennedy said they met on Monday.',
  ])('finds no meeting in "%s"', (body) => {
    expect(meetings(body)).toEqual([]);
  });
});

describe('find-events (English): a meeting its convener called, and who came', () => {
  it.each([
    'Nirmal Joshi convened a meeting of opposition leaders in Patna on Friday. Abhay Sen, Uday Pawar and Sunil Kale were present.',
    'Nirmal Joshi called a meeting of senior leaders in Patna on Friday. Abhay Sen, Uday Pawar and Sunil Kale attended it.',
  ])('"%s": the convener and the people present, with its day and place', (body) => {
    expect(meetings(body)).toEqual([
      {
        participants: sorted(['Nirmal Joshi', 'Abhay Sen', 'Uday Pawar', 'Sunil Kale']),
        date: '2025-03-07',
        place: 'Patna',
      },
    ]);
  });

  it('takes no speaker or other name of the sentence for the convener', () => {
    const body =
      'Abhay Sen insisted that the Speaker had called a meeting of party leaders in his chamber on Friday. Uday Pawar and Sunil Kale were present.';
    expect(meetings(body).flatMap((m) => m.participants)).not.toContain('Abhay Sen');
  });
});

describe('find-events (English): sides named in a relative clause or an apposition', () => {
  it.each([
    [
      'Crucial to the decision was the long meeting which Prakash Mehra, the party secretary, had with Anand Kulkarni on Monday.',
      ['Prakash Mehra', 'Anand Kulkarni'],
    ],
    [
      'The parleys come close on the heels of the third round of talks Mr Vikram Sethi had with US envoy John Carver in Delhi on Monday.',
      ['Vikram Sethi', 'John Carver'],
    ],
    [
      'The talks ended on Monday with a wrap-up meeting between the US envoy, Mr John Carver, and the Prime Minister’s special envoy, Mr Vikram Sethi.',
      ['John Carver', 'Vikram Sethi'],
    ],
  ])('"%s"', (body, expected) => {
    expect(meetings(body).map((m) => m.participants)).toEqual([sorted(expected)]);
  });

  it('does not take a person inside the subject of the relative clause for a side', () => {
    const body = 'The meeting which supporters of Rahul Verma had with Anand Kulkarni on Monday was stormy.';
    expect(meetings(body).flatMap((m) => m.participants)).not.toContain('Rahul Verma');
  });
});

describe('find-events (English): two names joined by a hyphen before a meeting noun', () => {
  it('makes both people the sides of the talks', () => {
    const body =
      'Prime Minister Arjun Mehra arrived in Colombo on Sunday. Pakistan Prime Minister Nadeem Qureshi came a day later. The optimism after the Mehra-Qureshi talks on Monday may not last.';
    const found = meetings(body);
    expect(found.map((m) => m.participants)).toEqual([['Arjun Mehra', 'Nadeem Qureshi']]);
  });

  it('keeps a hyphenated word before a meeting noun whole when it is no pair of names', () => {
    const body = 'The Indo-Pak talks resumed on Monday in Delhi.';
    expect(meetings(body)).toEqual([]);
  });
});

describe('find-events (English): "him" or "her" as the other side', () => {
  it.each([
    [
      'Congress leader Meera Sethi reached Delhi on Monday. Party president Arun Kharade met her on Tuesday.',
      ['Arun Kharade', 'Meera Sethi'],
    ],
    [
      'Party chief Jaya Raman arrived in the capital on Monday. Defence Minister Ravi Menon and BJP leader Ajay Kohli met her twice on Tuesday.',
      ['Ravi Menon', 'Ajay Kohli', 'Jaya Raman'],
    ],
  ])('takes the one person the pronoun can stand for: "%s"', (body, expected) => {
    expect(meetings(body).map((m) => m.participants)).toEqual([sorted(expected)]);
  });

  it('takes nobody when two people of the previous sentence could be meant', () => {
    const body =
      'Meera Sethi and Lata Rao reached Delhi on Monday. Party president Arun Kharade met her on Tuesday.';
    expect(meetings(body).flatMap((m) => m.participants)).not.toContain('Meera Sethi');
  });
});

describe('find-events (English): hours or rounds of talks', () => {
  it.each([
    ['Rahul Verma held two rounds of talks with Anil Sood in Delhi on Monday.', ['Rahul Verma', 'Anil Sood']],
    [
      'Mr John Carver held more than three hours of "comprehensive" talks with officials led by Foreign Secretary Shamsher Ali on Monday.',
      ['John Carver', 'Shamsher Ali'],
    ],
  ])('"%s"', (body, expected) => {
    expect(meetings(body).map((m) => m.participants)).toEqual([sorted(expected)]);
  });
});

describe('find-events (English): meetings still to come', () => {
  it.each([
    [
      'They said the issue would figure in the bilateral talks between Prime Minister Arjun Mehra and his counterpart Nadeem Qureshi.',
    ],
    [
      'Ms Lara Price’s meeting with External Affairs Minister Vikram Sethi would be spread over two sessions.',
    ],
    ['Prime Minister Arjun Mehra is visiting Brunei at the invitation of Sultan Haji Omar Bolkiah.'],
  ])('"%s"', (body) => {
    expect(meetings(body)).toEqual([]);
  });
});
