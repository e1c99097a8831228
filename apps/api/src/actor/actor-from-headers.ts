import type { Actor } from '@app/event-store';
import { ApiError } from '../graphql/api-error.js';

type Headers = Record<string, string | string[] | undefined>;

/**
 * Until sign-in exists, the caller names itself in headers: x-user-id, x-user-name
 * (percent-encoded, since HTTP headers cannot carry Chinese text as is), x-user-roles
 * (comma-separated), x-unit-code and x-section-id.
 */
export function actorFromHeaders(headers: Headers): Actor {
  const userId = single(headers, 'x-user-id');
  if (!userId) {
    throw new ApiError('UNAUTHENTICATED', 'Say who you are: send the x-user-id header (and x-user-name, x-user-roles, x-unit-code, x-section-id).');
  }
  const name = single(headers, 'x-user-name');
  return {
    userId,
    displayName: name ? decodeName(name) : userId,
    roles: (single(headers, 'x-user-roles') ?? '')
      .split(',')
      .map((role) => role.trim().toUpperCase())
      .filter((role) => role !== ''),
    unitCode: single(headers, 'x-unit-code') ?? null,
    sectionId: single(headers, 'x-section-id') ?? null,
  };
}

function single(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  const text = Array.isArray(value) ? value[0] : value;
  return text && text.trim() !== '' ? text.trim() : undefined;
}

function decodeName(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    throw new ApiError('VALIDATION', 'x-user-name must be percent-encoded UTF-8 (encodeURIComponent).');
  }
}
