import type { RawFinding } from '../../core/finding.js';
import type { FileRule } from '../types.js';
import { isLiteralSecretValue } from '../secret-names.js';
import { findingAt } from '../kubernetes/report.js';
import { isSecretLikeKey } from '../kubernetes/secret-name.js';
import { instructions } from './dockerfile-instructions.js';
import { CONTAINERS_HELP } from './meta.js';

// A name starts where a run of name characters starts (the lookbehind): from inside a long run
// with no `=` the scan would otherwise start again at every character (quadratic).
const PAIR = /(?<![A-Za-z0-9_.-])([A-Za-z_][A-Za-z0-9_.-]*)=("(?:[^"\\]|\\.)*"|'[^']*'|(?:[^\s"'\\]|\\.)+)/g;

/** `ENV NAME=literal` and `ARG NAME=literal` for secret-like names: baked into image layers and history. */
export const dockerfileEnvArgRule: FileRule = {
  meta: {
    id: 'dockerfile-literal-secret',
    category: 'unsafe-injection',
    severity: 'high',
    description: 'A Dockerfile ENV or ARG gives a secret-like name a literal value, which is committed and stays readable in the image layers and history.',
    helpUri: CONTAINERS_HELP,
  },
  appliesTo: (file) => file.kind === 'dockerfile',
  check(file, context) {
    const findings: RawFinding[] = [];
    for (const instruction of instructions(file.text)) {
      if (instruction.keyword !== 'ENV' && instruction.keyword !== 'ARG') continue;
      const pairs: { name: string; value: string; start: number }[] = [];
      // The value runs from its first to its last non-blank character (a lazy `.+?\s*$` rescanned the trailing blanks at every step).
      const legacy = /^([A-Za-z_][A-Za-z0-9_.-]*)\s+(?!\S*=)(\S(?:.*\S)?)\s*$/.exec(instruction.args);
      if (instruction.keyword === 'ENV' && legacy) {
        // `ENV NAME value with spaces` (the old form: one variable, the rest of the line).
        pairs.push({ name: legacy[1]!, value: legacy[2]!, start: instruction.args.indexOf(legacy[2]!, legacy[1]!.length) });
      } else {
        for (const m of instruction.args.matchAll(PAIR)) {
          const quoted = /^(["'])(.*)\1$/s.exec(m[2]!);
          pairs.push({ name: m[1]!, value: quoted ? quoted[2]! : m[2]!, start: m.index + m[1]!.length + 1 + (quoted ? 1 : 0) });
        }
      }
      for (const pair of pairs) {
        if (!isSecretLikeKey(pair.name, context.settings) || !isLiteralSecretValue(pair.value)) continue;
        const start = instruction.offsets[pair.start]!;
        const end = instruction.offsets[pair.start + pair.value.length - 1]! + 1;
        const arg = instruction.keyword === 'ARG';
        findings.push(
          findingAt(this.meta, file, start, end, {
            message: `${instruction.keyword} ${pair.name} has a literal ${arg ? 'default' : 'value'} in the Dockerfile.`,
            remediation: `Remove the value: use a BuildKit secret for build time (\`RUN --mount=type=secret,id=${pair.name.toLowerCase()} ...\`, \`docker build --secret id=${pair.name.toLowerCase()},env=${pair.name}\`) and pass runtime secrets when the container starts (orchestrator secrets, \`docker run -e ${pair.name}\`). ${arg ? 'ARG values are recorded in the image history.' : 'ENV values are stored in the image configuration.'}`,
            secret: pair.value,
          }),
        );
      }
    }
    return findings;
  },
};
