// Cognito's API model as the AWS SDK v3 clients ship it (@aws-sdk/client-cognito-identity-provider
// and @aws-sdk/client-cognito-identity, both devDependencies): every operation's input shape, with
// member names, kinds, required members and which strings are sensitive. Used by
// scripts/generate-dev-pool-model.mjs (the dev pool's committed copy) and by the test suites,
// which check every request the elements send against the live SDK's model.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const SENSITIVE = 8;
const deref = (schema) => (typeof schema === 'function' ? schema() : schema);

/** A member's schema: a number (simple kinds, or 64|kind / 128|kind lists and maps) or an array. */
function kindOf(ref, shapes) {
  let schema = deref(ref);
  let sensitive = false;
  if (Array.isArray(schema) && schema.length === 2 && typeof schema[1] === 'number' && !(typeof schema[0] === 'number' && schema.length > 2)) {
    // [schema, memberTraits]
    if (typeof schema[0] === 'function' || Array.isArray(schema[0]) || typeof schema[0] === 'number') {
      sensitive = (schema[1] & SENSITIVE) !== 0;
      schema = deref(schema[0]);
    }
  }
  if (typeof schema === 'number') return { ...simple(schema), ...(sensitive ? { sensitive: true } : {}) };
  const [tag, , name, traits] = schema;
  if ((traits & SENSITIVE) !== 0) sensitive = true;
  const extra = sensitive ? { sensitive: true } : {};
  switch (tag) {
    case 0: // a named simple type
      return { ...kindOf(schema[4], shapes), ...extra };
    case 1:
      return { list: kindOf(schema[4], shapes), ...extra };
    case 2:
      return { map: kindOf(schema[5], shapes), ...extra };
    case 3:
      structure(schema, shapes);
      return { structure: name, ...extra };
    default:
      throw new Error(`unexpected schema tag ${tag} (${name})`);
  }
}

function simple(code) {
  if (code & 64) return { list: simple(code & ~64) };
  if (code & 128) return { map: simple(code & ~128) };
  if (code === 0) return { type: 'string' };
  if (code === 1) return { type: 'number' };
  if (code === 2) return { type: 'boolean' };
  if (code >= 4 && code <= 7) return { type: 'timestamp' };
  if (code === 15) return { type: 'document' };
  if (code === 17 || code === 19) return { type: 'number' };
  if (code === 21 || code === 42) return { type: 'blob' };
  throw new Error(`unexpected simple schema ${code}`);
}

function structure(schema, shapes) {
  const [, , name, , memberNames, memberSchemas, required = 0] = schema;
  if (shapes[name]) return;
  const shape = { members: {}, required: memberNames.slice(0, required) };
  shapes[name] = shape; // before the members: shapes can be recursive
  memberNames.forEach((member, i) => {
    shape.members[member] = kindOf(memberSchemas[i], shapes);
  });
}

function service(pkg, target) {
  const sdk = require(pkg);
  const operations = {};
  const shapes = {};
  for (const [key, value] of Object.entries(sdk)) {
    if (!key.endsWith('$') || !Array.isArray(value) || value[0] !== 9) continue;
    const input = deref(value[4]);
    structure(input, shapes);
    operations[value[2]] = input[2];
  }
  const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
  return { target, version: require(`${pkg}/package.json`).version, operations: sorted(operations), shapes: sorted(shapes) };
}

/** Both services' models, read from the installed SDK clients. */
export function cognitoModels() {
  return {
    identityProvider: service('@aws-sdk/client-cognito-identity-provider', 'AWSCognitoIdentityProviderService'),
    identity: service('@aws-sdk/client-cognito-identity', 'AWSCognitoIdentityService'),
  };
}
