// The server through the protocol library VS Code's client is built on
// (vscode-jsonrpc, from the extension's node_modules): initialize, a
// document's diagnostics, a quick fix, shutdown and exit.
//   node test/protocol.js path/to/sqlcheck
'use strict';
const assert = require('assert');
const { spawn } = require('child_process');
const rpc = require('vscode-jsonrpc/node');

async function main() {
  const proc = spawn(process.argv[2], ['--lsp'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => proc.on('exit', resolve));
  const conn = rpc.createMessageConnection(
    new rpc.StreamMessageReader(proc.stdout),
    new rpc.StreamMessageWriter(proc.stdin));
  const published = new Promise((resolve) =>
    conn.onNotification('textDocument/publishDiagnostics', resolve));
  conn.listen();
  const init = await conn.sendRequest('initialize', {
    processId: process.pid, rootUri: null,
    capabilities: { general: { positionEncodings: ['utf-16'] } },
  });
  assert.strictEqual(init.capabilities.positionEncoding, 'utf-16');
  assert.strictEqual(init.serverInfo.name, 'sqlcheck');
  conn.sendNotification('initialized', {});
  const uri = 'file:///nonexistent/job.sql';
  conn.sendNotification('textDocument/didOpen', { textDocument: {
    uri, languageId: 'sql', version: 1, text: 'SELECT 1 FROM t WHERE a != 1;\n' } });
  const p = await published;
  assert.strictEqual(p.uri, uri);
  const codes = p.diagnostics.map((d) => d.code).sort();
  assert.deepStrictEqual(codes, ['FSQL001', 'FSQL201']);
  const d = p.diagnostics.find((x) => x.code === 'FSQL001');
  assert.deepStrictEqual(d.range, { start: { line: 0, character: 24 },
                                    end: { line: 0, character: 26 } });
  const actions = await conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
  const quick = actions.filter((a) => a.kind === 'quickfix');
  assert.strictEqual(quick.length, 1);
  assert.strictEqual(quick[0].edit.changes[uri][0].newText, '<>');
  await conn.sendRequest('shutdown');
  conn.sendNotification('exit');
  assert.strictEqual(await exited, 0);
  conn.dispose();
  console.log('vsix: vscode-jsonrpc client: initialize, diagnostics, quick fix, exit: passed');
}

main().catch((err) => {
  console.error('vsix: FAILED:', err.message);
  process.exit(1);
});
