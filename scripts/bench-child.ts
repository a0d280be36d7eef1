/**
 * Runs one benchmark scenario and prints its result as the last line of stdout, as JSON after `BENCH `. Started by
 * scripts/bench.ts in a process of its own: `node --import tsx scripts/bench-child.ts '<json>'`.
 */
import { type ChildResult, RESULT_PREFIX, type Scenario, type ScenarioParams } from './bench-types.js';

async function run(): Promise<void> {
  const { scenario, params } = JSON.parse(process.argv[2] ?? '{}') as {
    scenario: string;
    params: ScenarioParams;
  };
  // The reference rows load only their own module, so that tandem's modules do not weigh on their memory.
  const { REFERENCE_SCENARIOS } = await import('./bench-floor.js');
  const body: Scenario | undefined =
    REFERENCE_SCENARIOS[scenario] ?? (await import('./bench-scenarios.js')).SCENARIOS[scenario];
  if (!body) throw new Error(`Expected a known scenario, got \`${scenario}\``);
  let ms: number | undefined;
  let cpuMs: number | undefined;
  let rssBeforeMb: number | undefined;
  const counts = await body(params, async (work) => {
    if (ms !== undefined) throw new Error(`Scenario ${scenario} timed twice`);
    // The garbage of preparing the inputs goes first: a row whose work runs on worker threads leaves the main
    // thread idle, and an idle heap is not collected, so it would count against that row alone.
    (globalThis as { gc?: () => void }).gc?.();
    rssBeforeMb = process.memoryUsage().rss / 1024 / 1024;
    const cpu = process.cpuUsage();
    const start = performance.now();
    const value = await work();
    ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    cpuMs = (used.user + used.system) / 1000;
    return value;
  });
  const result: ChildResult = {
    ...counts,
    ...(ms === undefined ? {} : { ms }),
    ...(cpuMs === undefined ? {} : { cpuMs }),
    ...(rssBeforeMb === undefined ? {} : { rssBeforeMb }),
    // maxRSS is in kilobytes.
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`\n${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

await run();
