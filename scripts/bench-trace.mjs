// Main-thread tasks from a Chromium trace (what `npm run bench` reads): the renderer's RunTask
// events between two marks, as the longest task and the total blocking time (each task's part
// over 50 ms, as Lighthouse counts it).
const LONG_TASK_MS = 50;
// The top-level task event, by its older and its newer (Chromium 1xx) name.
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** @param {Buffer} trace  @param {string} startName  @param {string} endName */
export function mainThreadTasks(trace, startName, endName) {
  const events = JSON.parse(trace.toString('utf8')).traceEvents ?? [];
  const end = events.filter((e) => e.name === endName).sort((a, b) => a.ts - b.ts)[0];
  if (!end) throw new Error(`the trace holds no ${endName} event`);
  // The mark that opens the window: the last one before the end, on the same renderer.
  const start = events
    .filter((e) => e.name === startName && e.pid === end.pid && e.ts <= end.ts)
    .sort((a, b) => b.ts - a.ts)[0];
  if (!start) throw new Error(`the trace holds no ${startName} event before ${endName}`);
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === end.pid && e.args?.name === 'CrRendererMain');
  const tasks = events.filter(
    (e) => e.ph === 'X' && TASKS.has(e.name) && e.pid === end.pid && (!main || e.tid === main.tid) &&
      e.ts + (e.dur ?? 0) >= start.ts && e.ts <= end.ts,
  );
  const durations = tasks.map((e) => (e.dur ?? 0) / 1000);
  return {
    longest: Math.max(0, ...durations),
    tbt: durations.reduce((sum, d) => sum + Math.max(0, d - LONG_TASK_MS), 0),
  };
}
