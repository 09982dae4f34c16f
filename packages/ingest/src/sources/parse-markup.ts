/**
 * HTML and XML parsing with linkedom, behind the few DOM members the readers use. The package's
 * TypeScript types lean on the DOM library, which this Node project does not load, so the readers
 * see these small interfaces instead.
 */
import { DOMParser, parseHTML } from 'linkedom';

export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode> & Iterable<DomNode>;
  parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  localName: string;
  tagName: string;
  children: ArrayLike<DomElement> & Iterable<DomElement>;
  getAttribute(name: string): string | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement> & Iterable<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement> & Iterable<DomElement>;
  remove(): void;
}

export interface DomDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
  title: string;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement> & Iterable<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement> & Iterable<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;

/**
 * Parses an HTML page. linkedom builds no implied `<body>` (a page or fragment without one gets
 * its first element as the document element), so such markup is wrapped first.
 */
export function parseHtmlDocument(html: string): DomDocument {
  if (/<body[\s>]/i.test(html)) return parseHTML(html).document as unknown as DomDocument;
  const headEnd = html.search(/<\/head\s*>/i);
  const head = headEnd >= 0 ? html.slice(0, headEnd).replace(/^[\s\S]*?<head\b[^>]*>/i, '') : '';
  const rest = (headEnd >= 0 ? html.slice(headEnd).replace(/^<\/head\s*>/i, '') : html)
    .replace(/<!doctype[^>]*>/gi, '')
    .replace(/<\/?html\b[^>]*>/gi, '');
  return parseHtmlFragment(rest, head);
}

/** Parses an HTML fragment (feed item content) into a document whose body holds it. */
export function parseHtmlFragment(html: string, head = ''): DomDocument {
  return parseHTML(`<!doctype html><html><head>${head}</head><body>${html}</body></html>`)
    .document as unknown as DomDocument;
}

export function parseXmlDocument(xml: string): DomDocument {
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as DomDocument;
}

/** Lower-case element name without its namespace prefix (`dc:creator` -> `creator`). */
export function localNameOf(element: DomElement): string {
  const name = (element.localName || element.tagName || '').toLowerCase();
  const colon = name.indexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : name;
}
