/**
 * Loaded with `node --import` into every process `make bench` times: at
 * exit it writes the process's peak RSS and errcat's stage marks (see
 * markStage in generators/pipeline.ts) to the file named by
 * ERRCAT_BENCH_PROBE. The parent times the whole process itself.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.ERRCAT_BENCH_PROBE;
if (file) {
  process.on('exit', () => {
    const marks = performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('errcat:'))
      .map((m) => [m.name.slice('errcat:'.length), m.startTime]);
    writeFileSync(file, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, marks }));
  });
}
