// What-if panel: an attack scenario (attacker, target, date, provoked or not) and the treaty
// obligations, breaches and lapsed treaties the reasoner finds, with evidence linked into the reader.
import { el } from "./dom.ts";
import type { Model } from "./model.ts";
import { go, type State } from "./state.ts";
import { citationShort, emptyNote, readerLink } from "./ui.ts";
import type { ViewHandle } from "./view.ts";
import { getJson } from "./api.ts";

interface Party { id: string; label: string; wikidata: string | null }
interface WhatifResult {
  scenario: { attacker: string; target: string; date: string; provoked: boolean | null };
  obligations: { party: Party; duty: string; treaty: { id: string; name: string }; clause: number; why: string; evidence: { start: number; end: number; citations: number[] }[] }[];
  breaches: { party: Party; treaty: { id: string; name: string }; clause: number; why: string }[];
  notInForce: { treaty: { id: string; name: string }; why: string }[];
}

export function renderWhatif(root: HTMLElement, m: Model, state: State): ViewHandle {
  const states = m.actors().filter((e) => e.kind === "state" || e.kind === "organization" || e.kind === "group");
  const select = (name: string, value: string | undefined) =>
    el("select", { name, id: `whatif-${name}` }, ...states.map((e) => el("option", { value: e.id, selected: e.id === value }, `${e.label}${e.wikidata ? ` (${e.wikidata})` : ""}`)));
  const attacker = select("attacker", m.resolveActor(state.attacker)?.id ?? states[1]?.id);
  const target = select("target", m.resolveActor(state.target)?.id ?? states[0]?.id);
  const date = el("input", { type: "date", name: "date", id: "whatif-date", value: state.date ?? "", required: true, min: "0001-01-01", max: "2999-12-31" });
  const unprovoked = el("input", { type: "checkbox", name: "unprovoked", id: "whatif-unprovoked", checked: state.unprovoked === "true" });
  const form = el(
    "form",
    { class: "whatif-form", id: "whatif-form" },
    el("label", {}, "Attacker ", attacker),
    el("label", {}, "attacks ", target),
    el("label", {}, "on ", date),
    el("label", {}, unprovoked, " unprovoked"),
    el("button", { type: "submit" }, "Ask"),
  );
  const out = el("div", { id: "whatif-result", class: "whatif-result" });
  root.append(el("h2", {}, "What if…"), form, out);
  if (states.length < 2) out.append(emptyNote("The document names fewer than two states."));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    go({ view: "whatif", attacker: attacker.value, target: target.value, date: date.value, unprovoked: unprovoked.checked ? "true" : undefined });
  });
  if (state.attacker && state.target && state.date) void answer(out, m, state);
  return { destroy: () => {} };
}

async function answer(out: HTMLElement, m: Model, state: State): Promise<void> {
  const name = (actor: string) => m.resolveActor(actor)?.label ?? actor;
  const scenario = el("p", { class: "scenario" }, `${name(state.attacker!)} attacks ${name(state.target!)} on ${state.date}${state.unprovoked === "true" ? ", unprovoked" : ""}.`);
  out.append(scenario, el("p", { class: "meta" }, "asking…"));
  const q = new URLSearchParams({ document: m.doc.id, attacker: state.attacker!, target: state.target!, date: state.date!, unprovoked: state.unprovoked === "true" ? "true" : "false" });
  let r: WhatifResult;
  try {
    r = await getJson<WhatifResult>(`/api/whatif?${q}`);
  } catch (e) {
    out.replaceChildren(scenario, el("p", { class: "error" }, (e as Error).message));
    return;
  }
  /** Each piece of evidence: a link to its sentence and, inline, the citation it rests on (author, page). */
  const evidence = (spans: { start: number; end: number; citations?: number[] }[]) =>
    el(
      "span",
      { class: "evidence" },
      ...spans
        .map((s) => ({ i: m.sentenceAt(s.start), cites: s.citations ?? [] }))
        .filter(({ i }) => i >= 0)
        .map(({ i, cites }) => el("span", { class: "evidence-item" }, readerLink(i, `sentence ${i + 1}`), cites.length ? el("cite", { class: "inline-cite" }, ` (${cites.map((c) => citationShort(m, c)).join("; ")})`) : null)),
    );
  /** A breach's evidence: the clause it breaks, with the clause's citations, else the treaty's first mention. */
  const breachEvidence = (treatyId: string, clause: number) => {
    const t = m.x.treaties.find((x) => x.id === treatyId);
    if (!t) return evidence([]);
    const c = t.clauses[clause];
    if (c) return evidence([{ start: c.start, end: c.end, citations: c.citations }]);
    const first = t.mentions[0];
    return evidence(first ? [{ start: first.start, end: first.end, citations: [] }] : []);
  };
  out.replaceChildren(
    scenario,
    el("h3", {}, `Obligations (${r.obligations.length})`),
    r.obligations.length
      ? el(
          "table",
          { class: "obligations" },
          el("tr", {}, el("th", {}, "party"), el("th", {}, "duty"), el("th", {}, "treaty"), el("th", {}, "why"), el("th", {}, "evidence")),
          ...r.obligations.map((o) =>
            el("tr", { "data-party": o.party.label, "data-duty": o.duty, "data-treaty": o.treaty.id }, el("td", {}, o.party.label), el("td", { class: "duty" }, o.duty.replace(/_/g, " ")), el("td", {}, o.treaty.name), el("td", {}, o.why), el("td", {}, evidence(o.evidence))),
          ),
        )
      : emptyNote("No treaty obliges anyone."),
    el("h3", {}, `Breaches (${r.breaches.length})`),
    r.breaches.length ? el("ul", { class: "breaches" }, ...r.breaches.map((b) => el("li", { "data-party": b.party.label, "data-treaty": b.treaty.id }, `${b.party.label} breaches ${b.treaty.name}: ${b.why} `, breachEvidence(b.treaty.id, b.clause)))) : emptyNote("No breach."),
    el("h3", {}, `Not in force (${r.notInForce.length})`),
    r.notInForce.length ? el("ul", { class: "not-in-force" }, ...r.notInForce.map((n) => el("li", { "data-treaty": n.treaty.id }, `${n.treaty.name}: ${n.why}`))) : emptyNote("Every relevant treaty is in force."),
  );
}
