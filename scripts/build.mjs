// Bundles each entry point into dist/ with esbuild (one CommonJS file each).
import { build } from 'esbuild';

const watch = process.argv.includes('--watch');
const options = {
  // dist/analysis.js exports analyze() for the benchmark and other Node callers.
  entryPoints: { cli: 'src/cli.ts', analysis: 'src/analysis/index.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: process.argv.includes('--minify'),
  logLevel: 'warning',
};
if (watch) {
  const { context } = await import('esbuild');
  await (await context(options)).watch();
} else {
  await build(options);
}
