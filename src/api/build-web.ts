// The web explorer's bundle (web/dist) is built with vite when it is missing or older than its sources,
// so `npm start` and `annalist serve` work on a fresh clone without a manual build step.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { AnnalistError } from "../errors.ts";

export const webRoot = fileURLToPath(new URL("../../web/", import.meta.url));
export const webDist = join(webRoot, "dist");

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

export function webBundleIsStale(): boolean {
  const index = join(webDist, "index.html");
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  // The explorer also bundles the shared modules it imports from the server's source tree.
  const shared = ["../src/query.ts", "../src/schema.ts", "../src/dates"].map((p) => join(webRoot, p));
  const sources = [join(webRoot, "src"), join(webRoot, "index.html"), join(webRoot, "vite.config.ts"), ...shared].filter(existsSync);
  return sources.some((s) => newestMtime(s) > built);
}

/** Builds web/dist when needed; returns true when it built. */
export async function ensureWebBundle(log: (line: string) => void = () => {}): Promise<boolean> {
  if (!webBundleIsStale()) return false;
  log("building the web explorer (vite)…");
  let build: typeof import("vite").build;
  try {
    ({ build } = await import("vite"));
  } catch {
    throw new AnnalistError("the web explorer is not built (web/dist) and vite is not installed: run npm install", "NO_WEB_BUNDLE");
  }
  await build({ root: webRoot, configFile: join(webRoot, "vite.config.ts"), logLevel: "error" });
  return true;
}
