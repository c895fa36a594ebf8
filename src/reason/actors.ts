// ACTOR resolution for the reasoner: a Wikidata id (Q15180), or a name, alias or seat of government
// ("Soviet Union", "USSR", "Moscow"), resolved against the extraction's entities and, on the scenario's
// date, to the state that existed then (a predecessor or successor of the one named).
import { AnnalistError } from "../errors.ts";
import type { Entity, Extraction } from "../schema.ts";
import { stateMembers, type StateMember } from "../treaties/lexicon.ts";
import { memberValidAt, StateResolver } from "../treaties/states.ts";

const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").replace(/^the /, "").trim();
const ACTOR_KINDS = new Set(["state", "organization", "group"]);

export class Actors {
  readonly resolver: StateResolver;
  private readonly entities: Entity[];

  constructor(extraction: Extraction) {
    this.entities = extraction.entities.filter((e) => e.kind !== "treaty");
    this.resolver = new StateResolver(this.entities);
  }

  byId(id: string): Entity | undefined {
    return this.resolver.entity(id);
  }

  /** The entity an actor query stands for on a date, or a clear error listing the document's states. */
  resolve(query: string, date: string | null): Entity {
    const q = query.trim();
    if (!q) throw new AnnalistError("empty actor name", "USAGE");
    const own = this.byId(q);
    if (own && own.kind !== "treaty") return own;
    const found = /^Q\d+$/i.test(q) ? this.byWikidata(q.toUpperCase(), date) : this.byName(q, date);
    if (!found) {
      const known = this.entities.filter((e) => e.kind === "state").map((e) => e.wikidata ? `${e.label} (${e.wikidata})` : e.label);
      throw new AnnalistError(
        `unknown actor "${query}": no state of the document has that name or Wikidata id${known.length ? `; known states: ${known.join(", ")}` : " (the document names no states)"}`,
        "UNKNOWN_ACTOR",
      );
    }
    return this.onDate(found, date);
  }

  private byWikidata(qid: string, date: string | null): Entity | undefined {
    const direct = this.entities.filter((e) => e.wikidata === qid);
    if (direct.length > 0) return direct.find((e) => ACTOR_KINDS.has(e.kind)) ?? direct[0];
    const members = stateMembers.filter((m) => m.qids.includes(qid));
    return this.firstEntity(members, date);
  }

  private byName(name: string, date: string | null): Entity | undefined {
    const key = norm(name);
    const scored = this.entities
      .map((e) => ({
        e,
        score: (norm(e.label) === key ? 1000 : 0) + e.mentions.filter((m) => norm(m.text) === key).length,
      }))
      .filter((x) => x.score > 0)
      .sort((a, b) => Number(ACTOR_KINDS.has(b.e.kind)) - Number(ACTOR_KINDS.has(a.e.kind)) || b.score - a.score);
    const hit = scored[0]?.e;
    if (hit && ACTOR_KINDS.has(hit.kind)) return hit;
    // A place standing for its state ("Moscow", "Tokyo"): the state it belongs to, or whose seat it is.
    if (hit?.memberOf) {
      const owner = this.byId(hit.memberOf);
      if (owner) return owner;
    }
    return this.resolver.resolveWord(name, date, true) ?? hit;
  }

  private firstEntity(members: StateMember[], date: string | null): Entity | undefined {
    const ordered = [...members.filter((m) => memberValidAt(m, date)), ...members.filter((m) => !memberValidAt(m, date))];
    for (const m of ordered) {
      const e = this.resolver.entityFor(m);
      if (e) return e;
    }
    return undefined;
  }

  /** A state named on a date it did not exist is read as its predecessor or successor of that date, when the text has it. */
  private onDate(entity: Entity, date: string | null): Entity {
    if (!date) return entity;
    const member = this.resolver.memberOf(entity, date);
    if (!member || memberValidAt(member, date)) return entity;
    const lineage = stateMembers.filter((m) => m.country === member.country && m !== member);
    return this.firstEntity(lineage.filter((m) => memberValidAt(m, date)), date) ?? entity;
  }

  /** True when two entities stand for the same state (same id, same Wikidata id, or the same member of a lineage). */
  same(a: string, b: string, date: string | null = null): boolean {
    if (a === b) return true;
    const ea = this.byId(a);
    const eb = this.byId(b);
    if (!ea || !eb) return false;
    if (ea.wikidata && ea.wikidata === eb.wikidata) return true;
    const ma = this.resolver.memberOf(ea, date);
    const mb = this.resolver.memberOf(eb, date);
    return !!ma && ma === mb && ma.qids.length > 0;
  }

  /** `b` is `a`, or one of the members of the group `a` ("the Allies" for the United Kingdom). */
  covers(a: string, b: string, date: string | null = null): boolean {
    if (this.same(a, b, date)) return true;
    const members = (this.byId(a) as (Entity & { members?: string[] }) | undefined)?.members ?? [];
    return members.some((m) => this.same(m, b, date));
  }

  /** The country (lineage) an entity belongs to, on a date, or null: "Russia" for both the Russian Empire and the Soviet Union. */
  country(id: string, date: string | null = null): string | null {
    const e = this.byId(id);
    return e ? this.resolver.memberOf(e, date)?.country ?? null : null;
  }

  party(id: string): { id: string; label: string; wikidata: string | null } {
    const e = this.byId(id);
    return { id, label: e?.label ?? id, wikidata: e?.wikidata ?? null };
  }

  label(id: string): string {
    return this.byId(id)?.label ?? id;
  }
}
