import { builder } from '../builder.js';

export interface TextSpanShape {
  start: number;
  end: number;
  text: string;
}

export const TextSpan = builder.simpleObject('TextSpan', {
  description:
    'A stretch of an article body. Offsets count UTF-16 code units like JavaScript strings; `end` is exclusive, so `body.slice(start, end) === text`.',
  fields: (t) => ({
    start: t.int({ description: 'Offset of the first character in `Article.body`.' }),
    end: t.int({ description: 'Offset just after the last character in `Article.body`.' }),
    text: t.string({ description: 'The text of the span.' }),
  }),
});

/** A span of `body`, with its text sliced from the body (clamped to the body). */
export function spanOf(
  body: string | null | undefined,
  start: number,
  end: number,
  fallback?: string,
): TextSpanShape {
  const text = body != null ? body.slice(start, end) : (fallback ?? '');
  return { start, end, text: text || (fallback ?? '') };
}
