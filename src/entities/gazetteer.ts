// The curated historical gazetteer (data/gazetteer/historical.json) and its token trie, loaded once.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { AnnalistError } from "../errors.ts";
import { EntityKind } from "../schema.ts";
import { TokenTrie, nameKeys } from "./trie.ts";

const Years = z.tuple([z.number().int().nullable(), z.number().int().nullable()]);

export const GazetteerEntry = z.object({
  id: z.string(),
  label: z.string(),
  kind: EntityKind,
  wikidata: z.string().regex(/^Q\d+$/).nullable(),
  aliases: z.array(z.string()).default([]),
  demonyms: z.array(z.string()).default([]),
  plurals: z.array(z.string()).default([]),
  prefixes: z.array(z.string()).default([]),
  valid: Years.optional(),
  active: Years.optional(),
  predecessor: z.string().optional(),
  successor: z.string().optional(),
  capitals: z.array(z.object({ place: z.string(), from: z.number().int().nullable(), to: z.number().int().nullable() })).default([]),
  partOf: z.array(z.string()).default([]),
  related: z.array(z.string()).default([]),
  iso: z.string().optional(),
  coords: z.tuple([z.number(), z.number()]).optional(),
  memberOf: z.string().optional(),
  /** The states a group or alliance consists of (ids of this gazetteer). */
  members: z.array(z.string()).default([]),
  /** The name a person is called by alone; null when the label's last word is not used so (a peerage, a place name). */
  familyName: z.string().nullable().optional(),
  titles: z.array(z.string()).default([]),
  offices: z.array(z.object({ title: z.string(), from: z.number().int().nullable(), to: z.number().int().nullable() })).default([]),
  historicalWikidata: z.array(z.object({ wikidata: z.string(), label: z.string(), valid: Years })).optional(),
  source: z.string().min(1),
});
export type GazetteerEntry = z.infer<typeof GazetteerEntry>;

const GazetteerFile = z.object({ _source: z.string(), version: z.string(), entries: z.array(GazetteerEntry) });

/** How a matched form relates to its entry: its name, an adjective/demonym, a plural group noun, a compound prefix. */
export type Form = "name" | "demonym" | "plural" | "prefix" | "surname";

export interface Candidate {
  entry: GazetteerEntry;
  form: Form;
}

export interface Gazetteer {
  version: string;
  entries: GazetteerEntry[];
  byId: Map<string, GazetteerEntry>;
  trie: TokenTrie<Candidate>;
  /** Position of each entry in the file: earlier entries win ties. */
  order: Map<string, number>;
  /** Entry ids of the states whose capital a place was, with the years. */
  capitalOf: Map<string, { state: string; from: number | null; to: number | null }[]>;
}

export const gazetteerPath = new URL("../../data/gazetteer/historical.json", import.meta.url);

export function parseGazetteer(json: unknown, file = "gazetteer"): Gazetteer {
  const parsed = GazetteerFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AnnalistError(`invalid gazetteer at ${issue.path.join(".")}: ${issue.message}`, "gazetteer_invalid", { file });
  }
  const { entries, version } = parsed.data;
  const byId = new Map<string, GazetteerEntry>();
  for (const e of entries) {
    if (byId.has(e.id)) throw new AnnalistError(`duplicate gazetteer id ${e.id}`, "gazetteer_invalid", { file });
    byId.set(e.id, e);
  }
  for (const e of entries) {
    for (const ref of [e.memberOf, e.predecessor, e.successor, ...e.partOf, ...e.members, ...e.capitals.map((c) => c.place)]) {
      if (ref && !byId.has(ref)) throw new AnnalistError(`gazetteer entry ${e.id} refers to unknown id ${ref}`, "gazetteer_invalid", { file });
    }
  }
  const trie = new TokenTrie<Candidate>();
  const seen = new Set<string>();
  const add = (name: string, entry: GazetteerEntry, form: Form) => {
    const keys = nameKeys(name.replace(/^the\s+/i, ""));
    const key = `${keys.join(" ")}\u0000${entry.id}\u0000${form}`;
    if (keys.length === 0 || seen.has(key)) return;
    seen.add(key);
    trie.insert(keys, { entry, form });
  };
  for (const e of entries) {
    add(e.label, e, "name");
    for (const a of e.aliases) add(a, e, "name");
    for (const d of e.demonyms) add(d, e, "demonym");
    for (const p of e.plurals) add(p, e, "plural");
    for (const p of e.prefixes) add(p, e, "prefix");
    if (e.kind === "person") {
      // A person's family name alone refers to them ("Stalin"); given-name-last orders are listed as aliases.
      const family = e.familyName === undefined ? familyName(e.label) : e.familyName;
      if (family) add(family, e, "surname");
    }
  }
  const capitalOf = new Map<string, { state: string; from: number | null; to: number | null }[]>();
  for (const e of entries) {
    for (const c of e.capitals) {
      const list = capitalOf.get(c.place) ?? [];
      list.push({ state: e.id, from: c.from, to: c.to });
      capitalOf.set(c.place, list);
    }
  }
  const order = new Map(entries.map((e, i) => [e.id, i]));
  return { version, entries, byId, trie, capitalOf, order };
}

/** A regnal numeral ("I", "II", "XIV"): part of a monarch's name, never a name on its own. */
export const REGNAL_NUMERAL = /^(?:X{0,2})(?:IX|IV|V?I{0,3})$/;
export const isRegnalNumeral = (word: string) => word.length > 0 && REGNAL_NUMERAL.test(word);

/**
 * The family name a person is called by alone: the last word of the label, unless the label is a regnal name
 * ("Catherine II", "Nicholas II of Russia") or a single word: monarchs are not named by their numeral or territory.
 */
export function familyName(label: string): string | null {
  const words = label.split(/\s+/);
  if (words.length < 2 || words.includes("of")) return null;
  const last = words[words.length - 1];
  return isRegnalNumeral(last) ? null : last;
}

let cached: Gazetteer | undefined;

/** The bundled gazetteer, read and indexed on first use. */
export function gazetteer(): Gazetteer {
  if (!cached) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(gazetteerPath, "utf8"));
    } catch (e) {
      throw new AnnalistError(`cannot read the gazetteer: ${(e as Error).message}`, "gazetteer_invalid", { file: gazetteerPath.pathname });
    }
    cached = parseGazetteer(json, gazetteerPath.pathname);
  }
  return cached;
}

/** Whether a year lies in an interval with open (null) ends; an unknown year lies everywhere. */
export function within(year: number | null, span: readonly [number | null, number | null] | undefined): boolean {
  if (year === null || !span) return true;
  return (span[0] === null || year >= span[0]) && (span[1] === null || year <= span[1]);
}

/** Distance in years from a year to an interval (0 inside). */
export function distance(year: number | null, span: readonly [number | null, number | null] | undefined): number {
  if (year === null || !span) return 0;
  if (span[0] !== null && year < span[0]) return span[0] - year;
  if (span[1] !== null && year > span[1]) return year - span[1];
  return 0;
}
