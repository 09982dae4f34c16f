/**
 * Readable text from HTML: every block (paragraph, heading, list item, quote, table row) becomes
 * its own paragraph, separated by a blank line as in the plain-text articles; `<br>` is a line
 * break (two in a row end a paragraph); runs of spaces and source line breaks inside a block collapse to one space; scripts,
 * styles, forms and embedded media are dropped.
 */
import {
  CDATA_SECTION_NODE,
  type DomElement,
  type DomNode,
  ELEMENT_NODE,
  parseHtmlFragment,
  TEXT_NODE,
} from './parse-markup.js';

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
]);

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'canvas',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'picture',
  'img',
  'button',
  'select',
  'textarea',
  'input',
  'form',
  'head',
  'title',
  'meta',
  'link',
]);

/** Table cells and list-like inline boxes that need a space between them. */
const CELL = new Set(['td', 'th']);

/** Text of a DOM subtree, paragraphs separated by blank lines. */
export function htmlToText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';

  // Two line breaks in a row (`<br><br>`, blank lines in `<pre>`) also end a paragraph.
  const flush = (): void => {
    for (const chunk of current.split(/\n[ \t\f\r]*\n/)) {
      const text = chunk
        .split('\n')
        .map((line) => line.replace(/[ \t\f\r]+/g, ' ').trim())
        .filter((line) => line !== '')
        .join('\n');
      if (text) paragraphs.push(text);
    }
    current = '';
  };

  const walk = (node: DomNode, preformatted: boolean): void => {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const text = node.textContent ?? '';
      current += preformatted ? text : text.replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = (node as DomElement).localName?.toLowerCase() ?? '';
    if (SKIPPED.has(name) || (node as DomElement).getAttribute('hidden') !== null) return;
    if (name === 'br') {
      current += '\n';
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    if (CELL.has(name)) current += ' ';
    const pre = preformatted || name === 'pre';
    for (const child of node.childNodes) walk(child, pre);
    if (CELL.has(name)) current += ' ';
    if (block) flush();
  };

  walk(root, false);
  flush();
  return paragraphs.join('\n\n');
}

/** Text of an HTML fragment (a feed item's content or description). */
export function htmlFragmentToText(html: string): string {
  const document = parseHtmlFragment(html);
  return document.body ? htmlToText(document.body) : '';
}
