/**
 * Place: a country, state, district, city or venue named in the articles.
 * Queries: place(id|name), places(...).
 */
import { builder, type PrismaNode } from '../builder.js';
import { placeNamed } from '../filters/match-names.js';
import { pageSizeLimit } from '../limits.js';
import { addArticlesField, aliasesField, byIdOrName, MOST_MENTIONED } from './entity-fields.js';
import { PlaceKind } from './enums.js';
import { MeetingConnection } from './meeting.js';
import { PlaceWhere, placeWhere } from './place-where.js';

export const Place: PrismaNode<'Place'> = builder.prismaNode('Place', {
  id: { field: 'id' },
  nullable: true,
  description: 'A country, state, district, city or venue named in the articles.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Canonical name.' }),
    aliases: t.stringList(aliasesField),
    kind: t.expose('kind', { type: PlaceKind, description: 'Country, state, district, city, venue ...' }),
    country: t.exposeString('country', {
      nullable: true,
      description: 'ISO 3166-1 alpha-2 country code, when known.',
    }),
    latitude: t.exposeFloat('latitude', { nullable: true, description: 'Latitude (WGS 84), when known.' }),
    longitude: t.exposeFloat('longitude', { nullable: true, description: 'Longitude (WGS 84), when known.' }),
    mentionCount: t.relationCount('mentions', {
      description: 'Number of times the place is mentioned across all articles.',
    }),
  }),
});

export const PlaceConnection = builder.connectionObject(
  { type: Place, name: 'PlaceConnection', description: 'A page of places.' },
  { name: 'PlaceEdge', description: 'A place in a list of places.' },
);

builder.prismaObjectFields(Place, (t) => ({
  meetings: t.relatedConnection(
    'meetings',
    {
      description: 'Meetings held here, newest first.',
      cursor: 'id',
      totalCount: true,
      maxSize: pageSizeLimit,
      query: { orderBy: [{ date: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }] },
    },
    MeetingConnection,
  ),
}));

addArticlesField(Place, 'placeId', 'Articles that mention the place or are datelined there, newest first.');

builder.queryFields((t) => ({
  place: t.prismaField({
    type: 'Place',
    nullable: true,
    description: 'A place by ID or by name (canonical name or any alias, in any script).',
    args: {
      id: t.arg.id({ required: false, description: 'Global ID of the place.' }),
      name: t.arg.string({ required: false, description: 'A name or alias, in any script.' }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.place.findFirst({
        ...query,
        where: byIdOrName('Place', args, placeNamed),
        orderBy: MOST_MENTIONED,
      }),
  }),
  places: t.prismaConnection(
    {
      type: 'Place',
      cursor: 'id',
      description: 'All places, by name.',
      maxSize: pageSizeLimit,
      args: {
        where: t.arg({
          type: PlaceWhere,
          required: false,
          description: 'Only places matching all these filters.',
        }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.place.count({ where: placeWhere(args.where) }),
      resolve: (query, _parent, args, ctx) =>
        ctx.prisma.place.findMany({
          ...query,
          where: placeWhere(args.where),
          orderBy: [{ name: 'asc' }, { id: 'asc' }],
        }),
    },
    PlaceConnection,
  ),
}));
