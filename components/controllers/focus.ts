import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type FocusTarget = 'field' | 'heading';
type Host = ReactiveControllerHost & HTMLElement;

/**
 * Where focus goes when the host's view changes: into its first visible field, or onto its
 * heading (`tabindex="-1"`), so a keyboard or screen-reader user starts where the new step does.
 */
export class FocusController implements ReactiveController {
  #watched: Array<{ value: () => unknown; last: unknown; where: () => FocusTarget | undefined }> = [];

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Moves focus into the host as it is rendered now. */
  now(where: FocusTarget): void {
    const field = where === 'field' ? this.host.querySelector<HTMLElement>('input:not([hidden]):not([type="checkbox"])') : null;
    (field ?? this.host.querySelector<HTMLElement>('h2'))?.focus();
  }

  /** Moves focus once the host has rendered. */
  async after(where: FocusTarget): Promise<void> {
    await this.host.updateComplete;
    this.now(where);
  }

  /** The first field marked invalid, once rendered. */
  async firstInvalid(): Promise<void> {
    await this.host.updateComplete;
    this.host.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus();
  }

  /** Moves focus each time `value` changes after the first render (`where` undefined: stays). */
  follow(value: () => unknown, where: () => FocusTarget | undefined): void {
    this.#watched.push({ value, last: value(), where });
  }

  hostUpdated(): void {
    for (const watched of this.#watched) {
      const value = watched.value();
      if (Object.is(value, watched.last)) continue;
      watched.last = value;
      const where = watched.where();
      if (where) this.now(where);
    }
  }
}
