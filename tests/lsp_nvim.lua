-- Neovim's built-in LSP client against `sqlcheck --lsp` (run by
-- tests/lsp_nvim.sh): the diagnostics it shows, a quick fix picked from
-- its code-action menu and applied, the diagnostics after that edit and
-- after typing, a hover, and positions on a line with a character beyond
-- the Basic Multilingual Plane in UTF-16 and in UTF-8.
local bin = os.getenv('SQLCHECK')
local dir = os.getenv('WORKDIR')
local encoding = os.getenv('ENCODING') -- 'utf-16' or 'utf-8'
local passed, failed = 0, 0

local function check(cond, what)
  if cond then
    passed = passed + 1
  else
    failed = failed + 1
    io.stderr:write('FAIL (' .. encoding .. '): ' .. what .. '\n')
  end
end

local function finish()
  io.stderr:write(string.format('nvim %s: %d passed, %d failed\n', encoding,
                                passed, failed))
  vim.cmd(failed == 0 and 'qall!' or 'cquit! 1')
end

local function codes(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(list, d.code)
  end
  table.sort(list)
  return table.concat(list, ',')
end

vim.cmd('edit ' .. dir .. '/job.sql')
local buf = vim.api.nvim_get_current_buf()
local capabilities = vim.lsp.protocol.make_client_capabilities()
if encoding == 'utf-8' then
  capabilities.offsetEncoding = { 'utf-8', 'utf-16' }
end
local client_id = vim.lsp.start_client({
  name = 'sqlcheck',
  cmd = { bin, '--lsp' },
  root_dir = dir,
  capabilities = capabilities,
  on_init = function(client, result)
    -- the clangd convention Neovim 0.7 documents for offsetEncoding
    if result.offsetEncoding then
      client.offset_encoding = result.offsetEncoding
    end
  end,
})
check(client_id ~= nil, 'the client started')
vim.lsp.buf_attach_client(buf, client_id)

-- the findings of the file as it is on disk
check(vim.wait(10000, function() return codes(buf) == 'FSQL001,FSQL101' end, 20),
      'diagnostics FSQL001,FSQL101, got ' .. codes(buf))
local client = vim.lsp.get_client_by_id(client_id)
check(client and client.offset_encoding == encoding,
      'offset encoding ' .. tostring(client and client.offset_encoding))
for _, d in ipairs(vim.diagnostic.get(buf)) do
  if d.code == 'FSQL001' then
    -- line 4 is "WHERE '<U+1F600><e-acute>' != 'x';": '!=' at byte 15
    check(d.lnum == 3 and d.col == 15 and d.end_col == 17,
          string.format('FSQL001 at %d:%d-%d', d.lnum, d.col, d.end_col))
    check(d.severity == vim.diagnostic.severity.ERROR, 'FSQL001 is an error')
  else
    check(d.lnum == 0 and d.col == 0 and d.end_col == 12,
          string.format('FSQL101 at %d:%d-%d', d.lnum, d.col, d.end_col))
    check(d.message:find('not TEMPORARY', 1, true) ~= nil, 'its message')
  end
end

-- hover on line 1: the finding and its rule page
local hover = vim.lsp.buf_request_sync(buf, 'textDocument/hover', {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  position = { line = 0, character = 3 },
}, 5000)
local value = hover and hover[client_id] and hover[client_id].result and
              hover[client_id].result.contents.value or ''
check(value:find('# FSQL101 non-temporary-ddl', 1, true) ~= nil, 'hover')

-- the code-action menu on line 1: pick the quick fix, as a user would
local offered = {}
vim.ui.select = function(items, opts, on_choice)
  for i, item in ipairs(items) do
    local action = item[2] or item
    table.insert(offered, action.title)
    if action.title:find('FSQL101', 1, true) then
      return on_choice(item, i)
    end
  end
  on_choice(nil, nil)
end
vim.api.nvim_win_set_cursor(0, { 1, 3 })
vim.lsp.buf.code_action()
check(vim.wait(5000, function()
  return vim.api.nvim_buf_get_lines(buf, 0, 1, false)[1]:find('^CREATE TEMPORARY TABLE') ~= nil
end, 20), 'the quick fix edited line 1; offered: ' .. table.concat(offered, ' | '))
check(vim.wait(10000, function() return codes(buf) == 'FSQL001' end, 20),
      'after the fix: FSQL001 alone, got ' .. codes(buf))

-- type over '!=' (an incremental change after the surrogate pair)
vim.api.nvim_buf_set_text(buf, 3, 15, 3, 17, { '<>' })
check(vim.wait(10000, function() return codes(buf) == '' end, 20),
      'after typing <>: no findings, got ' .. codes(buf))
-- and break it again on a new line
vim.api.nvim_buf_set_lines(buf, 4, 4, false, { 'SELECT FROM;' })
check(vim.wait(10000, function()
  local d = vim.diagnostic.get(buf)
  return #d == 1 and d[1].lnum == 4
end, 20), 'a new syntax error on line 5, got ' .. codes(buf))

vim.lsp.stop_client(client_id)
finish()
