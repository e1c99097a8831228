import { reviewSeverity, type ReviewCode } from './review-codes.js';
import type { ReviewFinding } from './review-finding.js';

/** A finding with the severity its code has (review-codes.ts), about this table alone or naming another. */
export function findingOf(code: ReviewCode, field: string, message: string, otherProjectCode: string | null = null): ReviewFinding {
  return { code, severity: reviewSeverity[code], field, message, otherProjectCode };
}
