import type { Challenge, ChallengeName, CodeDelivery } from './types.js';

/*
 * Cognito's ChallengeParameters (strings, some of them JSON) turned into the typed parameters of
 * types.ts, at the adapter's edge: whatever adapter speaks to Cognito decodes them here once.
 */

type Raw = Readonly<Record<string, string | undefined>> | undefined;

/** A JSON array of strings, as Cognito sends MFAS_CAN_CHOOSE and MFAS_CAN_SETUP; [] when it is not one. */
function stringList(json: string | undefined): string[] {
  try {
    const list: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

function codeDelivery(raw: Raw): CodeDelivery | undefined {
  const Destination = raw?.CODE_DELIVERY_DESTINATION;
  const DeliveryMedium = raw?.CODE_DELIVERY_DELIVERY_MEDIUM;
  return Destination || DeliveryMedium ? { Destination, DeliveryMedium } : undefined;
}

/** Cognito names required attributes `userAttributes.<name>` (the SDK strips the prefix; Cognito's own answer keeps it). */
const PREFIX = 'userAttributes.';

/** The NEW_PASSWORD_REQUIRED parameters from what the SDK hands over (already parsed) or Cognito sends (JSON). */
export function newPasswordParameters(userAttributes: unknown, requiredAttributes: unknown): Challenge {
  const required = (Array.isArray(requiredAttributes) ? requiredAttributes : [])
    .filter((name): name is string => typeof name === 'string')
    .map((name) => (name.startsWith(PREFIX) ? name.slice(PREFIX.length) : name));
  const current = Object.entries(typeof userAttributes === 'object' && userAttributes ? userAttributes : {})
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return {
    challenge: 'NEW_PASSWORD_REQUIRED',
    parameters: { requiredAttributes: [...new Set(required)], userAttributes: Object.fromEntries(current) },
  };
}

/** A challenge as Cognito names it, with its ChallengeParameters decoded. */
export function toChallenge(name: string, raw: Raw): Challenge {
  const strings = Object.fromEntries(Object.entries(raw ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  const parse = (json: string | undefined) => {
    try {
      return json ? (JSON.parse(json) as unknown) : undefined;
    } catch {
      return undefined;
    }
  };
  switch (name as ChallengeName) {
    case 'SMS_MFA':
    case 'EMAIL_OTP':
      return { challenge: name as 'SMS_MFA' | 'EMAIL_OTP', parameters: { codeDelivery: codeDelivery(raw) } };
    case 'SOFTWARE_TOKEN_MFA':
      return { challenge: 'SOFTWARE_TOKEN_MFA', parameters: {} };
    case 'SELECT_MFA_TYPE':
      return { challenge: 'SELECT_MFA_TYPE', parameters: { mfaTypes: stringList(raw?.MFAS_CAN_CHOOSE) } };
    case 'MFA_SETUP':
      return { challenge: 'MFA_SETUP', parameters: { mfaTypes: stringList(raw?.MFAS_CAN_SETUP) } };
    case 'NEW_PASSWORD_REQUIRED':
      return newPasswordParameters(parse(raw?.userAttributes), parse(raw?.requiredAttributes));
    default:
      // CUSTOM_CHALLENGE, and any challenge this library does not know: the parameters as sent.
      return { challenge: name as 'CUSTOM_CHALLENGE', parameters: strings };
  }
}
