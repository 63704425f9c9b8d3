/**
 * Words that open a byline or credit, where names are conventionally separated by spaces
 * (（记者 张三 李四）, 刘尚文 摄). Used by punctuation-spacing to leave those spaces alone.
 */
export const BYLINE_OPENERS: readonly string[] = [
  '记者', '本报记者', '特约记者', '实习记者', '见习记者', '全媒体记者', '通讯员', '实习生', '作者', '撰稿',
  '摄影', '摄', '编辑', '责任编辑', '责编', '校对', '审核', '审校', '监制', '制图', '文', '图', '文图', '日报记者', '晚报记者', '新华社记者', '融媒体记者',
];
