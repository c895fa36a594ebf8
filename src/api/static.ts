// Serves the built web explorer (web/dist) at `/`, with a strict content security policy:
// scripts only from this origin, so text that slipped into the page could never run.
import type { Hono } from "hono";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export function mountStatic(app: Hono, dist: string): void {
  app.get("*", (c) => {
    let path: string;
    try {
      path = decodeURIComponent(c.req.path);
    } catch {
      return c.json({ error: "bad_request", detail: "malformed percent-encoding in the path" }, 400);
    }
    const rel = normalize(path).replace(/^([/\\])+/, "");
    let file = join(dist, rel);
    if (!file.startsWith(dist.endsWith(sep) ? dist : dist + sep) && file !== dist) return c.json({ error: "not_found", detail: c.req.path }, 404);
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(dist, "index.html");
    if (!existsSync(file)) return c.json({ error: "not_found", detail: "the web explorer is not built (web/dist)" }, 404);
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    c.header("content-type", type);
    c.header("x-content-type-options", "nosniff");
    c.header("content-security-policy", CONTENT_SECURITY_POLICY);
    c.header("cache-control", file.includes(`${sep}assets${sep}`) ? "public, max-age=31536000, immutable" : "no-cache");
    return c.body(readFileSync(file));
  });
}
