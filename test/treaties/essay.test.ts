import { test } from "node:test";
import assert from "node:assert/strict";
import { essayExtraction, gold } from "../helpers.ts";
import type { Extraction, Treaty } from "../../src/schema.ts";

const norm = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ").trim();

function actorKeys(x: Extraction, id: string): string[] {
  const e = x.entities.find((en) => en.id === id);
  if (!e) return [];
  return Object.entries<any>(gold.actors)
    .filter(([, a]) => (e.wikidata && a.qids.includes(e.wikidata)) || a.labels.some((l: string) => norm(l) === norm(e.label)))
    .map(([k]) => k);
}

function findGold(x: Extraction, g: any): Treaty | undefined {
  return x.treaties.find((t) => {
    const names = [t.name, ...((t as any).aliases ?? []), ...t.mentions.map((m) => x.text.slice(m.start, m.end))].map(norm);
    return g.names.some((n: string) => names.some((s) => s.includes(norm(n)) || (norm(n).includes(s) && s.length > 6)));
  });
}

test("finds every treaty of the essay's gold with its signing date and parties", { skip: !gold && "no gold" }, () => {
  const x = essayExtraction();
  const wrong: string[] = [];
  for (const g of gold.treaties) {
    const t = findGold(x, g);
    if (!t) {
      wrong.push(`${g.id} not found`);
      continue;
    }
    const parties = new Set(t.parties.flatMap((p) => actorKeys(x, p)));
    if (g.date.length > 0 && !g.date.includes(t.signed)) wrong.push(`${g.id} signed ${t.signed}`);
    for (const p of g.parties) if (!parties.has(p)) wrong.push(`${g.id} lacks party ${p}`);
  }
  assert.deepEqual(wrong, []);
});

test("types the essay's clauses as the gold does, secret protocols flagged", { skip: !gold && "no gold" }, () => {
  const x = essayExtraction();
  const missing: string[] = [];
  for (const g of gold.treaties.filter((t: any) => t.clauses)) {
    const t = findGold(x, g)!;
    for (const c of g.clauses) {
      const hit = t.clauses.find((k) => k.kind === c.kind && (c.article === undefined || k.article === c.article) && (c.secret === undefined || k.secret === c.secret));
      if (!hit) missing.push(`${g.id} ${c.kind}${c.article ? ` art. ${c.article}` : ""}`);
    }
  }
  assert.deepEqual(missing, []);
});

test("reads the Neutrality Pact's end: denounced on April 9, 1945 and expiring April 12, 1945", { skip: !gold && "no gold" }, () => {
  const x = essayExtraction();
  const t = findGold(x, gold.treaties.find((g: any) => g.end)) as Treaty & { denounced: string; expires: string };
  assert.equal(t.denounced, "1945-04-09");
  assert.equal(t.expires, "1945-04-12");
  assert.ok(gold.treaties.find((g: any) => g.end).end.includes(t.ends));
});

test("every clause of the essay cites the citation that closes its sentence", () => {
  const x = essayExtraction();
  const stated = x.treaties.flatMap((t) => t.clauses).filter((c) => c.source === "text");
  assert.ok(stated.length >= 10);
  for (const c of stated) {
    assert.ok(c.citations.length > 0, `no citation for "${x.text.slice(c.start, c.end)}"`);
    for (const i of c.citations) assert.ok(x.citations[i].start >= c.end - 1, "the citation follows the clause");
  }
});

test("treaty entities are added for treaties the entity layer did not name, with the treaty's mentions", () => {
  const x = essayExtraction();
  for (const t of x.treaties) {
    const e = x.entities.find((en) => en.id === t.entity);
    assert.ok(e, `no entity ${t.entity} for ${t.name}`);
    assert.equal(e.kind, "treaty");
  }
});
