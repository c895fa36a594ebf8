// What every view gives the shell: a way to take it down, and (timeline, map, network) a way to follow the
// shared time control in place. Also the one message an empty view shows: why it is empty and what fills it.
import { el } from "./dom.ts";
import type { Model } from "./model.ts";
import { linkTo, type State } from "./state.ts";
import { formatEdtf } from "./time.ts";
import { emptyNote } from "./ui.ts";

export interface ViewHandle {
  destroy(): void;
  /** Follow the shared time control: show what happened up to this month (undefined: everything). */
  setTime?(at: string | undefined): void;
}

export type RenderView = (root: HTMLElement, m: Model, state: State) => ViewHandle;

/** Why a view has nothing to show: the document has no such facts, or the filters exclude them all. */
export function emptyReason(m: Model, state: State, what: "timeline" | "map" | "network"): HTMLElement {
  const dated = m.x.events.filter((v) => v.date).length + m.x.treaties.filter((t) => t.signed).length;
  const filters = [state.actor ? `actor ${m.label(state.actor)}` : "", state.type ? `type ${state.type}` : "", state.from ? `from ${formatEdtf(state.from)}` : "", state.to ? `to ${formatEdtf(state.to)}` : ""].filter(Boolean);
  const clear = el("a", { href: linkTo({ actor: undefined, type: undefined, from: undefined, to: undefined, at: undefined }) }, "Clear the filters");
  if (what === "map") {
    const located = m.x.entities.filter((e) => e.coords).length;
    if (located === 0) return emptyNote("No places with coordinates in this document, so the map has nothing to show.", "Places are located through their Wikidata link: correct a place's link in the reader (click its name) to put it on the map.");
  } else if (dated === 0) {
    const total = m.x.events.length + m.x.treaties.length;
    return emptyNote(
      total === 0 ? "No events or treaties were found in this document." : `No dated events in this document: ${m.x.events.length} events and ${m.x.treaties.length} treaties, none with a date.`,
      total === 0 ? "Add a text that narrates who did what to whom, or read this one in the reader." : "Dates come from the text's time expressions; give an event a date with “Correct…” in its card (reader) to place it here.",
    );
  } else if (what === "network" && m.actors().length < 2) {
    return emptyNote("Fewer than two actors take part in events or treaties of this document, so there is no network to draw.", "Correct an event's actors in its card (reader) to link them.");
  }
  const box = emptyNote(filters.length ? `Nothing matches the filters (${filters.join(", ")}).` : state.at ? `Nothing happened yet by ${formatEdtf(state.at)}.` : "Nothing to show.", "Widen the filters or move the time control.");
  box.append(clear);
  return box;
}
