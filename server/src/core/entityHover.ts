/**
 * Hover text for reading: who a person is, where a place lies, what an organisation's full name
 * is (entityHover), and for any other word its pinyin, part of speech and English gloss
 * (termHover). Pure functions of the document; the LSP adapter only converts.
 */
import type { CedictEntry } from './cedict';
import type { ReportDocument } from './document';
import { definitionOf, entitiesIfReady, mentionAt } from './entities';
import { ENTITY_LABELS, type Evidence } from './entityTypes';
import { compoundAt, termAt, tokenAt } from './terms';
import type { Span } from './types';

export interface HoverText {
  markdown: string;
  span: Span;
}

const EVIDENCE_LABELS: Record<Evidence, string> = {
  user: '用户词典',
  alias: '文中定义的简称',
  title: '职务或称谓后的姓名',
  honorific: '姓名加敬称',
  'org-suffix': '机构名后缀',
  media: '媒体名称',
  lexicon: '内置词表',
  gazetteer: '行政区划名录',
  'place-suffix': '地名后缀',
  speech: '“说、介绍”等之前的姓名',
  familiar: '“小、老”加姓',
  jieba: '结巴分词人名标注',
  'short-name': '行政区划简称',
  coreference: '与前文同名',
  coordination: '列举中的同类名称',
};

/** A failing source yields no hover rather than failing the request (the next source may answer). */
function safely(f: () => HoverText | undefined): HoverText | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

/** Escapes Markdown in text taken from the document. */
function md(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`);
}

/** Link to a line of the document (VS Code opens `file:///x.txt#L12` at line 12). */
function lineLink(uri: string | undefined, line: number): string {
  const label = `第 ${line + 1} 行`;
  return uri ? `[${label}](${uri}#L${line + 1})` : label;
}

export function entityHover(doc: ReportDocument, offset: number, uri?: string): HoverText | undefined {
  return safely(() => entityHoverText(doc, offset, uri));
}

function entityHoverText(doc: ReportDocument, offset: number, uri?: string): HoverText | undefined {
  const index = entitiesIfReady(doc);
  const m = index && mentionAt(index, offset);
  if (!m) return undefined;
  const e = index.entities.find((x) => x.id === m.entity);
  if (!e) return undefined;
  const lines: string[] = [`**${md(m.text)}** · ${ENTITY_LABELS[e.type]}`, ''];
  if (e.name !== m.text) lines.push(`- 全称：${md(e.name)}`);
  const aliases = e.aliases.filter((a) => a !== m.text && a !== e.name);
  if (aliases.length) lines.push(`- 又称：${aliases.map(md).join('、')}`);
  if (e.roles.length) lines.push(`- 文中职务：${e.roles.map(md).join('；')}`);
  if (e.chain?.length) {
    const chain = e.chain.map(md).join(' › ');
    lines.push(`- ${e.chain.length > 1 || e.chain[0] === e.name ? '行政区划' : '类别'}：${chain}${e.homonyms ? `（全国另有 ${e.homonyms} 处同名，按文中地名推断）` : ''}`);
  }
  const first = e.mentions[0];
  const def = definitionOf(e);
  const firstLine = doc.lines.positionAt(first.start).line;
  lines.push(`- 文中提及 ${e.mentions.length} 次，首次见${lineLink(uri, firstLine)}`);
  if (def !== first) lines.push(`- 全称首次出现：${lineLink(uri, doc.lines.positionAt(def.start).line)}`);
  lines.push(`- 识别依据：${EVIDENCE_LABELS[m.evidence]}`);
  return { markdown: lines.join('\n'), span: { start: m.start, end: m.end } };
}

function senses(entries: CedictEntry[], max = 3): string {
  return entries
    .slice(0, 2)
    .map((x) => `${x.pinyin.replace(/\s+/g, ' ')}: ${x.senses.slice(0, max).join('; ')}`)
    .join('  \n');
}

export function termHover(doc: ReportDocument, offset: number): HoverText | undefined {
  return safely(() => termHoverText(doc, offset));
}

function termHoverText(doc: ReportDocument, offset: number): HoverText | undefined {
  const t = termAt(doc, offset);
  if (!t) return undefined;
  const lines = [`**${md(t.word)}** ${t.pinyin} · ${t.pos}`, ''];
  if (t.entries === undefined) lines.push('（英文释义词典正在加载，稍后再悬停即可看到）');
  else if (t.entries.length) lines.push(md(senses(t.entries)));
  else if (t.perCharacter.some((c) => c.entries.length)) {
    lines.push('词典未收此词，逐字：');
    for (const c of t.perCharacter) lines.push(`- ${md(c.char)}：${c.entries.length ? md(c.entries[0].senses.slice(0, 2).join('; ')) : '—'}`);
  } else lines.push('（词典未收）');
  // the jieba boundary: the word among its neighbours
  const before = tokenAt(doc, t.span.start - 1);
  const after = tokenAt(doc, t.span.end + 1);
  const prev = before && before.base + before.token.end === t.span.start ? before.token.text : '';
  const next = after && after.base + after.token.start === t.span.end ? after.token.text : '';
  lines.push('', `分词：${prev ? `${md(prev)} ｜ ` : ''}**${md(t.word)}**${next ? ` ｜ ${md(next)}` : ''}`);
  // jieba cut a term in pieces (受审|分离): the whole, as the reader meets it
  const c = compoundAt(doc, offset);
  if (c) {
    const seen = c.occurrences ? ` · 文中出现 ${c.occurrences} 次` : '';
    lines.push('', `所在词组：**${md(c.text)}** ${c.pinyin}（${c.parts.map(md).join(' ＋ ')}）${seen}`);
    if (c.entries.length) lines.push('', md(senses(c.entries)));
  }
  lines.push('', '_释义：CC-CEDICT（CC BY-SA 4.0）_');
  return { markdown: lines.join('\n'), span: t.span };
}
