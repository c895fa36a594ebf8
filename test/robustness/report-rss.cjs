// Preloaded into a child process by the robustness tests: writes its peak RSS (KiB) to $ANNALIST_RSS_REPORT on exit.
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
  const file = process.env.ANNALIST_RSS_REPORT;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
