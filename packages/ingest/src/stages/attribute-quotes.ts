/**
 * Stage `attribute-quotes`: direct quotations and reported speech with their speakers.
 *
 * 1. `find-quotes` finds the quotation pieces (marks paired, unbalanced marks skipped).
 * 2. Sentences joined by a quotation form blocks; each block is read in order so that pronouns and
 *    role phrases ("he said", "the minister added", "उन्होंने कहा") resolve to the person the
 *    preceding text is about (the speaker or subject of the previous sentences).
 * 3. A quotation takes its speaker from, in this order: a cue just before it (`X said: "…"`,
 *    `X ने कहा, "…"`, `described him as "…"`), a cue just after it (`"…," X said`, `said X`,
 *    `"…," the CBC quoted X as saying`), a cue earlier or later in its sentence, `according to X`,
 *    the subject of its sentence (partial quotes: `X praised the "spirit of cooperation"`), the
 *    previous speaker (a quotation standing alone after another speaker's sentence), or, for a short
 *    quoted heading line, the speaker of the quotation that follows it.
 * 4. Sentences with no quotation marks that report speech (`X said that …`, `X ने कहा कि …`) become
 *    INDIRECT statements (conservatively: a resolvable speaker and an explicit `that` / `कि`).
 * One-word and title-like quotations ("Guinness Book") are kept only with a cue right next to them;
 * a quotation repeated in the article (duplicated paragraphs) is kept once.
 */
import type { ArticleEntity, ArticleStatement, Doc, Mention, Span, SpeakerType, Stage } from '../domain.js';
import { canonicalRole, ranksOf } from './coreference.js';
import { afterHindiCue, findQuotes, type QuotePiece } from './find-quotes.js';
import { type Ref, SpeakerRefs } from './speaker-refs.js';
import {
  type Cue,
  type CueLanguage,
  cueLanguageOf,
  findCues,
  type Gender,
  speechLexicon,
} from './speech-cues.js';
import { splitText } from './split-text.js';

const EXTRACTOR = 'attribute-quotes';

interface Block extends Span {
  index: number;
  lang: CueLanguage;
  pieces: QuotePiece[];
  /** Narration stretches (the block minus its quotations). */
  narration: Span[];
  /** The block is one line of its own (a heading or a one-line paragraph). */
  ownLine: boolean;
}

/** A speaker as resolved: an entity (or none) and its type. */
interface Speaker {
  entity: number | null;
  type: SpeakerType;
  ref: Ref;
  /** How sure the resolution is (0..1), before the rule's own confidence. */
  confidence: number;
}

interface Attribution {
  ref: Ref | null;
  cue: Cue | null;
  rule: string;
  confidence: number;
  /** The cue stands right next to the quotation. */
  adjacent: boolean;
}

/** Sentence-final punctuation: a cue further away than this is not "next to" the quote. */
const SENTENCE_STOP = /[.?!।]/;
/** Offices (as `canonicalRole` names them) that one person holds at a time in a place. */
const SOLE_OFFICES = new Set(['pm', 'cm', 'chancellor', 'mayor', 'governor']);

export const attributeQuotes: Stage = (doc: Doc): Doc => {
  if (!doc.body) return { ...doc, statements: [] };
  const sentences = doc.sentences.length > 0 ? doc.sentences : splitText(doc).sentences;
  const pieces = findQuotes(doc.body).filter((piece) => !piece.nested);
  const attributor = new Attributor(doc, sentences, pieces);
  return attributor.run();
};

class Attributor {
  private readonly body: string;
  private readonly refs: SpeakerRefs;
  private readonly blocks: Block[];
  private readonly genders: Map<number, Gender>;
  /** Per block: who it is about (speaker of its last quotation, or subject of its cue or sentence). */
  private readonly focus: (Speaker | null)[] = [];
  /** Per block: persons named in its narration, in order. */
  private readonly persons: number[][] = [];
  private readonly pronounMentions: Mention[] = [];
  /** Organisations found speaking through their seat (`Downing Street said`), by name, and their entities. */
  private readonly offices = new Map<string, number>();
  private readonly officeEntities: ArticleEntity[] = [];
  /** The person last quoted, and in which block. */
  private lastQuoted: { speaker: Speaker; block: number } | null = null;
  /** Where the last quotation closed, and who said it. */
  private lastChain: { end: number; speaker: Speaker | null } | null = null;

  constructor(
    private readonly doc: Doc,
    sentences: readonly Span[],
    private readonly pieces: QuotePiece[],
  ) {
    this.body = doc.body;
    const outers = pieces.map((piece) => piece.outer).sort((a, b) => a.start - b.start);
    this.refs = new SpeakerRefs(doc, (pos) => outers.some((outer) => pos >= outer.start && pos < outer.end));
    this.blocks = buildBlocks(this.body, sentences, pieces);
    this.genders = entityGenders(doc);
  }

  run(): Doc {
    const byChain = new Map<number, QuotePiece[]>();
    for (const piece of this.pieces) {
      const list = byChain.get(piece.chain) ?? [];
      list.push(piece);
      byChain.set(piece.chain, list);
    }
    const chainsByBlock = new Map<number, QuotePiece[][]>();
    for (const chain of byChain.values()) {
      chain.sort((a, b) => a.outer.start - b.outer.start);
      const first = chain[0];
      if (!first) continue;
      const block = this.blockAt(first.outer.start);
      if (!block) continue;
      const list = chainsByBlock.get(block.index) ?? [];
      list.push(chain);
      chainsByBlock.set(block.index, list);
    }

    const statements: ArticleStatement[] = [];
    const headings: { chain: QuotePiece[]; block: Block }[] = [];
    for (const block of this.blocks) {
      this.persons[block.index] = this.refs
        .between(block.start, block.end)
        .filter((ref) => ref.kind === 'mention' && ref.entityType === 'PERSON' && ref.entity !== null)
        .map((ref) => ref.entity as number);
      let last: Speaker | null = null;
      for (const chain of chainsByBlock.get(block.index) ?? []) {
        if (this.isHeading(block, chain)) {
          headings.push({ chain, block });
          continue;
        }
        let attribution = this.attributeChain(chain, block);
        const first = chain[0] as QuotePiece;
        // `"… आए." "आवारा के …"`: a quotation that opens right where the last one closed, with nothing
        // said about it, goes on with the same speaker.
        const carried =
          attribution.rule === 'unattributed' &&
          this.lastChain?.speaker &&
          /^\s*$/.test(this.body.slice(this.lastChain.end, first.outer.start)) &&
          wordCount(this.body.slice(first.text.start, first.text.end)) >= 4
            ? this.lastChain.speaker
            : null;
        if (carried) attribution = { ...attribution, rule: 'continuation', confidence: 0.75 };
        if (this.isHindiTerm(chain, block, attribution) || this.isUnsaidPhrase(chain, attribution)) continue;
        // "वो कहती हैं": a Hindi pronoun has no gender; the verb of saying gives it one.
        const ref =
          attribution.ref?.kind === 'pronoun' && attribution.ref.gender === null && attribution.cue
            ? { ...attribution.ref, gender: attribution.cue.gender, speaking: true }
            : attribution.ref;
        let speaker =
          carried ?? this.continuingSpeaker(attribution, block) ?? (ref ? this.resolve(ref, block) : null);
        // `"…," the charity's director added`: an office the article gave nobody, with a verb that
        // continues speech, is the person quoted just before.
        if (
          speaker?.entity === null &&
          ref?.kind === 'phrase' &&
          ref.phrase === 'role' &&
          !speechLexicon().anonymousHeads.has((ref.head ?? '').toLowerCase())
        )
          speaker =
            this.continuingSpeaker(
              { ...attribution, ref: { ...ref, kind: 'pronoun', plural: false } },
              block,
            ) ?? speaker;
        if (speaker?.entity !== null && speaker !== null) last = speaker;
        if (speaker?.type === 'PERSON' && speaker.entity !== null)
          this.lastQuoted = { speaker, block: block.index };
        statements.push(...this.statementsOf(chain, attribution, speaker));
        this.lastChain = {
          end: (chain[chain.length - 1] as QuotePiece).outer.end,
          speaker: speaker?.entity !== null ? speaker : null,
        };
      }
      if (block.pieces.length === 0) statements.push(...this.indirectSpeech(block));
      this.focus[block.index] = last ?? this.blockFocus(block);
    }
    for (const { chain, block } of headings) {
      const next = statements.find(
        (s) => s.span.start > block.end && s.kind === 'DIRECT' && s.speaker !== null,
      );
      const attribution: Attribution = {
        ref: null,
        cue: null,
        rule: 'heading',
        confidence: 0.6,
        adjacent: false,
      };
      const speaker: Speaker | null =
        next && next.speaker !== null && next.speakerSpan
          ? {
              entity: next.speaker,
              type: next.speakerType,
              ref: this.refAt(next.speakerSpan, next.speakerText ?? ''),
              confidence: 1,
            }
          : null;
      statements.push(...this.statementsOf(chain, attribution, speaker));
    }
    statements.sort((a, b) => a.span.start - b.span.start);
    const mentions = this.pronounMentions.length
      ? [...this.doc.mentions, ...this.pronounMentions].sort((a, b) => a.start - b.start || a.end - b.end)
      : this.doc.mentions;
    const entities = this.officeEntities.length
      ? [...this.doc.entities, ...this.officeEntities]
      : this.doc.entities;
    return { ...this.doc, statements: dedupe(statements), mentions, entities };
  }

  private refAt(span: Span, text: string): Ref {
    return {
      ...span,
      text,
      kind: 'mention',
      entity: null,
      entityType: null,
      form: null,
      gender: null,
      plural: false,
      phrase: null,
      head: null,
      owner: null,
    };
  }

  private blockAt(pos: number): Block | undefined {
    return this.blocks.find((block) => pos >= block.start && pos < block.end);
  }

  /** A short quotation alone on its line without final punctuation: a heading about what follows. */
  private isHeading(block: Block, chain: QuotePiece[]): boolean {
    if (!block.ownLine || chain.length !== 1 || !isQuoteOnly(this.body, block)) return false;
    const piece = chain[0];
    if (!piece) return false;
    const text = this.body.slice(piece.text.start, piece.text.end);
    return !/[.?!।]$/.test(text) && wordCount(text) <= 15;
  }

  private readonly allCues = new Map<CueLanguage, Cue[]>();

  /** The cues inside `[from, to)` (found once per language over the whole body). */
  private cuesIn(from: number, to: number, lang: CueLanguage): Cue[] {
    if (to <= from) return [];
    let cues = this.allCues.get(lang);
    if (!cues) {
      cues = findCues(this.body, 0, this.body.length, lang);
      this.allCues.set(lang, cues);
    }
    return cues.filter((cue) => cue.start >= from && cue.end <= to);
  }

  /** Who said a chain of quotation pieces. */
  private attributeChain(chain: QuotePiece[], block: Block): Attribution {
    const first = chain[0] as QuotePiece;
    const lang = block.lang;
    const previousEnd = Math.max(
      block.start,
      ...block.pieces.filter((p) => p.outer.end <= first.outer.start).map((p) => p.outer.end),
    );
    // 1. A cue right before the quotation: `X said: "`, `X ने कहा, "`, `described him as "`.
    const leftCues = this.cuesIn(previousEnd, first.outer.start, lang);
    const lastLeft = leftCues[leftCues.length - 1];
    if (lastLeft && this.isRightBefore(lastLeft, first.outer.start)) {
      const ref = this.subjectOfCue(lastLeft, block, first.outer.start);
      // Only `said: "…"`, `said, "…"`, `कहा - "…"` make a one-word quotation a statement.
      const gap = this.body.slice(lastLeft.end, first.outer.start);
      // `told "The Hindu"`, `asked "Aaj Tak"`: with no comma or colon the quotation is the addressee.
      const addressee = ADDRESSEE_LEMMAS.has(lastLeft.lemma) && /^\s*$/.test(gap);
      const adjacent = !addressee && /^[\s,:;—–-]*(?:कि[\s,]*)?$/u.test(gap);
      if (ref) return { ref, cue: lastLeft, rule: 'cue-before', confidence: 0.9, adjacent };
    }
    // 2. A cue right after a piece: `"…," X said`, `"…," said X`, `"…": X`. A piece in a later
    // paragraph (`"A.⏎⏎"B," X said`) is read in its own block.
    for (const piece of chain) {
      const found = this.cueRightAfter(piece, this.blockAt(piece.outer.start) ?? block);
      if (found) return found;
    }
    // 3. A cue earlier in the sentence: `X said the plan would give "hundreds of millions"`.
    const allLeft = this.cuesIn(block.start, first.outer.start, lang).filter((cue) =>
      this.inNarration(cue, block),
    );
    for (let i = allLeft.length - 1; i >= 0; i--) {
      const cue = allLeft[i] as Cue;
      // "एएफ़पी के अनुसार X ने कहा, “…”": the source a report goes by is not who speaks in it, when a
      // verb of saying with its own subject follows.
      if (
        cue.lang === 'hi' &&
        cue.form === 'according' &&
        allLeft.slice(i + 1).some((c) => c.form === 'finite')
      )
        continue;
      const ref = this.subjectOfCue(cue, block, first.outer.start);
      if (ref) return { ref, cue, rule: 'cue-before', confidence: 0.8, adjacent: false };
    }
    // 4. A cue later in the sentence: `… "pressing political challenge" of the day, Mr Blair warned.`
    for (const piece of chain) {
      const found = this.cueLaterInSentence(piece, block);
      if (found) return found;
    }
    // 5. The subject of the sentence: `X praised the "spirit of cooperation"`.
    if (!isQuoteOnly(this.body, block)) {
      const subject = this.refs.sentenceSubject(block.start, first.outer.start, lang === 'hi');
      if (subject) return { ref: subject, cue: null, rule: 'subject', confidence: 0.6, adjacent: false };
      return { ref: null, cue: null, rule: 'unattributed', confidence: 0.2, adjacent: false };
    }
    // 6. A quotation standing alone continues the speaker the previous sentence was about.
    const previous = this.focus[block.index - 1];
    if (previous)
      return { ref: previous.ref, cue: null, rule: 'continuation', confidence: 0.75, adjacent: false };
    return { ref: null, cue: null, rule: 'unattributed', confidence: 0.2, adjacent: false };
  }

  private inNarration(span: Span, block: Block): boolean {
    return block.narration.some((n) => span.start >= n.start && span.end <= n.end);
  }

  /**
   * `'इंडियन एक्सप्रेस' में लेख लिखा`, `'अच्छे दिन' का वादा`: a short Hindi quotation followed by a
   * postposition is a noun phrase of the sentence (a newspaper, a slogan, a term), not something said,
   * unless a speech cue stands right next to it (`कहा कि 'देश बदलेगा' और …`).
   */
  private isHindiTerm(chain: QuotePiece[], block: Block, attribution: Attribution): boolean {
    if (block.lang !== 'hi' || chain.length !== 1) return false;
    const piece = chain[0] as QuotePiece;
    const text = this.body.slice(piece.text.start, piece.text.end);
    if (wordCount(text) > 10 || /[।.?!]$/.test(text)) return false;
    // "फ़िल्म 'जब तक है जान'", "किताब 'द कपूर्स'": the title of a work named right before it, whatever
    // verb of saying follows ("फ़िल्म 'आग' में काम … तो उनकी माँ ने ज़ोर दिया").
    if (HINDI_TITLE_BEFORE.test(this.body.slice(Math.max(0, piece.outer.start - 24), piece.outer.start)))
      return true;
    // "'यू वी कैन' नाम की संस्था", "'इनोला गे' नामक विमान", "'व्हिसल ब्लोअर' (…)", "'X' यानी …": a name or a
    // term the text goes on to gloss.
    if (
      wordCount(text) <= 6 &&
      HINDI_NAMING_AFTER.test(this.body.slice(piece.outer.end, piece.outer.end + 12))
    )
      return true;
    if (attribution.adjacent) return false;
    // "फ़िल्में की हैं जैसे 'अंगूर', 'मंज़िल' और 'X'": with no verb of saying, an item of a list of quoted
    // names or an example ("ने कहा कि हमास ने 'A' और 'B'" stays speech).
    if (
      attribution.cue === null &&
      wordCount(text) <= 6 &&
      (HINDI_LIST_BEFORE.test(this.body.slice(Math.max(0, piece.outer.start - 16), piece.outer.start)) ||
        HINDI_LIST_AFTER.test(this.body.slice(piece.outer.end, piece.outer.end + 16)))
    )
      return true;
    if (wordCount(text) > 5) return false;
    return HINDI_POSTPOSITION_AFTER.test(this.body.slice(piece.outer.end, piece.outer.end + 12));
  }

  /**
   * `Labour's campaign, dubbed "Britain forward not back", was launched`: a short quoted phrase in a
   * sentence that names nobody who said it is a slogan, a title or a term. A statement always has a
   * speaker, even an unnamed one (`a spokesman said`), so nothing is lost by leaving it out.
   */
  private isUnsaidPhrase(chain: QuotePiece[], attribution: Attribution): boolean {
    if (attribution.rule !== 'unattributed' || chain.length !== 1) return false;
    const piece = chain[0] as QuotePiece;
    const text = this.body.slice(piece.text.start, piece.text.end);
    if (wordCount(text) > 8 || /[.?!।]/.test(text)) return false;
    // `"There is no question of it," Number 10 said`: a quotation closed by a comma and followed by a
    // verb of saying is speech, even when the speaker is no entity.
    const after = this.body.slice(piece.outer.end, piece.outer.end + 50);
    const cue = this.cuesIn(piece.outer.end, piece.outer.end + 50, 'en').find(
      (c) => c.after && c.form === 'finite',
    );
    const spoken =
      /,\s*$/.test(this.body.slice(piece.text.start, piece.outer.end).replace(/[”"’']$/u, '')) &&
      !!cue &&
      /^\s+(?:[\p{L}\d.'’-]+\s+){1,5}$/u.test(after.slice(0, cue.start - piece.outer.end));
    return !spoken;
  }

  /** The cue ends within a few words of the quotation, in the same clause. */
  private isRightBefore(cue: Cue, quoteStart: number): boolean {
    const gap = this.body.slice(cue.end, quoteStart);
    return gap.length <= 70 && !SENTENCE_STOP.test(gap.replace(/\b(?:Mr|Ms|Mrs|Dr|St|No)\./g, ''));
  }

  /** The speaker reference a cue points to. */
  private subjectOfCue(cue: Cue, block: Block, quoteStart: number): Ref | null {
    if (cue.lang === 'hi') {
      return (
        this.refs.hindiSubjectOf(cue, block.start) ?? this.refs.sentenceSubject(block.start, cue.start, true)
      );
    }
    if (cue.form === 'according') return this.refs.englishAccordingTo(cue, quoteStart);
    if (cue.lemma === 'quote') return this.quotedAsSaying(cue, quoteStart);
    if (cue.form === 'participle') {
      // `…, saying: "…"`: the speaker is the subject of the clause the participle hangs on.
      const earlier = this.cuesIn(block.start, cue.start, 'en').filter(
        (c) => c.form === 'finite' && this.inNarration(c, block),
      );
      for (let i = earlier.length - 1; i >= 0; i--) {
        const ref = this.refs.englishSubjectBefore(earlier[i] as Cue, block.start);
        if (ref) return ref;
      }
      return this.refs.sentenceSubject(block.start, cue.start, false);
    }
    const direct = this.refs.englishSubjectBefore(cue, block.start);
    if (direct) return direct;
    // `… and said: "…"`, `… but said ministers had been "playing catch-up"`.
    const gapBefore = this.body.slice(Math.max(block.start, cue.start - 12), cue.start);
    if (/(?:\band|\bbut|,)\s+(?:\p{Ll}+\s+)?$/u.test(gapBefore)) {
      return this.refs.sentenceSubject(block.start, cue.start, false);
    }
    return null;
  }

  /** `the CBC News quoted Trudeau as saying`. */
  private quotedAsSaying(cue: Cue, ceiling: number): Ref | null {
    const after = this.body.slice(cue.end, ceiling);
    const match = /^\s+(.{1,80}?)\s+as\s+(?:saying|telling|stating)\b/u.exec(after);
    if (!match?.[1]) return null;
    const start = cue.end + after.indexOf(match[1]);
    return this.refs.between(start, start + match[1].length)[0] ?? null;
  }

  /** A cue right after a quotation piece: `"…," X said`, `"…," said X`, `"…", उन्होंने कहा`, `"…": X`. */
  private cueRightAfter(piece: QuotePiece, block: Block): Attribution | null {
    let end = this.narrationEndAfter(piece, block);
    // `"Why is he afraid?" Tiwari asked.`: the sentence splitter ends the sentence at `?"`.
    const next = this.blocks[block.index + 1];
    // Hindi puts the speaker after a whole quoted sentence: `"…है।" मंत्री ने कहा।`.
    const hindiLead =
      block.lang === 'hi' &&
      /^\s*$/.test(this.body.slice(block.start, piece.outer.start)) &&
      /[।.]$/.test(this.body.slice(piece.text.start, piece.text.end));
    if (
      /^\s*$/.test(this.body.slice(piece.outer.end, end)) &&
      (hindiLead || /[?!]$/.test(this.body.slice(piece.text.start, piece.text.end))) &&
      next &&
      next.pieces.length === 0 &&
      !this.body.slice(piece.outer.end, next.start).includes('\n')
    ) {
      end = next.end;
    }
    const from = piece.outer.end;
    const text = this.body.slice(from, end);
    // Headline and tweet style: `"…": Rahul Gandhi`, `"…" — Mamata Banerjee`.
    const colon = /^\s*(?::|[—–]|--?)\s*/.exec(text);
    if (colon) {
      // `"…" — Congress leader X`: the party names the person's role, the person is the speaker.
      const refs = this.refs.between(from, end);
      const first = refs[0];
      const ref = this.refs.skipAffiliation(refs);
      if (
        first &&
        ref &&
        first.start === from + colon[0].length &&
        ref.kind === 'mention' &&
        ref.entityType !== 'PLACE'
      ) {
        return { ref, cue: null, rule: 'cue-after', confidence: 0.7, adjacent: true };
      }
    }
    const cues = this.cuesIn(from, end, block.lang);
    for (const cue of cues) {
      const gap = this.body.slice(from, cue.start);
      if (gap.length > 90 || SENTENCE_STOP.test(gap.replace(/\b(?:Mr|Ms|Mrs|Dr|St)\./g, ''))) break;
      if (block.lang === 'hi') {
        // `"…" यह कहना है कांग्रेस नेता X का`: the speaker follows the noun cue.
        const ref =
          this.refs.hindiSubjectOf(cue, from) ??
          (cue.form === 'noun' ? this.refs.hindiGenitiveAfter(cue, end) : null);
        if (ref) return { ref, cue, rule: 'cue-after', confidence: 0.9, adjacent: true };
        continue;
      }
      if (cue.lemma === 'quote') {
        const ref = this.quotedAsSaying(cue, end);
        if (ref) return { ref, cue, rule: 'cue-after', confidence: 0.85, adjacent: true };
        continue;
      }
      if (cue.form === 'according' && /^[\s,—–-]*$/.test(gap)) {
        // `"…," according to a statement from the party.`
        const ref = this.refs.englishAccordingTo(cue, end);
        if (ref) return { ref, cue, rule: 'cue-after', confidence: 0.8, adjacent: true };
        continue;
      }
      if (!cue.after || cue.form !== 'finite') continue;
      const before = this.refs.englishSubjectBefore(cue, from);
      if (before) return { ref: before, cue, rule: 'cue-after', confidence: 0.9, adjacent: true };
      if (/^[\s,—–-]*$/.test(gap)) {
        const after = this.refs.englishSubjectAfter(cue, end);
        if (after) return { ref: after, cue, rule: 'cue-after', confidence: 0.9, adjacent: true };
      }
    }
    return null;
  }

  /** `…, Mr Blair warned.` at the end of the sentence holding the quotation. */
  private cueLaterInSentence(piece: QuotePiece, block: Block): Attribution | null {
    const from = piece.outer.end;
    const end = block.end;
    const cues = this.cuesIn(from, end, block.lang).filter(
      (cue) => this.inNarration(cue, block) && cue.after,
    );
    for (const cue of cues) {
      const clauseStart = Math.max(from, this.body.lastIndexOf(',', cue.start) + 1);
      if (block.lang === 'hi') {
        const ref = this.refs.hindiSubjectOf(cue, clauseStart);
        if (ref) return { ref, cue, rule: 'cue-after', confidence: 0.75, adjacent: false };
        continue;
      }
      if (cue.form !== 'finite') continue;
      const ref = this.refs.englishSubjectBefore(cue, clauseStart);
      if (ref) return { ref, cue, rule: 'cue-after', confidence: 0.75, adjacent: false };
    }
    return null;
  }

  /** Where the narration after a piece stops: the next quotation of the block or the block end. */
  private narrationEndAfter(piece: QuotePiece, block: Block): number {
    const next = block.pieces.find((p) => p.outer.start >= piece.outer.end);
    return next ? next.outer.start : block.end;
  }

  /**
   * `"…," he added.` / `She went on: "…"`: a pronoun with a verb that continues speech is the person
   * quoted just before (within two paragraphs), even when a sentence naming someone else came between
   * (`The pledge came as Chancellor X prepared his budget.`). Gender must not disagree.
   */
  private continuingSpeaker(attribution: Attribution, block: Block): Speaker | null {
    const ref = attribution.ref;
    const lemma = attribution.cue?.lemma ?? '';
    if (!ref || ref.kind !== 'pronoun' || ref.plural || !CONTINUING_LEMMAS.has(lemma)) return null;
    const last = this.lastQuoted;
    if (!last || last.speaker.entity === null || block.index - last.block > 3) return null;
    const known = this.genders.get(last.speaker.entity) ?? null;
    if (ref.gender !== null && known !== null && known !== ref.gender) return null;
    // `Mr Kennedy said the plan was wrong. "…," he added.`: someone reported speaking in between
    // is the one who adds.
    for (let i = last.block + 1; i < block.index; i++) {
      const between = this.blocks[i];
      if (
        between &&
        this.cuesIn(between.start, between.end, between.lang).some((c) => c.form !== 'participle')
      )
        return null;
    }
    this.addPronounMention(ref, last.speaker.entity);
    return { entity: last.speaker.entity, type: 'PERSON', ref, confidence: 0.8 };
  }

  /**
   * `X said in a statement, "…" … "…," the statement said`: the person the article said issued the
   * document, named right before `said in a statement` (within the last 1,500 characters).
   */
  private authorOf(ref: Ref): number | null {
    const head = (ref.head ?? '').toLowerCase();
    if (!/^[a-z]+$/.test(head)) return null;
    const from = Math.max(0, ref.start - 1500);
    const before = this.body.slice(from, ref.start);
    const issued = new RegExp(
      `\\b(?:said|stated|wrote|added|announced)\\s+(?:on\\s+\\w+\\s+)?in\\s+(?:a|an|his|her|their)\\s+(?:[\\w-]+\\s+){0,2}${head}\\b`,
      'gi',
    );
    const last = [...before.matchAll(issued)].pop();
    if (!last) return null;
    const at = from + last.index;
    const person = this.refs
      .between(Math.max(0, at - 120), at)
      .filter((r) => r.kind === 'mention' && r.entityType === 'PERSON' && r.entity !== null)
      .pop();
    if (!person || !/^\s*(?:,[^,]{1,80},\s*)?$/.test(this.body.slice(person.end, at))) return null;
    return person.entity;
  }

  /** Who a block is about when it has no quotation: its cue's subject, else its subject. */
  private blockFocus(block: Block): Speaker | null {
    const cues = block.narration.flatMap((n) => this.cuesIn(n.start, n.end, block.lang));
    for (const cue of cues) {
      // `X का मानना है कि …`, `X के मुताबिक़ …` are about X as much as `X ने कहा कि …`.
      if (cue.form === 'participle' || (cue.form !== 'finite' && cue.lang !== 'hi')) continue;
      const ref =
        cue.lang === 'hi'
          ? this.refs.hindiSubjectOf(cue, block.start)
          : this.refs.englishSubjectBefore(cue, block.start);
      const speaker = ref ? this.resolve(ref, block) : null;
      if (speaker && (speaker.entity !== null || speaker.type === 'UNNAMED')) return speaker;
    }
    const subject =
      this.refs.sentenceSubject(block.start, block.end, block.lang === 'hi') ??
      (block.lang === 'hi' ? this.refs.hindiErgativePhrase(block.start, block.end) : null);
    const speaker = subject ? this.resolve(subject, block) : null;
    return speaker && (speaker.entity !== null || speaker.type === 'UNNAMED') ? speaker : null;
  }

  /** Resolves a reference to a speaker (entity and type). */
  private resolve(ref: Ref, block: Block): Speaker | null {
    if (ref.kind === 'mention') {
      if (ref.entityType === 'PERSON' && ref.form === 'DESCRIPTION') {
        return { entity: this.descriptionHolder(ref, block), type: 'PERSON', ref, confidence: 0.8 };
      }
      if (ref.entityType === 'PERSON') return { entity: ref.entity, type: 'PERSON', ref, confidence: 1 };
      if (ref.entityType === 'ORGANIZATION')
        return { entity: ref.entity, type: 'ORGANIZATION', ref, confidence: 1 };
      if (ref.entity === null) return null;
      // `Downing Street said`, `the White House said`: a seat of government speaks for the office in it.
      if (ref.entityType === 'PLACE' && this.doc.entities[ref.entity]?.placeKind === 'VENUE') {
        return { entity: this.officeAt(ref), type: 'ORGANIZATION', ref, confidence: 0.7 };
      }
      return { entity: null, type: 'GROUP', ref, confidence: 0.6 };
    }
    if (ref.kind === 'pronoun') {
      if (ref.plural) return { entity: null, type: 'GROUP', ref, confidence: 0.5 };
      const entity = this.antecedent(ref, block, ref.gender);
      if (entity === null) return null;
      this.addPronounMention(ref, entity);
      return { entity, type: 'PERSON', ref, confidence: 0.8 };
    }
    switch (ref.phrase) {
      case 'unnamed':
        return { entity: null, type: 'UNNAMED', ref, confidence: 0.8 };
      case 'group':
        return { entity: null, type: 'GROUP', ref, confidence: 0.7 };
      case 'organization': {
        const entity = this.organizationFor(ref);
        return { entity, type: 'ORGANIZATION', ref, confidence: entity === null ? 0.5 : 0.7 };
      }
      case 'document': {
        if (ref.owner) {
          const owner = this.resolve(ref.owner, block);
          if (owner && owner.entity !== null) return { ...owner, ref, confidence: 0.7 };
        }
        const author = this.authorOf(ref);
        if (author !== null) return { entity: author, type: 'PERSON', ref, confidence: 0.6 };
        return { entity: null, type: 'UNNAMED', ref, confidence: 0.5 };
      }
      case 'role': {
        const entity = this.roleHolder(ref, block);
        if (entity !== null) return { entity, type: 'PERSON', ref, confidence: 0.7 };
        // `the spokesman`, `प्रवक्ता` naming nobody the article introduced: an unnamed speaker.
        if (speechLexicon().anonymousHeads.has((ref.head ?? '').toLowerCase())) {
          return { entity: null, type: 'UNNAMED', ref, confidence: 0.6 };
        }
        const lede = this.ledeHolder(ref, block);
        if (lede !== null) return { entity: lede, type: 'PERSON', ref, confidence: 0.6 };
        // `the chancellor`, `the prime minister` may stand for the person the text is about;
        // `the French president`, `चीनी प्रधानमंत्री` (a qualified role) may not.
        // A role qualified only by a party (`the Lib Dem leader`, `the RJD leader`) is like a bare one.
        const fallback =
          isBareRole(ref.text) || isBareRole(this.withoutOrganizations(ref))
            ? this.antecedent(ref, block, null)
            : null;
        // "The Prime Minister Tony Blair … The mayor accused": nobody the text gives another office.
        if (fallback === null || this.holdsOtherOffice(fallback, ref))
          return { entity: null, type: 'UNNAMED', ref, confidence: 0.4 };
        return { entity: fallback, type: 'PERSON', ref, confidence: 0.5 };
      }
      default:
        return null;
    }
  }

  /**
   * Whether the article gives the person offices, none of them the one `ref` names: the office under
   * another rank, or another office where one of the two is held by one person only (a prime minister
   * is no mayor; any minister may be "the minister").
   */
  private holdsOtherOffice(entity: number, ref: Ref): boolean {
    const role = canonicalRole(ref.text);
    const e = this.doc.entities[entity];
    if (!role || !e) return false;
    const forms = [...e.titles, ...e.descriptions, ...e.aliases];
    // "Deputy Prime Minister X" is not "the prime minister", nor "Shadow chancellor X" "the chancellor".
    const written = ranksOf(ref.text, role);
    const heldRanks = ranksOf(forms.join(' ; '), role);
    if (heldRanks.size > 0 && ![...(written.size > 0 ? written : ['plain'])].some((r) => heldRanks.has(r)))
      return true;
    const held = forms.map(canonicalRole).filter((r) => r !== null);
    if (held.length === 0 || held.includes(role)) return false;
    return SOLE_OFFICES.has(role) || held.some((r) => SOLE_OFFICES.has(r));
  }

  /**
   * The person a role description the entity stages linked (`the home secretary` -> someone) stands
   * for: the link, unless the article gives exactly that office to someone else and not to the linked
   * person (the link may have gone to the shadow home secretary named last).
   */
  private descriptionHolder(ref: Ref, block: Block): number | null {
    const words = ref.text.split(/\s+/);
    const role: Ref = { ...ref, kind: 'phrase', phrase: 'role', head: words[words.length - 1] ?? null };
    // Not from the descriptions: they hold what the entity stages linked, the link being checked.
    const holder = this.roleHolder(role, block, false);
    return holder ?? this.ledeHolder(ref, block) ?? ref.entity;
  }

  /**
   * `Scotland's justice minister has warned … ⏎ Cathy Jamieson said …`: a news lede names the office
   * first and the person in the next sentence. Only for a description no person name comes before.
   */
  private ledeHolder(ref: Ref, block: Block): number | null {
    // A name in the headline does not count: the lede restates it by office.
    const namedBefore = this.doc.mentions.some(
      (m) =>
        m.type === 'PERSON' &&
        m.form !== 'DESCRIPTION' &&
        m.form !== 'PRONOUN' &&
        m.start < ref.start &&
        !this.isHeadline(m.start),
    );
    if (namedBefore || block.lang !== 'en') return null;
    for (const next of this.blocks.slice(block.index + 1, block.index + 3)) {
      const subject = this.refs.sentenceSubject(next.start, next.end, false);
      if (subject?.entityType === 'PERSON' && subject.form !== 'DESCRIPTION' && subject.entity !== null) {
        return this.holdsNoOtherOffice(subject.entity, ref) ? subject.entity : null;
      }
    }
    return null;
  }

  /**
   * The person holds no office in the article other than the role: no role word outside the role's in
   * their titles or in the words of their aliases (`Tory leader X` is no prime minister).
   */
  private holdsNoOtherOffice(entity: number, role: Ref): boolean {
    const person = this.doc.entities[entity];
    if (!person) return false;
    const roleHeads = speechLexicon().roleHeads;
    const roleWords = new Set(role.text.toLowerCase().split(/\s+/));
    const words = [...person.titles, ...person.aliases].join(' ').split(/\s+/);
    return words.every((word) => {
      const lower = word.toLowerCase();
      return !(roleHeads.has(word) || roleHeads.has(lower)) || roleWords.has(lower);
    });
  }

  /** Whether `pos` is in a first line with no final punctuation (a headline). */
  private isHeadline(pos: number): boolean {
    const first = this.body.indexOf('\n');
    return first > 0 && pos < first && !/[.?!।]\s*$/.test(this.body.slice(0, first));
  }

  /**
   * The organisation a speaking venue stands for, named like it: one entity per venue in the article,
   * with an organisation mention at the reference (the place mention stays).
   */
  private officeAt(ref: Ref): number {
    const venue = this.doc.entities[ref.entity ?? -1];
    const name = venue?.name ?? ref.text;
    let index = this.offices.get(name);
    if (index === undefined) {
      index = this.doc.entities.length + this.officeEntities.length;
      this.officeEntities.push({
        type: 'ORGANIZATION',
        name,
        aliases: [ref.text],
        descriptions: [],
        titles: [],
        confidence: 0.6,
      });
      this.offices.set(name, index);
    }
    if (!this.pronounMentions.some((m) => m.start === ref.start && m.type === 'ORGANIZATION')) {
      this.pronounMentions.push({
        start: ref.start,
        end: ref.end,
        text: ref.text,
        type: 'ORGANIZATION',
        entity: index,
        form: 'NAME',
        extractor: `${EXTRACTOR}:speaking-venue`,
        confidence: 0.6,
      });
    }
    return index;
  }

  private addPronounMention(ref: Ref, entity: number): void {
    if (this.pronounMentions.some((m) => m.start === ref.start)) return;
    this.pronounMentions.push({
      start: ref.start,
      end: ref.end,
      text: ref.text,
      type: 'PERSON',
      entity,
      form: 'PRONOUN',
      extractor: `${EXTRACTOR}:pronoun`,
      confidence: 0.7,
    });
  }

  /**
   * The person a pronoun (or an unmatched role phrase) refers to: the subject of its own sentence
   * when that comes first, else the person the nearest preceding sentence is about; gender must agree
   * when both are known.
   */
  private antecedent(ref: Ref, block: Block, gender: Gender): number | null {
    const compatible = (entity: number) => {
      const known = this.genders.get(entity) ?? null;
      return gender === null || known === null || known === gender;
    };
    // `Mr Blair, he added, "has broken that promise"`: a pronoun set off by commas inside the sentence
    // is its speaker, and the name before it is what the quotation is about.
    const parenthetical = block.lang === 'en' && /,\s*$/.test(this.body.slice(block.start, ref.start));
    const subject = parenthetical
      ? null
      : this.refs.sentenceSubject(block.start, ref.start, block.lang === 'hi');
    if (
      subject &&
      subject.kind === 'mention' &&
      subject.entityType === 'PERSON' &&
      subject.entity !== null &&
      compatible(subject.entity)
    ) {
      return subject.entity;
    }
    // "बीबीसी ने प्रिंसिपल X से बात की तो उनका कहना था": the one person the sentence introduces before
    // the pronoun, when its subject is nobody the pronoun could mean.
    if (block.lang === 'hi' && ref.kind === 'pronoun') {
      const named = new Set(
        this.refs
          .between(block.start, ref.start)
          .filter((r) => r.kind === 'mention' && r.entityType === 'PERSON' && r.entity !== null)
          .map((r) => r.entity as number),
      );
      const [only] = named;
      if (
        named.size === 1 &&
        only !== undefined &&
        compatible(only) &&
        this.introducedBetween(only, block.start, ref.start)
      )
        return only;
    }
    for (let i = block.index - 1; i >= 0 && i >= block.index - 10; i--) {
      const focus = this.focus[i];
      if (focus && focus.entity !== null && focus.type === 'PERSON' && compatible(focus.entity))
        return focus.entity;
      // "प्रोफ़ेसर X की राय भी कुछ इसी तरह की है. उनका कहना है": a sentence without a subject the text
      // can tell, naming one person only, is about that person.
      if (block.lang === 'hi' && !focus) {
        const named = new Set(this.persons[i] ?? []);
        const [only] = named;
        if (named.size === 1 && only !== undefined && compatible(only) && this.introducedIn(only, i))
          return only;
      }
      // The sentence before is about someone the article does not name (`the Chinese premier said`);
      // a document (`The report was welcomed by X`) is nobody a pronoun could stand for.
      if (focus && focus.entity === null && focus.type === 'UNNAMED' && focus.ref.phrase !== 'document')
        return null;
      if (gender !== null) {
        const persons = [...(this.persons[i] ?? [])].reverse();
        const match = persons.find((entity) => this.genders.get(entity) === gender);
        if (match !== undefined) return match;
      }
    }
    // "दीप्ति की पहचान … रही है. … वो कहती हैं": in Hindi, the subject pronoun of a verb of saying is
    // the one person (of the verb's gender, or of none known) named in the three sentences before.
    if (block.lang === 'hi' && (gender !== null || ref.speaking)) {
      const near = new Set<number>();
      for (let i = block.index - 1; i >= 0 && i >= block.index - 3; i--) {
        const before = this.blocks[i];
        if (!before) continue;
        for (const r of this.refs.between(before.start, before.end)) {
          if (r.kind !== 'mention' || r.entityType !== 'PERSON' || r.entity === null) continue;
          // "… ने पत्रकार X से कहा": the one spoken to is not the one who speaks next.
          if (/^\s*से(?![\p{L}\p{M}])/u.test(this.body.slice(r.end, r.end + 6))) continue;
          if (compatible(r.entity)) near.add(r.entity);
        }
      }
      if (near.size === 1) return [...near][0] ?? null;
    }
    // "उनका कहना था … उन्होंने कहा, “…” … आडवाणी ने कहा": a Hindi report that opens with a pronoun, before
    // it names anyone, means the first person it then names as speaking.
    if (block.lang === 'hi' && ref.speaking && !this.personNamedBefore(ref.start)) {
      const ahead = this.blocks[Math.min(this.blocks.length - 1, block.index + 5)];
      const limit = ahead ? ahead.end : this.body.length;
      const first = this.doc.mentions
        .filter(
          (m) =>
            m.type === 'PERSON' &&
            m.start > ref.end &&
            m.end <= limit &&
            (m.form === 'NAME' || m.form === 'SHORT') &&
            HINDI_SPEAKS_AFTER.test(this.body.slice(m.end, m.end + 60)),
        )
        .sort((a, b) => a.start - b.start)[0];
      if (first && compatible(first.entity)) return first.entity;
    }
    return null;
  }

  /** Whether block `index` introduces the person with a title or an office ("प्रोफ़ेसर X", "छात्र X"). */
  private introducedIn(entity: number, index: number): boolean {
    const block = this.blocks[index];
    return !!block && this.introducedBetween(entity, block.start, block.end);
  }

  /** Whether `[start, end)` introduces the person with a title or an office. */
  private introducedBetween(entity: number, start: number, end: number): boolean {
    const e = this.doc.entities[entity];
    if (!e) return false;
    const text = this.body.slice(start, end);
    // "… ने पत्रकार X से कहा": the one spoken to is not the one who speaks next, unless the text talked
    // with or asked X ("बीबीसी ने प्रिंसिपल X से बात की तो …").
    return e.aliases.some((a) => {
      const at = a.length > e.name.length && a.endsWith(e.name) ? text.indexOf(a) : -1;
      const after = text.slice(at + a.length);
      return (
        at >= 0 &&
        (!/^\s*से(?![\p{L}\p{M}])/u.test(after) ||
          /^\s*से\s+(?:बात|बातचीत|पूछा|पूछे|सवाल|संपर्क)(?![\p{L}\p{M}])/u.test(after))
      );
    });
  }

  /** Whether the article names a person (not by a pronoun) before `offset`. */
  private personNamedBefore(offset: number): boolean {
    return this.doc.mentions.some((m) => m.type === 'PERSON' && m.form !== 'PRONOUN' && m.start < offset);
  }

  /** `the party said`: the nearest organisation named before whose name has the head word, else the nearest. */
  private organizationFor(ref: Ref): number | null {
    const head = (ref.head ?? '').toLowerCase();
    const before = this.doc.mentions
      .filter((m) => m.type === 'ORGANIZATION' && m.end <= ref.start)
      .sort((a, b) => b.start - a.start);
    // "अदालत ने कहा" after "दिल्ली हाई कोर्ट": a head may be written with another word of the same sense.
    const heads = HEAD_SYNONYMS.find((group) => group.includes(head)) ?? [head];
    const named = before.find((m) => {
      const entity = this.doc.entities[m.entity];
      const text = entity ? `${entity.name} ${entity.aliases.join(' ')}`.toLowerCase() : '';
      return heads.some((h) => text.includes(h));
    });
    // Else the nearest organisation that was not the object of a verb or preposition: in
    // `X told the BBC … The government said`, the BBC is no government.
    const subject = before.find(
      (m) =>
        !ORGANIZATION_AS_OBJECT.test(this.body.slice(Math.max(0, m.start - 16), m.start)) &&
        !HINDI_OBJECT_AFTER.test(this.body.slice(m.end, m.end + 12)),
    );
    // "The government said" with only the opposition named: an office of state falls back only to a
    // body the article wrote with that head ("the Labour government ... The government said").
    if (!named && STATE_HEADS.test(head)) {
      const headed = before.find((m) =>
        new RegExp(`^\\s+${head}(?![\\p{L}\\p{M}])`, 'u').test(
          this.body.slice(m.end, m.end + head.length + 3),
        ),
      );
      return headed?.entity ?? null;
    }
    return (named ?? subject)?.entity ?? null;
  }

  /** The text of a phrase without the organisation names inside it (`the RJD leader` -> `the leader`). */
  private withoutOrganizations(ref: Ref): string {
    let text = ref.text;
    for (const m of this.doc.mentions) {
      if (m.type === 'ORGANIZATION' && m.start >= ref.start && m.end <= ref.end)
        text = text.replace(m.text, ' ');
    }
    return text.replace(/\s+/g, ' ').trim();
  }

  /** `the prime minister said`: the person the article gives that role, nearest before it. */
  private roleHolder(ref: Ref, block: Block, withDescriptions = true): number | null {
    if (!ref.head) return null;
    // Every word of the phrase but its determiner must be there: `the French president` is not
    // any president, `चीनी प्रधानमंत्री` not any prime minister.
    // An organisation inside the phrase (`the Tory leader`) may be written any way the article names
    // it (`Conservative leader X`).
    const orgs = this.doc.mentions.filter(
      (m) => m.type === 'ORGANIZATION' && m.start >= ref.start && m.end <= ref.end,
    );
    const orgNames = orgs.map((m) => {
      const entity = this.doc.entities[m.entity];
      return [m.text, ...(entity ? [entity.name, ...entity.aliases] : [])].map((x) => x.toLowerCase());
    });
    let plain = ref.text;
    for (const m of orgs) plain = plain.replace(m.text, ' ');
    const words = plain
      .toLowerCase()
      .split(/\s+/)
      .filter((word) => word && !ROLE_DETERMINERS.has(word) && !/^['’]s$/.test(word));
    if (words.length === 0) return null;
    const patterns = words.map(
      (word) => new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(word)}(?![\\p{L}\\p{M}])`, 'u'),
    );
    // `the home secretary` is not the shadow home secretary, `the chief minister` not the deputy one.
    const head = words[words.length - 1] ?? '';
    const rankMismatch = RANK_MODIFIERS.filter((rank) => !words.includes(rank)).map(
      (rank) =>
        new RegExp(
          `(?<![\\p{L}\\p{M}])${rank}[\\s-]+(?:[\\p{L}\\p{M}]+\\s+){0,2}${escapeRegExp(head)}(?![\\p{L}\\p{M}])`,
          'u',
        ),
    );
    const fits = (text: string) =>
      patterns.every((pattern) => pattern.test(text)) &&
      !rankMismatch.some((pattern) => pattern.test(text)) &&
      orgNames.every((names) => names.some((name) => text.includes(name)));
    const candidates = new Set<number>();
    this.doc.entities.forEach((entity, index) => {
      if (entity.type !== 'PERSON') return;
      const descriptions = withDescriptions ? entity.descriptions : [];
      if (fits([...entity.titles, ...descriptions, ...entity.aliases].join(' ').toLowerCase())) {
        candidates.add(index);
      }
    });
    /** Persons the text names with another rank of the office (`Shadow home secretary X`). */
    const otherRank = new Set<number>();
    for (const mention of this.doc.mentions) {
      if (mention.type !== 'PERSON' || mention.end > ref.start) continue;
      const before = this.body.slice(Math.max(0, mention.start - 50), mention.start);
      const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('।')) + 1);
      // `X, the Conservative leader, said`: the apposition after the name.
      const apposition = APPOSITION.exec(this.body.slice(mention.end, mention.end + 80))?.[1] ?? '';
      const context = `${clause} ${mention.text} ${apposition}`.toLowerCase();
      if (fits(context)) candidates.add(mention.entity);
      else if (rankMismatch.some((pattern) => pattern.test(context))) otherRank.add(mention.entity);
    }
    // The entity stages may have kept only `home secretary X` of `Shadow home secretary X`: the shadow
    // home secretary is not `the home secretary`, even when the article names nobody else.
    for (const entity of otherRank) candidates.delete(entity);
    if (candidates.size === 0) return null;
    if (candidates.size === 1) return [...candidates][0] ?? null;
    // Several holders: the one the preceding text is about, else the one named last.
    for (let i = block.index; i >= 0 && i >= block.index - 10; i--) {
      const focus = this.focus[i];
      if (focus?.entity !== null && focus?.entity !== undefined && candidates.has(focus.entity))
        return focus.entity;
    }
    const last = this.doc.mentions
      .filter((m) => m.end <= ref.start && candidates.has(m.entity))
      .sort((a, b) => b.start - a.start)[0];
    return last?.entity ?? null;
  }

  /** Statements for the pieces of one chain. */
  private statementsOf(
    chain: QuotePiece[],
    attribution: Attribution,
    speaker: Speaker | null,
  ): ArticleStatement[] {
    const statements: ArticleStatement[] = [];
    for (const piece of chain) {
      const text = this.body.slice(piece.text.start, piece.text.end);
      if (!attribution.adjacent && !this.worthKeeping(text)) continue;
      // Without a verb of saying, a quoted title is no statement.
      if (!attribution.cue && this.namesAWork(piece, text)) continue;
      if (piece.end === 'unclosed' && !this.clearlyUnclosed(piece, attribution)) continue;
      // A short quotation nobody is said to have said is a term or a name (`"Make in India"`).
      // (`He said, "Youth are jobless."` is said, by someone the article does not name.)
      if (!speaker && wordCount(text) <= 3 && !(attribution.adjacent && attribution.cue)) continue;
      const confidence = round(attribution.confidence * (speaker ? speaker.confidence : 1));
      const about = new Set<number>();
      for (const mention of this.doc.mentions) {
        if (mention.type !== 'PERSON' || mention.start < piece.text.start || mention.end > piece.text.end)
          continue;
        if (mention.entity !== speaker?.entity) about.add(mention.entity);
      }
      statements.push({
        kind: 'DIRECT',
        text,
        span: { ...piece.text },
        speaker: speaker?.entity ?? null,
        speakerType: speaker?.type ?? 'UNNAMED',
        speakerText: speaker ? speaker.ref.text : null,
        speakerSpan: speaker ? { start: speaker.ref.start, end: speaker.ref.end } : null,
        cue: attribution.cue?.text ?? null,
        cueSpan: attribution.cue ? { start: attribution.cue.start, end: attribution.cue.end } : null,
        about: [...about],
        extractor: `${EXTRACTOR}:${attribution.rule}`,
        confidence: speaker ? confidence : Math.min(confidence, 0.2),
      });
    }
    return statements;
  }

  /**
   * A quotation never closed is kept only when it is clear where it starts and that it runs to the end
   * of its paragraph: it opens the paragraph, or follows `said:` / `कहा -` directly.
   */
  private clearlyUnclosed(piece: QuotePiece, attribution: Attribution): boolean {
    const lineStart = this.body.lastIndexOf('\n', piece.outer.start - 1) + 1;
    if (/^\s*$/.test(this.body.slice(lineStart, piece.outer.start))) return true;
    // "इसमें कहा गया है, ''…": a passive Hindi verb of saying and its comma open it, though it names
    // nobody to say it.
    if (
      afterHindiCue(this.body, piece.outer.start) &&
      /(?:गया|गई|गए)\s+(?:है|हैं|था|थी|थे)?\s*[,:]\s*$/u.test(
        this.body.slice(Math.max(0, piece.outer.start - 24), piece.outer.start),
      )
    )
      return true;
    return attribution.rule === 'cue-before' && attribution.adjacent;
  }

  /**
   * A short Hindi quotation that names a work or a slogan: one of a list of quoted items (`'मधुमती',
   * 'चोरी चोरी' जैसी फ़िल्में`), before `जैसी`/`नाम की`/`नामक`, or after `फ़िल्म`, `किताब`, `गाना`, `नारा` ….
   */
  private namesAWork(piece: QuotePiece, text: string): boolean {
    // A song's first line is quoted with an ellipsis ('सानू एक पल चैन...').
    const bare = text.replace(/(?:\.{2,}|…)\s*$/u, '');
    if (!/[\u0900-\u097F]/.test(bare) || /[.?!।,;]/.test(bare) || wordCount(bare) > 6) return false;
    const before = this.body.slice(Math.max(0, piece.outer.start - 30), piece.outer.start);
    const after = this.body.slice(piece.outer.end, piece.outer.end + 30);
    return (
      /^\s*(?:,|और|तथा|एवं|व)\s*(?:['‘"“]|'')/u.test(after) ||
      /(?:['’"”]|'')\s*(?:,|और|तथा|एवं|व)\s*$/u.test(before) ||
      /^\s*(?:जैसी|जैसे|जैसा|नाम\s+(?:की|के|का|से)|नामक|शीर्षक)(?![\u0900-\u097F])/u.test(after) ||
      // "'मिड डे' अखबार से", "'आवारा हूँ' गाने लगे": the kind of work after its name.
      /^\s*(?:अख़बार|अखबार|फ़िल्म|फिल्म|गाने|गाना|गीत|किताब|पुस्तक|सीरियल|धारावाहिक|शो|ऐप|वेबसाइट|चैनल|पत्रिका)(?![\u0900-\u097F])/u.test(
        after,
      ) ||
      /(?:फ़िल्म|फिल्म|फ़िल्मों|फिल्मों|किताब|पुस्तक|उपन्यास|गाने|गाना|गीत|धारावाहिक|सीरियल|नाटक|अख़बार|अखबार|पत्रिका|एल्बम|कविता|नारा|नारे|नारों|हैशटैग|ट्रैक)\s*$/u.test(
        before,
      )
    );
  }

  /** One-word quotations (scare quotes, terms) and title-like ones are kept only next to a cue. */
  private worthKeeping(text: string): boolean {
    const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    if (words.length < 2) return false;
    const titleLike =
      words.length <= 6 &&
      !/[.?!,;]/.test(text) &&
      words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|the|and|for|in|on|a|an|to|de)$/.test(w));
    return !titleLike;
  }

  /** `X said that …`, `X told reporters that …`, `X ने कहा कि …`: reported speech without marks. */
  private indirectSpeech(block: Block): ArticleStatement[] {
    const statements: ArticleStatement[] = [];
    const cues = this.cuesIn(block.start, block.end, block.lang).filter((cue) => cue.form !== 'participle');
    for (const cue of cues) {
      const after = this.body.slice(cue.end, block.end);
      const link =
        block.lang === 'hi'
          ? /^\s*(?:है|था|थे|थी)?\s*कि\s*,?\s*/u.exec(after)
          : INDIRECT_LEMMAS.has(cue.lemma) && cue.form === 'finite'
            ? /^(?:\s+(?:[\p{L}\p{N}'’.-]+\s+){0,4}?)?\s*that\s+/u.exec(after)
            : null;
      if (!link) continue;
      const ref = this.subjectOfCue(cue, block, block.end);
      const speaker = ref ? this.resolve(ref, block) : null;
      if (!speaker || (speaker.entity === null && speaker.type === 'PERSON')) continue;
      const start = cue.end + link[0].length;
      let end = block.end;
      while (end > start && /[\s.।]/.test(this.body[end - 1] ?? '')) end--;
      if (wordCount(this.body.slice(start, end)) < 3) continue;
      statements.push({
        kind: 'INDIRECT',
        text: this.body.slice(start, end),
        span: { start, end },
        speaker: speaker.entity,
        speakerType: speaker.type,
        speakerText: speaker.ref.text,
        speakerSpan: { start: speaker.ref.start, end: speaker.ref.end },
        cue: cue.text,
        cueSpan: { start: cue.start, end: cue.end },
        about: [],
        extractor: `${EXTRACTOR}:indirect`,
        confidence: round(0.6 * speaker.confidence),
      });
      break;
    }
    return statements;
  }
}

/** Words for a work right before its quoted title ("फ़िल्म 'X'", "किताब 'X'", "कार्यक्रम 'X'"). */
const HINDI_TITLE_BEFORE =
  /(?:फ़िल्म|फिल्म|फ़िल्मों|फिल्मों|किताब|पुस्तक|उपन्यास|गाने|गाना|गीत|धारावाहिक|सीरियल|शो|कार्यक्रम|नाटक|अख़बार|अखबार|पत्रिका|अभियान|योजना|नारा|नारे|एल्बम|ऐप|वेबसाइट)\s*$/u;
/** After a quoted name or term: "नाम", "नामक", a gloss ("यानी", "अर्थात") or a bracket. */
const HINDI_NAMING_AFTER = /^\s*(?:(?:नाम|नामक|यानी|यानि|अर्थात)(?![\p{L}\p{M}])|\()/u;
/** Before a quotation: another quoted name and a list separator, or "जैसे" (such as). */
const HINDI_LIST_BEFORE = /(?:['’"”]\s*(?:,|और|तथा|एवं|या|व)\s*|(?:^|\s)(?:जैसे|जैसी|मसलन)\s*[-–]?\s*)$/u;
/** After a quotation: a list separator and another quoted name. */
const HINDI_LIST_AFTER = /^\s*(?:,|और|तथा|एवं|या|व)\s*['‘"“]/u;
/** A Hindi postposition right after a closing quotation mark: the quotation is a noun phrase. */
const HINDI_POSTPOSITION_AFTER = /^\s*(?:का|की|के|में|से|को|ने|पर|तक)(?![\p{L}\p{M}])/u;

/** The words before an organisation that make it an object (`told the BBC`, `spoke to ANI`). */
/** Words of one sense for the head of an organisation phrase, in English and Hindi. */
const HEAD_SYNONYMS = [
  ['court', 'tribunal', 'कोर्ट', 'अदालत', 'न्यायालय'],
  ['government', 'govt', 'administration', 'सरकार', 'प्रशासन'],
  ['ministry', 'department', 'मंत्रालय', 'विभाग'],
];

/** Heads of an organisation phrase that name an office of state, never just any body named before. */
const STATE_HEADS =
  /^(?:government|govt|ministry|department|administration|cabinet|court|treasury|सरकार|मंत्रालय|विभाग|प्रशासन|अदालत)$/u;

const ORGANIZATION_AS_OBJECT =
  /\b(?:told|tells|telling|to|with|by|from|on|in|at|for|of|against|via|joined|quit|left)\s+(?:the\s+)?$/i;

/** Hindi postpositions after an organisation that make it an object (`बीबीसी से कहा`). */
/** A name as the subject of a verb of saying: "X ने (…) कहा", "X कहते हैं", "X का कहना है". */
const HINDI_SPEAKS_AFTER =
  /^\s*(?:ने\s+(?:[^\s.।]+\s+){0,4}?(?:कहा|बताया|लिखा)|(?:कहते|कहती|कहा|बताते|बताती|बोले|बोलीं)(?![\p{L}\p{M}])|का\s+कहना)/u;
const HINDI_OBJECT_AFTER = /^\s*(?:से|को|में|पर)(?![\p{L}\p{M}])/u;

/** Verbs that go on with what the speaker quoted just before was saying (`he added`, `आगे कहा`). */
const CONTINUING_LEMMAS = new Set(['add', 'go on', 'continue', 'आगे कहा', 'आगे कहते हैं', 'आगे कहती हैं']);

/** Verbs whose object is the person or outlet spoken to (`told the BBC`, `asked reporters`). */
const ADDRESSEE_LEMMAS = new Set(['tell', 'ask', 'inform', 'brief', 'thank', 'urge', 'address']);

/** Verbs whose `that`-clause reports what was said (not `hoped that`, `believed that`). */
const INDIRECT_LEMMAS = new Set([
  'say',
  'tell',
  'add',
  'state',
  'claim',
  'allege',
  'assert',
  'insist',
  'argue',
  'warn',
  'announce',
  'maintain',
  'stress',
  'emphasise',
  'emphasize',
  'reiterate',
  'admit',
  'confirm',
  'explain',
  'declare',
  'note',
  'predict',
  'suggest',
  'reveal',
  'write',
  'tweet',
]);

/** Words that make a different office of a role (`shadow chancellor`, `deputy chief minister`). */
const RANK_MODIFIERS = [
  'shadow',
  'deputy',
  'former',
  'ex',
  'junior',
  'acting',
  'vice',
  'assistant',
  'पूर्व',
  'उप',
];

const ROLE_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'our',
  'his',
  'her',
  'its',
  'their',
  'its',
]);

/**
 * A role phrase with nothing but a determiner and role words: `the prime minister`, `The chancellor`,
 * `मंत्री` (not `the French president`, `Scotland's justice minister`, `चीनी प्रधानमंत्री`).
 */
/** An apposition after a name: `, the Conservative leader,`, `, Britain's foreign secretary.` */
const APPOSITION =
  /^,\s+((?:the|a|an|his|her|\p{Lu}[\p{L}.-]*['’]s)\s+[^,.;:"“”]{2,60}?)(?=[,.;:]|\s+(?:said|told|added)\b)/u;

function isBareRole(text: string): boolean {
  const lex = speechLexicon();
  const words = text.split(/\s+/).filter((word) => !ROLE_DETERMINERS.has(word.toLowerCase()));
  if (words.length === 0 || words.length > 3) return false;
  const last = words[words.length - 1] ?? '';
  const modifiers = words.slice(0, -1);
  if (!lex.roleHeads.has(last) && !lex.roleHeads.has(last.toLowerCase())) return false;
  return modifiers.every((word) => /^[\p{Ll}\p{N}][\p{Ll}\p{N}-]*$/u.test(word) || lex.roleHeads.has(word));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whether a block's narration has no words (the block is a quotation standing alone). */
function isQuoteOnly(body: string, block: Block): boolean {
  return block.narration.every((n) => !/[\p{L}\p{N}]/u.test(body.slice(n.start, n.end)));
}

/** Sentences joined where a quotation runs over their boundary, with the quotation pieces of each. */
function buildBlocks(body: string, sentences: readonly Span[], pieces: QuotePiece[]): Block[] {
  const spans = [...sentences].sort((a, b) => a.start - b.start).map((s) => ({ ...s }));
  // Pieces outside every sentence (should not happen) get a block of their own.
  for (const piece of pieces) {
    if (!spans.some((s) => piece.outer.start >= s.start && piece.outer.start < s.end)) {
      spans.push({ ...piece.outer });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    const bridged =
      last &&
      (span.start < last.end ||
        pieces.some(
          (p) => p.outer.start < span.start && p.outer.end > span.start && p.outer.start >= last.start,
        ));
    if (last && bridged) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged.map((span, index) => {
    const inside = pieces.filter((p) => p.outer.start >= span.start && p.outer.start < span.end);
    const narration: Span[] = [];
    let cursor = span.start;
    for (const piece of inside) {
      if (piece.outer.start > cursor) narration.push({ start: cursor, end: piece.outer.start });
      cursor = Math.max(cursor, piece.outer.end);
    }
    if (cursor < span.end) narration.push({ start: cursor, end: span.end });
    const lineStart = span.start === 0 || body[span.start - 1] === '\n';
    const lineEnd = span.end >= body.length || /^[ \t]*(?:\n|$)/.test(body.slice(span.end, span.end + 3));
    return {
      ...span,
      index,
      lang: cueLanguageOf(body.slice(span.start, span.end)),
      pieces: inside,
      narration,
      ownLine: lineStart && lineEnd,
    };
  });
}

/** Gender of persons where the article shows it: `Mr`, `Ms`, `श्रीमती` before a mention, or their titles. */
function entityGenders(doc: Doc): Map<number, Gender> {
  const lex = speechLexicon();
  const genders = new Map<number, Gender>();
  const set = (entity: number, gender: 'm' | 'f') => {
    const known = genders.get(entity);
    if (known === undefined) genders.set(entity, gender);
    else if (known !== gender) genders.set(entity, null);
  };
  for (const mention of doc.mentions) {
    if (mention.type !== 'PERSON') continue;
    const before = doc.body.slice(Math.max(0, mention.start - 12), mention.start);
    const words = `${before} ${mention.text}`.split(/[\s.]+/).filter(Boolean);
    for (const word of words.slice(-4)) {
      const gender = lex.titles.get(word.toLowerCase()) ?? lex.titles.get(word);
      if (gender) set(mention.entity, gender);
    }
  }
  doc.entities.forEach((entity, index) => {
    if (entity.type !== 'PERSON') return;
    if (entity.gender) set(index, entity.gender);
    for (const title of entity.titles) {
      const gender = lex.titles.get(title.toLowerCase().replace(/\.$/, '')) ?? lex.titles.get(title);
      if (gender) set(index, gender);
    }
  });
  return genders;
}

/** Keeps the first of identical quotations (repeated paragraphs), preferring one with a speaker. */
function dedupe(statements: ArticleStatement[]): ArticleStatement[] {
  const kept = new Map<string, number>();
  const out: ArticleStatement[] = [];
  for (const statement of statements) {
    const key = `${statement.kind}:${statement.text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
      .trim()}`;
    const at = kept.get(key);
    if (at === undefined) {
      kept.set(key, out.length);
      out.push(statement);
      continue;
    }
    const earlier = out[at];
    if (earlier && earlier.speaker === null && statement.speaker !== null) out[at] = statement;
  }
  return out;
}
