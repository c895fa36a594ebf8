// Map of the places with events, on an offline basemap drawn from world-atlas country shapes.
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { feature } from "topojson-client";
import countries from "world-atlas/countries-50m.json";
import { el } from "./dom.ts";
import { quadOf, type Entity, type Event, type Model } from "./model.ts";
import type { State } from "./state.ts";
import { emptyNote, readerLink } from "./ui.ts";

let basemap: GeoJSON.FeatureCollection | undefined;
function countryShapes(): GeoJSON.FeatureCollection {
  const topo = countries as unknown as Parameters<typeof feature>[0];
  basemap ??= feature(topo, (topo as unknown as { objects: { countries: never } }).objects.countries) as unknown as GeoJSON.FeatureCollection;
  return basemap;
}

export function renderMap(root: HTMLElement, m: Model, state: State): () => void {
  const filtering = !!(state.actor || state.type || state.from || state.to);
  const events = m.filteredEvents(state);
  const byPlace = new Map<string, Event[]>();
  for (const v of events) if (v.place) byPlace.set(v.place, [...(byPlace.get(v.place) ?? []), v]);
  const places = m.x.entities.filter((e) => e.coords && (byPlace.has(e.id) || !filtering));
  if (places.length === 0) {
    root.appendChild(emptyNote("No located places match the filters."));
    return () => {};
  }
  const box = el("div", { id: "map", class: "map" });
  root.append(el("p", { class: "legend" }, `${places.length} places; ${byPlace.size} with events (large markers). Basemap: Natural Earth via world-atlas.`), box);
  const map = L.map(box, { worldCopyJump: false, attributionControl: true, zoomSnap: 0.5 });
  map.attributionControl.setPrefix(false);
  L.geoJSON(countryShapes(), { style: { color: "#8a8f98", weight: 0.6, fillColor: "#eef0e6", fillOpacity: 1 }, interactive: false, attribution: "Natural Earth (world-atlas)" }).addTo(map);
  map.getContainer().style.background = "#cfe0ee";

  const latlngs: L.LatLngExpression[] = [];
  for (const place of places) {
    const [lat, lon] = place.coords!;
    const here = byPlace.get(place.id) ?? [];
    const pin = el("span", { class: `pin ${here.length ? "with-events" : "mentioned"}`, "data-place": place.label, "data-events": here.length });
    if (here.length) {
      pin.style.background = quadOf(here[0].type).color;
      pin.textContent = String(here.length);
    }
    const size = here.length ? 22 : 12;
    const icon = L.divIcon({ html: pin, className: "pin-icon", iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
    L.marker([lat, lon], { icon, title: place.label, alt: place.label, riseOnHover: true, zIndexOffset: here.length ? 1000 + here.length : 0, keyboard: true }).bindPopup(() => popup(m, place, here), { maxWidth: 360, maxHeight: 320 }).addTo(map);
    if (here.length || byPlace.size === 0) latlngs.push([lat, lon]);
  }
  const bounds = L.latLngBounds(latlngs);
  map.fitBounds(bounds.pad(0.25), { maxZoom: 5 });
  (window as unknown as { annalistMap: unknown }).annalistMap = map;
  return () => map.remove();
}

function popup(m: Model, place: Entity, events: Event[]): HTMLElement {
  const box = el("div", { class: "popup" }, el("h3", {}, place.label), el("p", { class: "meta" }, place.wikidata ? `Wikidata ${place.wikidata}` : "no Wikidata link"));
  if (events.length === 0) {
    const first = place.mentions[0];
    const s = first ? m.sentenceAt(first.start) : -1;
    box.append(el("p", { class: "meta" }, `${place.mentions.length} mention(s), no event located here.`));
    if (s >= 0) box.append(el("blockquote", {}, m.sentenceText(s)), readerLink(s));
    return box;
  }
  for (const v of events.slice(0, 12)) {
    const who = v.source.map((id) => m.label(id)).join(", ");
    const whom = v.target.map((id) => m.label(id)).join(", ");
    box.append(
      el(
        "div",
        { class: "popup-event", "data-event": v.id },
        el("strong", {}, `${v.type} · ${v.date ?? "undated"}`),
        el("p", { class: "meta" }, `${who || "—"} → ${whom || "—"}`),
        el("blockquote", {}, m.sentenceText(v.sentence)),
        readerLink(v.sentence),
      ),
    );
  }
  if (events.length > 12) box.append(el("p", { class: "meta" }, `… and ${events.length - 12} more`));
  return box;
}
