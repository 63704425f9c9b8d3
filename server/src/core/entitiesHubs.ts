/**
 * Places inside the names of hubs and of local models of work.
 *
 * 中欧班列 assembly centres (郑州中欧班列集结中心, 中欧班列长沙集结中心, 金华（义乌）中欧班列集结中心):
 * a freight-train hub named by its city is one site, whether the city comes before the service's
 * name or between it and 集结中心; the labelling rules make it one place (outermost name wins).
 * Without a city (中欧班列集结中心, 中欧班列华中区域集结中心, 中欧班列国家集结中心) it is a kind of
 * hub, and nothing is found. Matched on the text: jieba cuts 集结 as a verb and the city's seat in
 * brackets into marks.
 */
import type { Candidate } from './entityTypes';
import type { PatternContext } from './entityPatterns';
import { tokenEndingAt, tokenStartingAt } from './tokenLookup';

const SERVICE = '中欧班列';
const HUB = '集结中心';
/** A city in brackets right before the service's name: 金华（义乌）. */
const SEAT = /（([\u4e00-\u9fff]{2,4})）$/;

export function assemblyCentres({ text, tokens, isKnownName, lex, gaz }: PatternContext, out: Candidate[]): void {
  // (a county-level city counts too: 义乌)
  const known = (s: string) => (isKnownName(s) || gaz.byCountyShort.has(s)) && !lex.notPlaces.has(s);
  for (let at = text.indexOf(SERVICE); at >= 0; at = text.indexOf(SERVICE, at + SERVICE.length)) {
    const after = at + SERVICE.length;
    let start = -1;
    let end = -1;
    if (text.startsWith(HUB, after)) {
      // the city before: a word ending right there, or a city and its seat in brackets
      let cityEnd = at;
      const seat = SEAT.exec(text.slice(Math.max(0, at - 6), at));
      if (seat && known(seat[1])) cityEnd = at - seat[0].length;
      const city = tokenEndingAt(tokens, cityEnd);
      if (city && city.text.length >= 2 && known(city.text)) {
        start = city.start;
        end = after + HUB.length;
      }
    } else {
      // the city between: one word, then the hub's name
      const city = tokenStartingAt(tokens, after);
      if (city && city.text.length >= 2 && known(city.text) && text.startsWith(HUB, city.end)) {
        start = at;
        end = city.end + HUB.length;
      }
    }
    if (start >= 0) out.push({ start, end, type: 'place', evidence: 'place-suffix', name: text.slice(start, end) });
  }
}

/**
 * “枫桥经验”, 莫高精神: a way of work or a spirit named after the town or county where it began
 * names that place (rule 3 of the labelling: a name standing as a word inside a term). Towns are
 * no short names in the gazetteer, so 枫桥 is found here as 枫桥镇's. Only words jieba takes for
 * names or does not know (右玉/n is left: as a noun such a word is too often a common one).
 */
export function placesBeforeModels({ text, tokens, lex, gaz, isKnownName }: PatternContext, out: Candidate[]): void {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    const model = tokens[k + 1];
    if ((model.text !== '经验' && model.text !== '精神') || model.start !== t.end) continue;
    if (!/^[\u4e00-\u9fff]{2,3}$/.test(t.text) || isKnownName(t.text) || lex.notPlaces.has(t.text)) continue;
    // (a word jieba takes for a name or does not know: 振兴经验, 建设经验 are experience of doing,
    // 航天精神 and 红船精神 a field's and a symbol's, though towns bear those names somewhere)
    if (!/^(ns|nr|nrt|x|j)$/.test(t.tag)) continue;
    const town = gaz.byName.has(`${t.text}镇`) || gaz.byName.has(`${t.text}乡`);
    if (!town && !gaz.byCountyShort.has(t.text)) continue;
    out.push({ start: t.start, end: t.end, type: 'place', evidence: 'short-name', name: text.slice(t.start, t.end) });
  }
}
