// The protocol between the Marginalia client and server, typed once for both sides.
// Only plain JSON types here: the server and client each bring their own LSP libraries.

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

export type ClaimKind = 'statistic' | 'allegation' | 'attributed' | 'fact';
export const claimKinds: readonly ClaimKind[] = ['statistic', 'allegation', 'attributed', 'fact'];

/** The `marginalia.*` settings. */
export interface Settings {
  /** Globs of plain-text files that are read as articles. */
  files: string[];
  /** Code lenses per claim kind. */
  claimLenses: Record<ClaimKind, boolean>;
  /** Plain-text files read as articles are shown in the `article` language (word wrap, grammar); the client's setting. */
  txtAsArticle: boolean;
}

export const defaultSettings: Settings = {
  files: ['**/*.txt'],
  claimLenses: { statistic: true, allegation: true, attributed: true, fact: true },
  txtAsArticle: true,
};

/** Commands the server puts in hovers and code lenses; the client trusts exactly these in markdown. */
export const Commands = {
  /** (uri: string, range: Range) → opens the document and selects the range. */
  reveal: 'marginalia.reveal',
  /** (uri: string, position: Position) → the references peek for the entity there. */
  showReferences: 'marginalia.showReferences',
  /** (uri: string, position: Position, locations: {uri, range}[]) → a peek of the locations. */
  showLocations: 'marginalia.showLocations',
  /** () → reads the active plain-text file as an article even if it does not look like one. */
  annotateFile: 'marginalia.annotateFile',
} as const;
export const trustedCommands: readonly string[] = [Commands.reveal, Commands.showReferences, Commands.showLocations];

/** Why a document is or is not annotated: the server tells the client for its status bar. */
export interface StatusParams {
  uri: string;
  state: 'annotated' | 'skipped';
  /** For 'skipped': a short reason ("too short", "looks like a log"). */
  reason?: string;
  actors?: number;
  quotes?: number;
  claims?: number;
  /** Milliseconds the analysis took. */
  ms?: number;
  /** When the analysis stopped early: why, and the line it stopped at (0-based). */
  partial?: { reason: string; line: number };
  /** What the reading could not do as it should: a model that did not load, say. */
  warnings?: string[];
}
export const statusNotification = 'marginalia/status';

/** Ask the server to read a plain-text file as an article whatever it looks like. */
export interface AnnotateParams {
  uri: string;
}
export const annotateRequest = 'marginalia/annotate';

/** The sidebar's view of one article. */
export interface OutlineParams {
  uri: string;
}
export interface OutlineActor {
  id: string;
  name: string;
  type: 'person' | 'organization' | 'place' | 'other';
  roles: string[];
  anonymous: boolean;
  /** The mention that introduces the actor. */
  definition: Range;
  mentions: { range: Range; text: string }[];
}
export interface OutlineQuote {
  range: Range;
  text: string;
  kind: 'direct' | 'partial' | 'indirect';
  /** The speaker's display name ("Maria Lopez and Tom Becker" when two say it), or null when unknown. */
  speaker: string | null;
  /** The speaker's actor id, when the speaker is one. */
  speakerId: string | null;
  anonymous: boolean;
  cue: string | null;
  /** A statement, or a belief or intention attributed to the speaker ("thinks", "wants to"): shown apart. */
  attribution: 'statement' | 'belief' | 'intention';
}
export interface OutlineClaim {
  range: Range;
  text: string;
  kind: ClaimKind;
  source: string | null;
  hedges: string[];
}
export interface ArticleOutline {
  uri: string;
  actors: OutlineActor[];
  quotes: OutlineQuote[];
  claims: OutlineClaim[];
}
/** Returns null when the document is not an annotated article. */
export const outlineRequest = 'marginalia/outline';

/** Sent when the workspace folders have been indexed. */
export interface IndexedParams {
  /** Files considered, articles indexed, and how many of those came from the cache. */
  files: number;
  articles: number;
  fromCache: number;
  ms: number;
}
export const indexedNotification = 'marginalia/indexed';

/** Options the client passes in `initialize`. */
export interface InitializationOptions {
  /** A folder the server may keep its cache in; none means no cache. */
  storagePath?: string;
}

/** The sidebar's Workspace view: actors across the corpus, most widely reported first. */
export interface WorkspaceActor {
  name: string;
  type: OutlineActor['type'];
  role: string | null;
  articles: { uri: string; mentions: number; definition: Range }[];
}
export const workspaceActorsRequest = 'marginalia/workspaceActors';
