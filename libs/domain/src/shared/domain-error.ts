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
    const summary = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
    return new DomainError('VALIDATION', `Invalid input — ${summary}`, problems);
  }
}
