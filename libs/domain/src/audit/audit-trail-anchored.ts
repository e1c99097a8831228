/**
 * The integrity check's signed checkpoint of the log, appended to the stream audit-anchors by
 * libs/event-store/src/integrity. The store writes and verifies it; the trail only tells it,
 * so this names no more of it than the trail's words use.
 */
export interface AuditTrailAnchored {
  type: 'AuditTrailAnchored';
  data: {
    anchoredAt: string;
    /** Decimal: the newest position the anchor covers. */
    headPosition: string;
    /** Each stream's last revision and hash at that position. */
    streams: Readonly<Record<string, unknown>>;
    algorithm: string;
  };
}

export const auditTrailAnchoredEventTypes: ReadonlyArray<AuditTrailAnchored['type']> = ['AuditTrailAnchored'];
