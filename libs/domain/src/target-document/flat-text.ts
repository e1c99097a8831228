import type { SourceLine } from './source-lines.js';
import { spacedLabel } from './spaced-label.js';

export interface Match {
  start: number;
  end: number;
  groups: string[];
}

/**
 * Lines joined by newlines, so that labels wrapped over several lines are found with one
 * pattern, while every offset still maps back to the source line it came from.
 */
export class FlatText {
  readonly text: string;
  private readonly starts: number[] = [];

  constructor(private readonly lines: readonly SourceLine[]) {
    let offset = 0;
    for (const line of lines) {
      this.starts.push(offset);
      offset += line.text.length + 1;
    }
    this.text = lines.map((line) => line.text).join('\n');
  }

  /** The source line number of an offset (the last line for the end of the text). */
  lineAt(offset: number): number {
    return this.lines[this.indexAt(offset)]?.number ?? 0;
  }

  /** The index, in the lines given, of the line holding an offset. */
  indexAt(offset: number): number {
    let index = 0;
    while (index + 1 < this.starts.length && (this.starts[index + 1] ?? Infinity) <= offset) index += 1;
    return index;
  }

  /** The first match of `pattern` (a regex source) at or after `from`. */
  find(pattern: string, from: number): Match | null {
    const regex = new RegExp(pattern, 'gu');
    regex.lastIndex = from;
    const found = regex.exec(this.text);
    return found === null ? null : { start: found.index, end: found.index + found[0].length, groups: found.slice(1) };
  }

  findLabel(label: string, from: number): Match | null {
    return this.find(spacedLabel(label), from);
  }

  /** `pattern` right at `from`. */
  at(pattern: string, from: number): Match | null {
    const regex = new RegExp(pattern, 'yu');
    regex.lastIndex = from;
    const found = regex.exec(this.text);
    return found === null ? null : { start: found.index, end: found.index + found[0].length, groups: found.slice(1) };
  }

  /** A cell between two offsets: its lines trimmed and joined without inventing spaces. */
  cellBetween(from: number, to: number): string {
    return this.linesBetween(from, to).join('');
  }

  linesBetween(from: number, to: number): string[] {
    return this.text
      .slice(from, to)
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
  }
}
