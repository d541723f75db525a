/**
 * Length, range and pattern constraints from AWS's API Reference (Amazon Cognito user pools and
 * Amazon Cognito Federated Identities), by member name. The SDK's schemas carry no constraints,
 * so they are written out here; a member not listed is checked for its kind only. A key
 * `Shape.Member` wins over the plain member name.
 */
export interface Constraint {
  min?: number;
  max?: number;
  /** Java-style, matched against the whole value, and quoted as AWS quotes it. */
  pattern?: string;
}

const NAME = '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+';
const TOKEN = '[A-Za-z0-9-_=.]+';
// The published model says `[\S]+` for PasswordType, but Cognito takes inner spaces (they count as
// symbols) and refuses only leading and trailing ones, quoting this pattern when it does.
const PASSWORD: Constraint = { max: 256, pattern: '^[\\S]+.*[\\S]+$' };
const CODE: Constraint = { min: 1, max: 2048, pattern: '[\\S]+' };
const QUERY_LIMIT: Constraint = { min: 0, max: 60 };
const ATTRIBUTE_NAME: Constraint = { min: 1, max: 32, pattern: NAME };
const ARN: Constraint = {
  min: 20,
  max: 2048,
  pattern: 'arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?',
};

export const identityProviderConstraints: Record<string, Constraint> = {
  AccessToken: { pattern: TOKEN },
  ClientId: { min: 1, max: 128, pattern: '[\\w+]+' },
  UserPoolId: { min: 1, max: 55, pattern: '[\\w-]+_[0-9a-zA-Z]+' },
  Username: { min: 1, max: 128, pattern: NAME },
  Password: PASSWORD,
  PreviousPassword: PASSWORD,
  ProposedPassword: PASSWORD,
  ConfirmationCode: CODE,
  Code: CODE,
  SecretHash: { min: 1, max: 128, pattern: '[\\w+=/]+' },
  Session: { min: 20, max: 2048 },
  UserCode: { min: 6, max: 6, pattern: '[0-9]+' },
  AttributeName: ATTRIBUTE_NAME,
  'AttributeType.Name': ATTRIBUTE_NAME,
  'AttributeType.Value': { max: 2048 },
  UserAttributeNames: ATTRIBUTE_NAME,
  DeviceKey: { min: 1, max: 55, pattern: '[\\w-]+_[0-9a-f-]+' },
  GroupName: { min: 1, max: 128, pattern: NAME },
  Description: { max: 2048 },
  Precedence: { min: 0 },
  RoleArn: ARN,
  Limit: QUERY_LIMIT,
  'ListDevicesRequest.Limit': QUERY_LIMIT,
  PaginationToken: { min: 1, pattern: '[\\S]+' },
  'ListUsersRequest.Filter': { max: 256 },
  NextToken: { min: 1, pattern: '[\\S]+' },
  Token: { pattern: TOKEN },
};

export const identityConstraints: Record<string, Constraint> = {
  IdentityPoolId: { min: 1, max: 55, pattern: '[\\w-]+:[0-9a-f-]+' },
  IdentityId: { min: 1, max: 55, pattern: '[\\w-]+:[0-9a-f-]+' },
  AccountId: { min: 1, max: 15, pattern: '\\d+' },
  CustomRoleArn: ARN,
};
