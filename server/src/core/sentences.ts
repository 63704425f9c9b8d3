/** Splits a paragraph into sentences after 。！？ (and their ASCII forms), ；, …… and closing quotes. */
import type { Sentence } from './types';

const TERMINAL = ['。', '！', '？', '!', '?', '；', ';', '…'];
/** Closing marks that belong to the sentence they follow (。” ends inside the quote). */
const CLOSERS = ['”', '’', '」', '』', '）', ')', '》', '】'];
/** Per UTF-16 unit: 1 terminal, 2 closer. A table, not a one-character string per character. */
const KIND = new Uint8Array(0x10000);
for (const c of TERMINAL) KIND[c.charCodeAt(0)] = 1;
for (const c of CLOSERS) KIND[c.charCodeAt(0)] = 2;

export function segmentSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (KIND[text.charCodeAt(i)] === 1) {
      let end = i + 1;
      while (end < text.length && KIND[text.charCodeAt(end)] !== 0) end++;
      push(text, start, end, sentences);
      start = end;
      i = end;
    } else {
      i++;
    }
  }
  push(text, start, text.length, sentences);
  return sentences;
}

function push(text: string, start: number, end: number, out: Sentence[]): void {
  // skip leading indentation (full-width spaces are common in reports)
  while (start < end && /\s/.test(text[start])) start++;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}
