// Where the stored documents disagree about one event or treaty: each value side by side, with the
// documents, sentences and citations that give it.
import { getJson } from "./api.ts";
import { el } from "./dom.ts";
import type { Model } from "./model.ts";
import type { State } from "./state.ts";
import { emptyNote } from "./ui.ts";
import type { ViewHandle } from "./view.ts";

interface Evidence {
  document: string;
  documentName: string;
  item: string;
  start: number;
  end: number;
  text: string;
  citations?: string[];
}
interface Conflict {
  kind: "event" | "treaty";
  key: string;
  subject: string;
  field: string;
  values: { value: string; evidence: Evidence[] }[];
}

export function renderConflicts(root: HTMLElement, m: Model, _state: State): ViewHandle {
  const out = el("div", { id: "conflicts", class: "conflicts" }, el("p", { class: "meta" }, "loading…"));
  root.append(el("h2", {}, "Where the sources disagree"), el("p", { class: "meta" }, "The same event or treaty as reported by different stored documents, when they give different dates, parties or types. Each value is shown with the documents and citations behind it."), out);
  void load(out, m);
  return { destroy: () => {} };
}

async function load(out: HTMLElement, m: Model): Promise<void> {
  let conflicts: Conflict[];
  try {
    conflicts = await getJson<Conflict[]>("/api/conflicts");
  } catch (e) {
    out.replaceChildren(el("p", { class: "error" }, (e as Error).message));
    return;
  }
  if (conflicts.length === 0) {
    out.replaceChildren(emptyNote("No disagreements between the stored documents.", "Conflicts appear when two documents report the same event or treaty differently: add another text on the same events with “Add a text…”."));
    return;
  }
  const mine = (c: Conflict) => c.values.some((v) => v.evidence.some((e) => e.document === m.doc.id));
  const sorted = [...conflicts].sort((a, b) => Number(mine(b)) - Number(mine(a)));
  out.replaceChildren(
    ...sorted.map((c) =>
      el(
        "section",
        { class: `conflict${mine(c) ? " this-document" : ""}`, "data-kind": c.kind, "data-field": c.field },
        el("h3", {}, `${c.subject}: ${c.field}`),
        el(
          "div",
          { class: "side-by-side" },
          ...c.values.map((v) =>
            el(
              "div",
              { class: "conflict-value" },
              el("p", { class: "value" }, v.value || "(none)"),
              ...v.evidence.map((e) => el("div", { class: "conflict-evidence" }, el("p", { class: "meta" }, `${e.documentName} · ${e.item}`), el("blockquote", {}, e.text.replace(/\s+/g, " ").trim()), e.citations?.length ? el("p", { class: "meta cite-line" }, `cited: ${e.citations.join("; ")}`) : el("p", { class: "meta" }, "no citation"))),
            ),
          ),
        ),
      ),
    ),
  );
}
