import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHtml } from './extract-html.js';
import { SourceError } from './source-types.js';

const page = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/inputs/pages/${name}`, import.meta.url), 'utf8');

describe('extractHtml', () => {
  describe('on a news page with JSON-LD, meta tags and page furniture', () => {
    const article = extractHtml(
      page('article.html'),
      'https://times.example.com/india/assembly-groundwater-bill?ref=home',
    );

    it('keeps the story paragraphs, separated by blank lines', () => {
      const paragraphs = article.body.split('\n\n');
      expect(paragraphs).toHaveLength(3);
      expect(paragraphs[0]).toBe(
        'Hyderabad, Mar 18 (PTI) The state assembly on Tuesday passed a bill that makes a permit compulsory for drilling new borewells deeper than 300 feet, after a debate that lasted nearly five hours.',
      );
      expect(paragraphs[1]).toContain('"We are borrowing water from our children," he said.');
      expect(paragraphs[2]).toBe(
        'Members of the opposition supported the bill but asked for the permit fee to be waived for small farmers.\nThe bill now goes to the Governor for assent.',
      );
    });

    it('leaves out navigation, the byline line, ad labels, side lists, scripts and the footer', () => {
      for (const noise of [
        'Home',
        'By Kavita Rao',
        'Advertisement',
        'Most read',
        'Gold prices',
        'trackPageView',
        'Copyright',
        'display: block',
      ]) {
        expect(article.body).not.toContain(noise);
      }
    });

    it('takes the headline, author and publication time from JSON-LD', () => {
      expect(article.title).toBe('Assembly passes bill to regulate groundwater use');
      expect(article.byline).toBe('Kavita Rao');
      expect(article.publishedAt).toBe('2025-03-18T18:40:00+05:30');
    });

    it('resolves the canonical link against the page address', () => {
      expect(article.url).toBe('https://times.example.com/india/assembly-groundwater-bill');
    });

    it('does not take the language from the site template', () => {
      expect(article.language).toBeNull();
    });
  });

  it('falls back to Open Graph, Dublin Core and author meta tags without JSON-LD', () => {
    const article = extractHtml(page('meta-only.html'));
    expect(article).toMatchObject({
      title: 'City council approves night bus routes',
      byline: 'Arjun Pillai',
      publishedAt: '2024-11-05',
      url: 'https://bulletin.example.in/council-night-buses',
    });
    expect(article.body).toMatch(
      /^Kozhikode, Nov 5 The city council on Tuesday approved six night bus routes/,
    );
    expect(article.body).toContain('\n\nThe buses will run every 40 minutes');
  });

  it('reads a Hindi page with its JSON-LD language', () => {
    const article = extractHtml(page('hindi.html'));
    expect(article.title).toBe('नगर निगम ने संपत्ति कर में छूट की अवधि बढ़ाई');
    expect(article.language).toBe('hi');
    expect(article.publishedAt).toBe('2025-01-09');
    expect(article.byline).toBe('संवाददाता');
    expect(article.body.split('\n\n')).toEqual([
      expect.stringMatching(/^इंदौर। नगर निगम ने संपत्ति कर/),
      'उन्होंने कहा, "जो लोग समय पर कर जमा करते हैं, उन्हें इसका लाभ मिलना चाहिए।"',
    ]);
  });

  it.each([
    [
      'an article:published_time meta tag',
      '<meta property="article:published_time" content="2025-02-01T07:00:00+05:30">',
      '2025-02-01T07:00:00+05:30',
    ],
    ['a DC.date.issued meta tag', '<meta name="DC.date.issued" content="2025-02-02">', '2025-02-02'],
    [
      'a plain date meta tag in RFC 2822 form',
      '<meta name="date" content="Mon, 03 Feb 2025 10:00:00 +0530">',
      '2025-02-03T10:00:00+05:30',
    ],
    ['a microdata time element', '', '2025-02-04'],
  ])('finds the publication date in %s', (_name, head, expected) => {
    const body = head ? '' : '<time itemprop="datePublished" datetime="2025-02-04">4 Feb</time>';
    const html = `<html><head>${head}</head><body>${body}<p>Bhopal, Feb 1 The cabinet met on Saturday to review the monsoon plan for the state.</p></body></html>`;
    expect(extractHtml(html).publishedAt).toBe(expected);
  });

  it('reads a bare fragment without html or body tags', () => {
    expect(extractHtml('<p>Guwahati, Oct 13 (IANS) Heavy rain flooded the city.</p>').body).toBe(
      'Guwahati, Oct 13 (IANS) Heavy rain flooded the city.',
    );
  });

  it('ignores broken JSON-LD and uses the page title', () => {
    const html =
      '<html><head><title>Port strike ends</title><script type="application/ld+json">{"@type": "NewsArticle", </script></head><body><p>Kochi, Mar 3 Dock workers ended their strike.</p></body></html>';
    expect(extractHtml(html)).toMatchObject({ title: 'Port strike ends', publishedAt: null });
  });

  it('refuses a page with no readable text', () => {
    const html =
      '<html><head><title>Video</title></head><body><script>play()</script><img src="a.jpg"></body></html>';
    expect(() => extractHtml(html)).toThrow(SourceError);
    expect(() => extractHtml(html)).toThrow('has no readable article text');
  });
});
