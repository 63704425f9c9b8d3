/**
 * Parts of a Markdown report that are not prose: fenced code blocks (``` or ~~~, CommonMark: up to
 * three spaces before the fence, closed by a fence of the same character at least as long, or
 * running to the end when never closed) and YAML front matter (a first line `---` closed by `---`
 * or `...`), and inline code spans (`甲,乙`). Nothing in them is a finding: code keeps its own
 * commas and quotes.
 */
import type { LineIndex } from './lineIndex';
import type { Span } from './types';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A run of backticks, then anything, then a run of the same length (CommonMark code spans, within a line here). */
const INLINE_CODE = /(?<!`)(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g;
/** Front matter longer than this is more likely a document that happens to start with a rule. */
const MAX_FRONT_MATTER_LINES = 60;

/** Absolute spans, in order, each from its opening line's start to its closing line's end. */
export function codeRegions(lines: LineIndex): Span[] {
  const text = lines.text;
  const out: Span[] = [];
  let line = 0;
  if (lines.lineCount > 1 && lines.lineText(0).trimEnd() === '---') {
    for (let l = 1; l < Math.min(lines.lineCount, MAX_FRONT_MATTER_LINES); l++) {
      const t = lines.lineText(l).trimEnd();
      if (t === '---' || t === '...') {
        out.push({ start: 0, end: lines.lineEnd(l) });
        line = l + 1;
        break;
      }
    }
  }
  // no backtick or tilde anywhere (nearly every report): no fence opens, no code span; the text is
  // scanned natively twice instead of slicing every line on every version an editor sends
  if (!text.includes('`') && !text.includes('~')) return out;
  for (; line < lines.lineCount; line++) {
    const start = lines.lineStarts[line];
    // most lines start with neither a space, a backtick nor a tilde: no regex for them
    const c = text.charCodeAt(start);
    const open = c === 0x60 || c === 0x7e || c === 0x20 ? FENCE.exec(lines.lineText(line)) : null;
    if (!open) {
      const t = lines.lineText(line);
      if (t.includes('`')) for (const m of t.matchAll(INLINE_CODE)) out.push({ start: start + m.index!, end: start + m.index! + m[0].length });
      continue;
    }
    const fence = open[1];
    // a backtick fence's info string may not contain a backtick
    if (fence[0] === '`' && lines.lineText(line).slice(open[0].length).includes('`')) continue;
    let close = line + 1;
    for (; close < lines.lineCount; close++) {
      const m = FENCE.exec(lines.lineText(close));
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && lines.lineText(close).slice(m[0].length).trim() === '') break;
    }
    const last = Math.min(close, lines.lineCount - 1);
    out.push({ start, end: lines.lineEnd(last) });
    line = close;
  }
  return out;
}
