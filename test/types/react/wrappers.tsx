// React 18 and up: the @lit/react components of cognito-elements/react-wrappers.
import { useRef, useState } from 'react';
import type { CognitoUserPool as CognitoUserPoolElement } from 'cognito-elements';
import { CognitoAuthenticator, CognitoSignOut, CognitoUserPool, CognitoUserProfile } from 'cognito-elements/react-wrappers';
import { exactly } from '../expect.js';

export function App() {
  const pool = useRef<CognitoUserPoolElement>(null);
  const [token, setToken] = useState('');
  return (
    <CognitoUserPool
      ref={pool}
      userPoolId="us-east-1_AbCdEf123"
      clientId="abc"
      authFlow="USER_PASSWORD_AUTH"
      requestTimeout={5000}
      onCognitoSignedIn={(e) => setToken(exactly<string>()(e.detail.tokens.idToken))}
      onCognitoSessionRestored={(e) => exactly<number>()(e.detail.expiresAt)}
      onCognitoSignedOut={(e) => exactly<boolean>()(e.detail.global)}
    >
      <CognitoAuthenticator hideSignUp onCognitoSignedUp={(e) => exactly<boolean>()(e.detail.userConfirmed)}>
        <p slot="signed-in">{token}</p>
      </CognitoAuthenticator>
      <CognitoUserProfile userAttributes="email name" labels={{ email: 'Mail' }} className="profile" />
      <CognitoSignOut global onClick={() => pool.current?.getTokens()} />
    </CognitoUserPool>
  );
}
