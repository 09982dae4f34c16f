/**
 * Limits that keep one request from exhausting the server: page sizes, and the depth, breadth and
 * complexity budget that the Pothos complexity plugin checks before execution. The parser-level
 * limits (tokens, aliases, directives) are graphql-armor's, configured in yoga.ts.
 */
import type { FieldComplexityValue } from '@pothos/plugin-complexity';
import { GraphQLError, type GraphQLOutputType, getNamedType, getNullableType, isListType } from 'graphql';

/** The parts of a GraphQLField the complexity function reads. */
interface FieldShape {
  name: string;
  type: GraphQLOutputType;
  args: readonly { name: string }[];
}

/** Largest `first`/`last` a connection accepts. */
export const MAX_PAGE_SIZE = 100;
/** Page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;
/** Deepest selection allowed (the nested example is 8 deep). */
export const MAX_DEPTH = 14;
/** Most fields one operation may select in total. */
export const MAX_BREADTH = 400;
/** Complexity budget: each field costs 1, multiplied by the page size of the lists above it. */
export const MAX_COMPLEXITY = 50_000;
/** Assumed size of a plain list field (participants, reports, aliases ...). */
const PLAIN_LIST_MULTIPLIER = 5;

function hasArg(field: FieldShape, name: string): boolean {
  return field.args.some((arg) => arg.name === name);
}

/**
 * Cost of one field: a paged field multiplies the cost of its selection by the page size it asks
 * for; the `edges` and `nodes` lists inside a connection add no second multiplier.
 */
export function connectionComplexity(
  args: Record<string, unknown>,
  _ctx: unknown,
  field: FieldShape,
): FieldComplexityValue {
  if (hasArg(field, 'first') || hasArg(field, 'last')) {
    const requested = (args.first ?? args.last) as number | null | undefined;
    const size = typeof requested === 'number' ? Math.min(Math.max(requested, 0), MAX_PAGE_SIZE) : null;
    return { field: 1, multiplier: size ?? DEFAULT_PAGE_SIZE };
  }
  const type = getNullableType(field.type);
  if (!isListType(type)) return { field: 1, multiplier: 1 };
  const inConnection =
    field.name === 'edges'
      ? getNamedType(type).name.endsWith('Edge')
      : field.name === 'nodes' && !hasArg(field, 'ids');
  return { field: 1, multiplier: inConnection ? 1 : PLAIN_LIST_MULTIPLIER };
}

export function complexityError(
  kind: string,
  result: {
    depth: number;
    breadth: number;
    complexity: number;
    maxDepth?: number;
    maxBreadth?: number;
    maxComplexity?: number;
  },
): Error {
  const [value, max] =
    kind === 'Depth'
      ? [result.depth, result.maxDepth]
      : kind === 'Breadth'
        ? [result.breadth, result.maxBreadth]
        : [result.complexity, result.maxComplexity];
  return new GraphQLError(
    `The operation is too ${kind === 'Depth' ? 'deep' : kind === 'Breadth' ? 'broad' : 'complex'}: ` +
      `${kind.toLowerCase()} ${value} exceeds the limit of ${max}. Ask for smaller pages or fewer nested fields.`,
    { extensions: { code: 'QUERY_TOO_COMPLEX', kind: kind.toUpperCase(), value, max } },
  );
}

/** Rejects page sizes outside 0..MAX_PAGE_SIZE with BAD_USER_INPUT (instead of silently clamping). */
export function checkPageArgs(args: { first?: number | null; last?: number | null }): void {
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw new GraphQLError(`\`${name}\` must be between 0 and ${MAX_PAGE_SIZE}, got ${value}.`, {
        extensions: { code: 'BAD_USER_INPUT', argument: name },
      });
    }
  }
}

/** `maxSize` for Pothos connections: validates the page arguments, then caps at MAX_PAGE_SIZE. */
export function pageSizeLimit(args: { first?: number | null; last?: number | null }): number {
  checkPageArgs(args);
  return MAX_PAGE_SIZE;
}
