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
    return { field, message: `有 ${characters.length} 个字符，超过了此栏的上限 ${limit.maxLength} 个字符：请精简后再提交` };
  }
  return null;
}

/** A list longer than its limit (listLimits), named by its field. */
export function listProblem(length: number, field: string, maxLength: number): FieldProblem | null {
  return length > maxLength ? { field, message: `有 ${length} 项，超过了上限 ${maxLength} 项：请合并或删减后再提交` } : null;
}

const invisible = /^[\p{Cc}\p{Cf}\p{Cs}]$/u;
const layout = new Set(['\t', '\n', '\r']);

function isRefused(character: string, limit: TextLimit): boolean {
  return invisible.test(character) && !(limit.lines === 'MANY' && layout.has(character));
}

const characterNames: Readonly<Record<string, string>> = {
  '\u0000': '空字符 NUL',
  '\t': '制表符',
  '\n': '换行符',
  '\r': '回车符',
  '\u001B': '转义符 ESC',
  '\u007F': '删除符 DEL',
  '\u00AD': '软连字符',
  '\u200B': '零宽空格',
  '\u200C': '零宽非连接符',
  '\u200D': '零宽连接符',
  '\u200E': '从左到右标记',
  '\u200F': '从右到左标记',
  '\u202A': '从左到右嵌入',
  '\u202B': '从右到左嵌入',
  '\u202C': '方向格式结束符',
  '\u202D': '从左到右覆盖',
  '\u202E': '从右到左覆盖',
  '\u2060': '零宽不换行符',
  '\u2066': '从左到右隔离',
  '\u2067': '从右到左隔离',
  '\u2068': '首字符方向隔离',
  '\u2069': '方向隔离结束符',
  '\uFEFF': '零宽不换行空格（BOM）',
};

function refusedCharacterMessage(character: string, index: number, limit: TextLimit): string {
  const codePoint = character.codePointAt(0)!;
  const code = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const where = `第 ${index + 1} 个字符`;
  if (limit.lines === 'ONE' && layout.has(character)) {
    return `${where}是${characterNames[character]}（${code}）：此栏只能填写一行，请删去换行和制表符`;
  }
  const name = /^\p{Cs}$/u.test(character) ? '不成对的代理项（残缺的字符编码）' : (characterNames[character] ?? '不可见的控制字符');
  return `${where}是${name}（${code}）：它看不见，却会改变文字的显示或存储，请删去后再提交`;
}
