/**
 * Fields every connection has beyond Relay's edges/pageInfo: `totalCount`.
 */
import { builder } from '../builder.js';

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'Number of items in the whole list (all pages), with the same filters.',
    // Lets Pothos skip loading rows when a query asks for the count only.
    extensions: { pothosPrismaTotalCount: true },
    resolve: async (connection) => {
      const { totalCount } = connection;
      const value = typeof totalCount === 'function' ? await totalCount() : totalCount;
      if (typeof value !== 'number') throw new Error('connection resolved without a totalCount');
      return value;
    },
  }),
);
