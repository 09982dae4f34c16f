/**
 * Mutation ingestArticles: stores and extracts articles through the ingestion pipeline, reporting a
 * status per article. Needs an API key with the `ingest` permission.
 */
import { queryFromInfo } from '@pothos/plugin-prisma';
import { builder } from '../builder.js';
import { badUserInput } from '../errors.js';
import type { ArticleInputValue, IngestStatus as IngestStatusValue } from '../ingest-port.js';
import { Article } from './article.js';

/** Most articles one call may carry. */
export const MAX_ARTICLES_PER_CALL = 100;
/** Longest article body accepted, in characters. */
export const MAX_BODY_LENGTH = 500_000;

const STATUS_VALUES = {
  new: 'NEW',
  updated: 'UPDATED',
  unchanged: 'UNCHANGED',
  'near-duplicate': 'NEAR_DUPLICATE',
  failed: 'FAILED',
} as const satisfies Record<IngestStatusValue, string>;

export const IngestStatus = builder.enumType('IngestStatus', {
  description: 'What happened to one article of an `ingestArticles` call.',
  values: {
    NEW: { description: 'Stored and extracted for the first time.' },
    UPDATED: {
      description: 'The source was known with other text; the article was replaced and extracted again.',
    },
    UNCHANGED: {
      description: 'The same text was already stored (from this or another source); nothing changed.',
    },
    NEAR_DUPLICATE: {
      description: 'Stored and linked to an almost identical article (see `Article.sameStoryAs`).',
    },
    FAILED: { description: 'Not ingested; see `error`. Other articles of the call are not affected.' },
  } as const,
});

export const ArticleInput = builder.inputType('ArticleInput', {
  description: 'One article to ingest.',
  fields: (t) => ({
    ingestedFrom: t.string({
      required: true,
      description:
        'Identity of the source: a file path, file name or URL. Re-ingesting the same source updates it.',
    }),
    body: t.string({
      required: true,
      description: `The article text (at most ${MAX_BODY_LENGTH} characters).`,
    }),
    title: t.string({ required: false, description: 'Headline; found in the text when absent.' }),
    url: t.string({ required: false, description: 'Web address of the original.' }),
    publishedAt: t.field({
      type: 'Date',
      required: false,
      description: 'Publication date; found in the text (dateline) when absent.',
    }),
    language: t.string({ required: false, description: 'ISO 639-1 code; detected when absent.' }),
    agency: t.string({ required: false, description: 'News agency; found in the dateline when absent.' }),
    byline: t.string({ required: false, description: 'Author line.' }),
  }),
});

interface ResultShape {
  ingestedFrom: string;
  status: keyof typeof STATUS_VALUES;
  articleId: string | null;
  error: string | null;
  article?: unknown;
}

const IngestArticleResult = builder.objectRef<ResultShape>('IngestArticleResult').implement({
  description: 'The outcome for one article of an `ingestArticles` call.',
  fields: (t) => ({
    ingestedFrom: t.exposeString('ingestedFrom', { description: 'The `ingestedFrom` of the input.' }),
    status: t.field({
      type: IngestStatus,
      description: 'What happened.',
      resolve: (result) => STATUS_VALUES[result.status],
    }),
    article: t.field({
      type: Article,
      nullable: true,
      description: 'The stored article (for UNCHANGED, the one already stored); null when FAILED.',
      resolve: (result) => (result.article ?? null) as never,
    }),
    error: t.exposeString('error', { nullable: true, description: 'Why the article failed.' }),
  }),
});

interface PayloadShape {
  results: ResultShape[];
}

const count = (payload: PayloadShape, status: ResultShape['status']) =>
  payload.results.filter((result) => result.status === status).length;

const IngestArticlesPayload = builder.objectRef<PayloadShape>('IngestArticlesPayload').implement({
  description: 'The outcome of an `ingestArticles` call: one result per input article, in input order.',
  fields: (t) => ({
    results: t.field({
      type: [IngestArticleResult],
      description: 'One result per input article, in input order.',
      resolve: (payload) => payload.results,
    }),
    newCount: t.int({ description: 'Articles stored for the first time.', resolve: (p) => count(p, 'new') }),
    updatedCount: t.int({
      description: 'Articles replaced with new text.',
      resolve: (p) => count(p, 'updated'),
    }),
    unchangedCount: t.int({
      description: 'Articles already stored as they are.',
      resolve: (p) => count(p, 'unchanged'),
    }),
    nearDuplicateCount: t.int({
      description: 'Articles stored as near-duplicates of others.',
      resolve: (p) => count(p, 'near-duplicate'),
    }),
    failedCount: t.int({ description: 'Articles that failed.', resolve: (p) => count(p, 'failed') }),
  }),
});

function validateInputs(inputs: readonly (typeof ArticleInput.$inferInput)[]): ArticleInputValue[] {
  if (inputs.length === 0) throw badUserInput('`input` is empty.', { argument: 'input' });
  if (inputs.length > MAX_ARTICLES_PER_CALL) {
    throw badUserInput(`At most ${MAX_ARTICLES_PER_CALL} articles per call, got ${inputs.length}.`, {
      argument: 'input',
    });
  }
  const seen = new Set<string>();
  return inputs.map((input, index) => {
    const argument = `input[${index}]`;
    const ingestedFrom = input.ingestedFrom.trim();
    if (!ingestedFrom) throw badUserInput(`${argument}.ingestedFrom is empty.`, { argument });
    if (ingestedFrom.length > 2048) throw badUserInput(`${argument}.ingestedFrom is too long.`, { argument });
    if (seen.has(ingestedFrom)) {
      throw badUserInput(`${argument}.ingestedFrom "${ingestedFrom}" appears twice in this call.`, {
        argument,
      });
    }
    seen.add(ingestedFrom);
    if (!input.body.trim()) throw badUserInput(`${argument}.body is empty.`, { argument });
    if (input.body.length > MAX_BODY_LENGTH) {
      throw badUserInput(`${argument}.body is longer than ${MAX_BODY_LENGTH} characters.`, { argument });
    }
    return {
      ingestedFrom,
      body: input.body,
      title: input.title ?? null,
      url: input.url ?? null,
      publishedAt: input.publishedAt ? input.publishedAt.toISOString().slice(0, 10) : null,
      language: input.language ?? null,
      agency: input.agency ?? null,
      byline: input.byline ?? null,
    };
  });
}

builder.mutationField('ingestArticles', (t) =>
  t.field({
    type: IngestArticlesPayload,
    description:
      'Ingests articles: stores each text, extracts people, organisations, places, statements and meetings, ' +
      'and links it to the same story in other articles. Idempotent per `ingestedFrom` and text. Needs an API key ' +
      'with the `ingest` permission; subscribers of `articleIngested` hear of every stored article.',
    authScopes: { ingest: true },
    args: {
      input: t.arg({
        type: [ArticleInput],
        required: true,
        description: `1 to ${MAX_ARTICLES_PER_CALL} articles.`,
      }),
    },
    resolve: async (_root, args, ctx, info) => {
      const inputs = validateInputs(args.input);
      const outcome = await ctx.ingest(ctx.db, inputs);
      const results: ResultShape[] = inputs.map((input, index) => {
        const result = outcome.results[index];
        return {
          ingestedFrom: input.ingestedFrom,
          status: result?.status ?? 'failed',
          articleId: result?.articleId ?? null,
          error: result ? (result.error ?? null) : 'the pipeline returned no result for this article',
        };
      });
      const ids = results.flatMap((result) => (result.articleId ? [result.articleId] : []));
      if (ids.length > 0) {
        const query = await queryFromInfo({
          context: ctx,
          info,
          typeName: 'Article',
          path: ['results', 'article'],
          select: { id: true },
          awaitSelections: true,
        });
        const articles = await ctx.prisma.article.findMany({
          ...(query as object),
          where: { id: { in: ids } },
        });
        const byId = new Map(articles.map((article) => [article.id, article]));
        for (const result of results)
          result.article = result.articleId ? byId.get(result.articleId) : undefined;
      }
      for (const result of results) {
        if (result.articleId && result.status !== 'unchanged' && result.status !== 'failed') {
          ctx.pubsub.publish('articleIngested', result.articleId);
        }
      }
      ctx.logger.info(
        {
          ingested: results.length,
          failed: results.filter((r) => r.status === 'failed').length,
          key: ctx.apiKey?.name,
        },
        'ingestArticles',
      );
      return { results };
    },
  }),
);

builder.subscriptionField('articleIngested', (t) =>
  t.prismaField({
    type: 'Article',
    description:
      'Every article the `ingestArticles` mutation of this server stores as new, updated or near-duplicate ' +
      '(articles ingested by other processes, such as the CLI, are not announced).',
    subscribe: (_root, _args, ctx) => ctx.pubsub.subscribe('articleIngested'),
    resolve: (query, articleId, _args, ctx) =>
      ctx.prisma.article.findUniqueOrThrow({ ...query, where: { id: articleId as unknown as string } }),
  }),
);
