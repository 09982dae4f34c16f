import type { Prisma, PrismaClient } from '@newsgraph/schema';
import { builder } from '../builder.js';
import { personRef } from '../filters/match-names.js';
import { rankStatements } from '../filters/text-search.js';
import { decodeId } from '../global-ids.js';
import { StatementKind } from './enums.js';

export const StatementWhere = builder.inputType('StatementWhere', {
  description: 'Filters for statement lists. All given filters must hold.',
  fields: (t) => ({
    speaker: t.string({
      required: false,
      description: 'Said by this person: a Person ID or a name (any alias, any script).',
    }),
    about: t.string({ required: false, description: 'Names this person inside the statement: ID or name.' }),
    language: t.string({ required: false, description: 'ISO 639-1 language code of the statement.' }),
    kind: t.field({ type: StatementKind, required: false, description: 'Direct quotes or reported speech.' }),
    article: t.id({ required: false, description: 'Made in this article (Article ID).' }),
    meeting: t.id({ required: false, description: 'Made at or about this meeting (Meeting ID).' }),
    text: t.string({
      required: false,
      description: 'Full-text search over the statement and its speaker: web search syntax.',
    }),
  }),
});

export type StatementWhereValue = typeof StatementWhere.$inferInput;

export async function statementWhere(
  prisma: PrismaClient,
  where: StatementWhereValue | null | undefined,
): Promise<Prisma.StatementWhereInput> {
  if (!where) return {};
  const and: Prisma.StatementWhereInput[] = [];
  if (where.speaker) and.push({ speaker: personRef(where.speaker, 'where.speaker') });
  if (where.about) and.push({ about: { some: { person: personRef(where.about, 'where.about') } } });
  if (where.language) and.push({ language: where.language.trim().toLowerCase() });
  if (where.kind) and.push({ kind: where.kind });
  if (where.article)
    and.push({ articleId: decodeId(String(where.article), ['Article'], 'where.article').id });
  if (where.meeting)
    and.push({ meetingId: decodeId(String(where.meeting), ['Meeting'], 'where.meeting').id });
  if (where.text != null) {
    const ranked = await rankStatements(prisma, where.text, undefined, 'where.text');
    and.push({ id: { in: ranked.map((r) => r.id) } });
  }
  return and.length ? { AND: and } : {};
}
