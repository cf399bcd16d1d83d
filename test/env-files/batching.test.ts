import { afterAll, describe, expect, it, vi } from 'vitest';
import * as gitModule from '../../src/util/git.js';
import { cleanupTempDirs } from '../helpers/repo.js';
import { scanTree } from '../helpers/scan.js';

const calls: string[][] = [];
vi.mock('../../src/util/git.js', async (original) => {
  const actual = await original<typeof gitModule>();
  return {
    ...actual,
    git: (cwd: string, args: string[], input?: string) => {
      calls.push(args);
      return actual.git(cwd, args, input);
    },
  };
});

afterAll(cleanupTempDirs);

describe('ignore questions are batched', () => {
  it('one git check-ignore process answers every env file of a scan', async () => {
    const tree: Record<string, string> = { '.gitignore': 'x\n', 'package.json': '{"dependencies":{"dotenv":"1"}}' };
    for (let i = 0; i < 12; i++) tree[`svc${i}/.env.local`] = 'A=1\n';
    const report = await scanTree(tree, { git: true });
    expect(report.findings.filter((f) => f.ruleId === 'env-file-committed')).toHaveLength(12);
    expect(report.findings.filter((f) => f.ruleId === 'env-file-ignore-missing')).toHaveLength(1);
    expect(calls.filter((args) => args.includes('check-ignore'))).toHaveLength(1);
  });
});
