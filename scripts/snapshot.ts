// What the pipeline gives on a fixed set of texts (the essay, six dev articles, eleven treaty passages), kept in
// test/snapshot/expected/ so that a change that alters results shows, item by item, in a readable diff.
// `npm test` compares (test/snapshot/snapshot.test.ts); when a change is meant, accept it with --save.
// Usage: node --import tsx scripts/snapshot.ts [--save] [NAME…]
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze } from "../src/pipeline.ts";
import type { Extraction } from "../src/schema.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
export const expectedDir = join(root, "test/snapshot/expected");

export interface SnapshotText {
  name: string;
  path: string;
}

/** The texts, in a fixed order: the essay, then test/fixtures/corpus/dev and treaties. */
export function snapshotTexts(): SnapshotText[] {
  const folder = (dir: string) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => ({ name: `${basename(dir)}-${f.replace(/\.txt$/, "")}`, path: join(root, dir, f) }));
  return [{ name: "essay", path: join(root, "examples/soviet-japanese-relations.txt") }, ...folder("test/fixtures/corpus/dev"), ...folder("test/fixtures/corpus/treaties")];
}

/**
 * The extraction as lines "layer<TAB>item JSON", one per item, the text itself left out. Items lose their own
 * ids and name other entities and events by what they are (entity "@Japan", event "@ASSAULT invaded@812"),
 * so one new entity near the start does not renumber, and so change, every later line.
 */
export function snapshotLines(x: Extraction): string[] {
  const names = new Map<string, string>();
  for (const e of x.entities) names.set(e.id, `@${e.label}`);
  for (const v of x.events) names.set(v.id, `@${v.type} ${v.trigger.text}@${v.trigger.start}`);
  const rename = (value: unknown): unknown => {
    if (typeof value === "string") return names.get(value) ?? value;
    if (Array.isArray(value)) return value.map(rename);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rename(v)]));
    return value;
  };
  const lines: string[] = [];
  for (const [layer, value] of Object.entries(x)) {
    if (layer === "text") continue;
    if (!Array.isArray(value)) {
      lines.push(`${layer}\t${JSON.stringify(value)}`);
      continue;
    }
    for (const item of value) {
      const own = item && typeof item === "object" && (layer === "entities" || layer === "events") ? Object.fromEntries(Object.entries(item).filter(([k]) => k !== "id")) : item;
      lines.push(`${layer}\t${JSON.stringify(rename(own))}`);
    }
  }
  return lines;
}

export function analyzeText(t: SnapshotText): string[] {
  return snapshotLines(analyze(readFileSync(t.path, "utf8"), { name: basename(t.path) }));
}

export function expectedLines(t: SnapshotText): string[] | null {
  const file = join(expectedDir, `${t.name}.jsonl`);
  return existsSync(file) ? readFileSync(file, "utf8").split("\n").filter(Boolean) : null;
}

export function saveLines(t: SnapshotText, lines: string[]): void {
  mkdirSync(expectedDir, { recursive: true });
  writeFileSync(join(expectedDir, `${t.name}.jsonl`), lines.join("\n") + "\n");
}

const MAX_SHOWN = 12;

/** Where an item is, to pair an item that changed with its earlier self: its span, its trigger's, or its name. */
function placeOf(item: any): string {
  if (item === null || typeof item !== "object") return JSON.stringify(item);
  if (typeof item.start === "number") return `${item.start}-${item.end}`;
  if (item.trigger) return `trigger ${item.trigger.start}-${item.trigger.end}`;
  if (item.mentions?.[0]) return `${item.label ?? item.name ?? ""} at ${item.mentions[0].start}`;
  return item.label ?? item.name ?? item.id ?? JSON.stringify(item);
}

const short = (value: unknown) => {
  const s = JSON.stringify(value) ?? "undefined";
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
};

/** The differences, layer by layer: items changed (field by field), gone and new. Empty when there is none. */
export function describeChanges(expected: string[], actual: string[]): string[] {
  const byLayer = (lines: string[]) => {
    const out = new Map<string, string[]>();
    for (const line of lines) {
      const tab = line.indexOf("\t");
      const layer = line.slice(0, tab);
      out.set(layer, [...(out.get(layer) ?? []), line.slice(tab + 1)]);
    }
    return out;
  };
  const before = byLayer(expected);
  const after = byLayer(actual);
  const report: string[] = [];
  for (const layer of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(layer) ?? [];
    const b = after.get(layer) ?? [];
    if (a.join("\n") === b.join("\n")) continue;
    const remaining = new Map<string, number>();
    for (const line of b) remaining.set(line, (remaining.get(line) ?? 0) + 1);
    const gone: string[] = [];
    for (const line of a) {
      const n = remaining.get(line) ?? 0;
      if (n > 0) remaining.set(line, n - 1);
      else gone.push(line);
    }
    const added = b.filter((line) => {
      const n = remaining.get(line) ?? 0;
      if (n > 0) remaining.set(line, n - 1);
      return n > 0;
    });
    if (gone.length === 0 && added.length === 0) {
      report.push(`${layer}: the same ${a.length} items in another order`);
      continue;
    }
    const newAt = new Map<string, any>();
    for (const line of added) newAt.set(placeOf(JSON.parse(line)), JSON.parse(line));
    const changed: string[] = [];
    const removed: string[] = [];
    for (const line of gone) {
      const old = JSON.parse(line);
      const place = placeOf(old);
      const now = newAt.get(place);
      if (now === undefined || typeof old !== "object" || old === null) {
        removed.push(`  - ${short(old)}`);
        continue;
      }
      newAt.delete(place);
      const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter((k) => JSON.stringify(old[k]) !== JSON.stringify(now[k]));
      changed.push(`  ~ ${place}: ${fields.map((k) => `${k} ${short(old[k])} → ${short(now[k])}`).join("; ")}`);
    }
    const fresh = [...newAt.values()].map((item) => `  + ${short(item)}`);
    report.push(`${layer}: ${a.length} → ${b.length} items (${changed.length} changed, ${removed.length} gone, ${fresh.length} new)`);
    for (const group of [changed, removed, fresh]) {
      report.push(...group.slice(0, MAX_SHOWN));
      if (group.length > MAX_SHOWN) report.push(`  … and ${group.length - MAX_SHOWN} more`);
    }
  }
  return report;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const save = process.argv.includes("--save");
  const only = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  let differ = 0;
  for (const t of snapshotTexts().filter((t) => only.length === 0 || only.includes(t.name))) {
    const actual = analyzeText(t);
    const expected = expectedLines(t);
    if (save) {
      saveLines(t, actual);
      continue;
    }
    const report = expected ? describeChanges(expected, actual) : ["no expected output yet (save it with --save)"];
    if (report.length === 0) continue;
    differ++;
    console.log(`${t.name}:\n  ${report.join("\n  ")}`);
  }
  if (save) console.log(`saved the expected output in ${expectedDir}`);
  else console.log(differ ? `${differ} text(s) differ; accept with: npm run snapshot -- --save` : "no differences");
  process.exitCode = differ ? 1 : 0;
}
