/**
 * Another real LSP client: Neovim (0.7 from Debian, which only takes pushed diagnostics and has no snippets)
 * configured as the README says, headless, shows the server's diagnostics. Skipped where nvim is absent (a
 * failure under IMR_E2E_REQUIRED=1).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { needTool } from '../helpers/required';
import { letter } from '../helpers/snippets';
import { VALID } from '../helpers/valid-letter';
import { serverPath } from './lsp-client';

describe('Neovim as the client', function () {
  it('shows the diagnostics the server pushes, with the README\'s configuration', function () {
    needTool(this, 'nvim', 'neovim');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-nvim-'));
    try {
      fs.writeFileSync(path.join(dir, 'letter.imr'), VALID.replace('Decision: Upheld', 'Decision: Uphold'));
      fs.writeFileSync(path.join(dir, 'init.lua'), letter(
        "vim.cmd('au BufRead,BufNewFile *.imr set filetype=imr')",
        "vim.api.nvim_create_autocmd('FileType', {",
        "  pattern = 'imr',",
        '  callback = function(args)',
        `    local client = vim.lsp.start_client({ name = 'imr', cmd = { 'node', '${serverPath()}', '--stdio' }, root_dir = vim.fn.getcwd() })`,
        '    vim.lsp.buf_attach_client(args.buf, client)',
        '  end,',
        '})',
      ));
      fs.writeFileSync(path.join(dir, 'report.lua'), letter(
        'vim.wait(10000, function() return #vim.diagnostic.get(0) > 0 end, 50)',
        "for _, d in ipairs(vim.diagnostic.get(0)) do io.stdout:write(string.format('%d:%d %s\\n', d.lnum + 1, d.col + 1, d.code or '')) end",
        "vim.cmd('qa!')",
      ));
      const run = spawnSync('nvim', ['--headless', '-u', 'init.lua', 'letter.imr', '-c', 'luafile report.lua'], { cwd: dir, encoding: 'utf8', timeout: 30000 });
      assert.equal(run.stdout.trim(), '16:13 IMR006', run.stderr);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
