/** The fix shared by the quantity and date rules: insert the placeholder where a number is missing. */
import type { Fix } from '../core/types';

/** Unsafe by design: the user must replace the placeholder with the real figure. */
export function placeholderFix(at: number, placeholder: string, where: string): Fix {
  return { title: `在${where}插入占位符“${placeholder}”`, edits: [{ start: at, end: at, text: placeholder }], safe: false };
}
