/**
 * Puts the yoga handler on a port. Nothing else: everything about requests lives in yoga.ts.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readApiEnv } from './env.js';
import { createLogger } from './logger.js';
import { createNewsgraphYoga, GRAPHQL_PATH, type NewsgraphYoga, type NewsgraphYogaOptions } from './yoga.js';

/** Options not given here come from the environment (see env.ts): PORT, HOST, NEWSGRAPH_* and LOG_LEVEL. */
export interface StartServerOptions extends NewsgraphYogaOptions {
  /** 0 picks a free port. Default: PORT, else 4000. */
  port?: number;
  /** Default: HOST, else 127.0.0.1. */
  host?: string;
}

export interface RunningServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  port: number;
  yoga: NewsgraphYoga;
  /** Stops accepting connections, ends open ones (subscriptions) and waits. The database stays open. */
  close(): Promise<void>;
}

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const env = readApiEnv();
  const {
    port = env.port,
    host = env.host,
    apiKeys = env.apiKeys,
    introspection = env.introspection,
    metrics = env.metrics,
    logger = createLogger(env.logLevel),
    ...rest
  } = options;
  const yoga = createNewsgraphYoga({ ...rest, apiKeys, introspection, metrics, logger });
  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}${GRAPHQL_PATH}`,
    port: address.port,
    yoga,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
