// 32-bit hashing for sparse features: strings are hashed once per token, and
// feature templates combine those hashes with integer mixing, so tagging builds no strings.
// Hashes are signed 32-bit integers: V8 keeps those unboxed, where an unsigned one above 2^31
// takes a heap number each time it is passed to a call. Typed arrays and the weight table
// read them as the same unsigned key.

/** FNV-1a's offset basis, as a signed integer, and its prime. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

/** Combines two hashes (murmur3's finalizer over a multiply-xor): order matters, so mix(a, b) ≠ mix(b, a). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  // Key 0 marks an empty slot in the weight table.
  return h | 0 || 1;
}
