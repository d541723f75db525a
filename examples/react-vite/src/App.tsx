import { useState } from 'react'
// Defines every cognito-* tag and types them in TSX (attributes, on<event> props and details).
import 'cognito-elements/react'

function App() {
  // The app's own state, set from the provider's events (not read from the elements).
  const [username, setUsername] = useState<string | null>(null)

  return (
    <>
      <header>
        <p id="greeting">{username ? `Hello ${username}` : 'Not signed in'}</p>
      </header>
      <main>
        {/* The dev pool as `npx cognito-dev-pool` starts it; your own pool's ids in production. */}
        <cognito-user-pool
          endpoint="http://127.0.0.1:9229/"
          user-pool-id="us-east-1_DevPool01"
          client-id="devpoolclient"
          oncognito-signed-in={(e) => setUsername(e.detail.username)}
          // A reload signs no one in: the stored session comes back as cognito-session-restored.
          oncognito-session-restored={(e) => setUsername(e.detail.username)}
          oncognito-signed-out={() => setUsername(null)}
        >
          <cognito-authenticator>
            <div slot="signed-in">
              <cognito-sign-out></cognito-sign-out>
            </div>
          </cognito-authenticator>
        </cognito-user-pool>
      </main>
    </>
  )
}

export default App
