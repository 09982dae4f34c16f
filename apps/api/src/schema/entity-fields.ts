/**
 * What people, organisations and places share: the `aliases` field, the `articles` connection and the
 * lookup by ID or name behind `person`, `organization` and `place`.
 */
import type { ObjectRef } from '@pothos/core';
import { builder } from '../builder.js';
import { badUserInput } from '../errors.js';
import { decodeId } from '../global-ids.js';
import { articleIdsMentioning, type MentionOwner } from '../loaders/entity-articles.js';
import { pagedConnections } from '../loaders/paged-connections.js';
import { ArticleConnection } from './article.js';
import { ArticleWhere, articleWhere } from './article-where.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** Options of the `aliases` field. */
export const aliasesField = {
  description: 'Every form of the name seen in the articles, in any script, most frequent first.',
  select: {
    aliases: { select: { form: true }, orderBy: [{ count: 'desc' as const }, { form: 'asc' as const }] },
  },
  resolve: (entity: { aliases: Array<{ form: string }> }) => entity.aliases.map((alias) => alias.form),
};

/** Adds the `articles` connection of an entity: articles that mention it, newest first, batched per request. */
export function addArticlesField<Shape extends { id: string }>(
  ref: ObjectRef<Types, Shape>,
  owner: MentionOwner,
  description: string,
): void {
  builder.objectField(ref, 'articles', (t) =>
    t.loadable({
      type: ArticleConnection,
      description,
      byPath: true,
      args: {
        ...t.arg.connectionArgs(),
        where: t.arg({
          type: ArticleWhere,
          required: false,
          description: 'Only articles matching all these filters.',
        }),
      },
      load: async (ids: string[], ctx, args, info) =>
        pagedConnections(
          ctx,
          info,
          'Article',
          ids,
          await articleIdsMentioning(ctx, owner, ids, await articleWhere(ctx.prisma, args.where)),
          args,
        ),
      resolve: (parent) => parent.id,
    }),
  );
}

/**
 * The `where` of a lookup by exactly one of `id` (a global ID of `typename`) and `name`; the caller
 * orders name matches (most mentioned first).
 */
export function byIdOrName<Where>(
  typename: 'Person' | 'Organization' | 'Place',
  args: { id?: string | number | null; name?: string | null },
  named: (name: string, field: 'name') => Where,
): { id: string } | Where {
  if ((args.id == null) === (args.name == null)) throw badUserInput('Pass exactly one of `id` and `name`.');
  if (args.id != null) return { id: decodeId(String(args.id), [typename], 'id').id };
  return named(args.name ?? '', 'name');
}

/** Name matches: the most mentioned entity first. */
export const MOST_MENTIONED = [{ mentions: { _count: 'desc' as const } }, { id: 'asc' as const }];
