// Written as CommonJS, like the rest of the package ("type": "commonjs"), so Vite can
// load it as-is (ESM syntax here triggers Vite's "unsupported by configLoader: 'native'" warning).
const { defineConfig } = require('vitest/config') as typeof import('vitest/config');

module.exports = defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
