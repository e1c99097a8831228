import { Button, Result, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { useSigned } from '../SessionContext';
import { fetchExport } from '../lib/download';
import './print-form.css';

/** A form as GET /exports/….json gives it (libs/forms FormSheet): the same grid the .xlsx is written from. */
interface FormCell {
  row: number;
  col: number;
  text: string;
  style: string;
  rowSpan?: number;
  colSpan?: number;
}
interface FormSheet {
  name: string;
  title: string;
  orientation: 'portrait' | 'landscape';
  columnWidths: number[];
  rowHeights: Record<string, number>;
  cells: FormCell[];
  repeatRows?: { from: number; to: number };
}

/**
 * The print view of a document (打印): the official form on A4 — across where the form is
 * wide — laid out by the API from the same grid as the Excel download, so paper and file agree.
 * The page is the form alone; the browser's print prints it with the signature lines and the
 * stamp of what it shows.
 */
export function PrintFormPage() {
  const { session } = useSigned();
  // /print/<form>?<query> draws /exports/<form>.json?<query>: every form the API exports prints the same way.
  const { pathname, search } = useLocation();
  const form = `/exports/${pathname.replace(/^\/print\//, '')}.json${search}`;
  const [sheets, setSheets] = useState<FormSheet[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    fetchExport(form, session.token)
      .then(async (response) => (await response.json()) as { sheets: FormSheet[] })
      .then((body) => live && setSheets(body.sheets))
      .catch((error: Error) => live && setFailure(error.message));
    return () => {
      live = false;
    };
  }, [form, session.token]);
  if (failure !== null) return <Result status="warning" title="无法打印" subTitle={failure} />;
  if (sheets === null) return <Spin />;
  const landscape = sheets.some((sheet) => sheet.orientation === 'landscape');
  return (
    <div className="print-forms">
      <style>{`@page { size: A4 ${landscape ? 'landscape' : 'portrait'}; margin: 12mm; }`}</style>
      <div className="print-toolbar">
        <Button type="primary" onClick={() => window.print()}>
          打印
        </Button>
      </div>
      {sheets.map((sheet, index) => (
        <FormGrid key={index} sheet={sheet} />
      ))}
    </div>
  );
}

/**
 * One form as HTML tables. Its heading rows (repeatRows) are a <thead>, which the browser prints
 * again at the top of every page, as the workbook's print titles do; the rows above them (title,
 * filter) are a table of their own so that they print once.
 */
function FormGrid({ sheet }: { sheet: FormSheet }) {
  const rows = Math.max(0, ...sheet.cells.map((cell) => cell.row + (cell.rowSpan ?? 1) - 1));
  const total = sheet.columnWidths.reduce((sum, width) => sum + width, 0);
  const byRow = new Map<number, FormCell[]>();
  for (const cell of sheet.cells) byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell].sort((a, b) => a.col - b.col));
  const columns = (
    <colgroup>
      {sheet.columnWidths.map((width, index) => (
        <col key={index} style={{ width: `${(100 * width) / total}%` }} />
      ))}
    </colgroup>
  );
  const rowsFrom = (from: number, to: number) =>
    Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index).map((row) => (
      <tr key={row} style={sheet.rowHeights[row] ? { height: `${sheet.rowHeights[row]}pt` } : undefined}>
        {(byRow.get(row) ?? []).map((cell) => (
          <td key={cell.col} className={`cell-${cell.style}`} rowSpan={cell.rowSpan} colSpan={cell.colSpan}>
            {cell.text}
          </td>
        ))}
      </tr>
    ));
  // A merged cell across the heading's edge (the target table's 绩效指标 label spans heading and
  // indicators) cannot be cut between row groups: such a form prints as one table.
  const crosses = (edge: number) => sheet.cells.some((cell) => cell.row < edge && cell.row + (cell.rowSpan ?? 1) > edge);
  const heading = sheet.repeatRows && !crosses(sheet.repeatRows.from) && !crosses(sheet.repeatRows.to + 1) ? sheet.repeatRows : undefined;
  return (
    <section className={`print-sheet ${sheet.orientation}`} aria-label={sheet.title}>
      {heading && heading.from > 1 && (
        <table className="print-grid">
          {columns}
          <tbody>{rowsFrom(1, heading.from - 1)}</tbody>
        </table>
      )}
      <table className="print-grid">
        {columns}
        {heading && <thead>{rowsFrom(heading.from, heading.to)}</thead>}
        <tbody>{heading ? rowsFrom(heading.to + 1, rows) : rowsFrom(1, rows)}</tbody>
      </table>
    </section>
  );
}
