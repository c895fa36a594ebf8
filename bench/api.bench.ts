// API load test on loopback: 200 concurrent keep-alive connections for 15 s against a mix of endpoints
// (after one warm-up request each), on the in-memory store and on the embedded PGlite store (served,
// as by `annalist serve`, through the read cache that its directory lock makes safe).
// Reports requests/s, latency percentiles and the error count (expected 0).
import { fork } from "node:child_process";
import { Agent, request } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchRow } from "./run.ts";

const CONNECTIONS = Number(process.env.API_BENCH_CONNECTIONS ?? 200);
const SECONDS = Number(process.env.API_BENCH_SECONDS ?? 15);

function get(agent: Agent, url: URL): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, method: "GET" }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

async function load(base: string, document: string): Promise<Omit<BenchRow, "bench" | "case">> {
  const paths = [`/api/documents`, `/api/documents/${document}`, `/api/events?actor=Japan&from=1930&to=1945`, `/api/entities?kind=place`, `/api/treaties`, `/api/search?q=treaty`];
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const latencies: number[] = [];
  let errors = 0;
  for (const path of paths) await get(agent, new URL(path, base)); // warm-up: one request per endpoint
  const deadline = performance.now() + SECONDS * 1000;
  const worker = async (k: number) => {
    for (let i = k; performance.now() < deadline; i++) {
      const t0 = performance.now();
      try {
        const status = await get(agent, new URL(paths[i % paths.length], base));
        if (status !== 200) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t0);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, (_, k) => worker(k)));
  const elapsed = (performance.now() - t0) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  return { connections: CONNECTIONS, seconds: Math.round(elapsed), requests: latencies.length, "req/s": latencies.length / elapsed, "p50 ms": pct(50), "p95 ms": pct(95), "p99 ms": pct(99), errors };
}

async function against(kind: "memory" | "pglite"): Promise<BenchRow> {
  const dir = mkdtempSync(join(tmpdir(), "annalist-api-bench-"));
  const child = fork(fileURLToPath(new URL("./api-server.ts", import.meta.url)), [kind, dir], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  try {
    const { url, document } = await new Promise<{ url: string; document: string }>((resolve, reject) => {
      child.once("message", resolve as (m: unknown) => void);
      child.once("exit", (code) => reject(new Error(`the bench server exited (${code})`)));
    });
    return { bench: "api", case: `${kind} store, mixed GETs`, ...(await load(url, document)) };
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      if (child.connected) child.disconnect();
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function (): Promise<BenchRow[]> {
  return [await against("memory"), await against("pglite")];
}
