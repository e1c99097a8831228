import { messages } from '../messages/messages.js';
import { FlatText } from './flat-text.js';
import { readIndicatorRows, type IndicatorRowCells } from './indicator-rows.js';
import { isKnownLevel2, isLevel1Label } from './level-labels.js';
import { blocksOf, isPageNumberAt, nextNonBlank, type SourceLine } from './source-lines.js';
import { spacedLabel } from './spaced-label.js';
import { readTableHead, type TableHead } from './table-head.js';
import { TableParseError } from './table-parse-error.js';

const indicatorHeader = ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据']
  .map(spacedLabel)
  .join('\\s*');

export interface TableBody {
  head: TableHead;
  rows: IndicatorRowCells[];
}

/**
 * The lines of one table below its unit line: the labelled head, the indicator header, then
 * the rows. Where the table runs over a page the PDF repeats the indicator header and may
 * print a page number; both are dropped, and a label cell the page cut in two
 * (`服务对象满` … `意度指标`) is joined again.
 */
export function readTableBody(lines: readonly SourceLine[]): TableBody {
  const headers = headerRanges(lines);
  const first = headers[0];
  if (first === undefined) {
    const rowStart = lines.find((line) => isLevel1Label(line.text.split(/\s+/u)[0] ?? ''));
    const line = rowStart?.number ?? lines[lines.length - 1]?.number ?? 0;
    throw new TableParseError(
      line,
      messages.documentImport.noIndicatorHeader({ line, cutOff: rowStart === undefined }),
    );
  }
  const head = readTableHead(withoutPageNumbers(lines.slice(0, first.from), headPageEnd));
  const segments: SourceLine[][] = [];
  let from = first.to + 1;
  for (const repeated of [...headers.slice(1), { from: lines.length, to: lines.length }]) {
    segments.push(withoutPageNumbers(lines.slice(from, repeated.from), endsPage));
    from = repeated.to + 1;
  }
  const blocks = joinLabelsCutByPage(segments.map(blocksOf));
  if (blocks.length === 0) {
    throw new TableParseError(lines[first.to]?.number ?? 0, messages.documentImport.noIndicatorRow);
  }
  const rows = readIndicatorRows(blocks);
  const last = rows[rows.length - 1];
  if (last !== undefined && last.missing !== null) {
    throw new TableParseError(last.line, messages.documentImport.lastRowIncomplete(last.line));
  }
  return { head, rows };
}

function headerRanges(lines: readonly SourceLine[]): Array<{ from: number; to: number }> {
  const text = new FlatText(lines);
  const ranges: Array<{ from: number; to: number }> = [];
  let offset = 0;
  for (let found = text.find(indicatorHeader, 0); found !== null; found = text.find(indicatorHeader, offset)) {
    ranges.push({ from: text.indexAt(found.start), to: text.indexAt(found.end) });
    offset = found.end;
  }
  return ranges;
}

function withoutPageNumbers(
  lines: readonly SourceLine[],
  isPageEnd: (lines: readonly SourceLine[], index: number) => boolean,
): SourceLine[] {
  return lines.filter((_, i) => !isPageNumberAt(lines, i) || !isPageEnd(lines, i));
}

/** In the head a lone number is a page number, unless it stands in the plan row after 12月底. */
function headPageEnd(lines: readonly SourceLine[], index: number): boolean {
  let before = index - 1;
  while (before >= 0 && lines[before]?.text === '') before -= 1;
  return !/(?:12\s*月\s*底|^[\d.\s]+)$/u.test(lines[before]?.text ?? '');
}

/** Inside a table a lone number may be a target value, so only one followed by nothing is a page number. */
function endsPage(lines: readonly SourceLine[], index: number): boolean {
  return nextNonBlank(lines, index + 1) >= lines.length;
}

function joinLabelsCutByPage(segments: SourceLine[][][]): SourceLine[][] {
  const blocks: SourceLine[][] = [];
  for (const [s, segment] of segments.entries()) {
    for (const [b, block] of segment.entries()) {
      const previous = blocks[blocks.length - 1];
      const continued = s > 0 && b === 0 && block.length === 1 && previous !== undefined ? joinedLabel(previous, block[0]) : null;
      if (continued !== null && previous !== undefined) previous[previous.length - 1] = continued;
      else blocks.push([...block]);
    }
  }
  return blocks;
}

/** The last line before the page break with one of its cells completed by the fragment after it. */
function joinedLabel(before: readonly SourceLine[], fragment: SourceLine | undefined): SourceLine | null {
  const last = before[before.length - 1];
  if (last === undefined || fragment === undefined) return null;
  const pieces = last.text.split(' ');
  const cut = pieces.findIndex((piece) => {
    const whole = piece + fragment.text;
    return !isLevel1Label(piece) && !isKnownLevel2(piece) && (isLevel1Label(whole) || (isKnownLevel2(whole) && whole.endsWith('指标')));
  });
  if (cut === -1) return null;
  return { number: last.number, text: pieces.map((piece, i) => (i === cut ? piece + fragment.text : piece)).join(' ') };
}
