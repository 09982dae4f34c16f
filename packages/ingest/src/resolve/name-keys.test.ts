import { describe, expect, it } from 'vitest';
import {
  aliasKeys,
  nameCore,
  nameKey,
  phoneticKey,
  queryKeys,
  romanizeDevanagari,
  scriptOf,
} from './name-keys.js';
import { nameVowelKey } from '../lexicons/name-keys.js';

describe('nameKey across scripts', () => {
  // Hindi spellings as Hindi papers print them, English spellings as wire services do.
  it.each([
    ['आजम खां', 'Azam Khan'],
    ['आज़म ख़ान', 'Azam Khan'],
    ['अखिलेश यादव', 'Akhilesh Yadav'],
    ['मुलायम सिंह यादव', 'Mulayam Singh Yadav'],
    ['धर्मेंद्र यादव', 'Dharmendra Yadav'],
    ['शिवपाल सिंह यादव', 'Shivpal Singh Yadav'],
    ['राम गोपाल यादव', 'Ram Gopal Yadav'],
    ['लालू प्रसाद यादव', 'Lalu Prasad Yadav'],
    ['नरेंद्र मोदी', 'Narendra Modi'],
    ['राहुल गांधी', 'Rahul Gandhi'],
    ['राहुल गाँधी', 'Rahul Gandhi'],
    ['सोनिया गांधी', 'Sonia Gandhi'],
    ['प्रियंका गांधी वाड्रा', 'Priyanka Gandhi Vadra'],
    ['अरविंद केजरीवाल', 'Arvind Kejriwal'],
    ['नीतीश कुमार', 'Nitish Kumar'],
    ['नवाज़ शरीफ़', 'Nawaz Sharif'],
    ['नवाज शरीफ', 'Nawaz Sharif'],
    ['अन्ना हजारे', 'Anna Hazare'],
    ['अन्ना हज़ारे', 'Anna Hazare'],
    ['योगी आदित्यनाथ', 'Yogi Adityanath'],
    ['राजनाथ सिंह', 'Rajnath Singh'],
    ['अमित शाह', 'Amit Shah'],
    ['मल्लिकार्जुन खड़गे', 'Mallikarjun Kharge'],
    ['जवाहरलाल नेहरू', 'Jawaharlal Nehru'],
    ['ब्रजेश पाठक', 'Brajesh Pathak'],
    ['केशव प्रसाद मौर्य', 'Keshav Prasad Maurya'],
    ['ओम प्रकाश राजभर', 'Om Prakash Rajbhar'],
    ['चंद्रशेखर आज़ाद', 'Chandrashekhar Azad'],
    ['भूपेश बघेल', 'Bhupesh Baghel'],
    ['एकनाथ शिंदे', 'Eknath Shinde'],
    ['शरद पवार', 'Sharad Pawar'],
    ['हेमंत सोरेन', 'Hemant Soren'],
    ['पुष्कर सिंह धामी', 'Pushkar Singh Dhami'],
    ['भगवंत मान', 'Bhagwant Mann'],
    ['सुखबीर सिंह बादल', 'Sukhbir Singh Badal'],
    ['दिग्विजय सिंह', 'Digvijay Singh'],
    ['स्मृति ईरानी', 'Smriti Irani'],
    ['पीयूष गोयल', 'Piyush Goyal'],
    ['मनोज सिन्हा', 'Manoj Sinha'],
    ['मुख्तार अब्बास नकवी', 'Mukhtar Abbas Naqvi'],
    ['इमरान ख़ान', 'Imran Khan'],
    ['शशि थरूर', 'Shashi Tharoor'],
    ['मनमोहन सिंह', 'Manmohan Singh'],
    ['संजय राउत', 'Sanjay Raut'],
    ['कपिल सिब्बल', 'Kapil Sibal'],
    ['मनीष सिसोदिया', 'Manish Sisodia'],
    ['अनुप्रिया पटेल', 'Anupriya Patel'],
    ['चिराग पासवान', 'Chirag Paswan'],
    ['जीतन राम मांझी', 'Jitan Ram Manjhi'],
    ['बाबूलाल मरांडी', 'Babulal Marandi'],
  ])('gives %s the key of %s', (hindi, english) => {
    expect(nameKey(hindi)).toBe(nameKey(english));
    expect(nameKey(hindi)).not.toBe('');
  });

  it.each([
    ['अखिलेश यादव', 'akhilesh yadav'],
    ['आजम खां', 'ajam khan'],
    ['मुलायम सिंह यादव', 'mulayam singh yadav'],
    ['ममता बनर्जी', 'mamta banarji'],
  ])('romanises %s as %s (schwa deletion, nasal endings)', (hindi, key) => {
    expect(nameKey(hindi)).toBe(key);
  });

  it.each([
    ['अखिलेश', 'akhilesh'],
    ['ममता', 'mamta'],
    ['रामपुर', 'rampur'],
    ['जवाहरलाल', 'javaharlal'],
    ['नरेंद्र', 'narendra'],
    ['सिंह', 'singh'],
    ['संभल', 'sambhal'],
    ['खां', 'khan'],
    ['गढ़वाल', 'garhval'],
    ['हर्ष', 'harsh'],
    ['हर्षवर्धन', 'harshvardhan'],
    ['वसन्त', 'vasant'],
    ['आदित्य', 'aditya'],
    ['कृष्ण', 'krishna'],
  ])('drops the silent inherent vowels of %s (%s)', (word, latin) => {
    expect(romanizeDevanagari(word).replace(/([a-z])\1+/g, '$1')).toBe(latin);
  });
});

describe('nameKey of spelling variants in one script', () => {
  it.each([
    ['Akhilesh Yadav', 'AKHILESH  YADAV'],
    ['Akhilesh Yadav', ' akhilesh yadav. '],
    ['A.B. Vajpayee', 'A B Vajpayee'],
    ['K. C. Venugopal', 'KC Venugopal'],
    ['J P Nadda', 'J.P. Nadda'],
    ['Sinn Féin', 'Sinn Fein'],
    ["Sean O'Brien", 'Sean OBrien'],
    ['Ehtisham-ul-Haq', 'Ehtisham ul Haq'],
    ['Mohammed Shareef', 'Mohammed Sharif'],
    ['आज़म खां', 'आजम खाँ'],
    ['हिन्दी प्रचारिणी', 'हिंदी प्रचारिणी'],
    ['ज़फ़र', 'जफर'],
  ])('gives %s and %s one key', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it('reads Devanagari digits as digits', () => {
    expect(nameKey('२०२५')).toBe('2025');
    expect(nameKey('G२०')).toBe(nameKey('G 20'));
  });
});

describe('phoneticKey for Hindi-English spellings the keys still tell apart', () => {
  it.each([
    ['ममता बनर्जी', 'Mamata Banerjee'],
    ['उद्धव ठाकरे', 'Uddhav Thackeray'],
    ['अटल बिहारी वाजपेयी', 'Atal Bihari Vajpayee'],
    ['मायावती', 'Mayawati'],
    ['तेजस्वी यादव', 'Tejashwi Yadav'],
    ['नितिन गडकरी', 'Nitin Gadkari'],
    ['डिंपल यादव', 'Dimple Yadav'],
    ['असदुद्दीन ओवैसी', 'Asaduddin Owaisi'],
    ['अशोक गहलोत', 'Ashok Gehlot'],
    ['शिवराज सिंह चौहान', 'Shivraj Singh Chouhan'],
    ['देवेंद्र फडणवीस', 'Devendra Fadnavis'],
    ['जयराम रमेश', 'Jairam Ramesh'],
    ['महबूबा मुफ्ती', 'Mehbooba Mufti'],
    ['वसुंधरा राजे', 'Vasundhara Raje'],
    ['गुलाम नबी आज़ाद', 'Ghulam Nabi Azad'],
    ['उमर अब्दुल्ला', 'Omar Abdullah'],
    ['फारूक अब्दुल्ला', 'Farooq Abdullah'],
  ])('gives %s and %s one phonetic key', (hindi, english) => {
    expect(phoneticKey(hindi)).toBe(phoneticKey(english));
  });
});

describe('keys of different people', () => {
  it.each([
    ['Akhilesh Yadav', 'Dharmendra Yadav'],
    ['Akhilesh Yadav', 'Mulayam Singh Yadav'],
    ['Dharmendra Yadav', 'Mulayam Singh Yadav'],
    ['Rahul Gandhi', 'Sonia Gandhi'],
    ['Rahul Gandhi', 'Rajiv Gandhi'],
    ['Sonia Gandhi', 'Priyanka Gandhi'],
    ['Azam Khan', 'Imran Khan'],
    ['Azam Khan', 'Abdullah Azam Khan'],
    ['Azam Khan', 'Azim Khan'],
    ['Amit Shah', 'Amit Shaw'],
    ['Nitish Kumar', 'Nitin Kumar'],
    ['Lalu Prasad Yadav', 'Rabri Devi'],
    ['Tejashwi Yadav', 'Tej Pratap Yadav'],
    ['Omar Abdullah', 'Farooq Abdullah'],
    ['Rajnath Singh', 'Manmohan Singh'],
    ['अखिलेश यादव', 'धर्मेंद्र यादव'],
    ['राहुल गांधी', 'सोनिया गांधी'],
    ['आजम खां', 'इमरान खान'],
  ])('keeps %s and %s apart in both keys', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
    expect(phoneticKey(a)).not.toBe(phoneticKey(b));
  });

  it('keeps aspirated and plain consonants apart', () => {
    expect(phoneticKey('Khan')).not.toBe(phoneticKey('Kan'));
    expect(phoneticKey('Bhatt')).not.toBe(phoneticKey('Batt'));
  });
});

describe('nameCore', () => {
  it.each([
    ['president Akhilesh Yadav', 'Akhilesh Yadav'],
    ['senior party leader Azam Khan', 'Azam Khan'],
    ['Tory leader Michael Howard', 'Michael Howard'],
    ['Liberal Democrat foreign affairs spokesman Menzies Campbell', 'Menzies Campbell'],
    ['Pakistani premier Nawaz Sharif', 'Nawaz Sharif'],
    ['Congress general secretary KC Venugopal', 'KC Venugopal'],
    ['Shiv Sena (UBT) leader Uddhav Thackeray', 'Uddhav Thackeray'],
    ['Bihar Chief Minister Nitish Kumar', 'Nitish Kumar'],
    ['Mr Blair', 'Blair'],
    ['PM Modi', 'Modi'],
    ["Khan's", 'Khan'],
    ['सपा नेता आजम खां', 'आजम खां'],
    ['पार्टी अध्यक्ष अखिलेश यादव', 'अखिलेश यादव'],
    ['दिल्ली के मुख्यमंत्री अरविंद केजरीवाल', 'अरविंद केजरीवाल'],
    ['कांग्रेस उपाध्यक्ष राहुल गांधी', 'राहुल गांधी'],
    ['पूर्व प्रधानमंत्री नवाज़ शरीफ़', 'नवाज़ शरीफ़'],
    ['श्री मोदी जी', 'मोदी'],
  ])('drops the titles of %s', (form, core) => {
    expect(nameCore(form)).toBe(core);
  });

  it.each([
    ['Mahatma Gandhi'],
    ['Swami Prasad Maurya'],
    ['Sheikh Hasina'],
    ['Mehbooba Mufti'],
    ['Maulana Azad'],
    ['स्वामी प्रसाद मौर्य'],
    ['Martin Luther King'],
  ])('keeps %s whole: the title-like word is part of the name', (form) => {
    expect(nameCore(form)).toBe(form);
  });
});

describe('scriptOf', () => {
  it.each([
    ['Akhilesh Yadav', 'latn'],
    ['अखिलेश यादव', 'deva'],
    ['सपा (SP)', 'deva'],
    ['Sinn Féin', 'latn'],
    ['2025', 'other'],
    ['عمران خان', 'other'],
  ] as const)('reads %s as %s', (text, script) => {
    expect(scriptOf(text)).toBe(script);
  });
});

describe('aliasKeys and queryKeys', () => {
  it('keys a titled person alias by its name, so the bare name finds it', () => {
    const alias = aliasKeys('सपा नेता आजम खां', 'PERSON');
    expect(alias).toMatchObject({ form: 'सपा नेता आजम खां', key: nameKey('Azam Khan'), script: 'deva' });
    expect(queryKeys('Azam Khan')).toContain(alias.key);
  });

  it('keeps organisation and place names whole', () => {
    expect(aliasKeys('Samajwadi Party', 'ORGANIZATION').key).toBe('samajvadi party');
    expect(aliasKeys('समाजवादी पार्टी', 'ORGANIZATION').script).toBe('deva');
  });

  it('looks a titled query up by its core as well', () => {
    expect(queryKeys('Mr Blair')).toEqual(['mr blair', 'blair']);
    expect(queryKeys('अखिलेश यादव')).toEqual(['akhilesh yadav']);
  });
});

describe('nameVowelKey (the name lexicons’ key for Devanagari words)', () => {
  it.each([
    ['जैन', 'Jain'],
    ['जायसवाल', 'Jaiswal'],
    ['नायडू', 'Naidu'],
    ['कैलाश', 'Kailash'],
    ['विजय', 'Vijay'],
    ['जयंत', 'Jayant'],
  ])('gives %s and %s one key', (hindi, latin) => {
    expect(nameVowelKey(hindi)).toBe(nameVowelKey(latin));
  });
});
