// Runs the stages the time layer needs (structure, citations) and the time layer itself on a text.
import { segment } from "../../src/text/index.ts";
import { citeLayer } from "../../src/cite/index.ts";
import { timeLayer } from "../../src/time/index.ts";
import type { Doc, TimeLayer } from "../../src/layers.ts";
import type { Span, Timex } from "../../src/schema.ts";

export function tag(
  text: string,
  options: { dct?: string; genre?: "news" | "narrative"; citations?: Span[]; bodyEnd?: number } = {},
): TimeLayer & { byText: (t: string, nth?: number) => Timex } {
  const doc: Doc = { name: "test.txt", text, dct: options.dct ?? null, genre: options.genre };
  const structure = segment(doc);
  const cites = options.citations
    ? { citations: options.citations.map((c) => ({ ...c, text: text.slice(c.start, c.end), refs: [] })), bibliography: [], bibliographySection: null, warnings: [] }
    : citeLayer(doc, structure);
  const bodyEnd = options.bodyEnd ?? Math.min(cites.bibliographySection?.start ?? structure.contentEnd, structure.contentEnd);
  const layer = timeLayer(doc, { ...structure, ...cites, bodyEnd });
  const byText = (t: string, nth = 0) => {
    const found = layer.timexes.filter((x) => x.text === t);
    if (!found[nth]) throw new Error(`no timex "${t}" (#${nth}); got ${layer.timexes.map((x) => JSON.stringify(x.text)).join(", ")}`);
    return found[nth];
  };
  return { ...layer, byText };
}

/** The timex whose id is `id`. */
export function byId(timexes: Timex[], id: string | undefined): Timex | undefined {
  return timexes.find((t) => t.id === id);
}
