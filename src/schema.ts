// The JSON contract of `annalist extract --format json` (see ../shared/CONTRACT.md), as zod schemas.
// This file is the one source of truth: the CLI, the API, the store and the tests all use these types.
// Fields beyond the contract are allowed (extend compatibly, never rename or remove).
import { z } from "zod";

export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof Span>;

export const TextSpan = Span.extend({ text: z.string() });
export type TextSpan = z.infer<typeof TextSpan>;

export const Sentence = Span.extend({
  paragraph: z.number().int().nonnegative().optional(),
  /** The sentence's narrative time (EDTF) as the time layer resolved it, or null. */
  time: z.string().nullable().optional(),
});
export type Sentence = z.infer<typeof Sentence>;

export const Paragraph = Span;
export type Paragraph = z.infer<typeof Paragraph>;

export const CitationRef = z.object({
  source: z.string(),
  bib: z.string().nullable(),
  pages: z.array(z.string()),
  year: z.string().optional(),
});
export type CitationRef = z.infer<typeof CitationRef>;

export const Citation = TextSpan.extend({
  refs: z.array(CitationRef),
  style: z.enum(["author-page", "author-year", "numeric"]).optional(),
});
export type Citation = z.infer<typeof Citation>;

/** A CSL-JSON item, with the span of its entry in the text. */
export const BibEntry = z
  .object({
    id: z.string(),
    type: z.string(),
    title: z.string().optional(),
    author: z.array(z.object({ family: z.string().optional(), given: z.string().optional(), literal: z.string().optional() })).optional(),
    issued: z.object({ "date-parts": z.array(z.array(z.number())) }).optional(),
    publisher: z.string().optional(),
    "publisher-place": z.string().optional(),
    volume: z.string().optional(),
    medium: z.string().optional(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .passthrough();
export type BibEntry = z.infer<typeof BibEntry>;

export const TimexType = z.enum(["DATE", "DURATION", "SET", "TIME"]);
export const Timex = TextSpan.extend({
  id: z.string().optional(),
  type: TimexType,
  /**
   * EDTF date or interval, ISO 8601 duration (with TimeML's X for an unknown count), or, for a time given
   * only relative to the time of writing ("now", "recently", "in the future"), TimeML's PRESENT_REF,
   * PAST_REF or FUTURE_REF; null when it cannot be resolved.
   */
  value: z.string().nullable(),
  anchor: z.string().optional(),
  mod: z.string().optional(),
  /**
   * The TIMEX3 value (TimeML) beside the EDTF `value`: "1939-SU" for "1939-22", "BC0480" for "-0479",
   * "1791-06-20TNI" for the night of that day, "2000-W07" for a week; absent for an interval, whose
   * ends are timexes of their own (`parts`).
   */
  timex3: z.string().nullable().optional(),
  /** An interval written as a range ("1915–17", "6–7 January 1916"): the ids of the timexes of its two ends, which lie inside it. */
  parts: z.tuple([z.string(), z.string()]).optional(),
});
export type Timex = z.infer<typeof Timex>;

export const EntityKind = z.enum(["state", "organization", "person", "place", "treaty", "group", "other"]);
export type EntityKind = z.infer<typeof EntityKind>;
export const Mention = TextSpan.extend({ role: z.string().optional() });
export type Mention = z.infer<typeof Mention>;
export const Entity = z.object({
  id: z.string(),
  label: z.string(),
  kind: EntityKind,
  wikidata: z.string().nullable(),
  coords: z.tuple([z.number(), z.number()]).optional(),
  mentions: z.array(Mention),
  memberOf: z.string().optional(),
  /** For places: the id of the state the place lay in at the date of its first mention. */
  country: z.string().optional(),
  /** For groups and alliances: the ids of the member states that are entities of the document. */
  members: z.array(z.string()).optional(),
});
export type Entity = z.infer<typeof Entity>;

export const PloverType = z.enum([
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
  "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "OTHER",
]);
export type PloverType = z.infer<typeof PloverType>;
export const Modality = z.enum(["asserted", "negated", "hypothetical", "counterfactual", "reported"]);
export type Modality = z.infer<typeof Modality>;
export const Event = z.object({
  id: z.string(),
  type: PloverType,
  cameo: z.string().nullable(),
  trigger: TextSpan,
  sentence: z.number().int().nonnegative(),
  source: z.array(z.string()),
  target: z.array(z.string()),
  date: z.string().nullable(),
  place: z.string().nullable(),
  modality: Modality,
  citations: z.array(z.number().int().nonnegative()),
  quantities: z.array(z.number().int().nonnegative()).optional(),
  /** Narrated with "would" from a past vantage point ("would enter into the war two months after"): asserted, flagged. */
  futureInPast: z.boolean().optional(),
});
export type Event = z.infer<typeof Event>;

export const Quantity = TextSpan.extend({
  value: z.number(),
  unit: z.string(),
  kind: z.string().optional(),
});
export type Quantity = z.infer<typeof Quantity>;

export const ClauseKind = z.enum([
  "defense", "neutrality", "mutual_assistance", "non_aggression", "non_aid", "no_separate_treaty",
  "consultation", "status_quo", "other",
]);
export type ClauseKind = z.infer<typeof ClauseKind>;
/** The condition of a clause: who attacks whom. Values are keywords or entity ids. */
export const ClauseTrigger = z.object({
  attacker: z.string(), // "any" | "third_party" | "party" | "non_belligerent" | entity id
  target: z.string(), // "party" | "either" | entity id
  provoked: z.enum(["any", "unprovoked"]),
  mode: z.enum(["attacked", "hostilities"]).optional(),
});
export const ClauseDuty = z.object({
  who: z.string(), // "other_parties" | "all" | entity id
  does: z.enum(["neutral", "assist", "declare_war", "not_aid", "consult", "no_separate_treaty", "non_aggression"]),
});
export const Clause = Span.extend({
  kind: ClauseKind,
  article: z.string().nullable().optional(),
  secret: z.boolean(),
  citations: z.array(z.number().int().nonnegative()),
  trigger: ClauseTrigger.nullable().optional(),
  duty: ClauseDuty.nullable().optional(),
  duties: z.array(ClauseDuty).optional(),
  /** The state a duty concerns (whom not to aid, with whom no separate treaty), or null. */
  concerning: z.string().nullable().optional(),
  /** "text" when the text states the clause, "name" when it is read from the instrument's name (a weaker reading). */
  source: z.enum(["text", "name"]).optional(),
  /** Every condition the clause states, when it states several ("if France attacked Germany or Austria Russia"); `trigger` is the first. */
  triggers: z.array(ClauseTrigger).optional(),
  /** Where the condition holds ("in the Pacific", "through Finland"): an entity id, or the words of the text. */
  region: z.string().nullable().optional(),
}).passthrough();
export type Clause = z.infer<typeof Clause>;
export const Treaty = z.object({
  id: z.string(),
  entity: z.string().nullable(),
  name: z.string(),
  signed: z.string().nullable(),
  place: z.string().nullable(),
  parties: z.array(z.string()),
  duration: z.string().nullable(),
  ends: z.string().nullable(),
  clauses: z.array(Clause),
  mentions: z.array(Span),
  /** The other names of the instrument in the text ("Pact of Paris", "Harris Treaty"). */
  aliases: z.array(z.string()).optional(),
  /** Ratification and entry into force, when the text dates them (EDTF). */
  ratified: z.string().nullable().optional(),
  inForce: z.string().nullable().optional(),
  /** Parties that joined after the signing, each with its own date (EDTF or null) and the sentence that says so. */
  accessions: z.array(Span.extend({ party: z.string(), date: z.string().nullable() })).optional(),
  /** States named beside the instrument that are not its parties: the state it is aimed at, a mediator, a witness, a guarantor. */
  roles: z.array(Span.extend({ role: z.enum(["target", "mediator", "witness", "guarantor"]), entity: z.string() })).optional(),
}).passthrough();
export type Treaty = z.infer<typeof Treaty>;

export const Warning = z.object({
  code: z.string(),
  message: z.string(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type Warning = z.infer<typeof Warning>;

export const Extraction = z.object({
  text: z.string(),
  /** Where the document's own content ends (trailing web boilerplate excluded from analysis). */
  contentEnd: z.number().int().nonnegative().optional(),
  dct: z.string().nullable().optional(),
  /** How the time expressions were anchored: on the document date (news) or on the text's own reference time (narrative). */
  genre: z.enum(["news", "narrative"]).optional(),
  paragraphs: z.array(Paragraph).optional(),
  sentences: z.array(Sentence),
  citations: z.array(Citation),
  bibliography: z.array(BibEntry),
  timexes: z.array(Timex),
  entities: z.array(Entity),
  events: z.array(Event),
  quantities: z.array(Quantity),
  treaties: z.array(Treaty),
  warnings: z.array(Warning).optional(),
});
export type Extraction = z.infer<typeof Extraction>;

/** How many items of each kind a stored document's extraction holds. */
export const DocumentCounts = z.object({
  citations: z.number().int(),
  timexes: z.number().int(),
  entities: z.number().int(),
  events: z.number().int(),
  treaties: z.number().int(),
});
export type DocumentCounts = z.infer<typeof DocumentCounts>;

/** A stored document as the store lists it and the API sends it. */
export const DocumentInfo = z.object({
  id: z.string(),
  name: z.string(),
  chars: z.number(),
  dct: z.string().nullable(),
  /** ISO timestamp of the ingest. */
  ingestedAt: z.string().optional(),
  /** Of the text; the persistent store gives it. */
  sha256: z.string().optional(),
  /** The persistent store gives them. */
  counts: DocumentCounts.optional(),
});
export type DocumentInfo = z.infer<typeof DocumentInfo>;

/** A state's lifetime from the gazetteer, by Wikidata id: when it existed and which states came before and after it. */
export const StateLife = z.object({
  label: z.string(),
  /** First and last year of the state (null: open). */
  from: z.number().nullable(),
  to: z.number().nullable(),
  predecessor: z.string().nullable(),
  successor: z.string().nullable(),
});
export type StateLife = z.infer<typeof StateLife>;

export const WhatifParty = z.object({ id: z.string(), label: z.string(), wikidata: z.string().nullable() });
export const WhatifTreatyRef = z.object({ id: z.string(), name: z.string() });
export const Duty = z.enum(["neutral", "assist", "declare_war", "not_aid", "consult", "no_separate_treaty", "non_aggression"]);
export const WhatifResult = z.object({
  scenario: z.object({ attacker: z.string(), target: z.string(), date: z.string(), provoked: z.boolean().nullable() }),
  obligations: z.array(z.object({
    party: WhatifParty,
    duty: Duty,
    treaty: WhatifTreatyRef,
    clause: z.number().int().nonnegative(),
    why: z.string(),
    evidence: z.array(Span.extend({ citations: z.array(z.number().int().nonnegative()) })),
  })),
  breaches: z.array(z.object({ party: WhatifParty, treaty: WhatifTreatyRef, clause: z.number().int().nonnegative(), why: z.string() })),
  notInForce: z.array(z.object({ treaty: WhatifTreatyRef, why: z.string() })),
});
export type WhatifResult = z.infer<typeof WhatifResult>;

/** The ingest queue's progress (`annalist queue --format json`, GET /api/queue). */
export const QueueStatus = z.object({
  /** false when the store is no PostgreSQL server (the queue needs one); every count is 0 then. */
  available: z.boolean(),
  queued: z.number().int().nonnegative(),
  running: z.number().int().nonnegative(),
  /** Finished jobs: the document stored, or found already stored (`duplicates`). */
  done: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  /** Jobs finished per second over the last minutes, and the seconds left at that rate (null when unknown). */
  rate: z.number().nonnegative(),
  etaSeconds: z.number().nonnegative().nullable(),
  /** The failed documents, latest first (at most 100). */
  failures: z.array(z.object({ name: z.string(), error: z.string(), attempts: z.number().int().positive(), at: z.string().nullable() })),
  checkedAt: z.string(),
});
export type QueueStatus = z.infer<typeof QueueStatus>;
