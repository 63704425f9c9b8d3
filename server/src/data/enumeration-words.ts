/**
 * Words for the 顿号 seams (core/enumerationFeatures.ts). Data, not logic: the same connectives open
 * a clause in any report or news story.
 */

/**
 * Connectives and discourse adverbs that open a clause or sentence, never a list item: a seam
 * before one lost a ，or 。, not a 、 (带动农户300户其中贫困户20户). Nouns that can also open a
 * clause (当前, 目前, 全年) are left out: they stand in lists (当前和长远).
 */
export const NEVER_OPENS_ITEM: readonly string[] = [
  '其中', '同时', '此外', '另外', '因此', '因而', '所以', '从而', '进而', '但', '但是', '然而', '可是', '不过', '并且',
  '而且', '而是', '于是', '随后', '然后', '为此', '特别是', '尤其是', '与此同时', '总之', '其次', '首先', '据悉', '截至',
];

/** Aspect particles: a verb they follow is a predicate (单位克服了困难), not an item. */
export const ASPECT_PARTICLES: readonly string[] = ['了', '着', '过'];

/**
 * Negations that open a predicate (第一行没有问题, 全年未发生事故): after a numeral, pronoun or time
 * word they follow the subject, never a list item (none of 9,412 deleted 、 in the reports stood there).
 */
export const NEGATIONS: readonly string[] = ['没有', '没', '未', '不', '无', '尚未', '并未', '从未', '不再', '未能', '不会', '不能'];
