import { DomainError } from '@app/domain';

export type TokenProblem = 'MISSING' | 'INVALID' | 'EXPIRED' | 'NOT_YET_VALID';

/**
 * A request whose token does not prove who is calling. A DomainError with code
 * UNAUTHENTICATED, so the API reports it like every other refusal.
 */
export class TokenError extends DomainError {
  constructor(
    readonly problem: TokenProblem,
    message: string,
  ) {
    super('UNAUTHENTICATED', message);
    this.name = 'TokenError';
  }
}
