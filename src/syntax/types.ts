// The shallow syntax of one sentence: tagged tokens, scopes (parentheses, quotations), noun phrases, verb groups,
// clauses and the relations between them. Every index is a token index into `toks` unless it says otherwise.
import type { TaggedToken } from "./tagger.ts";

export type { TaggedToken };

export interface Scope {
  /** Token range [from, to), brackets or quotation marks included. */
  from: number;
  to: number;
  kind: "paren" | "quote";
  /** The noun phrase right before an opening parenthesis, which the parenthesis is about ("Italy (supported by …)"), or -1. */
  host: number;
}

export interface NounPhrase {
  /** Token range [from, to) and the head token. */
  from: number;
  to: number;
  head: number;
  /** Token of the preposition that governs the phrase, or -1 (subject, object, appositive). */
  prep: number;
  /** The phrase this one is the possessor of ("Germany" in "Germany's declaration"), or -1. */
  possessed: number;
  /** The possessor phrase of this one, or -1. */
  possessor: number;
  /** Coordination: the index of the first phrase of its group ("A, B and C"); its own index when alone. */
  group: number;
  /** The phrase this one is in apposition to ("Russia, an Orthodox nation"), or -1. */
  apposOf: number;
  /** The noun phrase a prepositional phrase follows directly ("the invasion | of Poland"), or -1. */
  after: number;
  /** The innermost parenthesis the phrase lies in, or -1. */
  scope: number;
}

export type VerbForm = "finite" | "infinitive" | "gerund" | "participle";

/** How a verb group's subject was found. */
export type SubjectSource = "own" | "coordinated" | "relative" | "control" | "host" | "none";

export interface VerbGroup {
  from: number;
  to: number;
  /** The main verb (or the auxiliary when there is no verb: "had intact armies"). */
  head: number;
  form: VerbForm;
  passive: boolean;
  /** Token of a modal in the group ("would", "could"), or -1. */
  modal: number;
  /** Token of a negation in the group ("not", "never"), or -1. */
  negation: number;
  /** Token of the infinitive marker "to", or -1. */
  toMarker: number;
  /** Token of a particle right after the verb ("gave in", "broke off"), or -1. */
  particle: number;
  /** Noun phrases of the subject (coordination and apposition included). */
  subject: number[];
  subjectFrom: SubjectSource;
  /** Direct and second objects ("dealt the Italians a blow"). */
  objects: number[];
  /** Prepositional phrases that may attach to the verb (their `prep` says which preposition). */
  obliques: number[];
  /** The by-phrase of a passive. */
  agent: number[];
  /** A verb group this one is coordinated with and whose subject it shares, or -1. */
  coordinatedWith: number;
  /** A noun phrase whose head controls a non-finite verb ("the attempts to conquer", "a letter urging"), or -1. */
  controllerNoun: number;
  /** The verb group this non-finite one depends on ("refused | to sign"), or -1. */
  governor: number;
}

export interface Clause {
  from: number;
  to: number;
  /** Opened by a subordinator or relative word (a dependent clause). */
  dependent: boolean;
  /** A verb phrase that continues an earlier clause after a dependent one ("X claimed that … and sued …"): that clause's index. */
  resumes?: number;
  /** The word that opens a dependent clause ("when", "which", "that"), or -1. */
  opener: number;
  /** A relative clause's antecedent noun phrase, or -1. */
  antecedent: number;
  /** The parenthesis the clause lies in, or -1. */
  scope: number;
}

export interface SentenceSyntax {
  /** Sentence index in the structure layer, and its character range. */
  index: number;
  start: number;
  end: number;
  toks: TaggedToken[];
  scopes: Scope[];
  /** Innermost parenthesis of each token, or -1. */
  parenOf: number[];
  /** Innermost quotation of each token, or -1. */
  quoteOf: number[];
  nps: NounPhrase[];
  /** Noun phrase of each token, or -1. */
  npAt: number[];
  vgs: VerbGroup[];
  /** Verb group of each token, or -1. */
  vgAt: number[];
  clauses: Clause[];
  /** Clause index of each token. */
  clauseOf: number[];
}
