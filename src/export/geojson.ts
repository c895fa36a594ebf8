// GeoJSON (RFC 7946): a FeatureCollection of the places with coordinates and of the events located at them.
import type { Extraction } from "../schema.ts";
import { ExtractionIndex, oneLine } from "./lookup.ts";

export interface PointFeature {
  type: "Feature";
  id: string;
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: Record<string, unknown>;
}

export interface FeatureCollection {
  type: "FeatureCollection";
  features: PointFeature[];
}

/** RFC 7946 positions are [longitude, latitude]; entities carry [lat, lon]. */
function point([lat, lon]: [number, number]): PointFeature["geometry"] {
  return { type: "Point", coordinates: [lon, lat] };
}

export function toGeoJson(x: Extraction): FeatureCollection {
  const ix = new ExtractionIndex(x);
  const features: PointFeature[] = [];
  for (const e of x.entities) {
    const coords = ix.coords(e.id);
    if (!coords || ix.entity(e.id) !== e) continue;
    features.push({
      type: "Feature",
      id: e.id,
      geometry: point(coords),
      properties: { kind: "place", entity: e.id, label: e.label, entityKind: e.kind, wikidata: e.wikidata, mentions: e.mentions.length },
    });
  }
  for (const ev of x.events) {
    const coords = ix.coords(ev.place);
    if (!coords) continue;
    features.push({
      type: "Feature",
      id: ev.id,
      geometry: point(coords),
      properties: {
        kind: "event",
        event: ev.id,
        type: ev.type,
        cameo: ev.cameo,
        date: ev.date,
        modality: ev.modality,
        place: ev.place,
        placeLabel: ix.label(ev.place!),
        source: ev.source.map((id) => ix.label(id)),
        target: ev.target.map((id) => ix.label(id)),
        trigger: ev.trigger.text,
        sentence: oneLine(ix.sentenceText(ev)),
        citation: ix.citationLabel(ev.citations),
        start: ev.trigger.start,
        end: ev.trigger.end,
      },
    });
  }
  return { type: "FeatureCollection", features };
}
