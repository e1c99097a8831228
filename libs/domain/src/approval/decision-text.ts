import { DomainError, type FieldProblem } from '../common/domain-error.js';
import { type TextLimit, textLimits } from '../common/limits.js';
import { textProblem } from '../common/text-input.js';
import { messages } from '../messages/messages.js';

/** Texts people write with a decision, kept exactly as written once they say something. */

/** A comment is optional: absent or blank is recorded as null. */
export function optionalComment(value: unknown, field: string, limit: TextLimit = textLimits.decisionText): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw DomainError.validation([{ field, message: messages.common.textOrNothing }]);
  const problem = textProblem(value, field, limit);
  if (problem !== null) throw DomainError.validation([problem]);
  return value.trim() === '' ? null : value;
}

/** A reason is required: a return or an adjustment nobody can explain cannot be acted on or audited. */
export function reasonProblem(value: unknown, field: string, example: string): FieldProblem | null {
  if (typeof value !== 'string' || value.trim() === '') return { field, message: messages.common.reasonRequired(example) };
  return textProblem(value, field, textLimits.decisionText);
}

export function requiredReason(value: unknown, field: string, example: string): string {
  const problem = reasonProblem(value, field, example);
  if (problem !== null) throw DomainError.validation([problem]);
  return value as string;
}
