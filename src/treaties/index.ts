// Treaty layer: treaties as objects with parties, dates, duration, expiry and typed clauses.
// Propose (mentions.ts) → refine (merge.ts) → read the facts (facts.ts) and the clauses (clauses.ts).
import type { Doc, TreatyLayer } from "../layers.ts";
import type { Entity, Treaty } from "../schema.ts";
import { readClauses } from "./clauses.ts";
import { makeContext, type TreatyInput } from "./context.ts";
import { readFacts, type Extension, type TreatyFacts } from "./facts.ts";
import { findMentions, type TreatyMention } from "./mentions.ts";
import { typeWords } from "./lexicon.ts";
import { clusterMentions, type Cluster } from "./merge.ts";
import { SpanIndex } from "./spans.ts";
import { groupAt } from "./groups.ts";
import type { TreatyContext } from "./context.ts";
import { isBare, mergeSameInstruments } from "./refine.ts";

export type { Trigger, Duty, ParsedClause } from "./clauses.ts";

export function treatyLayer(doc: Doc, layers: TreatyInput): TreatyLayer {
  const ctx = makeContext(doc, layers);
  const mentions = findMentions(doc.text, ctx.tokens, ctx.sentences);
  ctx.treatySpans = new SpanIndex(mentions);
  for (const m of mentions) extendBetween(ctx, m);
  ctx.dates = ctx.dates.without(mentions.filter((m) => m.kind !== "anaphor"));
  // the states of "between A and B" stay visible to the readers of parties and clauses
  ctx.treatySpans = new SpanIndex(mentions.map((m) => ({ start: m.start, end: m.between ? ctx.tokens[m.between.from].start : m.end })));
  const proposed = clusterMentions(ctx, mentions);
  const facts = new Map<Cluster, TreatyFacts>();
  for (const c of proposed) facts.set(c, readFacts(ctx, c, proposed, facts));
  const merged = mergeSameInstruments(ctx, proposed, facts, (c, all) => readFacts(ctx, c, all, facts));
  // an instrument whose parties come from another ("the League member states") reads them once all are known
  for (const c of merged) if (facts.get(c)!.refersToOthers) facts.set(c, readFacts(ctx, c, merged, facts));
  // an unnamed instrument signed by unnamed hands takes the states of its narrative, once merging has had its say
  for (const c of merged) if (facts.get(c)!.wantsNarrative) facts.set(c, readFacts(ctx, c, merged, facts, { narrative: true }));
  const allClauses = readClauses(
    ctx,
    merged,
    new Map(merged.map((c) => [c, facts.get(c)!.parties])),
    new Map(merged.map((c) => [c, facts.get(c)!.signed])),
  );
  const clusters = merged.filter((c) => !isBare(c, facts.get(c)!, allClauses.get(c)!.filter((x) => x.source === "text").length));
  const clauses = allClauses;

  const treaties: Treaty[] = [];
  const treatyEntities: Entity[] = [];
  const known = layers.entities.filter((e) => e.kind === "treaty");
  const knownMentions = new SpanIndex(known.flatMap((e, order) => e.mentions.map((m) => ({ start: m.start, end: m.end, order }))));
  const taken = new Set<string>();
  clusters.forEach((c, i) => {
    const f = facts.get(c)!;
    const named = c.mentions.filter((m) => m.kind !== "anaphor");
    const name = pickName(c, f.parties, (id) => ctx.states.entity(id)?.label ?? id);
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
      ratified: f.ratified?.date ?? null,
      inForce: f.inForce?.date ?? null,
      accessions: f.accessions.map((a) => ({ party: a.party, date: a.date, start: a.start, end: a.end })),
      roles: f.roles.map((r) => ({ role: r.role, entity: r.entity, start: r.start, end: r.end })),
      partOf: null as string | null,
    });
  });
  linkParts(treaties, clusters, doc.text);
  return { treaties, treatyEntities };
}

/**
 * The longest name of the instrument that has a word of its own ("Molotov–Ribbentrop Pact" before "Soviet–German
 * non-aggression pact"), not one given as another name ("officially …"), without a leading year; else the way it was
 * first described ("a nonaggression pact").
 */
function pickName(c: Cluster, parties: readonly string[], label: (id: string) => string): string {
  const named = c.mentions.filter((m) => m.kind === "named" && !c.aliasOnly.has(m));
  const pool = named.length > 0 ? named : c.mentions.filter((m) => m.kind === "named");
  if (pool.length > 0) {
    const proper = pool.filter(hasOwnWord);
    const from = proper.length > 0 ? proper : pool;
    return from.map(nameOf).reduce((best, n) => (n.length > best.length ? n : best), nameOf(from[0]));
  }
  // an instrument the text only describes: its description, with its parties when the description does not say them
  const described = c.mentions.find((m) => m.kind === "description") ?? c.mentions[0];
  const name = nameOf(described);
  if (described.partyWords.length > 0 || parties.length < 2) return name;
  // "agreements between Serbia and Bulgaria" that Montenegro concluded: the description names all its parties
  if (described.between && described.betweenCountries.length >= parties.length) return name;
  const labels = parties.map(label);
  if (described.between) return `${nameOf(described).slice(0, nameOf(described).indexOf(" between"))} between ${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
  return `${name} between ${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
}

const nameOf = (m: TreatyMention) => m.nameText.replace(/^\d{4}\s+/, "");
const hasOwnWord = (m: TreatyMention) => m.distinctive.some((w) => !typeWords.has(w) && !/^\d+$/.test(w));

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

/**
 * "a treaty between Greece and Bulgaria", "a peace treaty between the two states", "Treaty of Amity and Commerce between
 * France and Japan": the states after "between" end the mention; a description or a name without states of its own is
 * told apart by them.
 */
function extendBetween(ctx: TreatyContext, m: TreatyMention): void {
  if (m.pronoun || m.kind === "anaphor" && m.determiner !== "definite") return;
  const k = m.next;
  if (ctx.tokens[k]?.norm !== "between" || k >= ctx.sentences[m.sentence].to) return;
  const g = groupAt(ctx, m.sentence, k + 1, null);
  if (!g || (g.coref === 0 && g.ids.length < 1)) return;
  const last = ctx.tokens[g.next - 1];
  m.between = { from: k, to: g.next };
  m.betweenCountries = g.ids.map((id) => {
    const e = ctx.states.entity(id);
    return (e && ctx.states.memberOf(e)?.country) ?? id;
  });
  if (m.kind === "anaphor") m.kind = "description";
  if (m.partyWords.length === 0 && m.kind !== "named") m.nameText = ctx.text.slice(m.end - m.nameText.length, last.end);
  m.end = last.end;
  m.text = ctx.text.slice(m.start, m.end);
  m.next = g.next;
}
