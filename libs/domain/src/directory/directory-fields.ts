import { messages } from '../messages/messages.js';
import { DomainError, type FieldProblem } from '../common/domain-error.js';
import type { TextLimit } from '../common/limits.js';
import { textProblem } from '../common/text-input.js';
import { isRole } from './roles.js';

/** Shapes of the values an ADMIN types into the directory; each check names its field. */

const unitCodeShape = /^[A-Za-z0-9]{1,20}$/;
const sectionIdShape = /^[A-Za-z0-9_-]{1,40}$/;
const userIdShape = /^[A-Za-z0-9_-]{1,64}$/;
/** Login names are typed on every sign-in, so they stay plain ASCII without spaces. */
const userNameShape = /^[A-Za-z0-9][A-Za-z0-9._@-]{2,63}$/;
/** What libs/auth hashPassword writes: scrypt$N$r$p$salt$hash, base64 salt and hash. */
const passwordHashShape = /^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]+={0,2}$/;

/** Refuses a command with VALIDATION naming every problem found, so one answer lists them all. */
export function refuseIfProblems(problems: ReadonlyArray<FieldProblem | null>): void {
  const found = problems.filter((problem): problem is FieldProblem => problem !== null);
  if (found.length > 0) throw DomainError.validation(found);
}

export function unitCodeProblem(value: unknown, field = 'unitCode'): FieldProblem | null {
  if (typeof value === 'string' && unitCodeShape.test(value)) return null;
  return { field, message: messages.directory.notAUnitCode(shown(value)) };
}

export function sectionIdProblem(value: unknown, field = 'sectionId'): FieldProblem | null {
  if (typeof value === 'string' && sectionIdShape.test(value)) return null;
  return { field, message: messages.directory.notASectionId(shown(value)) };
}

export function userIdProblem(value: unknown, field = 'userId'): FieldProblem | null {
  if (typeof value === 'string' && userIdShape.test(value)) return null;
  return { field, message: messages.directory.notAUserId(shown(value)) };
}

export function userNameProblem(value: unknown, field = 'userName'): FieldProblem | null {
  if (typeof value === 'string' && userNameShape.test(value)) return null;
  return { field, message: messages.directory.notALoginName(shown(value)) };
}

/** A name shown to people (unit, section, display name): required, trimmed, one line within its limit (limits.ts). */
export function nameProblem(value: unknown, field: string, example: string, limit: TextLimit): FieldProblem | null {
  if (typeof value !== 'string' || value.trim() === '') {
    return { field, message: messages.directory.nameRequired(example) };
  }
  return textProblem(value.trim(), field, limit);
}

/**
 * Events are kept forever and cannot be edited, so a clear password sent here by mistake
 * could never be erased: only the encoded output of hashPassword is accepted. The message
 * never repeats the value, which may be that very password.
 */
export function roleProblem(value: unknown, field = 'role'): FieldProblem | null {
  if (isRole(value)) return null;
  return { field, message: messages.directory.notARole(JSON.stringify(value ?? null)) };
}

export function passwordHashProblem(value: unknown, field = 'passwordHash'): FieldProblem | null {
  if (typeof value === 'string' && passwordHashShape.test(value)) return null;
  return { field, message: messages.directory.notAPasswordHash };
}

/** Login names are unique and matched regardless of case: ZhangSan and zhangsan are one user. */
export function normalizeUserName(userName: string): string {
  return userName.trim().toLowerCase();
}

/** Two unit or section names that differ only in spacing or full-width forms are the same name. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  return value === undefined ? messages.directory.nothing : JSON.stringify(value) ?? String(value);
}
