// Markdown for hovers. Article text is untrusted: it is escaped so that links, HTML,
// images and backticks in an article render as plain characters. Only the server's own
// command links are live, and the client trusts only those commands (see trustedCommands).

/** Escapes every character that Markdown or HTML could read as syntax. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|~>:]/g, (ch) => `\\${ch}`) // ':' too: `http\://` is not autolinked
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\s+/g, ' ');
}

/** A command link; the arguments are JSON in the URI, so article text cannot break out. */
export function commandLink(label: string, command: string, args: unknown[]): string {
  // Parentheses too (encodeURIComponent keeps them): an unbalanced ')' in a file name would end the link.
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(/\(/g, '%28').replace(/\)/g, '%29');
  return `[${escapeMarkdown(label)}](command:${command}?${encoded})`;
}
