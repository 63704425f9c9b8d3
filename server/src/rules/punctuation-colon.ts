/**
 * @fileoverview A colon missing where GB/T 15834-2011 4.7.3 puts one:
 * - a speech verb introducing a direct quotation (4.7.3.2): 他说“我们……” → 他说：“我们……”, and
 *   他说，我们…… (first-person words after a comma). A quoted term after 强调/指出 (强调“两个确立”)
 *   is an object, not a quotation, and takes no colon;
 * - words that introduce what follows (4.7.3.1, 4.7.3.4; core/colonIntroducers.ts): a salutation
 *   line (各位代表：), a summary before its listing (主要预期目标是：…), a label before its value
 *   (时间：2026-02-09, （牵头单位：人社厅）), 以下工作： closing a paragraph, …：一是….
 */
import { COLON_SPEECH_VERBS } from '../data/speech-verbs';
import { longestEndingAt } from '../core/enclosed';
import { findMissingColons, type IntroducerKind } from '../core/colonIntroducers';
import { findAttributions } from '../core/speech';
import type { Report } from '../core/types';
import type { ParagraphRule } from './rule';

/** Words ending in a speech verb that do not introduce speech (据说, 所说, 小说, 来说, 可以说). */
const NOT_SPEECH = /(据|所|小|来|传|学|听|邪|胡|再|就是|可以|应该|换句话|比如|不用|总的来|具体来|一般来|对.{1,6}来)说$/;

const MESSAGE_OF: Record<IntroducerKind, string> = {
  salutation: 'salutation',
  addressees: 'addressees',
  dateLabel: 'label',
  bracketLabel: 'label',
  summary: 'summary',
  listOpener: 'summary',
  beforeEnumeration: 'beforeEnumeration',
  lineEnd: 'lineEnd',
};

const rule: ParagraphRule = {
  id: 'punctuation-colon',
  description: '引出下文的词语（说话动词、总说性词语、称呼语、标注项）后缺少冒号',
  tags: ['punctuation'],
  severity: 'warning',
  fixable: true,
  scope: 'paragraph',
  messages: {
    beforeQuote: '“{{verb}}”引出直接引语，后面应加冒号',
    commaBeforeQuote: '“{{verb}}”引出第一人称的直接引语，逗号应改为冒号',
    salutation: '称呼语“{{words}}”后应加冒号',
    addressees: '主送机关“{{words}}”后应加冒号',
    label: '“{{words}}”是标注项，与其内容之间应加冒号',
    summary: '“{{words}}”总说下文，后面应加冒号',
    beforeEnumeration: '“一是”前缺少标点：总说之后应加冒号',
    lineEnd: '“{{words}}”提示下文，段末应加冒号',
  },
  check(paragraph) {
    const text = paragraph.text;
    const reports: Report[] = [];
    for (let i = text.indexOf('“'); i >= 0; i = text.indexOf('“', i + 1)) {
      const verb = longestEndingAt(text, i, COLON_SPEECH_VERBS);
      if (!verb || NOT_SPEECH.test(text.slice(Math.max(0, i - 8), i))) continue;
      // 说 must be a word of its own for jieba (not the end of 小说, 学说)
      const tok = paragraph.tokens.find((t) => t.start < i && t.end >= i);
      if (tok && !tok.text.endsWith(verb)) continue;
      const close = text.indexOf('”', i + 1);
      const quote = text.slice(i + 1, close < 0 ? text.length : close);
      const sentence = /[。！？!?…]$/.test(quote);
      const clauses = /[，,；]/.test(quote);
      if (!sentence && !clauses && !(verb.length === 1 && quote.length >= 4 && /^[说道问答喊]$/.test(verb))) continue;
      reports.push({
        messageId: 'beforeQuote',
        start: i - verb.length,
        end: i,
        data: { verb },
        fixes: [{ title: '插入冒号', edits: [{ start: i, end: i, text: '：' }], safe: sentence }],
      });
    }
    for (const a of findAttributions(paragraph)) {
      if (a.kind !== 'opening') continue;
      const verb = text.slice(a.verb.start, a.verb.end);
      if (!a.comma) {
        reports.push({ messageId: 'beforeQuote', start: a.verb.start, end: a.verb.end, data: { verb }, fixes: [{ title: '插入冒号', edits: [{ start: a.verb.end, end: a.verb.end, text: '：' }], safe: false }] });
        continue;
      }
      reports.push({
        messageId: 'commaBeforeQuote',
        start: a.verb.start,
        end: a.verb.end + 1,
        data: { verb },
        fixes: [{ title: '逗号改为冒号', edits: [{ start: a.verb.end, end: a.verb.end + 1, text: '：' }], safe: false }],
      });
    }
    for (const m of findMissingColons(text, paragraph.tokens)) {
      const edit = m.replaces === undefined ? { start: m.at, end: m.at, text: '：' } : { start: m.replaces, end: m.replaces + 1, text: '：' };
      reports.push({
        messageId: MESSAGE_OF[m.kind],
        start: m.start,
        end: m.end,
        data: { words: text.slice(m.start, m.end) },
        fixes: [{ title: m.replaces === undefined ? '插入冒号' : '改为冒号', edits: [edit], safe: m.kind === 'salutation' }],
      });
    }
    return reports.sort((a, b) => a.start - b.start);
  },
};

export default rule;
