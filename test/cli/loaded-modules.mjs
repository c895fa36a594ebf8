// Preloaded with --import: records every module the process loads (its resolved URL) in the file named by
// ANNALIST_LOADED_MODULES, one per line, so that a test can see what a command loads. The hook writes the
// file itself, synchronously, so a process that exits at once loses nothing.
import { register } from "node:module";

register(
  `data:text/javascript,${encodeURIComponent(`
    import { appendFileSync } from "node:fs";
    let log;
    export function initialize(data) { log = data.log; }
    export async function resolve(specifier, context, next) {
      const result = await next(specifier, context);
      appendFileSync(log, result.url + "\\n");
      return result;
    }`)}`,
  { data: { log: process.env.ANNALIST_LOADED_MODULES } },
);
