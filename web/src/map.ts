// Map of the places with events, on an offline basemap of country shapes, with markers grouped into clusters
// where they would overlap, and following the shared time control. The details open in the side panel.
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { feature } from "topojson-client";
import coarseCountries from "world-atlas/countries-110m.json";
import { el } from "./dom.ts";
import { quadOf, type Entity, type Event, type Model } from "./model.ts";
import type { State } from "./state.ts";
import { edtfRange } from "./time.ts";
import { entityCard, eventCard, showDetail } from "./ui.ts";
import { emptyReason, type ViewHandle } from "./view.ts";
import { antimeridianSafe } from "./antimeridian.ts";

type Topology = Parameters<typeof feature>[0];
const shapesOf = new WeakMap<object, GeoJSON.FeatureCollection>();
function countryShapes(topo: Topology): GeoJSON.FeatureCollection {
  const known = shapesOf.get(topo as object);
  if (known) return known;
  const shapes = antimeridianSafe(feature(topo, (topo as { objects: { countries: never } }).objects.countries) as unknown as GeoJSON.FeatureCollection);
  shapesOf.set(topo as object, shapes);
  return shapes;
}

// Natural Earth's 1:110m shapes suit the world and continent views; from this zoom on (a region), the 1:50m
// ones are loaded and drawn instead. They take seven times the bytes and the drawing time, so the first view
// of a map does not wait for them.
const DETAILED_FROM_ZOOM = 4;
const detailedCountries = () => import("world-atlas/countries-50m.json").then((mod) => mod.default as unknown as Topology);

/** Markers closer than this many pixels are drawn as one cluster. */
const CLUSTER_PX = 34;

interface Place {
  entity: Entity;
  events: Event[];
}

export function renderMap(root: HTMLElement, m: Model, state: State): ViewHandle {
  const filtering = !!(state.actor || state.type || state.from || state.to);
  const all = m.filteredEvents({ ...state, at: undefined });
  const located = m.x.entities.filter((e) => e.coords);
  if (located.length === 0 || (filtering && !all.some((v) => v.place && m.entities.get(v.place)?.coords))) {
    root.append(emptyReason(m, state, "map"));
    return { destroy: () => {} };
  }
  const box = el("div", { id: "map", class: "map" });
  const caption = el("p", { class: "legend", id: "map-caption" });
  root.append(caption, box, el("p", { class: "meta" }, "Basemap: Natural Earth via world-atlas, present-day borders (historical borders are not drawn). Click a marker for its events; a numbered circle groups markers that would overlap."));
  const map = L.map(box, { worldCopyJump: false, attributionControl: true, zoomSnap: 0.5, preferCanvas: true, minZoom: 1, maxZoom: 12 });
  map.attributionControl.setPrefix(false);
  const canvas = L.canvas({ padding: 0.2 });
  const countries = (topo: Topology) =>
    L.geoJSON(countryShapes(topo), { style: { color: "#8a8f98", weight: 0.6, fillColor: "#eef0e6", fillOpacity: 1 }, interactive: false, attribution: "Natural Earth (world-atlas)", renderer: canvas } as L.GeoJSONOptions);
  const coarse = countries(coarseCountries as unknown as Topology).addTo(map);
  let removed = false;
  let detailed: Promise<void> | undefined;
  const detailIfNear = () => {
    if (detailed || map.getZoom() < DETAILED_FROM_ZOOM) return;
    detailed = detailedCountries().then((topo) => {
      if (removed) return;
      countries(topo).addTo(map).bringToBack();
      coarse.remove();
      box.dataset.basemap = "50m";
    });
  };
  box.dataset.basemap = "110m";
  map.getContainer().style.background = "#cfe0ee";
  const markers = L.layerGroup().addTo(map);

  let places: Place[] = [];
  const compute = (at?: string) => {
    const until = at ? edtfRange(at)?.[1] : undefined;
    const events = until === undefined ? all : all.filter((v) => (edtfRange(v.date)?.[0] ?? Infinity) <= until);
    const byPlace = new Map<string, Event[]>();
    for (const v of events) if (v.place && m.entities.get(v.place)?.coords) byPlace.set(v.place, [...(byPlace.get(v.place) ?? []), v]);
    places = located.filter((e) => byPlace.has(e.id) || (!filtering && until === undefined)).map((entity) => ({ entity, events: byPlace.get(entity.id) ?? [] }));
    caption.textContent = `${places.length} places; ${byPlace.size} with events (coloured markers), ${events.length} events${until !== undefined ? " up to the time control's date" : ""}.`;
    box.dataset.events = String([...byPlace.values()].reduce((n, list) => n + list.length, 0));
  };
  const draw = () => {
    markers.clearLayers();
    for (const group of cluster(map, places)) {
      if (group.length === 1) markers.addLayer(placeMarker(m, group[0]));
      else markers.addLayer(clusterMarker(map, m, group));
    }
  };
  compute(state.at);
  const withEvents = places.filter((p) => p.events.length);
  const fit = (withEvents.length ? withEvents : places).map((p) => p.entity.coords!);
  if (fit.length) map.fitBounds(L.latLngBounds(fit).pad(0.25), { maxZoom: 5 });
  else map.setView([30, 20], 2);
  draw();
  map.on("zoomend", draw);
  map.on("zoomend", detailIfNear);
  detailIfNear();
  (window as unknown as { annalistMap: unknown }).annalistMap = map;
  return {
    destroy: () => {
      removed = true;
      map.remove();
    },
    setTime: (at) => {
      compute(at);
      draw();
    },
  };
}

/** Greedy clustering in screen pixels at the current zoom: each place joins the first cluster near enough. */
function cluster(map: L.Map, places: Place[]): Place[][] {
  const sorted = [...places].sort((a, b) => b.events.length - a.events.length || a.entity.label.localeCompare(b.entity.label));
  const groups: { x: number; y: number; members: Place[] }[] = [];
  for (const p of sorted) {
    const pt = map.project(p.entity.coords! as L.LatLngTuple);
    const near = groups.find((g) => Math.hypot(g.x - pt.x, g.y - pt.y) < CLUSTER_PX);
    if (near) near.members.push(p);
    else groups.push({ x: pt.x, y: pt.y, members: [p] });
  }
  return groups.map((g) => g.members);
}

function placeMarker(m: Model, p: Place): L.Marker {
  const n = p.events.length;
  const pin = el("span", { class: `pin ${n ? "with-events" : "mentioned"}`, "data-place": p.entity.label, "data-events": n });
  if (n) {
    pin.style.background = quadOf(p.events[0].type).color;
    pin.textContent = String(n);
  }
  const size = n ? 22 : 12;
  const icon = L.divIcon({ html: pin, className: "pin-icon", iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
  const marker = L.marker(p.entity.coords! as L.LatLngTuple, { icon, title: p.entity.label, alt: p.entity.label, riseOnHover: true, zIndexOffset: n ? 1000 + n : 0, keyboard: true });
  marker.on("click", () => showPlace(m, p));
  return pressable(marker);
}

function clusterMarker(map: L.Map, m: Model, members: Place[]): L.Marker {
  const events = members.reduce((n, p) => n + p.events.length, 0);
  const labels = members.map((p) => p.entity.label);
  const pin = el("span", { class: "cluster", "data-places": labels.join("|"), "data-events": events }, String(members.length));
  const icon = L.divIcon({ html: pin, className: "pin-icon", iconSize: [30, 30], iconAnchor: [15, 15] });
  const lats = members.map((p) => p.entity.coords![0]);
  const lons = members.map((p) => p.entity.coords![1]);
  const center: L.LatLngTuple = [lats.reduce((a, b) => a + b) / lats.length, lons.reduce((a, b) => a + b) / lons.length];
  const marker = L.marker(center, { icon, title: `${members.length} places: ${labels.join(", ")}`, alt: `${members.length} places`, keyboard: true, zIndexOffset: 2000 });
  marker.on("click", () => {
    const bounds = L.latLngBounds(members.map((p) => p.entity.coords! as L.LatLngTuple));
    const spread = bounds.getNorthEast().distanceTo(bounds.getSouthWest());
    if (spread < 1000 || map.getZoom() >= map.getMaxZoom()) {
      showDetail(el("h2", {}, `${members.length} places here`), ...members.map((p) => el("p", {}, `${p.entity.label}: ${p.events.length} events`)));
    } else {
      map.fitBounds(bounds.pad(0.5), { maxZoom: map.getMaxZoom() });
    }
  });
  return pressable(marker);
}

/** Enter or Space on a focused marker acts as a click, for keyboard users. */
function pressable(marker: L.Marker): L.Marker {
  marker.on("add", () => {
    const icon = marker.getElement();
    icon?.setAttribute("role", "button");
    icon?.addEventListener("keydown", (e) => {
      if (e.key !== "Enter" && e.key !== " ") return;
      e.preventDefault();
      marker.fire("click");
    });
  });
  return marker;
}

function showPlace(m: Model, p: Place): void {
  const head = el("h2", { class: "place-head", "data-place": p.entity.label }, p.entity.label);
  if (p.events.length === 0) return showDetail(head, entityCard(m, p.entity.id));
  showDetail(head, el("p", { class: "meta" }, `${p.events.length} event(s) located here`), ...p.events.map((v) => eventCard(m, v)));
}
