// Starts the HTTP server: the API and the web explorer on one port, bound to loopback by default.
import { serve, type ServerType } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import { createApp, type AppOptions } from "./app.ts";
import { mountStatic } from "./static.ts";
import { webDist } from "./build-web.ts";
import type { KnowledgeStore } from "./store.ts";

export interface ServerOptions extends AppOptions {
  port?: number;
  host?: string;
  /** Serve the web explorer from this directory (default web/dist); false for the API alone. */
  web?: string | false;
}

export interface RunningServer {
  url: string;
  server: ServerType;
  close(): Promise<void>;
}

export function startServer(store: KnowledgeStore, options: ServerOptions = {}): Promise<RunningServer> {
  const web = options.web ?? webDist;
  const { app } = createApp(store, { ...options, mount: web ? (a) => mountStatic(a, web) : undefined });
  const host = options.host ?? "127.0.0.1";
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? 8787, hostname: host }, (info: AddressInfo) => {
      const shown = info.family === "IPv6" ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}/`,
        server,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
    server.once("error", reject);
  });
}
