/**
 * Calls `done` once, when `<cognito-totp-setup>` (for a signed-in user) shows its done message.
 * That element fires no event when a setup after sign-in succeeds (its `cognito-signed-in` is for
 * the MFA_SETUP challenge), so its status region is what says so: its text is compared with
 * the `totp.done` message, localized as the element shows it. Returns the function that stops
 * watching.
 */
export function whenTotpSetUp(setup: Element, doneText: () => string, done: () => void): () => void {
  let finished = false;
  const check = () => {
    const status = setup.querySelector('[role="status"]')?.textContent?.trim();
    if (finished || !status || status !== doneText()) return;
    finished = true;
    observer.disconnect();
    done();
  };
  const observer = new MutationObserver(check);
  observer.observe(setup, { childList: true, subtree: true, characterData: true });
  check();
  return () => observer.disconnect();
}
