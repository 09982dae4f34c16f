/**
 * The display name of a resolved entity, chosen from every alias seen so far. It depends only on the
 * multiset of aliases (forms with counts), never on which article came first, so ingesting the same
 * articles in any order names every entity the same.
 */
import type { EntityType } from '../domain.js';
import { nameKey, nameParts, scriptOf } from './name-keys.js';

export interface CountedForm {
  form: string;
  /** Mentions with this form (defaults to 1). */
  count?: number;
}

const isAllCaps = (text: string) => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

/** An acronym: one word of capitals (`BSP`, `BJP`, `NDA`), or a Devanagari word of up to 3 letters. */
function isAcronym(form: string): boolean {
  const words = form.trim().split(/\s+/);
  if (words.length !== 1) return false;
  return isAllCaps(form) || /^[A-Z]{1,2}[a-z]?[A-Z]+$/.test(form);
}

/** Code-point comparison (no locale), for ties. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface Group {
  key: string;
  count: number;
  /** Forms of this key with their counts. */
  forms: Map<string, number>;
  latin: boolean;
  full: boolean;
}

/** The best written form of one key: Latin, not all capitals, most frequent, longest, then code point. */
function bestForm(forms: Map<string, number>): string {
  const latin = (form: string) => Number(scriptOf(form) === 'latn');
  return [...forms.entries()].sort(
    ([a, ac], [b, bc]) =>
      latin(b) - latin(a) ||
      Number(isAllCaps(a)) - Number(isAllCaps(b)) ||
      bc - ac ||
      b.length - a.length ||
      byCodePoint(a, b),
  )[0]![0];
}

/**
 * Chooses the canonical name among an entity's aliases: the most frequent full Latin-script name
 * (persons: at least two words once titles are dropped; organisations and places: not an acronym),
 * ties broken by length, then alphabetically. Without a Latin full name, a full name in another
 * script; then any name. Titles are dropped first (`Tory leader Michael Howard` counts as
 * `Michael Howard`), and spellings that share a `nameKey` count together.
 */
export function chooseCanonicalName(aliases: readonly CountedForm[], type: EntityType = 'PERSON'): string {
  const groups = new Map<string, Group>();
  for (const alias of aliases) {
    const parts = nameParts(alias.form, type);
    const form = parts.form.trim();
    if (parts.key === '' || form === '') continue;
    const count = alias.count ?? 1;
    const group = groups.get(parts.key) ?? {
      key: parts.key,
      count: 0,
      forms: new Map<string, number>(),
      latin: false,
      full: false,
    };
    // Spellings sharing a key may differ in script and case: the group is Latin / full if any is.
    group.latin ||= scriptOf(form) === 'latn';
    group.full ||= type === 'PERSON' ? parts.tokens.length >= 2 : !isAcronym(form);
    group.count += count;
    group.forms.set(form, (group.forms.get(form) ?? 0) + count);
    groups.set(parts.key, group);
  }
  const ranked = [...groups.values()].map((group) => ({ group, form: bestForm(group.forms) }));
  ranked.sort(
    (a, b) =>
      Number(b.group.full) - Number(a.group.full) ||
      Number(b.group.latin) - Number(a.group.latin) ||
      b.group.count - a.group.count ||
      b.form.length - a.form.length ||
      byCodePoint(a.form, b.form),
  );
  return ranked[0]?.form ?? aliases[0]?.form.trim() ?? '';
}

/** `nameKey` of the canonical name: what `Person.key` / `Organization.key` / `Place.key` store. */
export function canonicalKey(name: string, type: EntityType = 'PERSON'): string {
  return type === 'PERSON' ? nameParts(name, type).key : nameKey(name);
}
