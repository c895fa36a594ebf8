// Helpers for the reading tests: the whole pipeline on a short text, its treaties, and their parties as countries
// (the lineage of data/treaties/states.json), so that a test does not depend on which state of a lineage the
// entity layer picks for a date ("Germany" in 1879 or in 1939).
import { analyze } from "../../src/pipeline.ts";
import type { Extraction, Treaty } from "../../src/schema.ts";
import { StateResolver } from "../../src/treaties/states.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read the optional fields freely
export type ReadTreaty = any;

export function read(text: string): { x: Extraction; treaties: ReadTreaty[]; byName: (name: string) => ReadTreaty; countries: (ids: string[]) => string[] } {
  const x = analyze(text);
  const resolver = new StateResolver(x.entities);
  const countries = (ids: string[]) =>
    ids
      .map((id) => {
        const e = resolver.entity(id);
        return e ? resolver.memberOf(e)?.country ?? e.label : id;
      })
      .sort();
  const treaties = x.treaties as ReadTreaty[];
  const byName = (name: string) => {
    const t = treaties.find((t) => t.name === name || (t.aliases ?? []).includes(name));
    if (!t) throw new Error(`no treaty "${name}" among ${treaties.map((t) => t.name).join(" | ")}`);
    return t;
  };
  return { x, treaties, byName, countries };
}

/** The text of each mention of a treaty. */
export const mentionTexts = (x: Extraction, t: Treaty) => t.mentions.map((m) => x.text.slice(m.start, m.end));
