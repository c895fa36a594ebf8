// The treaty lexicons of data/treaties/, read once and compiled into phrase sets.
import { readFileSync } from "node:fs";
import { PhraseSet } from "./phrases.ts";

const dataDir = new URL("../../data/treaties/", import.meta.url);
const read = (name: string): any => JSON.parse(readFileSync(new URL(name, dataDir), "utf8"));

export type HeadClass = "treaty" | "agreement" | "convention" | "protocol" | "declaration" | "truce" | "charter";
export type DutyKind = "neutral" | "assist" | "declare_war" | "not_aid" | "consult" | "no_separate_treaty" | "non_aggression";
export type ClauseKindName =
  | "defense" | "neutrality" | "mutual_assistance" | "non_aggression" | "non_aid" | "no_separate_treaty" | "consultation" | "status_quo" | "other";

export interface StateMember {
  label: string;
  qids: string[];
  labels: string[];
  adjectives: string[];
  from: string | null;
  until: string | null;
  seats: string[];
  country: string;
}

const lexicon = read("lexicon.json");
const events = read("events.json");
const clauses = read("clauses.json");
const states = read("states.json");

/** Plain lookups without a prototype, so that a word like "constructor" is not found in them. */
const table = <T>(o: Record<string, T>): Record<string, T> => Object.assign(Object.create(null), o);

export const heads = new Map<string, HeadClass>(Object.entries(lexicon.heads as Record<string, HeadClass>));
export const plurals = new Set<string>(lexicon.plurals);
export const anaphorClasses: Record<HeadClass, HeadClass[]> = table(lexicon.anaphorClasses);
export const genericModifiers = new Set<string>(lexicon.modifiers.generic);
export const distinctiveModifiers = new Set<string>((lexicon.modifiers.distinctive as string[]).map((w) => w.replace(/’/g, "'").replace(/-/g, "")));
export const definite = new Set<string>(lexicon.determiners.definite);
export const indefinite = new Set<string>(lexicon.determiners.indefinite);
export const windowSentences: number = lexicon.windowSentences;

export const cues = {
  conclude: new PhraseSet(events.conclude),
  propose: new PhraseSet(events.propose),
  refuse: new PhraseSet(events.refuse),
  extend: new PhraseSet(events.extend),
  negation: new PhraseSet(events.negation),
  denounce: new PhraseSet(events.denounce),
  expire: new PhraseSet(events.expire),
  partOf: new PhraseSet(events.partOf),
  secret: new PhraseSet(events.secret),
  duration: new PhraseSet(events.duration),
  renewable: new PhraseSet(events.renewable),
  pronounPredicates: new PhraseSet(events.pronounPredicates),
  entry: new PhraseSet(events.entry),
  ratify: new PhraseSet(events.ratify),
  join: new PhraseSet(events.join),
  member: new PhraseSet(events.member),
  hold: new PhraseSet(events.hold),
  negotiate: new PhraseSet(events.negotiate),
  undertake: new PhraseSet(events.undertake),
  relative: new PhraseSet(events.relative),
  relations: new PhraseSet(events.relations),
  anchors: new PhraseSet(events.anchors),
  end: new PhraseSet(events.end),
  endedWith: new PhraseSet(events.endedWith),
  warNouns: new PhraseSet(events.warNouns),
  cession: new PhraseSet(events.cession),
  termsOpeners: new PhraseSet(events.termsOpeners),
  termsVerbs: new PhraseSet(events.termsVerbs),
  stipulation: new PhraseSet(clauses.stipulation),
  continuation: new PhraseSet(clauses.continuation),
  conditional: new PhraseSet(clauses.conditional),
  other: new PhraseSet(clauses.other),
  attack: new PhraseSet(clauses.attack),
  region: new PhraseSet(clauses.region),
  hostilities: new PhraseSet(clauses.hostilities),
  unprovoked: new PhraseSet(clauses.unprovoked),
  thirdParty: new PhraseSet(clauses.thirdParty),
  nonBelligerent: new PhraseSet(clauses.nonBelligerent),
  either: new PhraseSet(clauses.either),
  dutyOthers: new PhraseSet(clauses.dutyOthers),
  dutyAll: new PhraseSet(clauses.dutyAll),
};

export const numberWords: Record<string, number> = table(events.numbers);
export const durationUnits: Record<string, string> = table(events.units);

export interface ClauseKindCue {
  kind: ClauseKindName;
  does: DutyKind | null;
  cues: PhraseSet;
}
export const clauseKinds: ClauseKindCue[] = (clauses.kinds as { kind: ClauseKindName; does: DutyKind | null; cues: string[] }[]).map((k) => ({
  kind: k.kind,
  does: k.does,
  cues: new PhraseSet(k.cues),
}));
export const impliedClauses: Record<string, { kind: ClauseKindName; does: DutyKind; attacker: string; target: string; mode: "attacked" | "hostilities" }> =
  clauses.implied ?? {};

export const stateMembers: StateMember[] = (states.lineages as { country: string; members: Omit<StateMember, "country">[] }[]).flatMap((l) =>
  l.members.map((m) => ({ ...m, country: l.country })),
);

export const actorNouns = new Set<string>(lexicon.actorNouns);
export const gapWords = new Set<string>(lexicon.gapWords);
export const nonNames = new Set<string>(lexicon.nonNames);
export const namedOnly = new Set<string>(lexicon.namedOnly);
export const compoundNouns = new Set<string>(lexicon.compoundNouns);
export const namePrepositions = new Set<string>(lexicon.namePrepositions);
export const innerNameWords = new Set<string>(lexicon.innerNameWords);
export const typeWords = new Set<string>((lexicon.typeWords as string[]).map((w) => w.replace(/-/g, "")));
export const conditionalHeads = new Set<string>(lexicon.conditionalHeads);
export const aliasConnectors = new PhraseSet(lexicon.aliasConnectors);
export const copulas = new Set<string>(lexicon.copulas);
export const contrastModifiers = new Set<string>((lexicon.contrastModifiers as string[]).map((w) => w.replace(/-/g, "")));
export type RoleName = "target" | "mediator" | "witness" | "guarantor";
/** Words right before a state that make it the other side of an act ("to fight Austria", "against France"). */
/** Passive verbs whose by-agent is an instrument ending another ("nullified by the terms of the Armistice"). */
export const endingPassives = new Set<string>(events.endingPassives as string[]);
export const hostileWords = new Set<string>(events.hostileWords as string[]);
export const roleCues: { role: RoleName; cues: PhraseSet }[] = Object.entries(events.roles as Record<RoleName, string[]>).map(([role, list]) => ({
  role: role as RoleName,
  cues: new PhraseSet(list),
}));
export const signatoryNouns = new Set<string>(events.signatoryNouns);
export const actHead = new Set<string>(lexicon.actHead);
export const actModifiers = new Set<string>(lexicon.actModifiers);
export const commonNameWords = new Set<string>(lexicon.commonNameWords);
export const unilateralTopics = new Set<string>(lexicon.unilateralTopics);
export const assemblyModifiers = new Set<string>(lexicon.assemblyModifiers);
export const restrictedHeads = new Set<string>(lexicon.restrictedHeads);
export const withDescriptionVerbs = new Set<string>(lexicon.withDescriptionVerbs);
export const headsNeedingModifier = new Map<string, Set<string>>(Object.entries(lexicon.headsNeedingModifier as Record<string, string[]>).map(([h, list]) => [h, new Set(list)]));
