// Treaties and the what-if reasoner against the gold: treaties found, with signing date and parties right;
// gold clauses typed (kind, article, secret); what-if scenarios right (expected obligations present, forbidden absent).
import type { EvalContext, EvalReport } from "../eval.ts";
import type { Extraction, Treaty } from "../../src/schema.ts";
import { whatif } from "../../src/reason/index.ts";

const norm = (s: unknown) => String(s ?? "").toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ").trim();

function actorKeys(gold: any, x: Extraction, id: string): Set<string> {
  const e = x.entities.find((en) => en.id === id);
  const keys = new Set<string>();
  if (!e) return keys;
  for (const [k, a] of Object.entries<any>(gold.actors)) {
    if ((e.wikidata && a.qids.includes(e.wikidata)) || a.labels.some((l: string) => norm(l) === norm(e.label))) keys.add(k);
  }
  return keys;
}

function matchTreaty(x: Extraction, g: any): Treaty | undefined {
  return x.treaties.find((t) => {
    const names = [t.name, ...((t as any).aliases ?? []), ...t.mentions.map((m) => x.text.slice(m.start, m.end))].map(norm);
    return g.names.some((n: string) => names.some((s) => s && (s.includes(norm(n)) || (norm(n).includes(s) && s.length > 6))));
  });
}

export default function treaties({ gold, extraction: x }: EvalContext): EvalReport {
  const lines: string[] = [];
  let found = 0;
  let right = 0;
  let clausesGold = 0;
  let clausesRight = 0;
  for (const g of gold.treaties ?? []) {
    const t = matchTreaty(x, g);
    if (!t) {
      lines.push(`missed ${g.id} ${g.names[0]}`);
      continue;
    }
    found++;
    const parties = new Set(t.parties.flatMap((p) => [...actorKeys(gold, x, p)]));
    const dateOk = g.date.length === 0 || g.date.includes(t.signed);
    const partiesOk = g.parties.every((p: string) => parties.has(p));
    if (dateOk && partiesOk) right++;
    else lines.push(`wrong ${g.id} ${t.name}: signed ${t.signed}, parties ${[...parties].join(",")}`);
    for (const c of g.clauses ?? []) {
      clausesGold++;
      const hit = t.clauses.find((k) => k.kind === c.kind && (c.article === undefined || k.article === c.article) && (c.secret === undefined || k.secret === c.secret));
      if (hit) clausesRight++;
      else lines.push(`clause missed ${g.id} ${c.kind}${c.article ? ` art. ${c.article}` : ""}`);
    }
  }
  const extra = x.treaties.filter((t) => !(gold.treaties ?? []).some((g: any) => matchTreaty({ ...x, treaties: [t] }, g)));
  for (const t of extra) lines.push(`extra ${t.id} ${t.name} (signed ${t.signed})`);

  const sameTreaty = (ref: { name: string }, id: string) =>
    (gold.treaties.find((g: any) => g.id === id)?.names ?? []).some((n: string) => norm(ref.name).includes(norm(n)) || norm(n).includes(norm(ref.name)));
  const partyIs = (p: { label: string; wikidata: string | null }, k: string) =>
    (p.wikidata && gold.actors[k].qids.includes(p.wikidata)) || gold.actors[k].labels.some((l: string) => norm(l) === norm(p.label));
  let pass = 0;
  const cases = gold.whatif ?? [];
  for (const w of cases) {
    try {
      const r = whatif(x, { attacker: gold.actors[w.attacker].labels[0], target: gold.actors[w.target].labels[0], date: w.date, unprovoked: w.provoked === false });
      const holds = (i: any) => r.obligations.some((o) => partyIs(o.party, i.party) && o.duty === i.duty && (!i.treaty || sameTreaty(o.treaty, i.treaty)));
      if (w.expect.every(holds) && !(w.not ?? []).some(holds)) pass++;
      else lines.push(`whatif ${w.id} wrong: ${r.obligations.map((o) => `${o.party.label} ${o.duty} (${o.treaty.name})`).join("; ")}`);
    } catch (e) {
      lines.push(`whatif ${w.id} failed: ${(e as Error).message}`);
    }
  }
  const n = (gold.treaties ?? []).length;
  lines.unshift(
    `treaties: found ${found}/${n}, date and parties right ${right}/${n}, ${x.treaties.length} in all (${extra.length} not in the gold)`,
    `clauses: ${clausesRight}/${clausesGold} gold clauses typed right; ${x.treaties.reduce((s, t) => s + t.clauses.length, 0)} clauses in all`,
    `whatif: ${pass}/${cases.length} scenarios right`,
  );
  return {
    area: "treaties",
    lines,
    figures: { treaties_found: found, treaties_right: right, treaties_gold: n, treaties_extra: extra.length, clauses_right: clausesRight, clauses_gold: clausesGold, whatif_pass: pass, whatif_cases: cases.length },
  };
}
