// Preloaded into every Node process of a measured run (through NODE_OPTIONS, so that a tool's own
// child processes have it too): on exit, appends the process's peak resident set size to the file
// named by BENCH_PEAK_RSS_FILE. The run's peak is the largest of them.
const { appendFileSync } = require('node:fs');

const file = process.env.BENCH_PEAK_RSS_FILE;
if (file) {
  process.on('exit', () => {
    appendFileSync(file, `${JSON.stringify({ pid: process.pid, maxRssKiB: process.resourceUsage().maxRSS })}\n`);
  });
}
