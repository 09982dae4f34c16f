/**
 * What the scorer compares with the gold: plain objects, so that both the pipeline (`Doc`) and the
 * database (what `newsgraph eval` ingested) can be scored the same way.
 */

/** An entity as predicted for one article: its best name and every other surface form. */
export interface PredictedName {
  name: string;
  aliases?: readonly string[];
  /**
   * Identity of the entity across articles (database id, resolver cluster id). Only merge scoring
   * reads it; entities without one are taken to be distinct from every other article's entities.
   */
  id?: string;
}

export type PredictedSpeakerType = 'PERSON' | 'ORGANIZATION' | 'UNNAMED' | 'GROUP';

export interface PredictedStatement {
  /** The quoted text without its quote marks. */
  quote: string;
  /** The attributed speaker, or null when the statement has none. */
  speaker: PredictedName | null;
  /** Only `direct` statements are scored (the gold annotates quote-marked statements only). */
  kind?: 'direct' | 'indirect' | 'DIRECT' | 'INDIRECT';
  speakerType?: PredictedSpeakerType;
}

export interface PredictedMeeting {
  participants: readonly PredictedName[];
  /** `YYYY-MM-DD`, or null when not resolved to a day. */
  date: string | null;
  place: PredictedName | string | null;
  /** The clause that states the meeting; lets the scorer recognise gold `not_meetings`. */
  evidence?: string;
  role?: 'primary' | 'reference' | 'PRIMARY' | 'REFERENCE';
}

export interface ArticlePrediction {
  /** File name as in the gold (`en01.txt`, `000_….txt`). */
  file: string;
  persons: readonly PredictedName[];
  organizations: readonly PredictedName[];
  places: readonly PredictedName[];
  statements: readonly PredictedStatement[];
  meetings: readonly PredictedMeeting[];
  /** Set when extraction failed; the article is then scored as if nothing was found. */
  error?: string;
}

/** A prediction with nothing in it (for articles whose extraction failed). */
export function emptyPrediction(file: string, error?: string): ArticlePrediction {
  return {
    file,
    persons: [],
    organizations: [],
    places: [],
    statements: [],
    meetings: [],
    ...(error === undefined ? {} : { error }),
  };
}
