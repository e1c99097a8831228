/**
 * Text comparison for the review: the same sentence typed with other spacing, punctuation or
 * numbering is the same sentence (docs/review-assistant.md, "Similarity").
 */

const numbering = /^\s*(?:\d+|[一二三四五六七八九十]+)\s*[.．、)）]\s*/u;
const noise = /[\s\p{P}\p{S}]/gu;

/** Without leading numbering (1. / 一、), whitespace, punctuation and symbols. */
export function normalised(text: string): string {
  return text.replace(numbering, '').replace(noise, '');
}

/** Character pairs of the normalised text (a single character counts as one pair). */
export function bigrams(text: string): string[] {
  const chars = [...normalised(text)];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((c, i) => `${chars[i]}${c}`);
}

/** Dice coefficient of character pairs, 0 (nothing shared) to 1 (same normalised text). */
export function similarity(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  if (left.length === 0 && right.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const pair of right) counts.set(pair, (counts.get(pair) ?? 0) + 1);
  let shared = 0;
  for (const pair of left) {
    const n = counts.get(pair) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(pair, n - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}
