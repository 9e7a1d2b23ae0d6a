import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const TIMEOUT = 60_000;

/**
 * Runs `node bin/signpost-feed.mjs ...args` in the project root as a real process (the Node tests
 * call it directly; the browser tests through the server command below).
 * `files` ({ name: text }) are written to a fresh directory under
 * os.tmpdir(), which `{tmp}` in args stands for, and removed afterwards.
 */
export async function runCli(args, { stdin, files } = {}) {
  const dir = files ? await mkdtemp(join(tmpdir(), 'signpost-cli-')) : undefined;
  try {
    for (const [name, text] of Object.entries(files ?? {})) await writeFile(join(dir, name), text);
    const argv = args.map((arg) => (dir ? arg.replaceAll('{tmp}', dir) : arg));
    return await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['bin/signpost-feed.mjs', ...argv], { cwd: root, stdio: 'pipe' });
      const out = [];
      const err = [];
      const timer = setTimeout(() => child.kill(), TIMEOUT);
      child.stdout.on('data', (chunk) => out.push(chunk));
      child.stderr.on('data', (chunk) => err.push(chunk));
      child.on('error', reject);
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        resolve({ code: code ?? signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
      });
      // A command that never reads its input closes the pipe early; that is its answer, not a test failure.
      child.stdin.on('error', () => {});
      child.stdin.end(stdin ?? '');
    });
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}

/** Server-side command for the browser tests: executeServerCommand('signpost-cli', { args, stdin?, files? }). */
export function cliCommands() {
  return {
    name: 'signpost-cli',
    async executeCommand({ command, payload }) {
      if (command !== 'signpost-cli') return undefined;
      return runCli(payload.args, payload);
    },
  };
}
