/**
 * The lookup key of a name, exactly as the ingest pipeline stores it in Alias.key / Person.key
 * (case and accents folded, Devanagari spelling variants folded), so queries by name compare on it:
 * "PRIYA Sharma", "Priya Sharma" and "Prīya Sharma" find the same person. Lookups also compare the
 * alias form itself, case-insensitively (see filters/match-names.ts).
 */
export { nameKey } from '@newsgraph/ingest';
