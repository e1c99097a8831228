import { patienceMs } from '../../support/patience.js';

/** Resolves once `condition` holds, checking every few milliseconds; fails after timeoutMs. */
export async function until(condition: () => boolean | Promise<boolean>, timeoutMs = patienceMs): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
