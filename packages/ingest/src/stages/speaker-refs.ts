/**
 * Speaker references: the words in the narration around a quotation that can name its speaker, and
 * which of them is the subject of a speech cue.
 *
 * A reference is an entity mention found by `find-entities` (name, short form, acronym, role
 * description), a pronoun (`he`, `she`, `उन्होंने`, `उनका`), or a noun phrase that names no entity
 * (`a spokesman for the union`, `officials`, `the party`, `the letter`, `the chief minister`,
 * `सूत्रों`, `मंत्री`). Resolving pronouns and role phrases to entities is left to the caller, which
 * knows the discourse (see `attribute-quotes.ts`).
 */
import type { Doc, EntityType, Mention, Span } from '../domain.js';
import { nameSkeleton } from '../lexicons/name-keys.js';
import { type Cue, type Gender, speechLexicon } from './speech-cues.js';

export type PhraseKind = 'unnamed' | 'group' | 'organization' | 'document' | 'role';

export interface Ref extends Span {
  text: string;
  kind: 'mention' | 'pronoun' | 'phrase';
  /** Entity of a mention. */
  entity: number | null;
  entityType: EntityType | null;
  form: Mention['form'] | null;
  /** Gender a pronoun marks (`he`, `she`), else null. */
  gender: Gender;
  /** `they`, `officials`, `सूत्रों`. */
  plural: boolean;
  phrase: PhraseKind | null;
  /** Head word of a phrase (`spokesman`, `party`, `मंत्री`). */
  head: string | null;
  /** For a document phrase (`his letter`, `Khan's post`): the reference to its author. */
  owner: Ref | null;
  /** A pronoun that is the subject of a verb of saying (`वे कहते हैं`), set by the attribution. */
  speaking?: boolean;
}

const EN_PRONOUN = /(?<![\p{L}\p{M}\p{N}'’-])(?:[Hh]e|[Ss]he|[Tt]hey)(?![\p{L}\p{M}\p{N}'’-])/gu;
const DEVA_WORD_EDGE_BEFORE = '(?<![\\p{L}\\p{M}])';
const DEVA_WORD_EDGE_AFTER = '(?![\\p{L}\\p{M}])';
/** Hindi pronouns that carry the ergative `ने` themselves. */
const HI_ERGATIVE_PRONOUNS = new Set(['उन्होंने', 'उसने', 'इन्होंने']);
const HI_GENITIVE_PRONOUNS = new Set(['उनका', 'उनके', 'उनकी', 'उसका', 'उसके', 'उसकी']);

const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** Words that open an English clause: a phrase before a cue stops there. */
const EN_CLAUSE_WORDS = new Set([
  'and',
  'but',
  'that',
  'as',
  'while',
  'when',
  'which',
  'who',
  'because',
  'if',
  'after',
  'before',
  'where',
  'whereas',
  'though',
  'although',
  'since',
  'so',
  'or',
  'nor',
]);
const EN_INDEFINITE = new Set([
  'a',
  'an',
  'one',
  'another',
  'some',
  'several',
  'many',
  'two',
  'three',
  'few',
]);
const EN_PREPOSITIONS = new Set(['for', 'of', 'from', 'at', 'in', 'with', 'to', 'on', 'close']);
/** A name right after one of these words is an object, not the subject of its sentence. */
const EN_NOT_SUBJECT_AFTER = new Set([
  'with',
  'to',
  'by',
  'from',
  'of',
  'for',
  'at',
  'on',
  'in',
  'about',
  'against',
  'between',
  'than',
  'into',
  'over',
  'under',
  'towards',
  'toward',
  'among',
  'like',
  'including',
  'the',
  'met',
  'meet',
  'meets',
  'visited',
  'called',
  'urged',
  'told',
  'asked',
  'thanked',
  'praised',
  'accused',
  'criticised',
  'criticized',
  'slammed',
  'attacked',
  'backed',
  'joined',
  'received',
  'and',
]);
/** A sentence opening with one of these has a leading phrase before its subject (`Asked …, X said`). */
const EN_LEADING_ADVERBIAL =
  /^(?:\p{Lu}\p{Ll}+ing|Asked|In|On|At|During|After|Before|Despite|While|When|Following|Under|Since|Amid|Amidst|Earlier|Later|Meanwhile|However|Last|This|Referring|Responding|Replying|Reacting|Speaking|Addressing|Talking|With|Without|For|From|According|Unlike|Like|As|If|Once|Now|Then|Also)\b/u;
const HI_POSTPOSITIONS = /^\s*(?:का|के|की|से|को|में|पर|तक|द्वारा|वाले|वाली)(?![\p{L}\p{M}])/u;

/** Letters written after a person's name ("Peter Ainsworth MP said", "X QC told the court"). */
const POSTNOMINAL_AFTER = /^\s+(?:QC|KC|MP|MEP|MSP|MLA|AM|OBE|MBE|CBE|KBE|DBE|JP)(?![\p{L}])/u;

/** Between a person and a body that names the person's office: ", leader of the", ", " alone. */
const APPOSED_BODY =
  /^,\s+(?:(?:the\s+)?(?:[\p{L}-]+\s+){0,4}(?:of|for|at|from|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,4})?$/u;

/** The references of one article, for looking up what surrounds a cue. */
/** What joins a document to its owner: `X का बयान`, `X की ओर से जारी (एक) बयान`, `X द्वारा जारी बयान`. */
const DOCUMENT_OWNER_LINK =
  /^\s*(?:का|की|के|(?:की\s+(?:ओर|तरफ़|तरफ)\s+से|द्वारा)(?:\s+(?:जारी|जारी\s+किए\s+गए|जारी\s+किये\s+गए|जारी\s+किया\s+गया))?(?:\s+एक)?)\s*$/u;

export class SpeakerRefs {
  readonly body: string;
  private readonly doc: Doc;
  private readonly refs: Ref[];
  private readonly enGap: RegExp;

  constructor(doc: Doc, insideQuote: (pos: number) => boolean) {
    this.body = doc.body;
    this.doc = doc;
    const lex = speechLexicon();
    const aux = [...lex.auxiliaries]
      .sort((a, b) => b.length - a.length)
      .map((word) => word.replace(/\s+/g, '\\s+'))
      .join('|');
    // What may stand between a subject and its verb: letters after the name ("QC", "MP"), an
    // appositive, auxiliaries, adverbs, a day.
    this.enGap = new RegExp(
      `^(?:${POSTNOMINAL_AFTER.source.slice(1)})?` +
        `(?:\\s*,[^,.;:!?]{1,160}?,|\\s+[-–—]\\s[^.;!?]{1,220}?\\s[-–—]|\\s*\\([^)]{0,100}\\))?` +
        `(?:\\s+(?:${aux}|\\p{Ll}+ly|(?:on\\s+)?(?:${WEEKDAYS})|(?:last|this|next)\\s+(?:week|month|year|night)))*\\s*,?\\s*$`,
      'u',
    );
    this.refs = collectRefs(doc).filter((ref) => !insideQuote(ref.start));
  }

  /** Mentions and pronouns inside `[from, to)`, outside quotations, in text order. */
  between(from: number, to: number): Ref[] {
    return this.refs.filter((ref) => ref.start >= from && ref.end <= to);
  }

  /**
   * `Bahujan Samaj Party (BSP) president Mayawati`, `बसपा नेता सतीश मिश्रा`: an organisation naming the
   * person's role, not a subject of its own.
   */
  private isAffiliationOf(ref: Ref, next: Ref | undefined): boolean {
    if (ref.entityType !== 'ORGANIZATION' || !next || next.entityType !== 'PERSON') return false;
    if (next.start - ref.end > 80) return false;
    const between = this.body.slice(ref.end, next.start).replace(/^\s*\([^)]{1,20}\)/, '');
    const words = between.split(/[\s()]+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
    if (words.length > 5 || /[,.;:!?।]/.test(between)) return false;
    const roles = speechLexicon().roleHeads;
    return words.length === 0 || words.some((word) => roles.has(word) || roles.has(word.toLowerCase()));
  }

  /**
   * The first of `refs`, or the person it introduces when it is that person's organisation:
   * `according to Lib Dem leader X`, `said Labour MP X`.
   */
  skipAffiliation(refs: Ref[]): Ref | undefined {
    const first = refs[0];
    const person = refs.slice(1).find((ref) => ref.entityType === 'PERSON');
    return first && this.isAffiliationOf(first, person) ? person : first;
  }

  /** Whether a reference is followed by a possessive (`Blair's`, `Khan’s`) or a hyphenated modifier (`AIADMK-led`). */
  isPossessive(ref: Ref): boolean {
    const after = this.body.slice(ref.end, ref.end + 3);
    return /^['’]s?(?![\p{L}])/u.test(after) || /^-\p{Ll}/u.test(after);
  }

  /** The subject of an English finite cue (`X said`, `X, 45, also told`), or null. */
  englishSubjectBefore(cue: Span, floor: number): Ref | null {
    const refs = this.between(floor, cue.start);
    for (let i = refs.length - 1; i >= 0 && i >= refs.length - 5; i--) {
      const ref = refs[i] as Ref;
      if (this.isPossessive(ref)) continue;
      const gap = this.body.slice(ref.end, cue.start);
      if (!this.enGap.test(gap)) continue;
      // "a senior Labour MP said": letters after a name follow only a person's name.
      if (ref.entityType !== 'PERSON' && POSTNOMINAL_AFTER.test(gap)) continue;
      // "Bob Neill, leader of the Assembly Conservatives, said", "Colin Asplin, Blackpool Hotel
      // Association said": a body in an apposition after a person names that person's office.
      if (ref.entityType === 'ORGANIZATION' || ref.entityType === 'PLACE') {
        const person = refs
          .slice(0, i)
          .reverse()
          .find((r) => r.entityType === 'PERSON' && r.kind === 'mention');
        // "Lord Nicholls of Birkenhead, in his ruling, said": the place of a peer's title.
        if (person && ref.entityType === 'PLACE' && /^\s+of\s+$/.test(this.body.slice(person.end, ref.start)))
          return person;
        if (
          person &&
          APPOSED_BODY.test(this.body.slice(person.end, ref.start)) &&
          /^\s*,?\s*$/.test(gap.replace(/^\s*,\s*$/, ''))
        )
          return person;
      }
      // `X, while testifying at the Inquiry on Thursday, called`: the Inquiry sits in a subordinate
      // phrase between commas; the subject is further back.
      if (/,\s*$/.test(gap) && this.inSubordinatePhrase(ref, floor)) continue;
      return this.spokespersonOf(ref, floor) ?? ref;
    }
    const phrase = this.englishPhraseBefore(cue.start, floor);
    // "Rhodri Glyn Thomas, Plaid Cymru health spokesman said": an office set after the name that opens
    // the clause is that person's.
    if (phrase?.phrase === 'role') {
      const person = refs
        .filter((r) => r.entityType === 'PERSON' && r.kind === 'mention' && r.end <= phrase.start)
        .pop();
      if (
        person &&
        /^\s*,\s*$/.test(this.body.slice(person.end, phrase.start)) &&
        /(?:^|[.!?"“”:;]\s*|\n)\s*(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame)\.?\s+)?$/u.test(
          this.body.slice(floor, person.start),
        )
      )
        return person;
    }
    return phrase;
  }

  private inSubordinatePhrase(ref: Ref, floor: number): boolean {
    const before = this.body.slice(floor, ref.start);
    const comma = before.lastIndexOf(',');
    if (comma < 0) return false;
    return /^\s*(?:while|when|who|whom|whose|which|after|before|during|as|although|though|since|because|where|despite|in|at|on|from|with|\p{Ll}+ing)\b/u.test(
      before.slice(comma + 1),
    );
  }

  /**
   * `A spokesman for Mr X said`: the unnamed spokesperson, not X, is the subject. The honorific is
   * not part of the mention the entity stage marks, so it may stand between `for` and the name.
   */
  private spokespersonOf(ref: Ref, floor: number): Ref | null {
    const before = this.body.slice(Math.max(floor, ref.start - 60), ref.start);
    const match =
      /(?:^|[\s,])((?:an?|the|one)\s+(?:[\p{L}-]+\s+){0,2}(spokes(?:man|woman|person)|aide|adviser|advisor|lawyer|counsel|representative|official|source|friend|associate|ally|allies|colleague|supporter|confidant|loyalist)s?)\s+(?:for|of|to|from|close\s+to)\s+(?:the\s+|(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Shri|Smt)\.?\s+)?$/iu.exec(
        before,
      );
    if (!match?.[1] || !match[2]) return null;
    const start = ref.start - before.length + (match.index ?? 0) + match[0].indexOf(match[1]);
    const indefinite = /^(?:an?|one)\s/i.test(match[1]);
    return phraseRef(
      this.body,
      start,
      ref.end,
      indefinite ? 'unnamed' : 'role',
      match[2].toLowerCase(),
      false,
    );
  }

  /** The subject of an English cue written after it (`"…," said Mr Oaten`, `said a spokesman`). */
  englishSubjectAfter(cue: Span, ceiling: number): Ref | null {
    // `said a Downing Street spokesman`: an indefinite phrase, whatever names it contains.
    if (/^\s+(?:an?|one)\s/i.test(this.body.slice(cue.end, cue.end + 6))) {
      const phrase = this.englishPhraseAfter(cue.end, ceiling);
      if (phrase) return phrase;
    }
    // `said Maharashtra LoP Vijay Wadettiwar`: a place before the name qualifies it.
    const refs = this.between(cue.end, ceiling).filter(
      (ref, i, all) => ref.entityType !== 'PLACE' || i === all.length - 1,
    );
    const first = this.skipAffiliation(refs);
    if (first) {
      const gap = this.body.slice(cue.end, first.start);
      if (gap.length <= 60 && /^\s+(?:[\p{L}.'’&()-]+\s+){0,6}$/u.test(gap) && !/[.;!?]/.test(gap)) {
        return first;
      }
    }
    return this.englishPhraseAfter(cue.end, ceiling);
  }

  /** The reference after `according to`. */
  englishAccordingTo(cue: Span, ceiling: number): Ref | null {
    const refs = this.between(cue.end, ceiling);
    const first = this.skipAffiliation(refs);
    if (
      first &&
      // `according to the party's general secretary X`: qualifiers and role words, no clause break.
      /^\s+(?:[\p{L}.'’-]+\s+){0,6}$/u.test(this.body.slice(cue.end, first.start))
    ) {
      return first;
    }
    return this.englishPhraseAfter(cue.end, ceiling);
  }

  /** A noun phrase naming a speaker that ends just before `pos` (`A spokesman for Unison, …,`). */
  englishPhraseBefore(pos: number, floor: number): Ref | null {
    const text = this.body.slice(floor, pos);
    const words = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’&-]*|[^\s\p{L}\p{N}]/gu)].map((m) => ({
      text: m[0],
      start: floor + (m.index ?? 0),
      end: floor + (m.index ?? 0) + m[0].length,
    }));
    const lex = speechLexicon();
    let i = words.length - 1;
    while (
      i >= 0 &&
      (lex.auxiliaries.has(words[i]?.text.toLowerCase() ?? '') || /ly$/.test(words[i]?.text ?? ''))
    )
      i--;
    if (i >= 0 && words[i]?.text === ',') {
      // `A spokesman for Unison, Britain's biggest union, said`: skip the appositive.
      let j = i - 1;
      while (j >= 0 && words[j]?.text !== ',' && i - j < 14) j--;
      if (j >= 0 && words[j]?.text === ',') i = j - 1;
      else return null;
    }
    const end = words[i]?.end ?? pos;
    const phrase: typeof words = [];
    while (i >= 0 && phrase.length < 8) {
      const word = words[i];
      if (!word || !/[\p{L}\p{N}]/u.test(word.text) || EN_CLAUSE_WORDS.has(word.text.toLowerCase())) break;
      phrase.unshift(word);
      i--;
    }
    const first = phrase[0];
    if (!first) return null;
    return classifyPhrase(
      this.body,
      first.start,
      end,
      phrase.map((w) => w.text),
      this.refs,
    );
  }

  /** A noun phrase naming a speaker that starts just after `pos` (`said a spokesman`). */
  englishPhraseAfter(pos: number, ceiling: number): Ref | null {
    const text = this.body.slice(pos, ceiling);
    const match = /^\s+((?:[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’&-]*\s*){1,6})/u.exec(text);
    if (!match?.[1]) return null;
    const words: string[] = [];
    for (const raw of match[1].trim().split(/\s+/)) {
      const word = raw.replace(/\.+$/, '');
      if (!word || EN_CLAUSE_WORDS.has(word.toLowerCase())) break;
      words.push(word);
      if (word !== raw) break; // a full stop ends the phrase
    }
    if (words.length === 0) return null;
    const start = pos + match[0].indexOf(match[1]);
    const phraseText = words.join(' ');
    const end = start + this.body.slice(start).indexOf(phraseText) + phraseText.length;
    return classifyPhrase(this.body, start, end, words, this.refs);
  }

  /**
   * The subject of a Hindi cue: `X ने … कहा`, `उन्होंने कहा`, `X कहते हैं`, `X का कहना है`,
   * `X के मुताबिक़`; or a speaker phrase in those places (`सूत्रों ने`, `जानकारों का कहना है`).
   */
  hindiSubjectOf(cue: Cue, floor: number): Ref | null {
    const body = this.body;
    const refs = this.between(floor, cue.start);
    const last = refs[refs.length - 1];
    const before = body.slice(floor, cue.start);
    // "गल्फ़ न्यूज़ ने X के हवाले से कहा": the paper reports what X said.
    const quoting = /(?:के|की)\s+हवाले\s+से\s*$/u.exec(before);
    if (quoting) {
      const at = floor + quoting.index;
      if (last && last.end <= at && /^\s*$/.test(body.slice(last.end, at))) return last;
      const named = this.hindiNameBefore(at, floor);
      if (named) return named;
    }
    // "बीबीसी ने X से पहला सवाल यही पूछा और जवाब था, "…"": the one asked gives the answer.
    if (/^(?:जवाब|उत्तर)/u.test(body.slice(cue.start, cue.end))) {
      const asked = refs
        .filter(
          (ref) =>
            ref.entityType === 'PERSON' &&
            /^\s*से\s+(?:[^\s,।.?!]+\s+){0,6}?(?:पूछ|सवाल|प्रश्न)/u.test(body.slice(ref.end, cue.start)),
        )
        .pop();
      if (asked) return asked;
    }
    if (cue.form === 'noun' || cue.form === 'according') {
      if (last && HI_GENITIVE_PRONOUNS.has(last.text) && /^\s*$/.test(body.slice(last.end, cue.start)))
        return last;
      // `X का यह भी कहना है`, `X का इस बारे में कहना था`.
      const marker =
        /(?:का|के|की)(?:\s+(?:यह|ये|भी|तो|ही|(?:इस|इन|उस)\s+(?:बारे|मामले|मुद्दे|विषय|सिलसिले)\s+(?:में|पर)|(?:इस|इन)\s+पर)){0,3}\s*$/u.exec(
          before,
        );
      if (!marker) return null;
      const markerStart = floor + marker.index;
      if (last && /^\s*$/.test(body.slice(last.end, markerStart))) return last;
      return this.hindiNameBefore(markerStart, floor) ?? this.hindiPhraseBefore(markerStart, floor);
    }
    if (cue.form === 'participle') return null;
    // Nominative: `X कहते हैं`, `X बोले`.
    if (last && /^\s*(?:भी|तो|ही|,)?\s*$/u.test(body.slice(last.end, cue.start))) return last;
    // Ergative: the last `ने` (or a pronoun with it) before the verb.
    const ergatives = [
      ...before.matchAll(new RegExp(`${DEVA_WORD_EDGE_BEFORE}ने${DEVA_WORD_EDGE_AFTER}`, 'gu')),
    ];
    const lastNe = ergatives[ergatives.length - 1];
    const nePos = lastNe ? floor + (lastNe.index ?? 0) : -1;
    const ergPronoun = [...refs].reverse().find((ref) => HI_ERGATIVE_PRONOUNS.has(ref.text));
    if (ergPronoun && ergPronoun.start > nePos) return ergPronoun;
    if (nePos >= 0) {
      const owner = refs.filter((ref) => ref.end <= nePos).pop();
      if (owner && /^\s*$/.test(body.slice(owner.end, nePos))) return owner;
      return this.hindiNameBefore(nePos, floor) ?? this.hindiPhraseBefore(nePos, floor);
    }
    return (
      this.hindiDocumentBefore(cue.start, floor) ??
      this.hindiNameBefore(cue.start, floor) ??
      this.hindiPhraseBefore(cue.start, floor)
    );
  }

  /**
   * `बयान में कहा गया है`, `कांग्रेस के घोषणापत्र में लिखा है`, `बोर्ड की ओर से जारी बयान में कहा गया`: a
   * passive cue whose source is a document,
   * owned by the organisation or person named before it with a genitive.
   */
  private hindiDocumentBefore(pos: number, floor: number): Ref | null {
    const before = this.body.slice(floor, pos);
    const match =
      /([\p{L}\p{M}]+)\s+में(?:\s+(?:यह|भी|साफ़?))*\s*$/u.exec(before) ??
      // "X की तरफ़ से बयान जारी कर कहा गया".
      /([\p{L}\p{M}]+)\s+जारी\s+(?:कर|करके|करते\s+हुए)\s*$/u.exec(before);
    if (!match?.[1] || !speechLexicon().documentHeads.has(match[1])) return null;
    const start = floor + match.index;
    const owner =
      this.between(floor, start)
        .filter((ref) => DOCUMENT_OWNER_LINK.test(this.body.slice(ref.end, start)))
        .pop() ?? null;
    return phraseRef(this.body, start, start + match[1].length, 'document', match[1], false, owner);
  }

  /**
   * The speaker of an inverted Hindi noun cue, named after it with a genitive: `यह कहना है X का`,
   * `ऐसा मानना है पार्टी के प्रवक्ता का`. Only when the genitive closes the clause.
   */
  hindiGenitiveAfter(cue: Cue, ceiling: number): Ref | null {
    const text = this.body.slice(cue.end, ceiling);
    const match = /^\s+([^।.,;:!?"“”'‘’]{1,80}?)\s+(?:का|की|के)(?![\p{L}\p{M}])\s*(?:[।.,;!?]|$)/u.exec(text);
    if (!match?.[1]) return null;
    const phraseEnd = cue.end + match[0].indexOf(match[1]) + match[1].length;
    const named = this.between(cue.end, phraseEnd).filter((ref) => ref.entityType !== 'PLACE');
    const last = named[named.length - 1];
    if (last && /^\s*$/.test(this.body.slice(last.end, phraseEnd))) return last;
    return this.hindiPhraseBefore(phraseEnd, cue.end);
  }

  /**
   * `हर्षवर्धन ने कहा` where the entity stage marked only `हर्षवर्द्धन`: the one or two words before a
   * speaker marker, read as a spelling variant of a person's name (same consonant skeleton).
   */
  hindiNameBefore(pos: number, floor: number): Ref | null {
    const match = /((?:[\p{L}\p{M}]+\s+)?[\p{L}\p{M}]+)\s*$/u.exec(this.body.slice(floor, pos));
    if (!match?.[1]) return null;
    const words = match[1].split(/\s+/);
    for (const take of [words, words.slice(-1)]) {
      const key = nameSkeleton(take.join(''));
      if (key.replace(/[^a-z]/g, '').length < 3) continue;
      const entities = new Set<number>();
      this.doc.entities.forEach((entity, index) => {
        if (entity.type !== 'PERSON') return;
        for (const alias of [entity.name, ...entity.aliases]) {
          const parts = alias.split(/\s+/);
          if (nameSkeleton(parts.join('')) === key || nameSkeleton(parts[parts.length - 1] ?? '') === key) {
            entities.add(index);
          }
        }
      });
      if (entities.size === 0) continue;
      const text = take.join(' ');
      const start = floor + (match.index ?? 0) + match[1].lastIndexOf(text);
      const entity = this.latestMentioned([...entities], start);
      return {
        start,
        end: start + text.length,
        text,
        kind: 'mention',
        entity,
        entityType: 'PERSON',
        form: 'NAME',
        gender: null,
        plural: false,
        phrase: null,
        head: null,
        owner: null,
      };
    }
    return null;
  }

  /** Of several entities, the one mentioned last before `pos` (else the first). */
  private latestMentioned(entities: number[], pos: number): number {
    const mentioned = this.refs.filter(
      (ref) => ref.end <= pos && ref.entity !== null && entities.includes(ref.entity),
    );
    return mentioned[mentioned.length - 1]?.entity ?? (entities[0] as number);
  }

  /** `चीनी प्रधानमंत्री ने …`: a speaker phrase marked with the first `ने` of a sentence. */
  hindiErgativePhrase(from: number, to: number): Ref | null {
    const text = this.body.slice(from, to);
    const ne = new RegExp(`${DEVA_WORD_EDGE_BEFORE}ने${DEVA_WORD_EDGE_AFTER}`, 'u').exec(text);
    if (!ne) return null;
    return this.hindiPhraseBefore(from + ne.index, from);
  }

  /** The last words before `pos` when they name a speaker (`मंत्री`, `सूत्रों`, `पार्टी`). */
  hindiPhraseBefore(pos: number, floor: number): Ref | null {
    const text = this.body.slice(floor, pos);
    const match = /((?:[\p{L}\p{M}\p{N}]+\s+)?[\p{L}\p{M}\p{N}]+)\s*$/u.exec(text);
    if (!match?.[1]) return null;
    let phrase = match[1];
    const functionWords = speechLexicon().hindiFunctionWords;
    const words = phrase.split(/\s+/);
    if (functionWords.has(words[words.length - 1] ?? '')) return null;
    // `संबोधित करते हुए मुख्यमंत्री ने`: the phrase is `मुख्यमंत्री`, not `हुए मुख्यमंत्री`.
    while (words.length > 1 && functionWords.has(words[0] ?? '')) words.shift();
    phrase = words.join(' ');
    const start = floor + (match.index ?? 0) + match[1].length - phrase.length;
    return classifyPhrase(this.body, start, start + phrase.length, words, this.refs);
  }

  /**
   * The subject of a sentence (`[from, to)`, quotations excluded): the first person or organisation
   * named as a subject, skipping a leading adverbial (`Asked about …, Mr Blair told`), possessives
   * (`Mr Bush's re-election`) and names after prepositions or verbs (`met Mr X`). Hindi: the first
   * name marked with `ने` (or `का कहना`, `के मुताबिक़`), else the first name without a postposition.
   */
  sentenceSubject(from: number, to: number, hindi: boolean): Ref | null {
    const body = this.body;
    let start = from;
    const lead = body.slice(from, Math.min(to, from + 200));
    if (!hindi && EN_LEADING_ADVERBIAL.test(lead.trimStart())) {
      const comma = lead.indexOf(',');
      const named = this.between(from, from + Math.max(0, comma)).some((ref) => ref.kind === 'mention');
      if (comma >= 0 && !named) start = from + comma + 1;
    }
    const refs = this.between(start, to)
      .filter((ref) => ref.entityType !== 'PLACE')
      .filter(
        (ref, i, all) =>
          !this.isAffiliationOf(
            ref,
            all.slice(i + 1).find((r) => r.entityType === 'PERSON'),
          ),
      );
    if (hindi) {
      const marked = refs.find(
        (ref) =>
          HI_ERGATIVE_PRONOUNS.has(ref.text) ||
          /^\s*(?:ने|का\s+(?:कहना|मानना|आरोप|दावा)|के\s+(?:मुताबिक़?|अनुसार))(?![\p{L}\p{M}])/u.test(
            body.slice(ref.end, ref.end + 20),
          ),
      );
      // "एएफ़पी के अनुसार X ने कहा": the source a report goes by is not who speaks in it.
      if (marked && /^\s*के\s+(?:मुताबिक़?|अनुसार)/u.test(body.slice(marked.end, marked.end + 20))) {
        const rest = body.slice(marked.end, Math.min(body.length, to + 24));
        if (/\sने\s+(?:[^\s,।.?!]+\s+){0,3}?(?:कहा|बताया)/u.test(rest)) return null;
      }
      // "X को लगता है कि Y …": the one who thinks or feels is the subject, not a person in what follows.
      const experiencer = refs.find((ref) =>
        /^\s*को\s+(?:लगता|लगती|लगते|लगा|लगी|लगे|लग\s+रहा|लग\s+रही|महसूस|उम्मीद|भरोसा|यक़ीन|यकीन|विश्वास|पता\s+(?:है|था|थी|चला))(?![\p{L}\p{M}])/u.test(
          body.slice(ref.end, ref.end + 24),
        ),
      );
      // "पीटीआई के अनुसार X को लगता है कि …": the source a report goes by is not the one who thinks.
      if (
        marked &&
        experiencer &&
        experiencer.start > marked.end &&
        /^\s*के\s+(?:मुताबिक़?|अनुसार)/u.test(body.slice(marked.end, marked.end + 20))
      )
        return experiencer;
      if (marked) return marked;
      if (experiencer) return experiencer;
      // "X से जब इस पर राय मांगी गई, तो वह बोलीं": the person asked is the one who answers.
      const asked = refs.find(
        (ref) =>
          ref.entityType === 'PERSON' &&
          /^\s*से\s+(?:[^\s,।.?!]+\s+){0,6}?(?:पूछ|राय|सवाल|प्रतिक्रिया)/u.test(body.slice(ref.end, to)),
      );
      if (asked) return asked;
      const free = refs.filter((ref) => !HI_POSTPOSITIONS.test(body.slice(ref.end, ref.end + 12)));
      const first = free[0];
      // "उनके सबसे बड़े बेटे X उस समय …": a possessive pronoun qualifies the name that follows it.
      const owned = free[1];
      if (
        first &&
        owned?.kind === 'mention' &&
        owned.entityType === 'PERSON' &&
        /^(?:उनके|उनकी|उनका|उसके|उसकी|उसका|इनके|इनकी|इनका|इसके|इसकी|इसका)$/u.test(first.text) &&
        owned.start - first.end <= 40 &&
        !/[,।.?!]/.test(body.slice(first.end, owned.start))
      )
        return owned;
      return first ?? null;
    }
    for (const ref of refs) {
      if (this.isPossessive(ref)) continue;
      const previous = /([\p{L}]+)\W*$/u.exec(body.slice(Math.max(start, ref.start - 20), ref.start));
      if (
        previous?.[1] &&
        EN_NOT_SUBJECT_AFTER.has(previous[1].toLowerCase()) &&
        ref.form !== 'DESCRIPTION'
      ) {
        continue;
      }
      return ref;
    }
    return null;
  }
}

function phraseRef(
  body: string,
  start: number,
  end: number,
  phrase: PhraseKind,
  head: string,
  plural: boolean,
  owner: Ref | null = null,
): Ref {
  return {
    start,
    end,
    text: body.slice(start, end),
    kind: 'phrase',
    entity: null,
    entityType: null,
    form: null,
    gender: null,
    plural,
    phrase,
    head,
    owner,
  };
}

/** What a noun phrase says about a speaker, from its head word and determiner. */
function classifyPhrase(body: string, start: number, end: number, words: string[], refs: Ref[]): Ref | null {
  const lex = speechLexicon();
  let headIndex = words.length - 1;
  for (let i = 1; i < words.length; i++) {
    if (EN_PREPOSITIONS.has((words[i] ?? '').toLowerCase())) {
      headIndex = i - 1;
      break;
    }
  }
  const head = words[headIndex] ?? '';
  const lowerHead = head.toLowerCase();
  const twoWordHead = `${(words[headIndex - 1] ?? '').toLowerCase()} ${lowerHead}`;
  const determiner = (words[0] ?? '').toLowerCase();
  const indefinite = EN_INDEFINITE.has(determiner);
  const has = (set: Set<string>) => set.has(lowerHead) || set.has(head) || set.has(twoWordHead);
  if (has(lex.groupHeads)) return phraseRef(body, start, end, 'group', lowerHead, true);
  if (has(lex.documentHeads)) {
    let owner: Ref | null = null;
    if (determiner === 'his' || determiner === 'her') {
      owner = pronounRef(body, start, start + determiner.length, determiner === 'his' ? 'm' : 'f');
    } else {
      // `Khan's letter`; `the Labour manifesto`, `a BJP statement`: an organisation's document speaks for it.
      const inside = refs.filter((ref) => ref.end <= end && ref.start >= start);
      owner =
        inside.find((ref) => /^['’]s/.test(body.slice(ref.end))) ??
        inside.find((ref) => ref.kind === 'mention' && ref.entityType === 'ORGANIZATION') ??
        null;
    }
    return phraseRef(body, start, end, 'document', lowerHead, false, owner);
  }
  if (indefinite && (has(lex.unnamedHeads) || has(lex.roleHeads))) {
    return phraseRef(body, start, end, 'unnamed', lowerHead, false);
  }
  if (has(lex.roleHeads)) return phraseRef(body, start, end, 'role', head, false);
  if (has(lex.unnamedHeads)) return phraseRef(body, start, end, 'unnamed', lowerHead, false);
  if (has(lex.organizationHeads)) return phraseRef(body, start, end, 'organization', lowerHead, false);
  return null;
}

function pronounRef(body: string, start: number, end: number, gender: Gender): Ref {
  return {
    start,
    end,
    text: body.slice(start, end),
    kind: 'pronoun',
    entity: null,
    entityType: null,
    form: 'PRONOUN',
    gender,
    plural: false,
    phrase: null,
    head: null,
    owner: null,
  };
}

/**
 * Mentions (longest first where they overlap), the other occurrences of the names the entity stage
 * gave its entities (a name it did not mark next to a quotation still names the same person), and
 * pronouns, in text order.
 */
function collectRefs(doc: Doc): Ref[] {
  const body = doc.body;
  const lex = speechLexicon();
  const mentions = [...doc.mentions]
    .filter((m) => m.form !== 'PRONOUN')
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const refs: Ref[] = [];
  let coveredUntil = -1;
  for (const mention of mentions) {
    if (mention.start < coveredUntil) continue;
    coveredUntil = mention.end;
    refs.push({
      start: mention.start,
      end: mention.end,
      text: mention.text,
      kind: 'mention',
      entity: mention.entity,
      entityType: mention.type,
      form: mention.form,
      gender: null,
      plural: false,
      phrase: null,
      head: null,
      owner: null,
    });
  }
  const covered = (pos: number) => refs.some((ref) => pos >= ref.start && pos < ref.end);
  const overlaps = (start: number, end: number) => refs.some((ref) => start < ref.end && end > ref.start);
  const names = doc.entities
    .flatMap((entity, index) =>
      entity.type === 'PLACE'
        ? []
        : [entity.name, ...entity.aliases].map((name) => ({ name, index, entity })),
    )
    .filter(({ name }) => name.length >= 3)
    .sort((a, b) => b.name.length - a.name.length);
  const unmarked: Ref[] = [];
  for (const { name, index, entity } of names) {
    for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (/[\p{L}\p{M}\p{N}]/u.test(body[at - 1] ?? '') || /[\p{L}\p{M}\p{N}]/u.test(body[end] ?? ''))
        continue;
      if (overlaps(at, end) || unmarked.some((ref) => at < ref.end && end > ref.start)) continue;
      unmarked.push({
        start: at,
        end,
        text: name,
        kind: 'mention',
        entity: index,
        entityType: entity.type,
        form: 'NAME',
        gender: null,
        plural: false,
        phrase: null,
        head: null,
        owner: null,
      });
    }
  }
  refs.push(...unmarked);
  for (const match of body.matchAll(EN_PRONOUN)) {
    const start = match.index ?? 0;
    if (covered(start)) continue;
    const word = match[0].toLowerCase();
    const ref = pronounRef(
      body,
      start,
      start + match[0].length,
      word === 'he' ? 'm' : word === 'she' ? 'f' : null,
    );
    if (word === 'they') ref.plural = true;
    refs.push(ref);
  }
  const hindi = [...lex.hindiPronouns].sort((a, b) => b.length - a.length).join('|');
  for (const match of body.matchAll(
    new RegExp(`${DEVA_WORD_EDGE_BEFORE}(?:${hindi})${DEVA_WORD_EDGE_AFTER}`, 'gu'),
  )) {
    const start = match.index ?? 0;
    if (covered(start)) continue;
    refs.push(pronounRef(body, start, start + match[0].length, null));
  }
  return refs.sort((a, b) => a.start - b.start);
}
