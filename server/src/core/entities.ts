/**
 * Entity recognition over a whole document: persons, places, organisations and media.
 *
 * 1. Each paragraph yields candidates from local evidence (entityCandidates.ts).
 * 2. Overlaps are resolved: the longer span wins, then the stronger evidence.
 * 3. Mentions are grouped into entities by name: 大庆 and 大庆市 are one place (the gazetteer's
 *    short name), 伊品 is 黑龙江伊品生物科技有限公司 (an alias the text defines).
 * 4. Coreference: every further occurrence of a recognised name, alias or name tail (炼化公司 for
 *    大庆炼化公司, 大同 for 大同区) on word boundaries becomes a mention of the same entity.
 *
 * Results are per document version: `documentEntities(doc)` memoises them.
 */
import { analysisOf, LruCache, memo, memoized, paragraphAt, paragraphMemo, type ReportDocument } from './document';
import { paragraphCandidates } from './entityCandidates';
import { entityLexicon } from './entityLexicon';
import { COMPANY_NAME_TAILS } from '../data/entity-orgs';
import { EVIDENCE_RANK, type Candidate, type Entity, type EntityIndex, type EntityType, type Mention } from './entityTypes';
import { chainOf, gazetteer, pickDivision, shortName, type Division } from './gazetteer';
import type { Paragraph } from './types';
import { userEntries, type UserEntry } from './userDictionary';

export type { Entity, EntityIndex, EntityType, Mention } from './entityTypes';
export { ENTITY_LABELS } from './entityTypes';

/** The document's entities, computed once per version and user dictionary. */
export function documentEntities(doc: ReportDocument): EntityIndex {
  const user = userEntries();
  return memo(doc, `entities:${user.key}`, () => findEntities(doc, user.entries));
}

const ready = new WeakSet<ReportDocument>();
/** Documents up to this size are recognised on the spot when a hover asks. */
const SYNC_LIMIT = 200_000;

/**
 * For synchronous callers (hover): the entities when they are cheap or already computed; for a
 * large document still being recognised, undefined (and the background computation is started).
 */
export function entitiesIfReady(doc: ReportDocument): EntityIndex | undefined {
  if (doc.text.length <= SYNC_LIMIT || ready.has(doc)) return documentEntities(doc);
  void documentEntitiesAsync(doc);
  return undefined;
}

/**
 * The same, computed in slices of about 15 ms so that a large document does not hold the
 * server's thread (editor features await this; the synchronous version then finds it memoised).
 * Between slices it waits while `shouldWait()` is true.
 */
export function documentEntitiesAsync(doc: ReportDocument, sliceMs = 15, shouldWait: () => boolean = () => false): Promise<EntityIndex> {
  const user = userEntries();
  const key = `entities:${user.key}`;
  // already computed synchronously (a hover came first): no second run
  const done = memoized<EntityIndex>(doc, key);
  if (done) {
    ready.add(doc);
    return Promise.resolve(done);
  }
  return memo(doc, `${key}:async`, async () => {
    const steps = findEntitiesSteps(doc, user.entries);
    let sliceStart = Date.now();
    for (;;) {
      const r = steps.next();
      if (r.done) {
        ready.add(doc);
        return memo(doc, key, () => r.value);
      }
      if (Date.now() - sliceStart >= sliceMs) {
        await new Promise((resolve) => setImmediate(resolve));
        // a background run steps aside while its caller has more urgent work (an edit to lint)
        while (shouldWait()) await new Promise((resolve) => setTimeout(resolve, 10));
        const have = memoized<EntityIndex>(doc, key);
        if (have) {
          ready.add(doc);
          return have;
        }
        sliceStart = Date.now();
      }
    }
  });
}

/**
 * Larger documents get no entities (hovers on words still work): recognition costs about
 * 60 ms per 10 000 characters and runs on the server's only thread.
 */
export const MAX_ENTITY_DOCUMENT = 1_000_000;

/**
 * Resolved candidates of a paragraph, kept with its cached analysis (`paragraphMemo`): an edit
 * re-examines only the paragraphs it touched, with no per-version key built from the text. Hand-
 * made paragraphs (no cached analysis) fall back to an LRU by text.
 */
const paragraphCache = new LruCache<Candidate[]>(2_000);
function resolvedCandidates(para: Paragraph, user: readonly UserEntry[], userKey: string): Candidate[] {
  const compute = () => resolve(paragraphCandidates(para, user));
  if (analysisOf(para)) return paragraphMemo(para, `entities:${userKey}`, compute);
  const key = userKey + '\u0000' + para.text;
  let cands = paragraphCache.get(key);
  if (!cands) paragraphCache.set(key, (cands = compute()));
  return cands;
}

export function findEntities(doc: ReportDocument, user: readonly UserEntry[] = []): EntityIndex {
  const steps = findEntitiesSteps(doc, user);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** The recogniser as a generator that yields between paragraphs (drained by the two above). */
export function* findEntitiesSteps(doc: ReportDocument, user: readonly UserEntry[] = []): Generator<void, EntityIndex> {
  if (doc.text.length > MAX_ENTITY_DOCUMENT) return { entities: [], mentions: [] };
  // 1-2: local candidates, overlaps resolved per paragraph
  const userKey = user.map((e) => `${e.name}/${e.type}/${e.fullName ?? ''}`).join('|');
  const chosen: Array<{ para: Paragraph; c: Candidate }> = [];
  for (const para of doc.paragraphs) {
    for (const c of resolvedCandidates(para, user, userKey)) chosen.push({ para, c });
    yield;
  }
  // 3: group by (type, name)
  const entities: Entity[] = [];
  const byKey = new Map<string, Entity>();
  const entityFor = (type: EntityType, name: string): Entity => {
    const key = `${type}\u0000${name}`;
    let e = byKey.get(key);
    if (!e) {
      e = { id: entities.length, type, name, aliases: [], roles: [], mentions: [] };
      entities.push(e);
      byKey.set(key, e);
    }
    return e;
  };
  const mentions: Mention[] = [];
  const lex = entityLexicon();
  for (const { para, c } of chosen) {
    const name = c.type === 'organization' ? (lex.orgs.get(c.name) ?? c.name) : c.name;
    const e = entityFor(c.type, name);
    const text = para.text.slice(c.start, c.end);
    if (text !== e.name && !e.aliases.includes(text)) e.aliases.push(text);
    if (c.role && !e.roles.includes(c.role)) e.roles.push(c.role);
    mentions.push({ start: para.start + c.start, end: para.start + c.end, text, entity: e.id, evidence: c.evidence });
  }
  // 3b: the place a zone is named after, where nothing else found it (和林格尔 of 和林格尔数据中心
  // 集群): an entity without mentions yet, which step 4 gives the stem's other occurrences
  const gaz = gazetteer();
  for (const { c } of chosen) {
    if (!c.stem || c.stem.length < 2 || lex.notPlaces.has(c.stem) || byKey.has(`place\u0000${c.stem}`)) continue;
    const county = gaz.byCountyShort.get(c.stem);
    const e = entityFor('place', county ? county[0].name : c.stem);
    if (county && !e.aliases.includes(c.stem)) e.aliases.push(c.stem);
  }
  // 4: further occurrences of every name, alias and name tail
  yield* addCoreferences(doc, entities, mentions);
  for (const m of mentions) entities[m.entity].mentions.push(m);
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  mentions.sort((a, b) => a.start - b.start);
  placeChains(entities, mentions);
  const used = entities.filter((e) => e.mentions.length > 0);
  return { entities: used, mentions };
}

/** Longest span first, then strongest evidence; the rest of an overlapping group is dropped. */
function resolve(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || EVIDENCE_RANK[a.evidence] - EVIDENCE_RANK[b.evidence]);
  const taken: Candidate[] = [];
  // the code units taken so far: an overlap test costs the candidate's length, not the number of
  // spans taken (a 100k-character line of lists has tens of thousands of candidates)
  let size = 0;
  for (const c of cands) if (c.end > size) size = c.end;
  const covered = new Uint8Array(size);
  for (const c of sorted) {
    // a user entry or an alias definition beats a longer automatic guess it overlaps
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (covered[i]) free = false;
    if (!free) continue;
    covered.fill(1, c.start, c.end);
    taken.push(c);
  }
  // roles found on a weaker duplicate of the same span are kept
  const roles = new Map<string, string>();
  for (const c of cands) if (c.role && !roles.has(`${c.start}:${c.end}`)) roles.set(`${c.start}:${c.end}`, c.role);
  for (const t of taken) {
    if (t.role) continue;
    const role = roles.get(`${t.start}:${t.end}`);
    if (role) t.role = role;
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Names under which an entity may come back later in the document. */
function referringNames(e: Entity): string[] {
  const names = new Set<string>([e.name, ...e.aliases]);
  const gaz = gazetteer();
  const lex = entityLexicon();
  if (e.type === 'place') {
    // 大同区 → 大同, 林甸县 → 林甸 (only once the full name is in the document)
    const short = gaz.byName.has(e.name) ? shortName(e.name) : e.name;
    const s2 = short === e.name && gaz.byName.has(e.name) ? e.name.replace(/(县|区|旗|镇|乡|街道)$/, '') : short;
    if (s2 !== e.name && s2.length >= 2 && !lex.notPlaces.has(s2)) names.add(s2);
  }
  if (e.type === 'organization' || e.type === 'media') {
    for (const n of [...names]) {
      // 大庆炼化公司 → 炼化公司: the name without its leading place
      for (let cut = 2; cut <= Math.min(9, n.length - 4); cut++) {
        const head = n.slice(0, cut);
        if (gaz.byName.has(head) || gaz.byShortName.has(head) || lex.places.has(head)) {
          const tail = n.slice(cut);
          if (tail.length >= 4 && !lex.orgSuffixes.includes(tail)) names.add(tail);
        }
      }
      // 大庆炼化公司工程管理部 → 大庆炼化公司: an organisation inside a department's name
      for (const suf of lex.orgSuffixes) {
        if (suf.length < 2 || lex.weakOrgSuffixes.has(suf)) continue;
        const at = n.indexOf(suf);
        if (at > 1 && at + suf.length < n.length - 1) names.add(n.slice(0, at + suf.length));
      }
    }
  }
  for (const n of [...names]) if (n.length < 2 || lex.notPersons.has(n) || lex.notPlaces.has(n)) names.delete(n);
  return [...names];
}

const COMPANY_TAILS = new Set(COMPANY_NAME_TAILS);
const COMPANY_LEGAL = /(集团|股份|控股|公司)$/;

/** A company name's own short name (万华化学集团 → 万华), or undefined. */
function companyCore(n: string, lex: ReturnType<typeof entityLexicon>): string | undefined {
  // only a company's name: a legal word at its end
  if (!COMPANY_LEGAL.test(n) || n.length < 5) return undefined;
  const gaz = gazetteer();
  let core = n;
  for (let peeled = true; peeled; ) {
    peeled = false;
    for (let L = Math.min(6, core.length - 2); L >= 2; L--) {
      if (COMPANY_TAILS.has(core.slice(-L))) {
        core = core.slice(0, -L);
        peeled = true;
        break;
      }
    }
  }
  // a leading place is no part of the short name (浙江|巨化)
  for (let cut = Math.min(4, core.length - 2); cut >= 2; cut--) {
    const head = core.slice(0, cut);
    if (gaz.byName.has(head) || gaz.byShortName.has(head) || lex.places.has(head)) {
      core = core.slice(cut);
      break;
    }
  }
  if (core.length < 2 || core.length > 4 || core === n || !/^[\u4e00-\u9fff]+$/.test(core)) return undefined;
  if (gaz.byName.has(core) || gaz.byShortName.has(core) || lex.places.has(core) || lex.notPlaces.has(core) || lex.notPersons.has(core) || lex.sloganModifiers.has(core)) return undefined;
  return core;
}

/**
 * 万华化学集团股份有限公司 → 万华: a company's own short name once its trade and legal words are
 * taken off (and its place before them: 浙江巨化股份 → 巨化), where its full name is in the
 * document. Only a core jieba did not read as one common word there (北京|数据|集团 gives no
 * 数据): an unknown word, a name, or pieces jieba could not join.
 */
function companyShortName(doc: ReportDocument, e: Entity, mentions: Mention[], lex: ReturnType<typeof entityLexicon>): string | undefined {
  if (e.type !== 'organization') return undefined;
  const core = companyCore(e.name, lex);
  if (!core) return undefined;
  const m = mentions.find((x) => x.entity === e.id && x.text === e.name);
  const p = m && paragraphAt(doc, m.start);
  if (!m || !p) return undefined;
  const cs = m.start - p.start + e.name.indexOf(core);
  const ce = cs + core.length;
  const over = p.tokens.filter((t) => t.start < ce && t.end > cs);
  if (over.length === 1 && over[0].start === cs && over[0].end === ce) return COMMON_TAG.test(over[0].tag) ? undefined : core;
  // several words: jieba's pieces must show it could not read them (关键/金属 are two words)
  return over.some((t) => t.start < cs || t.end > ce || t.text.length === 1 || /^(x|nr|nrt|nz|ns|nt|eng)$/.test(t.tag)) ? core : undefined;
}
const COMMON_TAG = /^(n|vn|v|a|ad|an|b|l|d|m|q|i|f|s|t|z|ng|vg|j)$/;

function* addCoreferences(doc: ReportDocument, entities: Entity[], mentions: Mention[]): Generator<void, void> {
  const names = new Map<string, number>();
  const lex = entityLexicon();
  for (const e of entities) {
    const short = companyShortName(doc, e, mentions, lex);
    for (const n of short ? [...referringNames(e), short] : referringNames(e)) {
      // a name two entities share (an ambiguous tail) refers to neither
      if (names.has(n) && names.get(n) !== e.id) names.set(n, -1);
      else names.set(n, e.id);
    }
  }
  if (names.size === 0) return;
  // lengths of the names by their first character, longest first: a lookup per word start
  const lengthsByFirst = new Map<string, number[]>();
  for (const [n, id] of names) {
    if (id < 0) continue;
    const list = lengthsByFirst.get(n[0]) ?? [];
    if (!list.includes(n.length)) list.push(n.length);
    lengthsByFirst.set(n[0], list);
  }
  for (const list of lengthsByFirst.values()) list.sort((a, b) => b - a);
  // spans taken, per paragraph (mentions never cross a line)
  const taken = new Map<number, Array<[number, number]>>();
  for (const m of mentions) {
    const p = paragraphAt(doc, m.start);
    if (!p) continue;
    const list = taken.get(p.index) ?? [];
    list.push([m.start, m.end]);
    taken.set(p.index, list);
  }
  const known = namesKey(names);
  // organisations' ids: a company's two-character short name established elsewhere is read where
  // jieba cut its first character off and fused its last into the next word (万/华新|一代)
  const orgIds = new Set(entities.filter((e) => e.type === 'organization').map((e) => e.id));
  for (const para of doc.paragraphs) {
    yield;
    // the occurrences depend on the paragraph, the spans its own candidates took and the names:
    // kept per paragraph content and reused while the names stay the same (an edit elsewhere)
    const covered = (taken.get(para.index) ?? []).map(([a, b]): [number, number] => [a - para.start, b - para.start]);
    const coveredKey = covered.join(';');
    const slot = paragraphMemo(para, 'coreferences', (): CoreferenceSlot => ({ names: undefined, coveredKey: '', hits: [] }));
    if (slot.names !== known || slot.coveredKey !== coveredKey) {
      slot.hits = coreferencesIn(para, covered, names, lengthsByFirst, orgIds);
      slot.names = known;
      slot.coveredKey = coveredKey;
    }
    for (const [start, end, name] of slot.hits) {
      const id = names.get(name)!;
      mentions.push({ start: para.start + start, end: para.start + end, text: name, entity: id, evidence: 'coreference' });
      const ent = entities[id];
      if (name !== ent.name && !ent.aliases.includes(name)) ent.aliases.push(name);
    }
  }
}

interface CoreferenceSlot {
  names: { key: string } | undefined;
  coveredKey: string;
  /** [start, end, name], relative to the paragraph, in the order they were found. */
  hits: Array<[number, number, string]>;
}

/**
 * One object per distinct set of referring names (those that refer to one entity), so that a
 * paragraph's cached occurrences are checked against the current names by identity.
 */
let lastNames: { key: string } = { key: '' };
function namesKey(names: ReadonlyMap<string, number>): { key: string } {
  const key = [...names].filter(([, id]) => id >= 0).map(([n]) => n).sort().join('\u0001');
  if (key !== lastNames.key) lastNames = { key };
  return lastNames;
}

/** Further occurrences of the names in one paragraph, on word boundaries, outside `covered`. */
function coreferencesIn(
  para: Paragraph,
  covered: Array<[number, number]>,
  names: ReadonlyMap<string, number>,
  lengthsByFirst: ReadonlyMap<string, number[]>,
  orgIds: ReadonlySet<number> = new Set(),
): Array<[number, number, string]> {
  const hits: Array<[number, number, string]> = [];
  // code units already named, as a table: checking each hit against every span taken is quadratic
  // on a long paragraph that repeats a name
  const taken = new Uint8Array(para.text.length + 1);
  const take = (s: number, e: number) => taken.fill(1, Math.max(0, s), Math.min(e, para.text.length));
  for (const [a, b] of covered) take(a, b);
  const isCovered = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (taken[i] === 1) return true;
    return false;
  };
  const ends = new Set(para.tokens.map((t) => t.end));
  // on word boundaries: the start always, the end too for short names
  for (const t of para.tokens) {
    const lengths = lengthsByFirst.get(para.text[t.start]);
    if (!lengths) continue;
    for (const L of lengths) {
      const name = para.text.slice(t.start, t.start + L);
      const id = name.length === L ? names.get(name) : undefined;
      if (id === undefined || id < 0) continue;
      if (L <= 2 && !ends.has(t.start + L) && !(L === 2 && orgIds.has(id) && t.text.length === 1 && /[\u4e00-\u9fff]/.test(para.text[t.start + L] ?? ''))) continue;
      const s = t.start;
      const e = s + L;
      if (isCovered(s, e)) continue;
      hits.push([s, e, name]);
      take(s, e);
      break;
    }
  }
  return hits;
}

/** Administrative chains for places, picking among homonyms by the other places named. */
function placeChains(entities: Entity[], mentions: Mention[]): void {
  const gaz = gazetteer();
  const lex = entityLexicon();
  const named = new Set(mentions.map((m) => m.text));
  for (const e of entities) if (e.type === 'place') named.add(e.name);
  for (const e of entities) {
    if (e.type !== 'place') continue;
    const candidates = gaz.byName.get(e.name) ?? gaz.byShortName.get(e.name);
    if (candidates) {
      const d = pickDivision(candidates, named);
      e.chain = chainOf(d);
      if (candidates.length > 1) e.homonyms = candidates.length - 1;
    } else if (lex.places.has(e.name)) {
      e.chain = [lex.places.get(e.name)!];
    } else if (divisionPrefix(e.name)) {
      // 大庆高新区: a zone named after its city lies in it
      e.chain = [...chainOf(pickDivision(divisionPrefix(e.name)!, named)), e.name];
    } else {
      // 东兴村 in a paragraph that names 林甸县四合乡: the nearest division named before it
      const first = e.mentions[0];
      // mentions are sorted: walk back from the first mention over the 12 characters before it
      let i = first ? mentions.indexOf(first) - 1 : -1;
      let parent: Mention | undefined;
      for (; i >= 0 && first.start - mentions[i].end <= 12; i--) {
        const m = mentions[i];
        if (m.end <= first.start && entities[m.entity].type === 'place' && entities[m.entity] !== e) {
          parent = m;
          break;
        }
      }
      const pe = parent && entities[parent.entity];
      if (pe?.chain && gaz.byName.has(pe.name)) e.chain = [...pe.chain, e.name];
    }
  }
}

/** The divisions whose full or short name starts `name` (longest first), if any. */
function divisionPrefix(name: string): Division[] | undefined {
  const gaz = gazetteer();
  for (let L = Math.min(name.length - 2, gaz.maxLength); L >= 2; L--) {
    const head = name.slice(0, L);
    const d = gaz.byName.get(head) ?? gaz.byShortName.get(head);
    if (d) return d;
  }
  return undefined;
}

/** The mention covering an offset (a cursor at either edge counts), if any. */
export function mentionAt(index: EntityIndex, offset: number): Mention | undefined {
  const ms = index.mentions;
  let lo = 0;
  let hi = ms.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].end < offset) lo = mid + 1;
    else if (ms[mid].start > offset) hi = mid - 1;
    else {
      // prefer a mention that strictly contains the offset over one that merely ends at it
      const next = ms[mid + 1];
      return ms[mid].end === offset && next && next.start === offset ? next : ms[mid];
    }
  }
  return undefined;
}

/** The entity's defining mention: the first one that uses its full name, else the first. */
export function definitionOf(e: Entity): Mention {
  return e.mentions.find((m) => m.text === e.name) ?? e.mentions[0];
}

/** The paragraph containing a mention (for context in hovers and references). */
export function paragraphOf(doc: ReportDocument, m: Mention): Paragraph | undefined {
  return paragraphAt(doc, m.start);
}
