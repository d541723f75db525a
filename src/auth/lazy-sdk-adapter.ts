import { LazyAdapter } from './lazy-adapter.js';
import type { TokenStorage } from './storage.js';
import type { AuthConfig } from './types.js';

/**
 * The adapter over amazon-cognito-identity-js, loaded after the form like the default one: for
 * `adapterFactory` (`cognito-elements/sdk-adapter.js`). In a module of its own, so that no
 * bundler meets its dynamic import of the SDK unless a page asks for it.
 */
export class LazySdkAdapter extends LazyAdapter {
  protected module() {
    return import('./sdk-adapter.js').then(({ SdkAdapter, prepareSrp }) => ({ create: (config: AuthConfig, storage: TokenStorage) => new SdkAdapter(config, storage), prepareSrp }));
  }
}
