import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed.js';
import { SourceError } from './source-types.js';

const feedFile = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/inputs/feeds/${name}`, import.meta.url), 'utf8');

describe('parseFeed', () => {
  describe('on an RSS 2.0 feed', () => {
    const feed = parseFeed(feedFile('wire.rss'));

    it('lists every item in order with its feed-level facts', () => {
      expect(feed).toMatchObject({ kind: 'rss', title: 'Example Wire: State news', language: 'en-in' });
      expect(feed.items.map((item) => item.title)).toEqual([
        'New bridge over the river opens after six years',
        'Exam results to be declared on Friday',
        'Wildlife census counts more elephants',
      ]);
    });

    it('turns content:encoded into paragraphs of plain text', () => {
      const [bridge] = feed.items;
      expect(bridge?.content?.split('\n\n')).toEqual([
        expect.stringMatching(/^Patna, Feb 10 \(PTI\) A four-lane bridge over the river opened/),
        expect.stringMatching(/"The people waited patiently, and today their wait is over," he said/),
        'Trucks will be allowed on the bridge only at night for the first month, officials said.',
      ]);
      expect(bridge).toMatchObject({
        link: 'https://wire.example.net/stories/river-bridge-opens',
        publishedAt: '2025-02-10T14:20:00+05:30',
        byline: 'Wire Desk',
        summary: 'A four-lane bridge opened on Monday.',
      });
    });

    it('keeps an item without a link, with its description as summary', () => {
      expect(feed.items[1]).toMatchObject({
        link: null,
        content: null,
        summary:
          'The state school board will declare the class 10 results on Friday at noon, its chairman said.',
        publishedAt: '2025-02-11T09:00:00Z',
      });
    });

    it('does not treat a guid marked isPermaLink="false" as a link', () => {
      expect(feed.items[2]).toMatchObject({ link: null, id: 'wire-2025-0212-elephants' });
    });
  });

  describe('on an Atom feed', () => {
    const feed = parseFeed(feedFile('desk.atom'));

    it('reads entries with escaped-HTML and inline-XHTML content', () => {
      expect(feed).toMatchObject({ kind: 'atom', title: 'Example Desk', language: 'en' });
      const [court, rail] = feed.items;
      expect(court).toMatchObject({
        title: 'Court orders repair of all school buildings',
        link: 'https://desk.example.org/2025/03/court-school-buildings',
        id: 'tag:desk.example.org,2025:court-school-buildings',
        publishedAt: '2025-03-04T16:30:00+05:30',
        byline: 'Legal Correspondent',
      });
      expect(court?.content?.split('\n\n')).toHaveLength(2);
      expect(court?.content).toContain(
        '"Safety of students is not a matter of budget allocation alone," the bench observed.',
      );
      expect(rail?.content?.split('\n\n')).toEqual([
        expect.stringMatching(/^Shillong, Mar 5 The railway board/),
        expect.stringMatching(/^The 108-km line will have 31 tunnels/),
      ]);
    });

    it('uses updated when an entry has no published date, and a link without rel as the alternate link', () => {
      expect(feed.items[1]).toMatchObject({
        publishedAt: '2025-03-05T07:45:00Z',
        link: 'https://desk.example.org/2025/03/rail-link-clearance',
      });
    });
  });

  it('reads RSS 1.0 (RDF) items, which sit beside the channel', () => {
    const rdf = `<?xml version="1.0"?>
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://old.example.org/"><title>Old feed</title><dc:language>hi</dc:language></channel>
        <item rdf:about="https://old.example.org/story-1"><title>पहली खबर</title><dc:date>2024-12-01</dc:date></item>
      </rdf:RDF>`;
    expect(parseFeed(rdf)).toMatchObject({
      kind: 'rdf',
      language: 'hi',
      items: [{ title: 'पहली खबर', link: 'https://old.example.org/story-1', publishedAt: '2024-12-01' }],
    });
  });

  it('resolves relative item links against the feed address', () => {
    const rss =
      '<rss version="2.0"><channel><item><title>T</title><link>/stories/42</link></item></channel></rss>';
    expect(parseFeed(rss, 'https://wire.example.net/feeds/state.xml').items[0]?.link).toBe(
      'https://wire.example.net/stories/42',
    );
  });

  it('drops links that are not http(s)', () => {
    const rss =
      '<rss version="2.0"><channel><item><title>T</title><link>javascript:alert(1)</link></item></channel></rss>';
    expect(parseFeed(rss).items[0]?.link).toBeNull();
  });

  it('refuses XML that is not a feed, naming its root element', () => {
    const parse = () => parseFeed('<?xml version="1.0"?><catalog><book>One</book></catalog>');
    expect(parse).toThrow(SourceError);
    expect(parse).toThrow('is XML but not an RSS or Atom feed (root element <catalog>)');
  });
});
