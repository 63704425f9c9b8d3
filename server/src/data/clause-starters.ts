/**
 * Words that usually open a new clause or sentence in report prose (connectives, sentence
 * adverbs, time adverbials, ordinal openers). sentence-run-on prefers to break before them.
 */
export const CLAUSE_STARTERS: readonly string[] = [
  '但', '但是', '可是', '然而', '不过', '而且', '并且', '而是', '同时', '因此', '因而', '所以', '于是', '从而', '进而',
  '此外', '另外', '另一方面', '其中', '其次', '首先', '最后', '总之', '随后', '然后', '接着', '之后', '此后', '目前',
  '当前', '现在', '如今', '近年来', '近期', '近日', '日前', '今年', '去年', '明年', '今后', '未来', '为此', '为了',
  '通过', '随着', '截至', '截止', '据', '据悉', '据了解', '据介绍', '据统计', '如果', '如', '若', '只有', '只要',
  '虽然', '尽管', '即使', '无论', '不论', '因为', '由于', '既然', '特别是', '尤其是', '一是', '二是', '三是', '四是',
  '五是', '六是', '一方面', '一期', '二期', '三期', '四期', '第一', '第二', '第三', '第四', '第五', '与此同时',
  '我们', '他们', '她们', '它们', '该', '这', '这些', '那些', '此举', '全市', '全省', '全区', '全县', '全国', '全年',
];

/** Verbs that attribute speech; a name before them at the end of a run starts the attribution. */
export const SPEECH_VERBS: readonly string[] = [
  '说', '表示', '介绍', '指出', '强调', '认为', '称', '坦言', '透露', '告诉记者', '说道', '表态', '感慨', '笑着说',
];
