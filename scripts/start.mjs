// `npm start [-- PATH]`: opens a folder or file of articles (default: samples/) in VS Code with
// Marginalia loaded. Desktop `code` when it is on PATH; otherwise code-server, served at a
// printed localhost URL.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ensureCodeServer, packageExtension, root, startCodeServer } from '../test/e2e/code-server.mjs';

// npm runs scripts from the repository root; a relative PATH is the user's, from where they ran npm.
const target = process.argv[2] ? resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2]) : join(root, 'samples');
if (!existsSync(target)) {
  console.error(`No such file or folder: ${target}\nUsage: npm start [-- FOLDER_OR_FILE]`);
  process.exit(2);
}
const isFile = statSync(target).isFile();
const folder = isFile ? dirname(target) : target;
const file = isFile ? target : process.argv[2] ? firstArticle(folder) : join(folder, 'summit-diplomacy.article');
const installHint = `To use Marginalia in your own VS Code:\n\n  npm run package\n  code --install-extension dist/marginalia.vsix\n`;

const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode) {
  spawn('code', ['--extensionDevelopmentPath', root, folder, ...(file ? [file] : [])], { stdio: 'inherit' });
  console.log(`\nOpened ${target} in VS Code with Marginalia loaded from this checkout.\n\n${installHint}`);
} else {
  ensureCodeServer();
  const vsix = packageExtension();
  const port = Number(process.env.PORT ?? 0);
  const server = await startCodeServer({ vsix, folder, file, port });
  console.log(
    `\nMarginalia is running in VS Code (code-server) on ${target}. Open this in a browser:\n\n  ${server.url}\n\n` +
      `.article files are always read; .txt files when they look like articles. Press Ctrl+C to stop.\n\n${installHint}`,
  );
  const stop = () => {
    server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.child.once('exit', () => process.exit(1));
}

/** The folder's first .article file, else its first .txt file: opened so that the reader sees Marginalia at work. */
function firstArticle(dir) {
  const names = readdirSync(dir).sort();
  const name = names.find((n) => n.endsWith('.article')) ?? names.find((n) => n.endsWith('.txt'));
  return name && join(dir, name);
}
