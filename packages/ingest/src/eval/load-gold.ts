/**
 * The gold annotation format read by the evaluation harness.
 *
 * Two dialects are accepted by one schema: the corpus format of `shared/corpus/gold.json`
 * (with `splits`, `optional_statements`, `not_meetings`, `acceptable_speakers`, `speaker_type` ...)
 * and the smaller format of issue 5 (`articles` with persons, organisations, places, meetings and
 * statements only). Everything the smaller format leaves out defaults to empty.
 */
import fs from 'node:fs';
import { z } from 'zod';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const goldNamedSchema = z.object({
  /** Canonical English name (need not occur in the text). */
  name: z.string().min(1),
  /** Name-bearing surface forms found verbatim in the article. */
  aliases: z.array(z.string().min(1)).default([]),
  titles: z.array(z.string().min(1)).optional(),
  descriptions: z.array(z.string().min(1)).optional(),
  note: z.string().optional(),
});
export type GoldNamed = z.infer<typeof goldNamedSchema>;

export const goldMeetingSchema = z.object({
  participants: z.array(z.string().min(1)).min(2),
  place: z.string().min(1).nullable().default(null),
  date: isoDay.nullable().default(null),
  evidence: z.string().min(1),
  evidence_2: z.string().min(1).optional(),
  date_evidence: z.string().min(1).optional(),
  place_surface: z.string().min(1).optional(),
  /** `primary`: the article reports the meeting; `reference`: it refers back to an earlier one. */
  role: z.enum(['primary', 'reference']).optional(),
  note: z.string().optional(),
});
export type GoldMeeting = z.infer<typeof goldMeetingSchema>;

export const goldEvidenceSchema = z.object({
  evidence: z.string().min(1),
  reason: z.string().optional(),
});
export type GoldEvidence = z.infer<typeof goldEvidenceSchema>;

export const speakerTypeSchema = z.enum(['person', 'organization', 'unnamed', 'group']);
export type GoldSpeakerType = z.infer<typeof speakerTypeSchema>;

export const goldStatementSchema = z.object({
  speaker: z.string().min(1).nullable(),
  quote: z.string().min(1),
  kind: z.enum(['direct', 'indirect']).default('direct'),
  speaker_type: speakerTypeSchema.optional(),
  acceptable_speakers: z.array(z.string().min(1)).default([]),
  speaker_description: z.string().optional(),
  note: z.string().optional(),
});
export type GoldStatement = z.infer<typeof goldStatementSchema>;

export const goldArticleSchema = z.object({
  file: z.string().min(1),
  language: z.string().min(2),
  date: isoDay.nullable().default(null),
  title: z.string().nullable().optional(),
  title_note: z.string().optional(),
  source: z.string().optional(),
  date_note: z.string().optional(),
  persons: z.array(goldNamedSchema).default([]),
  organizations: z.array(goldNamedSchema).default([]),
  places: z.array(goldNamedSchema).default([]),
  meetings: z.array(goldMeetingSchema).default([]),
  not_meetings: z.array(goldEvidenceSchema).default([]),
  statements: z.array(goldStatementSchema).default([]),
  optional_statements: z.array(goldStatementSchema).default([]),
  not_statements: z.array(goldEvidenceSchema).default([]),
});
export type GoldArticle = z.infer<typeof goldArticleSchema>;

export const goldSchema = z.object({
  about: z.string().optional(),
  conventions: z.record(z.string(), z.string()).optional(),
  splits: z.record(z.string(), z.array(z.string())).optional(),
  articles: z.array(goldArticleSchema),
});
export type Gold = z.infer<typeof goldSchema>;

/** Parses gold JSON (already decoded); throws a readable error naming the first bad fields. */
export function parseGold(json: unknown, source = 'gold'): Gold {
  const result = goldSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new Error(`${source} is not valid gold: ${problems}`);
  }
  return result.data;
}

/** Reads and validates a gold file. */
export function loadGold(file: string | URL): Gold {
  const text = fs.readFileSync(file, 'utf8');
  return parseGold(JSON.parse(text), String(file));
}

export type SplitName = 'dev' | 'test' | 'all';

/** The split an article belongs to (`dev`, `test`, ...), or `all` when the gold has no splits. */
export function splitOf(gold: Gold, file: string): string {
  for (const [name, files] of Object.entries(gold.splits ?? {})) {
    if (files.includes(file)) return name;
  }
  return 'all';
}

/**
 * The gold articles of one split (`all` or a gold file without splits gives every article),
 * optionally of one language.
 */
export function selectArticles(
  gold: Gold,
  options: { split?: SplitName | undefined; language?: string | undefined } = {},
): GoldArticle[] {
  const split = options.split ?? 'all';
  let wanted: Set<string> | null = null;
  if (split !== 'all' && gold.splits) {
    const files = gold.splits[split];
    if (!files) throw new Error(`the gold has no split named ${split}`);
    wanted = new Set(files);
  }
  return gold.articles.filter(
    (article) =>
      (wanted === null || wanted.has(article.file)) &&
      (options.language === undefined || article.language === options.language),
  );
}
