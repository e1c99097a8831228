/**
 * A label of the printed form as a pattern that matches it wrapped anywhere: PDF text breaks
 * a cell wherever the column ends (`预算规模及` / `资金用途`, `其中：财政` / `资金`), so any
 * whitespace, line breaks included, may sit between two characters.
 */
export function spacedLabel(label: string): string {
  return [...label].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('\\s*');
}
