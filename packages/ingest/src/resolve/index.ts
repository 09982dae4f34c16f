/**
 * Cross-article and cross-script resolution: pure decisions that `persist/` executes inside the
 * article's transaction. Order of use for one article:
 *
 * 1. `lookupKeys(doc)` -> load candidate entities (`EntityCandidate`) by lexicon id, alias key,
 *    alias phonetic key and name words; for persons also one `CandidateMember` per article that
 *    mentions them (what `memberOf(doc, i)` gives for an extracted article: name forms, other
 *    persons' name forms, organisations and places named, affiliations) and `coPersonIds`.
 * 2. `resolveArticleEntities(doc, candidates)` -> run `merges`, create `created`, then point every
 *    entity at its decision's target; record `entityAliases(doc, i)` as aliases (key, phonetic,
 *    script, count); refresh names with `chooseCanonicalName` + `canonicalKey`.
 * 3. `eventArticleOf(articleId, doc, ids)` + `eventLookup` -> load candidate meetings/events;
 *    `matchArticleEvents` -> attach (apply `update`), create (with `dedupeKey`) or skip; write the
 *    SAME_EVENT `links`.
 * 4. `simhash(body)` into `Article.simhash`; `nearDuplicateScore` against stored articles whose
 *    simhash is within `NEAR_DUPLICATE_BITS` -> NEAR_DUPLICATE links.
 * `MemoryEntityStore` does steps 1-2 in memory (evaluation, tests) and shows what persistence does.
 */
export { type CountedForm, canonicalKey, chooseCanonicalName } from './canonical-name.js';
export { isFullName, type NameRelation, relateNames } from './compare-names.js';
export {
  type ArticleEventInput,
  type ArticleLinkPlan,
  chooseEventDate,
  DAY_TOLERANCE,
  type EventArticle,
  type EventCandidate,
  type EventDecision,
  type EventReportRef,
  type EventResolution,
  type EventUpdate,
  eventArticleOf,
  eventDedupeKey,
  eventFamily,
  eventLookup,
  isMeetingKind,
  matchArticleEvents,
  meetingDedupeKey,
  PRIMARY_WINDOW_DAYS,
  REFERENCE_WINDOW_DAYS,
} from './dedupe-events.js';
export {
  type AliasRecord,
  type ArticleResolution,
  aliasMatchesLookup,
  type CandidateAlias,
  type CandidateMember,
  type EntityCandidate,
  type EntityDecision,
  type EntityLookup,
  type EntityMergePlan,
  type EntityTarget,
  type EntityRef,
  entityAliases,
  lookupKeys,
  type MemberMentionRow,
  memberOf,
  membersFromMentions,
  type MergeEvidence,
  type NewEntityPlan,
  planEntityMerge,
  type ResolvableDoc,
  resolveArticleEntities,
} from './match-entities.js';
export {
  describeEntities,
  type IngestResult,
  MemoryEntityStore,
  resolveArticles,
  type StoredAlias,
  type StoredEntity,
  type StoredMerge,
} from './memory-store.js';
export {
  type AliasKeys,
  aliasKeys,
  NAME_KEY_VERSION,
  type NameParts,
  nameCore,
  nameKey,
  nameParts,
  phoneticKey,
  queryKeys,
  romanizeDevanagari,
  scriptOf,
} from './name-keys.js';
export {
  dedupeRepeatedParagraphs,
  hammingDistance,
  isNearDuplicate,
  NEAR_DUPLICATE_BITS,
  NEAR_DUPLICATE_CONTAINMENT,
  nearDuplicateScore,
  repeatedParagraphSpans,
  shingleOverlap,
  simhash,
} from './near-duplicates.js';
