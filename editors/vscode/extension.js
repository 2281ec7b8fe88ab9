// The sqlcheck extension: a thin client of `sqlcheck --lsp`. Everything a
// user sees (diagnostics, quick fixes, hovers) comes from the server.
'use strict';
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

// The command line of the server, from the settings.
function serverOptions() {
  const cfg = vscode.workspace.getConfiguration('sqlcheck');
  return {
    command: cfg.get('path', 'sqlcheck'),
    args: ['--lsp', ...cfg.get('args', [])],
    transport: TransportKind.stdio,
  };
}

const clientOptions = {
  // SQL files in any SQL mode, saved or not
  documentSelector: [
    { scheme: 'file', language: 'sql' },
    { scheme: 'untitled', language: 'sql' },
    { scheme: 'file', language: 'flinksql' },
    { scheme: 'file', pattern: '**/*.sql' },
  ],
  // the files that change what the server says: it re-reads them
  synchronize: {
    fileEvents: vscode.workspace.createFileSystemWatcher(
      '**/{.sqlcheckrc,*.sql,*.tsv,*.yaml}'),
  },
};

async function start() {
  client = new LanguageClient('sqlcheck', 'sqlcheck', serverOptions(),
    clientOptions);
  try {
    await client.start();
  } catch (err) {
    vscode.window.showErrorMessage(
      `sqlcheck: the language server did not start (${err.message}). ` +
      'Is sqlcheck installed? Set sqlcheck.path to its location.');
  }
}

async function restart() {
  if (client) {
    await client.stop().catch(() => {});
  }
  await start();
}

function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('sqlcheck.restart', restart),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('sqlcheck.path') ||
          e.affectsConfiguration('sqlcheck.args')) {
        restart();
      }
    }));
  return start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate, serverOptions };
