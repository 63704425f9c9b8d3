/**
 * Speech attributions in a paragraph: who says what, and where a direct quotation should be.
 *
 * - closing: a sentence that ends with speaker + speech verb (……宋亚东说。, 小刘开心地说。) closes a
 *   direct quotation; the quoted words come before the speaker.
 * - opening: speech verb + ， + first-person words (他说，我们要……) opens a direct quotation.
 *
 * A speaker is a name, a title, title + name, 小X/老X or a pronoun; without one, 说 is too often
 * part of something else (据说, 所说, 也就是说) to be trusted.
 */
import { FIRST_PERSON, FIRST_PERSON_ANYWHERE, SPEAKER_PRONOUNS, SPEAKER_TITLES, SPEECH_VERBS, SURNAMES } from '../data/speech-verbs';
import { SINGLE_SURNAMES } from '../data/surnames';
import { isHan } from './chars';
import { longestEndingAt } from './enclosed';
import { tokenCovering, tokenEndingAt, tokenStartingAt } from './tokenLookup';
import type { Paragraph, Span } from './types';

export interface Attribution {
  kind: 'closing' | 'opening';
  /** Speaker + verb (宋亚东说, 小刘开心地说). */
  span: Span;
  speaker: string;
  verb: Span;
  /** Where the quoted words are, when that is certain (the sentences before a lone `X说。`). */
  quote?: Span;
  /** For an opening: whether a comma stands after the verb (他说，我们……) or nothing (他说我们……). */
  comma?: boolean;
}

/** Verbs that close a quotation from after the speaker; 介绍/告诉 need an object first. */
const CLOSING_VERBS = SPEECH_VERBS.filter((v) => !['问', '答', '道', '讲', '告诉', '补充', '回忆', '解释', '指出', '强调'].includes(v));

export function findAttributions(p: Paragraph): Attribution[] {
  const out: Attribution[] = [];
  // where the first quotation mark stands, once: asked per sentence, a search of the text before
  // each would be quadratic
  const firstQuote = p.text.search(/[“”]/);
  for (const s of p.sentences) {
    const closing = closingAttribution(p, s, firstQuote) ?? leadingAttribution(p, s, firstQuote);
    if (closing) out.push(closing);
  }
  for (const a of openingAttributions(p)) out.push(a);
  return out;
}

/** `……speaker说。` at the end of a sentence whose quoted words carry no marks. */
function closingAttribution(p: Paragraph, s: Span, firstQuote: number): Attribution | undefined {
  const text = p.text;
  let end = s.end;
  while (end > s.start && /[。！？!?\s]/.test(text[end - 1])) end--;
  if (end === s.end || end <= s.start) return undefined;
  const verb = longestEndingAt(text, end, CLOSING_VERBS);
  if (!verb) return undefined;
  const speaker = speakerBefore(p, s.start, end - verb.length, verb);
  if (!speaker) return undefined;
  const before = text.slice(s.start, speaker.start);
  // the quotation before is already marked (“……。”外交部发言人在例行记者会上说。)
  if (closesQuoteBefore(text, s.start)) return undefined;
  // already quoted (“……”宋亚东说。), or reported speech (据……说, 正如……所说)
  if (/[”’」』]\s*$/.test(before) || /[据如所]$/.test(before) || /^(据|正如|就像|听)/.test(before)) return undefined;
  const span = { start: speaker.start, end };
  const verbSpan = { start: end - verb.length, end };
  const lone = before === '' || (!/[，,；]/.test(before) && before.length <= 20 && (ORG_OR_OF.test(before) || !!longestEndingAt(before, before.length, SPEAKER_TITLES)));
  if (lone) {
    // the sentence is only the attribution (with whom the speaker works for): the quotation is
    // the sentences before it, from the first that speaks in the first person; with none, where
    // it starts is not known, but a sentence that only names who said it still closes one
    const quoteEnd = s.start;
    if (quoteEnd === 0 || (firstQuote >= 0 && firstQuote < quoteEnd)) return undefined;
    const quoteStart = sentenceStartBefore(p, quoteEnd);
    if (quoteStart === quoteEnd) return { kind: 'closing', span, speaker: speaker.text, verb: verbSpan };
    return { kind: 'closing', span, speaker: speaker.text, verb: verbSpan, quote: { start: quoteStart, end: quoteEnd } };
  }
  // fused: the quotation's last clause runs straight into the speaker (……顺利进行大庆炼化公司……宋亚东说。)
  if (before.length < 8 || /[“”]/.test(before)) return undefined;
  return { kind: 'closing', span, speaker: speaker.text, verb: verbSpan };
}

/**
 * A sentence that opens with its speaker and verb and goes on after a comma (……我们还要扩大规模。
 * 村支书李强告诉记者，合作社……): the first-person sentences before it are what was said.
 */
function leadingAttribution(p: Paragraph, s: Span, firstQuote: number): Attribution | undefined {
  const text = p.text;
  if (s.start === 0 || closesQuoteBefore(text, s.start)) return undefined;
  let comma = -1;
  for (let i = s.start; i < s.end && i - s.start <= 30; i++) {
    if (text[i] === '，' || text[i] === ',') { comma = i; break; }
  }
  if (comma < 0) return undefined;
  const verb = longestEndingAt(text, comma, CLOSING_VERBS);
  if (!verb) return undefined;
  const speaker = speakerBefore(p, s.start, comma - verb.length, verb);
  if (!speaker) return undefined;
  const before = text.slice(s.start, speaker.start);
  if (before !== '' && (before.length > 20 || !ORG_OR_OF.test(before) || /^(据|正如|就像|听)/.test(before))) return undefined;
  if (firstQuote >= 0 && firstQuote < s.start) return undefined;
  const quoteStart = sentenceStartBefore(p, s.start);
  if (quoteStart === s.start) return undefined;
  return { kind: 'closing', span: { start: speaker.start, end: comma }, speaker: speaker.text, verb: { start: comma - verb.length, end: comma }, quote: { start: quoteStart, end: s.start } };
}

/** What may stand before a speaker in a sentence that is only an attribution (某公司的小刘说). */
const ORG_OR_OF = /(的|公司|部|局|厅|委|办|中心|院|所|站|队|村|镇|乡|区|县|市|省|厂|集团|协会|学校|医院|银行|合作社)$/;

/**
 * Where the quotation closed by a lone attribution starts: the earliest of the three sentences
 * before it that speaks in the first person; `end` when none does (narration, not a quotation).
 */
function sentenceStartBefore(p: Paragraph, end: number): number {
  // sentences are in order: walk back from the last one ending by `end` (binary search), not the whole list
  let lo = 0;
  let hi = p.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.sentences[mid].end <= end) lo = mid + 1;
    else hi = mid;
  }
  const before = p.sentences.slice(Math.max(0, lo - 3), lo);
  const first = before.find((s) => FIRST_PERSON_ANYWHERE.test(s.text));
  return first ? first.start : end;
}

/** The speaker before a verb, skipping an adverbial ending in 地 (小刘开心地说). */
function speakerBefore(p: Paragraph, floor: number, e: number, verb: string): { start: number; text: string } | undefined {
  const direct = speakerEndingAt(p, floor, e);
  if (direct || verb !== '说' || p.text[e - 1] !== '地') return direct;
  for (const len of [3, 4, 5]) {
    if (e - len < floor) break;
    const found = speakerEndingAt(p, floor, e - len);
    if (found) return found;
  }
  return undefined;
}

/**
 * Whether a closing quotation mark stands before `i`, spaces aside: /[”’」』]\s*$/ on the text
 * before `i`, without a regex that would walk the whole paragraph for every sentence.
 */
function closesQuoteBefore(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /\s/.test(text[k])) k--;
  return k >= 0 && '”’」』'.includes(text[k]);
}

/** Terms of address that follow a surname (王大姐, 李师傅, 周女士). */
const ADDRESS_TERMS = new Set(['大姐', '大爷', '阿姨', '师傅', '老师', '大妈', '大叔', '大哥', '女士', '先生', '同志', '大娘', '奶奶', '爷爷', '老人', '医生', '书记', '主任']);

/** The speaker phrase ending at `e`: title + name, title, 小X/老X, name, or a pronoun. */
function speakerEndingAt(p: Paragraph, floor: number, e: number): { start: number; text: string } | undefined {
  const text = p.text;
  const pron = longestEndingAt(text, e, SPEAKER_PRONOUNS);
  if (pron && e - pron.length >= floor) return { start: e - pron.length, text: pron };
  const title = longestEndingAt(text, e, SPEAKER_TITLES);
  if (title && e - title.length >= floor) {
    // 王大姐, 张大爷, 李师傅: a surname before a term of address belongs to the speaker
    const at = e - title.length;
    if (ADDRESS_TERMS.has(title) && at - 1 >= floor && SURNAMES.includes(text[at - 1])) return { start: at - 1, text: text.slice(at - 1, e) };
    return { start: at, text: title };
  }
  // 小刘, 老王
  if (e - 2 >= floor && /^[小老][\u4e00-\u9fff]$/.test(text.slice(e - 2, e))) {
    const tok = tokenCovering(p.tokens, e - 2);
    if (!tok || tok.end <= e) return { start: e - 2, text: text.slice(e - 2, e) };
  }
  // a name: 2-3 characters after a title, or a token jieba tags as a person name
  for (const len of [3, 2]) {
    const start = e - len;
    if (start < floor || !/^[\u4e00-\u9fff]+$/.test(text.slice(start, e))) continue;
    const t = longestEndingAt(text, start, SPEAKER_TITLES);
    // the name must begin with a surname (副主任宋亚东; 记者会上 is no title + name)
    // the span keeps the title, the label names the person (副主任宋亚东 → 宋亚东)
    // (after a title the register's surnames are safe: 书记申学风)
    if (t && start - t.length >= floor && SINGLE_SURNAMES.includes(text[start])) return { start: start - t.length, text: text.slice(start, e) };
  }
  const ending = tokenEndingAt(p.tokens, e);
  const nameTok = ending && ending.tag === 'nr' && ending.text.length >= 2 ? ending : undefined;
  if (nameTok && nameTok.start >= floor) {
    // jieba splits unknown names (宋/nr 亚东/ns): take the surname too
    const prev = tokenEndingAt(p.tokens, nameTok.start);
    const start = prev && prev.tag === 'nr' && prev.text.length === 1 ? prev.start : nameTok.start;
    if (start === floor || !isHan(text[start - 1]) || longestEndingAt(text, start, SPEAKER_TITLES)) return { start, text: text.slice(start, e) };
  }
  // a sentence that is just a name: 刘冬莉说。
  for (const len of [3, 2]) {
    if (e - len === floor && /^[\u4e00-\u9fff]+$/.test(text.slice(floor, e))) {
      const tok = tokenStartingAt(p.tokens, floor);
      if (tok && (/^nr/.test(tok.tag) || (tok.tag === 'x' && SURNAMES.includes(text[floor])))) return { start: floor, text: text.slice(floor, e) };
    }
  }
  return undefined;
}

/**
 * `first-person clause，speaker + verb，…`: the attribution is a clause of its own (with nothing
 * before the speaker but an organisation or a role) and the clauses before it in the sentence
 * speak in the first person; they are the quotation.
 */
function interruptingAttribution(p: Paragraph, floor: number, speaker: { start: number; text: string }, vStart: number, comma: number): Attribution | undefined {
  const text = p.text;
  if (floor === 0 || text[floor - 1] !== '，') return undefined;
  const before = text.slice(floor, speaker.start);
  if (before !== '' && (before.length > 20 || !(ORG_OR_OF.test(before) || longestEndingAt(before, before.length, SPEAKER_TITLES)))) return undefined;
  const reach = Math.max(0, floor - 1 - QUOTE_REACH);
  const back = text.slice(reach, floor - 1);
  const quoteStart = reach + Math.max(back.lastIndexOf('。'), back.lastIndexOf('！'), back.lastIndexOf('？'), back.lastIndexOf('”'), back.lastIndexOf('“')) + 1;
  const quoted = text.slice(quoteStart, floor - 1);
  if (/[“”]/.test(text[quoteStart - 1] ?? '') || !FIRST_PERSON_ANYWHERE.test(quoted)) return undefined;
  return { kind: 'closing', span: { start: speaker.start, end: comma }, speaker: speaker.text, verb: { start: vStart, end: comma }, quote: { start: quoteStart, end: floor - 1 } };
}

/** How far back a quotation interrupted by its attribution is looked for. */
const QUOTE_REACH = 80;

/** How far before its verb a speaker phrase (with its organisation and title) may start. */
const SPEAKER_REACH = 40;

/** A short lead-in clause, then first person (下一步，我们……; 今年，咱们……). */
const LEAD_IN_FIRST_PERSON = /^[\u4e00-\u9fff]{2,6}，(?:我们|咱们)/;

/** `speaker + 说/表示 + ， + first person`: a direct quotation opened without marks. */
function openingAttributions(p: Paragraph): Attribution[] {
  const out: Attribution[] = [];
  const text = p.text;
  // after a comma, or straight after the verb (县长在会上说我们要……, 他表示我们将……, 他告诉记者我们……)
  // or with a short lead-in before the first person (他说下一步，我们还要……: 说：“下一步，我们……”)
  for (const m of text.matchAll(/[，,]|(?:说|表示|坦言|直言|告诉记者)(?=我们|咱们|我[^国省市区县校院厂部局委镇乡村军党方司行所处队]|[\u4e00-\u9fff]{2,8}，(?:我们|咱们))/g)) {
    const withComma = m[0] === '，' || m[0] === ',';
    const comma = withComma ? m.index! : m.index! + m[0].length;
    const verb = longestEndingAt(text, comma, CLOSING_VERBS);
    if (!verb) continue;
    const leadIn = !withComma && !FIRST_PERSON.test(text.slice(comma));
    // after a lead-in the verb must be a word of its own (说明, 表示出 are not speech)
    if (leadIn) {
      const own = tokenCovering(p.tokens, comma - verb.length);
      if (!own || own.start !== comma - verb.length || own.end !== comma) continue;
    }
    const opens = leadIn || FIRST_PERSON.test(text.slice(withComma ? comma + 1 : comma)) || (withComma && LEAD_IN_FIRST_PERSON.test(text.slice(comma + 1, comma + 12)));
    // or a clause that is only its speaker, between first-person words and more of them
    // (我们一定把好事办好，村党支部书记孙建国说，让老百姓……)
    if (!opens && !withComma) continue;
    const vStart = comma - verb.length;
    // 说 must be a word of its own (not 据说, 所说, 来说)
    const tok = tokenCovering(p.tokens, vStart);
    if (tok && tok.start !== vStart && !tok.text.endsWith(verb)) continue;
    if (vStart > 0 && '据所来听是'.includes(text[vStart - 1])) continue;
    // the clause's start, looked for no further back than a speaker phrase reaches (a search to the
    // paragraph's start for every verb would be quadratic on a paragraph without commas)
    const reach = Math.max(0, vStart - SPEAKER_REACH);
    const back = text.slice(reach, vStart);
    const floor = reach + Math.max(back.lastIndexOf('，'), back.lastIndexOf('。')) + 1;
    const speaker = speakerBefore(p, floor, vStart, verb);
    if (!speaker) continue;
    // reported speech: 据他说我们……, 据县农业局局长介绍，我们……
    if (/^(据|听|正如)/.test(text.slice(floor, speaker.start))) continue;
    if (!opens) {
      const interrupting = interruptingAttribution(p, floor, speaker, vStart, comma);
      if (interrupting) out.push(interrupting);
      continue;
    }
    out.push({ kind: 'opening', span: { start: speaker.start, end: comma }, speaker: speaker.text, verb: { start: vStart, end: comma }, comma: withComma });
  }
  return out;
}
