import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, seedsPaths } from '../eval/run-eval.js';
import {
  dedupeRepeatedParagraphs,
  hammingDistance,
  NEAR_DUPLICATE_BITS,
  nearDuplicateScore,
  repeatedParagraphSpans,
  shingleOverlap,
  simhash,
} from './near-duplicates.js';

// Invented wire copy, written for these tests.
const STORY = [
  'Lucknow, Mar 3 (PTI) Bahujan Samaj Party chief Mayawati on Monday met party office-bearers from all 75 districts at her residence here and asked them to start preparing for the panchayat elections due later this year.',
  "The meeting, which lasted nearly three hours, was the first such review since the party's poor showing in the Lok Sabha elections, party leaders said.",
  '"We will go to every village and tell people what our government did for them. Nobody should sit at home," Mayawati told the gathering, according to a statement issued by the party.',
  'She also announced changes in the organisation in six divisions, replacing the coordinators of Agra, Meerut, Kanpur, Prayagraj, Gorakhpur and Varanasi with younger workers.',
  'The BSP chief accused the ruling party of neglecting farmers and said rising prices had hurt the poor the most. She asked workers to hold small meetings in every assembly segment before the end of the month.',
  'Senior leader Satish Chandra Misra and state unit president Vishwanath Pal were present at the meeting, which was closed to the media.',
  'Party sources said a second round of meetings with district presidents would be held in April, after which candidates for the zila panchayat seats would be finalised.',
].join('\n\n');

const OTHER_REPORT = [
  "Lucknow, March 3 (IANS) In a closed-door session at her Mall Avenue home, BSP supremo Mayawati reviewed the party's preparations for the rural polls with district-level functionaries on Monday.",
  'Those who attended said she was unhappy with the slow pace of booth committee formation and set a deadline of four weeks to complete the work.',
  'According to a party release, she told workers that the party would contest the panchayat polls on its own and would not enter any alliance.',
  'Mayawati also reshuffled divisional coordinators, bringing in new faces in six divisions, the release said.',
  'Political observers see the exercise as an attempt to recover ground lost in recent elections, in which the party failed to win a single seat in the state.',
].join('\n\n');

const HINDI_STORY = [
  'लखनऊ। बहुजन समाज पार्टी की अध्यक्ष मायावती ने सोमवार को अपने आवास पर सभी 75 जिलों के पदाधिकारियों के साथ बैठक की और उन्हें पंचायत चुनाव की तैयारी शुरू करने को कहा।',
  'करीब तीन घंटे चली इस बैठक में उन्होंने छह मंडलों के संयोजक बदल दिए और युवा कार्यकर्ताओं को जिम्मेदारी दी।',
  'मायावती ने कहा, "हम हर गांव तक जाएंगे और लोगों को बताएंगे कि हमारी सरकार ने उनके लिए क्या किया। कोई भी घर पर नहीं बैठेगा।"',
  'बैठक में वरिष्ठ नेता सतीश चंद्र मिश्र और प्रदेश अध्यक्ष विश्वनाथ पाल भी मौजूद रहे।',
].join('\n\n');

const paragraphs = (text: string) => text.split('\n\n');

describe('simhash', () => {
  it('is 16 hex digits and the same for the same words however they are spaced or cased', () => {
    const hash = simhash(STORY);
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(simhash(STORY.toUpperCase().replace(/ /g, '  '))).toBe(hash);
    expect(simhash('')).toBe('0000000000000000');
  });

  it('counts differing bits', () => {
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingDistance('8000000000000001', '0000000000000000')).toBe(2);
    expect(() => hammingDistance('xyz', '0000000000000000')).toThrow(/simhash/);
  });

  const edits: Array<[string, string]> = [
    ['re-published unchanged', STORY],
    ['with a new dateline', STORY.replace('Lucknow, Mar 3 (PTI)', 'LUCKNOW: ')],
    ['with a sentence added', `${STORY}\n\nThe party will hold a rally in Lucknow on April 14.`],
    ['with its last paragraph cut', paragraphs(STORY).slice(0, -1).join('\n\n')],
    ['with a paragraph repeated', [...paragraphs(STORY), paragraphs(STORY)[2]!].join('\n\n')],
    [
      'with words corrected',
      STORY.replace('nearly three hours', 'about three hours').replace('poor showing', 'dismal show'),
    ],
  ];

  it.each(edits)('finds the story %s a near-duplicate', (_what, edited) => {
    expect(hammingDistance(simhash(STORY), simhash(edited))).toBeLessThanOrEqual(NEAR_DUPLICATE_BITS);
    expect(nearDuplicateScore(STORY, edited)).toBeGreaterThanOrEqual(0.8);
  });

  it.each([
    ["another outlet's report of the same meeting", OTHER_REPORT],
    ['the Hindi report of the same meeting', HINDI_STORY],
  ])('does not find %s a near-duplicate', (_what, other) => {
    expect(hammingDistance(simhash(STORY), simhash(other))).toBeGreaterThan(NEAR_DUPLICATE_BITS);
    expect(nearDuplicateScore(STORY, other)).toBeNull();
    expect(shingleOverlap(STORY, other).containment).toBeLessThan(0.1);
  });

  it('keeps the sample articles apart, the two reports of each meeting included', () => {
    const { articlesDir } = seedsPaths();
    const bodies = fs
      .readdirSync(articlesDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => fs.readFileSync(path.join(articlesDir, f), 'utf8'));
    expect(bodies.length).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < bodies.length; i++) {
      for (let j = i + 1; j < bodies.length; j++) {
        expect(nearDuplicateScore(bodies[i]!, bodies[j]!), `samples ${i} and ${j}`).toBeNull();
      }
    }
  });

  it.skipIf(!fs.existsSync(path.join(corpusDir(), 'articles')))(
    'leaves every pair of different corpus articles outside the threshold',
    () => {
      const dir = path.join(corpusDir(), 'articles');
      const hashes = fs.readdirSync(dir).map((f) => simhash(fs.readFileSync(path.join(dir, f), 'utf8')));
      let closest = 64;
      for (let i = 0; i < hashes.length; i++) {
        for (let j = i + 1; j < hashes.length; j++)
          closest = Math.min(closest, hammingDistance(hashes[i]!, hashes[j]!));
      }
      expect(closest).toBeGreaterThan(NEAR_DUPLICATE_BITS);
    },
  );
});

describe('dedupeRepeatedParagraphs', () => {
  it('points each repeated paragraph at its first occurrence', () => {
    const p = paragraphs(STORY);
    expect(dedupeRepeatedParagraphs([p[0]!, p[1]!, p[2]!, p[1]!, p[3]!, p[1]!])).toEqual([
      null,
      null,
      null,
      1,
      null,
      1,
    ]);
  });

  it.each([
    ['with different spacing and case', (s: string) => s.toUpperCase().replace(/ /g, '  ')],
    ['with a word corrected', (s: string) => s.replace('three hours', 'four hours')],
    ['with its closing quote mark lost', (s: string) => s.replace('"', '')],
  ])('finds a paragraph repeated %s', (_what, change) => {
    const p = paragraphs(STORY);
    expect(dedupeRepeatedParagraphs([p[1]!, p[2]!, change(p[1]!)])).toEqual([null, null, 0]);
  });

  it('finds a repeated Hindi paragraph', () => {
    const p = paragraphs(HINDI_STORY);
    expect(dedupeRepeatedParagraphs([...p, p[2]!.replace('मायावती', 'मायावती ')])).toEqual([
      null,
      null,
      null,
      null,
      2,
    ]);
  });

  it('keeps paragraphs that only share a subject apart', () => {
    expect(
      dedupeRepeatedParagraphs([...paragraphs(STORY), ...paragraphs(OTHER_REPORT)]).every((r) => r === null),
    ).toBe(true);
  });

  it('repeats short paragraphs only when identical', () => {
    expect(dedupeRepeatedParagraphs(['Also read', 'Also read', 'Also seen'])).toEqual([null, 0, null]);
  });

  it('gives the spans of the repeats in a body', () => {
    const body = 'First para here.\n\nSecond para.\n\nFirst para here.';
    const spans = [
      { start: 0, end: 16 },
      { start: 18, end: 30 },
      { start: 32, end: 48 },
    ];
    expect(repeatedParagraphSpans(body, spans)).toEqual([{ start: 32, end: 48 }]);
  });

  it('finds the paragraph the sample PTI story prints twice', () => {
    const { articlesDir } = seedsPaths();
    const file = fs.readdirSync(articlesDir).find((f) => f.startsWith('004_'));
    if (!file) return;
    const body = fs.readFileSync(path.join(articlesDir, file), 'utf8');
    const repeats = dedupeRepeatedParagraphs(body.split(/\n\s*\n/));
    expect(repeats.filter((r) => r !== null)).toHaveLength(1);
  });
});
