/**
 * Every request body the elements send, checked against Cognito's official API model as the
 * installed AWS SDK v3 clients define it (read live, not the dev pool's committed copy): the
 * operation exists, every member is one the shape has, nested shapes and lists hold what they
 * should, JSON kinds match, required members are present. Lengths and patterns are left out on
 * purpose: those depend on what the user typed, and the pool answers them as AWS does.
 *
 * This is what catches a misspelt member (`PreferredEnabled` for `PreferredMfa`) that a lenient
 * server, or a swallowed error, would let through.
 */
import { cognitoModels } from '../../scripts/cognito-api-model.mjs';
import { checkRequest, type CheckedService } from '../../dev-pool/model/model.js';
import { invalidParameter } from '../../dev-pool/errors.js';

const models = cognitoModels();
const services = new Map<string, CheckedService>(
  [models.identityProvider, models.identity].map((model) => [
    model.target,
    { model, constraints: {}, validationError: invalidParameter },
  ]),
);

/** Why `body`, sent with `X-Amz-Target: target`, does not fit the model; undefined when it does. */
export function modelViolation(target: string, body: unknown): string | undefined {
  const [prefix = '', operation = ''] = target.split('.');
  const service = services.get(prefix);
  if (!service) return `${target}: not a Cognito service`;
  if (!Object.hasOwn(service.model.operations, operation)) return `${target}: not an operation in Cognito's model`;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return `${target}: the body is not a JSON object`;
  try {
    checkRequest(service, operation, body as Record<string, unknown>);
    return undefined;
  } catch (error) {
    return `${target}: ${(error as Error).message}`;
  }
}

/** Throws when the request does not fit the model. */
export function assertFitsModel(target: string, body: unknown): void {
  const violation = modelViolation(target, body);
  if (violation) throw new Error(`Request outside Cognito's API model: ${violation}`);
}

/** The live models, for the test that keeps the dev pool's generated copy in step with them. */
export const liveModels = models;
