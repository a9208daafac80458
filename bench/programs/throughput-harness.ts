// Drives one client against the benchmark's server: a warm-up, then BENCH_REQUESTS calls, one at a
// time or BENCH_CONCURRENCY at once, and prints requests per second, CPU time per request (this
// process only: the server runs in another) and the latency percentiles, as one JSON line.
export interface ThroughputResult {
  requestsPerSecond: number;
  cpuMicrosPerRequest: number;
  p50Ms: number;
  p99Ms: number;
}

const env = process.env;
const requests = Number(env.BENCH_REQUESTS ?? 2000);
const concurrency = env.BENCH_MODE === 'concurrent' ? Number(env.BENCH_CONCURRENCY ?? 32) : 1;
const warmup = Number(env.BENCH_WARMUP ?? 400);

async function run(call: () => Promise<unknown>, count: number, latencies?: number[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      const started = performance.now();
      await call();
      latencies?.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

export async function measure(call: () => Promise<unknown>): Promise<void> {
  await run(call, warmup);
  const latencies: number[] = [];
  const cpu = process.cpuUsage();
  const started = performance.now();
  await run(call, requests, latencies);
  const elapsed = performance.now() - started;
  const used = process.cpuUsage(cpu);
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  const result: ThroughputResult = {
    requestsPerSecond: (requests / elapsed) * 1000,
    cpuMicrosPerRequest: (used.user + used.system) / requests,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
  };
  console.log(JSON.stringify(result));
  process.exit(0); // keep-alive sockets would hold the process open
}
