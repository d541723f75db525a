import type { IncomingMessage, ServerResponse } from 'node:http';

export declare function staticFiles(
  mounts: Array<{ prefix: string; dir: string }>,
  routes?: Record<string, string>,
): (req: IncomingMessage, res: ServerResponse) => void;
