import { describe, expect, it } from 'vitest';
import { connectionFromPage, encodeItemCursor, pageList } from './page-id-lists.js';

const items = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id).join('');

describe('pageList', () => {
  it.each([
    [{ first: 2 }, 'ab', { hasNextPage: true, hasPreviousPage: false }],
    [{ first: 2, after: encodeItemCursor('b') }, 'cd', { hasNextPage: true, hasPreviousPage: true }],
    [{ first: 2, after: encodeItemCursor('d') }, 'e', { hasNextPage: false, hasPreviousPage: true }],
    [{ last: 2 }, 'de', { hasNextPage: false, hasPreviousPage: true }],
    [{ last: 2, before: encodeItemCursor('d') }, 'bc', { hasNextPage: true, hasPreviousPage: true }],
    [{ last: 10, before: encodeItemCursor('b') }, 'a', { hasNextPage: true, hasPreviousPage: false }],
    [{ first: 0 }, '', { hasNextPage: true, hasPreviousPage: false }],
    [{}, 'abcde', { hasNextPage: false, hasPreviousPage: false }],
  ])('pages %j to %s', (args, expected, info) => {
    const page = pageList(items, args);
    expect(ids(page)).toBe(expected);
    expect({ hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage }).toEqual(info);
    expect(page.totalCount).toBe(5);
  });

  it('keeps a page boundary in place when items are added before it', () => {
    const after = encodeItemCursor('b');
    expect(ids(pageList([{ id: 'z' }, ...items], { first: 2, after }))).toBe('cd');
  });

  it.each([
    [{ first: 101 }, /between 0 and 100/],
    [{ first: 1, last: 1 }, /either `first` or `last`/],
    [{ after: 'not-a-cursor' }, /not a cursor/],
    [{ after: encodeItemCursor('gone') }, /no longer in this list/],
  ])('rejects %j as bad user input', (args, message) => {
    expect(() => pageList(items, args)).toThrow(message);
    try {
      pageList(items, args);
    } catch (error) {
      expect((error as { extensions: { code: string } }).extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('connectionFromPage', () => {
  it('builds edges with cursors for the loaded nodes and extra edge fields', () => {
    const page = pageList(items, { first: 3 });
    const nodes = new Map([
      ['a', { name: 'A' }],
      ['c', { name: 'C' }],
    ]);
    const connection = connectionFromPage(page, nodes, (item) => ({ rank: item.id.charCodeAt(0) }));
    expect(connection.edges.map((edge) => [edge.node.name, edge.rank])).toEqual([
      ['A', 97],
      ['C', 99],
    ]);
    expect(connection.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: encodeItemCursor('a'),
      endCursor: encodeItemCursor('c'),
    });
    expect(connection.totalCount).toBe(5);
  });
});
