// One readable line per answer, for `--format text`.
import type { RelationsResult } from "./relations.ts";
import type { WhatifAnswer } from "./whatif.ts";

export function whatifText(r: WhatifAnswer): string {
  const { attacker, target } = r.actors;
  const lines = [`If ${attacker.label} attacks ${target.label} on ${r.scenario.date}${r.scenario.provoked === false ? " (unprovoked)" : ""}:`];
  for (const o of r.obligations) lines.push(`  obligation: ${o.why}${cites(o.evidence)}`);
  for (const c of r.conditional) lines.push(`  conditional: ${c.why}`);
  for (const b of r.breaches) lines.push(`  breach: ${b.why}`);
  for (const n of r.notTriggered) lines.push(`  not triggered: ${n.why}`);
  for (const n of r.notInForce) lines.push(`  not in force: ${n.treaty.name}: ${n.why}`);
  for (const u of r.unknown) lines.push(`  unknown: ${u.why}`);
  if (r.obligations.length === 0 && r.breaches.length === 0 && r.conditional.length === 0) {
    lines.push(r.unknown.length > 0 ? "  no stated clause imposes an obligation; the text leaves the cases above open" : "  no treaty clause in the text imposes an obligation in this case");
  }
  return lines.join("\n");
}

function cites(evidence: { citations: number[] }[]): string {
  const all = [...new Set(evidence.flatMap((e) => e.citations))];
  return all.length > 0 ? ` [citation ${all.map((c) => `#${c}`).join(", ")}]` : "";
}

export function relationsText(r: RelationsResult): string {
  const [a, b] = r.pair;
  const lines = [`Treaties binding ${a.label} and ${b.label}:`];
  if (r.treaties.length === 0) lines.push("  none in the text");
  for (const t of r.treaties) {
    const span = t.status === "signed"
      ? `signed ${t.signed ?? "?"}, in force ${t.inForceFrom ?? "?"} to ${t.inForceTo ?? "(no end stated)"}${t.ended ? ` (${t.ended})` : ""}`
      : `${t.status}, never signed`;
    const kinds = t.clauses.length > 0 ? `; clauses: ${t.clauses.join(", ")}` : "";
    const via = t.via.length > 0 ? `; as ${t.via.join(", ")}` : "";
    const joined = (t.joined ?? []).map((j) => `; ${j.label} joined ${j.date ?? "(date not stated)"}`).join("");
    lines.push(`  ${t.treaty.name}: ${span}${kinds}${via}${joined}`);
    for (const c of t.evidenceOfClauses ?? []) lines.push(`    ${c.kind}${c.source === "name" ? " (read from the name)" : ""}: “${c.quote}”${c.citations.length ? ` [citation ${c.citations.map((n) => `#${n}`).join(", ")}]` : ""}`);
  }
  return lines.join("\n");
}
