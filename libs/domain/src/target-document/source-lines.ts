/**
 * The text of a PDF as lines numbered from 1. Each line is trimmed: the extractor indents the
 * first line of a page and pads others, and that whitespace is layout, not text. Spaces inside
 * a line (`≤2420 元`, `冀财社2021年 153号`) are printed text and stay.
 */
export interface SourceLine {
  number: number;
  text: string;
}

export function sourceLinesOf(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n|\f/u).map((line, i) => ({ number: i + 1, text: line.trim() }));
}

/** A wrapped cell or paragraph: its lines joined without inventing spaces. */
export function joinedText(lines: readonly SourceLine[]): string {
  return lines.map((line) => line.text).join('');
}

export function nonBlank(lines: readonly SourceLine[]): SourceLine[] {
  return lines.filter((line) => line.text !== '');
}

/** Runs of non-blank lines; the extractor leaves a blank line after every multi-line cell. */
export function blocksOf(lines: readonly SourceLine[]): SourceLine[][] {
  const blocks: SourceLine[][] = [];
  let current: SourceLine[] = [];
  for (const line of lines) {
    if (line.text === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

const pageNumberShape = /^(?:[-—–]\s*)?\d{1,3}(?:\s*[-—–])?$|^第\s*\d{1,3}\s*页(?:\s*[,，]?\s*共\s*\d{1,3}\s*页)?$/u;

/**
 * A page number stands alone between blank lines (`21`, `- 21 -`, `第21页`). Inside an
 * indicator table a lone number can also be a target value (`100`), so there the caller also
 * asks what follows it.
 */
export function isPageNumberAt(lines: readonly SourceLine[], index: number): boolean {
  const line = lines[index];
  if (line === undefined || !pageNumberShape.test(line.text)) return false;
  const before = lines[index - 1];
  const after = lines[index + 1];
  return (before === undefined || before.text === '') && (after === undefined || after.text === '');
}

export function nextNonBlank(lines: readonly SourceLine[], index: number): number {
  let i = index;
  while (i < lines.length && lines[i]?.text === '') i += 1;
  return i;
}
