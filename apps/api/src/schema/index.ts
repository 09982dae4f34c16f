/**
 * The GraphQL schema: imports every type file (each registers its types and root fields on the
 * builder) and builds the schema.
 */
import { builder } from '../builder.js';
import './scalars.js';
import './enums.js';
import './connection-fields.js';
import './root.js';
import './text-span.js';
import './person.js';
import './organization.js';
import './place.js';
import './article.js';
import './mention.js';
import './affiliation.js';
import './meeting.js';
import './meeting-report.js';
import './statement.js';
import './search.js';
import './ingest-articles.js';
import './merge-entities.js';

export const schema = builder.toSchema();
