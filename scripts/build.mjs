// Bundles each entry point into dist/ with esbuild (one CommonJS file each).
import { build } from 'esbuild';

const options = {
  entryPoints: {
    cli: 'src/cli.ts',
    // dist/analysis.js exports analyze() for the benchmark and other Node callers.
    analysis: 'src/analysis/index.ts',
    server: 'src/server/main.ts',
    extension: 'src/client/extension.ts',
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode'],
  sourcemap: true,
  minify: process.argv.includes('--minify'),
  logLevel: 'warning',
};
if (process.argv.includes('--watch')) {
  const { context } = await import('esbuild');
  await (await context(options)).watch();
} else {
  await build(options);
}
