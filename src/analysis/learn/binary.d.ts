// Model weights are bundled as bytes (esbuild's binary loader; a plugin in vitest.config.ts for the tests).
declare module '*.bin' {
  const bytes: Uint8Array;
  export default bytes;
}
