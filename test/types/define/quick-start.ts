// The README's npm quick start, verbatim between the markers (test/unit/readme-snippets.test.ts
// checks that), compiled with nothing but define.js imported and the unused-code checks of
// `npm create vite`'s tsconfig (a placeholder the README leaves undefined fails here).
// --- README npm quick start ---
import 'cognito-elements/define.js'; // defines every tag (harmless if done twice)
import 'cognito-elements/styles.css'; // optional: hides signed-in content until the tags are defined

const pool = document.querySelector('cognito-user-pool')!; // typed: a CognitoUserPool
pool.addEventListener('cognito-signed-in', ({ detail }) => console.log('signed in as', detail.username));
pool.addEventListener('cognito-session-restored', ({ detail }) => console.log('welcome back', detail.username));

/** Calls your API as the user: the access token is refreshed first when about to expire. */
export async function callApi(url: string): Promise<Response> {
  const tokens = await pool.getTokens(); // null when signed out; on page load, waits for the stored session
  return fetch(url, { headers: tokens ? { Authorization: `Bearer ${tokens.accessToken}` } : {} });
}
// --- end ---
import { exactly } from '../expect.js';

const tokens = await pool.getTokens();
exactly<string | undefined>()(tokens?.idToken);

// Listening higher up works the same (every event bubbles).
document.addEventListener('cognito-error', (e) => exactly<string>()(e.detail.message));
