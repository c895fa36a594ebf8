import { test } from "node:test";
import assert from "node:assert/strict";
import { toGeoJson } from "../../src/export/geojson.ts";
import { exportAs } from "../../src/export/index.ts";
import { hostileExtraction } from "./support.ts";
import { subjects } from "./subjects.ts";

/** The RFC 7946 rules a FeatureCollection of Points must keep. */
function assertValidGeoJson(g: any): void {
  assert.equal(g.type, "FeatureCollection");
  assert.ok(Array.isArray(g.features));
  assert.equal(g.crs, undefined, "RFC 7946 removed crs");
  for (const f of g.features) {
    assert.equal(f.type, "Feature");
    assert.ok(f.id === undefined || typeof f.id === "string" || typeof f.id === "number");
    assert.ok(f.properties === null || (typeof f.properties === "object" && !Array.isArray(f.properties)));
    assert.equal(f.geometry.type, "Point");
    assert.equal(f.geometry.coordinates.length, 2);
    const [lon, lat] = f.geometry.coordinates;
    assert.ok(Number.isFinite(lon) && lon >= -180 && lon <= 180, `longitude ${lon}`);
    assert.ok(Number.isFinite(lat) && lat >= -90 && lat <= 90, `latitude ${lat}`);
  }
}

test("writes valid RFC 7946 GeoJSON whose points are [lon, lat] of the place entity", () => {
  for (const [name, x] of subjects()) {
    const g = JSON.parse(exportAs("geojson", x));
    assertValidGeoJson(g);
    const entity = new Map(x.entities.map((e) => [e.id, e]));
    for (const f of g.features) {
      const placeId = f.properties.kind === "event" ? f.properties.place : f.properties.entity;
      const coords = entity.get(placeId)?.coords;
      assert.ok(coords, `${name}: ${f.id} has a place with coordinates`);
      assert.deepEqual(f.geometry.coordinates, [coords[1], coords[0]], `${name}: ${f.id}`);
    }
    const events = g.features.filter((f: any) => f.properties.kind === "event").map((f: any) => f.id);
    const located = x.events.filter((ev) => ev.place && entity.get(ev.place)?.coords && Math.abs(entity.get(ev.place)!.coords![0]) <= 90 && Math.abs(entity.get(ev.place)!.coords![1]) <= 180);
    assert.deepEqual(events, located.map((ev) => ev.id), `${name}: every located event, once`);
  }
});

test("has one feature per place with coordinates and drops impossible coordinates", () => {
  const g = toGeoJson(hostileExtraction());
  const places = g.features.filter((f) => f.properties.kind === "place");
  assert.deepEqual(places.map((f) => f.properties.label), ["Mukden", "Moscow"]);
  assert.deepEqual(places[1].geometry.coordinates, [37.6173, 55.7558]);
  const events = g.features.filter((f) => f.properties.kind === "event");
  assert.deepEqual(events.map((f) => f.id), ["v1", "v2"]);
  assert.equal(events[0].properties.placeLabel, "Mukden");
  assert.deepEqual(events[1].properties.source, ["Soviet Union", "Japan"]);
});
