/**
 * Structured logs (pino, JSON lines on stdout). Every line of a request carries its `reqId`.
 */
import { pino, type Logger } from 'pino';
import type { YogaLogger } from 'graphql-yoga';

export function createLogger(level = 'info'): Logger {
  return pino({ level, base: { service: 'newsgraph-api' } });
}

/** Yoga's own log calls, routed to pino. */
export function yogaLogger(logger: Logger): YogaLogger {
  const forward =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const [first, ...rest] = args;
      if (first instanceof Error) logger[level]({ err: first }, first.message);
      else logger[level]({ args: rest.length ? rest : undefined }, String(first));
    };
  return { debug: forward('debug'), info: forward('info'), warn: forward('warn'), error: forward('error') };
}
