import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectLanguage, guessLanguage, toLanguageCode } from './detect-language.js';
import { createDoc } from './normalize-text.js';

const ENGLISH =
  'The chief minister met the governor at the Raj Bhavan on Monday evening and discussed the flood ' +
  'situation in the northern districts. Officials said relief camps had been opened in several villages.';
const HINDI =
  'मुख्यमंत्री ने सोमवार शाम राजभवन में राज्यपाल से मुलाकात की और उत्तरी जिलों में बाढ़ की स्थिति पर चर्चा की। ' +
  'अधिकारियों ने बताया कि कई गांवों में राहत शिविर खोले गए हैं।';
const MARATHI =
  'मुख्यमंत्र्यांनी आज मुंबईत पत्रकार परिषद घेतली आणि राज्यातील शेतकऱ्यांसाठी नवीन योजना जाहीर केली. ' +
  'ते म्हणाले की सरकार लवकरच याबाबत अंतिम निर्णय घेईल आणि सर्वांना मदत मिळेल.';
const FRENCH =
  'Le président de la République a rencontré lundi le Premier ministre indien à Paris pour discuter ' +
  'de la coopération dans le domaine de la défense et du commerce entre les deux pays.';

describe('guessLanguage', () => {
  it.each([
    ['an English wire paragraph', ENGLISH, 'en', 'latn'],
    ['a Hindi wire paragraph', HINDI, 'hi', 'deva'],
    ['a Marathi paragraph, also in Devanagari', MARATHI, 'mr', 'deva'],
    ['a French paragraph', FRENCH, 'fr', 'latn'],
    ['a short English headline (script fallback)', 'Leaders met on Friday.', 'en', 'latn'],
    ['a short Hindi headline (script fallback)', 'नेता मिले।', 'hi', 'deva'],
    [
      'a Hindi post with an English handle and link',
      `${HINDI} — नेता (@leader_handle) pic.twitter.com/abc123`,
      'hi',
      'deva',
    ],
  ])('recognises %s', (_name, text, language, script) => {
    expect(guessLanguage(text)).toEqual({ language, script });
  });
});

describe('toLanguageCode', () => {
  it.each([
    ['eng', 'en'],
    ['hin', 'hi'],
    ['bho', 'bho'],
    ['und', 'und'],
  ])('maps %s to %s', (code, expected) => {
    expect(toLanguageCode(code)).toBe(expected);
  });
});

describe('detectLanguage stage', () => {
  it('keeps the language stated by the input even when the text says otherwise', () => {
    const doc = detectLanguage(createDoc({ ingestedFrom: 'x', body: HINDI, language: 'en' }));
    expect(doc.meta.language).toBe('en');
    expect(doc.meta.script).toBe('deva');
  });

  it('detects the language when the input does not state it', () => {
    const doc = detectLanguage(createDoc({ ingestedFrom: 'x', body: HINDI }));
    expect(doc.meta.language).toBe('hi');
  });

  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
  const corpus = path.resolve(repoRoot, '..', 'shared', 'corpus');
  const goldFile = path.join(corpus, 'gold.json');
  it.skipIf(!fs.existsSync(goldFile))(
    'agrees with the gold language of every corpus article (skipped without ../shared/corpus)',
    () => {
      const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as {
        articles: { file: string; language: string }[];
      };
      for (const article of gold.articles) {
        const body = fs.readFileSync(path.join(corpus, 'articles', article.file), 'utf8');
        const doc = detectLanguage(createDoc({ ingestedFrom: article.file, body }));
        expect(doc.meta.language, article.file).toBe(article.language);
      }
    },
  );
});
