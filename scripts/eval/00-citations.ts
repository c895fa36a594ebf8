// Citations and bibliography against the gold: found / exact (span, source, pages) / by source,
// and each gold bibliography entry's fields (authors, title, place, publisher, year, volume).
import type { EvalContext, EvalReport } from "../eval.ts";

/** Page numbers as a set where a run of consecutive pages counts by its two ends (the gold's rule). */
function pageEnds(pages: string[]): string {
  const xs = [...new Set(pages.flatMap((p) => String(p).match(/\d+/g) ?? []).map(Number))].sort((a, b) => a - b);
  return xs.filter((x, i) => !(xs[i - 1] === x - 1 && xs[i + 1] === x + 1)).join(",");
}

const norm = (s: unknown) => String(s ?? "").toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ").trim();

export default function citations({ gold, extraction }: EvalContext): EvalReport {
  const lines: string[] = [];
  const cits = extraction.citations;
  const goldList: { start: number; end: number; source: string; pages: string[] }[] = gold.citations?.list ?? [];
  const bySpan = new Map(cits.map((c) => [`${c.start}:${c.end}`, c]));
  let spanOnly = 0;
  let exact = 0;
  const goldBySource: Record<string, { gold: number; exact: number }> = {};
  for (const g of goldList) {
    const row = (goldBySource[g.source] ??= { gold: 0, exact: 0 });
    row.gold++;
    const c = bySpan.get(`${g.start}:${g.end}`);
    if (!c) {
      lines.push(`missed ${g.start}-${g.end} ${g.source} ${g.pages.join(",")}`);
      continue;
    }
    spanOnly++;
    if (c.refs.some((r) => norm(r.source) === norm(g.source) && pageEnds(r.pages) === pageEnds(g.pages))) {
      exact++;
      row.exact++;
    } else lines.push(`wrong ${c.text} → ${JSON.stringify(c.refs)}`);
  }
  const goldSpans = new Set(goldList.map((g) => `${g.start}:${g.end}`));
  const extra = cits.filter((c) => !goldSpans.has(`${c.start}:${c.end}`));
  for (const c of extra.slice(0, 10)) lines.push(`extra ${c.start}-${c.end} ${c.text}`);
  const linked = cits.filter((c) => c.refs.every((r) => r.bib !== null)).length;
  lines.unshift(
    `citations: ${cits.length} found (gold ${gold.citations?.count ?? goldList.length}), ${spanOnly} spans right, ${exact}/${goldList.length} exact, ${extra.length} extra, ${linked} linked to an entry`,
    `by source: ${Object.entries(goldBySource).map(([s, r]) => `${s} ${r.exact}/${r.gold}`).join(", ")}`,
  );

  const fields = ["author", "title", "place", "publisher", "issued", "volume"] as const;
  const fieldScore: Record<string, { right: number; of: number }> = Object.fromEntries(fields.map((f) => [f, { right: 0, of: 0 }]));
  for (const g of gold.bibliography ?? []) {
    const entry = extraction.bibliography.find((b) => norm(b.author?.[0]?.family) === norm(g.key));
    const got: Record<(typeof fields)[number], boolean> = {
      author: !!entry && JSON.stringify((entry.author ?? []).map((a) => `${a.family}, ${a.given}`)) === JSON.stringify(g.author),
      title: !!entry && norm(entry.title).startsWith(norm(g.title_starts)),
      place: !!entry && norm(entry["publisher-place"]) === norm(g.place),
      publisher: !!entry && norm(entry.publisher) === norm(g.publisher),
      issued: entry?.issued?.["date-parts"]?.[0]?.[0] === g.issued,
      volume: g.volume === undefined || norm(entry?.volume) === norm(g.volume),
    };
    for (const f of fields) {
      if (f === "volume" && g.volume === undefined) continue;
      fieldScore[f].of++;
      if (got[f]) fieldScore[f].right++;
      else lines.push(`bibliography ${g.key}: ${f} differs (${JSON.stringify(entry ? entry[f === "place" ? "publisher-place" : f] : null)})`);
    }
  }
  const fieldLine = fields.map((f) => `${f} ${fieldScore[f].right}/${fieldScore[f].of}`).join(", ");
  lines.splice(2, 0, `bibliography: ${extraction.bibliography.length} entries (gold ${gold.bibliography?.length ?? 0}); ${fieldLine}`);
  const fieldsRight = fields.reduce((n, f) => n + fieldScore[f].right, 0);
  const fieldsOf = fields.reduce((n, f) => n + fieldScore[f].of, 0);
  return {
    area: "citations",
    lines,
    figures: {
      found: cits.length,
      exact,
      gold: goldList.length,
      extra: extra.length,
      linked,
      bibliographyEntries: extraction.bibliography.length,
      bibliographyFields: fieldsOf ? Number((fieldsRight / fieldsOf).toFixed(3)) : null,
      warnings: (extraction.warnings ?? []).filter((w) => w.code.startsWith("citation")).length,
    },
  };
}
