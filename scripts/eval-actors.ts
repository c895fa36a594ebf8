// The ceiling the entity layer sets for events and treaties: for every gold event, whether each gold
// participant is mentioned in the event's sentence by an entity that stands for it (its Wikidata id or
// label, or through the state a person or unit acts for, `memberOf`); for every treaty of the ATOP dev
// set, whether each gold party is an entity of its text at all.
// Usage: node --import tsx scripts/eval-actors.ts [--verbose] [--gold-dir DIR --corpus-dir DIR]
import { readdirSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze } from "../src/pipeline.ts";
import type { Entity, Extraction } from "../src/schema.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const shared = `${root}../shared/`;
const verbose = process.argv.includes("--verbose");
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};

interface GoldActor {
  qids: string[];
  labels: string[];
}

const norm = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ").trim();
const read = (path: string) => readFileSync(path, "utf8").replace(/^\uFEFF/, "");

/** The gold actors an entity stands for, by id or label, with its memberOf state's actors and gold member_of. */
function actorKeys(e: Entity, byId: Map<string, Entity>, gold: { actors: Record<string, GoldActor>; member_of?: Record<string, string> }): Set<string> {
  const keys = new Set<string>();
  const direct = (x: Entity) => {
    for (const [k, a] of Object.entries(gold.actors)) {
      if ((x.wikidata && a.qids.includes(x.wikidata)) || a.labels.some((l) => norm(l) === norm(x.label))) keys.add(k);
    }
  };
  direct(e);
  if (e.memberOf && byId.has(e.memberOf)) direct(byId.get(e.memberOf)!);
  for (const k of [...keys]) if (gold.member_of?.[k]) keys.add(gold.member_of[k]);
  return keys;
}

function eventCeiling(name: string, gold: any, out: Extraction) {
  const byId = new Map(out.entities.map((e) => [e.id, e]));
  const keysOf = new Map(out.entities.map((e) => [e.id, actorKeys(e, byId, gold)]));
  let participants = 0;
  let mentioned = 0;
  let eventsFull = 0;
  const misses: string[] = [];
  for (const g of gold.events) {
    const sent = out.sentences.find((s) => s.start < g.end && g.start < s.end) ?? g;
    const present = new Set<string>();
    for (const e of out.entities) {
      if (!e.mentions.some((m) => m.start < sent.end && sent.start < m.end)) continue;
      for (const k of keysOf.get(e.id)!) present.add(k);
    }
    const missing = (g.participants as string[]).filter((p) => !present.has(p));
    participants += g.participants.length;
    mentioned += g.participants.length - missing.length;
    if (missing.length === 0) eventsFull++;
    else misses.push(`${g.id} missing ${missing.join(",")}: "${g.context.slice(0, 70)}"`);
  }
  return { name, events: gold.events.length, eventsFull, participants, mentioned, misses };
}

function treatyParties(gold: any, dir: string) {
  const rows: { file: string; found: number; parties: number; missing: string[] }[] = [];
  for (const t of gold.treaties) {
    const out = analyze(read(`${dir}/${t.file}`), { name: t.file });
    const missing: string[] = [];
    for (const p of t.parties) {
      const labels = [p.label, ...(p.alt_labels ?? [])].map(norm);
      const hit = out.entities.some((e) => (e.wikidata && p.qids.includes(e.wikidata)) || labels.includes(norm(e.label)));
      if (!hit) missing.push(p.label);
    }
    rows.push({ file: t.file, found: t.parties.length - missing.length, parties: t.parties.length, missing });
  }
  return rows;
}

const goldDir = arg("gold-dir", `${shared}gold/dev`);
const corpusDir = arg("corpus-dir", `${shared}corpus/dev`);
const texts = readdirSync(goldDir).filter((f) => f.endsWith(".json")).sort().map((f) => ({
  name: basename(f, ".json"), gold: `${goldDir}/${f}`, doc: `${corpusDir}/${basename(f, ".json")}.txt`,
}));
texts.push({ name: "essay", gold: `${shared}gold/seed-dev.json`, doc: `${root}examples/soviet-japanese-relations.txt` });

const totals = { events: 0, eventsFull: 0, participants: 0, mentioned: 0 };
console.log("event participants mentioned in the event's sentence (the ceiling for events):");
for (const t of texts) {
  const gold = JSON.parse(read(t.gold));
  const r = eventCeiling(t.name, gold, analyze(read(t.doc), { name: t.doc }));
  for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += r[k];
  console.log(`  ${t.name.padEnd(28)} participants ${r.mentioned}/${r.participants}, events with all ${r.eventsFull}/${r.events}`);
  if (verbose) for (const m of r.misses) console.log(`    ${m}`);
}
console.log(`  ${"total".padEnd(28)} participants ${totals.mentioned}/${totals.participants}, events with all ${totals.eventsFull}/${totals.events}`);

const treaties = treatyParties(JSON.parse(read(`${shared}gold/treaties-dev.json`)), `${shared}corpus/treaties`);
const tf = treaties.reduce((a, r) => a + r.found, 0);
const tp = treaties.reduce((a, r) => a + r.parties, 0);
console.log(`treaty parties found as entities of their text: ${tf}/${tp}`);
for (const r of treaties) if (r.missing.length) console.log(`  ${r.file}: missing ${r.missing.join(", ")}`);
console.log(JSON.stringify({ events: totals, treatyParties: { found: tf, parties: tp } }));
