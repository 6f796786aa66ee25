// Bundles each entry point into dist/ with esbuild (one CommonJS file each).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

// The analyzer version keys the server's cache: any change to the analysis or the summary makes a new one.
const hash = createHash('sha1');
for (const dir of ['src/analysis', 'src/analysis/lexicon', 'src/analysis/learn', 'src/analysis/learn/models']) {
  for (const name of readdirSync(dir).sort()) if (/\.(ts|json|bin)$/.test(name)) hash.update(readFileSync(join(dir, name)));
}
hash.update(readFileSync('src/server/summary.ts'));

// The analysis reads seven fields of world-countries; the bundles carry only those.
const countryFields = {
  name: 'world-countries: the fields the analysis reads',
  setup(build) {
    build.onLoad({ filter: /world-countries[\\/]countries\.json$/ }, ({ path }) => {
      const countries = JSON.parse(readFileSync(path, 'utf8')).map((c) => ({
        name: { common: c.name.common, official: c.name.official },
        cca3: c.cca3,
        cioc: c.cioc,
        altSpellings: c.altSpellings,
        capital: c.capital,
        demonyms: { eng: c.demonyms?.eng },
      }));
      return { contents: JSON.stringify(countries), loader: 'json' };
    });
  },
};

const options = {
  entryPoints: {
    cli: 'src/cli.ts',
    // dist/analysis.js exports analyze() for the benchmark and other Node callers.
    analysis: 'src/analysis/index.ts',
    // dist/learn.js: the learning code, for the trainer (scripts/train.mjs).
    learn: 'src/analysis/learn/index.ts',
    server: 'src/server/main.ts',
    extension: 'src/client/extension.ts',
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode'],
  define: { __ANALYZER_VERSION__: JSON.stringify(hash.digest('hex').slice(0, 12)) },
  sourcemap: true,
  minify: process.argv.includes('--minify'),
  logLevel: 'warning',
  // Model weights are embedded in the bundles as bytes: no file lookup at run time.
  loader: { '.bin': 'binary' },
  // Faster helpers in place of two that parse-english's rules call per token (src/analysis/nlcst-helpers.ts).
  alias: { 'unist-util-modify-children': './src/analysis/nlcst-helpers.ts', 'nlcst-to-string': './src/analysis/nlcst-helpers.ts' },
  plugins: [countryFields],
};
if (process.argv.includes('--watch')) {
  const { context } = await import('esbuild');
  await (await context(options)).watch();
} else {
  await build(options);
}
