// The treaties binding a pair of states over time: signed, in force from/to (and why it ended), clause kinds.
// Treaties of a predecessor or successor state (the Russian Empire for the Soviet Union) are listed with a note.
import type { Extraction } from "../schema.ts";
import { Actors } from "./actors.ts";
import { endOf, previousDay } from "./status.ts";

type Party = { id: string; label: string; wikidata: string | null };
export interface Binding {
  treaty: { id: string; name: string };
  signed: string | null;
  /** "signed", or "proposed"/"refused" for instruments the text says were never concluded. */
  status: "signed" | "proposed" | "refused";
  inForceFrom: string | null;
  inForceTo: string | null;
  ended: string | null;
  clauses: string[];
  /** Set when a party is a predecessor or successor of the state asked for. */
  via: string[];
  evidence: { start: number; end: number };
}
export interface RelationsResult {
  pair: [Party, Party];
  treaties: Binding[];
}

export function relations(extraction: Extraction, a: string, b: string): RelationsResult {
  const actors = new Actors(extraction);
  const ea = actors.resolve(a, null);
  const eb = actors.resolve(b, null);
  const out: Binding[] = [];
  for (const t of extraction.treaties) {
    const x = t as typeof t & { refused?: { date: string | null }[]; proposed?: { date: string | null }[] };
    const via: string[] = [];
    const binds = (e: string) => {
      const exact = t.parties.find((p) => actors.same(p, e, t.signed));
      if (exact) return true;
      const kin = t.parties.find((p) => actors.country(p, t.signed) && actors.country(p, t.signed) === actors.country(e, t.signed));
      if (kin) via.push(`${actors.label(kin)} for ${actors.label(e)}`);
      return !!kin;
    };
    if (!binds(ea.id) || !binds(eb.id)) continue;
    const end = endOf(t);
    const status = t.signed ? "signed" : (x.refused ?? []).length > 0 ? "refused" : (x.proposed ?? []).length > 0 ? "proposed" : "signed";
    if (!t.signed && status === "signed") continue;
    out.push({
      treaty: { id: t.id, name: t.name },
      signed: t.signed,
      status,
      inForceFrom: t.signed,
      inForceTo: t.signed && end ? previousDay(end.day) : null,
      ended: t.signed && end ? end.why : null,
      clauses: [...new Set(t.clauses.map((c) => c.kind))],
      via,
      evidence: t.mentions[0] ?? { start: 0, end: 0 },
    });
  }
  const key = (b: Binding) => b.signed ?? "9999";
  out.sort((p, q) => (key(p) < key(q) ? -1 : key(p) > key(q) ? 1 : 0));
  return { pair: [actors.party(ea.id), actors.party(eb.id)], treaties: out };
}
