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
  /** Of the pair, those that joined after the signing, with their own date. */
  joined?: { party: string; label: string; date: string | null }[];
  /** Each clause with the sentence that states it (or the name it is read from) and its citations. */
  evidenceOfClauses?: { kind: string; source: string; start: number; end: number; quote: string; citations: number[] }[];
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
    // the pair is bound from the later of the signing, the entry into force and each one's own accession
    const joined = (t.accessions ?? []).filter((a) => actors.same(a.party, ea.id, t.signed) || actors.same(a.party, eb.id, t.signed)).map((a) => ({ party: a.party, label: actors.label(a.party), date: a.date }));
    const from = [t.signed, t.inForce ?? null, ...joined.map((j) => j.date)].filter((d): d is string => !!d).sort().pop() ?? t.signed;
    out.push({
      treaty: { id: t.id, name: t.name },
      signed: t.signed,
      status,
      joined,
      evidenceOfClauses: t.clauses.map((c) => ({ kind: c.kind, source: c.source ?? "text", start: c.start, end: c.end, quote: extraction.text.slice(c.start, c.end).replace(/\s+/g, " ").trim().slice(0, 200), citations: c.citations })),
      inForceFrom: from,
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
