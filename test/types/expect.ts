/** Type-level equality: true only when A and B are the same type (any is equal only to any). */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/**
 * `exactly<string>()(value)` compiles only when value's type is exactly `string` (not `any`, not
 * a subtype): a second argument of type never is asked for otherwise.
 */
export const exactly =
  <Expected>() =>
  <Actual>(value: Actual, ..._mismatch: Equal<Expected, Actual> extends true ? [] : [never]): Actual =>
    value;
