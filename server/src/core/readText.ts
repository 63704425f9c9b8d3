/**
 * Reads a report file's bytes as text, refusing what is not text. Chinese reports still travel as
 * GB18030/GBK, so bytes that are not UTF-8 but decode cleanly as GB18030 are accepted (and marked,
 * so that nothing writes them back as UTF-8 by surprise).
 */

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'gb18030'; bom: boolean }
  | { ok: false; reason: string };

/** Larger files are refused rather than risk exhausting memory. */
export const MAX_BYTES = 64 * 1024 * 1024;

export function decodeReport(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_BYTES) {
    return { ok: false, reason: `文件过大（${(bytes.length / 1048576).toFixed(1)} MB，上限 ${MAX_BYTES / 1048576} MB）` };
  }
  const head = bytes.subarray(0, 65536);
  if (head.includes(0)) return { ok: false, reason: '不是文本文件（含有 NUL 字节，可能是二进制文件）' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text, encoding: 'utf-8', bom };
  } catch {
    // not UTF-8: try GB18030, the superset of GBK
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    if (/[\u4e00-\u9fff]/.test(text) && !/[\u0000-\u0008\u000e-\u001f]/.test(text)) {
      return { ok: true, text, encoding: 'gb18030', bom: false };
    }
  } catch {
    // fall through
  }
  return { ok: false, reason: '无法识别的文本编码（既不是 UTF-8 也不是 GB18030），可能是二进制文件' };
}

/**
 * Why an editor buffer cannot be read as a report, if it cannot: a binary file forced open as
 * text, or — common with Chinese reports — a GBK/GB18030 file the editor decoded as UTF-8, which
 * turns every Chinese character into U+FFFD. Only the first 64K characters are looked at.
 */
export function unreadableText(text: string): string | undefined {
  const head = text.length > 65536 ? text.slice(0, 65536) : text;
  if (head.includes('\u0000')) return '不是文本（含有 NUL 字符，可能是二进制文件），未检查';
  // run on every version an editor sends: the � are counted natively, and the visible characters
  // (a loop over every unit) only when there are enough � to matter
  let replaced = 0;
  for (let at = head.indexOf('\ufffd'); at >= 0; at = head.indexOf('\ufffd', at + 1)) replaced++;
  if (replaced < 8) return undefined;
  let visible = 0;
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) > 0x20) visible++;
  // a stray � or two is a character lost long ago; many mean the whole file was misread
  if (replaced >= 8 && replaced >= visible * 0.02) {
    return `含有 ${replaced} 个无法解码的字符（�），可能是以 UTF-8 打开的 GBK/GB18030 文件：请用“通过编码重新打开”(Reopen with Encoding) 选择 GB18030。未检查`;
  }
  return undefined;
}
