import { LitElement, type PropertyValues } from 'lit';
import { adoptStyles } from './styles.js';
import { emit, type CognitoEventDetails, type CognitoEventName } from '../../src/events/index.js';
import { fieldLabel, isRightToLeft, labelInSentence, localize, onTranslationChange, resolveLanguage, type MessageKey, type MessageParams } from '../../src/i18n/i18n.js';
import { LIT_SSR_RENDERS_SHADOW, connectWithoutHydration } from './client-rendered.js';

let instances = 0;

/**
 * What every element is: rendered into the light DOM (password managers must see the forms),
 * styled by the one shared sheet, localized by the nearest `lang`, and a source of `cognito-*`
 * events. Everything else is a controller (components/controllers/) or a template helper
 * (components/templates/) that an element takes as it needs.
 */
export abstract class CognitoElement extends LitElement {
  /** @internal Rendered in the browser only (client-rendered.ts). */
  static override ['_$litElement$'] = LIT_SSR_RENDERS_SHADOW;

  /** @internal Ids unique per instance, so two elements of one kind can share a page. */
  readonly uid = `cognito-${++instances}`;
  #offTranslation?: () => void;
  /** Whether `dir` on the host is ours (set for a right-to-left language), not the page's. */
  #ownDir = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this;
  }

  override connectedCallback() {
    connectWithoutHydration(this, () => super.connectedCallback());
    adoptStyles(this);
    this.#offTranslation = onTranslationChange(() => this.requestUpdate());
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#offTranslation?.();
  }

  protected override update(changed: PropertyValues) {
    this.#followDirection();
    super.update(changed);
  }

  /**
   * A right-to-left language lays the form out right to left, unless the page already says which
   * way (a `dir` on the host or an ancestor, which then wins).
   */
  #followDirection() {
    const rtl = isRightToLeft(resolveLanguage(this));
    if (this.#ownDir && !rtl) {
      this.removeAttribute('dir');
      this.#ownDir = false;
    } else if (rtl && !this.#ownDir && !this.closest('[dir]')) {
      this.setAttribute('dir', 'rtl');
      this.#ownDir = true;
    }
  }

  /** @internal A message in the element's language. */
  t(key: MessageKey, params?: MessageParams): string {
    return localize(resolveLanguage(this), key, params);
  }

  /** @internal A label as it reads inside a sentence of the element's language. */
  inSentence(label: string): string {
    return labelInSentence(resolveLanguage(this), label);
  }

  /** @internal The label of a field, by its input name. */
  label(name: string): string {
    return fieldLabel(resolveLanguage(this), name);
  }

  /** @internal An id unique to this instance. */
  idFor(name: string): string {
    return `${this.uid}-${name.replace(/[^\w-]/g, '_')}`;
  }

  /** @internal */
  emit<K extends CognitoEventName>(type: K, detail: CognitoEventDetails[K]) {
    emit(this, type, detail);
  }
}
