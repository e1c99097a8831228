import type { IntegrityReport } from '@app/event-store';

/** The report as a person reads it in a terminal. */
export function reportText(report: IntegrityReport): string {
  const checked = `${report.eventsChecked} events in ${report.streamsChecked} streams checked`;
  const anchor = report.latestAnchor;
  const anchorLine =
    anchor === undefined
      ? 'No anchor yet: a deleted end of a stream cannot be detected until the log is anchored.'
      : `Latest anchor: position ${anchor.position}, ${anchor.anchoredAt}, covering ${anchor.streamCount} streams up to position ${anchor.headPosition} — ${anchor.verified ? 'verified' : 'NOT verified'}.`;
  const lines = [report.intact ? `Audit trail intact: ${checked}.` : `Audit trail BROKEN: ${report.breaks.length} streams with a break; ${checked}.`, anchorLine];
  for (const found of report.breaks) {
    lines.push(
      `${found.problem} ${found.streamId} revision ${found.revision}${found.position === undefined ? '' : ` (position ${found.position})`}`,
      `  ${found.message}`,
      `  expected: ${found.expected}`,
      `  actual:   ${found.actual}`,
    );
  }
  return lines.join('\n');
}
