/**
 * Where JSON text breaks, as line and column, for error messages a person can act on.
 * `JSON.parse` in Node 20 often names no position ("Unexpected token '}', ... is not valid JSON"),
 * so this re-reads broken text with a small validating scanner (RFC 8259 grammar) and stops at the
 * first byte that cannot continue a JSON value.
 */

export interface JsonErrorLocation {
  offset: number;
  line: number;
  column: number;
  reason: string;
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** The first syntax error in `text`, or null when it is valid JSON. */
export function locateJsonError(text: string): JsonErrorLocation | null {
  let i = 0;

  const describe = (at: number): string =>
    at >= text.length ? 'unexpected end of input' : `unexpected ${JSON.stringify(text[at])}`;
  const fail = (reason?: string): never => {
    throw new Stop(i, reason ?? describe(i));
  };
  const skipSpace = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
      i++;
  };
  const expect = (ch: string): void => {
    if (text[i] !== ch) fail(`${describe(i)}, expected ${JSON.stringify(ch)}`);
    i++;
  };

  const string = (): void => {
    const start = i;
    expect('"');
    for (;;) {
      // Point at where the string opened: that is where the missing quote belongs.
      if (i >= text.length) throw new Stop(start, 'unterminated string');
      const ch = text[i]!;
      if (ch === '"') {
        i++;
        return;
      }
      if (ch === '\\') {
        i++;
        const esc = text[i];
        if (esc === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('invalid \\u escape');
          i += 5;
        } else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) {
          i++;
        } else {
          fail('invalid escape in string');
        }
      } else if (ch < ' ') {
        fail(ch === '\n' ? 'line break inside a string' : 'control character inside a string');
      } else {
        i++;
      }
    }
  };

  const number = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail();
    i += match![0].length;
  };

  const value = (): void => {
    skipSpace();
    const ch = text[i];
    if (ch === '{') {
      i++;
      skipSpace();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skipSpace();
        if (text[i] !== '"') fail(`${describe(i)}, expected a property name in double quotes`);
        string();
        skipSpace();
        expect(':');
        value();
        skipSpace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail(`${describe(i)}, expected ',' or '}'`);
      }
    }
    if (ch === '[') {
      i++;
      skipSpace();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        skipSpace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail(`${describe(i)}, expected ',' or ']'`);
      }
    }
    if (ch === '"') {
      string();
      return;
    }
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) {
      number();
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    fail();
  };

  try {
    value();
    skipSpace();
    if (i < text.length) fail(`${describe(i)} after the end of the JSON value`);
    return null;
  } catch (error) {
    // Anything else (a stack overflow on absurdly deep nesting) leaves the caller's own message.
    if (!(error instanceof Stop)) return null;
    return { ...lineAndColumn(text, error.offset), offset: error.offset, reason: error.reason };
  }
}

/** 1-based line and column (in UTF-16 units) of `offset` in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text[k] === '\n') {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
