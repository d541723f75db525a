// Misuse that must not compile: each @ts-expect-error fails the check if its line compiles.
import 'cognito-elements/react';
import { useRef } from 'react';
import type { CognitoSignIn } from 'cognito-elements';

function onClick(event: MouseEvent) {
  return event.clientX;
}

export function Misuse() {
  const signIn = useRef<CognitoSignIn>(null);
  return (
    <>
      {/* @ts-expect-error an unknown attribute */}
      <cognito-user-pool usrname="ada" />
      {/* @ts-expect-error a number where the attribute is text */}
      <cognito-user-pool user-pool-id={42} />
      {/* @ts-expect-error not an auth flow */}
      <cognito-user-pool auth-flow="SRP" />
      {/* @ts-expect-error not a number */}
      <cognito-user-pool request-timeout="soon" />
      {/* @ts-expect-error a handler for another kind of event */}
      <cognito-user-pool oncognito-signed-in={onClick} />
      {/* @ts-expect-error a string where a handler goes */}
      <cognito-user-pool oncognito-signed-in="alert(1)" />
      {/* @ts-expect-error a detail member that does not exist */}
      <cognito-sign-in oncognito-signed-in={(e) => e.detail.tokens.password} />
      {/* @ts-expect-error a ref to another element's class */}
      <cognito-user-profile ref={signIn} />
      {/* @ts-expect-error labels is set as a property (an object), not as JSON text */}
      <cognito-user-profile labels='{"email":"Mail"}' />
      {/* @ts-expect-error a boolean attribute given text */}
      <cognito-sign-out global="yes" />
      {/* @ts-expect-error an unknown tag */}
      <cognito-sign-inn />
    </>
  );
}
