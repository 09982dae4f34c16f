import type { Prisma } from '@newsgraph/schema';
import { builder } from '../builder.js';
import { nameContains, organizationRef, personNamed } from '../filters/match-names.js';

export const PersonWhere = builder.inputType('PersonWhere', {
  description: 'Filters for person lists. All given filters must hold.',
  fields: (t) => ({
    name: t.string({
      required: false,
      description: 'The canonical name or any alias equals this, case-, accent- and script-insensitively.',
    }),
    nameContains: t.string({ required: false, description: 'The name or an alias contains this text.' }),
    organization: t.string({
      required: false,
      description: 'Affiliated with this organisation: an Organization ID, a name or an acronym.',
    }),
  }),
});

export type PersonWhereValue = typeof PersonWhere.$inferInput;

export function personWhere(where: PersonWhereValue | null | undefined): Prisma.PersonWhereInput {
  if (!where) return {};
  const and: Prisma.PersonWhereInput[] = [];
  if (where.name) and.push(personNamed(where.name, 'where.name'));
  if (where.nameContains) and.push(nameContains(where.nameContains, 'where.nameContains'));
  if (where.organization) {
    and.push({
      affiliations: { some: { organization: organizationRef(where.organization, 'where.organization') } },
    });
  }
  return and.length ? { AND: and } : {};
}
