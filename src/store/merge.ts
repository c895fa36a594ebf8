// Cross-document reasoning: the same real-world event or treaty reported by several documents becomes
// one merged record with all its evidence; where the documents disagree the values are kept side by side.
import { dayInterval, dayNumber, daysBetween, gapInDays, overlaps, parseDay, type DayInterval } from "../dates/index.ts";
import { normalizeLabel } from "./rows.ts";
import type { TreatiesRow } from "./tables.ts";

/** Two reports of one event may differ by this many days (a date misremembered, a time zone) and still be merged. */
export const SAME_EVENT_WINDOW_DAYS = 31;

export interface Evidence {
  document: string;
  documentName: string;
  /** The item's id inside its document (v12, t3). */
  item: string;
  start: number;
  end: number;
  text: string;
}

export interface ConflictValue {
  value: string;
  evidence: Evidence[];
}

export interface Conflict {
  kind: "event" | "treaty";
  /** The merged record the disagreement belongs to. */
  key: string;
  subject: string;
  field: string;
  values: ConflictValue[];
}

export interface EventRow {
  document: string;
  documentName: string;
  id: string;
  type: string;
  date: string | null;
  modality: string;
  sources: string[];
  targets: string[];
  start: number;
  end: number;
  evidence: string;
  quantities: { value: number; unit: string }[];
}

/** A stored treaty with what merging reads beside it: its document's name, first mention and evidence text. */
export type TreatyRow = Omit<TreatiesRow, "data"> & { documentName: string; start: number; end: number; evidence: string };

export interface MergedEvent {
  key: string;
  type: string;
  sources: string[];
  targets: string[];
  /** The most precise date the reports agree on, or the first reported when they disagree. */
  date: string | null;
  documents: string[];
  reports: (Evidence & { date: string | null; modality: string })[];
  conflicts: Conflict[];
}

export interface MergedTreaty {
  key: string;
  name: string;
  names: string[];
  entity: string | null;
  signed: string | null;
  ends: string | null;
  parties: string[];
  documents: string[];
  reports: (Evidence & { name: string; signed: string | null; ends: string | null; duration: string | null; parties: string[] })[];
  conflicts: Conflict[];
}

type Label = (key: string) => string;

const MERGEABLE_MODALITY = new Set(["asserted", "reported", "negated"]);

export function mergeEvents(rows: EventRow[], label: Label): MergedEvent[] {
  const groups = new Map<string, EventRow[]>();
  for (const row of rows) {
    const actors = [...row.sources, ...row.targets];
    const known = actors.length > 0 && actors.every((a) => !a.startsWith("local:"));
    const range = dayInterval(row.date);
    const key = known && range && MERGEABLE_MODALITY.has(row.modality)
      ? `${row.type}|${[...row.sources].sort().join(",")}|${row.sources.length ? "" : [...row.targets].sort().join(",")}`
      : `${row.document}|${row.id}`; // cannot be identified across documents: stays on its own
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(row);
  }
  const merged: MergedEvent[] = [];
  for (const [groupKey, members] of groups) {
    // Same type and source; targets the same, or named by one report and not the other ("Japan accepted
    // the terms" / "Japan accepted the Allied terms"); dates within the window.
    const clusters: { anchor: DayInterval | null; targets: string[]; rows: EventRow[] }[] = [];
    for (const row of [...members].sort((a, b) => firstDay(a.date, -Infinity) - firstDay(b.date, -Infinity))) {
      const range = dayInterval(row.date);
      const home = range && clusters.find((c) => c.anchor && gapInDays(c.anchor, range) <= SAME_EVENT_WINDOW_DAYS && nested(c.targets, row.targets));
      if (home) {
        home.rows.push(row);
        home.targets = [...new Set([...home.targets, ...row.targets])];
      } else clusters.push({ anchor: range, targets: row.targets, rows: [row] });
    }
    for (const cluster of clusters) merged.push(mergedEvent(groupKey, cluster.rows, label));
  }
  return merged.sort((a, b) => b.documents.length - a.documents.length || firstDay(a.date, Infinity) - firstDay(b.date, Infinity));
}

/** The number of a date's first day, to sort by; an open start comes before every day, no date (or none EDTF reads) at `undated`. */
function firstDay(date: string | null, undated: number): number {
  const span = dayInterval(date);
  if (!span) return undated;
  const first = span.earliest === null ? null : parseDay(span.earliest);
  return first ? dayNumber(first) : Number.MIN_SAFE_INTEGER;
}

/** The date itself when EDTF reads it, else null: a value that is not a date (PRESENT_REF) is no date to compare. */
const dated = (date: string | null): string | null => (dayInterval(date) ? date : null);
const datesClash = (a: string, b: string) => !overlaps(dayInterval(a)!, dayInterval(b)!);

function mergedEvent(groupKey: string, rows: EventRow[], label: Label): MergedEvent {
  const first = { ...rows[0], targets: [...new Set(rows.flatMap((r) => r.targets))] };
  const dates = rows.map((r) => dated(r.date)).filter((d): d is string => d !== null);
  const key = `${groupKey}|${dayInterval(first.date)?.earliest ?? ""}`;
  const names = (keys: string[]) => keys.map(label).join(", ");
  const subject = [names(first.sources), first.type, names(first.targets), `(${first.date ?? "undated"})`].filter(Boolean).join(" ");
  const evidence = (r: EventRow): Evidence => ({ document: r.document, documentName: r.documentName, item: r.id, start: r.start, end: r.end, text: r.evidence });
  const conflicts: Conflict[] = [];
  const add = (field: string, valueOf: (r: EventRow) => string | null, clash: (a: string, b: string) => boolean) => {
    const c = conflictOf("event", key, subject, field, rows, valueOf, clash, evidence);
    if (c) conflicts.push(c);
  };
  add("date", (r) => dated(r.date), datesClash);
  add("modality", (r) => (r.modality === "negated" ? "negated" : "asserted"), (a, b) => a !== b);
  const units = new Set(rows.flatMap((r) => r.quantities.map((q) => q.unit)));
  for (const unit of units) {
    add(`quantity (${unit})`, (r) => {
      const values = r.quantities.filter((q) => q.unit === unit).map((q) => q.value);
      return values.length ? String(Math.max(...values)) : null;
    }, (a, b) => a !== b);
  }
  return {
    key,
    type: first.type,
    sources: first.sources,
    targets: first.targets,
    date: conflicts.some((c) => c.field === "date") ? (first.date ?? null) : narrowest(dates),
    documents: [...new Set(rows.map((r) => r.document))],
    reports: rows.map((r) => ({ ...evidence(r), date: r.date, modality: r.modality })),
    conflicts,
  };
}

function nested(a: string[], b: string[]): boolean {
  return a.every((x) => b.includes(x)) || b.every((x) => a.includes(x));
}

function narrowest(dates: string[]): string | null {
  let best: string | null = null;
  let width = Infinity;
  for (const d of dates) {
    const r = dayInterval(d)!;
    const w = r.earliest !== null && r.latest !== null ? daysBetween(r.earliest, r.latest)! : Infinity;
    if (best === null || w < width) [best, width] = [d, w];
  }
  return best;
}

/** A disagreement when two different documents give values that clash; every distinct value is listed with its evidence. */
function conflictOf<R extends { document: string }>(
  kind: Conflict["kind"], key: string, subject: string, field: string, rows: R[],
  valueOf: (r: R) => string | null, clash: (a: string, b: string) => boolean, evidence: (r: R) => Evidence,
): Conflict | null {
  const reported = rows.flatMap((r) => {
    const value = valueOf(r);
    return value === null ? [] : [{ r, value }];
  });
  let disagree = false;
  for (let i = 0; i < reported.length && !disagree; i++) {
    for (let j = i + 1; j < reported.length && !disagree; j++) {
      const a = reported[i];
      const b = reported[j];
      disagree = a.r.document !== b.r.document && clash(a.value, b.value);
    }
  }
  if (!disagree) return null;
  const values = new Map<string, Evidence[]>();
  for (const { r, value } of reported) (values.get(value) ?? values.set(value, []).get(value)!).push(evidence(r));
  return { kind, key, subject, field, values: [...values].map(([value, ev]) => ({ value, evidence: ev })) };
}

export function mergeTreaties(rows: TreatyRow[], label: Label): MergedTreaty[] {
  const parent = rows.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => void (parent[find(a)] = find(b));
  const byKey = new Map<string, number>();
  const link = (key: string, i: number) => {
    const j = byKey.get(key);
    if (j === undefined) byKey.set(key, i);
    else union(i, j);
  };
  rows.forEach((t, i) => {
    if (t.entity && !t.entity.startsWith("local:") && !t.entity.startsWith("treaty:")) link(`entity:${t.entity}`, i);
    link(`name:${normalizeLabel(t.name)}`, i);
  });
  // Same parties and a compatible signing date: one treaty under different names.
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      const a = rows[i];
      const b = rows[j];
      const ra = dayInterval(a.signed);
      const rb = dayInterval(b.signed);
      if (a.parties.length >= 2 && sameSet(a.parties, b.parties) && ra && rb && gapInDays(ra, rb) <= SAME_EVENT_WINDOW_DAYS) union(i, j);
    }
  }
  const clusters = new Map<number, TreatyRow[]>();
  rows.forEach((t, i) => (clusters.get(find(i)) ?? clusters.set(find(i), []).get(find(i))!).push(t));
  return [...clusters.values()].map((members) => mergedTreaty(members, label)).sort((a, b) => b.documents.length - a.documents.length || firstDay(a.signed, Infinity) - firstDay(b.signed, Infinity));
}

function mergedTreaty(rows: TreatyRow[], label: Label): MergedTreaty {
  const names = [...new Set(rows.map((r) => r.name))];
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.name, (counts.get(r.name) ?? 0) + 1);
  const name = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  const key = `treaty|${normalizeLabel(name)}`;
  const evidence = (r: TreatyRow): Evidence => ({ document: r.document, documentName: r.documentName, item: r.id, start: r.start, end: r.end, text: r.evidence });
  const conflicts: Conflict[] = [];
  const add = (field: string, valueOf: (r: TreatyRow) => string | null, clash: (a: string, b: string) => boolean) => {
    const c = conflictOf("treaty", key, name, field, rows, valueOf, clash, evidence);
    if (c) conflicts.push(c);
  };
  add("signed", (r) => dated(r.signed), datesClash);
  add("ends", (r) => dated(r.ends), datesClash);
  add("duration", (r) => r.duration, (a, b) => a !== b);
  add("place", (r) => (r.place ? label(r.place) : null), (a, b) => a !== b);
  add("parties", (r) => (r.parties.length ? r.parties.map(label).sort().join(", ") : null), (a, b) => {
    const sa = a.split(", ");
    const sb = b.split(", ");
    return !sa.every((p) => sb.includes(p)) && !sb.every((p) => sa.includes(p));
  });
  const firstOf = (f: (r: TreatyRow) => string | null) => rows.map(f).find((v) => v !== null) ?? null;
  return {
    key,
    name,
    names,
    entity: firstOf((r) => r.entity),
    signed: firstOf((r) => r.signed),
    ends: firstOf((r) => r.ends),
    parties: [...new Set(rows.flatMap((r) => r.parties))],
    documents: [...new Set(rows.map((r) => r.document))],
    reports: rows.map((r) => ({ ...evidence(r), name: r.name, signed: r.signed, ends: r.ends, duration: r.duration, parties: r.parties })),
    conflicts,
  };
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
