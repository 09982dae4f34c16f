import type { Prisma } from '@newsgraph/schema';
import { builder } from '../builder.js';
import { nameContains, placeNamed } from '../filters/match-names.js';
import { PlaceKind } from './enums.js';

export const PlaceWhere = builder.inputType('PlaceWhere', {
  description: 'Filters for place lists. All given filters must hold.',
  fields: (t) => ({
    name: t.string({ required: false, description: 'The name or an alias equals this (any script).' }),
    nameContains: t.string({ required: false, description: 'The name or an alias contains this text.' }),
    kind: t.field({ type: PlaceKind, required: false, description: 'Only places of this kind.' }),
  }),
});

export type PlaceWhereValue = typeof PlaceWhere.$inferInput;

export function placeWhere(where: PlaceWhereValue | null | undefined): Prisma.PlaceWhereInput {
  if (!where) return {};
  const and: Prisma.PlaceWhereInput[] = [];
  if (where.name) and.push(placeNamed(where.name, 'where.name'));
  if (where.nameContains) and.push(nameContains(where.nameContains, 'where.nameContains'));
  if (where.kind) and.push({ kind: where.kind });
  return and.length ? { AND: and } : {};
}
