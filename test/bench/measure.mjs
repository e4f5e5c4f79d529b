/**
 * Times one step and samples its heap: wall time, and peak heap above the
 * heap after a full GC before it (run node with --expose-gc). Sampling
 * every 10 ms can miss short peaks; figures compare as ratios in one run.
 *
 * @template T
 * @param {() => T | Promise<T>} fn
 * @returns {Promise<{ value: T, ms: number, heapMb: number }>}
 */
export async function measure(fn) {
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 10);
  const start = performance.now();
  const value = await fn();
  const ms = performance.now() - start;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { value, ms, heapMb: (peak - before) / 1e6 };
}
