import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { builder } from '../builder.js';

builder.addScalarType('Date', DateResolver, {
  description:
    'A calendar date, `YYYY-MM-DD` (see the accompanying precision field for how much of it is known).',
});
builder.addScalarType('DateTime', DateTimeResolver, {
  description: 'A point in time, ISO 8601 with time zone (`2024-05-14T09:30:00.000Z`).',
});
