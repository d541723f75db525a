import type { TemplateResult } from 'lit';
import type { CognitoElement } from '../base/cognito-element.js';
import { isolated } from './bidi.js';
import type { CodeDelivery } from '../../src/auth/types.js';
import type { MessageKey, MessageParams } from '../../src/i18n/i18n.js';

/**
 * Where a code went, in words: `key` names the masked destination Cognito returned (in a
 * `<bdi>`, so `a***@e***.com` reads left to right in an Arabic or Hebrew sentence), or
 * `anywhereKey` when Cognito did not say.
 */
export function deliveredTo(
  host: CognitoElement,
  key: MessageKey,
  anywhereKey: MessageKey,
  delivery: Partial<CodeDelivery> | undefined,
  params: MessageParams = {},
): string | TemplateResult {
  const destination = delivery?.Destination;
  if (!destination) return host.t(anywhereKey, params);
  const medium = host.t(delivery.DeliveryMedium === 'SMS' ? 'medium.SMS' : 'medium.EMAIL');
  return isolated(host, key, { ...params, destination, medium }, 'destination');
}
