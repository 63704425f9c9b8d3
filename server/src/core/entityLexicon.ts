/**
 * The entity lexicons as lookup structures, built once on first use (a few hundred kB; the
 * division gazetteer is separate, see gazetteer.ts).
 */
import { CENTRAL_BODY_ABBREVIATIONS, KNOWN_COMPANIES, KNOWN_ORGS } from '../data/entity-orgs';
import { KNOWN_PLACES } from '../data/entity-places';
import { MEDIA_NAMES, MEDIA_SUFFIXES } from '../data/entity-media';
import { CULTURAL_PERSONS, KNOWN_PERSONS, NOT_ORG_WORDS_MORE, NOT_PERSONS, NOT_PLACES, SLOGAN_MODIFIERS } from '../data/entity-stop';
import { NOT_ORG_WORDS, ORG_SUFFIXES, WEAK_ORG_SUFFIXES } from '../data/org-suffixes';
import { CITY_ABBREVIATIONS, PLACE_SUFFIXES, PROVINCE_ABBREVIATIONS, ZONE_SUFFIXES } from '../data/place-suffixes';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../data/surnames';
import { FAMILIAR_PREFIXES, HONORIFICS, TITLE_MODIFIERS, TITLES } from '../data/titles';

export interface EntityLexicon {
  surnames: Set<string>;
  compoundSurnames: Set<string>;
  titles: Set<string>;
  titleModifiers: Set<string>;
  honorifics: Set<string>;
  familiar: Set<string>;
  /** Longest first. */
  orgSuffixes: string[];
  weakOrgSuffixes: Set<string>;
  notOrgWords: Set<string>;
  /** Words for a kind of body or facility that end like one (院所, 电站): never an organisation. */
  notOrgKinds: Set<string>;
  placeSuffixes: string[];
  /** Longest first. */
  zoneSuffixes: string[];
  provinceAbbreviations: Set<string>;
  /** One-character names of cities that are not their initials (甬 for 宁波, 榕 for 福州). */
  cityAbbreviations: Set<string>;
  mediaSuffixes: string[];
  media: Set<string>;
  /** Known organisation → its full name (itself when none is given). */
  orgs: Map<string, string>;
  /** Known place → what it is (国家, 河流…). */
  places: Map<string, string>;
  notPlaces: Set<string>;
  notPersons: Set<string>;
  /** Persons named inside doctrines (毛泽东思想). */
  knownPersons: string[];
  /** Persons named in cultural terms, as words of their own (妈祖文化). */
  culturalPersons: Set<string>;
  /** Words that make a slogan of the place after them (美丽中国). */
  sloganModifiers: Set<string>;
  /** Longest name in the name lists, to bound scans. */
  maxNameLength: number;
}

let built: EntityLexicon | undefined;

export function entityLexicon(): EntityLexicon {
  return (built ??= build());
}

const byLengthDesc = (a: string, b: string) => b.length - a.length;

function build(): EntityLexicon {
  const orgs = new Map<string, string>();
  for (const e of [...KNOWN_ORGS, ...CENTRAL_BODY_ABBREVIATIONS, ...KNOWN_COMPANIES]) {
    const [name, full] = e.split('=');
    orgs.set(name, full ?? name);
  }
  const places = new Map<string, string>();
  for (const e of KNOWN_PLACES) {
    const [name, kind] = e.split('|');
    places.set(name, kind ?? '地名');
  }
  const names = [...orgs.keys(), ...places.keys(), ...MEDIA_NAMES];
  return {
    surnames: new Set(Array.from(SINGLE_SURNAMES)),
    compoundSurnames: new Set(COMPOUND_SURNAMES),
    titles: new Set(TITLES),
    titleModifiers: new Set(TITLE_MODIFIERS),
    honorifics: new Set(HONORIFICS),
    familiar: new Set(FAMILIAR_PREFIXES),
    orgSuffixes: [...ORG_SUFFIXES].sort(byLengthDesc),
    weakOrgSuffixes: new Set(WEAK_ORG_SUFFIXES),
    notOrgWords: new Set([...NOT_ORG_WORDS, ...NOT_ORG_WORDS_MORE]),
    notOrgKinds: new Set(NOT_ORG_WORDS_MORE),
    placeSuffixes: [...PLACE_SUFFIXES].sort(byLengthDesc),
    zoneSuffixes: [...ZONE_SUFFIXES].sort(byLengthDesc),
    provinceAbbreviations: new Set(Array.from(PROVINCE_ABBREVIATIONS)),
    cityAbbreviations: new Set(Array.from(CITY_ABBREVIATIONS)),
    mediaSuffixes: [...MEDIA_SUFFIXES].sort(byLengthDesc),
    media: new Set(MEDIA_NAMES),
    orgs,
    places,
    notPlaces: new Set(NOT_PLACES),
    notPersons: new Set(NOT_PERSONS),
    sloganModifiers: new Set(SLOGAN_MODIFIERS),
    knownPersons: [...KNOWN_PERSONS],
    culturalPersons: new Set(CULTURAL_PERSONS),
    maxNameLength: Math.max(...names.map((n) => n.length)),
  };
}

/** The surname a name starts with (compound first), or undefined. */
export function surnameOf(name: string, lex: EntityLexicon = entityLexicon()): string | undefined {
  if (name.length >= 3 && lex.compoundSurnames.has(name.slice(0, 2))) return name.slice(0, 2);
  return lex.surnames.has(name[0]) ? name[0] : undefined;
}

/** Whether a string has the shape of a full Chinese name: surname + one or two characters. */
export function looksLikeName(s: string, lex: EntityLexicon = entityLexicon()): boolean {
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(s) || lex.notPersons.has(s)) return false;
  const sn = surnameOf(s, lex);
  if (!sn) return false;
  const given = s.length - sn.length;
  return given >= 1 && given <= 2;
}
