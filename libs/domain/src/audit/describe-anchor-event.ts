import { counted, described, otherSubject, type AuditDescription } from './audit-description.js';
import type { AuditTrailAnchored } from './audit-trail-anchored.js';

/** An anchor in the trail's words: how much of the log it covers, and how it is signed. */
export function describeAnchorEvent({ data }: AuditTrailAnchored): AuditDescription {
  const { headPosition, streams, algorithm } = data;
  const summary = `anchored the audit trail: the last revision and hash of ${counted(Object.keys(streams).length, 'stream')} up to position ${headPosition}, signed with ${algorithm}`;
  return described('INTEGRITY', '审计锚定', summary, otherSubject('INTEGRITY', `audit trail up to position ${headPosition}`));
}
