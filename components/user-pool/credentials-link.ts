import type { AuthService } from '../../src/auth/service.js';
import { CredentialsManager, type CredentialsConfig } from '../../src/credentials/credentials.js';
import type { AwsCredentials } from '../../src/credentials/identity-client.js';
import { toAuthError } from '../../src/errors/codes.js';
import { emit } from '../../src/events/index.js';
import { localize, resolveLanguage } from '../../src/i18n/i18n.js';

/**
 * Keeps identity-pool credentials in step with the session: fetched after sign-in, on restore
 * and after each token refresh; dropped on sign-out (guest ones fetched instead, if enabled).
 * Events come from the provider. The provider imports this module (and the Cognito Identity
 * client with it) only when it has an identity pool, so it may be linked after the session has
 * settled. Returns the manager and the function that unlinks.
 */
export function linkCredentials(host: HTMLElement, auth: AuthService, config: CredentialsConfig): { manager: CredentialsManager; unlink: () => void } {
  const manager = new CredentialsManager(config);
  const user = () => {
    const { state } = auth;
    return state.status === 'signed-in' ? { username: state.username, idToken: state.tokens.idToken } : undefined;
  };
  const load = (force: boolean) => {
    const who = user();
    if (!who && !manager.config.guest) return;
    manager.get(who, force).then(
      (credentials: AwsCredentials) => emit(host, 'cognito-credentials', { ...credentials }),
      (failure: unknown) => {
        const error = toAuthError(failure, 'getCredentials');
        // A user change while loading, or an abort (signed out, the provider gone), is not a
        // failure anyone needs to hear about.
        if (error.code === 'AbortError' || (error.code === 'NotAuthorizedException' && user()?.username !== who?.username)) return;
        const message = localize(resolveLanguage(host), error.key, error.params);
        emit(host, 'cognito-error', { code: error.code, message, operation: 'getCredentials' });
      },
    );
  };
  let last = auth.state;
  const offState = auth.subscribe((next) => {
    const before = last;
    last = next;
    const signedIn = next.status === 'signed-in';
    const wasSignedIn = before.status === 'signed-in';
    if (signedIn && (!wasSignedIn || before.username !== next.username)) load(true);
    else if (!signedIn && wasSignedIn) {
      manager.clear();
      load(true);
    } else if (next.status === 'signed-out' && before.status === 'loading') load(false);
  });
  const offSession = auth.onSession((event) => event.type === 'refreshed' && load(true));
  // Where the session already is: signed in (restored), or signed out (guests get theirs).
  if (auth.state.status === 'signed-in') load(true);
  else if (auth.state.status === 'signed-out') load(false);
  const unlink = () => {
    offState();
    offSession();
    manager.clear();
  };
  return { manager, unlink };
}
