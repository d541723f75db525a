// Misuse of the @lit/react components that must not compile.
import { CognitoSignIn, CognitoUserPool } from 'cognito-elements/react-wrappers';

function onClick(event: MouseEvent) {
  return event.clientX;
}

export function Misuse() {
  return (
    <>
      {/* @ts-expect-error an unknown prop */}
      <CognitoUserPool usrname="ada" />
      {/* @ts-expect-error not an auth flow */}
      <CognitoUserPool authFlow="SRP" />
      {/* @ts-expect-error a handler for another kind of event */}
      <CognitoUserPool onCognitoSignedIn={onClick} />
      {/* @ts-expect-error an event this element never sees */}
      <CognitoSignIn onCognitoSignedUp={() => {}} />
      {/* @ts-expect-error a detail member that does not exist */}
      <CognitoSignIn onCognitoSignedIn={(e) => e.detail.tokens.password} />
    </>
  );
}
