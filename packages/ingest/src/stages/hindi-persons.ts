/**
 * Hindi (Devanagari) person names. Devanagari has no capitals, so a name is found from its
 * context: an honorific or role word before it ("श्री", "सपा नेता", "पूर्व मंत्री"), a postposition or
 * speech verb after it ("ने", "से", "के", "ने कहा"), and its words' likeness to known given names and
 * surnames (compared through a consonant skeleton with the Latin-script name lexicons).
 */
import { devanagariKey, nameVowelKey } from '../lexicons/name-keys.js';
import { getNameLexicon } from '../lexicons/person-names.js';
import {
  HI_HONORIFICS,
  HI_NON_NAME,
  HI_ORG_HEADS,
  HI_POSTPOSITIONS,
  HI_ROLE_HEADS,
  HI_ROLE_MODIFIERS,
  HI_SPEECH_VERBS,
} from '../lexicons/titles.js';
import { findQuotes } from './find-quotes.js';
import type { EntityContext } from './entity-context.js';
import type { PersonCandidate } from './english-persons.js';
import type { Token } from './word-tokens.js';

const MAX_NAME_WORDS = 4;

/** The match keys of a '|'-separated word list. */
const keySet = (words: string): Set<string> => new Set(words.split('|').map((w) => devanagariKey(w)));

/** Plural and oblique endings (-ों, -ओं, -यों) and verb endings that names do not take. */
const inflected = (t: Token | undefined): boolean =>
  !!t && /(ों|ओं|यों|ाएं|ाएँ|ें|ेंगे|ेगा|ेगी|ाना|ाने|ाते|ाती|नी|ने|ते)$/.test(t.text);

/** Oblique plurals ("बीमारियों", "नेताओं") are never part of a name. */
const obliquePlural = (t: Token): boolean => /(ों|ओं|यों)$/.test(t.text);

/** Future and subjunctive verb forms ("जाएंगे", "होगी", "करूंगा") are never part of a name. */
const verbForm = (t: Token): boolean =>
  /(एंगे|एँगे|एगा|एगी|ओगे|ेंगे|ेंगी|ेगा|ेगी|ूंगा|ूंगी|ूँगा|ूँगी|ाएं|ाएँ|ाओ|िए|िये)$/.test(t.text) ||
  // Past forms of causatives ("बचाया", "बताया", "लगाया"), longer than the names माया and छाया.
  (t.text.length >= 5 && /ाया$/.test(t.text));

/**
 * Everyday words that follow or precede names in news copy and would otherwise run into them:
 * relational adjectives ("सांस संबंधी", "जांच संबंधी"), predicate words ("X मौजूद थे", "X शामिल हुए")
 * and frequent nouns after a subject ("X बिजली संकट पर").
 */
const HI_EVERYDAY = keySet(
  // Adverbs of time and place and frequent adjectives that open or close a subject ("तभी X", "हमेशा").
  'हमेशा|सदा|अक्सर|कभी|तभी|वक़्त|वक्त|याद|इधर|उधर|रोचक|आश्चर्यजनक|एकदिवसीय|पागलपन|लेनदेन|सिरीज़|सीरीज़|सिरीज|ढंग|' +
    // Games ("टेस्ट क्रिकेट", "भारतीय हॉकी").
    'क्रिकेट|फुटबॉल|फ़ुटबॉल|हॉकी|टेनिस|बैडमिंटन|कबड्डी|टॉस|पारी|विकेट|विकेटों|गेंदबाज़ी|गेंदबाजी|बल्लेबाज़ी|' +
    'बल्लेबाजी|शतक|अर्धशतक|ओवर|मैच|मैचों|' +
    'संबंधी|सम्बन्धी|संबंधित|सम्बंधित|आधारित|स्तरीय|विरोधी|प्रेरित|प्रभावित|युक्त|मुक्त|रहित|जनित|' +
    'मौजूद|उपस्थित|शामिल|सवार|नाराज|नाराज़|खुश|जिम्मेदार|ज़िम्मेदार|तैयार|सक्रिय|व्यस्त|' +
    'सहमत|असहमत|सफल|विफल|नाकाम|कामयाब|मुख्य|विशेष|संकट|समस्या|मुद्दा|मुद्दे|योजना|नीति|फैसला|' +
    'फ़ैसला|निर्णय|प्रस्ताव|अपील|मांग|घोषणा|दौरा|यात्रा|भाषण|रैली|कार्यक्रम|सम्मान|स्वागत|विरोध|' +
    'समर्थन|हमला|निशाना|पहुंचे|पहुँचे|पहुंचीं|रवाना|लौटे|आए|आईं|गए|गईं|कराया|कराई|कराए|लगाया|' +
    'लगाई|लगाए|बनाया|बनाई|बनाए|जताया|जताई|उठाया|उठाए|बुलाया|बुलाई|दर्ज|जारी|' +
    // Conjunctive participles ("राजघाट जाकर", "मिलकर") and venue words ("लोक भवन", "X हाउस").
    'जाकर|आकर|लेकर|देकर|करके|होकर|रहकर|मिलकर|सुनकर|देखकर|पहुंचकर|पहुँचकर|बोलकर|बैठकर|उठकर|' +
    'चलकर|लौटकर|निकलकर|बनकर|पढ़कर|लिखकर|कहकर|छोड़कर|जोड़कर|मानकर|समझकर|रखकर|पाकर|' +
    'साहब|साहिब|पहली|पहला|दूसरी|दूसरा|दूसरे|तीसरी|तीसरा|तीसरे|चौथी|चौथा|चौथे|पांचवीं|पांचवां|अंतिम|आखिरी|' +
    // English loanwords that head names of bodies and things ("टास्क फोर्स", "प्रेस क्लब").
    'फोर्स|फ़ोर्स|क्लब|प्लांट|मिल|फैक्टरी|फैक्ट्री|एक्सचेंज|न्यूज़|न्यूज|ग्रुप|कमेटी|कमिटी|कमीशन|काउंसिल|' +
    'यूनियन|सोसाइटी|एसोसिएशन|फेडरेशन|लिमिटेड|कॉर्पोरेशन|एजेंसी|सेंटर|हॉस्पिटल|हाईकोर्ट|असेंबली|सीनेट|' +
    'पार्लियामेंट|मिशन|ऑफिस|प्रेस|मीडिया|सोशल|नेशनल|इंटरनेशनल|ग्लोबल|डिजिटल|ऑनलाइन|वायरस|कोरोना|' +
    'कोविड|लॉकडाउन|थेरेपी|वैक्सीन|टीका|रिपोर्ट|सर्वे|इंडेक्स|सेंसेक्स|स्टॉक|मार्केट|बजट|प्रोजेक्ट|स्कीम|' +
    'पॉलिसी|पोर्टल|वेबसाइट|चैनल|अख़बार|अखबार|टास्क|रोड|स्ट्रीट|मॉल|एवेन्यू|लेन|कॉम्प्लेक्स|टॉवर|' +
    'प्लाजा|प्लाज़ा|होटल|हॉल|गेट|सर्किल|ब्रिज|पैनल|' +
    // Company names written in Devanagari ("धर्मा प्रोडक्शंस", "बालाजी टेलीफिल्म्स", "मुक्ता आर्ट्स").
    'प्रोडक्शंस|प्रोडक्शन्स|प्रोडक्शन|फिल्म्स|फ़िल्म्स|टेलीफिल्म्स|पिक्चर्स|स्टूडियो|स्टूडियोज|' +
    'एंटरटेनमेंट|इंटरटेनमेंट|आर्ट्स|मोटर्स|इंडस्ट्रीज|इंडस्ट्रीज़|एयरलाइंस|एयरवेज|टेक्नोलॉजीज|वेंचर्स|' +
    // Companions before a name ("दोस्त X", "सहपाठी X") and English loans that are no names ("हेयर").
    'दोस्त|मित्र|सहपाठी|पड़ोसी|पडोसी|हेयर|पदक|मेडल|नाम|नामक|चुना|चुनी|चुने|निर्देशन|तारीख|तारीख़|तिथि|' +
    // Common nouns, participles and loans of news copy seen joined to names ("डेढ़ प्रतिशत", "तनाव पैदा").
    'प्रतिशत|मास्क|सब्जियां|सब्जी|कक्षा|शादी|वेतन|मोबाइल|संक्रमण|तनाव|पुष्टि|शुरू|तैयारी|निर्देश|' +
    'हार्मोन|सभ्यता|विद्यालय|स्पेशलिटी|रिसर्च|असहाय|स्थित|पैदा|झेलना|देता|प्रसारक|राजस्व|ऑपरेशन|' +
    'स्पेशल|टर्न|मंडे|फ्राइडे|गृहस्थी|सुपर|संशोधित|' +
    // Words of newspapers, broadcasters and institutes ("डेली टेलीग्राफ के मुताबिक़").
    'डेली|टेलीग्राफ|टेलीविज़न|टेलीविजन|टाइम्स|हेराल्ड|गार्डियन|एक्सप्रेस|जर्नल|ट्रिब्यून|क्रॉनिकल|' +
    'एक्सिलेंस|एक्सीलेंस|इंस्टीट्यूट|इंस्टिट्यूट|यूनिवर्सिटी|फाउंडेशन|फ़ाउंडेशन|ट्रस्ट|' +
    'अगले|पिछले|अगली|पिछली|हफ्ते|हफ़्ते|हफ्ता|हफ़्ता|महीना|भारी|हल्की|हल्का|तेज|तेज़|वर्ना|वरना|हालात|' +
    'जाता|रहता|रहती|रहते|होता|मानते|मानती|मानता|मानना|सोचते|सोचती|चाहता|' +
    'वर्षीय|वर्षीया|उम्र|आयु|अवधि|सजा|सज़ा|कैद|क़ैद|' +
    'अध्ययन|शोध|सर्वेक्षण|मुख्यालय|सचिवालय|दूतावास|वाणिज्य|प्रदर्शनकारी|नौजवान|बच्चे|बच्चा|' +
    'हालत|स्थिति|माहौल|पद|स्तर|समूह|निधि|प्रतिपक्ष|' +
    'आदि|इत्यादि|यानि|धीरे|अध्यक्षता|संचालन|नेतृत्व|मौजूदगी|उपस्थिति|' +
    'भवन|सदन|मैदान|मार्ग|चौक|चौराहा|हाउस|पार्क|स्टेडियम|मंदिर|मस्जिद|गुरुद्वारा|चर्च|हवाई|अड्डा|' +
    'आंदोलन|अभियान|प्रदर्शन|धरना|हड़ताल|अनशन|दिवस|जयंती|पुण्यतिथि|समारोह|उत्सव|महोत्सव|पर्व|मेला|' +
    'असर|प्रभाव|पड़ा|पड़ी|पड़े|बताई|बताईं|सुनाई|दिखाई|पढ़ाई|लड़ाई|कमाई|सफाई|सफ़ाई|मौके|मौका|संस्था|संस्थाओं|सूत्र|अड्डे|स्टेशन|बाजार|कॉलोनी|नगर|विहार|महल|किला|घाट|पुल|सड़क|एक्सप्रेसवे|हाईवे|' +
    // Collective and institutional subjects ("प्रशासन ने कहा", "जनता का कहना है").
    'प्रशासन|जनता|केंद्र|केन्द्र|विपक्ष|सत्ता|संसद|सदन|मंत्रिमंडल|कैबिनेट|आलाकमान|हाईकमान|टीम|' +
    'भीड़|परिवार|समाज|दुनिया|उद्योग|बाजार|बाज़ार|जनमत|मौसम|बारिश|बाढ़|सूखा|महंगाई|बेरोजगारी|' +
    'अर्थव्यवस्था|लोकतंत्र|संविधान|कानून|क़ानून|जांच|जाँच|अस्पताल|स्कूल|देशवासियों|नागरिक|मतदाता|' +
    'वोट|वोटर|मतदान|नतीजे|परिणाम|मरीज|मरीज़|डॉक्टर|पीड़ित|आरोपी|गवाह|शिकायतकर्ता|' +
    // Adverbs, connectives and adjectives that stand next to a name ("इसके अलावा X", "आख़िर X", "X ख़ुद",
    // "X जल्द", "कथित X", "गिरफ्तार X", "अरबपति X").
    'अलावा|आख़िर|आखिर|ख़ुद|खुद|कारण|वजह|जल्द|जल्दी|हालांकि|हालाँकि|हालंकि|हालाकि|बतौर|शायद|पहुंच|पहुँच|अच्छा|अच्छी|' +
    'अच्छे|असली|असल|करारी|खाली|कथित|कामयाबी|ख़ासा|ख़ासी|खासा|खासी|आजकल|ऐसी|ऐसा|ऐसे|कितने|कितना|' +
    'कितनी|अन्य|आधी|आधा|ज़िंदगी|जिंदगी|ठीक|सही|ग़लत|गलत|फ़िल्म|फिल्म|फ़िल्में|फिल्में|बावजूद|गिरफ्तार|' +
    'गिरफ़्तार|अरबपति|करोड़पति|अनुभवी|दिग्गज|युवा|बुजुर्ग|बुज़ुर्ग|मशहूर|चर्चित|लोकप्रिय|दिवंगत|स्वर्गीय|' +
    'चुके|चुकी|चुका|नें|सारी|सारा|सारे|उचित|हॉलीवुड|बॉलीवुड|जबकि|यानी|चूंकि|ताकि|ज़रूरत|जरूरत|' +
    'गुस्साए|नाराज़गी|कुख्यात|फ़िलहाल|फिलहाल|वैसे|इसीलिए|लिहाज़ा|लिहाजा|दरअसल|बहरहाल|आगे|पीछे|इतना|' +
    'इतनी|इतने|अनुभव|पहलू|नोट|स्वयंसेवक|दादा|दादी|बाबत|' +
    // Common nouns, adjectives, numerals and verb forms of news copy that ran into names in unlabelled
    // BBC Hindi and Hindi newspaper copy ("12 रुपये लीटर", "भर्ती करा दिया", "एक व्यक्ति ने कहा").
    'आपातकालीन|वार्ड|सिविल|डिपार्टमेंट|कार्यालय|रुपये|रुपए|रुपया|लीटर|प्रभार|भर्ती|करा|डाला|किराए|' +
    'किराया|किराये|खाद्य|जीवन|शैली|बधाई|लाख|करोड़|हजार|हज़ार|लॉक|डाउन|अचानक|गायब|व्यक्ति|स्मार्ट|' +
    'सिटी|कोष|शारीरिक|शारारिक|दूरी|स्टील|बीमा|यापन|सामग्री|ट्रेन|घरेलू|ज्ञान|कंप्यूटर|कम्प्यूटर|' +
    'आधार|कानूनी|क़ानूनी|संस्कृति|धन|रंग|आलीशान|सितारा|नंबर|खदान|आवंटन|कोयला|संतान|ब्रांच|क्राइम|' +
    'कोताही|घोर|बनाने|चलाने|जाने|आने|हूँ|हूं|मोटी|मोटा|फ़ाइल|फाइल|चिट|जुड़े|जुड़ी|जुड़ा|ऑल|आमने-सामने|बैठे|बैठी|डालकर|मिसाइल|कोरियाई|ठोकने|करोना|विद|नो|मीट|खोला|लिफ़ाफ़ा|लिफाफा|रन|छह|चार|पांच|पाँच|सात|आठ|नौ|दस|बीस|तीस|चालीस|' +
    'पचास|सौ|मीटर|गुना|बढ़ी|बढ़े|कांड|जासूसी|जानकारी|सदी|एयरलाइन|ऑटो|रिक्शा|फंड|केयर्स|सूचकांक|' +
    'निफ्टी|संवेदी|दैनिक|वेतनभोगी|ब्रीफिंग|आवश्यक|सामान|खरीदने|उपलब्ध|जमीन|ज़मीन|पेड़|सूची|संक्रमित|' +
    'मोड़|कोरोनावायरस|इंस्टीट्यूट|सिंड्रोम|हेमरेज|सतर्कता|बरती|जाए|दायरा|बढ़ाया|पॉजिटिव|केस|सघन|' +
    'चिकित्सा|इकाई|मुखपत्र|औकात|पढ़ा|उर्फ|श्वेत|बिगड़ी|सीधे|पैसे|ट्रांसफर|नजर|नज़र|बनाये|हुये|वाला|' +
    'अन्यायपूर्ण|हॉस्टल|स्मारक|आएंगी|वैसा|वैसी|आशीर्वाद|देने|इकट्ठे|मेले|ईटीवी|उम्मीदवारी|ऐलान|गुलेल|केबल|' +
    'ऑपरेटर|ताज़ा|ताजा|संघर्ष|ताली|बजाई|तीर|कमान|थोड़ी|थोड़ा|थोड़े|देर|शॉपिंग|तोड़|धार्मिक|भावना|धुआं|उठता|देखा|' +
    'हटाकर|निवास|स्थान|नेटवर्क|पक्षपातपूर्ण|रवैये|रवैया|पसंद|पायी|सरहद|प्रयास|होर्डिंग|फ़ोन|फोन|शाखा|बढ़ती|दर|' +
    'बढ़ावा|बार-बार|भाषाई|आदान|तरीके|सुरक्षित|मंहगे|महंगे|खंड|मादा|भ्रूण|हत्या|मात्र|लेने|पूर्ण|याचिका|दायर|' +
    'रेस|लगभग|मगन|भाव|भाषा|शासन|शीत|लहर|टर्म|कैपिटल|संबंध|जोड़ने|सन्नाटा|तट|कन्या|आश्रम|सोच|स्त्री|लिंग|नदी|स्वाद|' +
    'सामान्य|प्याज़|प्याज|हिला|पाना|फीट|ह्यूमन|राइट्स|वॉच|वही|ख़ासकर|खासकर|बनने|बनाना|पाला|उत्तर|दक्षिण|विटामिन-डी|सप्लीमेंट|' +
    'मिडिल|ईस्ट|एंड|ऑफ|द|भरता|चले|पहने|मारे|रचा|रची|रचे|साड़ी|टैक्स|रटी|रटाई|सिक्स|पैक|मामा|मामी|चाची|बुआ|मौसी|नानी|शख्स|शख़्स|महिला|पुरुष|युवक|युवती|बच्ची|' +
    // Relatives ("उनकी पोती ने कहा").
    'बहु|पोती|पोता|पोते|पोतियां|नाती|नातिन|भतीजा|भतीजी|भतीजे|भांजा|भांजी|भांजे|भानजा|भानजी|दादी|चाचा|चाचे|ताऊ|ताई|मौसा|फूफा|फूफी|जीजा|रिश्तेदार|संबंधी|' +
    // People by what they are doing or did ("प्रत्यक्षदर्शी ने कहा", "यात्री ने बताया").
    'प्रत्यक्षदर्शी|चश्मदीद|अभिभावक|प्रशंसक|यात्री|मृतक|श्रद्धालु|विद्यार्थी|सैनिक|अफसर|अफ़सर|पायलट|प्रवासी|' +
    'शरणार्थी|पर्यटक|ग्राहक|निवेशक|उपभोक्ता|लड़की|लड़का|बच्चा|' +
    // Gain and loss ("चुनावी फ़ायदा X को होगा").
    'फ़ायदा|फायदा|फ़ायदे|फायदे|नुक़सान|नुकसान|लाभ|वर्सेस|बनाम|' +
    // "पदक प्राप्त X", "जो रोल X को ऑफ़र हुआ", "बल्ला X तक पहुंचा".
    'प्राप्त|रोल|बल्ला|' +
    // Everyday nouns and verbs the name lexicons' sound keys take for names ("प्रेम कहानी", "सीमा सुरक्षा",
    // "ज़रा सा", "मज़ा आया").
    'शो|अवार्ड|पुरस्कार|नियम|प्रणाली|शरीर|परत|विषय|क्षमता|कहानी|संगीत|चमड़ी|थैले|सोफ़े|सोफे|कार्ड|सिम|' +
    'किक|टाइम|दावेदार|तरीक़ा|तरीका|सुरक्षा|अंतरिक्ष|इफेक्ट्स|सेल्स|अंडे|लिपि|जोड़ी|ज़रा|जरा|आया|रखा|भड़का|' +
    // Adjectives before a name ("सहज सलमान ख़ान").
    'सहज|सरल|ख़ुश|खुश|नाराज़|नाराज',
);

/**
 * Nouns of news copy whose consonant skeleton matches a Latin-script given name ("सुरक्षा" ~ Suraksha,
 * "मदद" ~ Madad, "योजना" ~ Yojana) but that are hardly ever names in Hindi: no given-name evidence.
 */
const NOT_GIVEN = keySet(
  'सुरक्षा|उन्नति|मुक्ति|कड़ी|सख्त|सख़्त|मदद|हार|सम्मान|जनता|किसान|दावा|सहायता|कामना|चेतना|प्रतिष्ठा|' +
    'योजना|सूचना|धर्म|सत्य|शक्ति|क्रांति|प्रगति|गरिमा|व्यवस्था|कार्रवाई|सुविधा|संख्या|सेवा|दया|मांग|' +
    'जांच|राहत|हिंसा|चिंता|चर्चा|बैठक|समिति|सहमति|अनुमति|मंजूरी|मंज़ूरी|रैली|नीति|नीतियां|' +
    // What one tells: "एक किस्सा बताती हैं", "कहानी सुनाते हैं".
    'किस्सा|क़िस्सा|किस्से|क़िस्से|कहानी|वाकया|वाक़या|हकीकत|हक़ीक़त|सच्चाई',
);

/** Verbs of saying after a one-word name ("X ने कहा", "X बोले", "X कहती हैं"). */
const SAYING = keySet(
  'कहा|कहते|कहती|कहतीं|बोले|बोलीं|बोली|बताया|बताते|बताती|बतातीं|लिखा|लिखते|लिखती|लिखतीं|पूछा|पूछते|पूछती|पूछतीं|जोड़ा',
);

/**
 * District and police offices of Hindi newspaper copy ("पुलिस अधीक्षक", "एसडीएम", "तहसीलदार") and
 * public callings written before a name ("समाजसेवी"), besides the role words of `titles.ts`.
 */
const LOCAL_ROLE_HEADS = keySet(
  'अधीक्षक|उपाधीक्षक|निरीक्षक|उपनिरीक्षक|महानिरीक्षक|महानिदेशक|उपायुक्त|तहसीलदार|समाजसेवी|' +
    'समाजसेविका|एसपी|एसडीएम|एसडीओ|बीडीओ|डीएसपी|सीओ|सीडीओ|एडीएम|एसीपी|डीसीपी|विधानसभाध्यक्ष|' +
    'प्रतिपक्ष|लोकसभाध्यक्ष|सभापति|उपसभापति|महाधिवक्ता|राजनयिक|कुलसचिव|सह-संयोजक|' +
    // English callings written in Devanagari ("एक्टर X", "डायरेक्टर X", "कमिश्नर X", "गवर्नर X").
    'एक्टर|ऐक्टर|एक्ट्रेस|ऐक्ट्रैस|ओपनर|डायरेक्टर|कमिश्नर|गर्वनर|प्रोड्यूसर|प्रोड्यूसर|स्पोक्सपर्सन|' +
    'मेजर|कैप्टन|कोच|चेयरमैन|प्रवक्ता|सेनेटर|सीनेटर|राष्ट्रपति|प्रधानमंत्री|निर्माता|क्रिटिक|समीक्षक|' +
    'सर्जन|सीएमएस|सीएमओ|डीपीएम|प्रॉड्यूसर|सिंगर|परिचालक|चालक|गोलकीपर|विज्ञानी|मजिस्ट्रेट|प्रभारी|' +
    'पहलवान|मुक्केबाज|मुक्केबाज़|धावक|निशानेबाज|निशानेबाज़|तैराक|एथलीट|पल्मोनोलॉजिस्ट|विशेषज्ञ|' +
    'वार्ताकार|रणनीतिकार|शिक्षाकर्मी|वार्डन|नर्स|बहनोई|परदादा|पुत्र|मरहूम|एडमिरल|लेफ्टिनेंट|' +
    'प्रोग्रामर|शोधकर्ता|फ़िल्ममेकर|फिल्ममेकर|फ़िल्मकार|फिल्मकार|रेसर|साइंटिस्ट|स्पिनर|मॉडल|एजेंट|' +
    'संगीतकार|गीतकार|शायर|पटकथाकार|डिज़ाइनर|डिजाइनर|फ़ोटोग्राफ़र|फोटोग्राफर|एंकर|रिपोर्टर|' +
    // Police ranks and village offices of district news ("एएसआई X", "सदर एसडीपीओ X", "लेखपाल X").
    'एएसआई|एसआई|सब-इंस्पेक्टर|सिपाही|हवलदार|आरक्षी|कांस्टेबल|एसडीपीओ|सीडीपीओ|बीईओ|डीएसओ|एसीएमओ|' +
    'लेखपाल|पटवारी|कानूनगो|चौकीदार|एएनएम|सेविका|सहायिका|' +
    // Relatives and callings a district report names people by ("सास X", "विवाहिता X", "राजमिस्त्री X").
    'सास|ससुर|बहू|देवर|जेठ|ननद|भाभी|विवाहिता|मृतका|पीड़िता|राजमिस्त्री|मिस्त्री|बढ़ई|दर्जी|ड्राइवर|' +
    'प्लम्बर|प्लंबर|इलेक्ट्रीशियन|मैकेनिक|कारीगर|रसोइया',
);

/** Relatives as roles: before a one-word name they are as often before a thing ("सास बाइक एवं …"). */
/** Nouns for a person that a name can be given to ("X नाम का एक युवक"). */
const PERSON_NOUNS = keySet(
  'व्यक्ति|आदमी|शख़्स|शख्स|महिला|औरत|लड़की|लड़का|लड़के|युवक|युवती|युवा|बच्चा|बच्ची|बच्चे|छात्र|छात्रा|किसान|मज़दूर|मजदूर|स्वयंसेवक|शिक्षक|शिक्षिका|कार्यकर्ता|दुकानदार|ड्राइवर|सिपाही|जवान|मरीज़|मरीज|कैदी|क़ैदी',
);
const KIN_ROLES = keySet('सास|ससुर|बहू|देवर|जेठ|ननद|भाभी|विवाहिता|मृतका|पीड़िता');

/** Verbs that give someone an office ("उम्मीदवार बनाया", "अध्यक्ष चुना गया", "नियुक्त किया"). */
const APPOINTED = /^(?:बनाया|बनाए|बनाई|बनाये|चुना|चुने|चुनी|नियुक्त|घोषित|नामित|मनोनीत)$/;

/** Forms of "to be" after a predicate word ("वाकिफ़ हैं", "नाराज़ थे"). */
const PREDICATE_AUX = /^(?:है|हैं|था|थे|थी|थीं|रहे|रहा|रही|हो|होते|होती|होता)$/;

/** One-word offices built on a role ("गृहमंत्री", "राज्यमंत्री", "उपजिलाधिकारी", "प्रदेशाध्यक्ष"). */
const COMPOUND_ROLE = /^[\u0900-\u097F]{2,}(?:मंत्री|ाधिकारी|ाध्यक्ष)$/;

/** A role word, also with a hyphenated prefix ("सह-अध्यक्ष", "पूर्व-मंत्री"). */
const isRoleHead = (t: Token): boolean =>
  HI_ROLE_HEADS.has(t.key) ||
  // "न्यूरोबायोलॉजिस्ट X", "कार्डियोलॉजिस्ट X": a calling ending in -logist.
  /(?:लॉजिस्ट|लोजिस्ट|लाजिस्ट)$/.test(t.text) ||
  LOCAL_ROLE_HEADS.has(t.key) ||
  COMPOUND_ROLE.test(t.text) ||
  (t.key.includes('-') && HI_ROLE_HEADS.has(t.key.slice(t.key.lastIndexOf('-') + 1)));

/** Honorifics written after a name ("मोदी जी", "ख़ान साहब"). */
const HONORIFIC_AFTER = new Set(['जी', 'साहब', 'साहिब', 'सा']);

/** Auxiliaries after a verb form. */
const AUXILIARY = /^(?:है|हैं|था|थे|थी|थीं|हो|हुए|हुई|हुईं|हुआ|गया|गई|गए|जाता|जाती|जाते|रहे|रही|रहा|रहें|रहीं)$/;

/** Day and time words that end a name ("X सोमवार को दिल्ली में"). */
const TIME_WORDS = keySet('सोमवार|मंगलवार|बुधवार|गुरुवार|बृहस्पतिवार|शुक्रवार|शनिवार|रविवार|आज|कल|शाम|सुबह|रात|दोपहर');

/** The words of a Hindi speech cue besides its verb ("का कहना है", "ने कहा कि", "के मुताबिक़"). */
const CUE_WORDS = keySet('ने|का|की|के|कहना|है|हैं|था|थी|थे|मुताबिक|मुताबिक़|अनुसार|कि|आगे|भी');

/** Adverbs that stand between a subject and its verb ("X वहाँ मौजूद थे", "X अब कहते हैं"). */
const CLAUSE_ADVERBS = keySet('वहाँ|वहां|वहीं|यहाँ|यहां|यहीं|अब|अभी|फिर|खुद|ख़ुद|स्वयं');

/** Relatives and followers named after a genitive ("X की बेटी", "X के समर्थक", "X के करीबी"). */
const KIN_AFTER = keySet(
  'बेटा|बेटे|बेटी|पुत्र|पुत्री|पत्नी|पति|पिता|माता|मां|माँ|भाई|बहन|भतीजे|भतीजा|भतीजी|भांजे|भांजा|' +
    'दामाद|बहू|ससुर|चाचा|दादा|दादी|नाना|नानी|पोते|पोता|पोती|बेटों|समर्थक|समर्थकों|करीबी|क़रीबी|' +
    'वकील|निजी|सहयोगी|उत्तराधिकारी|परिवार|परिजन|परिजनों',
);

/** Kin and teacher words that take "जी" ("भैया जी", "गुरु जी") and are no names. */
const KIN_JI = keySet(
  'भैया|भइया|दीदी|भाभी|बापू|बाबू|गुरु|गुरू|माताजी|पिताजी|बाबूजी|गुरुजी|मास्टर|डॉक्टर|वकील|मुंशी|दरोगा|चौधरी',
);

/** Words that join the names of a list ("X, Y और Z"). */
/** Honorifics that after a given name are its family name ("विजय कुमारी ने", "सीमा कुमारी"). */
const FAMILY_HONORIFICS = keySet('कुमारी');
/** Honorifics that are also family names ("फ़ारुख़ शेख", "बलदेव ठाकुर", "जयदीप पंडित"). */
const SURNAME_HONORIFICS = keySet('शेख|शेख़|सैयद|पंडित|ठाकुर|स्वामी');
/**
 * Reflexive possessives, relative and demonstrative pronouns, which follow a subject and never belong
 * to a name ("X अपनी …", "X जिन्होंने …", "X उस समय …", "X यह बताने …").
 */
const SUBJECT_FOLLOWERS = keySet(
  'अपना|अपनी|अपने|जिन्होंने|जिसने|जिनका|जिनकी|जिनके|जिनको|जिन्हें|यह|वह|ये|वो|उस|इस|उन|इन',
);
/** Things whose name is written right after them ("अख़बार जंग", "पत्रिका फोर्ब्स", "कंपनी सैमसंग"). */
const THING_HEADS = keySet(
  'अख़बार|अखबार|समाचारपत्र|पत्रिका|दैनिक|साप्ताहिक|चैनल|वेबसाइट|एजेंसी|कंपनी|फ़र्म|फर्म|' +
    'टीम|क्लब|जहाज़|जहाज|विमान|ब्रांड|फ़िल्म|फिल्म|नाटक|उपन्यास|धारावाहिक|सीरियल|एल्बम',
);

/** Whether the words from `k` on are the name of a thing named just before them ("अख़बार X", "समाचार पत्र X"). */
function namesAThing(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!before?.deva) return false;
  return THING_HEADS.has(before.key) || (before.text === 'पत्र' && tokens[k - 2]?.text === 'समाचार');
}

/** Articles and demonstratives before a noun ("एक यात्री", "किसी अफ़सर", "उस पायलट"). */
const DETERMINERS = keySet('एक|किसी|कोई|इस|उस|यह|वह|ये|वो|ऐसे|ऐसी|ऐसा|हर|प्रत्येक|इन|उन|दूसरे|दूसरी|अन्य');

/** Office words that are also family names ("धर्मेंद्र प्रधान", "जीतू पटवारी", "हाजी रुहल्लाह वकील"). */
const ROLE_SURNAMES = keySet('प्रधान|पटवारी|वकील|मुखिया|सेनापति|पुजारी|दीवान|नायक');

const IMAM = devanagariKey('इमाम');
/** Words that make the calling after them generic ("दोनों खिलाड़ी", "सभी मंत्री", "सबसे प्रमुख"). */
const GENERIC_BEFORE_ROLE = keySet('दोनों|तीनों|चारों|सभी|कई|सबसे|ज़्यादातर|ज्यादातर|अधिकतर|अनेक|कुछ');
/** Light verbs and completive auxiliaries after a verb stem ("डाल दी", "बन चुके", "उठ खड़ा होता"). */
const LIGHT_VERBS =
  /^(?:दी|दीं|दिया|दिए|दिये|चुके|चुका|चुकी|चुकीं|सकता|सकती|सकते|लिया|लीं|डाला|डाली|डाले|पड़ा|पड़ी|पड़े|होता|होती|होते)$/;
/** Qualifiers of an office, never of a name ("पूर्व मंत्री", "वरिष्ठ पत्रकार"; not दिवंगत, स्वर्गीय). */
const OFFICE_QUALIFIERS = keySet('पूर्व|वरिष्ठ|वरिष्ट|मौजूदा|वर्तमान|तत्कालीन|कार्यवाहक');
const LIST_JOINERS = new Set([',', 'और', 'तथा', 'एवं', 'व']);

export function findHindiPersons(ctx: EntityContext): PersonCandidate[] {
  const { tokens, collector, body } = ctx;
  // English articles: nothing to do (the passes below walk every token).
  if (!tokens.some((t) => t.deva)) return [];
  const lex = getNameLexicon();
  const out: PersonCandidate[] = [];
  const free = (t: Token) => collector.isFree(t.start, t.end);
  const isNameWord = (t: Token | undefined): t is Token =>
    !!t &&
    t.deva &&
    t.kind === 'word' &&
    free(t) &&
    !HI_POSTPOSITIONS.has(t.key) &&
    !HI_NON_NAME.has(t.key) &&
    !lex.hindiStopwords.has(t.text) &&
    !isRoleHead(t) &&
    !HI_HONORIFICS.has(t.key) &&
    !HI_ORG_HEADS.has(t.key) &&
    !THING_HEADS.has(t.key) &&
    !HI_ROLE_MODIFIERS.has(t.key) &&
    !HI_EVERYDAY.has(t.key) &&
    !obliquePlural(t) &&
    !verbForm(t) &&
    !SAYING.has(t.key) &&
    !AUXILIARY.test(t.text) &&
    !/^[\u0966-\u096F\d]+(?:वीं|वां|वें)?$/.test(t.text);
  const skeletonOf = new Map<number, string>();
  const sk = (k: number): string => {
    let s = skeletonOf.get(k);
    if (s === undefined) {
      s = nameVowelKey(tokens[k]?.text ?? '');
      skeletonOf.set(k, s);
    }
    return s;
  };
  const givenLike = (k: number) => {
    const s = sk(k);
    const long = (tokens[k]?.text.length ?? 0) >= 4;
    return (
      (s.length >= 3 || (s.length === 2 && long)) &&
      lex.givenKeys.has(s) &&
      !inflected(tokens[k]) &&
      !NOT_GIVEN.has(tokens[k]?.key ?? '')
    );
  };
  const surnameLike = (k: number, loose: boolean) => {
    const s = sk(k);
    return s.length >= (loose ? 2 : 3) && lex.surnameKeys.has(s) && !inflected(tokens[k]);
  };

  // What follows each word in the article: a name's first word is followed by its second word or by a
  // postposition, an everyday noun ("बिजली संकट", "बिजली उत्पादन") by many different words.
  const followers = new Map<string, Map<string, number>>();
  for (let k = 0; k + 1 < tokens.length; k++) {
    const a = tokens[k];
    const b = tokens[k + 1];
    if (!a?.deva || !b?.deva || b.newlineBefore || b.kind !== 'word') continue;
    // "वसीम आगे कहते हैं", "दिलीप साहब ने": adverbs, verbs and honorifics after a name say nothing
    // about it.
    if (
      HI_POSTPOSITIONS.has(b.key) ||
      HI_SPEECH_VERBS.has(b.key) ||
      SAYING.has(b.key) ||
      HONORIFIC_AFTER.has(b.text) ||
      b.text === 'आगे'
    )
      continue;
    const counts = followers.get(a.key) ?? new Map<string, number>();
    counts.set(b.key, (counts.get(b.key) ?? 0) + 1);
    followers.set(a.key, counts);
  }
  const nameKey = (key: string) => {
    const s = nameVowelKey(key);
    return s.length >= 3 && (lex.surnameKeys.has(s) || lex.givenKeys.has(s));
  };
  // "राहुल गांधी ... राहुल कुमार": a given name shared by two people is followed only by name words.
  // A short family name the lexicon knows also counts ("मधु जैन ... मधु कपूर").
  const followerName = (key: string) => {
    if (nameKey(key)) return true;
    const s = nameVowelKey(key);
    return (
      s.length === 2 &&
      key.length >= 3 &&
      lex.surnameKeys.has(s) &&
      !HI_EVERYDAY.has(key) &&
      // "अमल करे": a short verb form.
      !/^(?:कर|हो|रह|जा|दे|ले|पा|सक|मिल)(?:े|ो|ें|ी|ा|ें)?$/.test(key)
    );
  };
  const consistent = (k: number) => {
    const next = followers.get(tokens[k]?.key ?? '');
    return !next || next.size <= 1 || [...next.keys()].every(followerName);
  };
  // "नुसरत फ़तेह अली ख़ान" everywhere but once: the word is followed by `key` more than half the time.
  const mostlyBefore = (k: number, key: string) => {
    const next = followers.get(tokens[k]?.key ?? '');
    if (!next) return false;
    // Spelling variants count as the same word ("सुरेश भय्याजी", "सुरेश भैय्याजी").
    const sound = nameVowelKey(key);
    let same = 0;
    let total = 0;
    for (const [k2, n] of next) {
      total += n;
      if (k2 === key || nameVowelKey(k2) === sound) same += n;
    }
    return same * 2 > total;
  };
  // At the first word of a name: "अमिताभ बच्चन" three times and "अमिताभ वाकिफ़ हैं" once. A given
  // name mostly followed by the same word is a name, when every other follower is a predicate.
  const firstVerdicts = new Map<string, boolean>();
  const consistentFirst = (k: number) => {
    const key = tokens[k]?.key ?? '';
    let verdict = firstVerdicts.get(key);
    if (verdict === undefined) {
      verdict = consistentFirstOf(k);
      firstVerdicts.set(key, verdict);
    }
    return verdict;
  };
  function consistentFirstOf(k: number): boolean {
    if (consistent(k)) return true;
    const next = followers.get(tokens[k]?.key ?? '');
    if (!next) return false;
    const total = [...next.values()].reduce((a, b) => a + b, 0);
    const [topKey, top] = [...next.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    // "ताज मोहम्मद" nine times and "ताज इतने संकोची हैं" once: a first name no lexicon knows, followed
    // nearly always by the same name word the lexicons know.
    const dominant = top >= 3 && top * 4 >= total * 3 && nameKey(topKey);
    if (dominant) return true;
    if (!givenLike(k)) return false;
    // "युवराज सिंह" once and "युवराज कैसानोवा हैं" once: a family name the lexicon knows may follow only once.
    const knownFamily = lex.surnameKeys.has(nameVowelKey(topKey)) && nameVowelKey(topKey).length >= 3;
    if (
      (top < 2 && !knownFamily) ||
      (top * 3 < total * 2 && !(knownFamily && top * 2 >= total)) ||
      !(nameKey(topKey) || (top >= 3 && nameVowelKey(topKey).length >= 3))
    )
      return false;
    // Every other follower is a predicate: a word before a form of "to be" ("वाकिफ़ हैं"), or a
    // function word.
    const key = tokens[k]?.key;
    for (let j = 0; j + 2 < tokens.length; j++) {
      if (tokens[j]?.key !== key || tokens[j + 1]?.key === topKey) continue;
      const b = tokens[j + 1];
      if (!b?.deva || b.kind !== 'word' || !next.has(b.key)) continue;
      // "दिलीप उनसे बड़े थे": a pronoun or function word after a name goes on into no phrase.
      if (HI_NON_NAME.has(b.key) || lex.hindiStopwords.has(b.text)) continue;
      // "नंदन कांग्रेस के उम्मीदवार हैं": a party or other body named after the name is its predicate.
      if (collector.mentions.some((m) => m.type === 'ORGANIZATION' && m.start === b.start)) continue;
      // "मनोज कुमार ने … मनोज बाजपेई, सुभाष घई": another person of the same given name, whose family
      // name ends the phrase.
      const c = tokens[j + 2];
      const endsName =
        !!c &&
        (c.kind === 'punct' ||
          c.text === 'ने' ||
          c.text === 'और' ||
          HI_SPEECH_VERBS.has(c.key) ||
          SAYING.has(c.key));
      if (!PREDICATE_AUX.test(c?.text ?? '') && !endsName) return false;
    }
    return true;
  }
  // What comes before each word: a name's last word comes after its first words or after nothing.
  const leaders = new Map<string, Set<string>>();
  for (let k = 1; k < tokens.length; k++) {
    const a = tokens[k - 1];
    const b = tokens[k];
    if (!a?.deva || !b?.deva || b.newlineBefore || a.kind !== 'word' || HI_POSTPOSITIONS.has(a.key)) continue;
    const set = leaders.get(b.key) ?? new Set<string>();
    set.add(a.key);
    leaders.set(b.key, set);
  }
  const attachedElsewhere = (k: number) =>
    [...(leaders.get(tokens[k]?.key ?? '') ?? [])].some((x) => x !== tokens[k - 1]?.key);

  // "ने गुरुवार को कहा": a verb of saying a few words after "ने", in the same clause.
  const saysWithin = (from: number): boolean => {
    for (let j = from; j < from + 4; j++) {
      const w = tokens[j];
      if (!w || w.kind !== 'word') return false;
      if (HI_SPEECH_VERBS.has(w.key) || SAYING.has(w.key)) return true;
    }
    return false;
  };

  // ", ऑक्सफोर्ड डिक्शनरी के संपादकीय प्रमुख, का कहना है": an office between commas, then a verb of saying.
  const appositiveSpeaker = (from: number): boolean => {
    let role = false;
    for (let j = from; j < from + 10; j++) {
      const w = tokens[j];
      if (!w || w.newlineBefore || /^[.।?!"“”]$/.test(w.text)) return false;
      if (w.text === ',') {
        if (!role) return false;
        const next = tokens[j + 1];
        const then = tokens[j + 2];
        return (
          !!next &&
          (next.text === 'ने' ||
            SAYING.has(next.key) ||
            HI_SPEECH_VERBS.has(next.key) ||
            (next.text === 'का' && then?.text === 'कहना'))
        );
      }
      role ||= w.deva && isRoleHead(w);
    }
    return false;
  };

  // "X ने कहा, “...", "X का कहना है: '...": the words of saying, and right after them a quotation.
  // "ने बैठक के बाद कहा, ''…": a verb of saying a few words on, and a quotation right after it.
  const saysThenQuotes = (from: number): boolean => {
    for (let j = from; j < from + 8; j++) {
      const w = tokens[j];
      if (!w || w.newlineBefore || /^[.।?!]$/.test(w.text)) return false;
      if (SAYING.has(w.key) || HI_SPEECH_VERBS.has(w.key)) return opensQuotation(j + 1);
    }
    return false;
  };
  const opensQuotation = (from: number): boolean => {
    for (let j = from; j < from + 6; j++) {
      const w = tokens[j];
      if (!w || w.newlineBefore) return false;
      if (/^(?:["“'‘]|''|‘‘)$/.test(w.text)) return true;
      if (
        !(CUE_WORDS.has(w.key) || SAYING.has(w.key) || HI_SPEECH_VERBS.has(w.key) || /^[,:—–-]$/.test(w.text))
      )
        return false;
    }
    return false;
  };

  // How often each run of two or three words occurs: a name comes back the same way.
  const phraseOf = (a: number, b: number) =>
    tokens
      .slice(a, b)
      .map((x) => x.key)
      .join(' ');
  const phraseCount = new Map<string, number>();
  for (let k = 0; k + 1 < tokens.length; k++) {
    for (const len of [2, 3]) {
      if (k + len > tokens.length || !tokens.slice(k, k + len).every((x) => x.deva && x.kind === 'word'))
        continue;
      const key = phraseOf(k, k + len);
      phraseCount.set(key, (phraseCount.get(key) ?? 0) + 1);
    }
  }

  // What may follow a family name at `k`: a postposition, a verb of saying, punctuation, or a verb and
  // its auxiliary ("जयदीप पंडित मानते हैं").
  const closesNameAt = (k: number): boolean => {
    const next = tokens[k + 1];
    return (
      !next ||
      next.kind === 'punct' ||
      HI_POSTPOSITIONS.has(next.key) ||
      HI_SPEECH_VERBS.has(next.key) ||
      SAYING.has(next.key) ||
      (next.deva && AUXILIARY.test(tokens[k + 2]?.text ?? ''))
    );
  };

  // "बलदेव ठाकुर ने", "सुब्रमण्यम स्वामी से": an honorific that is also a family name closes a name.
  const honorificSurname = (k: number): boolean => {
    const t = tokens[k];
    return (
      !!t &&
      t.deva &&
      free(t) &&
      HI_HONORIFICS.has(t.key) &&
      (surnameLike(k, false) ||
        ((FAMILY_HONORIFICS.has(t.key) || SURNAME_HONORIFICS.has(t.key)) && givenLike(k - 1)) ||
        // "प्रोफ़ेसर जयदीप पंडित … पंडित ने कहा": the article calls the person by that word alone.
        (aloneAt.get(t.key) ?? []).some((at) => at !== k && !isNameWord(tokens[at - 1]))) &&
      !t.newlineBefore &&
      (closesNameAt(k) ||
        // "फ़ारुख़ शेख दीप्ति के दोस्त थे": a given name and a family name, then another person's name.
        (givenLike(k - 1) && SURNAME_HONORIFICS.has(t.key) && isNameWord(tokens[k + 1])))
    );
  };

  // "धर्मेंद्र प्रधान ने कहा", "जीतू पटवारी से": an office word that is also a family name, after a given
  // name and before a postposition or a verb of saying, closes the name.
  // "हाजी रुहल्लाह वकील कहते हैं": after a personal title, a one-word name may take it too.
  const roleSurname = (k: number, titled = false): boolean => {
    const t = tokens[k];
    return (
      !!t &&
      t.deva &&
      free(t) &&
      ROLE_SURNAMES.has(t.key) &&
      !t.newlineBefore &&
      (givenLike(k - 1) || titled) &&
      closesNameAt(k)
    );
  };

  // Two-word phrases that are once the subject of a verb of saying ("X Y ने कहा", "X Y कहते हैं").
  const saidPairs = new Set<string>();
  for (let k = 0; k + 2 < tokens.length; k++) {
    const w = tokens[k + 2];
    if (!w || !tokens[k]?.deva || !tokens[k + 1]?.deva) continue;
    if (HI_SPEECH_VERBS.has(w.key) || SAYING.has(w.key) || (w.text === 'ने' && saysWithin(k + 3)))
      saidPairs.add(phraseOf(k, k + 2));
  }
  // Where a word stands alone before "ने", a verb of saying or "का कहना": the surname a person is called by.
  const aloneAt = new Map<string, number[]>();
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (!t?.deva || t.kind !== 'word' || !next) continue;
    const hon = HONORIFIC_AFTER.has(next.text) ? tokens[k + 2] : next;
    if (!hon) continue;
    if (hon.text === 'ने' || SAYING.has(hon.key) || HI_SPEECH_VERBS.has(hon.key)) {
      const list = aloneAt.get(t.key) ?? [];
      list.push(k);
      aloneAt.set(t.key, list);
    }
  }
  const surnameAlone = (k: number, firstKey: string): boolean => {
    const t = tokens[k];
    if (!t || t.text.length < 3 || inflected(t)) return false;
    return (aloneAt.get(t.key) ?? []).some((at) => {
      if (at === k) return false;
      const before = tokens[at - 1];
      // Alone: not after the same first name, nor after another name word of a longer phrase.
      return (
        !before ||
        before.kind === 'punct' ||
        (before.key !== firstKey && (HI_POSTPOSITIONS.has(before.key) || lex.hindiStopwords.has(before.text)))
      );
    });
  };

  // "हू जिंताओ ने": a last name word in -ाओ (an imperative ending elsewhere) before a postposition.
  const aoTail = (k: number): boolean => {
    const t = tokens[k];
    const next = tokens[k + 1];
    return (
      !!t &&
      t.deva &&
      free(t) &&
      /ाओ$/.test(t.text) &&
      t.text.length >= 4 &&
      !t.newlineBefore &&
      !HI_NON_NAME.has(t.key) &&
      !HI_EVERYDAY.has(t.key) &&
      (!next ||
        next.kind === 'punct' ||
        !next.deva ||
        !free(next) ||
        HI_POSTPOSITIONS.has(next.key) ||
        HI_SPEECH_VERBS.has(next.key))
    );
  };

  let lastEnd = -1;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!isNameWord(t)) {
      i++;
      continue;
    }
    // Context before the name.
    let honorific: 'm' | 'f' | null | undefined;
    let hasHonorific = false;
    let role: PersonCandidate['role'] = null;
    let p = i - 1;
    if (tokens[p]?.text === '.' && p > 0) p--; // "डॉ. X"
    const prev = tokens[p];
    // The honorific may be the family name of the name before ("फ़ारुख़ शेख दीप्ति के दोस्त").
    const familyName =
      !!prev && SURNAME_HONORIFICS.has(prev.key) && !prev.newlineBefore && isNameWord(tokens[p - 1]);
    // "इमाम ए जुमा": a Persian compound title, no initial.
    if (prev?.key === IMAM && t.text === 'ए') {
      i++;
      continue;
    }
    if (prev && !t.newlineBefore && HI_HONORIFICS.has(prev.key) && lastEnd !== p + 1 && !familyName) {
      hasHonorific = true;
      honorific = HI_HONORIFICS.get(prev.key);
      p--;
    }
    const roleTok = tokens[p];
    if (roleTok?.deva && isRoleHead(roleTok)) {
      let a = p;
      while (a > 0 && tokens[a - 1]?.deva && HI_ROLE_MODIFIERS.has(tokens[a - 1]?.key ?? '')) a--;
      const first = tokens[a];
      // "दोनों खिलाड़ी भारतीय टीम में", "सबसे प्रमुख ब्रांडो का": a counted or compared calling is no title.
      if (first && !GENERIC_BEFORE_ROLE.has(tokens[a - 1]?.key ?? ''))
        role = { text: body.slice(first.start, roleTok.end), start: a, end: p + 1, head: roleTok.key };
    }
    // Extend the name over name words.
    let e = i;
    let brokeAtWord = false;
    while (
      e < tokens.length &&
      e - i < MAX_NAME_WORDS &&
      (isNameWord(tokens[e]) ||
        (e > i && (honorificSurname(e) || roleSurname(e, hasHonorific && e === i + 1) || aoTail(e)))) &&
      (e === i || !tokens[e]?.newlineBefore)
    ) {
      // "बलदेव ठाकुर ने", "जयदीप पंडित मानते हैं": an honorific that is the family name closes the name.
      if (
        e > i &&
        !isNameWord(tokens[e]) &&
        (honorificSurname(e) || roleSurname(e, hasHonorific && e === i + 1))
      ) {
        e++;
        break;
      }
      // A verb before its auxiliary ("मानते हैं", "चुकाया जाता है") is no name word.
      if (
        e > i &&
        /(?:ते|ती|ता|या|यी|ई|ए)$/.test(tokens[e]?.text ?? '') &&
        AUXILIARY.test(tokens[e + 1]?.text ?? '')
      )
        break;
      // Two names side by side ("अन्ना हजारे अरविंद केजरीवाल"), or an everyday word after a name.
      if (e >= i + 2 && givenLike(e) && surnameLike(e - 1, true) && isNameWord(tokens[e + 1])) {
        brokeAtWord = true;
        break;
      }
      // …unless the pair says something, twice ("ऋतु नंदा बताती हैं … ऋतु नंदा बताती हैं").
      const saysAfter = (k: number) => {
        const w = tokens[k];
        return (
          !!w && (SAYING.has(w.key) || HI_SPEECH_VERBS.has(w.key) || (w.text === 'ने' && saysWithin(k + 1)))
        );
      };
      if (
        e > i &&
        !consistent(e) &&
        givenLike(e) &&
        !surnameLike(e, true) &&
        !(saysAfter(e + 1) && (phraseCount.get(phraseOf(e - 1, e + 1)) ?? 0) >= 2)
      ) {
        brokeAtWord = true;
        break;
      }
      // "शिखर धवन डटकर बल्लेबाज़ी करते रहे": a pair the article also writes without the third word, and a
      // third word no lexicon knows, is the name and the next word.
      if (
        e === i + 2 &&
        givenLike(i) &&
        surnameLike(i + 1, true) &&
        !givenLike(e) &&
        !surnameLike(e, true) &&
        !aloneAt.has(tokens[e]?.key ?? '') &&
        (phraseCount.get(phraseOf(i, e)) ?? 0) > (phraseCount.get(phraseOf(i, e + 1)) ?? 0)
      ) {
        brokeAtWord = true;
        break;
      }
      // Two words are a name already; a third that goes on in many ways elsewhere is an everyday word.
      const next = tokens[e + 1];
      const subjectNext = !!next && (next.text === 'ने' || HI_SPEECH_VERBS.has(next.key));
      if (e >= i + 2 && !subjectNext && !consistent(e) && attachedElsewhere(e) && !surnameLike(e, false)) {
        brokeAtWord = true;
        break;
      }
      e++;
    }
    // "की स्थापना सुरेश प्रताप बघेल ने": after a genitive, a noun may open the run; the name starts at
    // its first given name when two or more name words follow.
    if (!hasHonorific && !role && /^(का|की|के)$/.test(tokens[i - 1]?.text ?? '') && !givenLike(i)) {
      let g = i + 1;
      while (g < e && !givenLike(g)) g++;
      if (g < e && e - g >= 2) {
        i = g;
        continue;
      }
    }
    // "आरोपों से घिरे ललित भनोट को": a participle in -े before a given name opens no name.
    if (!hasHonorific && !role && e - i >= 3 && /े$/.test(t.text) && !givenLike(i) && givenLike(i + 1)) {
      i++;
      continue;
    }
    const n = e - i;
    const after = tokens[e];
    const speechAfter =
      !!after &&
      tokens[e + 1]?.text !== 'हुए' &&
      (HI_SPEECH_VERBS.has(after.key) ||
        SAYING.has(after.key) ||
        (after.text === 'ने' && saysWithin(e + 1)) ||
        (after.text === 'का' && tokens[e + 1]?.text === 'कहना') ||
        // "लालू प्रसाद के मुताबिक़, "…"": what the person said.
        (after.text === 'के' && /^(?:मुताबिक़?|मुताबिक|अनुसार)$/.test(tokens[e + 1]?.text ?? '')));
    const subjectBoundary =
      !!after &&
      (after.text === 'ने' ||
        after.text === ',' ||
        after.text === 'और' ||
        after.text === '(' ||
        // "जर्मनी के किशोर X Y जिन्होंने …": the relative pronoun of people.
        after.text === 'जिन्होंने' ||
        after.text === 'जिन्होने' ||
        HI_SPEECH_VERBS.has(after.key));
    let boundary =
      !after ||
      !free(after) ||
      after.newlineBefore ||
      after.kind === 'punct' ||
      !after.deva ||
      HI_POSTPOSITIONS.has(after.key) ||
      HI_SPEECH_VERBS.has(after.key) ||
      SAYING.has(after.key) ||
      isRoleHead(after) ||
      HI_EVERYDAY.has(after.key) ||
      TIME_WORDS.has(after.key) ||
      CLAUSE_ADVERBS.has(after.key) ||
      // "X Y अपनी पढ़ाई पूरी करने …", "X Y जिन्होंने …", "X Y उस समय …": a pronoun after a subject
      // of two words (a longer run may have taken a word of the clause: "उस वक़्त X Y अपने").
      (SUBJECT_FOLLOWERS.has(after.key) && e - i <= 2) ||
      // "सह-संस्थापक X Y चाहते हैं": the verb of the clause and its auxiliary.
      (!!role && n >= 2 && /(?:ते|ती|ता)$/.test(after.text) && AUXILIARY.test(tokens[e + 1]?.text ?? '')) ||
      (brokeAtWord && n >= 2);
    const firstGiven = givenLike(i);
    let evidence = 0;
    if (firstGiven) evidence += 1;
    if (n >= 2 && surnameLike(e - 1, firstGiven)) evidence += 1;
    // Many Muslim and Sikh family names are given names too ("नवाज शरीफ", "हसन अली").
    else if (n >= 2 && givenLike(e - 1)) evidence += 0.5;
    for (let k = i + 1; k < e - 1; k++) if (givenLike(k) || surnameLike(k, false)) evidence += 0.5;
    // The same words again elsewhere in the article, and a name that says or does something.
    if (n >= 2 && (phraseCount.get(phraseOf(i, e)) ?? 0) >= 2) evidence += 0.5;
    if (speechAfter) evidence += 0.5;
    // "X Y, ऑक्सफोर्ड डिक्शनरी के संपादकीय प्रमुख, का कहना है": a name, then its office between commas, then
    // the verb of saying.
    if (n >= 2 && after?.text === ',' && appositiveSpeaker(e + 1)) evidence += 1;
    // "पार्टी ने X को अपना उम्मीदवार बनाया", "X को अध्यक्ष चुना गया": a person given an office.
    if (
      n >= 2 &&
      after?.text === 'को' &&
      [1, 2, 3].some((d) => {
        const w = tokens[e + d];
        return !!w && w.deva && w.kind === 'word' && isRoleHead(w);
      }) &&
      [2, 3, 4, 5].some((d) => APPOINTED.test(tokens[e + d]?.text ?? ''))
    )
      evidence += 1;
    // "भूपेश बघेल से ... बघेल ने कहा": the last word stands alone elsewhere as a subject or speaker.
    if (n >= 2 && surnameAlone(e - 1, tokens[i]?.key ?? '')) evidence += 0.5;
    // "कार्यकर्ता X Y जेल में हैं": after an office, a word never part of a name ends two the lexicons know.
    if (
      !boundary &&
      role &&
      n >= 2 &&
      evidence >= 1 &&
      !!after &&
      HI_NON_NAME.has(after.key) &&
      !AUXILIARY.test(after.text)
    )
      boundary = true;
    // "X की बेटी", "X के समर्थक": a name before a genitive and a word for a relative or follower.
    const kinAfter =
      !!after &&
      /^(का|की|के)$/.test(after.text) &&
      KIN_AFTER.has(tokens[e + 1]?.key ?? '') &&
      !inflected(tokens[e - 1]);
    // "याचिका दायर की।", "सुरक्षा कड़ी की जाएगी": a "की" that is the verb "did", not a genitive.
    const verbAfter =
      !!after &&
      /^(की|कीं|किया|किए|किये|करेंगे|करेगी|करेगा|कराई|कराया|कराए)$/.test(after.text) &&
      (!tokens[e + 1] ||
        tokens[e + 1]?.kind === 'punct' ||
        AUXILIARY.test(tokens[e + 1]?.text ?? '') ||
        /^(जाएगी|जाएगा|जाएंगे|जाएँगी|जाए|जा)$/.test(tokens[e + 1]?.text ?? ''));
    // "X, Y और Z": a name listed right after a name.
    const joiner = tokens[i - 1];
    const listed =
      !!joiner && LIST_JOINERS.has(joiner.text) && lastEnd === i - 1 && !t.newlineBefore && !role;
    // "जमात-ए-इस्लामी के मुन्नवर हसन": a name right after "of" an organisation the article names.
    const ofOrg =
      !hasHonorific &&
      !role &&
      /^(के|की)$/.test(tokens[i - 1]?.text ?? '') &&
      collector.mentions.some((m) => m.type === 'ORGANIZATION' && m.end === tokens[i - 2]?.end);
    // "17 साल की मरियम", "35 वर्षीय राजेश कुमार": an age before a name.
    const aged =
      !hasHonorific &&
      !role &&
      !t.newlineBefore &&
      (/^(वर्षीय|वर्षीया|साला|साल\s?के)$/.test(tokens[i - 1]?.text ?? '') ||
        (/^(का|की|के)$/.test(tokens[i - 1]?.text ?? '') &&
          /^(साल|वर्ष|बरस)$/.test(tokens[i - 2]?.text ?? '') &&
          /^[\d\u0966-\u096F]+$/.test(tokens[i - 3]?.text ?? '')));
    // "हसीन नाम के एक स्वयंसेवक", "ज़ैनब नाम की एक लड़की": a name the article gives a person.
    const named =
      after?.text === 'नाम' &&
      /^(?:के|की|का)$/.test(tokens[e + 1]?.text ?? '') &&
      [2, 3].some((d) => {
        const w = tokens[e + d];
        const between = tokens.slice(e + 2, e + d);
        return (
          !!w &&
          w.deva &&
          between.every((x) => /^(?:एक|ऐसी|ऐसे|ऐसा)$/.test(x.text)) &&
          (isRoleHead(w) || PERSON_NOUNS.has(w.key) || KIN_ROLES.has(w.key))
        );
      });
    // "पूर्व हैवीवेट चैंपियन ने कहा": after "former" or "senior", words no lexicon knows are an office.
    const office =
      !hasHonorific &&
      !role &&
      OFFICE_QUALIFIERS.has(tokens[i - 1]?.key ?? '') &&
      !t.newlineBefore &&
      !firstGiven &&
      !tokens.slice(i, e).some((_, d) => givenLike(i + d) || surnameLike(i + d, true));
    // "दरार डाल दी", "ध्रुव तारे बन चुके थे", "डाँट पड़ती ही रहती": a light verb after the words, so
    // their last word is a verb.
    const verbTail = !hasHonorific && !!after && LIGHT_VERBS.test(after.text);
    // "अख़बार कोर्रीरे डेला सेरा ने", "पत्रिका फोर्ब्स", "टीम नाइट राइडर्स": the name of the thing before it.
    const thingName =
      (!hasHonorific && !role && !t.newlineBefore && namesAThing(tokens, i)) ||
      // "सेंट एटीन स्थित यूनिवर्सिटी": a place things are located in.
      after?.text === 'स्थित';
    let accept = false;
    let score = 0;
    if (office || verbTail || thingName) {
      accept = false;
    } else if (hasHonorific) {
      accept = true;
      score = 4;
    } else if (named && n <= 3 && !inflected(tokens[e - 1])) {
      accept = true;
      score = 3;
    } else if (verbAfter && !role) {
      accept = false;
    } else if (role && boundary && (n >= 2 || evidence >= 1 || speechAfter)) {
      accept = true;
      score = 3;
    } else if (
      role &&
      n === 1 &&
      !KIN_ROLES.has(role.head) &&
      boundary &&
      after?.kind === 'word' &&
      HI_POSTPOSITIONS.has(after.key) &&
      consistentFirst(i) &&
      !attachedElsewhere(i) &&
      // "प्रधानमंत्री गिलानी की": after a role, -नी is a name's ending, not a verb's.
      (!inflected(t) || /नी$/.test(t.text)) &&
      !/े$/.test(t.text) &&
      t.text.length >= 4
    ) {
      // "बसपा प्रमुख मायावती की": one word after a role that never goes on into a phrase elsewhere.
      accept = true;
      score = 2.5;
    } else if (
      aged &&
      n <= 3 &&
      (n >= 2 || (consistentFirst(i) && !attachedElsewhere(i) && (firstGiven || speechAfter))) &&
      (boundary || n === 1)
    ) {
      accept = true;
      score = 3;
    } else if (ofOrg && boundary && n >= 2 && evidence >= 0.5) {
      accept = true;
      score = 2.5 + evidence;
    } else if (
      boundary &&
      n >= 2 &&
      consistentFirst(i) &&
      (evidence >= 1.5 ||
        (evidence >= 1 && subjectBoundary) ||
        (listed && (evidence >= 0.5 || (n === 2 && consistent(i + 1)))))
    ) {
      accept = true;
      score = 2 + evidence;
    } else if (n >= 2 && evidence >= 2 && consistentFirst(i)) {
      accept = true;
      score = 2 + evidence;
    } else if (
      n === 2 &&
      boundary &&
      speechAfter &&
      opensQuotation(e + 1) &&
      consistentFirst(i) &&
      // Names end in -नी ("टोनी", "अंबानी") as feminine infinitives do; before the cue they are names.
      !(inflected(tokens[i]) && !/नी$/.test(tokens[i]?.text ?? '')) &&
      !(inflected(tokens[e - 1]) && !/नी$/.test(tokens[e - 1]?.text ?? '')) &&
      (tokens[i]?.text.length ?? 0) >= 3 &&
      (tokens[e - 1]?.text.length ?? 0) >= 3
    ) {
      // "खुर्रम परवेज का कहना है, "…"": two words no lexicon knows, saying what the quotation holds.
      accept = true;
      score = 2.5;
    } else if (
      n === 3 &&
      boundary &&
      after?.text === 'ने' &&
      evidence >= 0.5 &&
      saysThenQuotes(e + 1) &&
      consistentFirst(i) &&
      tokens.slice(i, e).every((w) => !inflected(w) && w.text.length >= 3)
    ) {
      // "बैठक में शामिल हुए X Y Z ने बैठक के बाद कहा, ''…''": three name words, one of them one the lexicons
      // know, as the subject of a verb of saying that opens a quotation.
      accept = true;
      score = 2.5;
    } else if (
      n === 2 &&
      boundary &&
      surnameLike(e - 1, true) &&
      (phraseCount.get(phraseOf(i, e)) ?? 0) >= 2 &&
      saidPairs.has(phraseOf(i, e)) &&
      !inflected(tokens[i]) &&
      (tokens[i]?.text.length ?? 0) >= 4
    ) {
      // "शाहरुख खान को … शाहरुख खान ने कहा": a word before a known family name, written so again and
      // once the subject of a verb of saying, though the first word goes on in other phrases too.
      accept = true;
      score = 2.5;
    } else if (kinAfter && n >= 2 && n <= 3 && evidence >= 0.5 && consistentFirst(i)) {
      accept = true;
      score = 2.5 + evidence;
    }
    if (!accept) {
      i++;
      continue;
    }
    // Without a boundary the name may have run into the following words: keep the part with evidence.
    let end = e;
    if (!boundary && !hasHonorific) {
      while (end > i + 1 && !(givenLike(end - 1) || surnameLike(end - 1, true))) end--;
    }
    // "वसुंधरा राजे सिंधिया ने": a first name the lexicons do not know, right before the accepted
    // words at the start of a phrase, belongs to the name.
    const before = tokens[i - 1];
    const beforeThat = tokens[i - 2];
    if (
      !hasHonorific &&
      !role &&
      (subjectBoundary || evidence >= 1.5) &&
      i - 1 > lastEnd &&
      end - i < MAX_NAME_WORDS &&
      !t.newlineBefore &&
      isNameWord(before) &&
      !inflected(before) &&
      // "जब नरगिस राज कपूर की पहली फ़िल्म": a word mostly followed elsewhere by other words is a name
      // of its own.
      (consistent(i - 1) || mostlyBefore(i - 1, t.key)) &&
      // "आरोपों से घिरे X": a participle in -े, not a first name.
      !/े$/.test(before.text) &&
      !/^(का|की|के)$/.test(beforeThat?.text ?? '') &&
      (!beforeThat ||
        before.newlineBefore ||
        beforeThat.kind === 'punct' ||
        HI_POSTPOSITIONS.has(beforeThat.key) ||
        HI_NON_NAME.has(beforeThat.key) ||
        lex.hindiStopwords.has(beforeThat.text))
    ) {
      i--;
    }
    const words = tokens.slice(i, end);
    // "कोविड-19", "एन-95 मास्क": a code or a count has digits, a name none.
    const coded = words.findLastIndex((w) => /[\p{N}]/u.test(w.text));
    if (coded >= 0) {
      i += coded + 1;
      continue;
    }
    out.push({
      start: i,
      end,
      parts: words.map((w) => w.text),
      title: hasHonorific ? (prev?.text ?? null) : null,
      titleStart: hasHonorific ? p + 1 : null,
      role,
      gender: honorific ?? null,
      score,
      strong: hasHonorific || role !== null,
    });
    i = end;
    lastEnd = end;
  }
  out.push(...findSingleWordNames(ctx, out, isNameWord, (k) => givenLike(k) || surnameLike(k, false)));
  addInitials(tokens, out, isNameWord, (k) => givenLike(k) || surnameLike(k, false));
  out.sort((a, b) => a.start - b.start);
  // "फ़िल्म 'गुलाब गैंग' को": a name that is all a quotation holds is a title, unless it is a given name
  // and a surname ("किरदार 'सोनिया गांधी' पर आधारित नहीं").
  const quoted = new Set(
    findQuotes(body).map((q) => {
      let end = q.text.end;
      while (end > q.text.start && /[.,;:!?।\s]/.test(body[end - 1] ?? '')) end--;
      return `${q.text.start}:${end}`;
    }),
  );
  return splitJoinedNames(out, tokens, givenLike).filter(
    (c) =>
      !quoted.has(`${tokens[c.start]?.start}:${tokens[c.end - 1]?.end}`) ||
      (c.end - c.start >= 2 && givenLike(c.start) && surnameLike(c.end - 1, true)),
  );
}

/** Letter names written as initials ("वी के पॉल", "एस जयशंकर", "एम के स्टालिन"). */
const INITIALS = new Set('ए|बी|सी|डी|ई|एफ|एच|आई|जे|एल|एम|एन|ओ|पी|आर|एस|टी|यू|वी|डब्ल्यू|वाई|जेड'.split('|'));
/** Letter names that are also words (postposition के, honorific जी): initials only after another. */
const WEAK_INITIALS = new Set(['के', 'जी']);

/**
 * Initials before a name: they join a name found after them ("वी के पॉल"), or make one of the name
 * word that follows them up to a postposition or verb ("एस जयशंकर से").
 */
function addInitials(
  tokens: Token[],
  out: PersonCandidate[],
  isNameWord: (t: Token | undefined) => t is Token,
  nameLike: (k: number) => boolean,
): void {
  const byStart = new Map(out.map((c) => [c.start, c]));
  const covered = new Set<number>();
  for (const c of out) for (let k = c.start; k < c.end; k++) covered.add(k);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t?.deva || !INITIALS.has(t.text) || covered.has(k)) continue;
    const prev = tokens[k - 1];
    if (prev && !t.newlineBefore && prev.deva && INITIALS.has(prev.text)) continue;
    // "इमाम ए जुमा": a Persian compound title, no initial.
    if (t.text === 'ए' && prev?.key === IMAM) continue;
    let m = k + 1;
    while (
      m < tokens.length &&
      m - k < 3 &&
      !tokens[m]?.newlineBefore &&
      (INITIALS.has(tokens[m]?.text ?? '') || WEAK_INITIALS.has(tokens[m]?.text ?? ''))
    )
      m++;
    const first = tokens[m];
    if (!first || first.newlineBefore || covered.has(m) !== byStart.has(m)) continue;
    const found = byStart.get(m);
    if (found) {
      found.start = k;
      found.parts = [...tokens.slice(k, m).map((x) => x.text), ...found.parts];
      continue;
    }
    let e = m;
    while (e < tokens.length && e - m < 2 && !tokens[e]?.newlineBefore && isNameWord(tokens[e])) e++;
    const after = tokens[e];
    const ends =
      e > m &&
      (!after ||
        after.kind === 'punct' ||
        HI_POSTPOSITIONS.has(after.key) ||
        HI_SPEECH_VERBS.has(after.key) ||
        SAYING.has(after.key));
    const subject =
      !!after && (after.text === 'ने' || HI_SPEECH_VERBS.has(after.key) || SAYING.has(after.key));
    const listed = !!prev && LIST_JOINERS.has(prev.text) && INITIALS.has(tokens[k - 2]?.text ?? '');
    const afterRole = !!prev && !t.newlineBefore && prev.deva && isRoleHead(prev);
    if (!ends || listed || !(subject || afterRole || nameLike(e - 1))) continue;
    out.push({
      start: k,
      end: e,
      parts: tokens.slice(k, e).map((x) => x.text),
      title: null,
      titleStart: null,
      role: null,
      gender: null,
      score: 2.5,
      strong: false,
    });
  }
  out.sort((a, b) => a.start - b.start);
}

/**
 * A person named by one word only ("मोदी ने कहा", "उज्मा कहती हैं"): a word like a known given name
 * or surname that stands alone every time it occurs (nothing but a postposition, "जी", a verb of
 * saying or punctuation after it, no other name word before it), and that at least once says
 * something or is the subject of "ने" ... twice. Words of longer names are left to coreference.
 */
function findSingleWordNames(
  ctx: EntityContext,
  found: PersonCandidate[],
  isNameWord: (t: Token | undefined) => t is Token,
  nameLike: (k: number) => boolean,
): PersonCandidate[] {
  const { tokens } = ctx;
  const taken = new Set<number>();
  const partKeys = new Set<string>();
  for (const c of found) {
    for (let k = c.start; k < c.end; k++) {
      taken.add(k);
      partKeys.add(tokens[k]?.key ?? '');
    }
  }
  // The same name spelt as one word (हर्षवर्धन for हर्ष वर्धन or हर्षवर्द्धन).
  const soundOf = (text: string) => nameVowelKey(text.replace(/\u094D/g, '')).replace(/(.)\1+/g, '$1');
  const variants = new Set(
    found.map((c) =>
      soundOf(
        tokens
          .slice(c.start, c.end)
          .map((x) => x.text)
          .join(''),
      ),
    ),
  );
  const partSounds = new Set(found.flatMap((c) => tokens.slice(c.start, c.end).map((x) => soundOf(x.text))));
  // "X ने कहा, “...", "X कहते हैं: '...": the saying opens a quotation right after it.
  const quotationAfter = (from: number): boolean => {
    for (let j = from; j < from + 7; j++) {
      const w = tokens[j];
      if (!w || w.newlineBefore) return false;
      if (/^(?:["“'‘]|''|‘‘)$/.test(w.text)) return true;
      if (/^[.।?!]$/.test(w.text)) return false;
    }
    return false;
  };
  // "X ने कहा, “हम …": a quotation in the first person plural with no singular is as often a body's
  // statement (an unknown company or agency) as a person's.
  const spokenByOne = (from: number): boolean => {
    let open = -1;
    for (let j = from; j < from + 7 && open < 0; j++) {
      if (/^(?:["“'‘]|''|‘‘)$/.test(tokens[j]?.text ?? '')) open = j;
    }
    let we = false;
    for (let j = open + 1; open >= 0 && j < open + 40; j++) {
      const w = tokens[j];
      if (!w || w.newlineBefore || /^(?:["”'’]|'')$/.test(w.text)) break;
      if (FIRST_SINGULAR.has(w.text)) return true;
      we ||= FIRST_PLURAL.has(w.text);
    }
    return !we;
  };
  interface Seen {
    at: number[];
    /** Times the word introduced a quotation ("X ने कहा, “..."). */
    quoting: number;
    /** Where the word, standing alone, opens a quotation with a verb of saying. */
    quotingAt: number[];
    speech: number;
    subject: number;
    apart: number;
    honoured: number;
    like: boolean;
  }
  const byKey = new Map<string, Seen>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t?.deva || t.kind !== 'word' || taken.has(k) || partKeys.has(t.key)) continue;
    // "थोर्पे ने … थोर्प ने कहा": spellings that differ only in a final vowel sign count together.
    const stem = t.key.replace(/[\u093E-\u094C]$/u, '');
    const seen = byKey.get(stem) ?? {
      at: [],
      quoting: 0,
      quotingAt: [],
      speech: 0,
      subject: 0,
      apart: 0,
      honoured: 0,
      like: false,
    };
    byKey.set(stem, seen);
    if (!isNameWord(t)) {
      seen.apart += 2;
      continue;
    }
    const before = tokens[k - 1];
    let a = k + 1;
    const honorificAfter = HONORIFIC_AFTER.has(tokens[a]?.text ?? '');
    if (honorificAfter) a++; // "मोदी जी ने", "ख़ान साहब ने"
    const after = tokens[a];
    const next = tokens[a + 1];
    const wordBefore = !!before && !t.newlineBefore && before.deva && isNameWord(before);
    const endsHere =
      !after ||
      after.newlineBefore ||
      after.kind === 'punct' ||
      // "X वहीं बस जाना चाहती थीं": an adverb after the subject.
      (CLAUSE_ADVERBS.has(after.key) && !honorificAfter) ||
      HI_POSTPOSITIONS.has(after.key) ||
      HI_SPEECH_VERBS.has(after.key) ||
      SAYING.has(after.key);
    // "एक प्रत्यक्षदर्शी ने कहा", "किसी यात्री ने बताया": after an article or a demonstrative, a noun.
    // Not "इनमें से एक रेखा कहती हैं" ("one of them, Rekha, says").
    const determined =
      !!before &&
      !t.newlineBefore &&
      DETERMINERS.has(before.key) &&
      !(before.text === 'एक' && tokens[k - 2]?.text === 'से');
    if (wordBefore || !endsHere || determined || (!t.newlineBefore && namesAThing(tokens, k))) {
      seen.apart++;
      continue;
    }
    seen.at.push(k);
    seen.like ||= nameLike(k);
    let saysAfterNe = false;
    if (after?.text === 'ने') {
      for (let j = a + 1; j <= a + 4 && !saysAfterNe; j++) {
        const w = tokens[j];
        if (!w || w.kind !== 'word') break;
        saysAfterNe = SAYING.has(w.key);
      }
    }
    const says =
      !!after &&
      // "इसे अदालत की जीत बताया": without "ने", बताया is "called it", not a verb of saying.
      ((SAYING.has(after.key) && !(after.text === 'बताया' && /^(का|की|के)$/.test(before?.text ?? ''))) ||
        saysAfterNe ||
        (after.text === 'का' && next?.text === 'कहना'));
    if (says) seen.speech++;
    // Only a word that starts its clause: "उन्होंने आगे कहा" is no name.
    const startsClause =
      !before ||
      before.kind === 'punct' ||
      t.newlineBefore ||
      isRoleHead(before) ||
      HI_POSTPOSITIONS.has(before.key) ||
      HI_NON_NAME.has(before.key) ||
      HI_EVERYDAY.has(before.key) ||
      getNameLexicon().hindiStopwords.has(before.text);
    if (says && startsClause && quotationAfter(a + 1)) {
      seen.quoting++;
      if (spokenByOne(a + 1)) seen.quotingAt.push(k);
    }
    if (honorificAfter) seen.honoured++;
    if (after?.text === 'ने' || a > k + 1) seen.subject++;
  }
  const single = (k: number, seen: Seen): PersonCandidate => ({
    start: k,
    end: k + 1,
    parts: [(tokens[k] as Token).text],
    title: null,
    titleStart: null,
    role: null,
    gender: null,
    score: 2 + Math.min(1, seen.speech * 0.5 + seen.at.length * 0.25),
    strong: false,
  });
  const out: PersonCandidate[] = [];
  for (const [stem, seen] of byKey) {
    const key = tokens[seen.at[0] ?? -1]?.key ?? stem;
    // "सुधीर बताते हैं, ''…'' … सुधीर दृढ़ आवाज़ में कहते हैं, ''…''": a word that says something three
    // times and opens two quotations is the article's speaker, however often a sentence goes on after it
    // (Hindi puts the object and adverbs between the subject and its verb).
    const first = tokens[seen.at[0] ?? -1];
    const speaker =
      seen.quoting >= 2 &&
      seen.speech >= 3 &&
      (first?.text.length ?? 0) >= 3 &&
      !inflected(first) &&
      !NOT_GIVEN.has(key) &&
      !HI_EVERYDAY.has(key);
    if (seen.at.length === 0) continue;
    // "टेलर बताते हैं, “…”", "ब्लैकबर्न ने कहा, ''…": a word that opens a quotation as the subject of a
    // verb of saying is a name there, whatever else the article does with the word; only those places
    // are marked, so that a name that is also a common word ("विकास") stays a word elsewhere.
    // A word that sounds like a word of a name found in full is that person's short form, no new person.
    const quoted =
      seen.quotingAt.length > 0 &&
      (first?.text.length ?? 0) >= 3 &&
      !NOT_GIVEN.has(key) &&
      !variants.has(soundOf(first?.text ?? '')) &&
      !partSounds.has(soundOf(first?.text ?? ''));
    if (seen.apart >= seen.at.length && !speaker) {
      if (quoted) out.push(...seen.quotingAt.map((k) => single(k, seen)));
      continue;
    }
    const variant = variants.has(soundOf(key));
    if (!variant) {
      // A name the lexicons do not know: honoured with "जी", or the stand-alone subject of "ने" at least
      // twice and never anything else in the article ("ओवैसी ने कहा ... ओवैसी ने आरोप लगाया").
      const key0 = tokens[seen.at[0] ?? -1];
      // Also a word that stands alone and opens a quotation with a verb of saying ("हुमैमा बताती हैं, “...").
      // A word that opens two quotations may also stand elsewhere in a phrase ("फिलहाल X अपनी फ़िल्म").
      // Or a word that says something three times and stands alone nearly everywhere ("ब्लैटर ने कहा …
      // ब्लैटर का कहना है … ब्लैटर का कहना है").
      const sayer =
        seen.speech >= 3 &&
        seen.apart * 3 <= seen.at.length &&
        (key0?.text.length ?? 0) >= 4 &&
        !inflected(key0) &&
        !NOT_GIVEN.has(key);
      const unknownSubject =
        seen.speech >= 1 &&
        (seen.subject >= 2 || seen.quoting >= 1) &&
        (seen.apart === 0 ||
          (seen.quoting >= 2 && seen.apart * 2 <= seen.at.length) ||
          (seen.quoting >= 1 && seen.speech >= 2 && seen.apart <= seen.at.length)) &&
        (key0?.text.length ?? 0) >= (seen.subject >= 2 ? 4 : 3) &&
        !inflected(key0) &&
        !NOT_GIVEN.has(key);
      // "गहलोत जी ने बैठक बुलाई": honoured with "जी" as the subject; kin words take "जी" too ("माता जी").
      const honouredSubject =
        seen.honoured >= 1 &&
        (seen.speech >= 1 || seen.subject >= 1) &&
        !KIN_AFTER.has(key) &&
        !KIN_JI.has(key);
      if (
        (!seen.like && !honouredSubject && !unknownSubject && !speaker && !sayer) ||
        (seen.speech === 0 && !(seen.subject >= 1 && seen.at.length >= 2) && !honouredSubject)
      ) {
        if (quoted) out.push(...seen.quotingAt.map((k) => single(k, seen)));
        continue;
      }
    }
    out.push(...seen.at.map((k) => single(k, seen)));
  }
  return out;
}

const FIRST_SINGULAR = new Set(['मैं', 'मैंने', 'मुझे', 'मुझसे', 'मेरा', 'मेरी', 'मेरे', 'हूं', 'हूँ']);
const FIRST_PLURAL = new Set(['हम', 'हमने', 'हमें', 'हमसे', 'हमारा', 'हमारी', 'हमारे']);

/** "अन्ना हजारे अरविंद केजरीवाल": a run that starts with a name found on its own elsewhere is two names. */
function splitJoinedNames(
  cands: PersonCandidate[],
  tokens: Token[],
  givenLike: (k: number) => boolean,
): PersonCandidate[] {
  const keyOf = (c: PersonCandidate, from = c.start, to = c.end) =>
    tokens
      .slice(from, to)
      .map((t) => t.key)
      .join(' ');
  const known = new Set(cands.filter((c) => c.end - c.start >= 2).map((c) => keyOf(c)));
  const out: PersonCandidate[] = [];
  for (const c of cands) {
    let split = -1;
    for (let k = c.start + 2; k <= c.end - 2 && split < 0; k++) {
      if (known.has(keyOf(c, c.start, k))) split = k;
    }
    if (split < 0) {
      out.push(c);
      continue;
    }
    const parts = (from: number, to: number) => tokens.slice(from, to).map((t) => t.text);
    out.push({ ...c, end: split, parts: parts(c.start, split) });
    // The rest is a second name only if it starts like one ("… आमने-सामने बैठे" is not).
    if (!givenLike(split) && !known.has(keyOf(c, split, c.end))) continue;
    out.push({
      ...c,
      start: split,
      parts: parts(split, c.end),
      title: null,
      titleStart: null,
      role: null,
      strong: false,
    });
  }
  return out;
}

/**
 * A one-word Devanagari place that is a name word here (हसन is also a district): a given name or
 * surname by its sound, after a role or honorific ("मालिक हसन"), or next to another name word
 * ("मुन्नवर हसन", "हसन अली"). Countries and states are left alone.
 */
export function placeIsHindiName(tokens: Token[], i: number, placeKind: string): boolean {
  const t = tokens[i];
  if (!t?.deva || placeKind === 'COUNTRY' || placeKind === 'STATE' || placeKind === 'REGION') return false;
  // "एस जयशंकर": a place right after an initial is a name.
  const initial = tokens[i - 1];
  if (
    initial &&
    !t.newlineBefore &&
    initial.deva &&
    INITIALS.has(initial.text) &&
    !LIST_JOINERS.has(tokens[i - 2]?.text ?? '')
  )
    return true;
  const lex = getNameLexicon();
  const key = (w: Token) => nameVowelKey(w.text);
  const nameLike = (w: Token | undefined) =>
    !!w && w.deva && w.kind === 'word' && (lex.givenKeys.has(key(w)) || lex.surnameKeys.has(key(w)));
  if (!nameLike(t)) return false;
  const content = (w: Token | undefined): w is Token =>
    !!w &&
    w.deva &&
    w.kind === 'word' &&
    !HI_POSTPOSITIONS.has(w.key) &&
    !HI_NON_NAME.has(w.key) &&
    !HI_EVERYDAY.has(w.key) &&
    !HI_ORG_HEADS.has(w.key) &&
    !HI_ROLE_MODIFIERS.has(w.key) &&
    !HI_SPEECH_VERBS.has(w.key) &&
    !lex.hindiStopwords.has(w.text);
  const prev = t.newlineBefore ? undefined : tokens[i - 1];
  const next = tokens[i + 1]?.newlineBefore ? undefined : tokens[i + 1];
  if (prev && (HI_ROLE_HEADS.has(prev.key) || HI_HONORIFICS.has(prev.key))) return true;
  if (content(prev) && !HI_ROLE_HEADS.has(prev.key) && !HI_HONORIFICS.has(prev.key)) {
    const before = tokens[i - 2];
    // "के मुन्नवर हसन शामिल": the word before opens a phrase after a postposition or a role.
    if (!before || HI_POSTPOSITIONS.has(before.key) || before.kind === 'punct') return true;
    // "नेता पवन खेड़ा के": after a role and a given name, a town that is also a surname.
    if (isRoleHead(before) && lex.givenKeys.has(key(prev)) && lex.surnameKeys.has(key(t))) return true;
  }
  return content(next) && nameLike(next) && !HI_ROLE_HEADS.has(next.key);
}
