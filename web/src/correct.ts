// The corrections loop in the page: a form in the detail panel fixes an event's type, actors or date, a
// treaty's parties or dates, or an entity's Wikidata link. Each changed field is stored through the API
// with the author and the time; the page then reloads the document, so every view shows the fix.
import { getJson } from "./api.ts";
import { el } from "./dom.ts";
import { ACTOR_KINDS, type Model } from "./model.ts";
import { showDetail } from "./ui.ts";

const PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "OTHER"];
const AUTHOR_KEY = "annalist.author";

type Kind = "event" | "treaty" | "entity";
interface Field {
  name: string;
  label: string;
  input: HTMLInputElement | HTMLSelectElement;
  /** The value to send, or undefined when unchanged. */
  read(): unknown;
}

export function openCorrection(m: Model, kind: Kind, id: string, saved: (kind: Kind, id: string) => Promise<void>): void {
  const fields = kind === "event" ? eventFields(m, id) : kind === "treaty" ? treatyFields(m, id) : entityFields(m, id);
  if (!fields) return;
  const author = el("input", { type: "text", id: "correct-author", name: "author", required: true, value: localStorage.getItem(AUTHOR_KEY) ?? "", placeholder: "your name", autocomplete: "name" });
  const note = el("input", { type: "text", id: "correct-note", name: "note", placeholder: "why (optional)" });
  const status = el("p", { class: "meta", role: "status", id: "correct-status" });
  const form = el(
    "form",
    { class: "correct-form", id: "correct-form", "data-kind": kind, "data-id": id },
    el("h2", {}, `Correct ${kind} ${id}`),
    ...fields.map((f) => el("label", { class: "field" }, el("span", {}, f.label), f.input)),
    el("label", { class: "field" }, el("span", {}, "Author"), author),
    el("label", { class: "field" }, el("span", {}, "Note"), note),
    el("p", {}, el("button", { type: "submit" }, "Save correction"), " ", el("button", { type: "button", class: "cancel" }, "Cancel")),
    status,
    el("p", { class: "meta" }, "The original reading is kept; the correction is stored with your name and the time and survives re-analysis of the text."),
  );
  form.querySelector(".cancel")!.addEventListener("click", () => showDetail());
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const who = author.value.trim();
    if (!who) {
      status.textContent = "Give your name: every correction is signed.";
      author.focus();
      return;
    }
    localStorage.setItem(AUTHOR_KEY, who);
    const changes = fields.map((f) => [f.name, f.read()] as const).filter(([, v]) => v !== undefined);
    if (changes.length === 0) {
      status.textContent = "Nothing was changed.";
      return;
    }
    status.textContent = "saving…";
    try {
      for (const [field, value] of changes) {
        await getJson("/api/corrections", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ document: m.doc.id, target: kind, id, field, value, author: who, note: note.value.trim() || undefined }),
        });
      }
    } catch (err) {
      status.textContent = `Not saved: ${(err as Error).message}`;
      status.classList.add("error");
      return;
    }
    await saved(kind, id);
  });
  showDetail(form);
  fields[0]?.input.focus();
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function text(name: string, label: string, current: string | null, placeholder: string): Field {
  const input = el("input", { type: "text", name, id: `correct-${name}`, value: current ?? "", placeholder });
  return { name, label, input, read: () => (input.value.trim() === (current ?? "") ? undefined : input.value.trim() || null) };
}

function choice(name: string, label: string, options: string[], current: string): Field {
  const input = el("select", { name, id: `correct-${name}` }, ...options.map((o) => el("option", { value: o, selected: o === current }, o)));
  return { name, label, input, read: () => (input.value === current ? undefined : input.value) };
}

function actorsField(m: Model, name: string, label: string, current: string[]): Field {
  const actors = m.x.entities.filter((e) => ACTOR_KINDS.has(e.kind) || current.includes(e.id)).sort((a, b) => a.label.localeCompare(b.label));
  const input = el(
    "select",
    { name, id: `correct-${name}`, multiple: true, size: Math.min(8, Math.max(3, actors.length)) },
    ...actors.map((e) => el("option", { value: e.id, selected: current.includes(e.id) }, `${e.label}${e.wikidata ? ` (${e.wikidata})` : ""}`)),
  );
  return {
    name,
    label: `${label} (Ctrl-click for several)`,
    input,
    read: () => {
      const chosen = [...(input as HTMLSelectElement).selectedOptions].map((o) => o.value);
      return same([...chosen].sort(), [...current].sort()) ? undefined : chosen;
    },
  };
}

function eventFields(m: Model, id: string): Field[] | null {
  const v = m.x.events.find((e) => e.id === id);
  if (!v) return null;
  return [choice("type", "Type (PLOVER)", PLOVER, v.type), actorsField(m, "source", "Who acted", v.source), actorsField(m, "target", "On whom", v.target), text("date", "Date (EDTF)", v.date, "1941-04-13, 1648-10, -0490")];
}

function treatyFields(m: Model, id: string): Field[] | null {
  const t = m.x.treaties.find((e) => e.id === id);
  if (!t) return null;
  return [actorsField(m, "parties", "Parties", t.parties), text("signed", "Signed (EDTF)", t.signed, "1648-10-24"), text("ends", "Ends (EDTF)", t.ends, "1945-04-13")];
}

function entityFields(m: Model, id: string): Field[] | null {
  const e = m.entities.get(id);
  if (!e) return null;
  return [text("wikidata", "Wikidata id", e.wikidata, "Q17 (empty: no link)")];
}
