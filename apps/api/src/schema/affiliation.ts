/**
 * Affiliation: a person's role in an organisation, as an article states it.
 */
import { builder, type PrismaObject } from '../builder.js';
import { TextSpan } from './text-span.js';

export const Affiliation: PrismaObject<'Affiliation'> = builder.prismaObject('Affiliation', {
  description:
    'A person\'s role in an organisation ("president", "senior leader"), with the article that states it.',
  fields: (t) => ({
    person: t.relation('person', { description: 'The person.' }),
    organization: t.relation('organization', {
      nullable: true,
      description: 'The organisation; null for a role without one ("former minister").',
    }),
    role: t.exposeString('role', { description: 'The role as the article states it, lower case.' }),
    article: t.relation('article', { description: 'The article that states it.' }),
    evidence: t.field({
      type: TextSpan,
      description: 'The passage of the article that states the role.',
      select: { start: true, end: true, article: { select: { body: true } } },
      resolve: (affiliation) => ({
        start: affiliation.start,
        end: affiliation.end,
        text: affiliation.article.body.slice(affiliation.start, affiliation.end),
      }),
    }),
    confidence: t.exposeFloat('confidence', { description: 'How sure the extractor is, 0 to 1.' }),
  }),
});
