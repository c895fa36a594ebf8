// Prints, per text, the treaty objects the pipeline produces: a count, then one line per object with its name,
// aliases, signing date, parties, other dated acts and clause duties, so that duplicates (two objects for one
// instrument) and objects that are no treaty can be checked by eye.
// Usage: node --import tsx scripts/treaty-objects.ts FILE|DIR... [--brief]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { analyze } from "../src/pipeline.ts";
import type { Extraction, Treaty } from "../src/schema.ts";

const args = process.argv.slice(2);
const brief = args.includes("--brief");
const paths = args.filter((a) => !a.startsWith("--"));
if (paths.length === 0) {
  console.error("usage: node --import tsx scripts/treaty-objects.ts FILE|DIR... [--brief]");
  process.exit(2);
}
const files = paths.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith(".txt")).sort().map((f) => join(p, f)) : [p]));

for (const file of files) {
  const out = analyze(readFileSync(file, "utf8"), { name: file });
  console.log(`${basename(file)}: ${out.treaties.length} treaty object${out.treaties.length === 1 ? "" : "s"}`);
  if (brief) continue;
  for (const t of out.treaties) console.log(`  ${describe(out, t)}`);
}

function describe(out: Extraction, t: Treaty): string {
  const label = (id: string) => out.entities.find((e) => e.id === id)?.label ?? id;
  const x = t as Treaty & Record<string, any>;
  const parts = [`${t.id} ${JSON.stringify(t.name)}`];
  const aliases = (x.aliases ?? []) as string[];
  if (aliases.length) parts.push(`aka ${aliases.map((a) => JSON.stringify(a)).join(", ")}`);
  parts.push(`signed ${t.signed ?? "-"}`);
  parts.push(`parties [${t.parties.map(label).join(", ")}]`);
  for (const role of (x.roles ?? []) as { role: string; entity: string }[]) parts.push(`${role.role} ${label(role.entity)}`);
  for (const a of (x.accessions ?? []) as { party: string; date: string | null }[]) parts.push(`accession ${label(a.party)} ${a.date ?? "-"}`);
  for (const k of ["inForce", "denounced", "expires", "terminated", "ends"]) if (x[k]) parts.push(`${k} ${x[k]}`);
  const duties = t.clauses.map((c) => `${c.kind}${c.duties?.length ? `:${c.duties.map((d) => d.does).join("+")}` : ""}${c.source === "name" ? "(name)" : ""}`);
  if (duties.length) parts.push(`clauses {${duties.join(", ")}}`);
  parts.push(`${t.mentions.length} mention${t.mentions.length === 1 ? "" : "s"}`);
  return parts.join("; ");
}
