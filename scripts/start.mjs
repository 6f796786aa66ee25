// `npm start`: opens the sample articles in VS Code with Marginalia loaded. Desktop `code`
// when it is on PATH; otherwise code-server, served at a printed localhost URL.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureCodeServer, packageExtension, root, startCodeServer } from '../test/e2e/code-server.mjs';

const samples = join(root, 'samples');
const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;

if (hasCode) {
  spawn('code', ['--extensionDevelopmentPath', root, samples, join(samples, 'summit-diplomacy.article')], { stdio: 'inherit' });
} else {
  ensureCodeServer();
  const vsix = packageExtension();
  const port = Number(process.env.PORT ?? 0);
  const server = await startCodeServer({ vsix, folder: samples, port });
  console.log(`\nMarginalia is running in VS Code (code-server). Open this in a browser:\n\n  ${server.url}\n\nOpen any .article file in the explorer. Press Ctrl+C to stop.`);
  const stop = () => {
    server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.child.once('exit', () => process.exit(1));
}
