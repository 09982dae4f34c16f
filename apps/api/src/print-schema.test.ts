import fs from 'node:fs';
import {
  type GraphQLField,
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { printedSchema, SCHEMA_FILE } from './print-schema.js';
import { schema } from './schema/index.js';

const ownTypes = Object.values(schema.getTypeMap()).filter(
  (type) => !type.name.startsWith('__') && !(isScalarType(type) && isSpecifiedScalarType(type)),
);

function fieldOf(coordinate: string): GraphQLField<unknown, unknown> {
  const [typeName, fieldName] = coordinate.split('.') as [string, string];
  const type = schema.getType(typeName);
  if (!type || !(isObjectType(type) || isInterfaceType(type))) throw new Error(`no type ${typeName}`);
  const field = type.getFields()[fieldName];
  if (!field) throw new Error(`no field ${coordinate}`);
  return field;
}

describe('schema.graphql', () => {
  it('is the schema the code builds (run `pnpm --filter @newsgraph/api schema:print` after changing it)', () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(printedSchema());
  });
});

describe('the contract of issue 7', () => {
  it.each([
    ['Query.node', 'Node', 'id: ID!'],
    ['Query.nodes', '[Node]!', 'ids: [ID!]!'],
    ['Query.person', 'Person', 'id: ID, name: String'],
    [
      'Query.people',
      'PersonConnection!',
      'first: Int, after: String, last: Int, before: String, where: PersonWhere, orderBy: PersonOrder',
    ],
    ['Query.organization', 'Organization', 'id: ID, name: String'],
    [
      'Query.organizations',
      'OrganizationConnection!',
      'first: Int, after: String, last: Int, before: String, where: OrganizationWhere',
    ],
    ['Query.place', 'Place', 'id: ID, name: String'],
    [
      'Query.places',
      'PlaceConnection!',
      'first: Int, after: String, last: Int, before: String, where: PlaceWhere',
    ],
    ['Query.article', 'Article', 'id: ID, ingestedFrom: String'],
    [
      'Query.articles',
      'ArticleConnection!',
      'first: Int, after: String, last: Int, before: String, where: ArticleWhere',
    ],
    [
      'Query.meetings',
      'MeetingConnection!',
      'first: Int, after: String, last: Int, before: String, where: MeetingWhere',
    ],
    [
      'Query.statements',
      'StatementConnection!',
      'first: Int, after: String, last: Int, before: String, where: StatementWhere',
    ],
    ['Query.search', '[SearchHit!]!', 'query: String!, first: Int'],
    ['Person.aliases', '[String!]!', ''],
    ['Person.affiliations', '[Affiliation!]!', ''],
    [
      'Person.meetings',
      'MeetingConnection!',
      'first: Int, after: String, last: Int, before: String, where: MeetingWhere',
    ],
    [
      'Person.statements',
      'StatementConnection!',
      'first: Int, after: String, last: Int, before: String, where: StatementWhere',
    ],
    [
      'Person.articles',
      'ArticleConnection!',
      'first: Int, after: String, last: Int, before: String, where: ArticleWhere',
    ],
    ['Person.metWith', 'PersonConnection!', 'first: Int, after: String, last: Int, before: String'],
    ['Person.mentionCount', 'Int!', ''],
    ['Meeting.date', 'Date', ''],
    ['Meeting.datePrecision', 'DatePrecision!', ''],
    ['Meeting.place', 'Place', ''],
    ['Meeting.venue', 'String', ''],
    ['Meeting.participants', '[Person!]!', ''],
    ['Meeting.reports', '[MeetingReport!]!', ''],
    ['Meeting.statements', 'StatementConnection!', 'first: Int, after: String, last: Int, before: String'],
    ['Meeting.summary', 'String', ''],
    ['MeetingReport.article', 'Article!', ''],
    ['MeetingReport.role', 'ReportRole!', ''],
    ['MeetingReport.evidence', 'TextSpan!', ''],
    ['Statement.text', 'String!', ''],
    ['Statement.kind', 'StatementKind!', ''],
    ['Statement.language', 'String!', ''],
    ['Statement.speaker', 'Person', ''],
    ['Statement.speakerName', 'String', ''],
    ['Statement.cue', 'String', ''],
    ['Statement.article', 'Article!', ''],
    ['Statement.span', 'TextSpan!', ''],
    ['Statement.confidence', 'Float!', ''],
    ['Statement.meeting', 'Meeting', ''],
    ['Statement.about', '[Person!]!', ''],
    ['Article.ingestedFrom', 'String!', ''],
    ['Article.title', 'String', ''],
    ['Article.body', 'String!', ''],
    ['Article.language', 'String!', ''],
    ['Article.publishedAt', 'Date', ''],
    ['Article.dateline', 'Place', ''],
    ['Article.agency', 'String', ''],
    ['Article.url', 'String', ''],
    ['Article.contentHash', 'String!', ''],
    ['Article.ingestedAt', 'DateTime!', ''],
    ['Article.people', 'PersonConnection!', 'first: Int, after: String, last: Int, before: String'],
    ['Article.organizations', '[Organization!]!', ''],
    ['Article.places', '[Place!]!', ''],
    ['Article.statements', 'StatementConnection!', 'first: Int, after: String, last: Int, before: String'],
    ['Article.meetings', '[Meeting!]!', ''],
    ['Article.sameStoryAs', '[Article!]!', ''],
    ['Article.mentions', 'MentionConnection!', 'first: Int, after: String, last: Int, before: String'],
    ['TextSpan.start', 'Int!', ''],
    ['TextSpan.end', 'Int!', ''],
    ['TextSpan.text', 'String!', ''],
    ['Organization.members', '[Affiliation!]!', ''],
    [
      'Organization.articles',
      'ArticleConnection!',
      'first: Int, after: String, last: Int, before: String, where: ArticleWhere',
    ],
    [
      'Organization.statements',
      'StatementConnection!',
      'first: Int, after: String, last: Int, before: String',
    ],
    ['Place.kind', 'PlaceKind!', ''],
    ['Place.meetings', 'MeetingConnection!', 'first: Int, after: String, last: Int, before: String'],
    [
      'Place.articles',
      'ArticleConnection!',
      'first: Int, after: String, last: Int, before: String, where: ArticleWhere',
    ],
    ['Mutation.ingestArticles', 'IngestArticlesPayload!', 'input: [ArticleInput!]!'],
    ['Mutation.mergeEntities', 'Node', 'keepId: ID!, mergeId: ID!, reason: String'],
    ['Subscription.articleIngested', 'Article!', ''],
  ])('has %s: %s', (coordinate, type, args) => {
    const field = fieldOf(coordinate);
    expect(String(field.type)).toBe(type);
    // Arguments are named, so their order is not part of the contract.
    const actual = field.args.map((arg) => `${arg.name}: ${String(arg.type)}`).sort();
    expect(actual).toEqual(args ? args.split(', ').sort() : []);
  });

  it('makes every list that can grow a connection with edges, nodes, pageInfo and totalCount', () => {
    const connections = ownTypes.filter((type) => type.name.endsWith('Connection'));
    expect(connections.map((type) => type.name).sort()).toEqual([
      'ArticleConnection',
      'MeetingConnection',
      'MentionConnection',
      'OrganizationConnection',
      'PersonConnection',
      'PlaceConnection',
      'StatementConnection',
    ]);
    for (const type of connections) {
      if (!isObjectType(type)) throw new Error(`${type.name} is not an object type`);
      expect(Object.keys(type.getFields()).sort(), type.name).toEqual([
        'edges',
        'nodes',
        'pageInfo',
        'totalCount',
      ]);
    }
    expect(String(fieldOf('PersonEdge.meetingCount').type)).toBe('Int');
  });

  it('lets every entity be refetched as a Node', () => {
    const node = schema.getType('Node');
    if (!isInterfaceType(node)) throw new Error('no Node interface');
    expect(
      schema
        .getPossibleTypes(node)
        .map((type) => type.name)
        .sort(),
    ).toEqual(['Article', 'Meeting', 'Organization', 'Person', 'Place', 'Statement']);
  });
});

describe('documentation', () => {
  const undocumented = (type: GraphQLNamedType): string[] => {
    const missing = type.description ? [] : [type.name];
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args)
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        if (!field.description) missing.push(`${type.name}.${field.name}`);
    }
    if (isEnumType(type)) {
      for (const value of type.getValues())
        if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    return missing;
  };

  it('describes every type, field, argument and enum value (the docs GraphiQL shows)', () => {
    expect(ownTypes.flatMap(undocumented)).toEqual([]);
  });
});
