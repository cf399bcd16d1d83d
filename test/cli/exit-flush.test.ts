/**
 * The CLI ends its process itself once stdout and stderr have taken everything (src/cli/index.ts,
 * exitWhenFlushed). Where a pipe is written asynchronously (macOS; forced here with a preload
 * that makes stdout non-blocking), a report larger than the pipe's buffer must still arrive whole
 * to a reader that starts late.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { REPO_ROOT } from '../action/run-action.js';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, tempDir } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

const CLI = path.join(REPO_ROOT, 'dist/cli/index.js');

it('a report of about 1 MB reaches a slow reader of an asynchronous pipe whole', async () => {
  const dir = tempDir('osl-flush-');
  const keys = Array.from({ length: 1500 }, () => openaiKey('proj'));
  writeFileSync(path.join(dir, 'keys.txt'), keys.map((key) => `OPENAI_API_KEY=${key}\n`).join(''));
  const preload = path.join(tempDir('osl-preload-'), 'non-blocking.cjs');
  writeFileSync(preload, 'process.stdout._handle.setBlocking(false);\n');
  const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
    const child = spawn(process.execPath, ['-r', preload, CLI, 'scan', dir, '--format', 'json'], { env: { PATH: process.env.PATH, HOME: process.env.HOME }, stdio: ['ignore', 'pipe', 'ignore'] });
    const out: Buffer[] = [];
    // Nothing is read for a while: the pipe fills, and the rest waits in the process.
    child.stdout.pause();
    setTimeout(() => child.stdout.resume(), 500);
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.on('close', (exit) => resolve({ code: exit, stdout: Buffer.concat(out).toString('utf8') }));
  });
  expect(stdout.length).toBeGreaterThan(512 * 1024);
  const report = JSON.parse(stdout) as { findings: { line: number }[] };
  expect(code).toBe(1);
  expect(report.findings.map((f) => f.line)).toEqual(keys.map((_, i) => i + 1));
}, 30_000);
