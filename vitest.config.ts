// Written as CommonJS, like the rest of the package ("type": "commonjs"), so Vite can
// load it as-is (ESM syntax here triggers Vite's "unsupported by configLoader: 'native'" warning).
const { defineConfig } = require('vitest/config') as typeof import('vitest/config');
const { readFileSync } = require('node:fs') as typeof import('node:fs');

/** Model weights as bytes, as esbuild's binary loader gives them to the bundles. */
const binaryLoader = {
  name: 'marginalia-binary',
  load(id: string) {
    if (!id.endsWith('.bin')) return null;
    return `export default new Uint8Array(Buffer.from(${JSON.stringify(readFileSync(id).toString('base64'))}, 'base64'));`;
  },
};

module.exports = defineConfig({
  plugins: [binaryLoader],
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
