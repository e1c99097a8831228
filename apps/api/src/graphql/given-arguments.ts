import { DomainError, messages } from '@app/domain';
import { Int } from '@nestjs/graphql';
import { DEFAULT_PAGE_SIZE, MAX_FILTER_TEXT_LENGTH, MAX_PAGE_SIZE, type PageRequest } from '@app/projections';

/*
 * An argument left out of a query arrives as undefined, one sent as null as null: both mean
 * "not given", and the views take "not given" as undefined.
 */

/** The fields of an input object that were given. */
export function withoutNulls<T extends object>(input: T): { [K in keyof T]?: NonNullable<T[K]> } {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined)) as { [K in keyof T]?: NonNullable<T[K]> };
}

/** Why a page size is not one the views serve (1–MAX_PAGE_SIZE); null when it is. */
export function pageSizeProblem(first: unknown): string | null {
  if (typeof first === 'number' && Number.isInteger(first) && first >= 1 && first <= MAX_PAGE_SIZE) return null;
  return messages.api.pageSize({ given: JSON.stringify(first) ?? String(first), max: MAX_PAGE_SIZE });
}

/** A connection's page arguments, the same on every list: `@Args('first', firstArg)`, `@Args('after', afterArg)`. */
export const firstArg = { type: () => Int, nullable: true, description: `Page size, 1–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` } as const;
export const afterArg = { type: () => String, nullable: true, description: 'endCursor of the previous page.' } as const;

/**
 * The page a connection asks for; none the view's default. The query limits have refused a
 * page size out of range before the operation ran: this holds for callers that come another way.
 */
export function pageRequest(first: number | null | undefined, after: string | null | undefined): PageRequest {
  const problem = first === null || first === undefined ? null : pageSizeProblem(first);
  if (problem !== null) throw DomainError.validation([{ field: 'first', message: problem }]);
  return { first: first ?? undefined, after: after ?? undefined };
}

/**
 * A query's filter, or none; every text in it at most MAX_FILTER_TEXT_LENGTH characters, so
 * that no view is asked to match a pattern it cannot (VALIDATION naming each field too long).
 */
export function boundedFilter<T extends object>(filter: T | null | undefined, argument = 'filter'): T | Record<string, never> {
  if (filter === null || filter === undefined) return {};
  const problems = Object.entries(filter)
    .filter(([, value]) => typeof value === 'string' && [...value].length > MAX_FILTER_TEXT_LENGTH)
    .map(([field, value]) => ({
      field: `${argument}.${field}`,
      message: messages.api.filterTooLong({ length: [...(value as string)].length, max: MAX_FILTER_TEXT_LENGTH }),
    }));
  if (problems.length > 0) throw DomainError.validation(problems);
  return filter;
}
