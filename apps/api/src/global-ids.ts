/**
 * Relay global IDs: base64 of `<Type>:<uuid>`. Decoding checks the type and the uuid, so a wrong ID
 * is a BAD_USER_INPUT error, never a database error.
 */
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { badUserInput } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type NodeTypeName = 'Person' | 'Organization' | 'Place' | 'Article' | 'Meeting' | 'Statement';

const NODE_TYPES = new Set<string>(['Person', 'Organization', 'Place', 'Article', 'Meeting', 'Statement']);

/** A decoded global ID that can name an object: one of our types, with a UUID. */
export function isNodeId(ref: { id: unknown; typename: string }): boolean {
  return NODE_TYPES.has(ref.typename) && UUID.test(String(ref.id));
}

export function encodeId(type: NodeTypeName, id: string): string {
  return encodeGlobalID(type, id);
}

/** The type and database id of a global ID, or null when it is not one of ours. */
export function tryDecodeId(globalId: string): { type: string; id: string } | null {
  try {
    const { typename, id } = decodeGlobalID(globalId);
    return typename && UUID.test(String(id)) ? { type: typename, id: String(id) } : null;
  } catch {
    return null;
  }
}

/** The database id of a global ID of one of `types`; BAD_USER_INPUT otherwise. */
export function decodeId<T extends NodeTypeName>(
  globalId: string,
  types: readonly T[],
  argument: string,
): { type: T; id: string } {
  const decoded = tryDecodeId(globalId);
  if (!decoded) throw badUserInput(`\`${argument}\` is not a valid ID.`, { argument });
  if (!types.includes(decoded.type as T)) {
    throw badUserInput(`\`${argument}\` is the ID of a ${decoded.type}, expected ${types.join(' or ')}.`, {
      argument,
    });
  }
  return { type: decoded.type as T, id: decoded.id };
}
