/**
 * MeetingReport: how one article reports a meeting, with the sentence that says so.
 */
import { builder, type PrismaObject } from '../builder.js';
import { ReportRole } from './enums.js';
import { TextSpan } from './text-span.js';

export const MeetingReport: PrismaObject<'MeetingReport'> = builder.prismaObject('MeetingReport', {
  description: 'An article reporting or referring to a meeting, with the evidence for it.',
  fields: (t) => ({
    article: t.relation('article', { description: 'The article.' }),
    role: t.expose('role', {
      type: ReportRole,
      description:
        'PRIMARY when the article reports the meeting as news; REFERENCE when it refers back to it.',
    }),
    evidence: t.field({
      type: TextSpan,
      description: 'The passage of the article that reports the meeting.',
      resolve: (report) => ({
        start: report.evidenceStart,
        end: report.evidenceEnd,
        text: report.evidenceText,
      }),
    }),
    confidence: t.exposeFloat('confidence', { description: 'How sure the extractor is, 0 to 1.' }),
  }),
});
