-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- Fuzzy name lookup (trigram index on Alias.key)
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "ArticleStatus" AS ENUM ('STORED', 'EXTRACTED', 'FAILED');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "Script" AS ENUM ('LATN', 'DEVA', 'OTHER');

-- CreateEnum
CREATE TYPE "EntityType" AS ENUM ('PERSON', 'ORGANIZATION', 'PLACE');

-- CreateEnum
CREATE TYPE "MentionForm" AS ENUM ('NAME', 'SHORT', 'ACRONYM', 'DESCRIPTION', 'PRONOUN');

-- CreateEnum
CREATE TYPE "PlaceKind" AS ENUM ('COUNTRY', 'STATE', 'DISTRICT', 'CITY', 'REGION', 'VENUE', 'OTHER');

-- CreateEnum
CREATE TYPE "StatementKind" AS ENUM ('DIRECT', 'INDIRECT');

-- CreateEnum
CREATE TYPE "SpeakerType" AS ENUM ('PERSON', 'ORGANIZATION', 'UNNAMED', 'GROUP');

-- CreateEnum
CREATE TYPE "ReportRole" AS ENUM ('PRIMARY', 'REFERENCE');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('MEETING', 'VISIT', 'RELEASE', 'ARREST', 'CONVICTION', 'LETTER', 'ELECTION', 'OTHER');

-- CreateEnum
CREATE TYPE "ArticleLinkKind" AS ENUM ('NEAR_DUPLICATE', 'SAME_EVENT');

-- CreateTable
CREATE TABLE "Article" (
    "id" UUID NOT NULL,
    "ingestedFrom" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "title" TEXT,
    "body" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'und',
    "script" "Script" NOT NULL DEFAULT 'OTHER',
    "publishedAt" DATE,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "dateSource" TEXT,
    "dateConfidence" DOUBLE PRECISION,
    "datelineText" TEXT,
    "datelinePlaceId" UUID,
    "agency" TEXT,
    "url" TEXT,
    "byline" TEXT,
    "status" "ArticleStatus" NOT NULL DEFAULT 'STORED',
    "error" TEXT,
    "extractionVersion" INTEGER,
    "simhash" TEXT,
    "ingestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "extractedAt" TIMESTAMP(3),
    "search" tsvector,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleLink" (
    "fromId" UUID NOT NULL,
    "toId" UUID NOT NULL,
    "kind" "ArticleLinkKind" NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "reason" TEXT,

    CONSTRAINT "ArticleLink_pkey" PRIMARY KEY ("fromId","toId","kind")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "description" TEXT,
    "gender" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "acronym" TEXT,
    "lexiconId" TEXT,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Place" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "PlaceKind" NOT NULL DEFAULT 'OTHER',
    "lexiconId" TEXT,
    "country" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Place_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alias" (
    "id" UUID NOT NULL,
    "entityType" "EntityType" NOT NULL,
    "personId" UUID,
    "organizationId" UUID,
    "placeId" UUID,
    "form" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "phonetic" TEXT,
    "script" "Script" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "firstArticleId" UUID,

    CONSTRAINT "Alias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mention" (
    "id" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "entityType" "EntityType" NOT NULL,
    "personId" UUID,
    "organizationId" UUID,
    "placeId" UUID,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "form" "MentionForm" NOT NULL DEFAULT 'NAME',
    "extractor" TEXT NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Mention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Affiliation" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "organizationId" UUID,
    "role" TEXT NOT NULL,
    "articleId" UUID NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "extractor" TEXT NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Affiliation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" UUID NOT NULL,
    "date" DATE,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "placeId" UUID,
    "venue" TEXT,
    "dedupeKey" TEXT NOT NULL,
    "summary" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingParticipant" (
    "meetingId" UUID NOT NULL,
    "personId" UUID NOT NULL,

    CONSTRAINT "MeetingParticipant_pkey" PRIMARY KEY ("meetingId","personId")
);

-- CreateTable
CREATE TABLE "MeetingReport" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "role" "ReportRole" NOT NULL,
    "evidenceStart" INTEGER NOT NULL,
    "evidenceEnd" INTEGER NOT NULL,
    "evidenceText" TEXT NOT NULL,
    "extractor" TEXT NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "MeetingReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "kind" "StatementKind" NOT NULL,
    "text" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "speakerType" "SpeakerType" NOT NULL,
    "speakerId" UUID,
    "speakerOrganizationId" UUID,
    "speakerName" TEXT,
    "cue" TEXT,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "extractor" TEXT NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "meetingId" UUID,
    "search" tsvector,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementAbout" (
    "statementId" UUID NOT NULL,
    "personId" UUID NOT NULL,

    CONSTRAINT "StatementAbout_pkey" PRIMARY KEY ("statementId","personId")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" UUID NOT NULL,
    "kind" "EventKind" NOT NULL,
    "date" DATE,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "placeId" UUID,
    "description" TEXT,
    "dedupeKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventParticipant" (
    "eventId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "personId" UUID,
    "organizationId" UUID,

    CONSTRAINT "EventParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventReport" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "role" "ReportRole" NOT NULL,
    "evidenceStart" INTEGER NOT NULL,
    "evidenceEnd" INTEGER NOT NULL,
    "evidenceText" TEXT NOT NULL,
    "extractor" TEXT NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "EventReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntityMerge" (
    "id" UUID NOT NULL,
    "entityType" "EntityType" NOT NULL,
    "keptId" UUID NOT NULL,
    "mergedId" UUID NOT NULL,
    "mergedName" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "mergedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EntityMerge_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Article_ingestedFrom_key" ON "Article"("ingestedFrom");

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "Article_publishedAt_idx" ON "Article"("publishedAt");

-- CreateIndex
CREATE INDEX "Article_language_idx" ON "Article"("language");

-- CreateIndex
CREATE INDEX "Article_status_idx" ON "Article"("status");

-- CreateIndex
CREATE INDEX "Article_simhash_idx" ON "Article"("simhash");

-- CreateIndex
CREATE INDEX "Article_search_idx" ON "Article" USING GIN ("search");

-- CreateIndex
CREATE INDEX "ArticleLink_toId_idx" ON "ArticleLink"("toId");

-- CreateIndex
CREATE INDEX "Person_key_idx" ON "Person"("key");

-- CreateIndex
CREATE INDEX "Person_name_idx" ON "Person"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_lexiconId_key" ON "Organization"("lexiconId");

-- CreateIndex
CREATE INDEX "Organization_key_idx" ON "Organization"("key");

-- CreateIndex
CREATE INDEX "Organization_name_idx" ON "Organization"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Place_lexiconId_key" ON "Place"("lexiconId");

-- CreateIndex
CREATE INDEX "Place_key_idx" ON "Place"("key");

-- CreateIndex
CREATE INDEX "Place_name_idx" ON "Place"("name");

-- CreateIndex
CREATE INDEX "Alias_key_idx" ON "Alias"("key");

-- CreateIndex
CREATE INDEX "Alias_phonetic_idx" ON "Alias"("phonetic");

-- CreateIndex
CREATE INDEX "Alias_entityType_key_idx" ON "Alias"("entityType", "key");

-- CreateIndex
CREATE INDEX "Alias_key_trgm_idx" ON "Alias" USING GIN ("key" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Alias_personId_form_key" ON "Alias"("personId", "form");

-- CreateIndex
CREATE UNIQUE INDEX "Alias_organizationId_form_key" ON "Alias"("organizationId", "form");

-- CreateIndex
CREATE UNIQUE INDEX "Alias_placeId_form_key" ON "Alias"("placeId", "form");

-- CreateIndex
CREATE INDEX "Mention_personId_articleId_idx" ON "Mention"("personId", "articleId");

-- CreateIndex
CREATE INDEX "Mention_organizationId_articleId_idx" ON "Mention"("organizationId", "articleId");

-- CreateIndex
CREATE INDEX "Mention_placeId_articleId_idx" ON "Mention"("placeId", "articleId");

-- CreateIndex
CREATE UNIQUE INDEX "Mention_articleId_start_end_entityType_key" ON "Mention"("articleId", "start", "end", "entityType");

-- CreateIndex
CREATE INDEX "Affiliation_personId_idx" ON "Affiliation"("personId");

-- CreateIndex
CREATE INDEX "Affiliation_organizationId_idx" ON "Affiliation"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Affiliation_articleId_personId_role_start_key" ON "Affiliation"("articleId", "personId", "role", "start");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_dedupeKey_key" ON "Meeting"("dedupeKey");

-- CreateIndex
CREATE INDEX "Meeting_date_idx" ON "Meeting"("date");

-- CreateIndex
CREATE INDEX "Meeting_placeId_idx" ON "Meeting"("placeId");

-- CreateIndex
CREATE INDEX "MeetingParticipant_personId_idx" ON "MeetingParticipant"("personId");

-- CreateIndex
CREATE INDEX "MeetingReport_articleId_idx" ON "MeetingReport"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingReport_meetingId_articleId_key" ON "MeetingReport"("meetingId", "articleId");

-- CreateIndex
CREATE INDEX "Statement_speakerId_idx" ON "Statement"("speakerId");

-- CreateIndex
CREATE INDEX "Statement_speakerOrganizationId_idx" ON "Statement"("speakerOrganizationId");

-- CreateIndex
CREATE INDEX "Statement_meetingId_idx" ON "Statement"("meetingId");

-- CreateIndex
CREATE INDEX "Statement_language_idx" ON "Statement"("language");

-- CreateIndex
CREATE INDEX "Statement_search_idx" ON "Statement" USING GIN ("search");

-- CreateIndex
CREATE UNIQUE INDEX "Statement_articleId_start_end_kind_key" ON "Statement"("articleId", "start", "end", "kind");

-- CreateIndex
CREATE INDEX "StatementAbout_personId_idx" ON "StatementAbout"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Event_dedupeKey_key" ON "Event"("dedupeKey");

-- CreateIndex
CREATE INDEX "Event_kind_date_idx" ON "Event"("kind", "date");

-- CreateIndex
CREATE INDEX "EventParticipant_personId_idx" ON "EventParticipant"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "EventParticipant_eventId_personId_key" ON "EventParticipant"("eventId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "EventParticipant_eventId_organizationId_key" ON "EventParticipant"("eventId", "organizationId");

-- CreateIndex
CREATE INDEX "EventReport_articleId_idx" ON "EventReport"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "EventReport_eventId_articleId_key" ON "EventReport"("eventId", "articleId");

-- CreateIndex
CREATE INDEX "EntityMerge_keptId_idx" ON "EntityMerge"("keptId");

-- CreateIndex
CREATE INDEX "EntityMerge_mergedId_idx" ON "EntityMerge"("mergedId");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_datelinePlaceId_fkey" FOREIGN KEY ("datelinePlaceId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleLink" ADD CONSTRAINT "ArticleLink_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleLink" ADD CONSTRAINT "ArticleLink_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alias" ADD CONSTRAINT "Alias_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alias" ADD CONSTRAINT "Alias_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alias" ADD CONSTRAINT "Alias_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alias" ADD CONSTRAINT "Alias_firstArticleId_fkey" FOREIGN KEY ("firstArticleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Affiliation" ADD CONSTRAINT "Affiliation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Affiliation" ADD CONSTRAINT "Affiliation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Affiliation" ADD CONSTRAINT "Affiliation_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingReport" ADD CONSTRAINT "MeetingReport_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingReport" ADD CONSTRAINT "MeetingReport_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_speakerOrganizationId_fkey" FOREIGN KEY ("speakerOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementAbout" ADD CONSTRAINT "StatementAbout_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementAbout" ADD CONSTRAINT "StatementAbout_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventReport" ADD CONSTRAINT "EventReport_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventReport" ADD CONSTRAINT "EventReport_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Full-text search vectors, kept up to date by triggers. The 'simple' configuration (no stemming)
-- treats English and Hindi alike; titles weigh more than bodies.
CREATE OR REPLACE FUNCTION newsgraph_article_search() RETURNS trigger AS $$
BEGIN
  NEW."search" := setweight(to_tsvector('simple', coalesce(NEW."title", '')), 'A')
               || setweight(to_tsvector('simple', coalesce(NEW."body", '')), 'B');
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Article_search_update" BEFORE INSERT OR UPDATE OF "title", "body" ON "Article"
  FOR EACH ROW EXECUTE FUNCTION newsgraph_article_search();

CREATE OR REPLACE FUNCTION newsgraph_statement_search() RETURNS trigger AS $$
BEGIN
  NEW."search" := setweight(to_tsvector('simple', coalesce(NEW."text", '')), 'A')
               || setweight(to_tsvector('simple', coalesce(NEW."speakerName", '')), 'B');
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Statement_search_update" BEFORE INSERT OR UPDATE OF "text", "speakerName" ON "Statement"
  FOR EACH ROW EXECUTE FUNCTION newsgraph_statement_search();

-- Every alias, mention and event participant has exactly one owner.
ALTER TABLE "Alias" ADD CONSTRAINT "Alias_one_owner" CHECK (num_nonnulls("personId", "organizationId", "placeId") = 1);
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_one_owner" CHECK (num_nonnulls("personId", "organizationId", "placeId") = 1);
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_one_owner" CHECK (num_nonnulls("personId", "organizationId") = 1);
