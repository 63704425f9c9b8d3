/** Character classes used across rules. */

/** CJK ideographs (BMP blocks and the astral extensions). */
export const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]/;

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/**
 * `isHan(text[i])` by code unit, without a string: one unit is an ideograph only in the BMP
 * blocks (half of a surrogate pair never is). NaN (past the end) is not.
 */
export function isHanUnit(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/** The code point starting at `i` as a string (handles surrogate pairs). */
export function charAt(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** The code point ending just before `i`. */
export function charBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const lo = text.charCodeAt(i - 1);
  if (i >= 2 && lo >= 0xdc00 && lo <= 0xdfff) {
    const hi = text.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1];
}

/**
 * A test of one UTF-16 code against a one-character class, answered from a table filled on
 * demand: per-character scans with `re.test(text[i])` allocate a string per character.
 * Out-of-range codes (charCodeAt past the end is NaN) are never in the class.
 */
export function codeClass(re: RegExp): (code: number) => boolean {
  const known = new Int8Array(0x10000).fill(-1);
  return (code) => {
    if (!(code >= 0 && code < 0x10000)) return false;
    let k = known[code];
    if (k < 0) k = known[code] = re.test(String.fromCharCode(code)) ? 1 : 0;
    return k === 1;
  };
}
