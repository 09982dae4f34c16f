import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../domain.js';
import { evaluateCorpus } from '../eval/run-eval.js';
import { loadGold } from '../eval/load-gold.js';
import { corpusDir } from '../eval/run-eval.js';
import { detectLanguage } from './detect-language.js';
import { findEntities } from './find-entities.js';
import { createDoc } from './normalize-text.js';
import { parseHeader } from './parse-header.js';
import { splitText } from './split-text.js';

function run(body: string): Doc {
  return findEntities(splitText(parseHeader(detectLanguage(createDoc({ ingestedFrom: 'test.txt', body })))));
}

const names = (doc: Doc, type: 'PERSON' | 'ORGANIZATION' | 'PLACE') =>
  doc.entities.filter((e) => e.type === type).map((e) => e.name);

const entity = (doc: Doc, name: string) => {
  const index = doc.entities.findIndex((e) => e.name === name || e.latinName === name);
  return { index, entity: doc.entities[index] };
};

describe('find-entities: English persons', () => {
  it.each([
    ['Foreign Secretary Jack Straw arrived in Islamabad on Monday.', 'Jack Straw', 'Foreign Secretary'],
    [
      'Karnataka Chief Minister Siddaramaiah said the state would back the plan.',
      'Siddaramaiah',
      'Chief Minister',
    ],
    [
      'The talks were chaired by Deputy Prime Minister John Prescott in London.',
      'John Prescott',
      'Deputy Prime Minister',
    ],
    ['Speaking in Patna, Mr Nitish Kumar said the alliance was intact.', 'Nitish Kumar', 'Mr'],
    [
      'The AIADMK chief Ms J. Jayalalitha told reporters in Chennai that support was under review.',
      'J. Jayalalitha',
      'Ms',
    ],
  ])('strips the title from "%s"', (body, name, title) => {
    const doc = run(body);
    const { entity: person } = entity(doc, name);
    expect(person?.type).toBe('PERSON');
    expect(person?.titles).toContain(title);
  });

  it.each([
    [
      'Samajwadi Party (SP) chief Akhilesh Yadav met party workers in Lucknow on Friday.',
      'Akhilesh Yadav',
      'chief',
      'Samajwadi Party',
    ],
    [
      'Congress chief Mallikarjun Kharge chaired the meeting in New Delhi.',
      'Mallikarjun Kharge',
      'chief',
      'Indian National Congress',
    ],
    [
      'Tory leader Michael Howard attacked the plan on Tuesday.',
      'Michael Howard',
      'leader',
      'Conservative Party',
    ],
  ])('records the affiliation in "%s"', (body, person, role, org) => {
    const doc = run(body);
    const p = entity(doc, person).index;
    const aff = doc.affiliations.find((a) => a.person === p);
    expect(aff?.role).toBe(role);
    expect(aff && aff.organization !== null ? doc.entities[aff.organization]?.name : null).toBe(org);
  });

  it('gives "senior party leader X" the party named before in the article', () => {
    const doc = run(
      'BSP president Mayawati on Tuesday met senior party leader Satish Chandra Mishra at her residence in Lucknow.',
    );
    const mishra = entity(doc, 'Satish Chandra Mishra').index;
    const aff = doc.affiliations.find((a) => a.person === mishra);
    expect(aff?.role).toBe('senior leader');
    expect(doc.entities[aff?.organization ?? -1]?.name).toBe('Bahujan Samaj Party');
  });

  it.each([
    [
      'Samajwadi Party leaders gathered outside the Jauhar University campus.',
      ['Jauhar University', 'Samajwadi Party'],
    ],
    ['The INDIA bloc criticised the government, and the SP is a part of the INDIA bloc.', ['INDIA bloc']],
    [
      'He was released from Sitapur Jail on Tuesday after the Allahabad High Court granted bail.',
      ['Sitapur Jail'],
    ],
    [
      '#WATCH | Uttar Pradesh: party workers gathered in Rampur. pic.twitter.com/abc — ANI (@ANI) October 8, 2025',
      [],
    ],
    ['Security was tightened in Moradabad on Wednesday. Police personnel were deployed in March.', []],
  ])('does not make people of parties, blocs, institutions, months or handles: "%s"', (body, notPeople) => {
    const doc = run(body);
    expect(names(doc, 'PERSON')).toEqual([]);
    for (const n of notPeople)
      expect(doc.entities.some((e) => e.name === n && e.type !== 'PERSON')).toBe(true);
  });

  it('treats a title-case subhead as a heading, not as a list of people', () => {
    const doc = run(
      'Rahul Gandhi met Sharad Pawar in Mumbai on Monday.\n\nCongress Reacts To Gandhi-Pawar Meeting Ahead Of Polls\n\nThe meeting lasted an hour.',
    );
    expect(names(doc, 'PERSON').sort()).toEqual(['Rahul Gandhi', 'Sharad Pawar']);
  });
});

describe('find-entities: organisations and places', () => {
  it('knows countries by the names news copy uses, and names them so', () => {
    const doc = run('Talks on Syria and Laos were held in Moldova, with envoys from East Timor.');
    expect(names(doc, 'PLACE')).toEqual(['Syria', 'Laos', 'Moldova', 'East Timor']);
    expect(entity(doc, 'Syria').entity?.lexiconId).toBe('SY');
  });

  it('makes an acronym in parentheses an alias of the organisation and links its later uses', () => {
    const doc = run(
      'The Central Election Committee (CEC) met on Monday. The CEC will meet again on Friday in New Delhi.',
    );
    const cec = entity(doc, 'Central Election Committee');
    expect(cec.entity?.aliases).toContain('CEC');
    expect(doc.mentions.filter((m) => m.entity === cec.index && m.form === 'ACRONYM')).toHaveLength(2);
  });

  it.each([
    [
      'Lib Dems and the Tories both opposed the bill, Labour said.',
      ['Liberal Democrats', 'Conservative Party', 'Labour Party'],
    ],
    ['The BJP and the RJD traded charges in Bihar.', ['Bharatiya Janata Party', 'Rashtriya Janata Dal']],
    ['भाजपा और सपा के नेताओं ने लखनऊ में बैठक की।', ['Bharatiya Janata Party', 'Samajwadi Party']],
  ])('finds parties by any of their names: "%s"', (body, parties) => {
    const doc = run(body);
    for (const p of parties) expect(doc.entities.some((e) => e.name === p || e.latinName === p)).toBe(true);
  });

  it.each([
    [
      'The minister flew from Lucknow to Gorakhpur and then to Kathmandu.',
      ['Lucknow', 'Gorakhpur', 'Kathmandu'],
    ],
    [
      'NEW DELHI: The delegation will visit Tamil Nadu and Kerala next week.',
      ['New Delhi', 'Tamil Nadu', 'Kerala'],
    ],
    ['मंत्री लखनऊ से गोरखपुर गए और फिर पश्चिम बंगाल पहुंचे।', ['Lucknow', 'Gorakhpur', 'West Bengal']],
    // Hindi names the hand-written supplement gives a GeoNames city.
    ['वह बंगलौर में रहते हैं और नोएडा में काम करते हैं।', ['Bengaluru', 'Noida']],
    ['राष्ट्रपति वॉशिंगटन पहुंचे।', ['Washington']],
  ])('finds places through the gazetteer: "%s"', (body, places) => {
    const doc = run(body);
    const found = doc.entities.filter((e) => e.type === 'PLACE').map((e) => e.latinName ?? e.name);
    expect(found).toEqual(expect.arrayContaining(places));
  });

  it('takes Washington for the capital of the United States', () => {
    const doc = run('The minister flew to Washington on Monday.');
    expect(doc.entities.find((e) => e.type === 'PLACE')?.lexiconId).toBe('US/Washington');
  });

  it('makes the dateline place an entity with a mention at the dateline span', () => {
    const doc = run('Lucknow, Nov 7 (IANS) The chief minister met farmers on Friday.');
    const span = doc.meta.datelineSpan;
    expect(span).not.toBeNull();
    const m = doc.mentions.find((x) => x.start === span?.start);
    expect(m?.type).toBe('PLACE');
    expect(doc.entities[m?.entity ?? -1]?.name).toBe('Lucknow');
  });
});

describe('find-entities: within-article coreference', () => {
  it.each([
    [
      'Tony Blair spoke first. Later Mr Blair said the talks had gone well, and Blair left.',
      'Tony Blair',
      ['Blair'],
    ],
    [
      'Akhilesh Yadav reached Rampur on Wednesday. Akhilesh’s visit came after months of silence.',
      'Akhilesh Yadav',
      ['Akhilesh'],
    ],
    ['Senior leader Azam Khan met him at home. Khan later thanked the workers.', 'Azam Khan', ['Khan']],
  ])('links short forms to the full name: "%s"', (body, full, shorts) => {
    const doc = run(body);
    const { index } = entity(doc, full);
    const texts = doc.mentions.filter((m) => m.entity === index).map((m) => m.text);
    expect(texts).toEqual(expect.arrayContaining(shorts));
    expect(names(doc, 'PERSON')).toEqual([full]);
  });

  it.each([
    [
      'Farmer leader Harbans Singh Dhillon is on an indefinite fast. On Monday, Harbans Dhillon said he would go on.',
      'Harbans Singh Dhillon',
      'Harbans Dhillon',
    ],
    [
      'Chief Minister A. Ravindra Reddy inaugurated the bridge. Ravindra Reddy said the state would build more.',
      'A. Ravindra Reddy',
      'Ravindra Reddy',
    ],
    [
      'Former chief minister Ramdas Singh Yadav campaigned in the town, where Ramdas Singh is still popular.',
      'Ramdas Singh Yadav',
      'Ramdas Singh',
    ],
    [
      'Tory leader Iain Duncan Smith spoke first. Later Duncan Smith told reporters the plan was costed.',
      'Iain Duncan Smith',
      'Duncan Smith',
    ],
  ])('a full name written shorter in the same article is the same person: "%s"', (body, full, short) => {
    const doc = run(body);
    const { index } = entity(doc, full);
    expect(doc.mentions.filter((m) => m.entity === index).map((m) => m.text)).toContain(short);
    expect(names(doc, 'PERSON')).toEqual([full]);
  });

  it('keeps a royal named by a given name apart from another person with that given name', () => {
    const doc = run('Charles Kennedy spoke first. On Thursday, Prince Charles and his wife hosted a dinner.');
    expect(names(doc, 'PERSON').sort()).toEqual(['Charles', 'Charles Kennedy']);
  });

  it.each([
    [
      'Rajinder Singh Brar and Rajinder Singh Mann both spoke. Rajinder Singh was not present.',
      'Rajinder Singh',
    ],
    ['Daniel Moore Jr, the son of Daniel Moore, said the family was shocked.', 'Daniel Moore'],
  ])('keeps a shorter name apart when it could be several people or another generation: "%s"', (body, short) => {
    expect(names(run(body), 'PERSON')).toContain(short);
  });

  it('keeps the titled form as an alias while the mention covers the name only', () => {
    const doc = run('Tony Blair spoke first. Later Mr Blair said the talks had gone well.');
    const { index, entity: blair } = entity(doc, 'Tony Blair');
    expect(blair?.aliases).toContain('Mr Blair');
    expect(doc.mentions.filter((m) => m.entity === index).map((m) => m.text)).toEqual([
      'Tony Blair',
      'Blair',
    ]);
  });

  it('links a role description to the only person holding that role in the article', () => {
    const doc = run(
      'SP chief Akhilesh Yadav met senior party leader Azam Khan in Rampur. The SP chief later left for Lucknow.',
    );
    const { index } = entity(doc, 'Akhilesh Yadav');
    const d = doc.mentions.find((m) => m.form === 'DESCRIPTION');
    expect(d?.entity).toBe(index);
    expect(d?.confidence).toBeGreaterThanOrEqual(0.7);
  });

  it('links an ambiguous surname to the person mentioned last, with low confidence', () => {
    const doc = run('Sonia Gandhi met Rahul Gandhi in Delhi on Monday. Gandhi then left for Kerala.');
    const short = doc.mentions.find((m) => m.text === 'Gandhi' && m.form === 'SHORT');
    expect(doc.entities[short?.entity ?? -1]?.name).toBe('Rahul Gandhi');
    expect(short?.confidence).toBeLessThan(0.5);
  });

  it.each([
    ['Mr Howard Flight resigned on Friday.', 'Howard Flight', 'm'],
    ['Ms Cathy Jamieson said the law would change.', 'Cathy Jamieson', 'f'],
    ['श्रीमती सुनीता देवी ने कहा कि गांव में पानी नहीं है।', 'सुनीता देवी', 'f'],
  ])('records gender from a title: "%s"', (body, name, gender) => {
    expect(entity(run(body), name).entity?.gender).toBe(gender);
  });

  it.each([
    [
      'Chief Minister Siddaramaiah met investors in Bengaluru. He said the state would help.',
      'Siddaramaiah',
      'm',
    ],
    [
      'Chief Minister Siddaramaiah met investors in Bengaluru. She said the state would help.',
      'Siddaramaiah',
      'f',
    ],
    ['सांसद कुशाग्र त्रिवेदी लखनऊ पहुंचे और बोले कि चुनाव जल्द होंगे।', 'कुशाग्र त्रिवेदी', 'm'],
  ])('infers gender from the pronouns or verb agreement that follow: "%s"', (body, name, gender) => {
    expect(entity(run(body), name).entity?.gender).toBe(gender);
  });
});

describe('find-entities: Hindi', () => {
  it.each([
    ['सपा नेता आजम खां ने शुक्रवार को लखनऊ में पत्रकारों से बात की।', 'आजम खां'],
    ['पार्टी अध्यक्ष अखिलेश यादव से उनकी मुलाकात हुई।', 'अखिलेश यादव'],
    ['पूर्व मंत्री रामगोपाल वर्मा ने आरोपों को खारिज किया।', 'रामगोपाल वर्मा'],
    ['केंद्रीय मंत्री डॉ हर्षवर्धन ने कहा कि स्थिति नियंत्रण में है।', 'हर्षवर्धन'],
    ['ममता बनर्जी ने कहा कि राज्य सरकार केंद्र से बात करेगी।', 'ममता बनर्जी'],
  ])('finds the person after an honorific or role, up to the postposition: "%s"', (body, name) => {
    expect(names(run(body), 'PERSON')).toEqual([name]);
  });

  it.each([
    ['बिजली संकट पर सरकार ने बैठक बुलाई। बिजली उत्पादन घटा है और बिजली बनाने की लागत बढ़ी है।'],
    ['कोरोना वायरस संकट के बीच सामान्य आचरण पर ध्यान देने की अपील की गई।'],
  ])('does not make people of ordinary nouns: "%s"', (body) => {
    expect(names(run(body), 'PERSON')).toEqual([]);
  });

  it('resolves a surname used alone and a Latin-script form of the same name to one person', () => {
    const doc = run(
      'वरिष्ठ नेता नरेश सिंह भदौरिया ने पार्टी बनाई। भदौरिया ने कहा कि वे चुनाव लड़ेंगे।\n— Naresh Singh Bhadauria (@nsb) May 1, 2024',
    );
    expect(names(doc, 'PERSON')).toEqual(['नरेश सिंह भदौरिया']);
    const { index } = entity(doc, 'नरेश सिंह भदौरिया');
    expect(doc.mentions.filter((m) => m.entity === index).map((m) => m.text)).toEqual(
      expect.arrayContaining(['भदौरिया', 'Naresh Singh Bhadauria']),
    );
  });

  it('links "बिहार के मुख्यमंत्री" to the chief minister the article names', () => {
    const doc = run('मुख्यमंत्री नीतीश कुमार ने पटना में बैठक की। बिहार के मुख्यमंत्री ने अधिकारियों को निर्देश दिए।');
    const { index } = entity(doc, 'नीतीश कुमार');
    expect(doc.mentions.some((m) => m.entity === index && m.form === 'DESCRIPTION')).toBe(true);
  });
});

describe('find-entities: spans', () => {
  it('keeps every mention text equal to its body slice and mentions non-overlapping', () => {
    const doc = run(
      'Rampur (UP), Dec 12 (PTI) Jailed leader Azam Khan criticised the INDIA bloc. Khan said the SP must act. Mashkoor Ahmed Munna, the former district president of SP, disagreed.',
    );
    let lastEnd = -1;
    for (const m of doc.mentions) {
      expect(doc.body.slice(m.start, m.end)).toBe(m.text);
      expect(m.start).toBeGreaterThanOrEqual(lastEnd);
      lastEnd = m.end;
    }
    expect(names(doc, 'PERSON').sort()).toEqual(['Azam Khan', 'Mashkoor Ahmed Munna']);
  });
});

const corpus = corpusDir();
const haveCorpus = fs.existsSync(path.join(corpus, 'gold.json'));

describe.skipIf(!haveCorpus)('find-entities on the shared corpus (dev split)', () => {
  it('finds English and Hindi persons with the F1 the product needs', async () => {
    const gold = loadGold(path.join(corpus, 'gold.json'));
    const extract = (input: Parameters<typeof createDoc>[0]) =>
      findEntities(splitText(parseHeader(detectLanguage(createDoc(input)))));
    const { score } = await evaluateCorpus({
      gold,
      articlesDir: path.join(corpus, 'articles'),
      split: 'dev',
      extract,
    });
    const f1 = (group: string) => score.groups.find((g) => g.name === group)?.scores.persons.f1 ?? 0;
    expect(f1('en')).toBeGreaterThanOrEqual(0.9);
    expect(f1('hi')).toBeGreaterThanOrEqual(0.9);
  });
});

describe('find-entities: organisations an article names in UK political news', () => {
  it.each([
    ['The Commission for Racial Equality said the leaflet was offensive.', 'Commission for Racial Equality'],
    ['The Institute for Fiscal Studies said the sums did not add up.', 'Institute for Fiscal Studies'],
    ['A Department for Work and Pensions memo set out the savings.', 'Department for Work and Pensions'],
    ['The European Parliament rejected the directive by 400 votes.', 'European Parliament'],
    ['Ukip said it would stand candidates in every seat.', 'UK Independence Party'],
    ['The Commission on Social Justice reported in 1994.', 'Commission on Social Justice'],
  ])('builds the organisation name of "%s"', (body, name) => {
    expect(names(run(body), 'ORGANIZATION')).toContain(name);
  });

  it('ends the name of a body at the office and the person after it', () => {
    const doc = run('Former Board of Trade President Harold Quinn backed the plan.');
    expect(names(doc, 'PERSON')).toEqual(['Harold Quinn']);
  });

  it.each([
    ['The Confederation of British Industry (CBI) warned about costs. The CBI said firms would suffer.'],
    [
      'The CBI, which speaks for employers, said Mr Brown was right.\nThe Confederation of British Industry agreed.',
    ],
  ])('reads CBI as the employers body when the article names it in full: "%s"', (body) => {
    const orgs = names(run(body), 'ORGANIZATION');
    expect(orgs).toContain('Confederation of British Industry');
    expect(orgs).not.toContain('Central Bureau of Investigation');
  });

  it('keeps CBI the Indian investigating agency in an Indian story', () => {
    const orgs = names(
      run('The CBI registered a case against the former minister in Patna.'),
      'ORGANIZATION',
    );
    expect(orgs).toContain('Central Bureau of Investigation');
  });

  it('lets an acronym defined in the text win over a lexicon body with the same letters', () => {
    const doc = run(
      'The Crown Prosecution Service (CPS) said it would not charge him. The CPS closed the file.',
    );
    const cps = doc.mentions.filter((m) => doc.body.slice(m.start, m.end) === 'CPS');
    expect(cps).toHaveLength(2);
    expect(new Set(cps.map((m) => doc.entities[m.entity]?.name))).toEqual(
      new Set(['Crown Prosecution Service']),
    );
  });

  it.each([
    [
      'Tory leader Michael Howard told the Commons that Parliament had been misled over the war in London.',
      'Parliament of the United Kingdom',
    ],
    [
      'Union Home Minister Amit Shah told Parliament in New Delhi that the Lok Sabha would sit late.',
      'Parliament of India',
    ],
  ])('reads a bare "Parliament" as the legislature of the country the story is about: "%s"', (body, name) => {
    expect(names(run(body), 'ORGANIZATION')).toContain(name);
  });
});

describe('find-entities: inquiries and Devanagari acronyms', () => {
  it.each([
    [
      'The Independent Inquiry into Child Sexual Abuse sat again on Tuesday.',
      'Independent Inquiry into Child Sexual Abuse',
    ],
    [
      'A Select Committee on Public Accounts report criticised the department.',
      'Select Committee on Public Accounts',
    ],
    ['एसआरसीसी कॉलेज के छात्रों ने फ़ीस के ख़िलाफ़ प्रदर्शन किया।', 'एसआरसीसी कॉलेज'],
    ['गृह मंत्रालय ने राज्य सरकार से रिपोर्ट मांगी।', 'गृह मंत्रालय'],
    ['ऊर्जा विभाग के अधिकारियों ने बताया कि कोयले की आपूर्ति कम है।', 'ऊर्जा विभाग'],
    ['दिल्ली पुलिस ने मामला दर्ज कर लिया है।', 'दिल्ली पुलिस'],
    ['उत्तर प्रदेश पुलिस ने जांच शुरू की।', 'उत्तर प्रदेश पुलिस'],
    ['इलाहाबाद हाईकोर्ट ने याचिका खारिज कर दी।', 'इलाहाबाद हाईकोर्ट'],
    ['जेएनयू छात्रसंघ ने प्रदर्शन किया।', 'जेएनयू छात्रसंघ'],
    ['नेटो ने पूर्वी यूरोप में सैनिक अभ्यास किया।', 'नेटो'],
    ['रिज़र्व बैंक ऑफ़ इंडिया ने ब्याज दरें घटाईं।', 'रिज़र्व बैंक ऑफ़ इंडिया'],
    ['इस्लामिक रिवोल्यूशनरी गार्ड कोर के पूर्व कमांडर ने कहा कि चुनाव निष्पक्ष होंगे।', 'इस्लामिक रिवोल्यूशनरी गार्ड कोर'],
    ['हालांकि अंतरराष्ट्रीय हॉकी फ़ेडरेशन ने बयान जारी किया।', 'अंतरराष्ट्रीय हॉकी फ़ेडरेशन'],
    ['मैक्स प्लांक इंस्टीट्यूट के वैज्ञानिकों ने शोध किया।', 'मैक्स प्लांक इंस्टीट्यूट'],
    ['गार्डियन काउंसिल ने छह उम्मीदवारों को मंज़ूरी दी।', 'गार्डियन काउंसिल'],
    ['मुस्लिम ब्रदरहुड के समर्थकों ने प्रदर्शन किया।', 'मुस्लिम ब्रदरहुड'],
    ['दक्षिण कोरियाई कंपनी सैमटेक ने कहा कि फ़ोन हल्का है।', 'सैमटेक'],
    ['पाकिस्तानी अख़बार नवा-ए-वक़्त ने अपने संपादकीय में लिखा।', 'नवा-ए-वक़्त'],
  ])('builds the organisation in "%s"', (body, name) => {
    expect(names(run(body), 'ORGANIZATION')).toContain(name);
  });

  it('ends an "of" name before "and" and a second body', () => {
    const orgs = names(
      run('The Institute of Directors and Friends of the Earth disagree on green taxes.'),
      'ORGANIZATION',
    );
    expect(orgs).toContain('Institute of Directors');
    expect(orgs).not.toContain('Institute of Directors and Friends');
  });

  it('does not run an inquiry name into the weekday after it', () => {
    const orgs = names(
      run('The Public Inquiry into Prison Deaths on Thursday heard from the governor.'),
      'ORGANIZATION',
    );
    expect(orgs).toContain('Public Inquiry into Prison Deaths');
  });

  it.each([
    ['टीवी चैनल पर देर रात तक बहस हुई।'],
    ['उनके मंत्रालय ने इस पर कोई जवाब नहीं दिया।'],
    ['इस विभाग ने कुछ नहीं किया।'],
    ['पुलिस ने बताया कि मामला दर्ज हो गया है।'],
    ['पाकिस्तान सरकार ने बयान जारी किया।'],
    ['अटलांटा स्थित कंपनी ने टीका बनाया।'],
    ['इंडियन काउंसिल ऑफ़ मेडिकल रिसर्च ने जांच की।'],
    ['नेशनल इंस्टीट्यूट में दाख़िले शुरू हुए।'],
    ['कंपनी प्रबंधन ने कहा कि वेतन बढ़ेगा। ये वेबसाइट खुद ही गति बताती है। कंपनी खोलेगी नया दफ़्तर।'],
  ])('does not make a body of a short word or a pronoun and a head: "%s"', (body) => {
    expect(names(run(body), 'ORGANIZATION')).toEqual([]);
  });
});

describe('find-entities: UK parties in Hindi copy', () => {
  it.each([
    ['लिबरल डेमोक्रेट नेता चार्ल्स कैनेडी ने इराक़ युद्ध को मुद्दा बनाया।', 'Liberal Democrats'],
    ['टोरी पार्टी के नेता ने सरकार की आलोचना की।', 'Conservative Party'],
  ])('finds the party in "%s"', (body, name) => {
    const doc = run(body);
    expect(doc.entities.some((e) => e.type === 'ORGANIZATION' && e.latinName === name)).toBe(true);
  });
});

describe('find-entities: Devanagari acronyms that speak', () => {
  it('takes an unknown acronym that says something for an organisation, and an office acronym for none', () => {
    const doc = run('एचकेसीए ने कहा कि मैच होगा. ज़िले के सीएमओ ने बताया कि अस्पताल तैयार हैं. एचकेसीए की बैठक कल है.');
    expect(names(doc, 'ORGANIZATION')).toEqual(['एचकेसीए']);
    expect(doc.mentions.filter((m) => m.text === 'एचकेसीए')).toHaveLength(2);
  });
});

describe('find-entities: Hindi place names spelt with the other vowel length', () => {
  it('finds a country the gazetteer spells with a short vowel where the text has a long one', () => {
    const doc = run('फ़ाइनल में अर्जेंटीना ने फ़्रांस को हराया.');
    expect(names(doc, 'PLACE')).toContain('अर्जेंटीना');
    expect(names(doc, 'PERSON')).toEqual([]);
    expect(entity(doc, 'अर्जेंटीना').entity?.lexiconId).toBe('AR');
  });
});

describe('find-entities: one person under the spellings of one Hindi article', () => {
  it('keeps two names listed in one sentence apart, though they differ in one vowel', () => {
    const doc = run('इस मौके पर मेहर सिंह राणा, शिव प्रसाद, मोहर सिंह राणा आदि मौजूद रहे।');
    expect(names(doc, 'PERSON').sort()).toEqual(['मेहर सिंह राणा', 'मोहर सिंह राणा', 'शिव प्रसाद'].sort());
  });

  it.each([
    // Vowel length in the surname used alone.
    ['अर्थशास्त्री केशव दानविस ने बैठक में हिस्सा लिया। दानवीस ने कहा कि दाम बढ़ेंगे।', 'केशव दानविस', 'दानवीस'],
    // A nasal written as anusvara or as न्.
    ['वकील मार्टिन रैनडल ग्रोव ने अर्ज़ी दी। रैंडल ने कहा कि सुनवाई टलेगी।', 'मार्टिन रैनडल ग्रोव', 'रैंडल'],
    // A given name as one word and as two.
    [
      'पूर्व मंत्री हरिचरण मालवीय ने सभा की। बाद में हरि चरण मालवीय ने कहा कि वे लड़ेंगे।',
      'हरि चरण मालवीय',
      'हरिचरण मालवीय',
    ],
    // Initials run together and apart.
    ['पूर्व खिलाड़ी एम के सोढ़ी ने कहा कि टीम तैयार है। एमके सोढ़ी ने कहा कि मैदान गीला है।', 'एम के सोढ़ी', 'एमके सोढ़ी'],
    // A shorter name with a variant spelling of its given name.
    [
      'संघ के नेता विमल भैय्याजी जोशी ने सभा की। भय्याजी जोशी ने कहा कि काम जारी रहेगा।',
      'विमल भैय्याजी जोशी',
      'भय्याजी जोशी',
    ],
    // One vowel changed in one word of the full name, or of the surname used alone.
    [
      'विनीत कोहरी ने शतक लगाया। विनीत कोहरी ने कहा कि टीम अच्छा खेली। बाद में कप्तान विनोत कोहरी ने कहा कि पिच धीमी थी।',
      'विनीत कोहरी',
      'विनोत कोहरी',
    ],
    ['प्रोफ़ेसर फ्रेडरिक थ्यूनिसेन ने शोध किया। प्रोफ़ेसर थियूनिसेन कहते हैं कि यह नया है।', 'फ्रेडरिक थ्यूनिसेन', 'थियूनिसेन'],
  ])('"%s": one person, %s, also written %s', (body, full, variant) => {
    const doc = run(body);
    expect(names(doc, 'PERSON')).toEqual([full]);
    const { index } = entity(doc, full);
    expect(doc.mentions.filter((m) => m.entity === index).map((m) => m.text)).toContain(variant);
  });

  it('keeps two people whose names differ by a consonant apart', () => {
    const doc = run('विधायक अमरनाथ पाठक ने सभा की। उनके बेटे अमननाथ पाठक ने कहा कि वे चुनाव लड़ेंगे।');
    expect(names(doc, 'PERSON').sort()).toEqual(['अमननाथ पाठक', 'अमरनाथ पाठक']);
  });
});

describe('find-entities: a one-word Hindi name at its other places', () => {
  it('marks the name where the article uses it before the role that introduces it', () => {
    const doc = run(
      'रैली में तिलकवाणी ने कहा कि हमले के पीछे विदेशी हाथ है.इस पर कांग्रेस ने आपत्ति की.बाद में भाजपा नेता तिलकवाणी ने टिप्पणी से इनकार कर दिया.',
    );
    expect(names(doc, 'PERSON')).toEqual(['तिलकवाणी']);
    expect(doc.mentions.filter((m) => m.text === 'तिलकवाणी')).toHaveLength(2);
  });
});

describe('find-entities: a titled person before the name of a body', () => {
  it('reads "प्रोफ़ेसर X Y यूनिवर्सिटी कॉलेज" as a professor at a college, not a body named after them', () => {
    const doc = run('प्रोफ़ेसर अनीता राघवन यूनिवर्सिटी कॉलेज लंदन में हँसी पर अध्ययन करती हैं.');
    expect(names(doc, 'PERSON')).toEqual(['अनीता राघवन']);
    expect(names(doc, 'ORGANIZATION').some((n) => n.includes('अनीता'))).toBe(false);
  });
});

describe('find-entities: a second name the article gives a person', () => {
  it.each([
    [
      'Police arrested Mohammad Rafiq alias Pappu Sharma on Monday. Later Pappu Sharma told reporters he was innocent.',
      'Mohammad Rafiq',
      'Pappu Sharma',
    ],
    ['Mahmud Abbasi, also known as Abu Karim, said the talks would resume.', 'Mahmud Abbasi', 'Abu Karim'],
    [
      'पुलिस ने रविन्द्र कुमार सिन्हा उर्फ़ पप्पू सिंह को गिरफ़्तार किया। पप्पू सिंह ने कहा कि वह निर्दोष है।',
      'रविन्द्र कुमार सिन्हा',
      'पप्पू सिंह',
    ],
  ])('"%s": one person %s, also called %s', (body, name, other) => {
    const doc = run(body);
    const people = doc.entities.filter((e) => e.type === 'PERSON');
    expect(people.map((e) => e.name)).toEqual([name]);
    expect(people[0]?.aliases).toContain(other);
    const index = doc.entities.indexOf(people[0] as (typeof doc.entities)[number]);
    expect(doc.mentions.filter((m) => m.type === 'PERSON').every((m) => m.entity === index)).toBe(true);
  });

  it('keeps two people apart when "known as" does not join their names', () => {
    const doc = run('Mahmud Abbasi met Abu Karim, who is known for his poems.');
    expect(names(doc, 'PERSON').sort()).toEqual(['Abu Karim', 'Mahmud Abbasi']);
  });
});

describe('find-entities: the spelling an article uses most names the person', () => {
  it('names a person written once with a changed vowel by the spelling written twice', () => {
    const doc = run(
      'कप्तान विनोत कोहरी ने शतक लगाया। विनीत कोहरी ने कहा कि टीम अच्छा खेली। बाद में विनीत कोहरी ने कहा कि पिच धीमी थी।',
    );
    expect(names(doc, 'PERSON')).toEqual(['विनीत कोहरी']);
  });
});

describe('find-entities: Hindi names of bodies in wire copy', () => {
  it.each([
    ['सुबह एसएन मेडिकल कॉलेज में जांच शुरू हुई.', 'एसएन मेडिकल कॉलेज'],
    ['यह जानकारी स्वास्थ्य विभाग ने शनिवार को दी.', 'स्वास्थ्य विभाग'],
    ['यह आंकड़ा जॉन हॉपकिंस यूनिवर्सिटी ने जारी किया.', 'जॉन हॉपकिंस यूनिवर्सिटी'],
  ])('does not take a time or a report word before the name into it: "%s"', (body, name) => {
    expect(names(run(body), 'ORGANIZATION')).toEqual([name]);
  });

  it('reads portfolios joined by "एवं" before "मंत्रालय" as one ministry', () => {
    const body = 'केंद्रीय स्वास्थ्य एवं परिवार कल्याण मंत्रालय के अनुसार मामले बढ़े हैं.';
    expect(names(run(body), 'ORGANIZATION')).toEqual(['स्वास्थ्य एवं परिवार कल्याण मंत्रालय']);
  });

  it('keeps two one-word portfolios joined by "और" apart from one ministry', () => {
    const body = 'गृह और विदेश मंत्रालय ने बैठक की.';
    expect(names(run(body), 'ORGANIZATION')).not.toContain('गृह और विदेश मंत्रालय');
  });
});

describe('find-entities: Devanagari acronyms of bodies that act', () => {
  it.each([
    ['बीसीसीआई ने इस फ़ैसले पर कोई टिप्पणी नहीं की.', ['बीसीसीआई']],
    ['आईसीसी के अधिकारियों ने दुबई में बैठक की.', ['आईसीसी']],
  ])('"%s"', (body, expected) => {
    expect(names(run(body), 'ORGANIZATION')).toEqual(expected);
  });

  it('does not take the acronym of a tax or a document for a body', () => {
    expect(names(run('जीएसटी ने छोटे कारोबार की मुश्किलें बढ़ाईं. एफ़आईआर ने सब बदल दिया.'), 'ORGANIZATION')).toEqual(
      [],
    );
  });
});

describe('find-entities: international bodies news names by acronym or in Hindi', () => {
  it.each([
    [
      'Human Rights Watch and Amnesty International criticised the law.',
      ['Human Rights Watch', 'Amnesty International'],
    ],
    ['नासा के वैज्ञानिकों ने कहा कि मिशन सफल रहा और यूनेस्को ने सूची जारी की.', ['NASA', 'UNESCO']],
  ])('"%s"', (body, expected) => {
    const doc = run(body);
    const found = doc.entities.filter((e) => e.type === 'ORGANIZATION').map((e) => e.latinName ?? e.name);
    expect(found).toEqual(expected);
  });
});

describe('find-entities: Hindi words that are also the names of districts', () => {
  it.each([
    ['इस बार कोई नहीं आया और सभा ख़ाली रही.', []],
    ['बिल्लियों ने चार गुना ज़्यादा पक्षियों को मारा और ख़र्च 10 गुना बढ़ा.', []],
    ['गुना जिले में चुनाव शांति से हुआ.', ['Guna']],
    ['दोस्तों ने बताया कि यह वायरस वाला संदेश फेक है और इसे न फैलाएं.', []],
    ['फेक जिले में चुनाव शांति से हुआ.', ['Phek']],
  ])('"%s"', (body, expected) => {
    const doc = run(body);
    expect(doc.entities.filter((e) => e.type === 'PLACE').map((e) => e.latinName ?? e.name)).toEqual(
      expected,
    );
  });
});
