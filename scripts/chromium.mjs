// The one place that says how this project starts Chromium: Debian's build (or CHROME_PATH),
// never a downloaded browser, with the flags this sandboxed, offline machine needs.
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROME_ARGS = [
  '--no-sandbox', // Chromium refuses to start as root with its sandbox
  '--headless=new',
  '--disable-gpu',
  // Without these, Chromium keeps trying to reach Google's services, which this network refuses.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Pages and test files side by side as tabs: a hidden tab's timers and rendering must not be
  // throttled, or its tests time out.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
];
