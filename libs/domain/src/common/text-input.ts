import { messages } from '../messages/messages.js';
import type { FieldProblem } from './domain-error.js';
import type { TextLimit } from './limits.js';

/**
 * The one check of every text a command stores. Events are kept forever and shown to
 * reviewers and auditors, so a text is refused — never silently altered, so that what is
 * stored is exactly what was sent — when it holds a character that is stored but not seen
 * or that changes how the text around it is shown:
 * - control characters (NUL, ESC, DEL, the C1 range), except line breaks and tabs in a paragraph;
 * - format characters: bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069,
 *   which can make 1000 read as 0001), zero-width spaces and joiners, U+FEFF, soft hyphens —
 *   so a name cannot look like another, nor a text consist of nothing visible;
 * - lone surrogate halves, which are not characters at all.
 * and when it is longer than its limit (limits.ts). Whether a text is required stays with each
 * command; this only says whether a text that was given may be stored.
 */
export function textProblem(value: string, field: string, limit: TextLimit): FieldProblem | null {
  const characters = [...value];
  const at = characters.findIndex((character) => isRefused(character, limit));
  if (at >= 0) return { field, message: refusedCharacterMessage(characters[at]!, at, limit) };
  if (characters.length > limit.maxLength) {
    return { field, message: messages.text.tooLong({ length: characters.length, max: limit.maxLength }) };
  }
  return null;
}

/** A list longer than its limit (listLimits), named by its field. */
export function listProblem(length: number, field: string, maxLength: number): FieldProblem | null {
  return length > maxLength ? { field, message: messages.text.listTooLong({ length, max: maxLength }) } : null;
}

const words = messages.text;
const invisible = /^[\p{Cc}\p{Cf}\p{Cs}]$/u;
const layout = new Set(['\t', '\n', '\r']);

function isRefused(character: string, limit: TextLimit): boolean {
  return invisible.test(character) && !(limit.lines === 'MANY' && layout.has(character));
}

function refusedCharacterMessage(character: string, index: number, limit: TextLimit): string {
  const codePoint = character.codePointAt(0)!;
  const code = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const where = words.position(index);
  if (limit.lines === 'ONE' && layout.has(character)) {
    return words.layoutOnOneLine({ where, name: words.characterNames[character] ?? words.otherControl, code });
  }
  const name = /^\p{Cs}$/u.test(character) ? words.loneSurrogate : (words.characterNames[character] ?? words.otherControl);
  return words.invisible({ where, name, code });
}
