// Treaty layer: treaties as objects with parties, dates, duration, expiry and typed clauses.
// Propose (mentions.ts) → refine (merge.ts) → read the facts (facts.ts) and the clauses (clauses.ts).
import type { Doc, TreatyLayer } from "../layers.ts";
import type { Entity, Treaty } from "../schema.ts";
import { readClauses } from "./clauses.ts";
import { makeContext, type TreatyInput } from "./context.ts";
import { readFacts, type Extension, type TreatyFacts } from "./facts.ts";
import { findMentions } from "./mentions.ts";
import { clusterMentions, type Cluster } from "./merge.ts";
import { SpanIndex } from "./spans.ts";

export type { Trigger, Duty, ParsedClause } from "./clauses.ts";

export function treatyLayer(doc: Doc, layers: TreatyInput): TreatyLayer {
  const ctx = makeContext(doc, layers);
  const mentions = findMentions(doc.text, ctx.tokens, ctx.sentences);
  ctx.dates = ctx.dates.without(mentions.filter((m) => m.kind !== "anaphor"));
  ctx.treatySpans = new SpanIndex(mentions);
  const clusters = clusterMentions(ctx, mentions);
  const facts = new Map<Cluster, TreatyFacts>(clusters.map((c) => [c, readFacts(ctx, c, clusters)]));
  const clauses = readClauses(
    ctx,
    clusters,
    new Map(clusters.map((c) => [c, facts.get(c)!.parties])),
    new Map(clusters.map((c) => [c, facts.get(c)!.signed])),
  );

  const treaties: Treaty[] = [];
  const treatyEntities: Entity[] = [];
  const known = layers.entities.filter((e) => e.kind === "treaty");
  const knownMentions = new SpanIndex(known.flatMap((e, order) => e.mentions.map((m) => ({ start: m.start, end: m.end, order }))));
  const taken = new Set<string>();
  clusters.forEach((c, i) => {
    const f = facts.get(c)!;
    const named = c.mentions.filter((m) => m.kind !== "anaphor");
    const name = pickName(c);
    const spans = c.mentions.map((m) => ({ start: m.start, end: m.end }));
    // The entity layer's treaty entity for this instrument: the first one that shares a named mention, and no other instrument's
    let first = known.length;
    for (const m of named) for (const em of knownMentions.overlapping(m.start, m.end)) if (em.order < first && !taken.has(known[em.order].id)) first = em.order;
    let entity = first < known.length ? known[first].id : null;
    if (entity) taken.add(entity);
    if (!entity) {
      entity = `et${i + 1}`;
      treatyEntities.push({
        id: entity,
        label: name,
        kind: "treaty",
        wikidata: null,
        mentions: c.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
      });
    }
    const denounced = f.denounced[0] ?? null;
    const lastExtension = lastUntil(f.extensions);
    const ends = earliest([f.expires?.date ?? null, denounced?.date ?? null]) ?? lastExtension?.until ?? null;
    treaties.push({
      id: `t${i + 1}`,
      entity,
      name,
      signed: f.signed,
      place: f.place,
      parties: f.parties,
      duration: f.duration,
      ends,
      clauses: clauses.get(c)!.map((x) => ({ ...x })),
      mentions: spans,
      aliases: [...new Set(named.map((m) => m.nameText))].filter((a) => a !== name),
      signedFrom: f.signedFrom,
      evidence: f.signedEvidence ? { signed: f.signedEvidence } : {},
      renewable: f.renewable,
      proposed: f.proposed,
      refused: f.refused,
      extensions: f.extensions,
      denounced: denounced?.date ?? null,
      denunciations: f.denounced,
      expires: f.expires?.date ?? null,
      partOf: null as string | null,
    });
  });
  linkParts(treaties, clusters, doc.text);
  return { treaties, treatyEntities };
}

/** The longest proper name of the instrument, else the way it was first described ("a nonaggression pact"). */
function pickName(c: Cluster): string {
  const named = c.mentions.filter((m) => m.kind === "named");
  if (named.length > 0) return named.reduce((best, m) => (m.nameText.length > best.length ? m.nameText : best), named[0].nameText);
  return (c.mentions.find((m) => m.kind === "description") ?? c.mentions[0]).nameText;
}

/** The last extension that is not negated and runs until a date. */
function lastUntil(extensions: readonly Extension[]): Extension | undefined {
  for (let k = extensions.length - 1; k >= 0; k--) if (!extensions[k].negated && extensions[k].until) return extensions[k];
  return undefined;
}

function earliest(values: (string | null)[]): string | null {
  const present = values.filter((v): v is string => !!v).sort();
  return present[0] ?? null;
}

/** "the protocol of 1886, which was added to the Russo-Chinese Treaty of Huchun": the protocol is part of the treaty. */
function linkParts(treaties: Treaty[], clusters: Cluster[], text: string): void {
  const mentions = new SpanIndex(clusters.flatMap((c, order) => c.mentions.map((m) => ({ start: m.start, end: m.end, order }))));
  clusters.forEach((c, i) => {
    for (const m of c.mentions) {
      const after = text.slice(m.end, m.end + 40);
      const link = /^,? (?:which|that) (?:was|were) (?:added|attached|annexed|appended) to /.exec(after);
      if (!link) continue;
      const at = m.end + link[0].length;
      const j = Math.min(...mentions.startingIn(at, at + 6).map((x) => x.order).filter((o) => o !== i));
      if (j < clusters.length) treaties[i].partOf = treaties[j].id;
    }
  });
}
