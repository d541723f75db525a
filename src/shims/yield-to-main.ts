/**
 * Gives the main thread back (input, rendering) and resumes soon after: scheduler.yield() where
 * the browser has it (the continuation goes first), a macrotask elsewhere.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
