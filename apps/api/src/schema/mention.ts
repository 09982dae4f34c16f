/**
 * Mention: one place in an article where a person, organisation or place is named.
 */
import { builder, type PrismaObject } from '../builder.js';
import { MentionForm } from './enums.js';
import { Organization } from './organization.js';
import { Person } from './person.js';
import { Place } from './place.js';
import { TextSpan } from './text-span.js';

export const MentionedEntity = builder.unionType('MentionedEntity', {
  description: 'Something an article can mention.',
  types: () => [Person, Organization, Place],
});

export const Mention: PrismaObject<'Mention'> = builder.prismaObject('Mention', {
  description: 'One place in an article where a person, organisation or place is named.',
  fields: (t) => ({
    entity: t.field({
      type: MentionedEntity,
      description: 'What is mentioned.',
      select: async (_args, _ctx, nestedSelection) => ({
        person: await nestedSelection(true, [], 'Person'),
        organization: await nestedSelection(true, [], 'Organization'),
        place: await nestedSelection(true, [], 'Place'),
      }),
      resolve: (mention) => {
        if (mention.person) return Person.addBrand(mention.person);
        if (mention.organization) return Organization.addBrand(mention.organization);
        if (mention.place) return Place.addBrand(mention.place);
        throw new Error(`mention ${mention.id} has no entity`);
      },
    }),
    text: t.exposeString('text', { description: 'The mention as written ("the former minister", "BJP").' }),
    span: t.field({
      type: TextSpan,
      description: 'Where the mention is in `Article.body`.',
      select: { start: true, end: true, text: true },
      resolve: (mention) => ({ start: mention.start, end: mention.end, text: mention.text }),
    }),
    form: t.expose('form', {
      type: MentionForm,
      description: 'Name, short form, acronym, description or pronoun.',
    }),
    confidence: t.exposeFloat('confidence', { description: 'How sure the extractor is, 0 to 1.' }),
  }),
});

export const MentionConnection = builder.connectionObject(
  { type: Mention, name: 'MentionConnection', description: 'A page of mentions.' },
  { name: 'MentionEdge', description: 'A mention in a list of mentions.' },
);
