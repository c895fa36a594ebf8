// Third-person pronouns the entity layer left unresolved ("it pursued", "against them"), resolved for the event
// layer. A subject pronoun continues the subject of the clause before it (centering: "Russia wanted access …;
// it pursued a pan-Slavic policy"), else of the sentence before; any other pronoun takes the nearest fitting name
// before it, and "they"/"them" the whole coordination that name belongs to ("Serbia and Greece … against them").
import type { Entity } from "../schema.ts";
import type { Resolver } from "./arguments.ts";
import type { SentenceView } from "./sentence.ts";

const KINDS: Record<string, string[]> = {
  he: ["person"],
  she: ["state", "person"],
  it: ["state", "organization"],
  they: ["group", "state", "organization"],
};
const ACTOR_KINDS = new Set(["state", "organization", "person", "group"]);

/** The entities named in noun phrase m (the mentions whose last word lies in it). */
function namedIn(view: SentenceView, m: number): Entity[] {
  const out: Entity[] = [];
  for (const ref of view.mentions) {
    let k = ref.last;
    while (k > ref.first && view.npAt[k] < 0) k--;
    if (view.npAt[k] === m && !out.includes(ref.entity)) out.push(ref.entity);
  }
  return out;
}

/** The actors of the nearest plural name before token `at`, with its coordination. */
function pluralNameBefore(view: SentenceView, at: number, fits: (e: Entity) => boolean): Entity[] {
  for (let k = view.mentions.length - 1; k >= 0; k--) {
    const ref = view.mentions[k];
    if (ref.last >= at || !fits(ref.entity)) continue;
    const m = npOf(view, ref.first, ref.last);
    if (ref.entity.kind !== "group" && !plural(view, m)) continue;
    const group = view.nps[m]?.group ?? -1;
    const members = view.nps.map((_, x) => x).filter((x) => x === m || (group >= 0 && view.nps[x].group === group));
    const all = members.flatMap((x) => namedIn(view, x)).filter((e) => ACTOR_KINDS.has(e.kind));
    return all.length ? [...new Set(all)] : [ref.entity];
  }
  return [];
}

function npOf(view: SentenceView, first: number, last: number): number {
  let k = last;
  while (k > first && view.npAt[k] < 0) k--;
  return view.npAt[k];
}

/** A plural noun phrase: coordinated, or with a plural head ("the Baltic states", "the Soviets"). */
function plural(view: SentenceView, m: number): boolean {
  if (m < 0) return false;
  const np = view.nps[m];
  if (np.group >= 0 && view.nps.some((x, k) => k !== m && x.group === np.group)) return true;
  const head = view.toks[np.head].norm;
  return head.endsWith("s") && !head.endsWith("ss") && head !== "its" && head !== "this";
}

/**
 * A resolver for the pronouns of one sentence. `recent` gives the actors of the last sentence before that named
 * any; `topic` the subject actors of the sentence before.
 */
export function pronounResolver(view: SentenceView, recent: () => Entity[], topic: Entity[]): Resolver {
  return (pronoun: string, at: number): Entity[] => {
    const kinds = KINDS[pronoun] ?? [];
    const fits = (e: Entity) => kinds.includes(e.kind);
    const own = view.npAt[at];
    const isSubject = own >= 0 && view.vgs.some((vg) => vg.subjectFrom === "own" && vg.subject.includes(own));
    if (isSubject) {
      // "they" prefers a plural subject, then a plural name ("Moscow turned to the Baltic states, demanding that they
      // …"), and only then a singular subject ("When the Soviet Union found out …, they broke off …").
      const passes = pronoun === "they" ? [true, false] : [false];
      for (const needPlural of passes) {
        for (let v = view.vgs.length - 1; v >= 0; v--) {
          const vg = view.vgs[v];
          if (vg.head >= at || vg.subject.includes(own) || vg.subjectFrom === "none" || vg.subjectFrom === "control" || !vg.subject.length) continue;
          if (needPlural && !vg.subject.some((m) => plural(view, m))) continue;
          const named = vg.subject.flatMap((m) => namedIn(view, m));
          // "a treaty … became necessary; it was signed": "it" is the thing, which is no actor.
          if (pronoun === "it" && !named.some(fits)) return [];
          const actors = named.filter(fits);
          if (actors.length) return pronoun === "they" ? actors : [actors[0]];
        }
        if (needPlural) {
          const group = pluralNameBefore(view, at, fits);
          if (group.length) return group;
        }
      }
      const fromTopic = topic.filter(fits);
      if (fromTopic.length) return pronoun === "they" ? fromTopic : [fromTopic[0]];
    }
    if (pronoun === "it") {
      // "it" takes the nearest thing named before it, and stands for an actor only if that thing is one.
      let near: Entity | undefined;
      for (const m of view.mentions) if (m.last < at) near = m.entity;
      near ??= recent()[recent().length - 1];
      return near && ["state", "organization", "place"].includes(near.kind) ? [near] : [];
    }
    // Not the subject of its own verb: "a letter from Queen Victoria urging him" is not Victoria.
    const excluded = new Set<Entity>();
    if (own >= 0) for (const vg of view.vgs) if (vg.objects.includes(own)) for (const m of vg.subject) for (const e of namedIn(view, m)) excluded.add(e);
    // "they"/"them" take the nearest plural phrase; when that names no actor ("his traditional enemies"), none.
    if (pronoun === "they") {
      for (let m = (own >= 0 ? own : view.nps.length) - 1; m >= 0; m--) {
        const np = view.nps[m];
        if (np.to > at || view.toks[np.head].pos === "PRON" || !plural(view, m)) continue;
        const named = namedIn(view, m).filter(fits);
        if (!named.length && np.group === m) return [];
        break;
      }
    }
    let nearest = -1;
    for (let k = 0; k < view.mentions.length; k++) {
      if (excluded.has(view.mentions[k].entity)) continue;
      const ref = view.mentions[k];
      if (ref.last >= at || !fits(ref.entity)) continue;
      if (pronoun === "they" && !plural(view, npOf(view, ref.first, ref.last)) && ref.entity.kind !== "group") continue;
      nearest = k;
    }
    if (nearest >= 0) {
      const ref = view.mentions[nearest];
      if (pronoun !== "they") return [ref.entity];
      // "they", "them": the whole coordination ("Serbia and Greece")
      let k = ref.last;
      while (k > ref.first && view.npAt[k] < 0) k--;
      const m = view.npAt[k];
      if (m >= 0) {
        const group = view.nps[m].group;
        const members = view.nps.map((_, x) => x).filter((x) => x === m || (group >= 0 && view.nps[x].group === group));
        const all = members.flatMap((x) => namedIn(view, x)).filter((e) => ACTOR_KINDS.has(e.kind));
        if (all.length) return [...new Set(all)];
      }
      return [ref.entity];
    }
    const earlier = recent();
    for (let k = earlier.length - 1; k >= 0; k--) if (fits(earlier[k])) return [earlier[k]];
    return [];
  };
}

/** The actors of the first subject in a parsed sentence that names any: the topic the next sentence continues. */
export function topicOf(view: SentenceView): Entity[] {
  for (const vg of view.vgs) {
    if (vg.subjectFrom !== "own") continue;
    const actors = vg.subject.flatMap((m) => namedIn(view, m)).filter((e) => ACTOR_KINDS.has(e.kind));
    if (actors.length) return actors;
  }
  return [];
}
