/**
 * Features of the places where a 顿号 could go: every boundary between two jieba words inside a
 * mark-free clause. The learned scorer (enumerationModel.ts) weighs them; the trainer
 * (enumerationTrain.ts) learns the weights from reports whose 顿号 were deleted.
 *
 * Features are classes, not word pairs, so that they carry over from government reports to news:
 * part-of-speech tags around the seam, word lengths, edge characters, parallelism between the
 * neighbouring words (same length, tag, head or tail character), list words nearby (等/和/及,
 * 包括/围绕) and the distance to the clause edges. Only a few hundred frequent function words
 * are kept as words. Extraction is one pass over the clause's tokens (O(tokens)).
 */
import { TITLES } from '../data/titles';
import { MARK } from './enclosed';
import type { Span, Token } from './types';

/** A place between two words where 、 could go, with the features that describe it. */
export interface Seam {
  /** Offset of the seam (where 、 would be inserted), relative to the paragraph. */
  at: number;
  left: Token;
  right: Token;
  /**
   * The items on either side as far as the words around the seam look alike: the k words before
   * and after it when they match in tags and length or edge (审计监督|统计监督), else one word each.
   */
  items: { left: Span; right: Span };
  features: string[];
}

const NUMERAL = /[0-9０-９一二三四五六七八九十百千万亿两零〇几多余半]/;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const ALNUM = /[A-Za-z0-9]/;
/** Words that close a list (…等领域, …和…) and words that open one (包括…, 围绕…). */
const CLOSERS = new Set(['等', '等等', '和', '及', '以及', '与', '或', '还有', '及其', '并']);
const OPENERS = new Set(['包括', '围绕', '涵盖', '覆盖', '例如', '比如', '如', '涉及', '聚焦', '重点', '推进', '加强', '发展', '推动', '打造', '实施', '开展', '建设', '培育', '深化', '完善', '做好']);

const TITLE_SET = new Set(TITLES);
const LEGAL_FORMS = new Set(['公司', '有限公司', '股份有限公司', '有限责任公司', '分公司', '子公司', '集团', '集团公司', '控股']);
function endsWithTitle(word: string): boolean {
  for (let k = 1; k <= Math.min(word.length, 6); k++) if (TITLE_SET.has(word.slice(word.length - k))) return true;
  return false;
}

/** A clause: tokens between two marks, contiguous. */
interface Clause {
  tokens: Token[];
}

/** Splits the paragraph's tokens into mark-free runs of contiguous tokens. */
export function clauseTokens(text: string, tokens: readonly Token[]): Clause[] {
  const out: Clause[] = [];
  let cur: Token[] = [];
  const flush = () => {
    if (cur.length >= 2) out.push({ tokens: cur });
    cur = [];
  };
  for (const t of tokens) {
    if (!t.text || MARK.test(t.text[0]) || MARK.test(t.text[t.text.length - 1])) {
      flush();
      continue;
    }
    if (cur.length && cur[cur.length - 1].end !== t.start) flush();
    cur.push(t);
  }
  flush();
  // text is only read through tokens; the parameter keeps the call shape of other core finders
  void text;
  return out;
}

const bucket = (n: number): string => (n <= 3 ? String(n) : n <= 5 ? '4-5' : n <= 8 ? '6-8' : '9+');
const len = (t: Token): number => Math.min(t.end - t.start, 5);
const first = (t: Token): string => t.text[0];
const last = (t: Token): string => t.text[t.text.length - 1];
/** Coarse tag: n* (nouns and names), v* (verbs), a* (adjectives), or the tag itself. */
const coarse = (tag: string): string => (/^n/.test(tag) || tag === 'j' ? 'n' : /^v/.test(tag) ? 'v' : /^a/.test(tag) ? 'a' : tag);

function parallel(a: Token | undefined, b: Token | undefined): string {
  if (!a || !b) return '-';
  const sameLen = a.end - a.start === b.end - b.start;
  const sameTag = coarse(a.tag) === coarse(b.tag);
  const edge = first(a) === first(b) ? 'h' : last(a) === last(b) ? 't' : '';
  return `${sameLen ? 'L' : ''}${sameTag ? 'T' : ''}${edge}`;
}

/**
 * Every seam inside the paragraph's clauses, with its features. `words` are the words kept as
 * features of their own (frequent function words); others are described by class only.
 * `evidence` maps seam offsets to the hand-written evidence found there (enumeration.ts).
 */
export function extractSeams(text: string, tokens: readonly Token[], words: ReadonlySet<string>, evidence: ReadonlyMap<number, string> = new Map(), items?: ReadonlySet<string>): Seam[] {
  const seams: Seam[] = [];
  for (const { tokens: ts } of clauseTokens(text, tokens)) {
    const n = ts.length;
    // distance (in words) to the nearest list closer at or after i, and opener at or before i
    const toCloser = new Array<number>(n + 1).fill(99);
    for (let i = n - 1; i >= 0; i--) toCloser[i] = CLOSERS.has(ts[i].text) ? 0 : toCloser[i + 1] + 1;
    const fromOpener = new Array<number>(n).fill(99);
    for (let i = 0; i < n; i++) fromOpener[i] = OPENERS.has(ts[i].text) ? 0 : i > 0 ? fromOpener[i - 1] + 1 : 99;
    // how many words of the clause end with each character (科技创新产业创新制度创新: 新 ×3)
    const tails = new Map<string, number>();
    const heads = new Map<string, number>();
    for (const t of ts) {
      if (t.text.length < 2) continue;
      tails.set(last(t), (tails.get(last(t)) ?? 0) + 1);
      heads.set(first(t), (heads.get(first(t)) ?? 0) + 1);
    }
    const clauseLen = ts[n - 1].end - ts[0].start;
    for (let i = 1; i < n; i++) {
      const L = ts[i - 1];
      const R = ts[i];
      const lc = last(L);
      const rc = first(R);
      if (NUMERAL.test(lc) && NUMERAL.test(rc)) continue;
      // between Chinese words, or a Chinese word and a Latin or digit one (5G、人工智能); not
      // next to emoji or other symbols
      if (!(HAN.test(lc) || ALNUM.test(lc)) || !(HAN.test(rc) || ALNUM.test(rc)) || (!HAN.test(lc) && !HAN.test(rc))) continue;
      // a title before a person's name is apposition (省长王文涛, 副主任宋亚东), never a list; the
      // reports name too few people for the model to learn it
      if (R.tag === 'nr' && endsWithTitle(L.text)) continue;
      // a legal form never stands alone as an item: …有限责任|公司 is inside a company's name
      if (LEGAL_FORMS.has(R.text)) continue;
      const LL = ts[i - 2];
      const RR = ts[i + 1];
      const tl = L.tag;
      const tr = R.tag;
      const pair = `${coarse(tl)}|${coarse(tr)}`;
      const par = parallel(L, R);
      const f: string[] = [
        'bias',
        `t:${tl}|${tr}`,
        `tl:${tl}`,
        `tr:${tr}`,
        `tll:${LL ? LL.tag : '^'}|${tl}`,
        `trr:${tr}|${RR ? RR.tag : '$'}`,
        `len:${len(L)}|${len(R)}`,
        `lenp:${len(L)}|${len(R)}|${pair}`,
        `par:${par}`,
        `parp:${par}|${pair}`,
        `parL:${parallel(LL, L)}|${coarse(tl)}`,
        `parR:${parallel(R, RR)}|${coarse(tr)}`,
        `lc:${lc}`,
        `rc:${rc}`,
        `lf:${first(L)}`,
        `rl:${last(R)}`,
        `cl:${bucket(toCloser[i])}`,
        `clp:${bucket(toCloser[i])}|${pair}`,
        `op:${bucket(fromOpener[i - 1])}`,
        `opp:${bucket(fromOpener[i - 1])}|${pair}`,
        `pos:${bucket(i)}|${bucket(n - i)}`,
        `clen:${bucket(Math.floor(clauseLen / 4))}`,
      ];
      f.push(`tpl:${tl}|${tr}|${len(L)}|${len(R)}`, `tpp:${tl}|${tr}|${par}`, `lcr:${lc}|${coarse(tr)}`, `rcl:${coarse(tl)}|${rc}`, `lrl:${len(L)}|${lc}`, `rrf:${len(R)}|${rc}`);
      f.push(`tri:${LL ? LL.tag : '^'}|${tl}|${tr}`, `tri2:${tl}|${tr}|${RR ? RR.tag : '$'}`, `four:${LL ? coarse(LL.tag) : '^'}|${pair}|${RR ? coarse(RR.tag) : '$'}`);
      if (toCloser[i] < 99) f.push(`clw:${ts[i + toCloser[i]].text}|${bucket(toCloser[i])}`);
      const tailRun = L.text.length >= 2 && R.text.length >= 2 && lc === last(R) ? tails.get(lc) ?? 0 : 0;
      if (tailRun >= 2) f.push(`tails:${bucket(tailRun)}|${len(L)}`);
      const headRun = L.text.length >= 2 && R.text.length >= 2 && first(L) === rc ? heads.get(rc) ?? 0 : 0;
      if (headRun >= 2) f.push(`heads:${bucket(headRun)}|${len(L)}`);
      if (words.has(L.text)) f.push(`wl:${L.text}`);
      if (words.has(R.text)) f.push(`wr:${R.text}`);
      if (LL && words.has(LL.text)) f.push(`wll:${LL.text}`);
      if (RR && words.has(RR.text)) f.push(`wrr:${RR.text}`);
      // items of several words: the k words before the seam against the k words after it
      let extent = { left: { start: L.start, end: L.end }, right: { start: R.start, end: R.end } };
      for (let k = 2; k <= 3 && i - k >= 0 && i + k <= n; k++) {
        const a = ts[i - k];
        const b = ts[i + k - 1];
        let tags = true;
        for (let j = 0; j < k; j++) if (coarse(ts[i - k + j].tag) !== coarse(ts[i + j].tag)) tags = false;
        const sameLen = L.end - a.start === b.end - R.start;
        const edge = first(a) === rc ? 'h' : lc === last(b) ? 't' : '';
        if (tags || sameLen || edge) f.push(`w${k}:${tags ? 'T' : ''}${sameLen ? 'L' : ''}${edge}`);
        const listWord = CLOSERS.has(a.text) || OPENERS.has(a.text) || CLOSERS.has(b.text) || OPENERS.has(b.text);
        if (tags && (sameLen || edge) && !listWord) extent = { left: { start: a.start, end: L.end }, right: { start: R.start, end: b.end } };
      }
      if (items) {
        let il = 0;
        let ir = 0;
        for (let m = 6; m >= 2 && !il; m--) if (R.start - m >= ts[0].start && items.has(text.slice(R.start - m, R.start))) il = m;
        for (let m = 6; m >= 2 && !ir; m--) if (R.start + m <= ts[n - 1].end && items.has(text.slice(R.start, R.start + m))) ir = m;
        if (il || ir) f.push(`it:${il ? 'L' : ''}${ir ? 'R' : ''}`, `itp:${il ? 'L' : ''}${ir ? 'R' : ''}|${pair}`);
      }
      const ev = evidence.get(R.start);
      if (ev) f.push(`ev:${ev}`);
      seams.push({ at: R.start, left: L, right: R, items: extent, features: f });
    }
  }
  return seams;
}
