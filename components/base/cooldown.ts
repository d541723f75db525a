import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Cognito's answers that mean "slow down": sending again at once only prolongs the block. */
const THROTTLING = new Set(['LimitExceededException', 'TooManyRequestsException', 'TooManyFailedAttemptsException']);

export const isThrottling = (error: { code?: string } | undefined): boolean => THROTTLING.has(error?.code ?? '');

/** The first wait, and the longest: each throttling answer in a row doubles the wait. */
const FIRST_SECONDS = 10;
const MAX_SECONDS = 300;

/**
 * A cooldown after Cognito throttled a request: while it runs, `remaining` counts the seconds
 * down (the host re-renders every second) and the host keeps its submit disabled. Waits grow
 * with each throttling in a row (10 s, 20 s, 40 s, … 5 min) and start again from the first after
 * a request succeeds. The deadline is kept on the clock, so a host that leaves the page and
 * comes back resumes the same cooldown; no timer outlives the host's connection.
 */
export class Cooldown implements ReactiveController {
  /** Whole seconds left; 0 when no cooldown runs. */
  remaining = 0;
  /** The length of the cooldown that runs (or ran last), in seconds. */
  seconds = 0;
  /** Set when a cooldown ran out, until the next request; hosts announce that it is over. */
  ended = false;
  #strikes = 0;
  #until = 0;
  #timer?: ReturnType<typeof setInterval>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get active(): boolean {
    return this.remaining > 0;
  }

  /** Cognito throttled a request: start (or lengthen) the cooldown. */
  start(): void {
    this.seconds = Math.min(MAX_SECONDS, FIRST_SECONDS * 2 ** this.#strikes);
    this.#strikes++;
    this.#until = Date.now() + this.seconds * 1000;
    this.ended = false;
    this.#tick();
  }

  /** A request went through: the next throttling waits the first length again. */
  succeeded(): void {
    this.#strikes = 0;
  }

  /** A new request starts: the "you can try again" notice has served its purpose. */
  acknowledge(): void {
    this.ended = false;
  }

  #tick = () => {
    const left = Math.max(0, Math.ceil((this.#until - Date.now()) / 1000));
    const wasActive = this.active;
    this.remaining = left;
    if (left > 0) this.#timer ??= setInterval(this.#tick, 1000);
    else {
      this.#stop();
      if (wasActive) this.ended = true;
    }
    this.host.requestUpdate();
  };

  #stop() {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  hostConnected(): void {
    if (this.#until > Date.now()) this.#tick();
  }

  hostDisconnected(): void {
    this.#stop();
  }
}

type Translate = (key: 'cooldown.wait' | 'cooldown.over', params?: { seconds: number }) => string;

/**
 * What the status region (a polite live region) says about a cooldown: how long the wait is,
 * once when it starts, and that it is over when it ends. The seconds counting down are on the
 * disabled submit button, which is not live: a region that changed every second would talk
 * over everything else.
 */
export function cooldownNotice(cooldown: Cooldown, t: Translate): string {
  if (cooldown.active) return t('cooldown.wait', { seconds: cooldown.seconds });
  return cooldown.ended ? t('cooldown.over') : '';
}
