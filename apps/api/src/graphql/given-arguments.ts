import { messages } from '@app/domain';
import { MAX_PAGE_SIZE, type PageRequest } from '@app/projections';
import { ApiError } from './api-error.js';

/*
 * An argument left out of a query arrives as undefined, one sent as null as null: both mean
 * "not given", and the views take "not given" as undefined.
 */

/** The fields of an input object that were given. */
export function withoutNulls<T extends object>(input: T): { [K in keyof T]?: NonNullable<T[K]> } {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined)) as { [K in keyof T]?: NonNullable<T[K]> };
}

/** The page a connection asks for; a page size outside 1–MAX_PAGE_SIZE is VALIDATION, none the view's default. */
export function pageRequest(first: number | null | undefined, after: string | null | undefined): PageRequest {
  if (first !== null && first !== undefined && (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)) {
    throw new ApiError('VALIDATION', messages.api.firstOutOfRange({ given: first, max: MAX_PAGE_SIZE }));
  }
  return { first: first ?? undefined, after: after ?? undefined };
}
