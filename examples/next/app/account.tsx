"use client";

import { useEffect, useRef, useState } from "react";
import type { CognitoUserPool } from "cognito-elements";
// Types only (every cognito-* tag in TSX): the tags are defined after hydration, below.
import type {} from "cognito-elements/react";

export function Account() {
  // The app's own state, set from the provider's events (not read from the elements).
  const [username, setUsername] = useState<string | null>(null);
  const pool = useRef<CognitoUserPool>(null);

  useEffect(() => {
    const element = pool.current!;
    const controller = new AbortController();
    const { signal } = controller;
    // React does not attach on<event> props to elements it hydrated before they were defined
    // (facebook/react#35446), hence listeners of our own, attached before the definitions.
    element.addEventListener("cognito-signed-in", (e) => setUsername(e.detail.username), { signal });
    // A reload signs no one in: the stored session comes back as cognito-session-restored.
    element.addEventListener("cognito-session-restored", (e) => setUsername(e.detail.username), { signal });
    element.addEventListener("cognito-signed-out", () => setUsername(null), { signal });
    // Defined after hydration: defined earlier, the elements would render into the server's
    // HTML before React hydrates it, and React would find HTML it did not render.
    void import("cognito-elements/define.js");
    return () => controller.abort();
  }, []);

  return (
    <>
      <header>
        <p id="greeting">{username ? `Hello ${username}` : "Not signed in"}</p>
      </header>
      <main>
        {/* The dev pool as `npx cognito-dev-pool` starts it; your own pool's ids in production. */}
        <cognito-user-pool
          ref={pool}
          endpoint="http://127.0.0.1:9229/"
          user-pool-id="us-east-1_DevPool01"
          client-id="devpoolclient"
        >
          <cognito-authenticator>
            <div slot="signed-in">
              <cognito-sign-out></cognito-sign-out>
            </div>
          </cognito-authenticator>
        </cognito-user-pool>
      </main>
    </>
  );
}
