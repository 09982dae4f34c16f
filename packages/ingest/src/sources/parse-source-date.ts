/**
 * Publication dates as sources write them (HTML meta tags, JSON-LD, RSS `pubDate`, Atom
 * `published`) to the ISO form `ArticleInput.publishedAt` expects. The source's own UTC offset is
 * kept, because converting to UTC would move a morning story in India to the previous calendar day.
 * Anything unclear (`03/04/2024`: March or April?) gives null rather than a guess.
 */

const ISO_DATE = /^(\d{4})(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?)?)?$/i;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const RFC_2822 =
  /^(?:[A-Za-z]{3,9},?\s*)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*(Z|UT|GMT|UTC|[+-]\d{4}|[A-Z]{2,5}))?)?$/;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Zone abbreviations common in English-language feeds; others are dropped with the time. */
const ZONES: Record<string, string> = {
  Z: 'Z',
  UT: 'Z',
  UTC: 'Z',
  GMT: 'Z',
  IST: '+05:30',
  BST: '+01:00',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  PST: '-08:00',
  PDT: '-07:00',
};

/** `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM:SS±HH:MM` (offset as given), or null when unclear. */
export function parseSourceDate(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  const iso = ISO_DATE.exec(text);
  if (iso) {
    if (/^\d{4}$/.test(text)) return text;
    if (/^\d{4}-\d{2}$/.test(text))
      return Number(text.slice(5)) >= 1 && Number(text.slice(5)) <= 12 ? text : null;
    if (!validDate(text.slice(0, 10))) return null;
    return text.replace(/^(\S{10}) /, '$1T').replace(/\s+(?=[Z+-][^\s]*$)/i, '');
  }
  const compact = COMPACT_DATE.exec(text);
  if (compact) {
    const day = `${compact[1]}-${compact[2]}-${compact[3]}`;
    return validDate(day) ? day : null;
  }
  const rfc = RFC_2822.exec(text);
  if (rfc) {
    const [, d, monthName, y, hh, mm, ss, zone] = rfc;
    const month = MONTHS.indexOf(monthName!.slice(0, 3).toLowerCase()) + 1;
    if (month === 0) return null;
    const day = `${y}-${pad(month)}-${pad(Number(d))}`;
    if (!validDate(day)) return null;
    if (hh === undefined) return day;
    const offset = zoneOffset(zone);
    if (offset === null) return day;
    return `${day}T${pad(Number(hh))}:${mm}:${ss ?? '00'}${offset}`;
  }
  return null;
}

function zoneOffset(zone: string | undefined): string | null {
  if (zone === undefined) return null;
  if (/^[+-]\d{4}$/.test(zone)) return `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return ZONES[zone.toUpperCase()] ?? null;
}

function validDate(day: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
