import { describe, expect, it } from 'vitest';
import { findQuotes, trimQuoteText } from './find-quotes.js';

/** The quoted texts of `body` (nested ones excluded unless asked for). */
function quotes(body: string, withNested = false): string[] {
  return findQuotes(body)
    .filter((q) => withNested || !q.nested)
    .map((q) => body.slice(q.text.start, q.text.end));
}

describe('findQuotes', () => {
  it.each([
    ['straight double marks', '"We will win," he said.', ['We will win']],
    ['curly double marks', 'She said: “The alliance is intact.”', ['The alliance is intact.']],
    [
      'a straight opening and a curly closing mark',
      '"I will not resign,” Mr Rao said.',
      ['I will not resign'],
    ],
    [
      'a partial quote inside a sentence',
      'He called the move "a betrayal of voters" on Monday.',
      ['a betrayal of voters'],
    ],
    [
      'two quotations in one sentence',
      'She described the bill as "hasty" and "unconstitutional".',
      ['hasty', 'unconstitutional'],
    ],
    [
      'a quote split by its attribution',
      '"We tried," he said, "but they refused."',
      ['We tried', 'but they refused.'],
    ],
    [
      'doubled single marks used as double marks',
      "उन्होंने कहा, '' सरकार को संतुलन बनाना होगा ।''",
      ['सरकार को संतुलन बनाना होगा ।'],
    ],
    ['mixed doubled singles', "पार्टी ने इसे ‘‘ राजनीतिक पर्यटन'' बताया.", ['राजनीतिक पर्यटन']],
    [
      'a single mark typed with a space before its closing',
      "मंत्री ने कहा, 'हम तैयार हैं। ' इसके बाद वे चले गए।",
      ['हम तैयार हैं।'],
    ],
    [
      'a single mark typed with a space after its opening',
      "मंत्री ने कहा, ' हम तैयार हैं।' इसके बाद वे चले गए।",
      ['हम तैयार हैं।'],
    ],
    ['single marks spaced on both sides', "He said: ' We are ready. ' Then he left.", ['We are ready.']],
    ['a Hindi quote with a space after the opening mark', 'उन्होंने कहा, " देश बदल रहा है."', ['देश बदल रहा है.']],
    [
      'a closing mark followed directly by the next sentence',
      'अन्ना ने कहा, "मैं समर्थन दूंगा."इससे पहले वे चुप थे.',
      ['मैं समर्थन दूंगा.'],
    ],
    ['a leading ellipsis', '"... we will work together," the minister said.', ['we will work together']],
    [
      'single marks used as quotes',
      "He was 'forcibly' removed from the 'protest site' at 4 am.",
      ['forcibly', 'protest site'],
    ],
    [
      'curly single marks used as quotes',
      'The party called it a ‘conspiracy against farmers’.',
      ['conspiracy against farmers'],
    ],
  ])('finds %s', (_label, body, expected) => {
    expect(quotes(body)).toEqual(expected);
  });

  it.each([
    ['apostrophes inside words', "Khan’s aides said the party's plans don't change."],
    ['an elided century', "The policy has not changed since the '90s, officials said."],
    ['a plural possessive', "The farmers' union met the minister on Friday."],
    ['a contraction with a straight mark', "K'taka's chief minister met investors."],
    ['no marks at all', 'The minister said the talks would resume next week.'],
  ])('finds no quotation in %s', (_label, body) => {
    expect(quotes(body)).toEqual([]);
  });

  it('splits a quotation re-opened after a full stop into pieces of one chain', () => {
    const body = 'She said: "We cannot ignore the violence. "That is what we want to stop."';
    const found = findQuotes(body);
    expect(found.map((q) => body.slice(q.text.start, q.text.end))).toEqual([
      'We cannot ignore the violence.',
      'That is what we want to stop.',
    ]);
    expect(new Set(found.map((q) => q.chain)).size).toBe(1);
    expect(found.map((q) => q.end)).toEqual(['reopen', 'mark']);
  });

  it('continues a quotation over a paragraph break that opens with a new mark', () => {
    const body = 'He told the radio programme: "I do not think so.\n\n"I think they feel shock," he said.';
    const found = findQuotes(body);
    expect(found.map((q) => body.slice(q.text.start, q.text.end))).toEqual([
      'I do not think so.',
      'I think they feel shock',
    ]);
    expect(found[0]?.end).toBe('paragraph');
    expect(found[0]?.chain).toBe(found[1]?.chain);
  });

  it('ends a quotation left open at the end of its paragraph there', () => {
    const body = 'He said: "We will not bow to pressure.\n\nThe meeting ended at noon.';
    const found = findQuotes(body);
    expect(found.map((q) => body.slice(q.text.start, q.text.end))).toEqual(['We will not bow to pressure.']);
    expect(found[0]?.end).toBe('unclosed');
  });

  it('runs over a line break when the closing mark follows on the next line', () => {
    const body = "उन्होंने कहा, ''पहली बात यह है।\nदूसरी बात यह है।'' फिर वे चले गए।";
    expect(quotes(body)).toEqual(['पहली बात यह है।\nदूसरी बात यह है।']);
  });

  it('runs over a blank line left inside a sentence', () => {
    const body = 'उन्होंने कहा, "पिछली \n\nसरकार ने कुछ नहीं किया।" इसके बाद वे चले गए।';
    expect(quotes(body)).toEqual(['पिछली \n\nसरकार ने कुछ नहीं किया।']);
  });

  it.each([
    [
      'Hindi',
      'अन्ना ने कहा, "मैं समर्थन दूंगा. वह ईमानदार हैं. इसके बाद उन्होंने कहा, "देश बदलेगा."',
      ['मैं समर्थन दूंगा. वह ईमानदार हैं.', 'देश बदलेगा.'],
    ],
    [
      'English',
      'Mr Rao said: "We will win. The people are with us. Later he told reporters: "The alliance is intact."',
      ['We will win. The people are with us.', 'The alliance is intact.'],
    ],
  ])('ends a %s quotation left open where the narration introducing the next one starts', (_lang, body, expected) => {
    expect(quotes(body)).toEqual(expected);
  });

  it('closes on a mark typed after a comma and a space', () => {
    const body = '"They did not leave the place, in the state capital, "the district magistrate told PTI.';
    expect(quotes(body)).toEqual(['They did not leave the place, in the state capital']);
  });

  it('drops a stray single mark before the closing double mark', () => {
    const body = 'The DM said that, "no dharna can be allowed at a spot other than the designated place.\'"';
    expect(quotes(body)).toEqual(['no dharna can be allowed at a spot other than the designated place.']);
  });

  it('reports a single-quoted quotation inside a double-quoted one as nested', () => {
    const body = '"They called it \'a farce\' and walked out," the MLA said.';
    const found = findQuotes(body);
    expect(quotes(body)).toEqual(["They called it 'a farce' and walked out"]);
    expect(found.filter((q) => q.nested).map((q) => body.slice(q.text.start, q.text.end))).toEqual([
      'a farce',
    ]);
  });

  it('keeps a quotation whole when it quotes a name with the same marks', () => {
    const body = 'उन्होंने कहा, "हम "मेक इन इंडिया" को आगे बढ़ाएंगे।" इसके बाद वे चले गए।';
    expect(quotes(body)).toEqual(['हम "मेक इन इंडिया" को आगे बढ़ाएंगे।']);
  });

  it('reads a lone opening mark inside a quotation as a mistyped closing mark', () => {
    const body = '"The talks failed "the minister said on Monday.';
    expect(quotes(body)).toEqual(['The talks failed']);
  });

  it('skips an unbalanced single mark rather than guessing a span', () => {
    const body = "He said the 'new normal would stay, and the 'old rules' were gone.";
    expect(quotes(body)).toEqual(['old rules']);
  });

  it('gives spans that point into the body', () => {
    const body = 'Intro.\n\n“Relief will reach everyone,” she said.';
    const [quote] = findQuotes(body);
    expect(quote && body.slice(quote.outer.start, quote.outer.end)).toBe('“Relief will reach everyone,”');
  });
});

describe('trimQuoteText', () => {
  it.each([
    ['  spaced  ', 'spaced'],
    ['We tried, ', 'We tried'],
    ['... we will', 'we will'],
    ['no text ,', 'no text'],
  ])('trims %j to %j', (inner, expected) => {
    const body = `"${inner}"`;
    const span = trimQuoteText(body, 1, body.length - 1);
    expect(span && body.slice(span.start, span.end)).toBe(expected);
  });

  it('gives null when only punctuation is left', () => {
    expect(trimQuoteText('" ... "', 1, 6)).toBeNull();
  });
});

describe('findQuotes: Hindi web copy without spaces around single marks', () => {
  it.each([
    ["नेता ने कहा,'हम अंत तक लड़ेंगे।' फिर वे चले गए।", ['हम अंत तक लड़ेंगे।']],
    ["मंत्री बोले:'किसानों का भुगतान जल्द होगा।' बैठक खत्म हुई।", ['किसानों का भुगतान जल्द होगा।']],
    ["उन्होंने कहा, 'यह सरकार का फैसला है.'उन्होंने आगे कहा कि विरोध होगा।", ['यह सरकार का फैसला है.']],
    ['उन्होंने कहा, ‘हम अपनी बात पर कायम हैं’। इसके बाद बैठक हुई।', ['हम अपनी बात पर कायम हैं']],
    [
      'शोधकर्ता के मुताबिक़, ‘यह काम आसान नहीं है.’‘इसमें कई घंटे लगते हैं.’(अधिक जानकारी के लिए देखें)',
      ['यह काम आसान नहीं है.', 'इसमें कई घंटे लगते हैं.'],
    ],
  ])('finds the quotation in %j', (body, expected) => {
    expect(quotes(body)).toEqual(expected);
  });

  it('opens on a mark typed against the comma of the cue, with the space after it', () => {
    const body = 'शोध की प्रमुख का कहना है," यह पहला मौक़ा है जब ऐसा संबंध दिखा है." उन्होंने और शोध की बात कही.';
    expect(quotes(body)).toEqual(['यह पहला मौक़ा है जब ऐसा संबंध दिखा है.']);
  });

  it.each([
    [
      'सभा में उन्होंने कहा, "हम यह लड़ाई जारी रखेंगे और पीछे नहीं हटेंगे ।\' उन्होंने किसानों की बात भी की.',
      'हम यह लड़ाई जारी रखेंगे और पीछे नहीं हटेंगे ।',
    ],
    [
      'अभिनेता कहते हैं, "मैं चाहूँगा कि ऐसी फ़िल्में यहाँ भी बनें\'.इन फ़िल्मों ने अरबों कमाए हैं.',
      'मैं चाहूँगा कि ऐसी फ़िल्में यहाँ भी बनें',
    ],
  ])('ends a double-quoted quotation at a single mark typed to close it: "%s"', (body, quote) => {
    expect(quotes(body)).toEqual([quote]);
  });

  it.each([
    [
      'पहली छात्रा कहती हैं, " हमें यह शहर अच्छा लगता है. दूसरी छात्रा कहती हैं," यहाँ का खाना बहुत पसंद है." फिर दोनों चली गईं.',
      ['हमें यह शहर अच्छा लगता है.', 'यहाँ का खाना बहुत पसंद है.'],
    ],
    [
      'शिक्षक का कहना है, " यह भाषा सीखना आसान नहीं है. "संस्थान के निदेशक कहते हैं, " यहाँ तीस देशों के लोग पढ़ते हैं."',
      ['यह भाषा सीखना आसान नहीं है.', 'यहाँ तीस देशों के लोग पढ़ते हैं.'],
    ],
  ])('reads marks spaced on both sides by what stands before them: a cue opens (%#)', (body, expected) => {
    expect(quotes(body)).toEqual(expected);
  });

  it('still reads a quotation re-opened after a full stop as one chain', () => {
    expect(quotes('उन्होंने कहा, "हम तैयार हैं. "हम जीतेंगे." सभा ख़त्म हुई.')).toEqual(['हम तैयार हैं.', 'हम जीतेंगे.']);
  });

  it('still closes on such a mark in English copy', () => {
    expect(quotes('"We will win," he said. Nothing else," she added.')).toEqual(['We will win']);
  });

  it('still reads an English possessive after a dotted abbreviation as an apostrophe', () => {
    expect(quotes("The U.S.'s envoy met the minister.")).toEqual([]);
  });
});

describe('findQuotes: Hindi copy that leaves out the opening mark', () => {
  it.each([
    [
      'सीकर के रहने वाले अमित ने कहा, हमें सरकार ने मदद की लेकिन बहुत धीरे की. बॉर्डर तक हमें कंपनी का आदमी लाया."अमित अब ख़ुश हैं.',
      ['हमें सरकार ने मदद की लेकिन बहुत धीरे की. बॉर्डर तक हमें कंपनी का आदमी लाया.'],
    ],
    [
      'एजेंट ने अपने बयान में कहा है, ‘’फ़ैसले से पहले हमने उनसे बातचीत की.’’(बीबीसी हिन्दी)',
      ['फ़ैसले से पहले हमने उनसे बातचीत की.'],
    ],
  ])('starts the quotation after the verb of saying and its comma: %j', (body, expected) => {
    expect(quotes(body)).toEqual(expected);
  });

  it('keeps a quotation that opens after a sentence of reported speech', () => {
    expect(quotes('उन्होंने कहा कि सरकार विफल रही."हम लड़ते रहेंगे," उन्होंने जोड़ा.')).toEqual(['हम लड़ते रहेंगे']);
  });
});

describe('findQuotes: Hindi wire copy that never closes a single-quoted quotation', () => {
  it.each([
    [
      "उन्होंने बताया, 'शहर में अभी जांच की दर कम है । अगले हफ़्ते तक हम इसे दोगुना कर देंगे ।\n\nउन्होंने कहा कि बाकी ज़िलों में भी काम चल रहा है ।",
      ['शहर में अभी जांच की दर कम है । अगले हफ़्ते तक हम इसे दोगुना कर देंगे ।'],
    ],
    [
      "समिति के अध्यक्ष ने कहा, '12 अप्रैल तक मरीज़ों की संख्या घटेगी । हमें भरोसा है ।\n\nबैठक में कई अफ़सर मौजूद थे ।",
      ['12 अप्रैल तक मरीज़ों की संख्या घटेगी । हमें भरोसा है ।'],
    ],
  ])('ends it with its paragraph: %j', (body, expected) => {
    expect(quotes(body)).toEqual(expected);
  });

  it('closes it on a mark typed with the space before it, after a finished sentence', () => {
    const body = "चैनल की प्रमुख ने कहा, 'हम दर्शकों को नया अनुभव देंगे. 'इस चैनल में सौ पत्रकार काम करेंगे.";
    expect(quotes(body)).toEqual(['हम दर्शकों को नया अनुभव देंगे.']);
  });

  it('ends it before a mark that opens a quotation closed later in the paragraph', () => {
    const body = "उन्होंने कहा, 'हम तैयार हैं. 'जीत' हमारी होगी.' सभा ख़त्म हुई.";
    expect(quotes(body)).toEqual(['हम तैयार हैं.', 'जीत']);
  });

  it('leaves alone a single mark after narration without a verb of saying', () => {
    const body = "फ़िल्म 'दूसरी दुनिया में लोग आज भी जाते हैं ।\n\nअगला पैराग्राफ़ ।";
    expect(quotes(body)).toEqual([]);
  });
});

describe('findQuotes: the lines a scraped Hindi page keeps', () => {
  it('ends a quotation left open before them', () => {
    const body =
      'वह कहते हैं, "निजता का अपना महत्व है. यह बेहद अहम है.(बीबीसी हिंदी का एंड्रॉयड मोबाइल ऐप डाउनलोड करने के लिए यहां क्लिक करें.)';
    expect(quotes(body)).toEqual(['निजता का अपना महत्व है. यह बेहद अहम है.']);
  });

  it('drops a quotation that holds nothing else', () => {
    const body =
      'वह चले जाते हैं. "(बीबीसी हिन्दी के एंड्रॉएड ऐप के लिए यहां क्लिक करें. आप हमें फ़ेसबुक पर भी फ़ॉलो कर सकते हैं.)';
    expect(quotes(body)).toEqual([]);
  });
});
