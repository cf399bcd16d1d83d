import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { corpusFiles } from '../real-corpus/github-actions-files.js';
import { runRules } from '../github-actions/source.js';
it('dump', () => {
  const out: unknown[] = [];
  const diags: unknown[] = [];
  for (const file of corpusFiles()) {
    const r = runRules(file.id, file.text, { kind: file.kind });
    for (const f of r.findings) out.push({ file: f.file, line: f.line, column: f.column, ruleId: f.ruleId, severity: f.severity, message: f.message, secret: f.secret });
    for (const d of r.diagnostics) diags.push(d);
  }
  writeFileSync(process.env.DUMP_OUT ?? '/tmp/gha15/out.json', JSON.stringify({ out, diags }, null, 1));
}, 600000);
