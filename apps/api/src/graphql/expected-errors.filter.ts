import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '@app/domain';
import { EventIdReuseError, WrongExpectedRevisionError } from '@app/event-store';
import { InvalidCursorError } from '@app/projections';
import { ApiError } from './api-error.js';

/**
 * Refusals are answers, not faults: hand them to formatError as they are, so that Nest does
 * not log each one as an unexpected exception. Anything else still reaches its handler.
 */
@Catch(DomainError, ApiError, WrongExpectedRevisionError, EventIdReuseError, InvalidCursorError)
export class ExpectedErrorsFilter implements GqlExceptionFilter {
  catch(error: Error): Error {
    return error;
  }
}
