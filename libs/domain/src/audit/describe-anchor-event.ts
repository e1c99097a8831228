import { messages } from '../messages/messages.js';
import { counted, described, otherSubject, type AuditDescription } from './audit-description.js';
import type { AuditTrailAnchored } from './audit-trail-anchored.js';

/** An anchor in the trail's words: how much of the log it covers, and how it is signed. */
export function describeAnchorEvent({ data }: AuditTrailAnchored): AuditDescription {
  const { headPosition, streams, algorithm } = data;
  const summary = messages.audit.anchored({ streams: counted(Object.keys(streams).length, messages.audit.streamNoun), position: String(headPosition), algorithm });
  return described('INTEGRITY', '审计锚定', summary, otherSubject('INTEGRITY', messages.audit.subject.trailUpTo(String(headPosition))));
}
