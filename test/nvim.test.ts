// The same server driven by another editor: headless Neovim (Debian's package) over stdio.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const hasNeovim = spawnSync('nvim', ['--version']).status === 0;
// CI installs Neovim; elsewhere the test is skipped when it is missing.
const run = hasNeovim || process.env['CI'] ? it : it.skip;

run('Neovim gets hover, definition and references from the server', () => {
  const home = mkdtempSync(join(tmpdir(), 'marginalia-nvim-'));
  const script = resolve(__dirname, 'nvim/lsp-client.lua');
  // pcall + cquit: an uncaught Lua error would leave headless Neovim running.
  const lua = `lua local ok, e = pcall(dofile, ${JSON.stringify(script)}); if not ok then io.stdout:write("ERROR " .. tostring(e) .. "\\n"); vim.cmd("cquit 2") end`;
  const result = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', lua], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, MARGINALIA_ROOT: resolve(__dirname, '..'), HOME: home, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home, XDG_STATE_HOME: home, XDG_CACHE_HOME: home },
  });
  rmSync(home, { recursive: true, force: true });
  const lines = result.stdout.split('\n').filter(Boolean);
  expect(lines.filter((l) => !l.startsWith('OK ')), result.stdout + result.stderr).toEqual([]);
  expect(lines.map((l) => l.split(':')[0])).toEqual(['OK hover', 'OK definition', 'OK references']);
  expect(result.status).toBe(0);
});
