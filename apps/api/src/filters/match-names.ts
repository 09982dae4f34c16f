/**
 * Where clauses that find entities by name or by "global ID or name" references. A name matches the
 * canonical name or any alias: on the normalised key (case-, accent- and script-insensitive, see
 * name-key.ts) or on the written form, case-insensitively.
 */
import type { Prisma } from '@newsgraph/schema';
import { type NodeTypeName, tryDecodeId } from '../global-ids.js';
import { badUserInput } from '../errors.js';
import { nameKey } from '../name-key.js';

function nameParts(name: string, argument: string) {
  const form = name.normalize('NFC').replace(/\s+/g, ' ').trim();
  const key = nameKey(form);
  if (!key) throw badUserInput(`\`${argument}\` is empty.`, { argument });
  return { form, key };
}

function aliasMatch(form: string, key: string): Prisma.AliasWhereInput {
  return { OR: [{ key }, { form: { equals: form, mode: 'insensitive' } }] };
}

export function personNamed(name: string, argument = 'name'): Prisma.PersonWhereInput {
  const { form, key } = nameParts(name, argument);
  return {
    OR: [
      { key },
      { name: { equals: form, mode: 'insensitive' } },
      { aliases: { some: aliasMatch(form, key) } },
    ],
  };
}

export function organizationNamed(name: string, argument = 'name'): Prisma.OrganizationWhereInput {
  const { form, key } = nameParts(name, argument);
  return {
    OR: [
      { key },
      { name: { equals: form, mode: 'insensitive' } },
      { acronym: { equals: form, mode: 'insensitive' } },
      { aliases: { some: aliasMatch(form, key) } },
    ],
  };
}

export function placeNamed(name: string, argument = 'name'): Prisma.PlaceWhereInput {
  const { form, key } = nameParts(name, argument);
  return {
    OR: [
      { key },
      { name: { equals: form, mode: 'insensitive' } },
      { aliases: { some: aliasMatch(form, key) } },
    ],
  };
}

/** Substring match on names and aliases (for `nameContains` filters). */
export function nameContains(text: string, argument = 'nameContains') {
  const { form, key } = nameParts(text, argument);
  return {
    OR: [
      { key: { contains: key } },
      { name: { contains: form, mode: 'insensitive' as const } },
      {
        aliases: {
          some: {
            OR: [{ key: { contains: key } }, { form: { contains: form, mode: 'insensitive' as const } }],
          },
        },
      },
    ],
  };
}

/** `value` is a global ID of `type` or a name. */
function refId(value: string, type: NodeTypeName, argument: string): string | null {
  const decoded = tryDecodeId(value.trim());
  if (!decoded) return null;
  if (decoded.type !== type) {
    throw badUserInput(`\`${argument}\` is the ID of a ${decoded.type}, expected a ${type} ID or name.`, {
      argument,
    });
  }
  return decoded.id;
}

export function personRef(value: string, argument: string): Prisma.PersonWhereInput {
  const id = refId(value, 'Person', argument);
  return id ? { id } : personNamed(value, argument);
}

export function organizationRef(value: string, argument: string): Prisma.OrganizationWhereInput {
  const id = refId(value, 'Organization', argument);
  return id ? { id } : organizationNamed(value, argument);
}

export function placeRef(value: string, argument: string): Prisma.PlaceWhereInput {
  const id = refId(value, 'Place', argument);
  return id ? { id } : placeNamed(value, argument);
}
