-- Headless Neovim (0.7+) as a client of the Marginalia server: hover, definition, references.
-- Run by test/nvim.test.ts. Prints "OK name" / "FAIL name" lines; exits non-zero on a failure.
local root = vim.env.MARGINALIA_ROOT
local samples = root .. '/samples/'
local failures = 0
local function out(s) io.stdout:write(s .. '\n') end
local function check(name, ok, detail)
  out((ok and 'OK ' or 'FAIL ') .. name .. (detail and (': ' .. detail:gsub('%s+', ' ')) or ''))
  if not ok then failures = failures + 1 end
end

local client_id = vim.lsp.start_client({
  name = 'marginalia',
  cmd = { 'node', root .. '/dist/server.js', '--stdio' },
  root_dir = samples,
  workspace_folders = { { uri = vim.uri_from_fname(samples), name = 'samples' } },
  get_language_id = function() return 'article' end,
})
assert(client_id, 'the server did not start')
vim.cmd('edit ' .. vim.fn.fnameescape(samples .. 'summit-diplomacy.article'))
local bufnr = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(bufnr, client_id)
assert(vim.wait(10000, function()
  local client = vim.lsp.get_client_by_id(client_id)
  return client ~= nil and client.initialized == true
end, 10), 'the client did not initialize')

-- Puts the cursor on the first occurrence of a literal text and returns LSP position params.
local function at(text)
  vim.api.nvim_win_set_cursor(0, { 1, 0 })
  local pos = vim.fn.searchpos('\\V' .. text, 'cW')
  assert(pos[1] > 0, 'not found: ' .. text)
  vim.api.nvim_win_set_cursor(0, { pos[1], pos[2] - 1 })
  return vim.lsp.util.make_position_params()
end
local function request(method, params)
  local responses = vim.lsp.buf_request_sync(bufnr, method, params, 5000) or {}
  local response = responses[client_id]
  return response and response.result
end

local hover = request('textDocument/hover', at('Seitkali told'))
local text = hover and hover.contents and hover.contents.value or ''
check('hover', text:find('Kazakh President', 1, true) ~= nil, text:sub(1, 60))

local intro = at('Bakhodir Rakhimov').position
local def = request('textDocument/definition', at('Rakhimov said'))
if def and def[1] then def = def[1] end
check('definition', def ~= nil and def.range.start.line == intro.line and def.range.start.character == intro.character,
  def and vim.inspect(def.range.start, { newline = ' ', indent = '' }))

-- The other sample is indexed in the background: ask until it shows up.
local params = at('Zhunusova said')
params.context = { includeDeclaration = true }
local here, elsewhere = 0, 0
vim.wait(10000, function()
  here, elsewhere = 0, 0
  for _, ref in ipairs(request('textDocument/references', params) or {}) do
    if ref.uri == vim.uri_from_bufnr(bufnr) then here = here + 1 else elsewhere = elsewhere + 1 end
  end
  return elsewhere > 0
end, 100)
check('references', here >= 2 and elsewhere >= 1, here .. ' here, ' .. elsewhere .. ' in other files')

vim.lsp.stop_client(client_id)
if failures > 0 then vim.cmd('cquit 1') end
vim.cmd('qall!')
