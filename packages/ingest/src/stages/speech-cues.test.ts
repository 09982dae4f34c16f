import { describe, expect, it } from 'vitest';
import { cueLanguageOf, findCues, speechLexicon } from './speech-cues.js';

function cues(text: string) {
  return findCues(text, 0, text.length, cueLanguageOf(text)).map((c) => [c.text, c.form]);
}

describe('findCues', () => {
  it.each([
    ['The minister said on Monday that talks would resume.', [['said', 'finite']]],
    ['"We will win," Mr Rao told reporters.', [['told', 'finite']]],
    [
      'She hit back, saying the charges were false.',
      [
        ['hit', 'finite'],
        ['saying', 'participle'],
      ],
    ],
    ['According to the party, the rally was peaceful.', [['According to', 'according']]],
    ['He described the verdict as a victory.', [['described', 'finite']]],
    ['The leader wrote on X that he was grateful.', [['wrote', 'finite']]],
  ])('finds the English cues in %j', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  it.each([
    ['मंत्री ने कहा कि बातचीत जारी है।', [['कहा', 'finite']]],
    ['रवि कुमार का कहना है कि गठबंधन मजबूत है।', [['कहना है', 'noun']]],
    ['पुलिस के मुताबिक़ तीन लोग घायल हुए।', [['मुताबिक़', 'according']]],
    ['उन्होंने एक्स पर लिखा - “धन्यवाद”', [['लिखा', 'finite']]],
    ['सरकार पर निशाना साधते हुए वे बोले— “यह अन्याय है”', [['बोले', 'finite']]],
    ['वह कहती हैं, "हम तैयार हैं।"', [['कहती हैं', 'finite']]],
  ])('finds the Hindi cues in %j', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  it.each([
    ['the state capital', []],
    ['he will state his position', [['state', 'finite']]],
    ['a call for calm', []],
    ['leaders call for calm', []],
    ['he did not comment', [['comment', 'finite']]],
  ])('reads the base form of a noun-like verb in %j only after an auxiliary', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  it('does not read a cue inside a longer word', () => {
    expect(cues('The saying goes that sayings travel; Mr Said arrived.')).toEqual([['saying', 'participle']]);
  });

  it.each([
    'Shinde sounded a note of caution on Monday.',
    'The minister made a call to the protesters.',
  ])('reads a verb form after a determiner or "of" as a noun: "%s"', (text) => {
    expect(cues(text)).toEqual([]);
  });

  it.each([
    ['"It was the right call," he went on.', [['went on', 'finite']]],
    ['She went on: "Nobody is above the law."', [['went on', 'finite']]],
    ['He went on to say that the party was united.', [['say', 'finite']]],
    ['The talks went on for six hours.', []],
  ])('reads "go on" as a cue only when it closes its clause: %j', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  it.each([
    ['भाकपा महासचिव का आरोप है, "सरकार विफल है।"', [['आरोप है', 'noun']]],
    ['विपक्ष के नेता ने सवाल उठाया, "नौकरियां कहां हैं?"', [['सवाल उठाया', 'finite']]],
    ['इस पर प्रवक्ता ने पलटवार किया, "यह झूठ है।"', [['पलटवार किया', 'finite']]],
    ['मंत्री ने तंज़ कसा कि विपक्ष बिखरा हुआ है।', [['तंज़ कसा', 'finite']]],
    ['लेखिका अपनी किताब में लिखती हैं, "गांव बदल गया है।"', [['लिखती हैं', 'finite']]],
    ['उन्होंने आगे कहा, "हम पीछे नहीं हटेंगे।"', [['आगे कहा', 'finite']]],
  ])('finds the Hindi cues of retorts, charges and questions in %j', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  it('marks the feminine Hindi verb forms', () => {
    const [cue] = findCues('मीना बोलीं', 0, 10, 'hi');
    expect(cue?.gender).toBe('f');
  });

  it('tells which cues can follow a quotation', () => {
    const text = '"No," he said. He urged calm.';
    const found = findCues(text, 0, text.length, 'en');
    expect(found.map((c) => [c.lemma, c.after])).toEqual([
      ['say', true],
      ['urge', false],
    ]);
  });
});

describe('speechLexicon', () => {
  it('loads the word lists once', () => {
    expect(speechLexicon()).toBe(speechLexicon());
    expect(speechLexicon().groupHeads.has('officials')).toBe(true);
    expect(speechLexicon().roleHeads.has('मंत्री')).toBe(true);
  });
});

describe('cueLanguageOf', () => {
  it.each([
    ['He said.', 'en'],
    ['उन्होंने कहा', 'hi'],
  ])('reads %j as %s', (text, lang) => {
    expect(cueLanguageOf(text)).toBe(lang);
  });
});
