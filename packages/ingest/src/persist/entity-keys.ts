/**
 * The bridge between persistence and the pure resolution logic. Interim rules until the
 * resolver modules land in src/resolve/: exact name keys and lexicon ids only.
 */
import type { ArticleEntity, Script } from '../domain.js';
import { devanagariKey, latinKey } from '../lexicons/name-keys.js';

export interface CandidateAlias {
  form: string;
  key: string;
  phonetic: string | null;
  count: number;
}

export interface Candidate {
  id: string;
  name: string;
  lexiconId: string | null;
  aliases: CandidateAlias[];
  organizationIds: string[];
}

export function scriptOf(text: string): Script {
  if (/[\u0900-\u097F]/.test(text)) return 'deva';
  if (/[A-Za-z]/.test(text)) return 'latn';
  return 'other';
}

export function nameKey(text: string): string {
  return scriptOf(text) === 'deva'
    ? devanagariKey(text).replace(/\s+/g, ' ').trim()
    : latinKey(text).replace(/[.]/g, '');
}

export function phoneticKey(_text: string): string {
  return '';
}

export function chooseCanonicalName(aliases: Array<{ form: string; count: number }>): string {
  const score = (a: { form: string; count: number }) => [
    scriptOf(a.form) === 'latn' ? 1 : 0,
    a.form.split(/\s+/).length >= 2 ? 1 : 0,
    a.count,
    a.form.length,
  ];
  return [...aliases].sort((a, b) => {
    const sa = score(a);
    const sb = score(b);
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return (sb[i] ?? 0) - (sa[i] ?? 0);
    return a.form < b.form ? -1 : a.form > b.form ? 1 : 0;
  })[0]!.form;
}

export function decideEntity(
  e: ArticleEntity,
  forms: string[],
  candidates: Candidate[],
  _context: { organizationIds: string[] },
): { attachTo: string | null; reason: string; score: number } {
  if (e.lexiconId) {
    const hit = candidates.find((c) => c.lexiconId === e.lexiconId);
    if (hit) return { attachTo: hit.id, reason: 'lexicon-id', score: 1 };
  }
  const keys = new Set(forms.filter((f) => e.type !== 'PERSON' || f.trim().includes(' ')).map(nameKey));
  const hits = candidates.filter((c) => c.aliases.some((a) => keys.has(a.key)));
  if (hits.length === 1) return { attachTo: hits[0]!.id, reason: 'alias-key-exact', score: 0.9 };
  return { attachTo: null, reason: hits.length ? 'ambiguous' : 'no-candidate', score: 0 };
}
