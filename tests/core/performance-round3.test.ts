/**
 * Speed work, round 3: the per-character scans now ask tables instead of testing a one-character
 * string against a regex; each table must answer exactly what the regex (or the lexicon) does.
 */
import { describe, expect, it } from 'vitest';
import { codeClass } from '../../server/src/core/chars';
import { canStartQuantityHead, matchUnitAt } from '../../server/src/core/quantities';
import { UNITS } from '../../server/src/data/units';

describe('codeClass', () => {
  it('answers as the regex does for every UTF-16 code, and no for codes past the end of a string', () => {
    for (const re of [/[。！？!?]/, /[第一二三四五六七八九十（(0-9]/, /[\u3400-\u9fff]/]) {
      const inClass = codeClass(re);
      const wrong: number[] = [];
      for (let c = 0; c < 0x10000; c++) if (inClass(c) !== re.test(String.fromCharCode(c))) wrong.push(c);
      expect(wrong).toEqual([]);
      expect(inClass(''.charCodeAt(0))).toBe(false); // NaN
      expect(inClass(-1)).toBe(false);
    }
  });
});

describe('canStartQuantityHead', () => {
  it('admits the first character of every unit and of 余/多/万/亿, and nothing a unit cannot start with', () => {
    for (const u of UNITS) expect(canStartQuantityHead(u.unit.charCodeAt(0))).toBe(true);
    for (const ch of '余多万亿') expect(canStartQuantityHead(ch.charCodeAt(0))).toBe(true);
    const starts = new Set(UNITS.map((u) => u.unit[0]));
    for (const ch of '的是在了和，。、“0a😀') {
      const admitted = canStartQuantityHead(ch.charCodeAt(0));
      expect(admitted).toBe(starts.has(ch));
      if (!admitted) expect(matchUnitAt(`${ch}平方米`, 0)).toBeUndefined();
    }
  });
});
