/** Splits a paragraph into sentences after 。！？ (and their ASCII forms), ；, …… and closing quotes. */
import type { Sentence } from './types';

const TERMINAL = new Set(['。', '！', '？', '!', '?', '；', ';', '…']);
/** Closing marks that belong to the sentence they follow (。” ends inside the quote). */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '】']);

export function segmentSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (TERMINAL.has(text[i])) {
      let end = i + 1;
      while (end < text.length && (TERMINAL.has(text[end]) || CLOSERS.has(text[end]))) end++;
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
