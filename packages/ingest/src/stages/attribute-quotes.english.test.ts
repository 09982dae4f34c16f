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
