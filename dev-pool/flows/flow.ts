import type { ClientConfig, Json, PoolContext } from '../context.js';

export interface FlowArgs {
  ctx: PoolContext;
  client: ClientConfig;
  /** AuthParameters. */
  params: Record<string, string>;
  input: Json;
}

/**
 * One InitiateAuth AuthFlow. `clientFlag` is the ExplicitAuthFlows entry the app client
 * needs. New flows (CUSTOM_AUTH, USER_AUTH, ADMIN_USER_PASSWORD_AUTH via AdminInitiateAuth)
 * are a file each, listed in flows/index.ts.
 */
export interface AuthFlow {
  names: string[];
  clientFlag: string;
  start(args: FlowArgs): Json;
}
