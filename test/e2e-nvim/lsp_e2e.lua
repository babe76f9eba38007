-- Copydesk in a real Neovim (0.7.2, headless) over stdio: the way a Neovim user points an LSP
-- client at `node dist/server.js --stdio`. Run by run.sh; prints one line per test and, last,
-- `N passed, N failed`; exits 1 on any failure (cquit), 0 otherwise.
--
-- Neovim 0.7 has no vim.lsp.start (0.8+): vim.lsp.start_client + vim.lsp.buf_attach_client.

local server_js = assert(os.getenv('COPYDESK_SERVER'), 'COPYDESK_SERVER not set')
local root = assert(os.getenv('COPYDESK_ROOT'), 'COPYDESK_ROOT not set')
local expected_path = assert(os.getenv('COPYDESK_EXPECTED'), 'COPYDESK_EXPECTED not set')
local timeout_ms = tonumber(os.getenv('COPYDESK_TIMEOUT_MS') or '15000')

local passed, failed = 0, 0
local function out(s) io.stdout:write(s .. '\n') end

local function test(name, fn)
  local t = vim.loop.hrtime()
  local ok, err = pcall(fn)
  name = string.format('%s (%.2f s)', name, (vim.loop.hrtime() - t) / 1e9)
  if ok then
    passed = passed + 1
    out('ok     ' .. name)
  else
    failed = failed + 1
    out('FAILED ' .. name .. ': ' .. tostring(err))
  end
end

local function finish()
  out(string.format('%d passed, %d failed', passed, failed))
  io.stdout:flush()
  if failed > 0 then vim.cmd('cquit! 1') else vim.cmd('qall!') end
end

local buf = vim.api.nvim_get_current_buf()
local raw = {} -- the last publishDiagnostics params for our buffer, as the server sent them
local publishes = 0

local function on_publish(err, result, ctx, config)
  if result and result.uri == vim.uri_from_bufnr(buf) then
    raw = result.diagnostics or {}
    publishes = publishes + 1
  end
  return vim.lsp.handlers['textDocument/publishDiagnostics'](err, result, ctx, config)
end

local client_id, client
local start_ok, start_err = pcall(function()
  client_id = vim.lsp.start_client({
    name = 'copydesk',
    cmd = { 'node', server_js, '--stdio' },
    root_dir = root,
    -- Neovim sends the filetype ("text") as languageId; a user maps it the same way.
    get_language_id = function(_, ft)
      if ft == 'markdown' then return 'markdown' end
      return 'plaintext'
    end,
    handlers = { ['textDocument/publishDiagnostics'] = on_publish },
    on_exit = function(code, signal)
      if code ~= 0 then out('server exited with code ' .. tostring(code) .. ' signal ' .. tostring(signal)) end
    end,
  })
  assert(client_id, 'vim.lsp.start_client returned nil')
  assert(vim.lsp.buf_attach_client(buf, client_id), 'buf_attach_client failed')
  client = vim.lsp.get_client_by_id(client_id)
  assert(vim.wait(timeout_ms, function() return client.initialized end, 50), 'server did not initialize')
end)

if not start_ok then
  out('FAILED start server: ' .. tostring(start_err))
  failed = failed + 1
  finish()
  return
end

local function buf_text()
  return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n') .. '\n'
end

-- LSP position (0-based line, UTF-16 character) of the first `needle` (plain text) at or after line `from`.
local function pos_of(needle, from, shift)
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  for i = (from or 1), #lines do
    local s = string.find(lines[i], needle, 1, true)
    if s then
      local byte = s - 1 + (shift or 0)
      local _, utf16 = vim.str_utfindex(lines[i], byte)
      return { line = i - 1, character = utf16 }
    end
  end
  error('text not found in buffer: ' .. needle)
end

local function codes()
  local seen = {}
  for _, d in ipairs(raw) do seen[#seen + 1] = tostring(d.code) end
  return table.concat(seen, ', ')
end

local function find_raw(code)
  for _, d in ipairs(raw) do if d.code == code then return d end end
  return nil
end

local function flatten_hover(contents)
  if type(contents) == 'string' then return contents end
  if contents.value then return contents.value end
  local parts = {}
  for _, c in ipairs(contents) do parts[#parts + 1] = type(c) == 'string' and c or (c.value or '') end
  return table.concat(parts, '\n')
end

test('diagnostics arrive with rule ids quotes/unopened and attribution/no-verb', function()
  local ok = vim.wait(timeout_ms, function()
    return find_raw('quotes/unopened') ~= nil and find_raw('attribution/no-verb') ~= nil
  end, 50)
  assert(ok, 'after ' .. timeout_ms .. ' ms the server published: [' .. codes() .. ']')
  for _, d in ipairs(raw) do
    assert(d.source == 'copydesk', 'diagnostic source is ' .. tostring(d.source) .. ', not copydesk')
  end
  local orphan = find_raw('quotes/unopened')
  local want = pos_of('expand,"', 1, 7)
  assert(orphan.range.start.line == want.line and orphan.range.start.character == want.character,
    string.format('quotes/unopened at %d:%d, expected at the closing mark %d:%d', orphan.range.start.line,
      orphan.range.start.character, want.line, want.character))
  assert(orphan.severity == 1, 'quotes/unopened severity ' .. tostring(orphan.severity) .. ', expected 1 (error)')
  -- Neovim's own diagnostic store has them too (what :lua vim.diagnostic.get() / signs show).
  local mine = 0
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.source == 'copydesk' or d.code == 'quotes/unopened' or (d.user_data and d.user_data.lsp) then mine = mine + 1 end
  end
  assert(mine >= 2, 'vim.diagnostic.get() holds ' .. mine .. ' Copydesk diagnostics')
end)

test('hover on a surname answers with the name card (full name)', function()
  local pos = pos_of('Ashimbayev thanked', 1, 2)
  local res = vim.lsp.buf_request_sync(buf, 'textDocument/hover',
    { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = pos }, timeout_ms)
  assert(res and res[client_id], 'no hover response')
  assert(not res[client_id].err, 'hover error: ' .. vim.inspect(res[client_id].err))
  local result = res[client_id].result
  assert(result and result.contents, 'hover returned null at ' .. pos.line .. ':' .. pos.character)
  local text = flatten_hover(result.contents)
  assert(text:find('Maulen Ashimbayev', 1, true), 'hover does not name "Maulen Ashimbayev": ' .. text)
end)

test('quick fix "insert opening quotation mark" is applied and the buffer is exactly as expected', function()
  local orphan = assert(find_raw('quotes/unopened'), 'no quotes/unopened diagnostic to fix')
  local res = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = orphan.range,
    context = { diagnostics = { orphan }, only = { 'quickfix' } },
  }, timeout_ms)
  assert(res and res[client_id] and not res[client_id].err, 'codeAction failed: ' .. vim.inspect(res))
  local actions = res[client_id].result or {}
  local chosen, titles = nil, {}
  for _, a in ipairs(actions) do
    titles[#titles + 1] = a.title
    local t = a.title:lower()
    if not chosen and t:find('insert', 1, true) and (t:find('start of the paragraph', 1, true) or t:find('start of paragraph', 1, true)) then
      chosen = a
    end
  end
  assert(chosen, 'no "Insert \" at the start of the paragraph" among: ' .. table.concat(titles, ' | '))
  if not chosen.edit and not chosen.command then
    local r = client.request_sync('codeAction/resolve', chosen, timeout_ms, buf)
    assert(r and not r.err and r.result, 'codeAction/resolve failed: ' .. vim.inspect(r))
    chosen = r.result
  end
  if chosen.edit then
    vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
  end
  if chosen.command then
    local cmd = type(chosen.command) == 'table' and chosen.command or chosen
    local r = client.request_sync('workspace/executeCommand',
      { command = cmd.command, arguments = cmd.arguments }, timeout_ms, buf)
    assert(r and not r.err, 'executeCommand failed: ' .. vim.inspect(r))
    -- a command may answer with workspace/applyEdit, which Neovim applies by itself
    vim.wait(2000, function() return false end, 50)
  end
  local f = assert(io.open(expected_path, 'r'))
  local expected = f:read('*a')
  f:close()
  local got = buf_text()
  assert(got == expected, 'buffer differs from the expected text.\n--- got ---\n' .. got .. '\n--- expected ---\n' .. expected)
end)

test('after the fix the server re-lints the buffer and quotes/unopened is gone', function()
  local ok = vim.wait(timeout_ms, function() return find_raw('quotes/unopened') == nil end, 50)
  assert(ok, 'quotes/unopened still published after the fix: [' .. codes() .. ']')
  -- The fix was an edit beside the attribution: its finding waits for the hold-back (750 ms), then stays.
  local back = vim.wait(timeout_ms, function() return find_raw('attribution/no-verb') ~= nil end, 50)
  assert(back, 'attribution/no-verb disappeared too: [' .. codes() .. ']')
  assert(find_raw('quotes/unopened') == nil, 'quotes/unopened came back: [' .. codes() .. ']')
end)

local stop_ok = pcall(function() vim.lsp.stop_client(client_id) end)
finish()
