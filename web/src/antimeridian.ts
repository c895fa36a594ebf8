// Country shapes that cross the ±180° meridian (stitched for spherical rendering in world-atlas) drawn on a
// flat map: each ring is unwrapped so that no edge jumps across the map, a ring around a pole is closed
// through the pole, and a shape reaching past ±180° gets a copy on the other side. Without this, such
// shapes are drawn as bands across the Arctic and Antarctica.
type Ring = number[][];

function unwrap(ring: Ring): Ring {
  const out: Ring = [];
  let offset = 0;
  for (let i = 0; i < ring.length; i++) {
    let lon = ring[i][0] + offset;
    if (i > 0) {
      const prev = out[i - 1][0];
      while (lon - prev > 180) {
        offset -= 360;
        lon -= 360;
      }
      while (lon - prev < -180) {
        offset += 360;
        lon += 360;
      }
    }
    out.push([lon, ring[i][1]]);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (Math.abs(last[0] - first[0]) > 180) {
    // The ring goes once around a pole: close it along the pole instead of across the map.
    const pole = out.reduce((s, p) => s + p[1], 0) / out.length < 0 ? -90 : 90;
    out.push([last[0], pole], [first[0], pole], first);
  }
  return out;
}

function shifted(rings: Ring[], by: number): Ring[] {
  return rings.map((r) => r.map(([lon, lat]) => [lon + by, lat]));
}

function safePolygon(rings: Ring[]): Ring[][] {
  const polygon = rings.map(unwrap);
  const lons = polygon[0].map((p) => p[0]);
  const min = Math.min(...lons);
  const max = Math.max(...lons);
  const out = [polygon];
  if (max > 180) out.push(shifted(polygon, -360));
  if (min < -180) out.push(shifted(polygon, 360));
  return out;
}

export function antimeridianSafe(fc: GeoJSON.FeatureCollection): GeoJSON.FeatureCollection {
  return {
    ...fc,
    features: fc.features.map((f) => {
      const g = f.geometry;
      if (!g) return f;
      if (g.type === "Polygon") return { ...f, geometry: { type: "MultiPolygon", coordinates: safePolygon(g.coordinates) } };
      if (g.type === "MultiPolygon") return { ...f, geometry: { type: "MultiPolygon", coordinates: g.coordinates.flatMap(safePolygon) } };
      return f;
    }),
  };
}
