// End-to-end in a real VS Code: code-server from npm, driven by playwright-core with Debian's
// Chromium. Opens a sample article, reads a hover, a code lens and the sidebar, clicks a quote,
// runs Go to Definition, opens a .txt article (wrapped, hovered), and saves screenshots to
// test-output/screenshots/.
// MARGINALIA_UPDATE_SCREENSHOTS=1 also copies them to docs/screenshots/ for the README.
import { cpSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { ensureCodeServer, packageExtension, root, startCodeServer } from './code-server.mjs';

const chromiumPath = '/usr/bin/chromium';
// A plain-text article of the team's own, to check that .txt files read like .article files.
const textArticle = 'test/fixtures/articles/wire-story.txt';
const shots = join(root, 'test-output/screenshots');
const T0 = Date.now();
const log = (...args) => console.log(`[e2e ${((Date.now() - T0) / 1000).toFixed(1)}s]`, ...args);
const figures = {};

async function main() {
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: install Debian's chromium (bash .ci/run does)`);
  ensureCodeServer();
  const vsix = packageExtension();
  figures.vsixKB = Math.round(statSync(vsix).size / 1024);
  const folder = mkdtempSync(join(tmpdir(), 'marginalia-samples-'));
  cpSync(join(root, 'samples'), folder, { recursive: true });
  copyFileSync(join(root, textArticle), join(folder, 'wire-story.txt'));
  mkdirSync(shots, { recursive: true });
  const server = await startCodeServer({ vsix, folder, settings: { 'editor.hover.delay': 150 }, logFile: join(root, 'test-output/code-server.log') });
  log('code-server at', server.url);
  const browserProfile = mkdtempSync(join(tmpdir(), 'marginalia-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(browserProfile, {
      executablePath: chromiumPath,
      headless: true,
      viewport: { width: 1400, height: 900 },
      env: { ...process.env, HOME: browserProfile },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await session(page, server);
    figures.activationMs = activationTime(server.profile);
  } catch (error) {
    const page = context?.pages()[0];
    if (page) await page.screenshot({ path: join(shots, 'failure.png') }).catch(() => undefined);
    cpSync(join(server.profile, 'data/logs'), join(root, 'test-output/failure-logs'), { recursive: true }); // the profile goes in `finally`
    throw error;
  } finally {
    await context?.close().catch(() => undefined);
    server.stop();
    rmSync(browserProfile, { recursive: true, force: true });
    rmSync(folder, { recursive: true, force: true });
  }
  if (process.env.MARGINALIA_UPDATE_SCREENSHOTS) {
    mkdirSync(join(root, 'docs/screenshots'), { recursive: true });
    for (const name of ['hover', 'code-lens', 'sidebar', 'quote-selected', 'workspace', 'definition', 'text-file']) copyFileSync(join(shots, `${name}.png`), join(root, 'docs/screenshots', `${name}.png`));
  }
  console.log(JSON.stringify(figures, null, 2));
  log('E2E PASS');
}

async function session(page, server) {
  await page.goto(server.url);
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'summit-diplomacy.article' }).waitFor({ timeout: 90_000 });
  log('workbench ready');
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').fill('summit-diplomacy.article');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'summit-diplomacy.article' }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor .view-lines', { hasText: 'water-sharing pact' }).waitFor({ timeout: 15_000 });

  // Code lens above a claim.
  const lens = page.locator('.monaco-editor .codelens-decoration', { hasText: 'Statistic ·' }).first();
  await lens.waitFor({ timeout: 60_000 });
  figures.codeLens = (await lens.innerText()).trim();
  log('code lens:', figures.codeLens);
  await page.screenshot({ path: join(shots, 'code-lens.png') });

  // Hover a person: the role comes from the text.
  // Once the folder is indexed, the hover counts his mentions in the other sample articles too.
  const hover = await hoverWord(page, 'Nurlan Seitkali', 'Kazakh President', 'articles of the workspace');
  figures.hover = (await hover.innerText()).trim().split('\n').filter(Boolean).slice(0, 3).join(' | ');
  if (!figures.hover.includes('Role: Kazakh President')) throw new Error(`hover without the role: ${figures.hover}`);
  log('hover:', figures.hover);
  await page.waitForTimeout(600); // the hover fades in; a screenshot at once shows it washed out
  await page.screenshot({ path: join(shots, 'hover.png') });
  // The hover's command link is trusted (Marginalia's own command): it opens the references peek.
  await hover.locator('a', { hasText: 'Show all references' }).click();
  const peek = page.locator('.peekview-widget .peekview-title', { hasText: /Locations \(\d+\)|references/i }).first();
  await peek.waitFor({ timeout: 15_000 });
  figures.referencesPeek = (await peek.innerText()).replace(/\s+/g, ' ').trim();
  log('references peek:', figures.referencesPeek);
  await page.screenshot({ path: join(shots, 'references.png') });
  await page.keyboard.press('Escape');
  await page.mouse.move(5, 450);
  await page.keyboard.press('Escape');

  // The sidebar: click a quote and the editor selects it.
  await page.locator('.activitybar .action-item a[aria-label^="Marginalia"], .activitybar .action-item [aria-label^="Marginalia"]').first().click();
  // The screenshot waits for the article's own views, not the workspace's alone, which may fill first.
  const pane = (title) => page.locator('.pane', { has: page.locator('.pane-header', { hasText: title }) });
  await pane('Actors').locator('.monaco-list-row', { hasText: 'Nurlan Seitkali' }).first().waitFor({ timeout: 30_000 });
  await pane('Quotes').locator('.monaco-list-row').first().waitFor({ timeout: 30_000 });
  await page.screenshot({ path: join(shots, 'sidebar.png') });
  // Give the Quotes view the whole sidebar, so that the quote is on screen.
  for (const view of ['Actors', 'Claims', 'Workspace']) await page.locator('.pane-header', { hasText: view }).first().click();
  const quote = page.locator('.pane-body .monaco-list-row', { hasText: 'Trust between neighbours' }).first();
  await quote.waitFor({ timeout: 10_000 });
  await quote.click();
  const selection = page.locator('[id="status.editor.selection"]');
  await selection.filter({ hasText: /Ln 19, Col \d+ \(\d+ selected\)/ }).waitFor({ timeout: 10_000 });
  figures.quoteSelection = (await selection.innerText()).trim();
  log('sidebar quote selected:', figures.quoteSelection);
  await page.screenshot({ path: join(shots, 'quote-selected.png') });

  // The Workspace view: actors across articles, each with the articles that mention it.
  for (const view of ['Quotes', 'Workspace']) await page.locator('.pane-header', { hasText: view }).first().click();
  const actorRow = page.locator('.pane-body .monaco-list-row', { hasText: /Nurlan Seitkali\s*2 articles/ }).first();
  await actorRow.waitFor({ timeout: 15_000 });
  await actorRow.click();
  await page.locator('.pane-body .monaco-list-row', { hasText: 'water-commission.article' }).first().waitFor({ timeout: 10_000 });
  figures.workspaceView = (await actorRow.innerText()).replace(/\s+/g, ' ').trim();
  log('workspace view:', figures.workspaceView);
  await page.screenshot({ path: join(shots, 'workspace.png') });

  // Go to Definition from a later mention lands on the introducing one (line 7).
  const later = await wordBox(page, 'Rakhimov', 'Trust between neighbours');
  await page.mouse.click(later.x + 3, later.y + later.height / 2);
  await selection.filter({ hasText: /Ln 19,/ }).waitFor({ timeout: 10_000 });
  await page.keyboard.press('F12');
  await selection.filter({ hasText: /Ln 7,/ }).waitFor({ timeout: 15_000 });
  figures.definition = (await selection.innerText()).trim();
  log('go to definition:', figures.definition);
  await page.screenshot({ path: join(shots, 'definition.png') });

  // The language server dies: the client starts a new one and hovers work again.
  const servers = spawnSync('pgrep', ['-f', 'marginalia.*/dist/server.js'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
  if (!servers.length) throw new Error('no language server process found');
  for (const pid of servers) process.kill(Number(pid), 'SIGKILL');
  await page.waitForTimeout(2000);
  await hoverWord(page, 'Nurlan Seitkali', 'Kazakh President', 'Kazakh President', 30_000);
  figures.restartedServer = `killed ${servers.length} server process(es); hover answered again`;
  log(figures.restartedServer);
  await page.screenshot({ path: join(shots, 'after-restart.png') });

  await textFile(page, join(server.profile, 'data/User/settings.json'));
}

/** A .txt article opens in the article language: its paragraphs wrap, and hovers work; the setting turns that off. */
async function textFile(page, settingsFile) {
  await page.keyboard.press('Control+Shift+E');
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').fill('wire-story.txt');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'wire-story.txt' }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: 'wire-story.txt' }).waitFor({ timeout: 15_000 });
  const paragraph = readFileSync(join(root, textArticle), 'utf8').split('\n').find((line) => line.startsWith('Swiss Foreign Minister Lukas Brand'));
  // The switch to the article language comes once the server has read the file: wait for the wrap.
  const wrapped = await page
    .waitForFunction(
      (text) => {
        const flat = (s) => s.replace(/\u00a0/g, ' ');
        const editor = document.querySelector('.editor-instance .monaco-editor');
        const lines = [...(editor?.querySelectorAll('.view-lines .view-line') ?? [])].sort((a, b) => a.getBoundingClientRect().y - b.getBoundingClientRect().y);
        const first = lines.findIndex((line) => flat(line.textContent).startsWith(text.slice(0, 40)));
        if (first < 0) return false;
        // The screen lines that show the paragraph, from its first one until the text is complete.
        let shown = '';
        let rows = 0;
        for (const line of lines.slice(first)) {
          shown += flat(line.textContent);
          rows++;
          if (shown.trimEnd().length >= text.length) break;
        }
        const right = editor.getBoundingClientRect().right;
        const fits = lines.every((line) => (line.firstElementChild?.getBoundingClientRect().right ?? 0) <= right);
        return rows >= 2 && shown.trimEnd() === text && fits && rows;
      },
      paragraph,
      { timeout: 30_000 },
    )
    .then((handle) => handle.jsonValue())
    .catch(() => null);
  if (!wrapped) throw new Error('the .txt article does not wrap: its paragraph runs off the right edge or is not on screen');
  const mode = (await page.locator('[id="status.editor.mode"]').innerText()).trim();
  if (mode !== 'News article') throw new Error(`the .txt article is in the language "${mode}", not "News article"`);
  figures.textFileWrap = `a ${paragraph.length}-character paragraph on ${wrapped} screen lines`;
  log('text file:', figures.textFileWrap);
  const hover = await hoverWord(page, 'Lukas Brand', 'Swiss Foreign Minister', 'Swiss Foreign Minister');
  figures.textFileHover = (await hover.innerText()).trim().split('\n').filter(Boolean).slice(0, 2).join(' | ');
  log('text file hover:', figures.textFileHover);
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(shots, 'text-file.png') });

  // Unticking marginalia.txtAsArticle in the Settings editor puts the file back in plain text.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Comma');
  await page.locator('.settings-editor .settings-header').waitFor({ timeout: 15_000 });
  await page.keyboard.type('marginalia.txtAsArticle'); // the search box has the focus
  const checkbox = page.locator('.settings-editor .setting-item-bool', { hasText: 'Txt As Article' }).locator('.setting-value-checkbox');
  await checkbox.waitFor({ timeout: 15_000 });
  await checkbox.click();
  await page.locator('.settings-editor .setting-item-bool', { hasText: 'Txt As Article' }).locator('.setting-value-checkbox:not(.checked)').waitFor({ timeout: 5_000 });
  // The Settings editor writes a moment later, and not at all if closed before: wait for the file.
  await waitUntil(() => readFileSync(settingsFile, 'utf8').includes('"marginalia.txtAsArticle": false'), 10_000, 'the setting was not written');
  await page.keyboard.press('Control+W'); // closes the Settings editor
  await page.locator('[id="status.editor.mode"]', { hasText: 'Plain Text' }).waitFor({ timeout: 15_000 });
  figures.textFileSettingOff = 'marginalia.txtAsArticle: false → Plain Text';
  log('text file, setting off:', figures.textFileSettingOff);
}

/**
 * Hovers `word` (on the line showing `lineHint`) until a hover with `expected` shows, and returns it.
 * Code lenses that arrive meanwhile push the lines down, so each try finds the word again.
 * Between tries the hover is closed: one shown while the folder was still being indexed keeps
 * its text for as long as the mouse comes back to the word before the hover delay.
 */
async function hoverWord(page, word, lineHint, expected, timeout = 60_000) {
  const shown = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content');
  const hover = shown.filter({ hasText: expected }).first();
  const until = Date.now() + timeout;
  for (;;) {
    const box = await wordBox(page, word, lineHint);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    const left = until - Date.now();
    if (await hover.waitFor({ timeout: Math.min(5_000, Math.max(left, 1)) }).then(() => true, () => false)) return hover;
    if (Date.now() >= until) throw new Error(`no hover with "${expected}" on ${word} within ${timeout} ms`);
    await page.mouse.move(5, 450);
    await page.keyboard.press('Escape');
    await shown.first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
  }
}

async function waitUntil(condition, timeout, message) {
  for (const until = Date.now() + timeout; !condition(); ) {
    if (Date.now() > until) throw new Error(message);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The screen box of `word` on the rendered editor line that also shows `lineHint`. */
async function wordBox(page, word, lineHint) {
  await page.locator('.monaco-editor .view-line', { hasText: lineHint }).first().waitFor({ timeout: 15_000 });
  const box = await page.evaluate(([needle, hint]) => {
    const flat = (s) => s.replace(/\u00a0/g, ' ');
    for (const line of document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')) {
      if (!flat(line.textContent).includes(hint)) continue;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node; (node = walker.nextNode()); ) {
        const at = flat(node.textContent).indexOf(needle);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
    }
    return null;
  }, [word, lineHint]);
  if (!box) throw new Error(`not on screen: ${word} (line with ${lineHint})`);
  return box;
}

/** The extension writes its activation time to its output channel; code-server keeps it in a log file. */
function activationTime(profile) {
  const stack = [join(profile, 'data/logs')];
  while (stack.length) {
    const dir = stack.pop();
    let entries = [];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (entry.name.endsWith('.log')) {
        const match = readFileSync(path, 'utf8').match(/Marginalia activated in (\d+) ms/);
        if (match) return Number(match[1]);
      }
    }
  }
  return null;
}

main().catch((error) => {
  console.error(error);
  log('E2E FAIL');
  process.exit(1);
});
