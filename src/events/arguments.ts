// Predicate–argument structure around a trigger: who acts (source), on whom (target), and where.
// Subjects, objects and prepositional attachments are read off the tagged clause; passive voice swaps
// the roles ("X was invaded by Y": Y is the source); nominal triggers take their actors from
// premodifiers ("the Soviet attack") and from by/between/on/against phrases ("a skirmish … between Soviet and Manchukuo forces").
import type { Entity } from "../schema.ts";
import { triggerLexicon } from "./lexicon.ts";
import type { MentionRef, SentenceView } from "./sentence.ts";
import type { Trigger } from "./triggers.ts";

export const ACTOR_KINDS = new Set(["state", "organization", "person", "group"]);
const BE = new Set(["be", "is", "are", "was", "were", "been", "being"]);
const NP_INNER = new Set(["DET", "ADJ", "PART", "ADV", "NUM"]);
const QUOTES_AND_HYPHENS = new Set(["-", "“", "”", "\"", "‘", "’"]);
const PRONOUNS = new Set(["he", "she", "it", "they"]);
const RELATIVES = new Set(["who", "that", "which"]);
const SYMMETRIC_TYPES = new Set(["AGREE", "CONSULT", "COOPERATE", "ASSAULT"]);

export interface Arguments {
  source: Entity[];
  target: Entity[];
  place: Entity | null;
  passive: boolean;
}

export interface Attachment {
  /** The preposition's word, or null for a subject or direct object. */
  prep: string | null;
  /** Token index of the preposition (coordinated mentions share it), or -1. */
  at: number;
}

const NONE: Attachment = { prep: null, at: -1 };

/** Scans back over noun-phrase words from token k (exclusive of k+1…); returns the first token that is not one, or the mention it reached. */
function npLeft(view: SentenceView, k: number, floor: number): number {
  while (k >= floor) {
    const t = view.toks[k];
    if (view.mentionAt[k] >= 0 || NP_INNER.has(t.pos) || t.pos === "NOUN" || QUOTES_AND_HYPHENS.has(t.norm)) {
      if (view.mentionAt[k] >= 0) return k;
      k--;
    } else return k;
  }
  return k;
}

/** "…by Soviet forces, Manchukuo and Sakhalin had fallen": the mention and its conjuncts are followed by a verb. */
function subjectOfFollowingVerb(view: SentenceView, m: MentionRef): boolean {
  const { toks } = view;
  for (let k = m.last + 1; k < toks.length && k <= m.last + 12; k++) {
    const t = toks[k];
    if (t.pos === "VERB" || t.pos === "AUX") return true;
    if (view.mentionAt[k] >= 0 || t.pos === "CCONJ" || NP_INNER.has(t.pos) || t.pos === "NOUN" || QUOTES_AND_HYPHENS.has(t.norm)) continue;
    return false;
  }
  return false;
}

/**
 * The preposition whose phrase holds mention m, crossing coordination ("between Soviet and Manchukuo forces")
 * and apposition ("between Japan and the Soviet Union’s predecessor, the Russian Empire"); NONE for a subject or object.
 */
export function attachmentOf(view: SentenceView, m: MentionRef): Attachment {
  const { toks } = view;
  const clauseStart = view.clauses[view.clauseOf[m.first]].from;
  let afterConj = false;
  for (let k = m.first - 1; k >= clauseStart && k >= m.first - 20; k--) {
    const t = toks[k];
    if (t.pos === "ADP" || (t.norm === "to" && t.pos === "PART")) {
      if (k === clauseStart && view.clauses[view.clauseOf[k]].dependent) return NONE;
      return { prep: t.norm, at: k };
    }
    if (t.pos === "CCONJ") {
      afterConj = true;
      continue;
    }
    if (t.norm === ",") {
      if (subjectOfFollowingVerb(view, m)) return NONE;
      const j = npLeft(view, k - 1, clauseStart);
      if (j >= clauseStart && view.mentionAt[j] >= 0) {
        afterConj = true;
        continue;
      }
      return NONE;
    }
    // "In 1870 France declared": a number (a year, a day) closes the phrase before the subject.
    if (t.pos === "NUM" && /^\d/.test(t.text)) return NONE;
    if (NP_INNER.has(t.pos) || QUOTES_AND_HYPHENS.has(t.norm)) continue;
    const other = view.mentionAt[k];
    if (other >= 0 && view.mentions[other] !== m) {
      if (afterConj) {
        afterConj = false;
        continue;
      }
      // "the Soviet Union’s predecessor": a possessor inside the same noun phrase.
      if (toks[k + 1]?.pos === "PART") continue;
      return NONE;
    }
    if (t.pos === "NOUN" && afterConj) continue;
    return NONE;
  }
  return NONE;
}

export function prepositionOf(view: SentenceView, m: MentionRef): string | null {
  return attachmentOf(view, m).prep;
}

function isActor(e: Entity): boolean {
  return ACTOR_KINDS.has(e.kind);
}

/** First finite verb of the clause: not a gerund, not inside an infinitive or a prepositional phrase. */
export function mainVerb(view: SentenceView, from: number, to: number): number {
  const { toks } = view;
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t.pos !== "VERB" && t.pos !== "AUX") continue;
    const prev = toks[k - 1];
    if (prev && (prev.norm === "to" || prev.pos === "ADP" || (prev.pos === "SCONJ" && k - 1 !== from))) continue;
    if (t.pos === "VERB" && t.norm.endsWith("ing")) continue;
    // "Had Japan known, she …": an inverted conditional auxiliary is not the clause's verb.
    const next = toks[k + 1];
    if (t.norm === "had" && (!prev || prev.norm === "," || prev.pos === "CCONJ" || prev.pos === "ADV") && next && (next.pos === "PROPN" || next.pos === "DET" || next.pos === "PRON")) continue;
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
  if (!/(ed|en|wn|ld|nt|ht|ne|un|ut)$/.test(head.norm)) return false;
  for (let k = trig.head - 1; k >= 0 && k >= trig.head - 4; k--) {
    const t = toks[k];
    if (BE.has(t.norm)) return true;
    if (t.pos !== "ADV" && t.pos !== "PART") break;
  }
  const next = toks[trig.last + 1];
  return next?.norm === "by" && toks[trig.head - 1]?.pos !== "AUX";
}

export type Resolver = (pronoun: string, beforeToken: number) => Entity | null;

/** A noun phrase that is the object of a verb ("By supplying the Chinese …"): not a subject. */
function objectOfVerb(view: SentenceView, m: MentionRef): boolean {
  const from = view.clauses[view.clauseOf[m.first]].from;
  let k = m.first - 1;
  while (k >= from && (view.toks[k].pos === "DET" || view.toks[k].pos === "ADJ" || QUOTES_AND_HYPHENS.has(view.toks[k].norm))) k--;
  return k >= from && view.toks[k].pos === "VERB";
}

/** Actors of a noun phrase ending right before token `end` (with its coordinated members). */
function actorsEndingAt(view: SentenceView, end: number, requirePlain = false): Entity[] {
  if (end <= 0) return [];
  const at = view.mentionAt[end - 1];
  if (at < 0) return [];
  const m = view.mentions[at];
  const att = attachmentOf(view, m);
  if (att.at >= 0 && !requirePlain) {
    const group = view.mentions.filter((o) => o.last < end && o.first >= m.first - 12 && attachmentOf(view, o).at === att.at);
    return group.map((o) => o.entity).filter((e) => isActor(e) || e.kind === "place");
  }
  if (att.at >= 0) return [];
  return isActor(m.entity) || m.entity.kind === "place" ? [m.entity] : [];
}

/** Actors of the subject zone of a clause (the noun phrases before its main verb, outside prepositional phrases). */
function subjectActors(view: SentenceView, clauseIndex: number, resolve: Resolver): Entity[] {
  const resumes = view.clauses[clauseIndex].resumes;
  if (resumes !== undefined) return subjectActors(view, resumes, resolve);
  const clause = view.clauses[clauseIndex];
  const verb = mainVerb(view, clause.from, clause.to);
  const out: Entity[] = [];
  for (const m of mentionsBetween(view, clause.from, verb)) {
    if (!(isActor(m.entity) || m.entity.kind === "place")) continue;
    if (attachmentOf(view, m).prep !== null || objectOfVerb(view, m)) continue;
    if (!out.includes(m.entity)) out.push(m.entity);
  }
  if (out.length) return out;
  for (let k = clause.from; k < verb; k++) {
    const t = view.toks[k];
    if (t.pos === "PRON" && PRONOUNS.has(t.norm)) {
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

/** The subject of a verb inside an infinitive chain with its own subject ("forced Japan to decide", "allowing the Soviet Union to continue to supply"). */
function infinitiveSubject(view: SentenceView, head: number): Entity[] | null {
  const { toks } = view;
  let k = head - 1;
  let to = -1;
  while (k >= 0 && k >= head - 8) {
    if (toks[k].norm === "to" && toks[k].pos === "PART") {
      to = k;
      const before = toks[k - 1];
      if (before && (before.pos === "VERB" || before.pos === "ADJ" || before.pos === "AUX" || before.pos === "PART" || before.pos === "ADV")) {
        k -= 2;
        continue;
      }
      break;
    }
    if (toks[k].pos === "ADV" || toks[k].pos === "PART") {
      k--;
      continue;
    }
    if ((toks[k].pos === "VERB" || toks[k].pos === "AUX") && to === -1 && k === head - 1) {
      k--;
      continue;
    }
    break;
  }
  if (to < 0) return null;
  // "forced Japan to decide": the object of the verb above is the subject; a prepositional object is not.
  const actors = actorsEndingAt(view, to, true);
  return actors.length ? actors : null;
}

/** End of the object zone: the next finite verb after the trigger in the clause, or the clause end. */
function objectZoneEnd(view: SentenceView, trig: Trigger): number {
  const { toks } = view;
  const clause = view.clauses[view.clauseOf[trig.head]];
  let object = false;
  let preposition = false;
  for (let k = trig.last + 1; k < clause.to; k++) {
    const t = toks[k];
    if (t.pos === "ADP") preposition = true;
    else if (!preposition && (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON")) object = true;
    // "purchase arms from the Soviet Union to be employed against …": a purpose infinitive after the object ends it.
    if (object && t.norm === "to" && t.pos === "PART" && (toks[k + 1]?.pos === "VERB" || toks[k + 1]?.pos === "AUX")) return k;
    if (t.pos !== "VERB" && t.pos !== "AUX") continue;
    if (toks[k - 1]?.norm === "to" || toks[k - 2]?.norm === "to" && toks[k - 1]?.pos === "AUX") continue;
    return k;
  }
  return clause.to;
}

function push(list: Entity[], e: Entity): void {
  if (!list.includes(e)) list.push(e);
}

/** The place in a prepositional phrase of the trigger's clause (before `zoneEnd`) nearest the trigger. */
function placeNear(view: SentenceView, trig: Trigger, zoneEnd: number, exclude: Entity[]): Entity | null {
  const clause = view.clauses[view.clauseOf[trig.head]];
  let best: Entity | null = null;
  let bestDist = Infinity;
  for (const m of view.mentions) {
    if (m.entity.kind !== "place" || exclude.includes(m.entity) || m.first < clause.from || m.last >= zoneEnd) continue;
    const prep = prepositionOf(view, m);
    if (prep === null || prep === "of" || prep === "from") continue;
    const d = Math.abs(m.first - trig.head);
    if (d < bestDist) {
      best = m.entity;
      bestDist = d;
    }
  }
  return best;
}

function verbArguments(view: SentenceView, trig: Trigger, resolve: Resolver): Arguments {
  const { toks } = view;
  const clauseIndex = view.clauseOf[trig.head];
  const passive = isPassive(view, trig);
  const head = toks[trig.head];
  let subject: Entity[];
  const before = trig.head > 0 ? view.mentionAt[trig.head - 1] : -1;
  if (head.norm.endsWith("ing") && before >= 0) subject = actorsEndingAt(view, trig.head);
  else if (head.norm.endsWith("ing") && toks[trig.head - 1]?.pos === "NOUN") subject = [];
  else subject = infinitiveSubject(view, trig.head) ?? subjectActors(view, clauseIndex, resolve);
  const zoneEnd = objectZoneEnd(view, trig);
  const source: Entity[] = [];
  const target: Entity[] = [];
  const agents: Entity[] = [];
  let place: Entity | null = null;
  let targetGroup: number | null = null;
  for (const m of mentionsBetween(view, trig.head + 1, zoneEnd)) {
    const e = m.entity;
    const att = attachmentOf(view, m);
    const prep = att.prep;
    if (e.kind === "place") {
      if (prep === null && !place) {
        place = e;
        if (trig.entry.type === "ASSAULT" || trig.entry.type === "COERCE") push(target, e);
      } else if (!place && prep !== "of" && prep !== "by" && prep !== "from") place = e;
      continue;
    }
    if (!isActor(e)) continue;
    if (prep === "by") push(agents, e);
    else if (prep === "from") {
      if (subject.length === 0) push(source, e);
    } else if (targetGroup === null || targetGroup === att.at) {
      push(target, e);
      targetGroup = att.at;
    }
  }
  if (passive) {
    for (const e of agents) push(source, e);
    for (const e of subject) if (!source.includes(e)) push(target, e);
  } else {
    for (const e of subject) push(source, e);
    for (const e of agents) if (!source.includes(e)) push(target, e);
  }
  // "The Treaty between Japan and the Soviet Union signed in 1925": the parties of an agentless agreement.
  if (source.length === 0 && target.length === 0 && SYMMETRIC_TYPES.has(trig.entry.type)) {
    const clause = view.clauses[clauseIndex];
    for (const m of mentionsBetween(view, clause.from, clause.to)) if (isActor(m.entity) && prepositionOf(view, m) === "between") push(source, m.entity);
  }
  place ??= placeNear(view, trig, zoneEnd, [...source, ...target]);
  return { source: source.filter((e) => isActor(e) || e.kind === "place"), target: target.filter((e) => !source.includes(e)), place, passive };
}

/** Start of the noun phrase that a noun trigger heads (its determiners and premodifiers). */
export function npStart(view: SentenceView, head: number): number {
  let k = head - 1;
  while (k >= 0) {
    const t = view.toks[k];
    if (t.pos === "DET") return k;
    if (t.pos === "ADJ" || t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "NUM" || t.pos === "PART" || QUOTES_AND_HYPHENS.has(t.norm) || view.mentionAt[k] >= 0) k--;
    else break;
  }
  return k + 1;
}

const NOMINAL_WINDOW = 20;
const TARGET_PREPS = new Set(["on", "against", "with", "to", "of", "into", "toward", "towards", "upon"]);

function nounArguments(view: SentenceView, trig: Trigger): Arguments {
  const { toks } = view;
  const support = triggerLexicon().supportVerbs;
  const clause = view.clauses[view.clauseOf[trig.head]];
  const source: Entity[] = [];
  const target: Entity[] = [];
  let place: Entity | null = null;
  for (const m of mentionsBetween(view, npStart(view, trig.head), trig.head)) {
    // "the anti-Axis alliance": the Axis is what the alliance is against.
    const anti = toks[m.first - 1]?.norm === "-" && toks[m.first - 2]?.norm === "anti" || /^anti-/i.test(toks[m.first].text);
    if (anti && isActor(m.entity)) push(target, m.entity);
    else if (isActor(m.entity)) push(source, m.entity);
    else if (m.entity.kind === "place" && !place) place = m.entity;
  }
  let end = Math.min(clause.to, trig.last + 1 + NOMINAL_WINDOW);
  for (let k = trig.last + 1; k < end; k++) {
    if ((toks[k].pos === "VERB" || toks[k].pos === "AUX") && !support.has(toks[k].norm)) end = k;
    // "the Pearl Harbor attack and the involvement of the United States": a new noun phrase ends the trigger's.
    else if (toks[k].pos === "CCONJ" && toks[k + 1]?.pos === "DET" && toks[k + 2] && view.mentionAt[k + 2] < 0 && toks[k + 2].pos !== "ADJ") end = k;
  }
  for (const m of mentionsBetween(view, trig.last + 1, end)) {
    const prep = prepositionOf(view, m);
    const e = m.entity;
    if (prep === null) continue;
    if (e.kind === "place") {
      if (!place && prep !== "between" && prep !== "of" && prep !== "from") place = e;
      if ((prep === "on" || prep === "against" || prep === "of") && trig.entry.type === "ASSAULT") push(target, e);
      continue;
    }
    if (!isActor(e)) continue;
    if (prep === "by" || prep === "from" || prep === "between" || prep === "among" || (prep === "of" && trig.entry.ofAgent)) push(source, e);
    else if (TARGET_PREPS.has(prep)) push(target, e);
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
