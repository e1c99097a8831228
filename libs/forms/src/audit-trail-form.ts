import { messages, roleLabels, type Role } from '@app/domain';
import { chinaDateTime } from './china-time.js';
import { SheetGrid, type FormSheet } from './form-sheet.js';
import { formHeading } from './form-heading.js';

/** An entry of the audit trail as the `auditTrail` query shows it. */
export interface AuditTrailFormEntry {
  position: string;
  at: string;
  label: string;
  summary: string;
  subject: string;
  reason: string | null;
  unitCode: string | null;
  actor: { name: string; roles: readonly string[] };
}

export interface AuditTrailFormInput {
  /** The filter as given, field by field (e.g. projectCode → 13052922P00584010316P). */
  filter: ReadonlyArray<[field: string, value: string]>;
  entries: readonly AuditTrailFormEntry[];
  exportedAt: string;
  exportedBy: string;
}

const columns = 10;

/**
 * 审计记录 as an auditor takes it away: the filter and the time of export printed above the
 * entries, oldest first, one row each, then the signature lines.
 */
export function auditTrailForm(input: AuditTrailFormInput): FormSheet {
  const words = messages.forms.auditTrail;
  const grid = new SheetGrid();
  formHeading(grid, { columns, title: words.title, subtitle: null, unitLine: null, currencyColumns: 0 });
  grid.row(30);
  const conditions = input.filter.map(([field, value]) => `${words.filterFields[field] ?? field}：${value}`).join('；');
  grid.put({ col: 1, colSpan: columns, text: words.filter(conditions), style: 'caption' });
  grid.row();
  grid.put({ col: 1, colSpan: columns, text: `${words.count({ count: input.entries.length, exportedAt: chinaDateTime(input.exportedAt) })}；${input.exportedBy}`, style: 'caption' });
  grid.row(24);
  words.heads.forEach((head, index) => grid.put({ col: 1 + index, text: head, style: 'header' }));
  const headRow = grid.rowNumber;
  input.entries.forEach((entry, index) => {
    grid.row();
    const roles = entry.actor.roles.map((role) => (Object.hasOwn(roleLabels, role) ? roleLabels[role as Role] : role)).join('、');
    grid.put({ col: 1, text: String(index + 1), number: index + 1, style: 'number' });
    grid.put({ col: 2, text: chinaDateTime(entry.at), style: 'text' });
    grid.put({ col: 3, text: entry.actor.name, style: 'text' });
    grid.put({ col: 4, text: roles, style: 'text' });
    grid.put({ col: 5, text: entry.unitCode ?? '', style: 'text' });
    grid.put({ col: 6, text: entry.label, style: 'text' });
    grid.put({ col: 7, text: entry.subject, style: 'text' });
    grid.put({ col: 8, text: entry.summary, style: 'text' });
    grid.put({ col: 9, text: entry.reason ?? '', style: 'text' });
    grid.put({ col: 10, text: entry.position, style: 'number' });
  });
  grid.row(12);
  grid.row(28);
  grid.put({ col: 1, colSpan: 4, text: messages.forms.auditTrail.exportedByLine, style: 'signature' });
  grid.put({ col: 5, colSpan: 3, text: messages.forms.reviewedBy, style: 'signature' });
  grid.put({ col: 8, colSpan: 3, text: messages.forms.dateLine, style: 'signature' });
  return grid.toSheet({ title: words.title, orientation: 'landscape', columnWidths: [6, 16, 10, 12, 8, 12, 24, 34, 24, 8], headRow });
}
