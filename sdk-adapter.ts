/**
 * The amazon-cognito-identity-js adapter, for pages that want the SDK's own code path rather than
 * the default (Cognito's API spoken directly, src/auth/direct/): the same requests and the same
 * storage keys either way, so switching keeps every session. Loaded after the form, like the
 * default:
 *
 *   import { LazySdkAdapter } from 'cognito-elements/sdk-adapter.js';
 *   pool.adapterFactory = (config) => new LazySdkAdapter(config);
 */
export { LazySdkAdapter } from './src/auth/lazy-sdk-adapter.js';
