// The README's npm quick start, with nothing but define.js imported.
import 'cognito-elements/define.js';
import { exactly } from '../expect.js';

declare const api: { setToken(token: string): void };

const pool = document.querySelector('cognito-user-pool')!;
pool.addEventListener('cognito-signed-in', ({ detail }) => api.setToken(detail.tokens.accessToken));
const tokens = await pool.getTokens();
exactly<string | undefined>()(tokens?.idToken);

// Listening higher up works the same (every event bubbles).
document.addEventListener('cognito-error', (e) => exactly<string>()(e.detail.message));
