// Entities against the gold actors: found (by Wikidata id or label, persons also standing for the
// state they act for), linked to an accepted Wikidata id, memberOf right, places with coordinates,
// and a listing of the entities left unlinked.
import type { EvalContext, EvalReport } from "../eval.ts";

const norm = (s: unknown) => String(s ?? "").toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ").trim();

export default function entities({ gold, extraction }: EvalContext): EvalReport {
  const lines: string[] = [];
  const ents = extraction.entities;
  const byId = new Map(ents.map((e) => [e.id, e]));
  const actors: Record<string, { qids: string[]; labels: string[] }> = gold.actors ?? {};
  const stands = (e: (typeof ents)[number], a: { qids: string[]; labels: string[] }) =>
    (e.wikidata !== null && a.qids.includes(e.wikidata)) || a.labels.some((l) => norm(l) === norm(e.label));

  let found = 0;
  let linked = 0;
  let withQid = 0;
  for (const [key, a] of Object.entries(actors)) {
    const hits = ents.filter((e) => stands(e, a));
    if (a.qids.length) withQid++;
    const isLinked = hits.some((e) => e.wikidata !== null && a.qids.includes(e.wikidata));
    if (hits.length) found++;
    if (a.qids.length && isLinked) linked++;
    const mentions = hits.reduce((n, e) => n + e.mentions.length, 0);
    if (!hits.length) lines.push(`missing ${key} (${a.labels[0]})`);
    else if (a.qids.length && !isLinked) lines.push(`unlinked ${key}: ${hits.map((e) => `${e.id} ${e.label} ${e.wikidata}`).join(", ")}`);
    else lines.push(`ok ${key}: ${hits.map((e) => `${e.id} ${e.label} ${e.wikidata ?? "-"}`).join(", ")} (${mentions} mentions)`);
  }

  let memberRight = 0;
  const memberOf: Record<string, string> = gold.member_of ?? {};
  for (const [person, state] of Object.entries(memberOf)) {
    const p = ents.find((e) => actors[person] && stands(e, actors[person]));
    const s = p?.memberOf ? byId.get(p.memberOf) : undefined;
    if (s && actors[state] && stands(s, actors[state])) memberRight++;
    else lines.push(`memberOf ${person} → ${state}: got ${s ? s.label : "none"}`);
  }

  const places = ents.filter((e) => e.kind === "place");
  const placed = places.filter((e) => e.coords).length;
  const unlinked = ents.filter((e) => e.wikidata === null);
  lines.unshift(
    `actors: ${found}/${Object.keys(actors).length} found, ${linked}/${withQid} linked to a gold QID, memberOf ${memberRight}/${Object.keys(memberOf).length}`,
    `entities: ${ents.length} (${ents.filter((e) => e.wikidata).length} with a Wikidata id), ${ents.reduce((n, e) => n + e.mentions.length, 0)} mentions; places with coordinates ${placed}/${places.length}`,
  );
  lines.push(`unlinked (${unlinked.length}): ${unlinked.map((e) => `${e.label} [${e.kind}]`).join("; ")}`);
  return {
    area: "entities",
    lines,
    figures: {
      actors: Object.keys(actors).length,
      found,
      qid_linked: linked,
      qid_gold: withQid,
      member_of: memberRight,
      entities: ents.length,
      unlinked: unlinked.length,
      places_with_coords: placed,
      places: places.length,
    },
  };
}
