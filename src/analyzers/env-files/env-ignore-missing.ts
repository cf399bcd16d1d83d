import { existsSync } from 'node:fs';
import path from 'node:path';
import type { RepositoryRule, RuleMeta } from '../types.js';
import { envFileState } from './state.js';
import { filesMentioningDotenv, findEnvUsage } from './usage-signals.js';

export const envIgnoreMissingMeta: RuleMeta = {
  id: 'env-file-ignore-missing',
  category: 'unprotected-env-file',
  severity: 'medium',
  description: 'The repository loads env files, but no ignore rule covers `.env` at its root.',
  helpUri: 'https://github.com/openai-secret-lint/openai-secret-lint/blob/main/docs/rules/env-files.md',
};

/**
 * Preventive: a project that loads `.env` files will sooner or later have one at its root, and
 * without an ignore rule the first `git add .` commits it. Reported on the root `.gitignore`, or
 * on the root itself when there is none.
 */
export const envIgnoreMissingRule: RepositoryRule = {
  meta: envIgnoreMissingMeta,
  async checkRepository(context) {
    const state = await envFileState(context);
    const root = context.settings.root;
    const compose = state.references.find((r) => r.via === 'compose');
    const inGit = context.files.some((f) => f.tracked !== null) && !context.readText; // index scans read blobs, not the tree
    const usage = () => findEnvUsage(context.files, state.readOnce, compose ? { file: compose.from, evidence: 'Compose `env_file:`' } : null, inGit ? () => filesMentioningDotenv(root) : undefined);
    // What is cheaper first: an index scan (pre-commit) looks for the usage signal in the few
    // staged files, and asks git about `.env` only when there is one; a tree scan asks git once
    // rather than search the whole repository for a signal it may not need.
    const signalFirst = context.readText !== undefined;
    const early = signalFirst ? await usage() : null;
    if (signalFirst && !early) return [];
    const { path: dotenv, verdict } = await state.rootDotenv();
    if (verdict.ignored) return [];
    const signal = early ?? (await usage());
    if (!signal) return [];
    // The scan root's `.gitignore`: findings of a subdirectory scan stay inside it.
    const gitignore = '.gitignore';
    const hasGitignore = existsSync(path.join(root, gitignore));
    const negations = [...new Set(state.templates.map((t) => t.slice(t.lastIndexOf('/') + 1)).filter((n) => n.startsWith('.env')))].sort();
    const lines = ['.env*', ...(negations.length > 0 ? negations : ['.env.example']).map((n) => `!${n}`)];
    const why = verdict.rule ? ` (\`${verdict.rule.pattern}\` at ${verdict.rule.source} line ${verdict.rule.line} re-includes it)` : '';
    return [
      {
        ruleId: envIgnoreMissingMeta.id,
        category: envIgnoreMissingMeta.category,
        severity: envIgnoreMissingMeta.severity,
        file: hasGitignore ? gitignore : '.',
        line: null,
        column: null,
        endLine: null,
        endColumn: null,
        message: `This repository loads env files (${signal.evidence} in \`${signal.file}\`), but no ignore rule covers \`${dotenv}\`${why}: the first \`git add .\` would commit it.`,
        remediation: `Add ${lines.map((l) => `\`${l}\``).join(' and ')} to ${gitignore}${hasGitignore ? '' : ' (create it)'}, keeping only templates committed.`,
        fingerprintSeed: envIgnoreMissingMeta.id,
      },
    ];
  },
};
