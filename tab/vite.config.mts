import { fileURLToPath } from 'node:url';
import { build, defineConfig, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';

const tabRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

const base: UserConfig = {
  root: tabRoot,
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('../dist/tab', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
};

type Output = { output: readonly ({ type: 'asset' } | FirstLoadChunk)[] };
type FirstLoadChunk = {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  imports: readonly string[];
  moduleIds: readonly string[];
};

/**
 * The modules of the first load: what the entry chunk and the chunks it imports statically
 * hold after an automatic split, found by building once in memory. Automatic splitting puts
 * each module that the entry shares with some lazy chunk into a chunk for that set of
 * sharers: the first load then fetches many small chunks that brotli packs worse (about 6 %
 * more bytes here) for no gain, since the entry needs them all anyway.
 */
async function firstLoadModules(): Promise<ReadonlySet<string>> {
  const result = (await build({
    ...base,
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    build: { ...base.build, write: false, minify: false, sourcemap: false },
  })) as Output | Output[];
  const chunks = (Array.isArray(result) ? result : [result])
    .flatMap((o) => o.output)
    .filter((o): o is FirstLoadChunk => o.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const modules = new Set<string>();
  const visit = (chunk: FirstLoadChunk | undefined, seen: Set<string>) => {
    if (!chunk || seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    chunk.moduleIds.forEach((id) => modules.add(id));
    chunk.imports.forEach((file) => visit(byFile.get(file), seen));
  };
  visit(
    chunks.find((c) => c.isEntry),
    new Set(),
  );
  return modules;
}

export default defineConfig(async ({ command, mode }) => {
  const firstLoad = command === 'build' ? await firstLoadModules() : new Set<string>();
  return {
    ...base,
    plugins: [
      react(),
      // Each asset also as .br and .gz beside it, which the server sends to browsers that ask
      // (src/adapters/http/static-tab.ts): compressed once here at the highest levels, not
      // per request.
      compression({ algorithms: ['brotliCompress', 'gzip'], logLevel: 'silent' }),
    ],
    build: {
      ...base.build,
      // Source maps only in a development build (`vite build --mode development`): a
      // production build has none to serve (the server refuses *.map outside development too).
      sourcemap: mode === 'development',
      // dist/tab/.vite/manifest.json: which chunks each entry loads, read by the first-load
      // budget test (test/browser/first-load-budget.spec.ts); the server does not serve it.
      manifest: true,
      rolldownOptions: {
        output: {
          // What the first load needs in one chunk beside the entry (see firstLoadModules);
          // each view that is fetched later stays its own chunk.
          codeSplitting: {
            groups: [{ name: (id: string) => (firstLoad.has(id) ? 'app' : null) }],
          },
        },
      },
    },
    server: {
      port: 5173,
      // The tab imports pure code from ../src/domain.
      fs: { allow: [repoRoot] },
      proxy: { '/api': 'http://127.0.0.1:3978' },
    },
  };
});
