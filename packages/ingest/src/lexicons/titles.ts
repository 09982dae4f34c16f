/**
 * Closed-class vocabulary for entity finding: honorifics, office and role words, heads of
 * organisation and venue names, speech verbs, calendar words, demonyms, and Hindi postpositions and
 * auxiliaries. These are words of the language, not names of anyone or anywhere.
 * All entries are lower case (Latin) or as written (Devanagari; looked up through `devanagariKey`).
 */
import { devanagariKey } from './name-keys.js';
import { readLexiconLines } from './read-lexicon.js';

/** A set of '|'-separated words (trimmed, empty ones dropped). */
export const wordSet = (words: string): Set<string> =>
  new Set(
    words
      .split('|')
      .map((w) => w.trim())
      .filter(Boolean),
  );
const devaSet = (words: string) => new Set([...wordSet(words)].map(devanagariKey));

/** Honorifics written before a name (`Mr Blair`, `Dr. Singh`, `Shri ...`). Gender when it tells one. */
export const HONORIFICS = new Map<string, 'm' | 'f' | null>([
  ['mr', 'm'],
  ['mister', 'm'],
  ['sir', 'm'],
  ['lord', 'm'],
  ['shri', 'm'],
  ['sri', 'm'],
  ['shree', 'm'],
  ['maulana', 'm'],
  ['maulvi', 'm'],
  ['mufti', 'm'],
  ['sheikh', 'm'],
  ['swami', 'm'],
  ['pandit', 'm'],
  ['mahatma', 'm'],
  ['mrs', 'f'],
  ['ms', 'f'],
  ['miss', 'f'],
  ['madam', 'f'],
  ['dame', 'f'],
  ['lady', 'f'],
  ['baroness', 'f'],
  ['smt', 'f'],
  ['shrimati', 'f'],
  ['sadhvi', 'f'],
  ['kumari', 'f'],
  ['dr', null],
  ['prof', null],
  ['professor', null],
  ['rev', null],
  ['fr', 'm'],
  ['justice', null],
  ['gen', null],
  ['col', null],
  ['lt', null],
  ['capt', null],
  ['maj', null],
  ['adv', null],
  ['acharya', 'm'],
  ['imam', 'm'],
  ['ayatollah', 'm'],
  ['baron', 'm'],
  ['king', 'm'],
  ['queen', 'f'],
  ['prince', 'm'],
  ['princess', 'f'],
  ['hon', null],
  ['justices', null],
  ['sant', 'm'],
  ['sadhu', 'm'],
  ['excellency', null],
]);

/**
 * Words that head an office or role ("Foreign Secretary", "Chief Minister", "party leader",
 * "spokesman"). Before a name they make it a person and become its title; after "the" without a
 * name they form a description ("the prime minister").
 */
export const ROLE_HEADS = wordSet(
  'minister|eam|secretary|president|chancellor|premier|pm|cm|mp|msp|mla|mlc|mep|mayor|governor|senator|congressman|congresswoman|' +
    'leader|chief|chairman|chairwoman|chairperson|chair|spokesman|spokeswoman|spokesperson|speaker|deputy|' +
    'commissioner|magistrate|dm|collector|superintendent|inspector|officer|official|director|ambassador|envoy|' +
    'judge|counsel|attorney|solicitor|lawyer|advocate|founder|co-founder|convenor|convener|coordinator|member|' +
    'candidate|campaigner|activist|correspondent|editor|reporter|journalist|analyst|adviser|advisor|aide|' +
    'strategist|counterpart|legislator|lawmaker|councillor|councilor|mp-elect|whip|lop|ceo|cfo|md|head|' +
    'general|commander|colonel|major|captain|marshal|admiral|brigadier|vice-president|vice-chancellor|' +
    'incharge|in-charge|patron|treasurer|president-elect|nominee|monarch|emperor|sultan|emir|king|queen|' +
    'prince|princess|pope|cardinal|bishop|archbishop|rabbi|imam|cleric|priest|monk|seer|businessman|' +
    'businesswoman|industrialist|actor|actress|cricketer|captain|coach|player|singer|writer|author|poet|' +
    'economist|scientist|professor|doctor|student|teacher|farmer|worker|volunteer|secretary-general|' +
    'director-general|attorney-general|solicitor-general|auditor-general|surveyor|registrar|warden|' +
    'prosecutor|investigator|negotiator|mediator|emissary|representative|delegate|nominee|loyalist|' +
    'supporter|rival|opponent|critic|confidant|veteran|stalwart|heavyweight|strongman|premier|ruler|supremo|taoiseach|tanaiste|' +
    'backbencher|frontbencher|constable|peer|governor-general|lieutenant-general|lt-gen|major-general|' +
    'maj-gen|brigadier-general|air-marshal|vice-admiral|rear-admiral|cm-designate|pm-designate|lg|' +
    // Offices Indian English copy abbreviates before a name ("HM Shah", "FM Sitharaman", "DyCM Fadnavis",
    // "CJI Khanna", "NSA Doval"); not VP or SP, which are also initials and a party ("VP Singh", "SP chief").
    'hm|fm|mos|dycm|cji|nsa|cds|cec|dgp|adgp|igp|ssp|sdm|dcp|acp|sho|dysp|asp|bdo|tehsildar',
);

/** Words that qualify an office ("senior party leader", "former minister", "Foreign Secretary"). */
export const ROLE_MODIFIERS = wordSet(
  'senior|former|ex|ex-|late|veteran|deputy|dy|vice|acting|interim|junior|chief|prime|state|union|central|' +
    'national|general|principal|joint|additional|assistant|associate|party|district|divisional|city|' +
    'foreign|home|finance|defence|defense|health|education|environment|culture|transport|trade|justice|' +
    'interior|external|affairs|development|international|shadow|labour|energy|welfare|work|pensions|' +
    'agriculture|railway|railways|law|information|broadcasting|commerce|industry|industries|tourism|' +
    'communications|labor|food|water|power|housing|urban|rural|social|women|child|youth|sports|' +
    'minority|cabinet|sitting|incumbent|outgoing|newly|elected|first|top|main|opposition|ruling|' +
    'legislature|assembly|parliamentary|regional|local|provincial|executive|managing|political|' +
    'campaign|election|poll|press|media|communications|security|intelligence|police|army|staff|' +
    'in|charge|of|the|and|for|to|on|no|yes|lead|key|its|his|her|their|our|fellow|independent|' +
    'rebel|jailed|detained|arrested|expelled|suspended|sacked|dismissed|disgruntled|estranged|' +
    'founding|long-time|longtime|trusted|close|influential|prominent|powerful|popular|firebrand|' +
    'emeritus|emerita',
);

/** Heads that make a capitalised phrase an organisation ("X Party", "X University", "Ministry of X"). */
export const ORG_HEADS = wordSet(
  'party|university|college|school|institute|academy|court|police|commission|committee|assembly|' +
    'council|ministry|department|government|govt|administration|corporation|bank|union|board|authority|' +
    'agency|trust|foundation|front|alliance|morcha|sena|dal|league|group|ltd|limited|inc|corp|company|' +
    'co|plc|llp|association|federation|organisation|organization|society|service|services|office|' +
    'army|navy|force|forces|cabinet|secretariat|tribunal|executive|parliament|senate|sabha|parishad|' +
    'sangh|samiti|congress|conference|movement|network|channel|times|post|news|express|herald|tribune|' +
    'broadcasting|television|radio|club|fc|team|bureau|directorate|cell|brigade|regiment|battalion|' +
    'inquiry|taskforce|task|mission|project|programme|program|fund|forum|centre|center|hospital|' +
    'council|chamber|exchange|consortium|unit|division|wing|panel|caucus|bloc|coalition|junta|' +
    'monitoring|laboratory|laboratories|labs|industries|motors|airlines|airways|railways|technologies|' +
    'systems|holdings|enterprises|partners|associates|ventures|media',
);

/** Heads that make a capitalised phrase a named place or venue ("Gandhi Maidan", "X Marg"). */
export const VENUE_HEADS = wordSet(
  'maidan|bagh|marg|road|street|avenue|lane|chowk|square|station|airport|airbase|port|harbour|temple|' +
    'mandir|masjid|mosque|church|cathedral|gurdwara|dargah|stadium|ground|park|palace|fort|ghat|bhawan|' +
    'bhavan|sadan|nagar|vihar|colony|market|bazaar|bridge|dam|canal|river|lake|hill|hills|valley|island|' +
    'islands|jail|prison|camp|border|highway|expressway|hall|house|tower|towers|building|plaza|mall|' +
    'crossing|terminal|campus|estate|abbey|chapel|gardens',
);

/** Words that are organisations' generic descriptions rather than heads when alone. */
export const ORG_CONNECTORS = wordSet('of|and|for|the|on|in|&|de|la|du|des|del|di|da');

/** Lower-case particles inside personal names ("Osama bin Laden", "Ehtisham-ul-Haq"). */
export const NAME_PARTICLES = wordSet(
  'bin|bint|al|el|ul|ud|ur|de|da|di|van|von|der|den|le|la|du|dos|das|ibn|abu',
);

/** Verbs of saying and meeting that follow a speaker or participant name ("X said"). */
export const SPEECH_VERBS = wordSet(
  'said|says|say|told|tells|added|adds|asked|asks|stated|states|claimed|claims|alleged|alleges|wrote|' +
    'writes|tweeted|posted|announced|announces|declared|explained|argued|insisted|warned|accused|' +
    'criticised|criticized|slammed|attacked|urged|demanded|noted|remarked|replied|responded|' +
    'admitted|denied|confirmed|described|called|praised|thanked|met|meets|visited|visits|' +
    'hit|hits|welcomed|questioned|blamed|defended|reiterated|maintained|suggested|pointed|stressed|' +
    'emphasised|emphasized|appealed|assured|promised|vowed|pledged|hoped|believes|believed|thinks|' +
    'thought|felt|feels|recalled|acknowledged|conceded|agreed|disagreed|added|continued|concluded|' +
    'is|was|has|had|will|would|who|also',
);

export const MONTHS = wordSet(
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
    'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec',
);
export const WEEKDAYS = wordSet(
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun',
);

/**
 * Nationality and regional adjectives that may precede a title ("Canadian PM X"): every country's from
 * `lexicons/demonyms.txt` (i18n-nationality) and the regional, religious and political ones below.
 */
export const DEMONYMS = new Set([
  ...readLexiconLines('demonyms.txt'),
  ...wordSet(
    'indian|british|english|scottish|welsh|irish|american|canadian|australian|pakistani|bangladeshi|' +
      'nepali|nepalese|sri|lankan|afghan|chinese|japanese|korean|russian|ukrainian|french|german|italian|' +
      'spanish|portuguese|dutch|belgian|swiss|swedish|norwegian|danish|finnish|polish|greek|turkish|' +
      'iranian|iraqi|syrian|israeli|palestinian|saudi|egyptian|emirati|qatari|african|european|asian|' +
      'arab|muslim|hindu|sikh|christian|jewish|buddhist|western|eastern|northern|southern|thai|' +
      'indonesian|malaysian|singaporean|vietnamese|burmese|myanmarese|mexican|brazilian|argentine|' +
      'nigerian|kenyan|south|north|east|west|us|uk|un|eu|bihari|punjabi|bengali|tamil|marathi|gujarati|' +
      'kashmiri|keralite|assamese|odia|telugu|kannada|malayali|rajasthani|' +
      // Words for where someone is from or which wing they are on, written before a name like a
      // demonym ("Welshman Ray Reardon", "Blairite Alan Milburn", "Eurosceptic X").
      'welshman|welshwoman|scotsman|scotswoman|englishman|englishwoman|irishman|irishwoman|yorker|' +
      'londoner|blairite|brownite|thatcherite|eurosceptic|euro-sceptic|europhile|euro-phile|hindi|urdu|sanskrit',
  ),
]);

// ------------------------------------------------------------------------------------- Hindi

/** Honorifics before a Hindi name. */
export const HI_HONORIFICS = new Map<string, 'm' | 'f' | null>(
  (
    [
      ['श्री', 'm'],
      ['श्रीमान', 'm'],
      ['श्रीमती', 'f'],
      ['सुश्री', 'f'],
      ['कुमारी', 'f'],
      ['डॉ', null],
      ['डॉक्टर', null],
      ['डाक्टर', null],
      ['उस्ताद', 'm'],
      ['फादर', 'm'],
      ['फ़ादर', 'm'],
      ['डा', null],
      ['प्रो', null],
      ['प्रोफेसर', null],
      ['मौलाना', 'm'],
      ['मौलवी', 'm'],
      ['मुफ्ती', 'm'],
      ['शेख', 'm'],
      ['स्वामी', 'm'],
      ['साध्वी', 'f'],
      ['आचार्य', 'm'],
      ['पंडित', 'm'],
      ['महंत', 'm'],
      ['महात्मा', 'm'],
      ['मियां', 'm'],
      ['जनाब', 'm'],
      ['संत', 'm'],
      ['बाबा', 'm'],
      ['न्यायमूर्ति', null],
      ['जस्टिस', null],
      ['जनरल', null],
      ['कर्नल', null],
      ['मेजर', null],
      ['कैप्टन', null],
      ['सर', 'm'],
      ['लॉर्ड', 'm'],
      ['बेगम', 'f'],
      ['हाजी', 'm'],
      ['सैयद', 'm'],
      ['ठाकुर', null],
      // Religious and royal titles of foreign news ("अयातुल्ला अली ख़ामेनेई", "पोप फ़्रांसिस",
      // "महारानी एलिज़ाबेथ", "प्रिंस चार्ल्स"); not राजा, रानी, राजकुमार,
      // युवराज, शहज़ादा, which are given names too.
      // State honours written before a name ("पद्मश्री X").
      ['पद्मश्री', null],
      ['पद्मभूषण', null],
      ['पद्मविभूषण', null],
      ['अयातुल्ला', 'm'],
      ['अयातुल्लाह', 'm'],
      ['आयतुल्ला', 'm'],
      ['आयतुल्लाह', 'm'],
      ['आयातुल्लाह', 'm'],
      ['इमाम', 'm'],
      ['पोप', 'm'],
      ['कार्डिनल', 'm'],
      ['बिशप', 'm'],
      ['आर्चबिशप', 'm'],
      ['रब्बी', 'm'],
      ['महारानी', 'f'],
      ['महाराजा', 'm'],
      ['प्रिंस', 'm'],
      ['प्रिंसेस', 'f'],
      ['सुल्तान', 'm'],
    ] as const
  ).map(([w, g]) => [devanagariKey(w), g]),
);

/** Hindi office and role words ("सपा प्रमुख", "पूर्व मंत्री", "बिहार के मुख्यमंत्री"). */
export const HI_ROLE_HEADS = devaSet(
  'नेता|अध्यक्ष|उपाध्यक्ष|राष्ट्रीय अध्यक्ष|प्रमुख|सांसद|विधायक|मंत्री|मुख्यमंत्री|उपमुख्यमंत्री|' +
    'प्रधानमंत्री|राष्ट्रपति|उपराष्ट्रपति|राज्यपाल|उपराज्यपाल|महासचिव|सचिव|प्रवक्ता|संयोजक|संस्थापक|' +
    'जिलाध्यक्ष|प्रदेशाध्यक्ष|कार्यकर्ता|पत्रकार|कमांडर|महापौर|मेयर|सीएम|पीएम|डीएम|कलेक्टर|जिलाधिकारी|' +
    'आयुक्त|निदेशक|अधिकारी|प्रत्याशी|उम्मीदवार|सदस्य|पार्षद|चेयरमैन|सीईओ|अधिवक्ता|वकील|न्यायाधीश|' +
    'जज|विशेषज्ञ|विश्लेषक|संवाददाता|संपादक|लेखक|कवि|अभिनेता|अभिनेत्री|क्रिकेटर|कप्तान|खिलाड़ी|' +
    'कारोबारी|उद्योगपति|मालिक|संरक्षक|कोषाध्यक्ष|प्रभारी|इंचार्ज|सलाहकार|राजदूत|दूत|प्रतिनिधि|मुखिया|' +
    'सरपंच|प्रधान|चेयरपर्सन|अध्यक्षा|नेत्री|पदाधिकारी|प्रोफेसर|शिक्षक|छात्र|छात्रा|किसान|' +
    'समर्थक|प्रतिद्वंद्वी|दिग्गज|कद्दावर|सुप्रीमो|प्रशासक|गवर्नर|सेनापति|सेनाध्यक्ष|थानाध्यक्ष|' +
    'इंस्पेक्टर|दरोगा|एसएचओ|एसएसपी|डीजीपी|आईजी|डीआईजी|कुलपति|प्राचार्य|शिक्षिका|अध्यापक|अध्यापिका|' +
    'प्रधानाध्यापक|कर्मचारी|मजदूर|मज़दूर|दुकानदार|व्यापारी|व्यवसायी|निवासी|समकक्ष|चिकित्सक|इंजीनियर|' +
    'अर्थशास्त्री|वैज्ञानिक|कलाकार|गायक|गायिका|लेखिका|कवयित्री|निर्देशक|प्रबंधक|मैनेजर|संचालक|' +
    'मां|माँ|पिता|पत्नी|पति|बेटा|बेटी|बेटे|भाई|बहन|कोच|अंपायर|गेंदबाज|गेंदबाज़|बल्लेबाज|बल्लेबाज़|' +
    'गर्लफ्रेंड|गर्लफ़्रेंड|बॉयफ्रेंड|बॉयफ़्रेंड|प्रेमिका|मंगेतर|सहेली|' +
    'याचिकाकर्ता|अभियुक्त|प्रधानाचार्य|स्पीकर|डिप्टी|चीफ|चीफ़|सेक्रेटरी|मिनिस्टर|प्रेसिडेंट|' +
    // English offices and callings written in Devanagari ("कॉलेज के प्रिंसिपल X", "एसपी X").
    'प्रिंसिपल|डायरेक्टर|कमिश्नर|एसपी|डीसीपी|एडीएम|एसडीएम|बीडीओ|प्रोड्यूसर|एक्टर|एक्ट्रेस|सिंगर|' +
    'रिपोर्टर|एडिटर|फ़ोटोग्राफ़र|फोटोग्राफर|सहायक|सहयोगी|सुपरस्टार|मेगास्टार|महानायक|फ़ेलो|फेलो',
);

/** Words that qualify a Hindi role ("वरिष्ठ नेता", "पूर्व मंत्री", "केंद्रीय मंत्री"). */
export const HI_ROLE_MODIFIERS = devaSet(
  'वरिष्ठ|वरिष्ट|पूर्व|दिवंगत|स्वर्गीय|तत्कालीन|मौजूदा|वर्तमान|केंद्रीय|केन्द्रीय|राज्य|प्रदेश|' +
    'राष्ट्रीय|जिला|उप|सह|कार्यवाहक|कैबिनेट|विदेश|गृह|वित्त|रक्षा|स्वास्थ्य|शिक्षा|कृषि|रेल|' +
    'परिवहन|पर्यटन|कानून|सूचना|प्रसारण|ग्रामीण|शहरी|विकास|महिला|बाल|युवा|खेल|अल्पसंख्यक|' +
    'संसदीय|कार्य|एवं|और|परिवार|कल्याण|पार्टी|दल|विपक्ष|विपक्षी|सत्तारूढ़|निर्दलीय|बागी|' +
    'जानेमाने|जाने-माने|प्रसिद्ध|मशहूर|प्रमुख|सामाजिक|राजनीतिक|युवा|पुराने|करीबी|संस्थापक|सदस्य',
);

/** Hindi postpositions and particles that end a name ("X ने", "X से", "X के"). */
export const HI_POSTPOSITIONS = devaSet(
  'ने|से|को|का|की|के|में|पर|और|तथा|एवं|व|या|भी|ही|तो|तक|द्वारा|समेत|सहित|संग|साथ|वाले|वाली|जी|साहब|साहिब|' +
    'जैसे|जैसी|बनाम|लिए|ओर|बारे|पास|खिलाफ|ख़िलाफ़|बीच|दौरान|मुताबिक|मुताबिक़|अनुसार',
);

/** Hindi verbs, auxiliaries and frequent function words that never belong to a name. */
export const HI_NON_NAME = devaSet(
  'है|हैं|था|थे|थी|थीं|हो|होगा|होगी|होंगे|हुआ|हुए|हुई|रहा|रहे|रही|रहीं|गया|गए|गई|गयी|किया|किए|' +
    'कर|करने|करते|करती|करता|करें|करेंगे|कहा|कहते|कहती|कहना|कहे|बोले|बोली|बोलीं|बताया|बताते|दिया|दी|' +
    'दिए|दिये|लिया|ली|लिए|लेकर|देकर|मिले|मिला|मिली|मुलाकात|बातचीत|चर्चा|सवाल|जवाब|बयान|आरोप|' +
    'आज|कल|अब|जब|तब|यह|वह|ये|वो|इस|उस|इन|उन|एक|दो|तीन|कई|सभी|सब|कुछ|कोई|अपने|अपनी|अपना|' +
    'उन्होंने|उन्होने|इन्होंने|इन्होने|जिन्होंने|जिन्होने|उसने|इसने|जिसने|किसने|सबने|आपने|मैंने|हमने|तुमने|उनके|उनकी|उनका|इसके|इसकी|उसके|उसकी|हम|हमें|हमारे|मैं|मेरे|मेरी|आप|तुम|वे|लोग|लोगों|' +
    'नहीं|न|ना|भी|ही|दोबारा|आखिरकार|आख़िरकार|सिर्फ|केवल|लेकिन|मगर|पर|बल्कि|क्योंकि|इसलिए|कि|अगर|तो|फिर|बाद|पहले|' +
    'दौरान|साथ|बीच|तरफ|ओर|लिए|तरह|वाले|वाली|समय|दिन|साल|वर्ष|महीने|सप्ताह|घंटे|बार|बात|बातें|' +
    'सरकार|पार्टी|दल|नेता|नेताओं|लोगों|राज्य|देश|शहर|जिले|जिला|गांव|मामले|मामला|चुनाव|सीट|' +
    'जेल|रिहाई|घर|आवास|मीडिया|संवाददाता|सम्मेलन|खबर|रिपोर्ट|तस्वीर|पोस्ट|ट्वीट|संदेश|पत्र|' +
    'सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार|जनवरी|फरवरी|मार्च|अप्रैल|मई|जून|' +
    'जुलाई|अगस्त|सितंबर|अक्टूबर|नवंबर|दिसंबर|कहा|बताते|कहते|हुए|हुई|जाएगा|जाएगी|जाते|जाती|' +
    'वरिष्ठ|पूर्व|नई|नए|नया|बड़े|बड़ी|बड़ा|पहली|पहला|दूसरी|दूसरा|अहम|खास|ख़ास|आम|पूरी|पूरे|' +
    'सकता|सकती|सकते|चाहिए|चाहते|चाहती|लगता|लगा|लगी|बने|बनी|बना|दें|दे|ले|लें|करना|देना|लेना|' +
    'इससे|उससे|जिससे|इसमें|उसमें|जिसमें|इसका|उसका|जिसका|जिसके|जिसकी|जिन|जिनके|जिनकी|जिन्होंने|' +
    'यहां|वहां|यहाँ|वहाँ|जहां|कहां|क्या|क्यों|कैसे|कब|कौन|किस|किसी|किसे|हर|प्रति|होने|होते|होती|' +
    'जोर|ज़ोर|दौर|तौर|रूप|साथी|दोनों|तमाम|पूरा|ज्यादा|ज़्यादा|कम|बेहद|काफी|काफ़ी|बहुत|आगे|पीछे|' +
    'मेरा|हमारा|हमारी|तेरा|तेरी|तेरे|तुम्हारा|तुम्हारी|तुम्हारे|आपका|आपकी|आपके|इनका|इनकी|इनके|उसका|' +
    'उनसे|इनसे|उनको|इनको|उन्हें|इन्हें|उसे|इसे|उसको|इसको|मुझे|मुझसे|मुझको|तुझे|तुम्हें|आपको|आपसे|' +
    'बिल्कुल|बिलकुल|स्टाइल|उर्फ़|उर्फ',
);

/** Heads of Hindi organisation names ("X पार्टी", "X विश्वविद्यालय", "X मंत्रालय"). */
export const HI_ORG_HEADS = devaSet(
  'पार्टी|विश्वविद्यालय|यूनिवर्सिटी|मंत्रालय|आयोग|पुलिस|अदालत|न्यायालय|कोर्ट|सेना|संगठन|समिति|परिषद|' +
    'मोर्चा|कांग्रेस|लीग|बोर्ड|बैंक|कंपनी|कॉलेज|महाविद्यालय|संस्थान|विभाग|प्राधिकरण|निगम|ब्यूरो|' +
    'सभा|संघ|दल|फ्रंट|गठबंधन|ट्रस्ट|फाउंडेशन|अकादमी|आर्मी|विधानसभा|विधान परिषद|हाईकोर्ट|छात्रसंघ|' +
    // English heads written in Devanagari ("गार्डियन काउंसिल", "रिवोल्यूशनरी गार्ड कोर").
    'काउंसिल|कौंसिल|कमेटी|कमिटी|कमीशन|एसोसिएशन|फ़ेडरेशन|फेडरेशन|इंस्टीट्यूट|इंस्टिट्यूट|कॉर्पोरेशन|' +
    'कारपोरेशन|ब्रिगेड|फ़ोर्स|फोर्स|कोर|यूनियन|सोसाइटी|मूवमेंट|ऑर्गनाइज़ेशन|ऑर्गेनाइजेशन|ब्रदरहुड|' +
    'असेंबली|ट्रिब्यूनल|रेजिमेंट|बटालियन',
);

/** Hindi speech and meeting verbs that follow a subject ("X ने कहा", "X बोले", "X से मुलाकात"). */
export const HI_SPEECH_VERBS = devaSet(
  'कहा|कहते|कहती|कहतीं|कहना|बोले|बोलीं|बोली|बोलते|बोलती|बताया|बताते|बताती|बतातीं|लिखा|लिखते|लिखती|लिखतीं|' +
    'पूछा|पूछते|पूछती|सुनाते|सुनाती|ट्वीट|दावा|आरोप|मुलाकात|मिले|मिलीं|भेंट|बातचीत',
);
