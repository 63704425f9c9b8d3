/** Entity types and their labels, shared by the recogniser, hovers and semantic tokens. */
import type { Span } from './types';

export type EntityType = 'person' | 'place' | 'organization' | 'media';

export const ENTITY_LABELS: Record<EntityType, string> = {
  person: '人名 · person',
  place: '地名 · place',
  organization: '机构 · organization',
  media: '媒体 · media',
};

/** Why a mention was recognised, strongest evidence first in `EVIDENCE_RANK`. */
export type Evidence =
  | 'user'
  | 'alias'
  | 'title'
  | 'honorific'
  | 'org-suffix'
  | 'media'
  | 'lexicon'
  | 'gazetteer'
  | 'place-suffix'
  | 'speech'
  | 'familiar'
  | 'jieba'
  | 'short-name'
  | 'coreference'
  | 'coordination';

export const EVIDENCE_RANK: Record<Evidence, number> = {
  user: 0, alias: 1, title: 2, honorific: 3, 'org-suffix': 4, media: 4, lexicon: 5, gazetteer: 5, 'place-suffix': 6,
  speech: 7, familiar: 8, jieba: 9, 'short-name': 10, coreference: 11,
  // a list's kind (金凤、嘉陵江3个实验室) outranks what the word alone suggests
  coordination: 4,
};

/** A paragraph-level finding before entities are grouped; spans are relative to the paragraph. */
export interface Candidate extends Span {
  type: EntityType;
  evidence: Evidence;
  /** The name this mention stands for (大庆 → 大庆市; an alias → its full name). */
  name: string;
  /** Title or role the text gives the person here (黑龙江省委副书记、省长). */
  role?: string;
  /** For an alias definition: the alias text. */
  alias?: string;
  /**
   * For a zone named after a place the recogniser does not know alone (和林格尔 of 和林格尔数据中心
   * 集群, 长株潭 of 长株潭国家自主创新示范区): that place, a name for the rest of the document.
   */
  stem?: string;
}

/** One occurrence of an entity in the document; absolute UTF-16 span. */
export interface Mention extends Span {
  text: string;
  entity: number;
  evidence: Evidence;
}

export interface Entity {
  id: number;
  type: EntityType;
  /** The fullest name the document or the lexicons give (黑龙江伊品生物科技有限公司, 大庆市). */
  name: string;
  /** Other names used for it in the document (伊品, 大庆). */
  aliases: string[];
  /** Roles and titles the document gives a person. */
  roles: string[];
  /** For a place: its administrative chain, or what kind of place it is. */
  chain?: string[];
  /** Divisions elsewhere with the same name (the chain picked is the document's best guess). */
  homonyms?: number;
  mentions: Mention[];
}

export interface EntityIndex {
  entities: Entity[];
  /** Every mention, sorted by start. */
  mentions: Mention[];
}
