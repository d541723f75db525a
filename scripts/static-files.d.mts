import type { IncomingMessage, ServerResponse } from 'node:http';

export declare function staticFiles(
  mounts: Array<{ prefix: string; dir: string }>,
  routes?: Record<string, string | { type: string; body: string }>,
  options?: { headers?: (pathname: string) => Record<string, string> | undefined },
): (req: IncomingMessage, res: ServerResponse) => void;
