// The web explorer: one page, built into web/dist (served by `annalist serve` at /).
import { defineConfig } from "vite";

export default defineConfig({
  root: import.meta.dirname,
  base: "./",
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 4000, sourcemap: false },
  server: { proxy: { "/api": "http://127.0.0.1:8787" } },
});
