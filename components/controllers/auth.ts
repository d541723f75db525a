import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import { authContext } from '../base/context.js';
import type { AuthService } from '../../src/auth/service.js';
import type { AuthState } from '../../src/state/state.js';

type Host = ReactiveControllerHost & HTMLElement;
export type StateListener = (next: AuthState, previous: AuthState) => void;

/**
 * The auth service of the nearest `<cognito-user-pool>` (through the context) and its state,
 * which the host re-renders on. Listeners hear each transition synchronously, so an answer's
 * caller already sees what followed it.
 */
export class AuthController implements ReactiveController {
  service?: AuthService;
  state: AuthState = { status: 'loading' };
  #listeners: StateListener[] = [];
  #unsubscribe?: () => void;

  constructor(private readonly host: Host) {
    host.addController(this);
    new ContextConsumer(host, { context: authContext, subscribe: true, callback: (service) => this.#attach(service) });
  }

  /** Calls `listener` on every state change (not on the first state). */
  listen(listener: StateListener): this {
    this.#listeners.push(listener);
    return this;
  }

  #attach(service?: AuthService) {
    this.#unsubscribe?.();
    this.service = service;
    this.state = service?.state ?? { status: 'loading' };
    this.#unsubscribe = service?.subscribe((next) => {
      const previous = this.state;
      this.state = next;
      for (const listener of this.#listeners) listener(next, previous);
      this.host.requestUpdate();
    });
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}
