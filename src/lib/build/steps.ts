/** Runs named build steps in order, printing progress and timings, and stops at the first failure. */
export interface Step {
  name: string;
  run(): Promise<string | void> | string | void;
}

export async function runSteps(steps: Step[], log: (line: string) => void = console.log): Promise<void> {
  const started = performance.now();
  for (const [i, step] of steps.entries()) {
    const t0 = performance.now();
    log(`[${i + 1}/${steps.length}] ${step.name}…`);
    const detail = await step.run();
    log(`      done in ${((performance.now() - t0) / 1000).toFixed(1)} s${detail ? `: ${detail}` : ''}`);
  }
  log(`Finished in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}
