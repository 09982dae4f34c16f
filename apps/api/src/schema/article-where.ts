import type { Prisma, PrismaClient } from '@newsgraph/schema';
import { builder } from '../builder.js';
import { badUserInput } from '../errors.js';
import { organizationRef, personRef, placeRef } from '../filters/match-names.js';
import { rankArticles } from '../filters/text-search.js';

export const ArticleWhere = builder.inputType('ArticleWhere', {
  description: 'Filters for article lists. All given filters must hold.',
  fields: (t) => ({
    language: t.string({ required: false, description: 'ISO 639-1 language code, e.g. `en`, `hi`.' }),
    publishedFrom: t.field({
      type: 'Date',
      required: false,
      description: 'Published on or after this date.',
    }),
    publishedTo: t.field({ type: 'Date', required: false, description: 'Published on or before this date.' }),
    mentions: t.string({
      required: false,
      description:
        'Mentions this person: a Person ID or a name (matched like `Query.person(name:)`, any alias, any script).',
    }),
    mentionsOrganization: t.string({
      required: false,
      description: 'Mentions this organisation: an Organization ID, a name or an acronym.',
    }),
    mentionsPlace: t.string({ required: false, description: 'Mentions this place: a Place ID or a name.' }),
    agency: t.string({
      required: false,
      description: 'From this news agency (e.g. `PTI`), case-insensitive.',
    }),
    text: t.string({
      required: false,
      description:
        'Full-text search over title and body: words, "quoted phrases", `or`, `-excluded` (web search syntax).',
    }),
  }),
});

export type ArticleWhereValue = typeof ArticleWhere.$inferInput;

/** The Prisma where clause for an ArticleWhere (a text filter runs its search first). */
export async function articleWhere(
  prisma: PrismaClient,
  where: ArticleWhereValue | null | undefined,
): Promise<Prisma.ArticleWhereInput> {
  if (!where) return {};
  const and: Prisma.ArticleWhereInput[] = [];
  if (where.language) and.push({ language: where.language.trim().toLowerCase() });
  if (where.publishedFrom && where.publishedTo && where.publishedFrom > where.publishedTo) {
    throw badUserInput('`publishedFrom` is after `publishedTo`.', { argument: 'where.publishedFrom' });
  }
  if (where.publishedFrom) and.push({ publishedAt: { gte: where.publishedFrom } });
  if (where.publishedTo) and.push({ publishedAt: { lte: where.publishedTo } });
  if (where.mentions)
    and.push({ mentions: { some: { person: personRef(where.mentions, 'where.mentions') } } });
  if (where.mentionsOrganization) {
    and.push({
      mentions: {
        some: { organization: organizationRef(where.mentionsOrganization, 'where.mentionsOrganization') },
      },
    });
  }
  if (where.mentionsPlace) {
    const place = placeRef(where.mentionsPlace, 'where.mentionsPlace');
    and.push({ OR: [{ mentions: { some: { place } } }, { datelinePlace: place }] });
  }
  if (where.agency) and.push({ agency: { equals: where.agency.trim(), mode: 'insensitive' } });
  if (where.text != null) {
    const ranked = await rankArticles(prisma, where.text, undefined, 'where.text');
    and.push({ id: { in: ranked.map((r) => r.id) } });
  }
  return and.length ? { AND: and } : {};
}
