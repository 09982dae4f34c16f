/**
 * Domain types of the ingestion pipeline.
 *
 * A `Doc` is one article on its way through the pipeline. Every stage is a pure function
 * `(doc: Doc) => Doc` that fills in some of its fields (see `pipeline.ts`). All character offsets
 * are UTF-16 code-unit offsets into `doc.body` (end exclusive), i.e. the body exactly as stored in
 * the database, so a span can be shown with `body.slice(start, end)`.
 */

/** ISO 639-1 code (`en`, `hi`, ...) or `und` when unknown. */
export type LanguageCode = string;

/** Writing system of a text or a name form (ISO 15924, lower-case). */
export type Script = 'latn' | 'deva' | 'other';

export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR' | 'UNKNOWN';

export type EntityType = 'PERSON' | 'ORGANIZATION' | 'PLACE';

export type PlaceKind = 'COUNTRY' | 'STATE' | 'DISTRICT' | 'CITY' | 'REGION' | 'VENUE' | 'OTHER';

export type StatementKind = 'DIRECT' | 'INDIRECT';

export type SpeakerType = 'PERSON' | 'ORGANIZATION' | 'UNNAMED' | 'GROUP';

export type EventKind =
  | 'MEETING'
  | 'VISIT'
  | 'RELEASE'
  | 'ARREST'
  | 'CONVICTION'
  | 'LETTER'
  | 'ELECTION'
  | 'OTHER';

export type ReportRole = 'PRIMARY' | 'REFERENCE';

/** A half-open range `[start, end)` of UTF-16 code units into `Doc.body`. */
export interface Span {
  start: number;
  end: number;
}

/** Who produced a fact and how sure it is. Every extracted fact carries one. */
export interface Provenance {
  /** Name of the extractor (stage + rule), e.g. `attribute-quotes:said-after`. */
  extractor: string;
  /** 0..1 */
  confidence: number;
}

/** A calendar date as the article lets us know it. `value` is `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export interface FuzzyDate {
  value: string;
  precision: Exclude<DatePrecision, 'UNKNOWN'>;
}

/** What the reader (file, JSON, HTML, URL ...) hands to the pipeline. */
export interface ArticleInput {
  /** Where it came from: file path relative to the working directory, or URL. Unique per article. */
  ingestedFrom: string;
  body: string;
  title?: string | null;
  url?: string | null;
  /** `YYYY-MM-DD` or full ISO date-time, when the source states it (JSON, HTML meta). */
  publishedAt?: string | null;
  language?: string | null;
  agency?: string | null;
  byline?: string | null;
}

/** Article metadata found by `parse-header` (and completed by `detect-language`). */
export interface ArticleMeta {
  title: string | null;
  /** Span of the title inside the body when the title is part of it (first line of a Hindi article). */
  titleSpan: Span | null;
  publishedAt: FuzzyDate | null;
  /** How the date was found: `input`, `header`, `dateline`, `text` (inferred from dates in the text). */
  dateSource: 'input' | 'header' | 'dateline' | 'text' | null;
  dateConfidence: number;
  /** Place name as written in the dateline, e.g. `Lucknow`, `NEW DELHI`. */
  datelinePlace: string | null;
  datelineSpan: Span | null;
  /** News agency named in the dateline or input (PTI, IANS, ANI, Reuters ...). */
  agency: string | null;
  language: LanguageCode;
  script: Script;
  /** Where the article text proper starts (after a ` date YYYY-MM-DD` header or dateline). */
  textStart: number;
}

/** One mention of an entity in the body. */
export interface Mention extends Span, Provenance {
  /** Exactly `body.slice(start, end)`. */
  text: string;
  type: EntityType;
  /** Index into `Doc.entities` of the entity this mention refers to (within this article). */
  entity: number;
  /** How it refers: a name, a short form of a name ("Khan"), a role description, a pronoun. */
  form: 'NAME' | 'SHORT' | 'ACRONYM' | 'DESCRIPTION' | 'PRONOUN';
}

/**
 * An entity as one article knows it (within-article coreference already applied).
 * Cross-article resolution (`resolve-entities`) later maps it to a database entity.
 */
export interface ArticleEntity {
  type: EntityType;
  /** Best full name in the article, titles stripped ("Mamata Banerjee", "Trinamool Congress"). */
  name: string;
  /** Every name-bearing surface form seen in the article (no pronouns / descriptions). */
  aliases: string[];
  /** Role descriptions that refer to this entity ("the SP chief", "former minister"). */
  descriptions: string[];
  /** Titles/honorifics attached in the text ("Mr", "Dr", "श्री"). */
  titles: string[];
  /** For places. */
  placeKind?: PlaceKind;
  /** Gazetteer key for places (e.g. `IN-UP/Lucknow`), registry key for lexicon organisations. */
  lexiconId?: string | null;
  /** English form of the name when the article writes it in another script and a lexicon knows it. */
  latinName?: string | null;
  /** Persons: grammatical gender when a title, given name or pronoun makes it clear. */
  gender?: 'm' | 'f';
  confidence: number;
}

/** "SP chief X": person X holds role `chief` in organisation SP. */
export interface ArticleAffiliation extends Provenance {
  person: number;
  organization: number | null;
  role: string;
  span: Span;
}

/** A quotation or reported speech. */
export interface ArticleStatement extends Provenance {
  kind: StatementKind;
  /** The quoted text without the quote marks (or the reported clause for INDIRECT). */
  text: string;
  /** Span of `text` in the body. */
  span: Span;
  /** Index into `Doc.entities` of the speaker, or null when unattributable. */
  speaker: number | null;
  speakerType: SpeakerType;
  /** Surface form of the attribution ("Mamata Banerjee", "she", "the TMC chief", "उन्होंने"). */
  speakerText: string | null;
  speakerSpan: Span | null;
  /** Cue verb or phrase ("said", "told reporters", "wrote on X", "बोले"). */
  cue: string | null;
  cueSpan: Span | null;
  /** Entities the statement is about (persons mentioned inside the quote). */
  about: number[];
}

/** A meeting/visit/talks, or another dated event, as one article reports it. */
export interface ArticleEvent extends Provenance {
  kind: EventKind;
  /** Indices into `Doc.entities` (persons; organisations for some event kinds). */
  participants: number[];
  /** Index into `Doc.entities` of the place (a city or district), or null. */
  place: number | null;
  /** Free-text venue ("his residence", "the Osmania University campus", "helipad"). */
  venue: string | null;
  date: FuzzyDate | null;
  /** PRIMARY: the article reports it happening; REFERENCE: it refers back to an earlier one. */
  role: ReportRole;
  /** Sentence or clause that states the event. */
  evidence: Span;
  /** Span of the date expression, when any. */
  dateSpan: Span | null;
}

export interface Doc {
  input: ArticleInput;
  /** Normalised body as stored (see `normalize-text`). Never changes after `normalize-text`. */
  body: string;
  meta: ArticleMeta;
  /** Paragraph spans (separated by blank lines). */
  paragraphs: Span[];
  /** Sentence spans (English `.?!` rules with abbreviations, Hindi `।`). */
  sentences: Span[];
  entities: ArticleEntity[];
  mentions: Mention[];
  affiliations: ArticleAffiliation[];
  statements: ArticleStatement[];
  events: ArticleEvent[];
  /** Non-fatal problems a stage noticed (shown with `--verbose`). */
  warnings: string[];
}

export type Stage = (doc: Doc) => Doc;
