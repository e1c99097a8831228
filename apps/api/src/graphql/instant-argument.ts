import { messages } from '@app/domain';
import { ApiError } from './api-error.js';

/**
 * The DateTime scalar of @nestjs/graphql turns any text into a Date, "last spring" into an
 * invalid one; an argument that names no instant is refused here instead of read as none.
 */
export function requireInstant(value: Date, argument: string): Date {
  if (Number.isNaN(value.getTime())) {
    throw new ApiError('VALIDATION', messages.api.notAnInstant(argument));
  }
  return value;
}
