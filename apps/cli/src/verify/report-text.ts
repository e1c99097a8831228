import { messages } from '@app/domain/messages/messages.js';
import type { IntegrityReport } from '@app/event-store';

const words = messages.cli.verifying;

/** The report as a person reads it in a terminal. */
export function reportText(report: IntegrityReport): string {
  const checked = words.checked({ events: report.eventsChecked, streams: report.streamsChecked });
  const anchor = report.latestAnchor;
  const anchorLine =
    anchor === undefined
      ? words.noAnchor
      : words.latestAnchor({ position: String(anchor.position), at: anchor.anchoredAt, streams: anchor.streamCount, head: String(anchor.headPosition), verified: anchor.verified });
  const lines = [report.intact ? words.intact(checked) : words.broken({ streams: report.breaks.length, checked }), anchorLine];
  for (const found of report.breaks) {
    lines.push(
      words.breakAt({ problem: found.problem, streamId: found.streamId, revision: found.revision, position: found.position === undefined ? null : String(found.position) }),
      `  ${found.message}`,
      `  ${words.expected(found.expected)}`,
      `  ${words.actual(found.actual)}`,
    );
  }
  return lines.join('\n');
}
