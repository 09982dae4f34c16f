/**
 * English quote attribution on held-out wire-style passages written for these tests (BBC / Reuters and
 * PTI / IANS styles; not taken from any article): speakers named by role, by an apposition, by a
 * party-qualified role, by a peerage title, quotes after colons, and unnamed spokesmen.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

function speakers(body: string): [quote: string, speaker: string | null][] {
  const doc = extract({ ingestedFrom: 'test.txt', body, publishedAt: '2025-03-11', language: 'en' });
  return doc.statements
    .filter((s) => s.kind === 'DIRECT')
    .map((s) => [s.text, s.speaker === null ? null : (doc.entities[s.speaker]?.name ?? null)]);
}

describe('attribute-quotes (English): the second half of a double-barrelled surname', () => {
  it('gives the quotation to the person named in full before', () => {
    const body =
      'Foreign Minister Karim Abdel-Rahman spoke to President Leila Haddad by phone on Monday.\n\nRahman, for his part, said the talks were "open and useful" for both sides.';
    expect(speakers(body)).toEqual([['open and useful', 'Karim Abdel-Rahman']]);
  });
});

describe('attribute-quotes (English): a quotation over two paragraphs, its speaker after the last piece', () => {
  it('gives both pieces to the speaker named after the second', () => {
    const body =
      'President Amara Okonjo condemned the attack.\n\nIt was the deadliest strike in two years.\n\n“The attack on the convoy is cowardly. I express my condolences to the families.\n\n“Our country will not be intimidated,” Okonjo said in a post on X.';
    expect(speakers(body)).toEqual([
      ['The attack on the convoy is cowardly. I express my condolences to the families.', 'Amara Okonjo'],
      ['Our country will not be intimidated', 'Amara Okonjo'],
    ]);
  });
});

describe('attribute-quotes (English): an office that continues the speech of the person just quoted', () => {
  it('gives "the charity\'s director added" to the person quoted before', () => {
    const body =
      'Oxfam\'s Helen Marsh said: "Rich countries give less every year."\n\n"The poorest pay with their lives," the charity\'s director added.';
    expect(speakers(body)).toEqual([
      ['Rich countries give less every year.', 'Helen Marsh'],
      ['The poorest pay with their lives', 'Helen Marsh'],
    ]);
  });

  it('still leaves "the spokesman added" to an unnamed speaker', () => {
    const body =
      'Oxfam\'s Helen Marsh said: "Rich countries give less every year."\n\n"The poorest pay with their lives," the spokesman added.';
    expect(speakers(body)[1]).toEqual(['The poorest pay with their lives', null]);
  });
});

describe('attribute-quotes (English): a statement whose issuer the article named', () => {
  it('gives "the statement said" to the person who said it in a statement', () => {
    const body =
      'Union leader Ravi Menon said in a statement, "The decision is welcome."\n\nThe union has 40,000 members, he added.\n\n"The ban was never justified," the statement said.';
    expect(speakers(body)).toEqual([
      ['The decision is welcome.', 'Ravi Menon'],
      ['The ban was never justified', 'Ravi Menon'],
    ]);
  });
});

describe('attribute-quotes (English): less common verbs of saying after the quotation', () => {
  it.each([
    ['"I could not think of a thing to say," a crestfallen Mr Okafor confided.', 'Okafor'],
    ['"We were never told," Mr Okafor testified on Tuesday.', 'Okafor'],
    ['"Perhaps next year," Mr Okafor mused.', 'Okafor'],
  ])('gives the quotation to the speaker: %j', (body, speaker) => {
    expect(speakers(body).map(([, s]) => s)).toEqual([speaker]);
  });
});

describe('attribute-quotes (English): an office set after the name that opens the clause', () => {
  it('gives the quotation to the person, not to the office', () => {
    const body =
      'Gwilym Pryce Evans, Plaid Cymru education spokesman said: "It is the same promise as last year."';
    expect(speakers(body)).toEqual([['It is the same promise as last year.', 'Gwilym Pryce Evans']]);
  });

  it('leaves an unnamed spokesman after a clause about someone else unnamed', () => {
    const body = 'After meeting Gwilym Pryce Evans, a Downing Street spokesman said: "It went well."';
    expect(speakers(body)).toEqual([['It went well.', null]]);
  });
});

describe('attribute-quotes (English): a pronoun after a sentence about a document', () => {
  it('gives "he said" to the man who welcomed the report', () => {
    const body =
      'The report was welcomed by shadow health secretary Andrew Lansley. "Patients must come first in the next parliament," he said.';
    expect(speakers(body)).toEqual([['Patients must come first in the next parliament', 'Andrew Lansley']]);
  });
});

describe('attribute-quotes (English): speakers named by their role', () => {
  it.each([
    [
      'Michael Howard, the Conservative leader, spoke first. "The country deserves better," the Tory leader said.',
      'The country deserves better',
      'Michael Howard',
    ],
    [
      'Charles Kennedy said his party would oppose the bill. "It is illiberal," the Lib Dem leader said.',
      'It is illiberal',
      'Charles Kennedy',
    ],
    [
      'Tejashwi Yadav attacked the government over jobs. "They are scared," the RJD leader said.',
      'They are scared',
      'Tejashwi Yadav',
    ],
    [
      'Siddaramaiah, the Karnataka chief minister, hit out at the Centre. "Karnataka is being punished," the chief minister said.',
      'Karnataka is being punished',
      'Siddaramaiah',
    ],
    [
      'Prime Minister Tony Blair met union leaders on Monday. Later, the prime minister said: "We listened carefully."',
      'We listened carefully.',
      'Tony Blair',
    ],
    [
      'Conservative leader Michael Howard attacked the plans. The Tory leader said: "This is wrong."',
      'This is wrong.',
      'Michael Howard',
    ],
    [
      'The Lord Chancellor, Lord Falconer, said: "Judges must be independent."',
      'Judges must be independent.',
      'Falconer',
    ],
    [
      'Home Secretary Charles Clarke unveiled the plans. "These powers are necessary," the home secretary told MPs.',
      'These powers are necessary',
      'Charles Clarke',
    ],
    [
      'Samajwadi leader Ram Gopal Yadav said: "We are ready." His colleague, Dimple Yadav, added: "The BJP is scared."',
      'The BJP is scared.',
      'Dimple Yadav',
    ],
    [
      '"We will not be bullied," said Jack Straw, the foreign secretary.',
      'We will not be bullied',
      'Jack Straw',
    ],
  ])('attributes the quote in "%s"', (body, quote, speaker) => {
    expect(speakers(body)).toContainEqual([quote, speaker]);
  });

  it.each([
    [
      'Chief Minister Devendra Fadnavis met Eknath Shinde on Monday.\n\nShinde, however, sounded a note of caution. "We will decide later," the former chief minister said.',
      'We will decide later',
      'Eknath Shinde',
    ],
    [
      'Chief Minister Devendra Fadnavis met Eknath Shinde on Monday.\n\nShinde issued a word of warning. "Nothing is final," the former chief minister said.',
      'Nothing is final',
      'Eknath Shinde',
    ],
  ])('does not give "the former X" to the sitting X: "%s"', (body, quote, speaker) => {
    expect(speakers(body)).toContainEqual([quote, speaker]);
  });

  it.each([
    [
      'Tony Blair arrived in Brussels. A Downing Street spokesman said: "The talks were productive."',
      'The talks were productive.',
    ],
    [
      'Gordon Brown met G8 finance ministers. "A deal is close," the French finance minister said.',
      'A deal is close',
    ],
  ])('leaves the speaker unnamed in "%s"', (body, quote) => {
    expect(speakers(body)).toContainEqual([quote, null]);
  });
});

describe('attribute-quotes (English): BBC and wire attribution habits', () => {
  it.each([
    [
      'Chairman of the audit committee Tim Loughton MP said: "The figures do not add up."',
      'The figures do not add up.',
      'Tim Loughton',
    ],
    [
      'For the defence, Helen Grindrod QC said: "My client was never told."',
      'My client was never told.',
      'Helen Grindrod',
    ],
    [
      'Bob Nolan, leader of the London Assembly Conservatives, said: "He has behaved badly."',
      'He has behaved badly.',
      'Bob Nolan',
    ],
    [
      'Colin Ashby, Blackpool Hotel Association said: "We have tried very hard to bring them back."',
      'We have tried very hard to bring them back.',
      'Colin Ashby',
    ],
    [
      'Yesterday Conservative Peter Luff said: "This is a tax on families."',
      'This is a tax on families.',
      'Peter Luff',
    ],
    [
      '"Nobody in the hall was fooled by it," said Terry Wigan, a party member for 30 years.',
      'Nobody in the hall was fooled by it',
      'Terry Wigan',
    ],
    [
      'Mr Crewe denied it. Mr Crewe said: "I never wrote those words."',
      'I never wrote those words.',
      'Crewe',
    ],
    [
      'Jack Dundee, 61, is the candidate. Mr. Dundee said: "Voters want change."',
      'Voters want change.',
      'Jack Dundee',
    ],
    [
      'Housing Minister Ann Surrey opened the debate. Ms Surrey said: "Rents must come down."',
      'Rents must come down.',
      'Ann Surrey',
    ],
    [
      'Strategist Lorcan Crewe advised the party. "We will win the marginals," Crewe said.',
      'We will win the marginals',
      'Lorcan Crewe',
    ],
    [
      'Workers met Deputy Chief Minister Kyrmenlang Dhar. Dhar said, "Wages will be paid this week."',
      'Wages will be paid this week.',
      'Kyrmenlang Dhar',
    ],
    [
      'Lord Pannick of Crewe, who led the review, said: "The rules are unfair."',
      'The rules are unfair.',
      'Pannick',
    ],
    [
      'Chancellor Gordon Brown told BBC Radio 4\'s Today programme: "We will not put the recovery at risk."',
      'We will not put the recovery at risk.',
      'Gordon Brown',
    ],
    [
      'Home Secretary Charles Clarke told the BBC: "These measures are proportionate."',
      'These measures are proportionate.',
      'Charles Clarke',
    ],
    [
      'In a statement, Labour\'s Alan Milburn said: "The party is united."',
      'The party is united.',
      'Alan Milburn',
    ],
    [
      'Oliver Letwin, the shadow chancellor, said: "Labour has lost control of spending."',
      'Labour has lost control of spending.',
      'Oliver Letwin',
    ],
    [
      'Foreign Secretary Jack Straw defended the war. "It was the right thing to do," he went on.',
      'It was the right thing to do',
      'Jack Straw',
    ],
    [
      'Culture Secretary Tessa Jowell rejected the criticism. "I acted properly at all times," she insisted.',
      'I acted properly at all times',
      'Tessa Jowell',
    ],
    [
      'Health Secretary John Reid told Sky News: "Waiting lists are falling." He went on: "Nobody can deny the progress."',
      'Nobody can deny the progress.',
      'John Reid',
    ],
    [
      'Foreign Secretary Jack Straw was asked about Iraq. He replied: "We acted within international law."',
      'We acted within international law.',
      'Jack Straw',
    ],
    [
      'Congress leader Jairam Ramesh told PTI: "The government has failed on every front."',
      'The government has failed on every front.',
      'Jairam Ramesh',
    ],
    [
      '"The BJP is running scared," Congress spokesperson Pawan Khera told reporters here.',
      'The BJP is running scared',
      'Pawan Khera',
    ],
    [
      'Prime Minister Tony Blair rejected the claims. "Nobody lied," he said, "and nobody inserted anything into the dossier."',
      'and nobody inserted anything into the dossier.',
      'Tony Blair',
    ],
    [
      'According to Liberal Democrat leader Charles Kennedy, the war was "a grave mistake".',
      'a grave mistake',
      'Charles Kennedy',
    ],
    [
      'Conservative leader Michael Howard said: "Mr Blair promised to be whiter than white." Mr Blair, he added, "has broken that promise".',
      'has broken that promise',
      'Michael Howard',
    ],
    [
      'Tory leader Michael Howard visited Kent. The Tory leader, who was speaking in Dover, said: "We will secure our borders."',
      'We will secure our borders.',
      'Michael Howard',
    ],
    [
      '"We have," Chancellor Gordon Brown said, "no plans to raise income tax."',
      'no plans to raise income tax.',
      'Gordon Brown',
    ],
    [
      '"The situation is grim," according to Congress leader Jairam Ramesh.',
      'The situation is grim',
      'Jairam Ramesh',
    ],
    [
      '"We are with the farmers" - Congress leader Priyanka Gandhi Vadra',
      'We are with the farmers',
      'Priyanka Gandhi Vadra',
    ],
  ])('attributes the quote in %j', (body, quote, speaker) => {
    expect(speakers(body)).toContainEqual([quote, speaker]);
  });

  it.each([
    [
      'The Conservatives said the figures were "a damning indictment of Labour\'s record".',
      "a damning indictment of Labour's record",
      'Conservative Party',
    ],
    [
      '"The government has failed," the Liberal Democrats said in a statement.',
      'The government has failed',
      'Liberal Democrats',
    ],
    [
      'The Electoral Commission said in a statement: "We will review the rules."',
      'We will review the rules.',
      'Electoral Commission',
    ],
    [
      'The Labour manifesto says: "We will halve child poverty by 2010."',
      'We will halve child poverty by 2010.',
      'Labour Party',
    ],
    [
      'A BJP statement said: "The party will contest all seats."',
      'The party will contest all seats.',
      'Bharatiya Janata Party',
    ],
    [
      '"We are disappointed," according to a statement from the Labour Party.',
      'We are disappointed',
      'Labour Party',
    ],
  ])('gives the quote in %j to the organisation', (body, quote, speaker) => {
    expect(speakers(body)).toContainEqual([quote, speaker]);
  });

  it('gives a quote from a seat of government to the office it stands for, beside the place', () => {
    const body =
      'Tony Blair met Gordon Brown at Downing Street on Monday. "The two men had a constructive discussion," Downing Street said.';
    const doc = extract({ ingestedFrom: 'test.txt', body, publishedAt: '2025-03-11', language: 'en' });
    const [statement] = doc.statements;
    expect(statement?.speakerType).toBe('ORGANIZATION');
    expect(doc.entities[statement?.speaker ?? -1]).toMatchObject({
      type: 'ORGANIZATION',
      name: 'Downing Street',
    });
    expect(doc.entities.filter((e) => e.type === 'PLACE').map((e) => e.name)).toContain('Downing Street');
  });

  it.each([
    ['"There is no question of a change," Number 10 said.', 'There is no question of a change'],
    ['"There will be no U-turn," Whitehall sources said.', 'There will be no U-turn'],
    ['He said, "Youth are jobless."', 'Youth are jobless.'],
  ])('keeps a short quotation followed by a verb of saying as speech: %j', (body, quote) => {
    expect(speakers(body)).toEqual([[quote, null]]);
  });

  it.each([
    [
      'Chancellor Gordon Brown is expected to speak. A spokesman for Mr Brown said: "He will set out his plans next week."',
      'He will set out his plans next week.',
    ],
    ['"We are not going to give up," a Labour spokeswoman said.', 'We are not going to give up'],
    [
      'The leaked minutes say: "The prime minister must decide soon."',
      'The prime minister must decide soon.',
    ],
    ['"It is a disgrace," said one Labour backbencher.', 'It is a disgrace'],
    ['"We will not back down," a senior Labour MP said.', 'We will not back down'],
    [
      'Rebel MPs met on Monday. "We will vote against it," one rebel told the BBC.',
      'We will vote against it',
    ],
    ['"The chancellor is furious," an ally of Mr Brown said.', 'The chancellor is furious'],
    ['"This is a betrayal," said a senior Tory figure.', 'This is a betrayal'],
  ])('leaves a spokesman for someone unnamed in %j', (body, quote) => {
    expect(speakers(body)).toContainEqual([quote, null]);
  });

  it('continues the speaker over paragraphs that open with a fresh quotation mark', () => {
    const body =
      'Home Secretary Charles Clarke said: "We face a serious threat.\n\n"We have to act now to protect the public.\n\n"These powers will be used sparingly."';
    expect(speakers(body)).toEqual([
      ['We face a serious threat.', 'Charles Clarke'],
      ['We have to act now to protect the public.', 'Charles Clarke'],
      ['These powers will be used sparingly.', 'Charles Clarke'],
    ]);
  });

  it('gives a quotation standing alone after a pronoun-attributed one to the same speaker', () => {
    const body =
      'Prime Minister Tony Blair spoke at the conference.\n\n"We have changed Britain for the better," he said.\n\n"But there is much more to do."\n\nTory leader Michael Howard said the speech was "complacent and out of touch".';
    expect(speakers(body)).toEqual([
      ['We have changed Britain for the better', 'Tony Blair'],
      ['But there is much more to do.', 'Tony Blair'],
      ['complacent and out of touch', 'Michael Howard'],
    ]);
  });
});

describe('attribute-quotes (English): "the government said" needs a government', () => {
  it('leaves the government unnamed when the article names only the opposition', () => {
    const body =
      'The Conservatives called for reform. The government says children cannot be divided up "like property" when a marriage ends.';
    expect(speakers(body)).toEqual([['like property', null]]);
  });

  it('gives the government to the party the article wrote with that word', () => {
    const body = 'The Labour government defended the plan. The government said: "We will not change course."';
    expect(speakers(body)).toEqual([['We will not change course.', 'Labour Party']]);
  });
});

describe('attribute-quotes (English): quotation marks that do not mark speech', () => {
  it.each([
    'Labour\'s campaign, dubbed "Britain forward not back", was launched in the Midlands on Monday.',
    'The committee published its report, "Policing the Streets", on Tuesday.',
    'Voters in the seat were sent leaflets headed "Time for a change".',
    'Congress leader Rahul Gandhi told "The Hindu" that the party would fight back.',
    'Congress leader Rahul Gandhi launched the "Bharat Jodo Yatra" from Kanyakumari.',
    'Union Minister Anurag Thakur said the film "The Kashmir Files" should be made tax-free.',
    'Home Secretary David Blunkett\'s book, "The Blunkett Tapes", will be published next month.',
  ])('finds no statement in %j', (body) => {
    expect(speakers(body)).toEqual([]);
  });
});

describe('attribute-quotes (English): a role goes to the holder of that very office', () => {
  it.each([
    [
      'Home Secretary Charles Clarke unveiled new laws on Monday.\n\nShadow home secretary David Davis said the plans were flawed.\n\nThe home secretary said: "These powers are needed to protect the public."',
      'These powers are needed to protect the public.',
      'Charles Clarke',
    ],
    [
      'Chancellor Gordon Brown set out his plans. Shadow chancellor Oliver Letwin attacked them.\n\n"These plans are prudent," the chancellor said.',
      'These plans are prudent',
      'Gordon Brown',
    ],
    [
      'Chancellor Gordon Brown set out his plans. Shadow chancellor Oliver Letwin attacked them.\n\n"These plans are a fantasy," the shadow chancellor said.',
      'These plans are a fantasy',
      'Oliver Letwin',
    ],
    [
      'Chief Minister Yogi Adityanath chaired the meeting. Deputy Chief Minister Keshav Prasad Maurya also spoke.\n\n"Law and order has improved," the chief minister said.',
      'Law and order has improved',
      'Yogi Adityanath',
    ],
  ])('attributes the quote in %j', (body, quote, speaker) => {
    expect(speakers(body)).toContainEqual([quote, speaker]);
  });
});

describe('attribute-quotes (English): a lede that names the office before the person', () => {
  it('gives the lede quote to the person the next sentence names', () => {
    const body =
      'Straw presses Iran\n\nBritain\'s foreign secretary has warned Iran of "serious consequences" if it resumes enrichment.\n\nJack Straw said the international community was united.';
    expect(speakers(body)).toContainEqual(['serious consequences', 'Jack Straw']);
  });

  it('does not give it to a next-named person who holds another office', () => {
    const body =
      'Election called\n\nThe prime minister has said the country faces "a clear choice" at the election.\n\nTory leader Michael Howard said his party was ready.';
    expect(speakers(body)).toEqual([['a clear choice', null]]);
  });
});

describe('attribute-quotes (English): "he added" goes on with the speaker quoted before', () => {
  it.each([
    [
      'Tory leader Michael Howard said: "We will cut taxes."\n\nThe pledge came as Chancellor Gordon Brown prepared his budget.\n\n"Labour has taxed by stealth," he added.',
      'Labour has taxed by stealth',
      'Michael Howard',
    ],
    [
      'Tory leader Michael Howard said: "We will cut taxes."\n\nLiberal Democrat leader Charles Kennedy said the Tory sums were wrong.\n\n"They are living in a fantasy world," he added.',
      'They are living in a fantasy world',
      'Charles Kennedy',
    ],
  ])('attributes the last quote in %j', (body, quote, speaker) => {
    expect(speakers(body)).toContainEqual([quote, speaker]);
  });
});

describe('attribute-quotes (English): "the party said" is not the outlet someone spoke to', () => {
  it.each([
    [
      'Home Secretary Charles Clarke told the BBC the plans were fair. The government said: "These measures are temporary."',
      'These measures are temporary.',
      null,
    ],
    [
      'Union Minister Piyush Goyal spoke to ANI. The ministry said in a statement: "Trains will run on time."',
      'Trains will run on time.',
      null,
    ],
    [
      'Tory leader Michael Howard spoke to Sky News. The party said: "We are ready for government."',
      'We are ready for government.',
      'Conservative Party',
    ],
  ])('attributes the quote in %j', (body, quote, speaker) => {
    expect(speakers(body)).toContainEqual([quote, speaker]);
  });
});

describe('attribute-quotes (English): a quotation that opens right where the last one closed', () => {
  it('goes on with the speaker of the last one', () => {
    const body =
      'Union leader Mark Ellison, who joined the picket line, said: "We want talks, not announcements. "There is a sensible way to do this." "The strike was called for one day and no further action is planned yet." The department said: "This is about national pay and not about local issues."';
    expect(speakers(body)).toEqual([
      ['We want talks, not announcements.', 'Mark Ellison'],
      ['There is a sensible way to do this.', 'Mark Ellison'],
      ['The strike was called for one day and no further action is planned yet.', 'Mark Ellison'],
      ['This is about national pay and not about local issues.', null],
    ]);
  });
});

describe('attribute-quotes (English): an office is not its deputy, its shadow or another office', () => {
  it.each([
    [
      'Deputy Prime Minister Alan Pryce opened the conference on Monday. Tom Hale was in Brussels. The prime minister said: "The talks went well."',
      null,
    ],
    [
      'Shadow chancellor Neil Carver attacked the plans on Monday. The chancellor said: "These plans are fully costed."',
      null,
    ],
    [
      'The Prime Minister Tom Hale has called for an apology, but so far the mayor has refused. The mayor accused the reporter of "doorstepping him at a party".',
      null,
    ],
    [
      'Chancellor Gordon Pike and shadow chancellor Neil Carver clashed on Monday. The chancellor said: "These plans are fully costed."',
      'Gordon Pike',
    ],
  ])('"%s"', (body, speaker) => {
    expect(speakers(body).map(([, s]) => s)).toEqual([speaker]);
  });
});

describe('attribute-quotes (English): "the EAM" is the external affairs minister', () => {
  it('gives the reception to the minister the article named', () => {
    const body =
      "External Affairs Minister Raghav Menon arrived in Riyadh on Sunday for talks. The EAM received a warm welcome from Saudi Arabia's Deputy Minister for Protocol Affairs Khalid Al Omar in Riyadh.";
    const doc = extract({ ingestedFrom: 'test.txt', body, publishedAt: '2025-03-11', language: 'en' });
    const meetings = doc.events.filter((e) => e.kind === 'MEETING');
    expect(meetings.map((e) => e.participants.map((p) => doc.entities[p]?.name).sort())).toEqual([
      ['Khalid Al Omar', 'Raghav Menon'],
    ]);
  });
});
