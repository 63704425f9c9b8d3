/**
 * Names that take 书名号 but were written bare (GB/T 15834-2011, 4.15): publications, documents
 * (关于……的意见, ……五年规划纲要), laws (中华人民共和国……法) and works after their genre
 * (话剧右玉). Each comes with how sure it is: `warning` when the words around it mean the title,
 * `hint` when the name could be the organisation (人民日报记者) or its end is a guess.
 */
import { ORGANISATION_FOLLOWERS, PUBLICATION_CONTEXT_AFTER, PUBLICATION_CONTEXT_BEFORE, PUBLICATION_SUFFIXES, PUBLICATIONS, MEDIA_ORGANISATIONS } from '../data/media';
import { DOCUMENT_SUFFIXES, DOCUMENT_VERBS, DRAFT_SHORT_TITLES, GENRE_CONTINUATIONS, LAW_SUFFIXES, SHORT_TITLE_FOLLOWERS, SHORT_TITLE_ISSUERS, WORK_GENRES } from '../data/punctuation-titles';
import { enclosedSpans, isMarked, longestAt, longestEndingAt, MARK } from './enclosed';
import type { Paragraph, Severity, Span } from './types';
import { keepDisjoint } from './disjoint';
import { tokenEndingAt, tokenStartingAt } from './tokenLookup';

export interface BareTitle extends Span {
  kind: 'publication' | 'document' | 'law' | 'work';
  severity: Severity;
  /** Whether 《》 can be inserted without asking. */
  certain: boolean;
}

const ISSUER = /(中共中央|国务院|党中央|中央|委员会|常委会|人大|政府|办公厅|办公室|党委|省委|市委|区委|县委|委|部|厅|局|院)$/;

export function findBareTitles(p: Paragraph): BareTitle[] {
  const text = p.text;
  const marked = enclosedSpans(text);
  const found = [...publications(p), ...documents(p), ...shortTitles(p), ...laws(p), ...works(p)].filter(
    (t) => t.end > t.start && !isMarked(text, marked, t.start, t.end, '《〈“') && text[t.start - 1] !== '《' && text[t.end] !== '》' && !wholeLine(text, t),
  );
  found.sort((a, b) => b.end - b.start - (a.end - a.start));
  return keepDisjoint(found).sort((a, b) => a.start - b.start);
}

/**
 * The name is the whole line (a Markdown heading's too): the document's own title (关于开展……的通知
 * heading a notice), which takes no 书名号.
 */
function wholeLine(text: string, t: Span): boolean {
  return /^[#\s\u3000]*$/.test(text.slice(0, t.start)) && /^[\s\u3000]*$/.test(text.slice(t.end));
}

const ORGANISATIONS_AND_PUBLICATIONS = [...MEDIA_ORGANISATIONS, ...PUBLICATIONS];

function publications(p: Paragraph): BareTitle[] {
  const text = p.text;
  const out: BareTitle[] = [];
  const orgs = ORGANISATIONS_AND_PUBLICATIONS;
  // a name starts where a token starts (or at 0): visit token starts in order, not every character
  const tokens = p.tokens;
  let next = 0; // first offset not inside a name already found
  for (let k = tokens.length > 0 && tokens[0].start === 0 ? 0 : -1; k < tokens.length; k++) {
    const tok = k >= 0 ? tokens[k] : undefined;
    const i = tok ? tok.start : 0;
    if (i < next) continue;
    const known = longestAt(text, i, PUBLICATIONS);
    let span: Span | undefined;
    // a known name counts only where jieba also cuts (求是 inside 实事求是 or 要求是 does not)
    if (known && cutAt(p, i + known.length)) span = { start: i, end: i + known.length };
    else {
      // an unknown paper: a name jieba cut before its ending (黑龙江/日报)
      // a place, other proper name or organisation (compared as strings, not by a regex per token)
      const named = tok !== undefined && tok.text.length >= 2 && (tok.tag === 'ns' || tok.tag === 'nz' || tok.tag === 'nt');
      const suffix = named ? PUBLICATION_SUFFIXES.find((s) => text.startsWith(s, tok.end)) : undefined;
      if (suffix) span = { start: i, end: tok!.end + suffix.length };
    }
    if (!span) continue;
    next = span.end;
    const after = text.slice(span.end);
    const before = text.slice(0, span.start);
    if (/^(社|报社|报业|集团|出版社)/.test(after)) continue; // the organisation's own name
    const org = ORGANISATION_FOLLOWERS.some((w) => after.startsWith(w)) || longestAt(text, span.end, orgs) !== undefined || longestEndingAt(text, span.start, orgs) !== undefined;
    const title = !org && (PUBLICATION_CONTEXT_AFTER.some((w) => after.startsWith(w)) || PUBLICATION_CONTEXT_BEFORE.some((w) => before.endsWith(w)));
    out.push({ ...span, kind: 'publication', severity: title ? 'warning' : 'hint', certain: title && !!known });
  }
  return out;
}

function cutAt(p: Paragraph, i: number): boolean {
  return i === 0 || i === p.text.length || tokenStartingAt(p.tokens, i) !== undefined || tokenEndingAt(p.tokens, i) !== undefined;
}

function documents(p: Paragraph): BareTitle[] {
  const text = p.text;
  const out: BareTitle[] = [];
  // 关于……的意见 (with its issuer: 中共天津市委关于……的建议)
  for (let at = text.indexOf('关于'); at >= 0; at = text.indexOf('关于', at + 2)) {
    let end = -1;
    for (let j = at + 4; j < Math.min(text.length, at + 60) && !/[，。；：！？、“”《》]/.test(text[j]); j++) {
      if (text[j] !== '的') continue;
      const suffix = longestAt(text, j + 1, DOCUMENT_SUFFIXES);
      if (suffix && (j + 1 + suffix.length === text.length || /^[，。；、（）“”和及等精要部》\s]/.test(text.slice(j + 1 + suffix.length)) || text.startsWith('精神', j + 1 + suffix.length))) {
        end = j + 1 + suffix.length;
        break;
      }
    }
    if (end < 0) continue;
    let start = at;
    const verb = longestEndingAt(text, at, DOCUMENT_VERBS);
    if (!verb) {
      // an issuer in front: back to a document verb or a mark
      let s = at;
      while (s > 0 && s > at - 20 && !MARK.test(text[s - 1]) && !longestEndingAt(text, s, DOCUMENT_VERBS)) s--;
      if (s < at && ISSUER.test(text.slice(s, at))) start = s;
      else if (!MARK.test(text[at - 1] ?? '，') && !longestEndingAt(text, s, DOCUMENT_VERBS)) continue;
    }
    out.push({ start, end, kind: 'document', severity: 'warning', certain: false });
  }
  // ……国民经济和社会发展第十五个五年规划纲要 / ……规划的建议
  for (const m of text.matchAll(/国民经济和社会发展第[一二三四五六七八九十]+个五年规划(纲要|的建议|和[^，。；]{2,20}远景目标纲要)?/g)) {
    let start = m.index!;
    const before = tokenEndingAt(p.tokens, start);
    const place = before && /^(ns|nt)$/.test(before.tag) ? before : undefined;
    if (place) start = place.start;
    else if (start > 0 && '省市区'.includes(text[start - 1]) && /(^|[^\u4e00-\u9fff])?[\u4e00-\u9fff]{1,6}[省市区]$/.test(text.slice(Math.max(0, start - 8), start))) {
      const pm = /[\u4e00-\u9fff]{2,6}?(省|自治区|市)$/.exec(text.slice(Math.max(0, start - 8), start));
      if (pm) start -= pm[0].length;
    }
    if (!m[1] && text.slice(start - 2, start) !== '关于') continue;
    out.push({ start, end: m.index! + m[0].length, kind: 'document', severity: 'warning', certain: false });
  }
  return out;
}

/** Prepositions and verbs after which a noun phrase starts (纳入纲要草案, 据省委建议). */
const PHRASE_OPENERS = /(?:[据按依从将把对与在为向了]|根据|按照|依据|对照|纳入|落实|贯彻|审议|通过|提请|提交|编制|起草|围绕|对标|衔接)$/;

/**
 * Short titles: a draft's (纲要草案, 纲要（草案）) standing as a noun phrase of its own, and an
 * issuer's 建议/意见 when the words after it cite the document (省委建议明确的目标). Both are
 * hints: the full title elsewhere in the report is what makes them certain, and a paragraph
 * cannot see it.
 */
function shortTitles(p: Paragraph): BareTitle[] {
  const text = p.text;
  const out: BareTitle[] = [];
  const standsAlone = (at: number) => at === 0 || MARK.test(text[at - 1]) || PHRASE_OPENERS.test(text.slice(Math.max(0, at - 2), at));
  for (const title of DRAFT_SHORT_TITLES) {
    for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + title.length)) {
      if (standsAlone(at)) out.push({ start: at, end: at + title.length, kind: 'document', severity: 'hint', certain: false });
    }
  }
  for (const word of ['建议', '意见']) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 2)) {
      const issuer = longestEndingAt(text, at, SHORT_TITLE_ISSUERS);
      if (!issuer || !SHORT_TITLE_FOLLOWERS.test(text.slice(at + 2, at + 6))) continue;
      // the issuer starts the phrase: 省委建议 after a mark or a preposition, not 向省委建议 (a verb)
      const from = at - issuer.length;
      if (from > 0 && /[向给请]$/.test(text.slice(from - 1, from))) continue;
      if (!standsAlone(from) && !/(?:自治区|省|市|县|区)$/.test(text.slice(Math.max(0, from - 3), from))) continue;
      out.push({ start: at, end: at + 2, kind: 'document', severity: 'hint', certain: false });
    }
  }
  return out;
}

function laws(p: Paragraph): BareTitle[] {
  const text = p.text;
  const out: BareTitle[] = [];
  for (const m of text.matchAll(/中华人民共和国[\u4e00-\u9fff]{1,16}?(法典|法|实施条例|条例)(?![\u4e00-\u9fff])|中华人民共和国[\u4e00-\u9fff]{1,16}?(法典|法)(?=[和及等的第实有规相条要])/g)) {
    const suffix = longestEndingAt(text, m.index! + m[0].length, LAW_SUFFIXES);
    if (!suffix) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, kind: 'law', severity: 'warning', certain: true });
  }
  return out;
}

const WORK_GENRE_SET = new Set(WORK_GENRES);

function works(p: Paragraph): BareTitle[] {
  const text = p.text;
  const out: BareTitle[] = [];
  for (const t of p.tokens) {
    if (!WORK_GENRE_SET.has(t.text)) continue;
    const after = text.slice(t.end);
    if (!/^[\u4e00-\u9fff]/.test(after) || GENRE_CONTINUATIONS.some((w) => after.startsWith(w))) continue;
    const next = tokenStartingAt(p.tokens, t.end);
    if (!next || /^(v|p|c|u|uj|ul|d|r|m|q|f)$/.test(next.tag)) continue;
    let end = t.end;
    while (end < text.length && end - t.end < 10 && !MARK.test(text[end])) end++;
    if (end - t.end > 8) continue;
    out.push({ start: t.end, end, kind: 'work', severity: 'hint', certain: false });
  }
  return out;
}
