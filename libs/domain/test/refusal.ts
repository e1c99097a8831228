import { DomainError } from '../src/common/domain-error.js';

/** The DomainError a pure function refuses its input with; fails the test when it accepts it. */
export function refusalOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, but the input was accepted');
}
