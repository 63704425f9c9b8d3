/**
 * Endings of natural features and named sites (多伦湖, 莫尔格勒河, 涠洲岛, 瓦石峡水库, 敕勒川草原,
 * 察汗淖尔). A stem jieba does not know (unknown or name-tagged words, single characters it left
 * alone) before one of these, standing after a boundary, names one feature; see entitiesSites.ts.
 */
export const FEATURE_ENDINGS: readonly string[] = [
  // water and land forms
  '湖', '河', '江', '岛', '山', '湾', '峡', '泉', '溪', '岭', '峰', '淖尔', '海子',
  '草原', '沙漠', '峡谷', '大峡谷', '冰川', '雪山', '湿地公园',
  // works and sites
  '水库', '梯田', '遗址', '古镇', '古港', '古城',
];

/**
 * Words that are no stem of a feature although jieba may tag them as names (江山, 河山, 青山…
 * are whole words; 美丽 starts slogans: 美丽河湖).
 */
export const NOT_FEATURE_STEMS: readonly string[] = [
  '美丽', '绿水', '青山', '金山', '银山', '大好', '万里', '千里', '锦绣', '母亲', '名山', '大川', '五湖', '四海', '中华',
  '祖国', '家乡', '故乡', '长城', '全国', '全省', '一江', '一河', '一湖', '两河', '两江', '三江', '五岳', '三山', '两岸', '沿江', '沿河', '沿湖', '环湖', '跨江',
  // 山水林田湖草沙: the slogan of integrated conservation
  '山水', '林田', '山水林田', '草沙', '河湖', '江河', '江湖', '湖泊', '山河',
  // generic nouns: a city's moat (安全“护城河”), a mountain village
  '护城', '山村',
];

/**
 * Words of a zone's designation between its name and its ending (长株潭|国家自主创新示范区,
 * 鄂尔多斯|国家现代煤化工产业示范区): the name is the stem before the first of them.
 */
export const DESIGNATION_HEADS: readonly string[] = ['国家', '国家级', '省级', '全国'];
