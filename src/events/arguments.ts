// Who acts (source), on whom (target), and where, read off the syntax layer's relations around a trigger.
// A verb takes its subject as source and its object (or a to/on/against/with/into phrase) as target; the passive
// swaps them ("X was invaded by Y": Y is the source). A noun takes actors from its premodifiers and possessor
// ("the Soviet attack", "Germany's declaration of war") and from its own prepositional phrases ("the invasion
// of Poland by Germany"), and across a support verb from that verb's subject ("the French and Germans held talks").
// A mediator ("X mediated between Y and Z") is the source and the two sides its targets, never parties.
import type { Entity, PloverType } from "../schema.ts";
import { grammarOf } from "../syntax/grammar.ts";
import { groupOf } from "../syntax/relations.ts";
import type { NounPhrase, VerbGroup } from "../syntax/types.ts";
import { modalityCues, triggerLexicon } from "./lexicon.ts";
import type { MentionRef, SentenceView } from "./sentence.ts";
import type { Trigger } from "./triggers.ts";
import { objectsOf } from "./triggers.ts";

export const ACTOR_KINDS = new Set(["state", "organization", "person", "group"]);
const SYMMETRIC_TYPES = new Set(["AGREE", "CONSULT", "COOPERATE", "ASSAULT"]);
const PARTY_TYPES = new Set(["AGREE", "CONSULT", "COOPERATE"]);
const TARGET_PREPS = new Set(["on", "against", "with", "to", "into", "toward", "towards", "upon", "at"]);
const NOUN_TARGET_PREPS = new Set(["on", "against", "with", "to", "of", "into", "toward", "towards", "upon"]);
const PERSONAL = new Set(["he", "she", "it", "they", "him", "her", "them"]);
const POSSESSIVE_TO_PERSONAL: Record<string, string> = { his: "he", her: "she", its: "it", their: "they" };

export interface Arguments {
  source: Entity[];
  target: Entity[];
  place: Entity | null;
  passive: boolean;
  /** A response to an event told before, named by a definite event noun ("acquiesced to these demands", "the demand was rejected"): that noun's type. */
  respondsTo?: PloverType;
}

export type Resolver = (pronoun: string, beforeToken: number) => Entity[];

const isActor = (e: Entity): boolean => ACTOR_KINDS.has(e.kind);
const isActorOrPlace = (e: Entity): boolean => isActor(e) || e.kind === "place";

function push(list: Entity[], e: Entity | null | undefined): void {
  if (e && !list.includes(e)) list.push(e);
}

/** The mentions of noun phrase m (not its possessor's): those whose last token lies in it ("Miners’ Union" belongs to "Union"). */
function mentionsOf(view: SentenceView, m: number, before = Infinity): MentionRef[] {
  const out: MentionRef[] = [];
  for (const ref of view.mentions) if (npOfMention(view, ref) === m && ref.first < before) out.push(ref);
  return out;
}

/** The noun phrase of a mention: the one holding its last word ("Japan’s" is in "Japan", not in "’s"). */
export function npOfMention(view: SentenceView, ref: MentionRef): number {
  for (let k = ref.last; k >= ref.first; k--) if (view.npAt[k] >= 0) return view.npAt[k];
  return -1;
}

/** A pronoun heading phrase m ("it", "they", "him"), resolved; null if the head is no such pronoun. */
function pronounOf(view: SentenceView, m: number, resolve: Resolver): Entity[] {
  const head = view.toks[view.nps[m].head];
  if (head.pos !== "PRON" || !PERSONAL.has(head.norm)) return [];
  const norm = head.norm === "him" ? "he" : head.norm === "them" ? "they" : head.norm === "her" ? "she" : head.norm;
  return resolve(norm, view.nps[m].head);
}

/**
 * The actors (and places) a noun phrase names: its mentions, or those of its appositive ("the Soviet Union’s
 * predecessor, the Russian Empire"), or its possessor's ("Perry's demands"), or the pronoun it is.
 */
export function actorsOfNp(view: SentenceView, m: number, resolve: Resolver, out: Entity[] = []): Entity[] {
  const np = view.nps[m];
  const appositives: Entity[] = [];
  for (let x = m + 1; x < view.nps.length; x++) if (view.nps[x].apposOf === m) for (const r of mentionsOf(view, x)) if (isActorOrPlace(r.entity)) push(appositives, r.entity);
  const coversHead = view.mentionAt[np.head] >= 0;
  if (appositives.length && !coversHead) {
    for (const e of appositives) push(out, e);
    return out;
  }
  if (np.possessor >= 0) actorsOfNp(view, np.possessor, resolve, out);
  const refs = mentionsOf(view, m);
  for (const r of refs) if (isActorOrPlace(r.entity)) push(out, r.entity);
  if (!refs.length) {
    for (const e of pronounOf(view, m, resolve)) push(out, e);
    const first = view.toks[np.from];
    if (grammarOf().memberNouns.has(view.toks[np.head].norm)) {
      // "its troops", "their governments": the possessive pronoun stands for who the phrase belongs to;
      // "the remaining members of the alliance": the of-phrase does.
      if (first.pos === "PRON" && POSSESSIVE_TO_PERSONAL[first.norm]) for (const e of resolve(POSSESSIVE_TO_PERSONAL[first.norm], np.from)) push(out, e);
      else if (out.length === 0) for (const x of ofPhrases(view, m)) for (const e of actorsOfNp(view, x, resolve)) if (isActor(e)) push(out, e);
    }
  }
  return out;
}

function actorsOfList(view: SentenceView, list: number[], resolve: Resolver): Entity[] {
  const out: Entity[] = [];
  for (const m of list) actorsOfNp(view, m, resolve, out);
  return out;
}

/** The subject of a verb group: its own phrases, or for a controlled verb the actors of the controlling noun. */
function subjectActors(view: SentenceView, vg: VerbGroup, resolve: Resolver): Entity[] {
  if (vg.subject.length) {
    const actors = actorsOfList(view, vg.subject, resolve).filter(isActorOrPlace);
    return actors.length ? actors : elaboration(view, vg);
  }
  if (vg.controllerNoun >= 0) {
    // "the Egyptian attempts to conquer", "a letter urging": the noun's premodifiers and possessor act …
    const noun = view.nps[vg.controllerNoun];
    const own = actorsOfNp(view, vg.controllerNoun, resolve).filter(isActor);
    // "a letter from Queen Victoria urging him": the author
    for (const x of nounPhrasesAfter(view, vg.controllerNoun)) if (view.toks[view.nps[x].prep]?.norm === "from" || view.toks[view.nps[x].prep]?.norm === "by") for (const e of actorsOfNp(view, x, resolve)) if (isActor(e)) push(own, e);
    if (own.length) return own;
    // … or whoever the noun's phrase belongs to: "sent a letter urging" (the sender)
    for (const w of view.vgs) if (w.objects.includes(vg.controllerNoun) && w.subject.length) return actorsOfList(view, w.subject, resolve).filter(isActor);
    void noun;
  }
  return [];
}

const COLLECTIVES = new Set(["nations", "states", "countries", "powers", "governments", "signatories", "parties", "members"]);

/**
 * A collective subject spelled out by a list after a colon or in a parenthesis of its clause: "the following nations
 * had deposited instruments of ratification: Afghanistan, Albania, …", "Eight further states joined (Persia, Greece, …)".
 */
function elaboration(view: SentenceView, vg: VerbGroup): Entity[] {
  if (!vg.subject.some((m) => COLLECTIVES.has(view.toks[view.nps[m].head].norm))) return [];
  const clause = view.clauseOf[vg.head];
  let from = -1;
  let to = view.toks.length;
  for (let k = vg.to; k < view.toks.length; k++) {
    if (view.toks[k].norm === ":" && view.clauseOf[k] === clause) {
      from = k + 1;
      break;
    }
  }
  if (from < 0) {
    const paren = view.scopes.find((sc) => sc.kind === "paren" && sc.from > vg.from && view.clauseOf[sc.from] === clause);
    if (!paren) return [];
    from = paren.from + 1;
    to = paren.to - 1;
  }
  const out: Entity[] = [];
  for (const ref of view.mentions) if (ref.first >= from && ref.last < to && isActor(ref.entity)) push(out, ref.entity);
  return out.length >= 2 ? out : [];
}

/** Prepositional phrases of a verb group with the actors they name, in order. */
function obliqueActors(view: SentenceView, vg: VerbGroup, resolve: Resolver): { prep: string; group: number; actors: Entity[] }[] {
  const out: { prep: string; group: number; actors: Entity[] }[] = [];
  for (const m of vg.obliques) {
    const np = view.nps[m];
    const prep = view.toks[np.prep].norm;
    const actors = actorsOfNp(view, m, resolve);
    // "gave in to almost all of Perry's demands": the of-phrase of a phrase that names no one
    if (!actors.some(isActor) && prep !== "of") for (const x of ofPhrases(view, m)) for (const e of actorsOfNp(view, x, resolve)) push(actors, e);
    const last = out[out.length - 1];
    if (last && last.group === np.group && last.prep === prep) {
      for (const e of actors) push(last.actors, e);
    } else out.push({ prep, group: np.group, actors });
  }
  return out;
}

/** The of-phrases hanging from noun phrase m ("the integrity | of the Ottoman Empire"), with their coordinations. */
function ofPhrases(view: SentenceView, m: number): number[] {
  const out: number[] = [];
  for (let x = m + 1; x < view.nps.length; x++) {
    const np = view.nps[x];
    if (np.after === m && np.prep >= 0 && view.toks[np.prep].norm === "of") for (const k of groupOf(view, x)) if (!out.includes(k)) out.push(k);
  }
  return out;
}

function verbArguments(view: SentenceView, trig: Trigger, resolve: Resolver): Arguments {
  const v = view.vgAt[trig.head];
  const entry = trig.entry;
  const source: Entity[] = [];
  const target: Entity[] = [];
  let place: Entity | null = null;
  if (v < 0) return { source, target, place, passive: false };
  const vg = view.vgs[v];
  const passive = vg.passive;
  const subject = subjectActors(view, vg, resolve);
  // Objects: the direct object's actors, or those of its of-phrase ("supported the integrity of the Ottoman Empire");
  // "intercepted and turned back Japanese naval forces": a transitive verb right before a conjunction shares the next verb's object.
  const objects: Entity[] = [];
  for (const m of objectsOf(view, v)) {
    if (view.toks[view.nps[m].head].pos === "PRON" && grammarOf().reflexivePronouns.has(view.toks[view.nps[m].head].norm)) continue;
    for (const e of actorsOfNp(view, m, resolve)) {
      if (e.kind === "place" && !place) place = e;
      if (isActor(e) || (e.kind === "place" && (entry.type === "ASSAULT" || entry.type === "COERCE"))) push(objects, e);
    }
  }
  if (!objects.some(isActor)) for (const m of objectsOf(view, v)) for (const x of ofPhrases(view, m)) for (const e of actorsOfNp(view, x, resolve)) if (isActor(e)) push(objects, e);
  const obliques = obliqueActors(view, vg, resolve);
  const agents = passive ? actorsOfList(view, vg.agent, resolve).filter(isActor) : [];

  if (entry.creates) objects.length = 0;
  // "called for an immediate evacuation of German troops": a request targets whoever is to do the requested act.
  if (entry.type === "REQUEST") {
    for (const m of [...vg.objects, ...vg.obliques.filter((x) => view.toks[view.nps[x].prep].norm === "for")]) {
      const inner = requestedAct(view, m, resolve);
      if (inner) {
        objects.length = 0;
        for (const e of inner) push(objects, e);
        break;
      }
    }
  }
  if (entry.theme) {
    // "Perry was sent with a fleet by President Fillmore": the force sent acts for the sender.
    for (const e of agents) push(source, e);
    for (const e of subject) push(source, e);
    if (!passive) for (const e of objects) if (isActor(e)) push(source, e);
    objects.length = 0;
  } else if (passive) {
    for (const e of agents) push(source, e);
    for (const e of subject) if (!source.includes(e)) push(target, e);
  } else for (const e of subject) push(source, e);

  // A recipient phrase wins over the object for verbs of giving ("cede the ex-Ottoman south-third … to Romania").
  const recipient = entry.recipient ? obliques.find((o) => o.prep === entry.recipient && o.actors.some(isActor)) : undefined;
  if (recipient) {
    for (const e of recipient.actors) if (isActor(e)) push(target, e);
  } else if (!passive || target.length === 0) {
    for (const e of objects) push(target, e);
  }
  if (!recipient && objects.length === 0) {
    for (const o of obliques) {
      const actors = o.actors.filter(isActor);
      if (o.prep === "by" || o.prep === "from" || o.prep === "of") continue;
      // "allied herself with Austria and Germany against France": the feared enemy is no party.
      if (o.prep === "against" && PARTY_TYPES.has(entry.type) && target.length) continue;
      if (o.prep === "between") {
        // "mediate between the Ethiopians and Italians": with a subject the two sides are targets, else parties.
        for (const e of actors) push(source.length ? target : source, e);
        if (actors.length) break;
        continue;
      }
      if (!TARGET_PREPS.has(o.prep) || !actors.length) continue;
      for (const e of actors) push(target, e);
      break;
    }
  }
  // "withdrew its troops from North Korea": a retreat is from someone.
  if (entry.type === "RETREAT" && target.every((e) => source.includes(e))) {
    for (const o of obliques) if (o.prep === "from") for (const e of o.actors) if (isActor(e) && !source.includes(e)) push(target, e);
    for (const m of vg.objects) for (const x of nounPhrasesAfter(view, m)) if (view.toks[view.nps[x].prep]?.norm === "from") for (const e of actorsOfNp(view, x, resolve)) if (isActor(e) && !source.includes(e)) push(target, e);
  }
  // "complained to the UN against the United States": the one complained against is a target too.
  if (entry.type === "ACCUSE" || entry.type === "PROTEST") for (const o of obliques) if (o.prep === "against") for (const e of o.actors) if (isActor(e)) push(target, e);
  // "A counter-attack by the forces of China defeated the Americans": an event noun's doer does what its clause says.
  if (source.length === 0 && !passive) {
    for (const m of vg.subject) {
      if (!triggerLexicon().nouns.has(view.toks[view.nps[m].head].norm)) continue;
      for (const x of nounPhrasesAfter(view, m)) if (view.toks[view.nps[x].prep]?.norm === "by") for (const e of actorsOfNp(view, x, resolve)) if (isActor(e)) push(source, e);
    }
  }
  // "offered to sell the railway to the Manchukuo government": a verb taking an infinitive takes that one's target.
  if (target.length === 0) {
    for (const w of view.vgs) {
      if (w.governor !== v || w.form !== "infinitive") continue;
      // "ordered the Seventh Fleet to protect Formosa": forces go to a place too
      for (const m of w.objects) for (const e of actorsOfNp(view, m, resolve)) if (isActor(e) || (entry.theme && e.kind === "place")) push(target, e);
      // "to force the opening of Japanese ports"
      if (target.length === 0) for (const m of w.objects) for (const x of ofPhrases(view, m)) for (const e of actorsOfNp(view, x, resolve)) if (isActor(e)) push(target, e);
      if (target.length === 0) for (const o of obliqueActors(view, w, resolve)) if (TARGET_PREPS.has(o.prep)) for (const e of o.actors) if (isActor(e)) push(target, e);
    }
  }
  // "demanded that Finland destroy the fortifications": a request's target is the subject of its that-clause;
  // "contacted the Finnish government demanding that …": else the addressee of the verb it goes with.
  if (target.length === 0 && (entry.type === "REQUEST" || entry.type === "THREATEN")) {
    for (const e of complementSubject(view, vg, resolve)) if (isActor(e)) push(target, e);
    if (target.length === 0 && vg.form !== "finite" && vg.subjectFrom === "control") {
      const main = view.vgs.find((w) => w.form === "finite" && w.subject === vg.subject && w.head < vg.head);
      if (main) for (const m of main.objects) for (const e of actorsOfNp(view, m, resolve)) if (isActor(e)) push(target, e);
      // "arrived in Japan asking for ports to be opened": the place arrived at, when it is a state
      if (main && target.length === 0) for (const o of obliqueActors(view, main, resolve)) if (o.prep === "in" || o.prep === "at" || o.prep === "to") for (const e of o.actors) if (isActor(e)) push(target, e);
    }
  }
  // "reversed its concessions to the Soviet Union by retaking the Karelian Isthmus": a means shares the target of the
  // event it is the means of.
  if (target.length === 0 && vg.form === "gerund" && vg.from > 0 && view.toks[vg.from - 1].norm === "by") {
    const main = view.vgs.find((w) => w.form === "finite" && w.head < vg.head && view.clauseOf[w.head] === view.clauseOf[vg.head]);
    if (main) {
      for (const m of main.objects) for (const e of actorsOfNp(view, m, resolve)) if (isActor(e) && !source.includes(e)) push(target, e);
      for (const o of obliqueActors(view, main, resolve)) if (TARGET_PREPS.has(o.prep)) for (const e of o.actors) if (isActor(e) && !source.includes(e)) push(target, e);
    }
  }
  // "an attack from Romania": with no subject, a from-phrase names the source.
  if (source.length === 0) {
    for (const m of vg.obliques) {
      const np = view.nps[m];
      // a from-phrase of the verb itself ("was expelled from the League"), not of a noun ("evacuation of troops from Belgium")
      if (view.toks[np.prep].norm !== "from" || np.after >= 0) continue;
      for (const e of actorsOfNp(view, m, resolve)) if (isActor(e)) push(source, e);
    }
  }
  // "The Treaty between Japan and the Soviet Union signed in 1925": the parties of an agentless agreement.
  if (source.length === 0 && target.length === 0 && SYMMETRIC_TYPES.has(entry.type)) {
    for (const m of vg.subject) for (const x of view.nps.keys()) if (view.nps[x].after === m && view.toks[view.nps[x].prep]?.norm === "between") for (const k of groupOf(view, x)) for (const e of actorsOfNp(view, k, resolve)) if (isActor(e)) push(source, e);
  }
  place ??= placeIn(obliques) ?? frontedPlace(view, vg, resolve);
  const args: Arguments = { source: source.filter(isActorOrPlace), target: target.filter((e) => !source.includes(e)), place, passive };
  if (args.target.length === 0 && RESPONSE_TYPES.has(entry.type)) {
    const candidates = passive ? vg.subject : [...vg.objects, ...vg.obliques.filter((m) => view.toks[view.nps[m].prep].norm === "to")];
    for (const m of candidates) {
      const type = definiteEventNoun(view, m, resolve);
      if (type) {
        args.respondsTo = type;
        break;
      }
    }
  }
  return args;
}

const RESPONSE_TYPES = new Set(["CONCEDE", "REJECT", "AGREE", "PROTEST", "ACCUSE"]);
const DEFINITE = new Set(["the", "these", "this", "that", "those", "such"]);

/** A definite noun phrase headed by an event noun that names no actor ("these demands", "the annexation"): its type. */
function definiteEventNoun(view: SentenceView, m: number, resolve: Resolver): PloverType | undefined {
  const np = view.nps[m];
  const det = view.toks[np.from];
  if (!DEFINITE.has(det.norm) || np.possessor >= 0) return undefined;
  if (actorsOfNp(view, m, resolve).some(isActor)) return undefined;
  for (const x of nounPhrasesAfter(view, m)) if (actorsOfNp(view, x, resolve).some(isActor)) return undefined;
  const entries = triggerLexicon().nouns.get(view.toks[np.head].norm);
  const type = entries?.find((e) => !e.with)?.type ?? entries?.[0]?.type;
  // one answers a demand, an ultimatum, an annexation; "approved the treaty" answers nothing
  return type && ANSWERABLE.has(type) ? type : undefined;
}

const ANSWERABLE = new Set(["REQUEST", "THREATEN", "ASSAULT", "COERCE", "SANCTION", "ACCUSE"]);

/** A place in a prepositional phrase before the verb in its clause ("In Vienna on June 9, 1815 Austria … signed"). */
function frontedPlace(view: SentenceView, vg: VerbGroup, resolve: Resolver): Entity | null {
  const clause = view.clauseOf[vg.head];
  let best: Entity | null = null;
  for (let m = 0; m < view.nps.length; m++) {
    const np = view.nps[m];
    if (np.to > vg.from || view.clauseOf[np.head] !== clause || np.prep < 0) continue;
    const prep = view.toks[np.prep].norm;
    if (prep === "of" || prep === "from" || prep === "by" || prep === "between") continue;
    const p = actorsOfNp(view, m, resolve).find((e) => e.kind === "place");
    if (p) best = p;
  }
  return best;
}

/** The actors of an event noun heading phrase m ("an immediate evacuation of German troops"): its doers, else its targets. */
function requestedAct(view: SentenceView, m: number, resolve: Resolver): Entity[] | null {
  const np = view.nps[m];
  const entries = triggerLexicon().nouns.get(view.toks[np.head].norm);
  if (!entries?.length) return null;
  const args = nounArguments(view, { entry: entries[0], head: np.head, last: np.head }, resolve);
  const actors = args.source.length ? args.source : args.target;
  return actors.some(isActor) ? actors.filter(isActor) : null;
}

/** The subject of a that-clause right after the verb group (or its object): "demanded that Finland destroy …". */
function complementSubject(view: SentenceView, vg: VerbGroup, resolve: Resolver): Entity[] {
  let k = vg.to;
  for (const m of vg.objects) k = Math.max(k, view.nps[m].to);
  while (k < view.toks.length && (view.toks[k].norm === "," || view.toks[k].pos === "ADV")) k++;
  if (k >= view.toks.length || view.toks[k].norm !== "that") return [];
  const c = view.clauseOf[k];
  if (view.clauses[c].from !== k) return [];
  const main = view.vgs.find((w) => w.form === "finite" && view.clauseOf[w.head] === c && w.subjectFrom === "own");
  return main ? actorsOfList(view, main.subject, resolve) : [];
}

function placeIn(obliques: { prep: string; actors: Entity[] }[]): Entity | null {
  for (const o of obliques) {
    if (o.prep === "of" || o.prep === "from" || o.prep === "by" || o.prep === "between") continue;
    const p = o.actors.find((e) => e.kind === "place");
    if (p) return p;
  }
  return null;
}

/** The prepositional phrases of noun phrase m, in a chain ("the signing | of the Treaty | of London | on 30 May"). */
export function nounPhrasesAfter(view: SentenceView, m: number): number[] {
  const chain = [m];
  for (let x = m + 1; x < view.nps.length; x++) {
    const np = view.nps[x];
    if (np.scope !== view.nps[m].scope) continue;
    const inChain = (np.after >= 0 && chain.includes(np.after)) || (np.group !== x && chain.includes(np.group));
    if (np.prep >= 0 && inChain) chain.push(x);
    else if (np.prep < 0 && np.group !== x && chain.includes(np.group)) chain.push(x);
  }
  return chain.slice(1);
}

/** The verb group whose object (or subject) noun phrase m is, with the role. */
function governingVerb(view: SentenceView, m: number): { vg: VerbGroup; role: "object" | "subject" } | null {
  const root = view.nps[m].group >= 0 ? view.nps[m].group : m;
  for (const vg of view.vgs) if (vg.objects.includes(m) || vg.objects.includes(root)) return { vg, role: "object" };
  for (const vg of view.vgs) if (vg.subjectFrom === "own" && (vg.subject.includes(m) || vg.subject.includes(root))) return { vg, role: "subject" };
  return null;
}

function nounArguments(view: SentenceView, trig: Trigger, resolve: Resolver): Arguments {
  const { toks } = view;
  const lex = triggerLexicon();
  const entry = trig.entry;
  const source: Entity[] = [];
  const target: Entity[] = [];
  let place: Entity | null = null;
  const m = view.npAt[trig.head];
  if (m < 0) return { source, target, place, passive: false };
  const np: NounPhrase = view.nps[m];
  // Premodifiers and the possessor: "the Soviet attack", "Germany's declaration of war", "the anti-Axis alliance".
  const premodifiers: Entity[] = [];
  if (np.possessor >= 0) actorsOfNp(view, np.possessor, resolve, premodifiers);
  for (const ref of mentionsOf(view, m, trig.head)) {
    const anti = (toks[ref.first - 1]?.norm === "-" && toks[ref.first - 2]?.norm === "anti") || /^anti-/i.test(toks[ref.first].text);
    if (anti && isActor(ref.entity)) push(target, ref.entity);
    else if (isActor(ref.entity)) push(premodifiers, ref.entity);
    else if (ref.entity.kind === "place" && !place) place = ref.entity;
  }
  // "its accession", "their signing": a possessive pronoun.
  const first = toks[np.from];
  if (first.pos === "PRON" && POSSESSIVE_TO_PERSONAL[first.norm] && np.from < trig.head) for (const e of resolve(POSSESSIVE_TO_PERSONAL[first.norm], np.from)) push(premodifiers, e);
  for (const e of premodifiers) push(entry.premodifier === "target" ? target : source, e);

  // The noun's own prepositional phrases, and those of a support verb it is the subject of ("a skirmish broke out between …").
  const phrases = nounPhrasesAfter(view, m);
  const governed = governingVerb(view, m);
  if (governed && governed.role === "subject" && lex.supportVerbs.has(toks[governed.vg.head].norm)) for (const x of governed.vg.obliques) if (!phrases.includes(x)) phrases.push(x);
  for (const x of phrases) {
    const p = view.nps[x];
    const prepAt = p.prep >= 0 ? p.prep : view.nps[p.group]?.prep ?? -1;
    if (prepAt < 0) continue;
    const prep = toks[prepAt].norm;
    for (const e of actorsOfNp(view, x, resolve)) {
      if (e.kind === "place") {
        if (!place && prep !== "between" && prep !== "of" && prep !== "from") place = e;
        if ((prep === "on" || prep === "against" || prep === "of" || prep === "into") && entry.type === "ASSAULT") push(target, e);
        continue;
      }
      if (!isActor(e)) continue;
      if (prep === "by" || prep === "from" || prep === "between" || prep === "among" || (prep === "of" && entry.ofAgent)) push(source, e);
      else if (NOUN_TARGET_PREPS.has(prep)) push(target, e);
    }
  }
  // "The Blockade of Germany was a naval operation conducted by the Allied Powers": the predicate's agent and phrases.
  if (governed && governed.role === "subject" && grammarOf().be.has(toks[governed.vg.head].norm) && source.length === 0) {
    for (const pred of governed.vg.objects) {
      for (const w of view.vgs) {
        if (w.form !== "participle" || !w.subject.includes(pred)) continue;
        for (const e of actorsOfList(view, w.agent, resolve)) if (isActor(e)) push(source, e);
      }
    }
  }
  // Across a support verb: "the French and Germans held talks", "the Allied forces launched the Hundred Days Offensive";
  // an experiencer verb's subject is the target: "Bulgaria … facing a surprise attack from Romania".
  if (governed) {
    const verb = toks[governed.vg.head].norm;
    const vg = governed.vg;
    if (governed.role === "object" && lex.experiencerVerbs.has(verb)) {
      for (const e of subjectActors(view, vg, resolve)) if (isActor(e) && !source.includes(e)) push(target, e);
    } else if (governed.role === "object" && lex.supportVerbs.has(verb) && source.length === 0) {
      const agents = vg.passive ? actorsOfList(view, vg.agent, resolve) : subjectActors(view, vg, resolve);
      for (const e of agents) if (isActor(e)) push(source, e);
      // "Allied troops entered Germany and began the occupation": the occupation is of what the verb before named.
      if (target.length === 0 && vg.coordinatedWith >= 0) {
        for (const x of view.vgs[vg.coordinatedWith].objects) for (const e of actorsOfNp(view, x, resolve)) if (isActor(e) && !source.includes(e)) push(target, e);
      }
    } else if (governed.role === "subject" && vg.passive && lex.supportVerbs.has(verb) && source.length === 0) {
      // "a treaty was signed by Lord Lansdowne and Hayashi Tadasu"
      for (const e of actorsOfList(view, vg.agent, resolve)) if (isActor(e)) push(source, e);
    }
  }
  return { source, target: target.filter((e) => !source.includes(e)), place, passive: false };
}

export function argumentsOf(view: SentenceView, trig: Trigger, resolve: Resolver): Arguments {
  const args = trig.entry.pos === "verb" ? verbArguments(view, trig, resolve) : nounArguments(view, trig, resolve);
  const orderer = ordererOf(view, trig, resolve).filter((e) => isActor(e) && !args.source.includes(e));
  if (orderer.length === 0) return args;
  return { ...args, source: [...orderer, ...args.source], target: args.target.filter((e) => !orderer.includes(e)) };
}

/**
 * Who ordered the act: the subject (or passive agent) of a command verb that governs the trigger's infinitive
 * ("Truman ordered the fleet to protect Formosa", "the troops were ordered by Hitler to withdraw") or takes its noun
 * as object ("Hitler responded by ordering the occupation of Vichy France").
 */
function ordererOf(view: SentenceView, trig: Trigger, resolve: Resolver): Entity[] {
  const commands = modalityCues().commandGovernors;
  let order: VerbGroup | null = null;
  if (trig.entry.pos === "verb") {
    const v = view.vgAt[trig.head];
    const vg = v >= 0 ? view.vgs[v] : null;
    if (vg && vg.form === "infinitive" && vg.governor >= 0) order = view.vgs[vg.governor];
  } else {
    const m = view.npAt[trig.head];
    const governed = m >= 0 ? governingVerb(view, m) : null;
    if (governed?.role === "object") order = governed.vg;
  }
  if (!order || !commands.has(view.toks[order.head].norm)) return [];
  return order.passive ? actorsOfList(view, order.agent, resolve) : subjectActors(view, order, resolve);
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
