export const root: string;
export function packPackage(destination: string): Promise<string>;
export function createConsumerApp(
  files: Record<string, string>,
  options?: { tarball?: string },
): Promise<{ dir: string; remove(): void }>;
export function declaredDependencies(): string[];
export interface ViteChunk {
  fileName: string;
  code: string;
  isEntry: boolean;
  imports: string[];
}
export function viteBuild(dir: string): Promise<{ chunks: ViteChunk[]; initial: ViteChunk[]; warnings: string[]; outDir: string }>;
