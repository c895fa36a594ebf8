// Entities and treaties that several sections name, merged into one each: an entity by what it is (kind,
// Wikidata id, label, coordinates: the same gazetteer entry, city or name), a treaty by its entity and a signing
// date that does not conflict. Mentions are kept compactly (offsets and a role number; the text is the slice of
// the whole text) since a long text names its main actors hundreds of thousands of times.
import type { Entity, Mention, Treaty } from "../schema.ts";
import type { Relocation } from "./relocate.ts";

/** Mentions as offsets and role numbers; a mention that is not plainly its slice of the text is kept whole. */
class Mentions {
  private starts = new Int32Array(8);
  private ends = new Int32Array(8);
  private roles = new Uint16Array(8);
  private whole: Map<number, Mention> | undefined;
  length = 0;

  constructor(private readonly roleNames: RoleNames) {}

  push(m: Mention, text: string): void {
    if (this.length === this.starts.length) this.grow();
    const i = this.length++;
    this.starts[i] = m.start;
    this.ends[i] = m.end;
    this.roles[i] = this.roleNames.number(m.role);
    const plain = Object.keys(m).every((k) => k === "start" || k === "end" || k === "text" || k === "role");
    if (!plain || m.text !== text.slice(m.start, m.end)) (this.whole ??= new Map()).set(i, m);
  }

  get(i: number, text: string): Mention {
    const whole = this.whole?.get(i);
    if (whole) return whole;
    const role = this.roleNames.name(this.roles[i]);
    const m: Mention = { start: this.starts[i], end: this.ends[i], text: text.slice(this.starts[i], this.ends[i]) };
    // A mention made with a role key (even undefined) keeps it, as the entity layer writes it.
    if (role !== NO_ROLE_KEY) m.role = role;
    return m;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const grown = <T extends Int32Array | Uint16Array>(a: T, make: (n: number) => T) => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.starts = grown(this.starts, (n) => new Int32Array(n));
    this.ends = grown(this.ends, (n) => new Int32Array(n));
    this.roles = grown(this.roles, (n) => new Uint16Array(n));
  }
}

const NO_ROLE_KEY = Symbol("no role key");

/** Role strings numbered; 0 is a mention without a role key, 1 one whose role is undefined. */
class RoleNames {
  private readonly names: (string | undefined | typeof NO_ROLE_KEY)[] = [NO_ROLE_KEY, undefined];
  private readonly numbers = new Map<string, number>();

  number(role: string | undefined): number {
    if (role === undefined) return 1;
    let n = this.numbers.get(role);
    if (n === undefined) {
      n = this.names.length;
      this.names.push(role);
      this.numbers.set(role, n);
    }
    return n;
  }

  name(n: number): string | undefined | typeof NO_ROLE_KEY {
    return this.names[n];
  }
}

interface MergedEntity {
  id: string;
  label: string;
  kind: Entity["kind"];
  wikidata: string | null;
  coords?: [number, number];
  mentions: Mentions;
  memberOf?: string;
  country?: string;
  members?: string[];
}

const keyOf = (e: Entity) => `${e.kind}\u0000${e.wikidata ?? ""}\u0000${e.label}\u0000${e.coords?.join(",") ?? ""}`;

export class EntityMerger {
  private readonly byKey = new Map<string, MergedEntity>();
  private readonly counts = new Map<string, number>();
  private readonly roles = new RoleNames();

  /**
   * Adds a section's entities and returns the whole text's id of each of its entity ids. Treaty entities
   * that the treaty layer adds ("et1") are numbered apart from the entity layer's ("e1"), as in a whole text.
   */
  addSection(entities: Entity[], relocation: Relocation, text: string): Map<string, string> {
    const ids = new Map<string, string>();
    const merged = entities.map((e) => {
      const key = keyOf(e);
      let m = this.byKey.get(key);
      if (!m) {
        const prefix = /^[a-z]+/.exec(e.id)?.[0] ?? "e";
        const n = (this.counts.get(prefix) ?? 0) + 1;
        this.counts.set(prefix, n);
        m = { id: `${prefix}${n}`, label: e.label, kind: e.kind, wikidata: e.wikidata, mentions: new Mentions(this.roles) };
        if (e.coords) m.coords = e.coords;
        this.byKey.set(key, m);
      }
      ids.set(e.id, m.id);
      return m;
    });
    const global = (id: string) => ids.get(id) ?? id;
    entities.forEach((e, i) => {
      const m = merged[i];
      for (const mention of e.mentions) if (relocation.own(mention)) m.mentions.push(relocation.shift(mention), text);
      if (e.memberOf !== undefined && m.memberOf === undefined) m.memberOf = global(e.memberOf);
      if (e.country !== undefined && m.country === undefined) m.country = global(e.country);
      for (const member of e.members ?? []) {
        const id = global(member);
        if (!(m.members ??= []).includes(id)) m.members.push(id);
      }
    });
    return ids;
  }

  /** The merged entities in the order of a whole text's: the entity layer's by number, then the treaty layer's. */
  *entities(text: string): Generator<Entity> {
    const order = [...this.byKey.values()].sort((a, b) => rank(a.id) - rank(b.id) || number(a.id) - number(b.id));
    for (const m of order) {
      const mentions: Mention[] = new Array(m.mentions.length);
      for (let i = 0; i < m.mentions.length; i++) mentions[i] = m.mentions.get(i, text);
      const e: Entity = { id: m.id, label: m.label, kind: m.kind, wikidata: m.wikidata, mentions };
      if (m.coords) e.coords = m.coords;
      if (m.memberOf !== undefined) e.memberOf = m.memberOf;
      if (m.country !== undefined) e.country = m.country;
      if (m.members?.length) e.members = m.members;
      yield e;
    }
  }
}

const rank = (id: string) => (id.startsWith("et") ? 1 : 0);
/** The number an id ends in ("et12" → 12). */
function number(id: string): number {
  let k = id.length;
  while (k > 0 && id.charCodeAt(k - 1) >= 48 && id.charCodeAt(k - 1) <= 57) k--;
  return k < id.length ? Number(id.slice(k)) : 0;
}

/**
 * Treaties merged across sections: one of a later section joins the earlier treaty with the same entity whose
 * signing date does not differ from its own. Lists are joined, a missing value is taken from the later one.
 */
export class TreatyMerger {
  private readonly treaties: Treaty[] = [];
  private readonly byEntity = new Map<string, Treaty[]>();

  addSection(treaties: Treaty[], relocation: Relocation, entityIds: Map<string, string>): void {
    const ids = new Map<string, string>();
    const parts: [Treaty, unknown][] = [];
    for (const local of treaties) {
      // A treaty named only in the copied bibliography is the last section's.
      if (local.mentions.length > 0 && !local.mentions.some((m) => relocation.own(m))) continue;
      const t = relocate(local, relocation, entityIds) as Treaty;
      if ("partOf" in t) t.partOf = null;
      const same = t.entity === null ? undefined : this.byEntity.get(t.entity)?.find((u) => sameDate(u.signed, t.signed));
      if (same) {
        join(same, t);
        ids.set(local.id, same.id);
        parts.push([same, local.partOf]);
      } else {
        const created = { ...t, id: `t${this.treaties.length + 1}` };
        this.treaties.push(created);
        if (t.entity !== null) this.byEntity.set(t.entity, [...(this.byEntity.get(t.entity) ?? []), created]);
        ids.set(local.id, created.id);
        parts.push([created, local.partOf]);
      }
    }
    for (const [t, partOf] of parts) if (typeof partOf === "string" && ids.has(partOf) && !t.partOf) t.partOf = ids.get(partOf)!;
  }

  list(): Treaty[] {
    return this.treaties;
  }
}

/** Signing dates that do not conflict: unknown on one side, or one the more precise form of the other ("1905", "1905-09-05"). */
const sameDate = (a: string | null, b: string | null) => !a || !b || a.startsWith(b) || b.startsWith(a);

/** Joins a later section's reading of a treaty into the earlier one. */
function join(into: Treaty, from: Treaty): void {
  const target = into as Record<string, unknown>;
  for (const [key, value] of Object.entries(from)) {
    if (key === "id") continue;
    const have = target[key];
    if (key === "name") {
      if (value !== have) addAlias(into, value as string);
    } else if (Array.isArray(have) && Array.isArray(value)) {
      const seen = new Set(have.map((x) => JSON.stringify(x)));
      for (const x of value) if (!seen.has(JSON.stringify(x))) have.push(x);
    } else if (have === null || have === undefined || (typeof have === "object" && !Array.isArray(have) && Object.keys(have).length === 0)) {
      target[key] = value;
    } else if (have === false && value === true) {
      target[key] = true;
    }
  }
}

function addAlias(t: Treaty, name: string): void {
  const aliases = ((t as Record<string, unknown>).aliases ??= []) as string[];
  if (!aliases.includes(name)) aliases.push(name);
}

/**
 * A section's treaty in the whole text's terms, read generically (the treaty object has many fields): every
 * object with a numeric start and end is a span, shifted, and dropped from its list when it lies past the
 * section's own text; a "citations" list holds citation indices; a string that is a section entity id is that
 * entity's id in the whole text.
 */
function relocate(value: unknown, r: Relocation, entityIds: Map<string, string>, key = ""): unknown {
  if (typeof value === "string") return entityIds.get(value) ?? value;
  if (Array.isArray(value)) {
    if (key === "citations" && value.every((v) => typeof v === "number")) return r.citations(value as number[]);
    return value.filter((v) => !isSpan(v) || r.own(v)).map((v) => relocate(v, r, entityIds));
  }
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = k === "id" || k === "partOf" ? v : relocate(v, r, entityIds, k);
  if (isSpan(value)) {
    out.start = value.start + r.at;
    out.end = value.end + r.at;
  }
  return out;
}

function isSpan(v: unknown): v is { start: number; end: number } {
  return typeof v === "object" && v !== null && typeof (v as { start?: unknown }).start === "number" && typeof (v as { end?: unknown }).end === "number";
}
