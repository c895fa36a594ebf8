// Predicate–argument structure around a trigger: who acts (source), on whom (target), and where.
// Subjects, objects and prepositional attachments are read off the tagged clause; passive voice swaps
// the roles ("X was invaded by Y": Y is the source); nominal triggers take their actors from
// premodifiers ("the Soviet attack") and from by/between/on/against phrases ("a skirmish … between Soviet and Manchukuo forces").
import type { Entity } from "../schema.ts";
import type { MentionRef, SentenceView } from "./sentence.ts";
import type { Trigger } from "./triggers.ts";

export const ACTOR_KINDS = new Set(["state", "organization", "person", "group"]);
const BE = new Set(["be", "is", "are", "was", "were", "been", "being", "'s"]);
const NP_INNER = new Set(["DET", "ADJ", "PART", "ADV"]);
const PRONOUNS: Record<string, string[]> = {
  he: ["person"],
  she: ["state", "person"],
  it: ["state", "organization"],
  they: ["group", "state", "organization"],
};
const QUOTES_AND_HYPHENS = new Set(["-", "“", "”", "\"", "‘", "’"]);
const RELATIVES = new Set(["who", "that", "which"]);

export interface Arguments {
  source: Entity[];
  target: Entity[];
  place: Entity | null;
  /** Subject of a passive, or agent-less passive: for the modality and dating steps. */
  passive: boolean;
}

/** The preposition whose phrase holds mention m (coordination crossed: "between Soviet and Manchukuo forces"), or null. */
export function prepositionOf(view: SentenceView, m: MentionRef): string | null {
  const { toks } = view;
  let afterConj = false;
  const clauseStart = view.clauses[view.clauseOf[m.first]].from;
  for (let k = m.first - 1; k >= clauseStart && k >= m.first - 14; k--) {
    const t = toks[k];
    if (t.pos === "ADP" || (t.norm === "to" && t.pos === "PART")) return t.norm;
    if (t.pos === "CCONJ" || t.norm === ",") {
      afterConj = true;
      continue;
    }
    if (NP_INNER.has(t.pos) || QUOTES_AND_HYPHENS.has(t.norm)) continue;
    const inOther = view.mentions.some((o) => o !== m && o.first <= k && k <= o.last);
    if (inOther && afterConj) {
      afterConj = false;
      continue;
    }
    return null;
  }
  return null;
}

function isActor(e: Entity): boolean {
  return ACTOR_KINDS.has(e.kind);
}

/** First finite verb of the clause: a verb or auxiliary not inside an infinitive or a prepositional gerund. */
export function mainVerb(view: SentenceView, from: number, to: number): number {
  const { toks } = view;
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t.pos !== "VERB" && t.pos !== "AUX") continue;
    const prev = toks[k - 1];
    if (prev && (prev.norm === "to" || prev.pos === "ADP" || (prev.pos === "SCONJ" && k - 1 !== from))) continue;
    if (t.norm.endsWith("ing") && t.pos === "VERB" && prev?.norm === ",") continue;
    return k;
  }
  return to;
}

function mentionsBetween(view: SentenceView, from: number, to: number): MentionRef[] {
  return view.mentions.filter((m) => m.first >= from && m.last < to);
}

export function isPassive(view: SentenceView, trig: Trigger): boolean {
  const { toks } = view;
  if (trig.entry.pos !== "verb") return false;
  const head = toks[trig.head];
  if (!/(ed|en|wn|ld|nt|ht|ne|un)$/.test(head.norm)) return false;
  for (let k = trig.head - 1; k >= 0 && k >= trig.head - 4; k--) {
    const t = toks[k];
    if (BE.has(t.norm)) return true;
    if (t.pos !== "ADV" && t.pos !== "PART") break;
  }
  const next = toks[trig.last + 1];
  return next?.norm === "by" && toks[trig.head - 1]?.pos !== "AUX";
}

export interface Resolver {
  (pronoun: string, beforeToken: number): Entity | null;
}

/** Actors of the subject zone of a clause (the noun phrases before its main verb, outside prepositional phrases). */
function subjectActors(view: SentenceView, clauseIndex: number, resolve: Resolver): Entity[] {
  const clause = view.clauses[clauseIndex];
  const verb = mainVerb(view, clause.from, clause.to);
  const out: Entity[] = [];
  for (const m of mentionsBetween(view, clause.from, verb)) {
    if ((isActor(m.entity) || m.entity.kind === "place") && prepositionOf(view, m) === null) out.push(m.entity);
  }
  if (out.length) return out;
  for (let k = clause.from; k < verb; k++) {
    const t = view.toks[k];
    if (t.pos === "PRON" && PRONOUNS[t.norm]) {
      const e = resolve(t.norm, k);
      if (e) return [e];
    }
  }
  // A subject relative clause ("…, who preferred") takes the actor just before it.
  const first = view.toks[clause.from];
  if (first && RELATIVES.has(first.norm)) {
    const before = view.mentions.filter((m) => m.last < clause.from && m.last >= clause.from - 3 && isActor(m.entity));
    if (before.length) return [before[before.length - 1].entity];
  }
  return [];
}

/** End of the object zone: the next finite verb after the trigger in the clause, or the clause end. */
function objectZoneEnd(view: SentenceView, trig: Trigger): number {
  const { toks } = view;
  const clause = view.clauses[view.clauseOf[trig.head]];
  for (let k = trig.last + 1; k < clause.to; k++) {
    const t = toks[k];
    if ((t.pos === "VERB" || t.pos === "AUX") && toks[k - 1]?.norm !== "to" && !(t.pos === "AUX" && toks[k + 1]?.pos === "VERB" && toks[k - 1]?.norm === "to")) {
      if (toks[k - 1]?.norm === "to" || toks[k - 2]?.norm === "to") continue;
      return k;
    }
  }
  return clause.to;
}

const SOURCE_PREPS = new Set(["by", "from"]);
const SYMMETRIC_PREPS = new Set(["between", "among"]);

function push(list: Entity[], e: Entity): void {
  if (!list.includes(e)) list.push(e);
}

function placeNear(view: SentenceView, trig: Trigger, exclude: Set<Entity>): Entity | null {
  const clause = view.clauses[view.clauseOf[trig.head]];
  let best: Entity | null = null;
  let bestDist = Infinity;
  for (const m of view.mentions) {
    if (m.entity.kind !== "place" || exclude.has(m.entity) || m.first < clause.from || m.last >= clause.to) continue;
    const prep = prepositionOf(view, m);
    if (prep === null && m.first > trig.last) continue;
    const d = Math.abs(m.first - trig.head);
    if (d < bestDist) {
      best = m.entity;
      bestDist = d;
    }
  }
  return best;
}

function verbArguments(view: SentenceView, trig: Trigger, resolve: Resolver): Arguments {
  const clauseIndex = view.clauseOf[trig.head];
  const passive = isPassive(view, trig);
  const subject = subjectActors(view, clauseIndex, resolve).filter((e) => !(passive && e.kind === "place"));
  const zoneEnd = objectZoneEnd(view, trig);
  const source: Entity[] = [];
  const target: Entity[] = [];
  let place: Entity | null = null;
  const agents: Entity[] = [];
  for (const m of mentionsBetween(view, trig.last + 1, zoneEnd)) {
    const e = m.entity;
    const prep = prepositionOf(view, m);
    if (e.kind === "place") {
      if (prep === null && !place) {
        place = e;
        if (trig.entry.type === "ASSAULT" || trig.entry.type === "COERCE") push(target, e);
      } else if (!place && prep !== "of" && prep !== "by") place = e;
      continue;
    }
    if (!isActor(e)) continue;
    if (prep === "by") push(agents, e);
    else if (prep === "from" && subject.length === 0) push(source, e);
    else push(target, e);
  }
  if (passive) {
    for (const e of agents) push(source, e);
    for (const e of subject) if (!source.includes(e)) push(target, e);
  } else {
    for (const e of subject) push(source, e);
    for (const e of agents) if (!source.includes(e)) push(target, e);
  }
  place ??= placeNear(view, trig, new Set([...source, ...target]));
  return { source, target: target.filter((e) => !source.includes(e)), place, passive };
}

/** Start of the noun phrase that a noun trigger heads (its determiners and premodifiers). */
function npStart(view: SentenceView, head: number): number {
  let k = head - 1;
  while (k >= 0) {
    const t = view.toks[k];
    const inMention = view.mentions.some((m) => m.first <= k && k <= m.last);
    if (t.pos === "DET" || t.pos === "ADJ" || t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "NUM" || t.pos === "PART" || t.norm === "-" || inMention) k--;
    else break;
  }
  return k + 1;
}

const NOMINAL_WINDOW = 20;

function nounArguments(view: SentenceView, trig: Trigger): Arguments {
  const clause = view.clauses[view.clauseOf[trig.head]];
  const source: Entity[] = [];
  const target: Entity[] = [];
  let place: Entity | null = null;
  const from = npStart(view, trig.head);
  for (const m of mentionsBetween(view, from, trig.head)) {
    if (isActor(m.entity)) push(source, m.entity);
    else if (m.entity.kind === "place" && !place) place = m.entity;
  }
  const end = Math.min(clause.to, trig.last + 1 + NOMINAL_WINDOW);
  for (const m of mentionsBetween(view, trig.last + 1, end)) {
    const prep = prepositionOf(view, m);
    const e = m.entity;
    if (prep === null) continue;
    if (e.kind === "place") {
      if (!place && prep !== "between") place = e;
      if (prep === "on" || prep === "against" || prep === "of") {
        if (trig.entry.type === "ASSAULT") push(target, e);
      }
      continue;
    }
    if (!isActor(e)) continue;
    if (SOURCE_PREPS.has(prep) || SYMMETRIC_PREPS.has(prep)) push(source, e);
    else if (prep === "on" || prep === "against" || prep === "with" || prep === "to" || prep === "of" || prep === "into" || prep === "toward" || prep === "towards") push(target, e);
  }
  return { source, target: target.filter((e) => !source.includes(e)), place, passive: false };
}

export function argumentsOf(view: SentenceView, trig: Trigger, resolve: Resolver): Arguments {
  return trig.entry.pos === "verb" ? verbArguments(view, trig, resolve) : nounArguments(view, trig);
}

/** Actor lists with the states that people and units act for ("memberOf") added after them. */
export function withMemberOf(list: Entity[], byId: Map<string, Entity>): string[] {
  const ids: string[] = [];
  for (const e of list) {
    if (!ids.includes(e.id)) ids.push(e.id);
    if (e.memberOf && byId.has(e.memberOf) && !ids.includes(e.memberOf)) ids.push(e.memberOf);
  }
  return ids;
}
