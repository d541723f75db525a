import 'cognito-elements/react';
import { useRef, useState } from 'react';
import type { CognitoSignIn, CognitoUserPool } from 'cognito-elements';
import { exactly } from '../expect.js';

export function App() {
  const pool = useRef<CognitoUserPool>(null);
  const signIn = useRef<CognitoSignIn>(null);
  const [token, setToken] = useState('');
  return (
    <cognito-user-pool
      ref={pool}
      key="pool"
      id="pool"
      class="auth"
      style={{ display: 'block' }}
      user-pool-id="us-east-1_AbCdEf123"
      client-id="abc"
      auth-flow="USER_PASSWORD_AUTH"
      storage="session"
      request-timeout="5000"
      guest-credentials
      oncognito-signed-in={(e) => setToken(exactly<string>()(e.detail.tokens.idToken))}
      oncognito-session-restored={(e) => exactly<number>()(e.detail.expiresAt)}
      oncognito-signed-out={(e) => exactly<boolean>()(e.detail.global)}
      oncognito-error={(e) => exactly<string>()(e.detail.code)}
    >
      <cognito-sign-in ref={signIn} username="ada" slot="form" oncognito-challenge={(e) => e.detail.challenge} />
      <cognito-user-profile attributes="email name" labels={{ email: 'Mail' }} hide-when-signed-out />
      <cognito-change-password password-policy='{"MinimumLength":10}' />
      <cognito-authenticator hide-sign-up oncognito-signed-up={(e) => exactly<boolean>()(e.detail.userConfirmed)}>
        <p slot="signed-in">{token}</p>
      </cognito-authenticator>
      <cognito-sign-out global onClick={() => pool.current?.getTokens()} />
    </cognito-user-pool>
  );
}
