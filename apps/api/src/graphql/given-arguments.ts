import { DomainError } from '@app/domain';
import { MAX_FILTER_TEXT_LENGTH, MAX_PAGE_SIZE, type PageRequest } from '@app/projections';
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
    throw new ApiError('VALIDATION', `first must be a whole number from 1 to ${MAX_PAGE_SIZE}, got ${first}.`);
  }
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
      message: `筛选文字最多 ${MAX_FILTER_TEXT_LENGTH} 个字符，收到 ${[...(value as string)].length} 个：请缩短后再查询`,
    }));
  if (problems.length > 0) throw DomainError.validation(problems);
  return filter;
}
