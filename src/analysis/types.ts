// The Article model: what the analysis finds in one text. Offsets are UTF-16
// code units into the text (JavaScript string indices), end exclusive.

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type EntityType = 'person' | 'organization' | 'place' | 'other';

/** How a mention names its entity. */
export type MentionForm = 'name' | 'alias' | 'short' | 'acronym' | 'metonym';

export interface Mention extends Span {
  form: MentionForm;
  /** The rule that found this mention: `ner.model` when the entity reader found it alone. */
  rule: string;
  /** The entity reader's confidence in the name (0–1), when it read it. */
  confidence?: number;
  /** Only where the mention differs from its entity: "North Korea" as the state that acts is an organization. */
  type?: EntityType;
  /** Inside another name: "Texas" in "University of Texas". */
  nested?: true;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Aliases that stand for the entity by metonymy ("Beijing" for China). */
  metonyms: string[];
  roles: string[];
  mentions: Mention[];
  /** An unnamed source ("a senior official", "some analysts"). */
  anonymous: boolean;
  /** The rule that decided the entity's type. */
  rule: string;
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';

/** What an attribution reports: words said or written, a belief ("thinks", "fears"), or an intention ("wants to", "plans to"). */
export type AttributionKind = 'statement' | 'belief' | 'intention';

export interface Quote extends Span {
  kind: QuoteKind;
  /** Entity id of the speaker, or null when it could not be found. */
  speaker: string | null;
  /** Entity ids of others who say it with the speaker, in text order: Becker in "Lopez and Becker said". */
  coSpeakers: string[];
  /** The words naming the speaker where the quote is: "she", "a senior official", "Lopez and Becker". */
  source: Span | null;
  speakerText: string | null;
  cue: Span | null;
  /** For a quote broken by its cue or running over paragraphs: the quoted pieces. */
  fragments: Span[];
  /** Said or written, or a belief or intention attributed to the speaker (shown apart from statements). */
  attribution: AttributionKind;
  /** The rule that found the quote, or `quote.model` when the attribution reader found it alone. */
  rule: string;
  /** The attribution reader's confidence (0–1), where it read this attribution. */
  confidence?: number;
}

export type ClaimKind = 'statistic' | 'allegation' | 'attributed' | 'fact';

export interface Claim extends Span {
  kind: ClaimKind;
  /** Entity id of whoever makes the claim; null for the writer. */
  source: string | null;
  sourceText: string | null;
  /** Hedge words as written: "reportedly", "said to be". */
  hedges: string[];
  rule: string;
}

export type BlockKind = 'headline' | 'byline' | 'dateline' | 'caption' | 'body' | 'chrome';

/** A line-level piece of the layout: headline, byline, body paragraph, page chrome. */
export interface Section extends Span {
  kind: BlockKind;
  rule: string;
}

export interface Article {
  entities: Entity[];
  quotes: Quote[];
  claims: Claim[];
  sections: Section[];
  /** Offset where page chrome begins after the article body, or null. */
  chromeStart: number | null;
  wordCount: number;
  /** Set when the analysis ran out of time: nothing from `until` on was read. */
  partial: { until: number; reason: string } | null;
  /** What the reader could not do as it should: a model that did not load, say. */
  warnings: string[];
}
