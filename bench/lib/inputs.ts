/**
 * Inputs for the speed benchmark, built from the government-report corpus: its paragraphs in
 * order, then (past the corpus' ~1.2 MB) copies whose sentences are shuffled within each
 * paragraph, so that a 10 MB input is not mostly cache hits for the per-paragraph caches.
 * Falls back to the sample report, likewise varied, when the corpus is absent.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCorpus } from '../corpus';
import { rng } from './stats';

export const ROOT = resolve(__dirname, '..', '..');
export const SAMPLE_PATH = join(ROOT, 'seeds', 'daqing-news-stripped.txt');

export interface Source {
  paragraphs: string[];
  description: string;
}

export function source(): Source {
  const corpus = loadCorpus();
  if (corpus && corpus.length > 0) {
    const paragraphs = corpus.flatMap((f) => f.text.split(/\r?\n/).filter((l) => l.trim()));
    return { paragraphs, description: `政府工作报告语料 ${corpus.length} 篇（\`gov-reports/\`）` };
  }
  console.log('语料缺失，改用样例报告重复拼接 (corpus absent: falling back to the sample report repeated)');
  const sample = readFileSync(SAMPLE_PATH, 'utf8');
  return { paragraphs: sample.split(/\r?\n/).filter((l) => l.trim()), description: '样例报告重复拼接（语料缺失）' };
}

/** Splits after sentence-final marks, keeping them. */
function sentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[。！？；])/).filter(Boolean);
}

/** Copy `k` of a paragraph: k = 0 is the original, later copies shuffle its sentences. */
function variant(paragraph: string, k: number, random: () => number): string {
  if (k === 0) return paragraph;
  const s = sentences(paragraph);
  for (let i = s.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [s[i], s[j]] = [s[j], s[i]];
  }
  return s.join('');
}

/** About `bytes` of UTF-8 text, whole paragraphs one per line. */
export function textOfSize(src: Source, bytes: number): string {
  const out: string[] = [];
  let size = 0;
  const random = rng(7);
  for (let k = 0; size < bytes; k++) {
    for (const p of src.paragraphs) {
      const line = variant(p, k, random);
      out.push(line);
      size += Buffer.byteLength(line) + 1;
      if (size >= bytes) break;
    }
  }
  return out.join('\n') + '\n';
}
