import { describe, expect, it } from 'vitest';
import type { Doc } from '../domain.js';
import { createDoc } from './normalize-text.js';
import {
  findParagraphs,
  paragraphAt,
  sentenceAt,
  sentenceIndexAt,
  splitSentences,
  splitText,
} from './split-text.js';

function sentencesOf(text: string): string[] {
  return splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));
}

function split(body: string, textStart = 0): Doc {
  const doc = createDoc({ ingestedFrom: 't', body });
  return splitText({ ...doc, meta: { ...doc.meta, textStart } });
}

describe('English sentences', () => {
  it.each([
    [
      'ends at full stops',
      'The minister resigned. His deputy took over.',
      ['The minister resigned.', 'His deputy took over.'],
    ],
    [
      'ends at question and exclamation marks',
      'Who knew? Nobody did! It was a surprise.',
      ['Who knew?', 'Nobody did!', 'It was a surprise.'],
    ],
    [
      'does not end after titles',
      'Mr. Blair met Dr. Singh and Mrs. Rao at St. James Palace. They talked.',
      ['Mr. Blair met Dr. Singh and Mrs. Rao at St. James Palace.', 'They talked.'],
    ],
    [
      'does not end after initials',
      'Prime Minister A.B. Rao met J. P. Singh in New Delhi. The talks lasted an hour.',
      ['Prime Minister A.B. Rao met J. P. Singh in New Delhi.', 'The talks lasted an hour.'],
    ],
    [
      'keeps U.S. before a name',
      'The U.S. President spoke to him. Later he left.',
      ['The U.S. President spoke to him.', 'Later he left.'],
    ],
    [
      'does not end inside decimals',
      'Growth was 6.5 per cent last year. It fell.',
      ['Growth was 6.5 per cent last year.', 'It fell.'],
    ],
    [
      'does not end after a month abbreviation before a day',
      'He was arrested on Jan. 5 in Patna. Police said so.',
      ['He was arrested on Jan. 5 in Patna.', 'Police said so.'],
    ],
    [
      'ends after a month abbreviation before a capital word',
      'It was due in Jan. The plan slipped.',
      ['It was due in Jan.', 'The plan slipped.'],
    ],
    [
      'keeps a closing quote with the sentence it ends',
      '“Azad is the heart of the party.” He said so twice.',
      ['“Azad is the heart of the party.”', 'He said so twice.'],
    ],
    [
      'keeps a question quote with its attribution',
      '"Where did you hear that?" he asked. Nobody replied.',
      ['"Where did you hear that?" he asked.', 'Nobody replied.'],
    ],
    [
      'does not end before a lower-case word',
      'They met approx. five times in all. Then it stopped.',
      ['They met approx. five times in all.', 'Then it stopped.'],
    ],
    [
      'ends after etc. before a capital',
      'They ate rice, dal etc. The meeting went on.',
      ['They ate rice, dal etc.', 'The meeting went on.'],
    ],
    [
      'keeps No. 10 together',
      'He went to No. 10 on Monday. Talks followed.',
      ['He went to No. 10 on Monday.', 'Talks followed.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

describe('lines', () => {
  it('treats a headline line without final punctuation as its own sentence', () => {
    expect(sentencesOf('Leaders Meet Ahead Of Polls\nThe two leaders met on Friday.')).toEqual([
      'Leaders Meet Ahead Of Polls',
      'The two leaders met on Friday.',
    ]);
  });

  it('keeps a tweet footer line apart from the next paragraph line', () => {
    expect(
      sentencesOf('Big day for the party\n— Party Office (@party) November 7, 2025\nNext line here.'),
    ).toEqual(['Big day for the party', '— Party Office (@party) November 7, 2025', 'Next line here.']);
  });

  it('joins hard-wrapped lines that continue in lower case or after a comma', () => {
    expect(sentencesOf('The minister said the talks\nwere cordial and,\nMr Rao agreed. Next.')).toEqual([
      'The minister said the talks\nwere cordial and,\nMr Rao agreed.',
      'Next.',
    ]);
  });
});

describe('Hindi sentences', () => {
  it.each([
    [
      'ends at the danda',
      'नेता ने शुक्रवार को मुलाकात की। यह मुलाकात एक घंटे चली।',
      ['नेता ने शुक्रवार को मुलाकात की।', 'यह मुलाकात एक घंटे चली।'],
    ],
    ['ends at the double danda', 'पहला वाक्य॥ दूसरा वाक्य।', ['पहला वाक्य॥', 'दूसरा वाक्य।']],
    ['ends at question marks', 'क्या वे मिले? हां, वे मिले।', ['क्या वे मिले?', 'हां, वे मिले।']],
    [
      'ends at a full stop used as a danda without a space',
      'उन्होंने उदाहरण दिया.उनका दावा था।',
      ['उन्होंने उदाहरण दिया.', 'उनका दावा था।'],
    ],
    [
      'ends at a full stop and closing quote without a space',
      'मोदी ने कहा, "विकास ही समाधान है."उन्होंने आगे कहा।',
      ['मोदी ने कहा, "विकास ही समाधान है."', 'उन्होंने आगे कहा।'],
    ],
    [
      'ends at a closing quote followed by a number without a space',
      'उन्होंने कहा, "मैं बात करा देता हूं."80 वर्षीय नेता ने नाम सुना.',
      ['उन्होंने कहा, "मैं बात करा देता हूं."', '80 वर्षीय नेता ने नाम सुना.'],
    ],
    ['does not end at a decimal point', 'दर 2.5 प्रतिशत रही।', ['दर 2.5 प्रतिशत रही।']],
    ['keeps a closing quote after the danda', '“हम मिलते रहेंगे।” उन्होंने कहा।', ['“हम मिलते रहेंगे।”', 'उन्होंने कहा।']],
    ['treats a dateline with a danda as a sentence', 'लखनऊ। नेता पहुंचे।', ['लखनऊ।', 'नेता पहुंचे।']],
  ])('%s', (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('keeps a Hindi headline line as its own sentence', () => {
    expect(sentencesOf('जेल से रिहाई के बाद नेता लखनऊ पहुंचे\nदूसरी पंक्ति है।')).toEqual([
      'जेल से रिहाई के बाद नेता लखनऊ पहुंचे',
      'दूसरी पंक्ति है।',
    ]);
  });
});

describe('splitText stage', () => {
  it('finds paragraphs between blank lines', () => {
    const body = 'First para. Still first.\n\nSecond para.\n\n\n\nThird.';
    const doc = split(body);
    expect(doc.paragraphs.map((p) => doc.body.slice(p.start, p.end))).toEqual([
      'First para. Still first.',
      'Second para.',
      'Third.',
    ]);
    expect(doc.sentences).toHaveLength(4);
  });

  it('makes the header before textStart a sentence of its own', () => {
    const body = 'Lucknow, Nov 7 (IANS) Two leaders met on Friday. They talked.';
    const doc = split(body, body.indexOf('Two'));
    expect(doc.sentences.map((s) => doc.body.slice(s.start, s.end))).toEqual([
      'Lucknow, Nov 7 (IANS)',
      'Two leaders met on Friday.',
      'They talked.',
    ]);
  });

  it('returns spans that slice back to the text and never overlap', () => {
    const doc = split('Mr. Rao met Dr. Sen. They agreed.\n\nनेता मिले। बात हुई।\nHeadline here');
    let last = 0;
    for (const s of doc.sentences) {
      expect(s.start).toBeGreaterThanOrEqual(last);
      expect(doc.body.slice(s.start, s.end).trim()).toBe(doc.body.slice(s.start, s.end));
      last = s.end;
    }
  });

  it('looks up the sentence and paragraph around an offset', () => {
    const doc = split('One. Two here.\n\nThree.');
    const offset = doc.body.indexOf('here');
    expect(sentenceAt(doc, offset)).toEqual({ start: 5, end: 14 });
    expect(sentenceIndexAt(doc, offset)).toBe(1);
    expect(sentenceAt(doc, 4)).toBeNull();
    expect(paragraphAt(doc, doc.body.indexOf('Three'))).toEqual(findParagraphs(doc.body)[1]);
  });
});
