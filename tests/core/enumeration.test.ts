import { describe, expect, it } from 'vitest';
import { findMissingCommas, HINT_THRESHOLD, MARKED_THRESHOLD, shortDocument, SHORT_HINT_THRESHOLD, STRIPPED_HINT_THRESHOLD, STRIPPED_MIN_LENGTH, STRIPPED_WARN_THRESHOLD, strippedDocument } from '../../server/src/core/enumeration';
import { extractSeams, hashName } from '../../server/src/core/enumerationFeatures';
import { itemLabels, MAX_LABEL } from '../../server/src/core/enumerationLabels';
import { currentScorer, packModel, scoreSeams, toScorer, WeightTable } from '../../server/src/core/enumerationModel';
import { averagePrecision, deleteCommas, selectOptions, stripMarks, strippedParagraphs, trainEnumerationModel, trainingCopies } from '../../server/src/core/enumerationTrain';
import type { Paragraph } from '../../server/src/core/types';
import { lintWith, testLinter } from '../helpers';

function paragraphs(text: string): Paragraph[] {
  return testLinter().lint(text, { rules: {}, options: { quantityPlaceholder: '□', runOnLength: 50, spacing: 'none' } }).document.paragraphs;
}

/** The scorer's probability at the seam just before `right` in the first paragraph of `text`. */
function seamP(text: string, right: string): number {
  const [p] = paragraphs(text);
  const s = scoreSeams(p.text, p.tokens).find((x) => x.at === p.text.indexOf(right));
  return s ? s.p : 0;
}

describe('the 顿号 seam scorer', () => {
  it('rates the seam between parallel items above a verb and its object in the same clause', () => {
    const text = '加强科技创新产业创新制度创新。';
    expect(seamP(text, '产业创新')).toBeGreaterThan(HINT_THRESHOLD);
    expect(seamP(text, '科技')).toBeLessThan(0.1);
  });

  it('rates a seam higher when 等 closes the run than when nothing does', () => {
    expect(seamP('展会展出了手机电脑平板电视等产品。', '电脑')).toBeGreaterThan(seamP('展会展出了手机电脑平板电视。', '电脑'));
  });

  it('never scores a seam between two numerals or inside a jieba word', () => {
    const [p] = paragraphs('单位办理的工伤保险材料有七八十份，前后用了一两个月。');
    const starts = new Set(p.tokens.map((t) => t.start));
    const seams = scoreSeams(p.text, p.tokens);
    expect(seams.length).toBeGreaterThan(0);
    for (const s of seams) {
      expect(starts.has(s.at)).toBe(true);
      expect(/[一二三四五六七八九十两]{2}/.test(p.text.slice(s.at - 1, s.at + 1))).toBe(false);
    }
  });

  it('survives empty text, astral characters and CRLF, keeping UTF-16 offsets', () => {
    expect(scoreSeams('', [])).toEqual([]);
    const text = '😀𠀀北京大学清华大学复旦大学等高校🎉\r\n人民日报新华社光明日报等媒体\r\n';
    const ps = paragraphs(text);
    expect(ps.map((p) => p.text)).toEqual(['😀𠀀北京大学清华大学复旦大学等高校🎉', '人民日报新华社光明日报等媒体']);
    const flagged = ps.flatMap((p) => findMissingCommas(p).map((m) => p.text.slice(m.left.start, m.right.end)));
    expect(flagged).toEqual(['北京大学清华大学', '清华大学复旦大学', '人民日报新华社', '新华社光明日报']);
    for (const p of ps) {
      for (const s of scoreSeams(p.text, p.tokens)) {
        // never between the two halves of a surrogate pair, nor next to an emoji
        expect(/[\ud800-\udfff]/.test(p.text[s.at - 1] + p.text[s.at])).toBe(false);
      }
    }
  });

  it('hashes features while scoring exactly as it hashes their names when loading a model', () => {
    const [p] = paragraphs('在集成电路生物医药人工智能等领域加快布局。');
    const seams = extractSeams(p.text, p.tokens, new Set(['加快']), new Map(), undefined, true);
    expect(seams.length).toBeGreaterThan(3);
    for (const s of seams) expect(s.features).toEqual(s.names!.map(hashName));
  });

  it('looks weights up by hash and adds nothing for unknown features', () => {
    const table = new WeightTable({ 't:n|n': 1.5, 'lc:新': -2 });
    expect(table.get(hashName('t:n|n'))).toBe(1.5);
    expect(table.get(hashName('lc:新'))).toBe(-2);
    expect(table.get(hashName('t:v|n'))).toBe(0);
  });

  it('scores a packed model (weights by name hash) exactly as the model it was packed from', () => {
    const model = { words: ['加快'], weights: { bias: -1.25, 't:n|n': 2.5, 'lc:新': -0.5 }, items: ['稳增长'] };
    const packed = packModel(model);
    expect(packed.weights).toBeUndefined();
    expect(JSON.parse(JSON.stringify(packed))).toEqual(packed);
    const [p] = paragraphs('加快科技创新产业创新制度创新稳增长。');
    const a = scoreSeams(p.text, p.tokens, new Map(), toScorer(model)).map((s) => s.p);
    expect(a.length).toBeGreaterThan(2);
    expect(scoreSeams(p.text, p.tokens, new Map(), toScorer(packed)).map((s) => s.p)).toEqual(a);
  });

  it('ships a small model that knows list items and function words', () => {
    const s = currentScorer();
    expect(s.words.size).toBeGreaterThan(50);
    expect(s.items?.size ?? 0).toBeGreaterThan(50);
  });

  it('scores no seam before a connective, nor between a subject and its verb carrying 了', () => {
    const [p] = paragraphs('目前带动农户300户其中贫困户20户，各参建单位克服了疫情多雨和高温酷暑等诸多不利因素。');
    const ats = new Set(scoreSeams(p.text, p.tokens).map((s) => s.at));
    expect(ats.has(p.text.indexOf('其中'))).toBe(false);
    expect(ats.has(p.text.indexOf('克服'))).toBe(false);
    // parallel clauses with the same particle keep their seam (指明了方向、提供了遵循)
    const [q] = paragraphs('这为我们指明了前进方向提供了根本遵循。');
    expect(scoreSeams(q.text, q.tokens).some((s) => s.at === q.text.indexOf('提供'))).toBe(true);
  });

  it('names items that stop at a conjunction: 以及 separates two items, it is no part of one', () => {
    const text = '公司主要生产赖氨酸苏氨酸以及戊二胺尼龙盐等产品。';
    const at = text.indexOf('尼龙盐');
    const m = findMissingCommas(paragraphs(text)[0]).find((x) => x.at === at);
    expect(m).toBeDefined();
    expect(text.slice(m!.left.start, m!.left.end)).toBe('戊二胺');
    expect(text.slice(m!.right.start, m!.right.end)).toBe('尼龙盐');
  });

  it('does not cut the opening that items share off one of them (鱼肉肠鱼肉丸鱼肉饼)', () => {
    const text = '车间生产鱼肉肠鱼肉丸鱼肉饼等产品。';
    const seams = findMissingCommas(paragraphs(text)[0]).map((m) => m.at);
    // the scorer alone puts seams after each 鱼 as well (jieba: 鱼|肉肠|鱼|肉丸…)
    expect(seams).toEqual([text.indexOf('鱼肉丸'), text.indexOf('鱼肉饼')]);
  });

  it('keeps a seam whose left word shares only one character with the next item (水西|柳林|西站)', () => {
    const text = '建设华苑南站新梅江水西柳林西站等特色宜居片区。';
    const seams = findMissingCommas(paragraphs(text)[0]).map((m) => m.at);
    expect(seams).toContain(text.indexOf('柳林'));
  });
});

describe('the 顿号 rule on a whole document', () => {
  const RULE = ['punctuation-enumeration-comma'];
  const lost = '活动包括演讲朗诵合唱舞蹈等节目。';
  const marked = '推进交通、水利、能源、通信等基础设施建设。';

  it('reports likely seams where the document has no 、 at all', () => {
    const [p] = paragraphs(lost);
    const found = lintWith(lost, RULE).map((f) => lost.slice(f.start, f.end));
    expect(found).toEqual(findMissingCommas(p).map((m) => lost.slice(m.left.start, m.right.end)));
    // the sentence has a seam the scorer rates between the hint and the marked thresholds
    expect(findMissingCommas(p).some((m) => m.kind === 'model' && m.p < MARKED_THRESHOLD)).toBe(true);
  });

  it('reports a low seam in a short document without 、 only in a clause that announces a list', () => {
    const plain = '以前村里一刮风就满天黄沙，现在环境好了。';
    const [p] = paragraphs(plain);
    const low = findMissingCommas(p).filter((m) => m.p < SHORT_HINT_THRESHOLD);
    // the scorer alone has a low seam here (满天|黄沙)
    expect(low.length).toBeGreaterThan(0);
    const inShort = findMissingCommas(p, false, false, true);
    expect(inShort.every((m) => m.p >= SHORT_HINT_THRESHOLD)).toBe(true);
    expect(shortDocument(plain)).toBe(true);
    expect(lintWith(plain, RULE).filter((f) => low.some((m) => f.start === m.left.start))).toEqual([]);
    // 包括…等 announces a list: its low seam stands (演讲|朗诵 is below SHORT_HINT_THRESHOLD)
    const [q] = paragraphs(lost);
    const listed = findMissingCommas(q, false, false, true);
    expect(listed.some((m) => m.p < SHORT_HINT_THRESHOLD)).toBe(true);
    expect(listed.map((m) => m.at)).toEqual(findMissingCommas(q).map((m) => m.at));
    // a long document without 、 is one that lost them: the low seam is reported there
    expect(shortDocument(plain.repeat(100))).toBe(false);
  });

  it('holds a paragraph without 、 to the marked threshold when the document uses 、 elsewhere', () => {
    const [p] = paragraphs(lost);
    const held = findMissingCommas(p, true);
    expect(held.every((m) => m.kind !== 'model' || m.p >= MARKED_THRESHOLD)).toBe(true);
    expect(held.length).toBeLessThan(findMissingCommas(p).length);
    const text = `${marked}\n${lost}`;
    const inLost = lintWith(text, RULE).filter((f) => f.start > marked.length);
    expect(inLost.map((f) => text.slice(f.start, f.end))).toEqual(held.map((m) => lost.slice(m.left.start, m.right.end)));
    // strong hand-written evidence stands
    const outlets = `${text}\n人民日报新华社光明日报等媒体记者参加了采访。`;
    expect(lintWith(outlets, RULE).filter((f) => f.start > text.length).map((f) => outlets.slice(f.start, f.end))).toEqual(['人民日报新华社', '新华社光明日报']);
  });

  // thousands of characters without a mark but ，and 。: a copy stripped of them all
  const filler = '今年全市经济运行总体平稳，各项工作取得新的进展。'.repeat(Math.ceil(STRIPPED_MIN_LENGTH / 24));

  it('tells a document stripped of every mark but ，and 。 by thousands of characters without any other', () => {
    expect(strippedDocument(filler)).toBe(true);
    expect(strippedDocument(filler.slice(0, STRIPPED_MIN_LENGTH - 1))).toBe(false);
    for (const mark of '、“”《》：；？！（）') expect(strippedDocument(filler + mark)).toBe(false);
  });

  it('reports no seam inside a verse headline fused into a stripped text (攻坚克难勇担当只争朝夕抓落实)', () => {
    const headline = '攻坚克难勇担当只争朝夕抓落实';
    const para = `今年以来，全市经济运行总体平稳。${headline}临江，依江而建，因港而兴。面对困难，全市上下攻坚克难，只争朝夕，狠抓落实。`;
    const [p] = paragraphs(para);
    // the scorer alone has seams inside it, in a stripped document
    expect(findMissingCommas(p, false, true).some((m) => m.at > para.indexOf(headline) && m.at < para.indexOf(headline) + headline.length)).toBe(true);
    const text = `${filler}\n${para}`;
    const at = text.indexOf(headline);
    const inside = lintWith(text, RULE).filter((f) => f.start < at + headline.length && f.end > at);
    expect(inside).toEqual([]);
  });

  it('scores a stripped document with its own features and reports hints only from the stripped bar', () => {
    const [p] = paragraphs(lost);
    const plain = scoreSeams(p.text, p.tokens).map((s) => s.p);
    const stripped = scoreSeams(p.text, p.tokens, undefined, undefined, true).map((s) => s.p);
    expect(stripped).toHaveLength(plain.length);
    expect(stripped).not.toEqual(plain);
    const held = findMissingCommas(p, false, true);
    expect(held.every((m) => m.kind !== 'model' || m.p >= STRIPPED_HINT_THRESHOLD)).toBe(true);
    expect(held.every((m) => m.strong === m.p >= STRIPPED_WARN_THRESHOLD)).toBe(true);
    // the rule applies it to the whole document, the sentence and the filler alike
    const text = `${lost}\n${filler}`;
    const found = lintWith(text, RULE).filter((f) => f.end <= lost.length);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(held.map((m) => lost.slice(m.left.start, m.right.end)));
    // and not to a short one
    expect(lintWith(lost, RULE).length).toBe(findMissingCommas(p).length);
  });
});

describe('training', () => {
  it('deletes 、 and records where each stood, counting UTF-16 units', () => {
    expect(deleteCommas('😀甲、乙、丙')).toEqual({ text: '😀甲乙丙', commas: new Set([3, 4]) });
  });

  it('strips every mark but ，and 。 and every line break, recording where 、 and the others stood', () => {
    // symbols go too (😀); a letter outside the BMP (𠀀) stays, counted as two UTF-16 units
    const { text, commas, others } = stripMarks('一、总体要求\n推进“交通、水利”等（重点）建设：好，是。\r\n😀𠀀甲、乙');
    expect(text).toBe('一总体要求推进交通水利等重点建设好，是。𠀀甲乙');
    expect([...commas]).toEqual([1, 9, 23]);
    expect([...others]).toEqual([5, 7, 11, 12, 14, 16, 20]);
  });

  it('trains on each report’s 、-only copy and its stripped copy, the stripped one joined into one paragraph', () => {
    const report = '一、总体要求\n加强科技创新、产业创新、制度创新。\n推进交通、水利等建设。';
    const copies = trainingCopies(report);
    const stripped = strippedParagraphs(report);
    expect(stripped).toHaveLength(1);
    expect(stripped[0].stripped).toBe(true);
    expect(copies.filter((p) => p.stripped)).toEqual(stripped);
    expect(copies.filter((p) => !p.stripped).map((p) => p.text)).toEqual(['一总体要求', '加强科技创新产业创新制度创新。', '推进交通水利等建设。']);
    expect(stripped[0].commas.size).toBe(4);
  });

  it('learns from damaged paragraphs to score the seams where 、 stood above the others', () => {
    const source = [
      '重点发展集成电路、生物医药、人工智能等产业。',
      '推进交通、水利、能源等基础设施建设。',
      '统筹抓好稳增长、促改革、调结构、惠民生工作。',
      '我们加强科技创新，推动产业升级。',
      '城市面貌焕然一新，人民生活持续改善。',
    ];
    const files = source.map((text) => {
      const { text: damaged, commas } = deleteCommas(text);
      return paragraphs(damaged).map((p) => ({ text: p.text, tokens: p.tokens, commas }));
    });
    const scorer = toScorer(trainEnumerationModel(files, { minCount: 1 }));
    let positive = 0;
    let negative = 0;
    let np = 0;
    let nn = 0;
    for (const [p] of files) {
      for (const s of scoreSeams(p.text, p.tokens, new Map(), scorer)) {
        if (p.commas.has(s.at)) (positive += s.p, np++);
        else (negative += s.p, nn++);
      }
    }
    expect(np).toBeGreaterThan(5);
    expect(positive / np).toBeGreaterThan(negative / nn + 0.3);
  });

  it('scores a ranking by average precision, counting deletions no seam reaches as missed', () => {
    const ranked = [
      { p: 0.9, positive: true },
      { p: 0.8, positive: false },
      { p: 0.7, positive: true },
    ];
    // found at ranks 1 and 3: (1/1 + 2/3) / 2 deletions; a third deletion never found lowers it
    expect(averagePrecision(ranked, 2)).toBeCloseTo(5 / 6);
    expect(averagePrecision(ranked, 3)).toBeCloseTo(5 / 9);
    expect(averagePrecision([], 0)).toBe(0);
  });

  it('picks settings by cross-validation on the reports it is given, the same every time', () => {
    const source = [
      '重点发展集成电路、生物医药、人工智能等产业。推进交通、水利、能源等基础设施建设。',
      '统筹抓好稳增长、促改革、调结构、惠民生工作。我们加强科技创新，推动产业升级。',
      '城市面貌焕然一新，人民生活持续改善。加快发展民宿经济、宠物经济等新业态。',
    ];
    const files = source.map((text) => {
      const { text: damaged, commas } = deleteCommas(text);
      return paragraphs(damaged).map((p) => ({ text: p.text, tokens: p.tokens, commas: new Set([...commas].filter((c) => c >= p.start && c <= p.end).map((c) => c - p.start)) }));
    });
    const grid = [{ l2: 0.03, minCount: 1 }, { l2: 0.03, minCount: 50 }];
    const a = selectOptions(files, grid, 3);
    expect(a.scores.map((s) => s.options)).toEqual(grid);
    for (const s of a.scores) expect(s.ap).toBeGreaterThanOrEqual(0);
    expect(grid).toContainEqual(a.best);
    expect(selectOptions(files, grid, 3)).toEqual(a);
  });
});

describe('the items a 顿号 message names', () => {
  /** Each seam's words (left|right) and the labels its message names, by the scorer's seams in `text`. */
  function labelled(text: string): Map<string, string> {
    const [p] = paragraphs(text);
    const out = new Map<string, string>();
    for (const m of findMissingCommas(p)) {
      const l = m.label ?? m;
      out.set(`${p.text.slice(m.left.start, m.left.end)}|${p.text.slice(m.right.start, m.right.end)}`, `${p.text.slice(l.left.start, l.left.end)}|${p.text.slice(l.right.start, l.right.end)}`);
    }
    return out;
  }

  it('names the whole last item up to 等, where jieba cut it in two (污水|机房)', () => {
    expect(labelled('厂区内建有锅炉房水泵房污水机房等附属设施。').get('水泵房|污水')).toBe('水泵房|污水机房');
  });

  it('names items that are a verb and its object: a one-character verb heads its noun, a phrase runs to 的', () => {
    expect(labelled('他是一个有理想有担当极具责任感的青年。').get('有担当|极具')).toBe('有担当|极具责任感');
    const run = labelled('全体干部要转作风勇担当抓落实。');
    expect(run.get('作风|勇担当')).toBe('转作风|勇担当');
    // 勇|担当 is bounded by the seam before it, 抓 takes its object
    expect(run.get('担当|抓')).toBe('勇担当|抓落实');
  });

  it('keeps the words when the phrase after them may be the head the list modifies, or the clause edge is near', () => {
    // 净土保卫战: 保卫战 is what 蓝天、碧水、净土 modify; the clause's last words are no item's end
    expect(labelled('深入打好蓝天碧水净土保卫战，推进生态文明建设。').get('碧水|净土')).toBe('碧水|净土');
  });

  it('grows a label word by word to a list word, reverts at a mark, stops at MAX_LABEL and at other seams', () => {
    // nouns of two characters after a ，, the scorer's P(、) low everywhere but at the seam (offset 3)
    const tokens = (text: string) => [...text.matchAll(/[^，等]{2}|，|等/g)].map((w) => ({ text: w[0], tag: w[0] === '等' ? 'u' : w[0] === '，' ? 'x' : 'n', start: w.index!, end: w.index! + w[0].length }));
    const grow = (text: string, flagged: number[] = []) => {
      const l = itemLabels(text, tokens(text), { at: 3, left: { start: 1, end: 3 }, right: { start: 3, end: 5 } }, (at) => (at === 3 ? 0.9 : 0.05), new Set([3, ...flagged]));
      return `${text.slice(l.left.start, l.left.end)}|${text.slice(l.right.start, l.right.end)}`;
    };
    // 等 ends the last item; the clause's start (a mark) is no sure start: the left word stays
    expect(grow('，甲乙丙丁戊己等')).toBe('甲乙|丙丁戊己');
    // the clause's end after nouns may be the head they modify: the right word stays
    expect(grow('，甲乙丙丁戊己，')).toBe('甲乙|丙丁');
    // past MAX_LABEL units before 等 (a run whose other seams the scorer missed): the word stays
    expect(grow('，甲乙丙丁' + '戊己'.repeat(MAX_LABEL / 2) + '等')).toBe('甲乙|丙丁');
    // another flagged seam bounds the item
    expect(grow('，甲乙丙丁戊己庚辛等', [7])).toBe('甲乙|丙丁戊己');
  });

  it('names four-character items when two-character words pair up tightly on both sides (营商环境|市域治理)', () => {
    const tokens = (text: string) => [...text.matchAll(/[^，]{2}|，/g)].map((w) => ({ text: w[0], tag: w[0] === '，' ? 'x' : w[0] === '庚辛' ? 'v' : 'n', start: w.index!, end: w.index! + w[0].length }));
    const seam = { at: 5, left: { start: 3, end: 5 }, right: { start: 5, end: 7 } };
    const label = (text: string, p: (at: number) => number) => {
      const l = itemLabels(text, tokens(text), seam, p, new Set([5]));
      return `${text.slice(l.left.start, l.left.end)}|${text.slice(l.right.start, l.right.end)}`;
    };
    // the run's other boundaries all low, a verb after the seam's right word: growth gives up on
    // both sides, the pairs hold
    const text = '，甲乙丙丁戊己庚辛壬癸子丑，';
    expect(label(text, (at) => (at === 5 ? 0.9 : 0.05))).toBe('甲乙丙丁|戊己庚辛');
    // a boundary the scorer thought could be a seam (a list of two-character items: 教育|卫生|文化)
    expect(label(text, (at) => (at === 5 ? 0.9 : at === 7 ? 0.2 : 0.05))).toBe('丙丁|戊己');
    // only one side pairs: the words stay
    expect(label('，甲乙丙丁戊己庚，', (at) => (at === 5 ? 0.9 : 0.05))).toBe('丙丁|戊己');
  });

  it('changes only the message: the finding still spans the words beside the seam', () => {
    const text = '厂区内建有锅炉房水泵房污水机房等附属设施。';
    const f = lintWith(text, ['punctuation-enumeration-comma']).find((x) => text.slice(x.start, x.end) === '水泵房污水');
    expect(f).toBeDefined();
    expect(f!.message).toContain('“水泵房”和“污水机房”');
    expect(f!.fixes[0].edits[0]).toEqual({ start: text.indexOf('污水'), end: text.indexOf('污水'), text: '、' });
  });
});
