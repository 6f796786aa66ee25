// The same server driven by a third editor: Emacs in batch mode with Eglot (Debian's emacs-nox and elpa-eglot).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const hasEmacs = spawnSync('emacs', ['--version']).status === 0;
// scripts/setup.sh installs Emacs; elsewhere the test is skipped when it is missing, but never in CI.
const run = hasEmacs || process.env['CI'] ? it : it.skip;

run('Emacs (Eglot) gets hover, definition and references from the server', () => {
  const home = mkdtempSync(join(tmpdir(), 'marginalia-emacs-'));
  // A folder outside any repository, so that Eglot's project (the server's workspace) is the samples alone.
  const samples = join(home, 'samples');
  cpSync(resolve(__dirname, '../samples'), samples, { recursive: true });
  const result = spawnSync('emacs', ['--batch', '-Q', '-l', resolve(__dirname, 'emacs/lsp-client.el')], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, MARGINALIA_ROOT: resolve(__dirname, '..'), MARGINALIA_SAMPLES: samples, HOME: home, TMPDIR: home },
  });
  rmSync(home, { recursive: true, force: true });
  const lines = result.stdout.split('\n').filter(Boolean);
  expect(lines.filter((l) => !l.startsWith('OK ')), result.stdout + result.stderr).toEqual([]);
  expect(lines.map((l) => l.split(':')[0])).toEqual(['OK hover', 'OK definition', 'OK references']);
  expect(result.status).toBe(0);
});
