/**
 * Mutation mergeEntities: curator fix-up for one entity wrongly split in two.
 */
import { queryFromInfo } from '@pothos/plugin-prisma';
import { builder } from '../builder.js';
import { MergeNotFoundError, type MergeableType, mergeEntities } from '@newsgraph/ingest';
import { badUserInput, notFound } from '../errors.js';
import { decodeId } from '../global-ids.js';
import { Organization } from './organization.js';
import { Person } from './person.js';
import { Place } from './place.js';

const MERGEABLE: MergeableType[] = ['Person', 'Organization', 'Place'];

builder.mutationField('mergeEntities', (t) =>
  t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description:
      'Merges two people (or organisations, or places) that are really one: every alias, mention, statement, ' +
      'meeting participation and affiliation of `mergeId` moves to `keepId`, in one transaction; the merge is ' +
      'recorded with the API key name as the curator, and `mergeId` stops existing. Returns the kept entity. ' +
      'Needs an API key with the `curate` permission.',
    authScopes: { curate: true },
    args: {
      keepId: t.arg.id({ required: true, description: 'The entity that stays.' }),
      mergeId: t.arg.id({ required: true, description: 'The entity merged into it (deleted).' }),
      reason: t.arg.string({ required: false, description: 'Why, for the merge record.' }),
    },
    resolve: async (_root, args, ctx, info) => {
      const keep = decodeId(String(args.keepId), MERGEABLE, 'keepId');
      const merge = decodeId(String(args.mergeId), MERGEABLE, 'mergeId');
      if (keep.type !== merge.type) {
        throw badUserInput(`Cannot merge a ${merge.type} into a ${keep.type}.`, { argument: 'mergeId' });
      }
      if (keep.id === merge.id)
        throw badUserInput('`keepId` and `mergeId` are the same.', { argument: 'mergeId' });
      const reason = args.reason?.trim() || 'merged by a curator through the API';
      try {
        await mergeEntities(ctx.prisma, {
          type: keep.type,
          keepId: keep.id,
          mergeId: merge.id,
          mergedBy: `curator:${ctx.apiKey?.name ?? 'unknown'}`,
          reason: reason.slice(0, 1000),
        });
      } catch (error) {
        if (error instanceof MergeNotFoundError) {
          throw notFound(`No ${keep.type} with the ID given as \`${error.which}\`.`, {
            argument: error.which,
          });
        }
        throw error;
      }
      ctx.logger.info(
        { type: keep.type, keepId: keep.id, mergeId: merge.id, key: ctx.apiKey?.name },
        'mergeEntities',
      );
      const query = await queryFromInfo({
        context: ctx,
        info,
        typeName: keep.type,
        select: { id: true },
        awaitSelections: true,
      });
      const args2 = { ...(query as object), where: { id: keep.id } };
      if (keep.type === 'Person')
        return Person.addBrand(await ctx.prisma.person.findUniqueOrThrow(args2 as never));
      if (keep.type === 'Organization') {
        return Organization.addBrand(await ctx.prisma.organization.findUniqueOrThrow(args2 as never));
      }
      return Place.addBrand(await ctx.prisma.place.findUniqueOrThrow(args2 as never));
    },
  }),
);
