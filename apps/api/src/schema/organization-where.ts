import type { Prisma } from '@newsgraph/schema';
import { builder } from '../builder.js';
import { nameContains, organizationNamed } from '../filters/match-names.js';

export const OrganizationWhere = builder.inputType('OrganizationWhere', {
  description: 'Filters for organisation lists. All given filters must hold.',
  fields: (t) => ({
    name: t.string({ required: false, description: 'The name, acronym or an alias equals this.' }),
    nameContains: t.string({ required: false, description: 'The name or an alias contains this text.' }),
  }),
});

export type OrganizationWhereValue = typeof OrganizationWhere.$inferInput;

export function organizationWhere(
  where: OrganizationWhereValue | null | undefined,
): Prisma.OrganizationWhereInput {
  if (!where) return {};
  const and: Prisma.OrganizationWhereInput[] = [];
  if (where.name) and.push(organizationNamed(where.name, 'where.name'));
  if (where.nameContains) and.push(nameContains(where.nameContains, 'where.nameContains'));
  return and.length ? { AND: and } : {};
}
