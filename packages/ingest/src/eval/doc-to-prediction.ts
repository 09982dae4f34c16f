/**
 * Turns what the pipeline extracted from one article (`Doc`) into the plain prediction the scorer reads.
 */
import type { ArticleEntity, Doc, EntityType } from '../domain.js';
import type { ArticlePrediction, PredictedMeeting, PredictedName, PredictedStatement } from './prediction.js';

/** Event kinds that are in-person meetings between their participants. */
const MEETING_KINDS = new Set(['MEETING', 'VISIT']);

function toName(entity: ArticleEntity): PredictedName {
  const aliases = [...entity.aliases];
  if (entity.latinName && !aliases.includes(entity.latinName)) aliases.push(entity.latinName);
  return { name: entity.name, aliases };
}

function entitiesOf(doc: Doc, type: EntityType): PredictedName[] {
  return doc.entities.filter((entity) => entity.type === type).map(toName);
}

function entityName(doc: Doc, index: number | null): PredictedName | null {
  if (index === null) return null;
  const entity = doc.entities[index];
  return entity ? toName(entity) : null;
}

/** The prediction for one article; `file` is the name the gold uses for it. */
export function docToPrediction(doc: Doc, file: string): ArticlePrediction {
  const statements: PredictedStatement[] = doc.statements.map((statement) => ({
    quote: statement.text,
    speaker: entityName(doc, statement.speaker),
    kind: statement.kind,
    speakerType: statement.speakerType,
  }));
  const meetings: PredictedMeeting[] = doc.events
    .filter((event) => MEETING_KINDS.has(event.kind))
    .map((event) => ({
      participants: event.participants
        .filter((index) => doc.entities[index]?.type === 'PERSON')
        .map((index) => toName(doc.entities[index]!)),
      date: event.date?.precision === 'DAY' ? event.date.value : null,
      place: entityName(doc, event.place),
      evidence: doc.body.slice(event.evidence.start, event.evidence.end),
      role: event.role,
    }))
    .filter((meeting) => meeting.participants.length >= 2);
  return {
    file,
    persons: entitiesOf(doc, 'PERSON'),
    organizations: entitiesOf(doc, 'ORGANIZATION'),
    places: entitiesOf(doc, 'PLACE'),
    statements,
    meetings,
  };
}
