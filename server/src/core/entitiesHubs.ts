/**
 * 中欧班列 assembly centres (郑州中欧班列集结中心, 中欧班列长沙集结中心, 金华（义乌）中欧班列集结中心):
 * a freight-train hub named by its city is one site, whether the city comes before the service's
 * name or between it and 集结中心; the labelling rules make it one place (outermost name wins).
 * Without a city (中欧班列集结中心, 中欧班列华中区域集结中心, 中欧班列国家集结中心) it is a kind of
 * hub, and nothing is found. Matched on the text: jieba cuts 集结 as a verb and the city's seat in
 * brackets into marks.
 */
import type { Candidate } from './entityTypes';
import type { PatternContext } from './entityPatterns';

const SERVICE = '中欧班列';
const HUB = '集结中心';
/** A city in brackets right before the service's name: 金华（义乌）. */
const SEAT = /（([\u4e00-\u9fff]{2,4})）$/;

export function assemblyCentres({ text, tokens, isKnownName, lex, gaz }: PatternContext, out: Candidate[]): void {
  // (a county-level city counts too: 义乌)
  const known = (s: string) => (isKnownName(s) || gaz.byCountyShort.has(s)) && !lex.notPlaces.has(s);
  // (words by their ends, built once: a text made of the service's name repeated stays linear)
  let byEnd: Map<number, (typeof tokens)[number]> | undefined;
  let byStart: Map<number, (typeof tokens)[number]> | undefined;
  for (let at = text.indexOf(SERVICE); at >= 0; at = text.indexOf(SERVICE, at + SERVICE.length)) {
    const after = at + SERVICE.length;
    let start = -1;
    let end = -1;
    if (text.startsWith(HUB, after)) {
      // the city before: a word ending right there, or a city and its seat in brackets
      let cityEnd = at;
      const seat = SEAT.exec(text.slice(Math.max(0, at - 6), at));
      if (seat && known(seat[1])) cityEnd = at - seat[0].length;
      const city = (byEnd ??= new Map(tokens.map((t) => [t.end, t]))).get(cityEnd);
      if (city && city.text.length >= 2 && known(city.text)) {
        start = city.start;
        end = after + HUB.length;
      }
    } else {
      // the city between: one word, then the hub's name
      const city = (byStart ??= new Map(tokens.map((t) => [t.start, t]))).get(after);
      if (city && city.text.length >= 2 && known(city.text) && text.startsWith(HUB, city.end)) {
        start = at;
        end = city.end + HUB.length;
      }
    }
    if (start >= 0) out.push({ start, end, type: 'place', evidence: 'place-suffix', name: text.slice(start, end) });
  }
}
