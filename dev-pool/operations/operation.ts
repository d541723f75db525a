import type { Json, PoolContext } from '../context.js';

/** One API action, named by the X-Amz-Target suffix; input and output in AWS's JSON shapes. */
export type Operation = (ctx: PoolContext, input: Json) => Json;

export type Operations = Record<string, Operation>;
