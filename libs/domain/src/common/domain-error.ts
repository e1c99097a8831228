import { messages } from '../messages/messages.js';
import { namePeople } from '../messages/person-marker.js';

/** Stable error codes every client can switch on. */
export type ErrorCode = 'VALIDATION' | 'CONFLICT' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED';

export interface FieldProblem {
  /** Path of the offending input field, e.g. `indicators[2].valueText`. */
  field: string;
  message: string;
  /** A stable English code where a client may act on the kind of problem, e.g. NOT_UTF8. */
  code?: string;
}

/** A rule of the domain refused the command. Nothing was written. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static validation(problems: FieldProblem[]): DomainError {
    return new DomainError('VALIDATION', messages.common.invalidInput(problemSummary(problems)), problems);
  }

  /** The same refusal with every person it names (messages/person-marker.ts) named by `nameOf`. */
  namingPeople(nameOf: (userId: string) => string | undefined): DomainError {
    const problems = this.problems.map((problem) => ({ ...problem, message: namePeople(problem.message, nameOf) }));
    return new DomainError(this.code, namePeople(this.message, nameOf), problems);
  }
}

/** "field：message；field：message", as a refusal lists its problems. */
export function problemSummary(problems: readonly FieldProblem[]): string {
  return problems.map((p) => messages.common.problemLine(p.field, p.message)).join(messages.common.problemSeparator);
}
