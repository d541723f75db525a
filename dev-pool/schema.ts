/**
 * The pool's attribute schema: the standard attributes and the custom ones a pool declares.
 * A leaf module, so configuration loading and user records can share it without a cycle.
 */
export interface SchemaAttribute {
  Name: string;
  Required?: boolean;
  Mutable?: boolean;
  AttributeDataType?: string;
  DeveloperOnlyAttribute?: boolean;
}

export const STANDARD_ATTRIBUTES = new Set([
  'address', 'birthdate', 'email', 'email_verified', 'family_name', 'gender', 'given_name', 'locale',
  'middle_name', 'name', 'nickname', 'phone_number', 'phone_number_verified', 'picture',
  'preferred_username', 'profile', 'sub', 'updated_at', 'website', 'zoneinfo',
]);

/** Custom attributes appear as "custom:x" in describe output and as "x" in CreateUserPool input. */
export function customAttributes(schemaAttributes: SchemaAttribute[]): Set<string> {
  return new Set(
    schemaAttributes
      .map((a) => a.Name)
      .filter((name) => !STANDARD_ATTRIBUTES.has(name))
      .map((name) => (name.startsWith('custom:') || name.startsWith('dev:') ? name : `custom:${name}`)),
  );
}
