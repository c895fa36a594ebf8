// Preloaded into the measured child process: writes its peak RSS (KiB) and CPU time (user + system, µs) to
// $ANNALIST_RSS_REPORT on exit, as "RSS CPU".
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
  const file = process.env.ANNALIST_RSS_REPORT;
  if (!file) return;
  const usage = process.resourceUsage();
  writeFileSync(file, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}`);
});
