/**
 * Enums shared by several types, mirroring the data model's enums.
 */
import { builder } from '../builder.js';

export const DatePrecision = builder.enumType('DatePrecision', {
  description: 'How much of a date is known. A MONTH date is the first day of that month.',
  values: {
    DAY: { description: 'The exact day is known.' },
    MONTH: { description: 'Only the month is known; the date is the 1st of that month.' },
    YEAR: { description: 'Only the year is known; the date is 1 January of that year.' },
    UNKNOWN: { description: 'No date is known.' },
  } as const,
});

export const StatementKind = builder.enumType('StatementKind', {
  description: 'How a statement is reported.',
  values: {
    DIRECT: { description: 'A direct quotation, inside quote marks.' },
    INDIRECT: { description: 'Reported speech ("He said that ...").' },
  } as const,
});

export const SpeakerType = builder.enumType('SpeakerType', {
  description: 'Who a statement is attributed to.',
  values: {
    PERSON: { description: 'A named person (see `speaker`).' },
    ORGANIZATION: { description: 'An organisation speaking as such ("the party said").' },
    UNNAMED: { description: 'An unnamed source ("an official said").' },
    GROUP: { description: 'A group of people ("the leaders said").' },
  } as const,
});

export const ReportRole = builder.enumType('ReportRole', {
  description: 'How an article relates to a meeting it mentions.',
  values: {
    PRIMARY: { description: 'The article reports the meeting as news.' },
    REFERENCE: { description: 'The article refers back to a meeting reported elsewhere.' },
  } as const,
});

export const PlaceKind = builder.enumType('PlaceKind', {
  description: 'What kind of place this is.',
  values: {
    COUNTRY: { description: 'A country.' },
    STATE: { description: 'A state, union territory or comparable first-level division.' },
    DISTRICT: { description: 'A district or comparable second-level division.' },
    CITY: { description: 'A city, town or village.' },
    REGION: { description: 'A region that is not an administrative division.' },
    VENUE: { description: 'A building or site (a residence, a campus, a jail).' },
    OTHER: { description: 'Any other place.' },
  } as const,
});

export const MentionForm = builder.enumType('MentionForm', {
  description: 'How an entity is named at a mention.',
  values: {
    NAME: { description: 'By its name ("Priya Sharma").' },
    SHORT: { description: 'By a short form of the name ("Sharma").' },
    ACRONYM: { description: 'By an acronym ("BJP").' },
    DESCRIPTION: { description: 'By a description ("the party chief").' },
    PRONOUN: { description: 'By a pronoun ("he").' },
  } as const,
});
