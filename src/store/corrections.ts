// Human corrections: a change to one item of one layer (an entity's Wikidata link, an event's type,
// actors or date, a timex value, a treaty's dates or parties), with author and time. They are stored
// apart from the extraction and applied when it is read, so they survive re-ingest.
import { AnnalistError } from "../errors.ts";
import { Entity, EntityKind, Event, Modality, PloverType, Timex, Treaty, type Extraction } from "../schema.ts";
import { dayInterval } from "../dates/index.ts";
import { spanOf } from "./rows.ts";
import { CORRECTABLE, isCorrectableLayer, type CorrectableLayer } from "./correctable.ts";

export { CORRECTABLE, isCorrectableLayer, type CorrectableLayer };

export interface CorrectionTarget {
  layer: CorrectableLayer;
  /** The item's id (e3, v12, t4); for timexes without ids, the span. */
  id?: string | null;
  start?: number | null;
  end?: number | null;
}

export type Correction = {
  id: string;
  document: string;
  target: CorrectionTarget;
  change: Record<string, unknown>;
  author: string;
  note: string | null;
  createdAt: string;
};

export type AppliedCorrection = Correction & {
  /** "stale" when the item it targets is no longer in the extraction. */
  status: "applied" | "stale";
};

const SCHEMAS = { entities: Entity, events: Event, timexes: Timex, treaties: Treaty };

export function findTarget(x: Extraction, target: CorrectionTarget): number {
  const items = (x as any)[target.layer] as any[];
  const sameSpan = (item: any) => {
    const span = spanOf(item);
    return target.start == null || (span?.start === target.start && span?.end === target.end);
  };
  if (target.id) {
    const i = items.findIndex((item) => item.id === target.id && sameSpan(item));
    if (i !== -1) return i;
  }
  if (target.start != null) return items.findIndex((item) => spanOf(item) !== null && sameSpan(item));
  // Timexes may have no id: the API names them by their index.
  if (target.id && /^\d+$/.test(target.id) && Number(target.id) < items.length) return Number(target.id);
  return -1;
}

/** Checks a change against the item it targets and resolves actor references (ids, QIDs, labels) to entity ids. */
export function normalizeChange(x: Extraction, layer: CorrectableLayer, change: Record<string, unknown>): Record<string, unknown> {
  const allowed = CORRECTABLE[layer] as readonly string[];
  const out: Record<string, unknown> = {};
  const keys = Object.keys(change);
  if (keys.length === 0) throw new AnnalistError("a correction must change at least one field", "USAGE");
  for (const key of keys) {
    if (!allowed.includes(key)) throw new AnnalistError(`field "${key}" of ${layer} cannot be corrected; correctable: ${allowed.join(", ")}`, "USAGE");
    const value = change[key];
    out[key] = normalizeValue(x, layer, key, value);
  }
  return out;
}

function normalizeValue(x: Extraction, layer: CorrectableLayer, key: string, value: unknown): unknown {
  const bad = (why: string) => new AnnalistError(`${layer}.${key}: ${why}, got ${JSON.stringify(value)}`, "USAGE");
  const nullable = value === null || value === "null" || value === "";
  switch (key) {
    case "wikidata":
      if (nullable) return null;
      if (typeof value !== "string" || !/^Q[1-9]\d*$/.test(value)) throw bad("expected a Wikidata id like Q17 or null");
      return value;
    case "kind":
      return parseEnum(EntityKind.options, value, bad);
    case "type":
      return layer === "timexes" ? parseEnum(["DATE", "DURATION", "SET", "TIME"], value, bad) : parseEnum(PloverType.options, value, bad);
    case "modality":
      return parseEnum(Modality.options, value, bad);
    case "date":
    case "signed":
    case "ends":
      if (nullable) return null;
      if (typeof value !== "string" || !dayInterval(value)) throw bad("expected an EDTF date (1945, 1945-08, 1945-08-14, 1941-04-13/1946-04-13) or null");
      return value;
    case "value":
      if (nullable) return null;
      if (typeof value !== "string" || !(dayInterval(value) || /^P(?:\d+[YMWD])*(?:T(?:\d+[HMS])+)?$/.test(value))) throw bad("expected an EDTF date or an ISO-8601 duration");
      return value;
    case "duration":
      if (nullable) return null;
      if (typeof value !== "string" || !/^P(?:\d+[YMWD])+$/.test(value)) throw bad("expected an ISO-8601 duration like P5Y");
      return value;
    case "cameo":
      if (nullable) return null;
      if (typeof value !== "string" || !/^\d{2,4}$/.test(value)) throw bad("expected a CAMEO code like 190");
      return value;
    case "label":
    case "name":
      if (typeof value !== "string" || value.trim() === "") throw bad("expected a non-empty text");
      return value.trim();
    case "source":
    case "target":
    case "parties": {
      const refs = Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : null;
      if (!refs) throw bad("expected a list of entities");
      return refs.map((r) => String(r).trim()).filter(Boolean).map((r) => resolveEntity(x, r, bad));
    }
    case "place":
      if (nullable) return null;
      return resolveEntity(x, String(value).trim(), bad);
  }
  throw bad("unknown field");
}

function parseEnum(options: readonly string[], value: unknown, bad: (why: string) => Error): string {
  const v = typeof value === "string" ? value.trim() : "";
  const found = options.find((o) => o.toLowerCase() === v.toLowerCase());
  if (!found) throw bad(`expected one of ${options.join(", ")}`);
  return found;
}

/** An entity of the document named by its id (e3), its Wikidata id (Q17) or its label or a mention text. */
function resolveEntity(x: Extraction, ref: string, bad: (why: string) => Error): string {
  const byId = x.entities.find((e) => e.id === ref) ?? x.entities.find((e) => e.wikidata === ref);
  if (byId) return byId.id;
  const lower = ref.toLowerCase();
  const byLabel = x.entities.find((e) => e.label.toLowerCase() === lower) ?? x.entities.find((e) => e.mentions.some((m) => m.text.toLowerCase() === lower));
  if (byLabel) return byLabel.id;
  throw bad(`no entity "${ref}" in this document (give an entity id, a Wikidata id or a label)`);
}

/** The extraction with the corrections applied in order (later ones win), and the status of each. */
export function applyCorrections(x: Extraction, corrections: Correction[]): { extraction: Extraction; applied: AppliedCorrection[] } {
  const out: any = { ...x };
  const copied = new Set<string>();
  const applied: AppliedCorrection[] = [];
  for (const c of corrections) {
    const layer = c.target.layer;
    if (!isCorrectableLayer(layer)) {
      applied.push({ ...c, status: "stale" });
      continue;
    }
    const i = findTarget(out, c.target);
    if (i === -1) {
      applied.push({ ...c, status: "stale" });
      continue;
    }
    if (!copied.has(layer)) {
      out[layer] = [...out[layer]];
      copied.add(layer);
    }
    const changed = { ...out[layer][i], ...c.change };
    if (!SCHEMAS[layer].safeParse(changed).success) {
      applied.push({ ...c, status: "stale" });
      continue;
    }
    const before = out[layer][i];
    const previous = before.corrected ?? [];
    // The reading it replaces is kept beside the correction, so a view can show both.
    const was = Object.fromEntries(Object.keys(c.change).map((key) => [key, before[key] ?? null]));
    out[layer][i] = { ...changed, corrected: [...previous, { id: c.id, author: c.author, at: c.createdAt, fields: Object.keys(c.change), was }] };
    applied.push({ ...c, status: "applied" });
  }
  return { extraction: out, applied };
}
