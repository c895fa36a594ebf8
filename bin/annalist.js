#!/usr/bin/env node
// Entry point of the `annalist` command. It runs the compiled JavaScript in dist/, which `npm install`
// builds (the prepare script). When a file under src/ or data/ changed since that build, it rebuilds
// first, so an edit is never silently ignored; where esbuild is not installed it runs the TypeScript
// sources through tsx instead. ANNALIST_FROM_SOURCE=1 always runs the sources.
import { staleReason } from "../scripts/build-state.mjs";

const note = (line) => process.stderr.write(`annalist: ${line}\n`);

async function runSources(why) {
  note(`running the TypeScript sources through tsx (${why})`);
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/index.ts");
}

if (process.env.ANNALIST_FROM_SOURCE) {
  await runSources("ANNALIST_FROM_SOURCE is set");
} else {
  const stale = staleReason();
  if (stale === null) {
    await import("../dist/annalist.mjs");
  } else {
    let built = false;
    try {
      const { build } = await import("../scripts/build.mjs");
      note(`${stale} since the last build; rebuilding dist/`);
      await build({ clean: false, quiet: true });
      built = true;
    } catch (e) {
      await runSources(`dist/ is out of date (${stale}) and cannot be rebuilt: ${e instanceof Error ? e.message.split("\n")[0] : e}`);
    }
    if (built) await import("../dist/annalist.mjs");
  }
}
