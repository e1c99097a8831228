import { messages } from '../messages/messages.js';
import { parseTarget } from '../target-table/indicator-target.js';
import { isKnownLevel2, isLevel1Label, isLevel2Like } from './level-labels.js';
import type { SourceLine } from './source-lines.js';
import { TableParseError } from './table-parse-error.js';

/**
 * Reads the rows of an indicator table (一级指标 … 指标值确定依据) from PDF text.
 *
 * The extractor prints the cells of a row in column order. Cells that fit on one line and
 * share a baseline come out on one line separated by spaces; a wrapped cell comes out as its
 * own lines, followed by a blank line. 一级指标 and 二级指标 are merged cells printed only on
 * the first row of their group. So a row is one or more blocks (runs of non-blank lines), and a
 * block is some whole single-line cells followed by at most one wrapped cell.
 *
 * Which lines of a block are single cells, which spaces separate cells and where rows end is
 * ambiguous line by line, so every reading of a few blocks is tried and scored: a level label
 * in its column, a target value that parses, a wrapped cell whose lines have the column's width
 * (all but the last equally long). The best reading of the whole table wins (dynamic
 * programming over blocks), and a row missing one cell is accepted only at a high cost.
 */

export interface IndicatorRowCells {
  level1: string | null;
  level2: string | null;
  level3: string;
  description: string;
  valueText: string;
  basis: string;
  line: number;
  /** The cell the row lacks, when it has only three of its four own cells. */
  missing: 'description' | 'valueText' | 'basis' | null;
}

interface Cell {
  text: string;
  line: number;
  /** Spaces kept inside the cell although they could separate cells. */
  keptSpaces: number;
  /** Wrapped over lines whose widths do not fit one column. */
  ragged: boolean;
  /** A wrapped cell whose first line alone is a level label: more likely two cells. */
  swallowsLabel: boolean;
  /** First cell of a block opening with a level label. */
  opensWithLabel: 'level1' | 'level2' | null;
}

interface BlockReading {
  cells: Cell[];
}

interface RowReading {
  blocks: number;
  score: number;
  row: IndicatorRowCells;
}

const maxCellsInRow = 6;
const maxBlocksInRow = 8;
const maxPiecesToRegroup = 7;

export function readIndicatorRows(blocks: readonly SourceLine[][]): IndicatorRowCells[] {
  const readings = blocks.map((block) => blockReadings(block));
  const best: Array<{ score: number; rows: IndicatorRowCells[] } | null> = new Array(blocks.length + 1).fill(null);
  best[blocks.length] = { score: 0, rows: [] };
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    for (const candidate of rowReadings(readings, i)) {
      const rest = best[i + candidate.blocks];
      if (rest === null || rest === undefined) continue;
      const score = candidate.score + rest.score;
      const current = best[i];
      if (current === null || current === undefined || score > current.score) {
        best[i] = { score, rows: [candidate.row, ...rest.rows] };
      }
    }
  }
  const whole = best[0];
  if (whole === null || whole === undefined) {
    const stuck = lastUnreadable(best);
    const line = blocks[stuck]?.[0]?.number ?? 0;
    throw new TableParseError(
      line,
      messages.documentImport.rowsUnreadable(line),
    );
  }
  return whole.rows;
}

function lastUnreadable(best: ReadonlyArray<unknown>): number {
  for (let i = best.length - 2; i >= 0; i -= 1) {
    if (best[i] === null) return i;
  }
  return 0;
}

function rowReadings(readings: ReadonlyArray<BlockReading[]>, first: number): RowReading[] {
  const found: RowReading[] = [];
  const extend = (next: number, cells: Cell[]): void => {
    if (next > first) found.push(...interpretations(cells, next - first));
    if (next >= readings.length || next - first >= maxBlocksInRow) return;
    for (const reading of readings[next] ?? []) {
      const opened = next > first ? reading.cells : reading.cells.map((cell) => ({ ...cell, opensWithLabel: null }));
      if (next > first && opened[0]?.opensWithLabel === 'level1') continue;
      const joined = [...cells, ...opened];
      if (joined.length <= maxCellsInRow) extend(next + 1, joined);
    }
  };
  extend(first, []);
  return found;
}

function interpretations(cells: readonly Cell[], blocks: number): RowReading[] {
  const found: RowReading[] = [];
  const firstCell = cells[0];
  const level1Choices = firstCell !== undefined && isLevel1Label(firstCell.text) ? [true, false] : [false];
  for (const takeLevel1 of level1Choices) {
    const afterLevel1 = takeLevel1 ? 1 : 0;
    const second = cells[afterLevel1];
    const level2Choices = second !== undefined && isLevel2Like(second.text) ? [true, false] : [false];
    for (const takeLevel2 of level2Choices) {
      const ownStart = afterLevel1 + (takeLevel2 ? 1 : 0);
      const own = cells.slice(ownStart);
      // A block opening with a level label can only carry the levels, not a description, value or basis.
      if (own.slice(1).some((cell) => cell.opensWithLabel !== null)) continue;
      // A cell that is exactly 产出指标 or 满意度指标 is hardly ever a 三级指标 (成本指标 is also a level 2).
      const level1Skipped = !takeLevel1 && level1Choices.length > 1 && !isKnownLevel2(firstCell?.text ?? '');
      const base =
        (takeLevel1 ? 4 : level1Skipped ? -20 : 0) +
        (takeLevel2 ? 4 : 0) -
        (takeLevel1 && !takeLevel2 ? 3 : 0) -
        cells.reduce((sum, cell) => sum + cell.keptSpaces + (cell.ragged ? 6 : 0) + (cell.swallowsLabel ? 5 : 0), 0);
      for (const { row, penalty } of ownCellReadings(own)) {
        found.push({
          blocks,
          score: base - penalty + valueShapeScore(row.valueText),
          row: {
            ...row,
            level1: takeLevel1 ? (firstCell?.text ?? null) : null,
            level2: takeLevel2 ? (second?.text ?? null) : null,
            line: cells[0]?.line ?? 0,
          },
        });
      }
    }
  }
  return found;
}

type OwnCells = Omit<IndicatorRowCells, 'level1' | 'level2' | 'line'>;

const shortRowPenalty = 15;

function ownCellReadings(own: readonly Cell[]): Array<{ row: OwnCells; penalty: number }> {
  const [a, b, c, d] = own.map((cell) => cell.text);
  if (a === undefined || b === undefined || c === undefined) return [];
  if (own.length === 4 && d !== undefined) {
    return [{ row: { level3: a, description: b, valueText: c, basis: d, missing: null }, penalty: 0 }];
  }
  if (own.length !== 3) return [];
  return [
    { row: { level3: a, description: b, valueText: c, basis: '', missing: 'basis' }, penalty: shortRowPenalty },
    { row: { level3: a, description: '', valueText: b, basis: c, missing: 'description' }, penalty: shortRowPenalty },
    { row: { level3: a, description: b, valueText: '', basis: c, missing: 'valueText' }, penalty: shortRowPenalty },
  ];
}

function valueShapeScore(valueText: string): number {
  if (valueText === '') return 0;
  const { comparator } = parseTarget(valueText, null, '');
  if (comparator === 'text') return 0;
  return comparator === 'qualitative' ? 2 : 3;
}

/** Every way to read a block: its first k lines as single-line cells, the rest as one wrapped cell. */
function blockReadings(block: readonly SourceLine[]): BlockReading[] {
  const readings: BlockReading[] = [];
  const opening = openingLabel(block[0]?.text ?? '');
  for (let singles = 0; singles <= block.length; singles += 1) {
    const wrappedLines = block.slice(singles);
    // One remaining line is a single-line cell, read by the regroupings below. Single-line
    // cells on one baseline share a line, so a line of single cells stands above a wrapped one.
    // Only a merged level cell, centred over several rows, has a line of its own above another single line.
    if (wrappedLines.length === 1 || (wrappedLines.length === 0 && !block.slice(0, -1).every(isLevelLine))) continue;
    const wrapped = wrappedLines.length === 0 ? [] : [wrappedCell(wrappedLines)];
    for (const singleCells of lineCellChoices(block.slice(0, singles))) {
      const cells = [...singleCells, ...wrapped];
      if (cells.length > maxCellsInRow) continue;
      readings.push({ cells: cells.map((cell, i) => (i === 0 ? { ...cell, opensWithLabel: opening } : cell)) });
    }
  }
  return readings;
}

function isLevelLine(line: SourceLine): boolean {
  return isLevel1Label(line.text) || isLevel2Like(line.text);
}

function openingLabel(firstLine: string): Cell['opensWithLabel'] {
  const firstPiece = firstLine.split(/\s+/u)[0] ?? '';
  if (isLevel1Label(firstPiece) && !isKnownLevel2(firstPiece)) return 'level1';
  if (isKnownLevel2(firstPiece) && firstPiece.endsWith('指标')) return 'level2';
  return null;
}

function wrappedCell(lines: readonly SourceLine[]): Cell {
  const widths = lines.map((line) => displayWidth(line.text));
  const leading = widths.slice(0, -1);
  const last = widths[widths.length - 1] ?? 0;
  const widest = Math.max(...leading);
  // All but the last line fill the column; a line may be one character short where the
  // typesetter moved a character down so that a comma does not start the next line.
  const ragged = widest - Math.min(...leading) > 1 || last > widest + 1;
  const first = lines[0]?.text ?? '';
  return {
    text: lines.map((line) => line.text).join(''),
    line: lines[0]?.number ?? 0,
    keptSpaces: 0,
    ragged,
    swallowsLabel: isLevel1Label(first) || (isKnownLevel2(first) && first.endsWith('指标')),
    opensWithLabel: null,
  };
}

/** Full-width characters take one column unit, ASCII half of one. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
  return width;
}

/** The cells of consecutive single lines: each line's pieces grouped every possible way. */
function lineCellChoices(lines: readonly SourceLine[]): Cell[][] {
  let choices: Cell[][] = [[]];
  for (const line of lines) {
    const groupings = pieceGroupings(piecesOf(line.text));
    choices = choices.flatMap((before) =>
      groupings
        .filter((grouping) => before.length + grouping.length <= maxCellsInRow)
        .map((grouping) => [
          ...before,
          ...grouping.map(
            (group): Cell => ({
              text: group.join(' '),
              line: line.number,
              keptSpaces: group.length - 1,
              ragged: false,
              swallowsLabel: false,
              opensWithLabel: null,
            }),
          ),
        ]),
    );
  }
  return choices;
}

/**
 * A line split at its spaces, except where a space separates a number from its unit
 * (`≤2420 元`, `≥2000 万元`, `全县7.24 万人…`): that space is inside one cell.
 */
function piecesOf(text: string): string[] {
  const pieces: string[] = [];
  for (const piece of text.split(/\s+/u).filter((part) => part !== '')) {
    const previous = pieces[pieces.length - 1];
    if (previous !== undefined && /[\d.]$/u.test(previous) && /^[^\d≥≤≧≦<>=＜＞＝﹦]/u.test(piece)) {
      pieces[pieces.length - 1] = `${previous} ${piece}`;
    } else {
      pieces.push(piece);
    }
  }
  return pieces;
}

function pieceGroupings(pieces: readonly string[]): string[][][] {
  if (pieces.length <= 1) return [pieces.map((piece) => [piece])];
  if (pieces.length > maxPiecesToRegroup) return [pieces.map((piece) => [piece])];
  const groupings: string[][][] = [];
  const cuts = pieces.length - 1;
  for (let mask = 0; mask < 1 << cuts; mask += 1) {
    const groups: string[][] = [[pieces[0] ?? '']];
    for (let i = 1; i < pieces.length; i += 1) {
      if (mask & (1 << (i - 1))) groups.push([pieces[i] ?? '']);
      else groups[groups.length - 1]?.push(pieces[i] ?? '');
    }
    groupings.push(groups);
  }
  return groupings;
}
