// Bytes of an article file to text: UTF-8 by default, UTF-16 when a byte-order mark says so.
// Invalid UTF-8 becomes U+FFFD rather than an error.
const utf8 = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16le.decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16be.decode(bytes.subarray(2));
  return utf8.decode(bytes); // drops a UTF-8 byte-order mark itself
}
