// Misuse that must not compile with define.js's types.
import 'cognito-elements/define.js';

const pool = document.querySelector('cognito-user-pool')!;
// @ts-expect-error not a method of the provider
pool.getToken();
// @ts-expect-error a detail member that does not exist
pool.addEventListener('cognito-signed-in', (e) => e.detail.tokens.password);
// @ts-expect-error a handler for another kind of event
pool.addEventListener('cognito-signed-out', (e: MouseEvent) => e.clientX);
// @ts-expect-error the provider has no username
document.createElement('cognito-user-pool').username = 'ada';
