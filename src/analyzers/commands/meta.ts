/** Help page, severity policy and platform-specific fixes shared by the command rules. */
import type { Severity } from '../../core/finding.js';
import { isLiteralSecretValue, isLowercaseWords, isWeakLiteral } from '../secret-names.js';
import type { Platform } from './scripts.js';

export const COMMANDS_HELP = 'https://github.com/openai-secret-lint/openai-secret-lint/blob/main/docs/rules/commands.md';

/**
 * The severity of a value written where a tool takes a credential, or null when it is not a
 * literal credential: references (`$VAR`, `${{ secrets.X }}`, `$(cat file)`), placeholders and
 * test words (`<password>`, `your-token`, `xxx`, `changeme`, `root`, `password`) pass; counting
 * runs, stand-in words and lower-case words (`postgres`, `secret_pw`) are throwaway test-service
 * passwords known to every reader: low; anything else: high. A value a provider detector
 * recognises is also reported, critical, by the text rule at the same range (merged into one).
 */
export function credentialSeverity(value: string, basic: boolean): Severity | null {
  let judged = value;
  if (basic) {
    // Outside the base64 alphabet it is no Basic credential (`Basic {base64(user:pass)}`, a JWT).
    if (!/^[A-Za-z0-9+/]+=*$/.test(value)) return null;
    const decoded = decodeBasic(value);
    if (decoded !== null) judged = decoded;
  }
  if (!isLiteralSecretValue(judged) || CAPITAL_NAME.test(judged) || CALL.test(judged)) return null;
  if (isWeakLiteral(judged) || isLowercaseWords(judged)) return 'low';
  return 'high';
}

/** `base64(email:password)`, `getToken()`: an expression written out in documentation. */
const CALL = /[A-Za-z_]\w{3,}\([^)]*\)/;

/** `MYTOKEN`, `PASSWORD`, `APIKEY2`: a capitalised name standing in for the value in documentation. */
const CAPITAL_NAME = /^[A-Z]*(TOKEN|PASS|PASSWORD|PWD|KEY|SECRET|AUTH|CRED|CREDENTIALS)[A-Z]*[0-9]?$/;

/** The password inside base64 `user:password` (HTTP Basic, npm `_auth`), or null when it is not that. */
function decodeBasic(value: string): string | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 !== 0) return null;
  const text = Buffer.from(value, 'base64').toString('utf8');
  if (!/^[\x20-\x7e]+$/.test(text)) return null;
  const colon = text.indexOf(':');
  return colon === -1 ? null : text.slice(colon + 1);
}

const ROTATE = ' Rotate the credential: it is in the repository history.';

/** The fix in the platform's own secret syntax. */
export function remediationFor(platform: Platform, form: string): string {
  const stdin = /docker|podman|buildah|skopeo|nerdctl|oras|helm registry/.test(form) ? ' Prefer `--password-stdin` so the value never appears in the process list.' : '';
  switch (platform) {
    case 'github':
      return `Store the value as a repository or environment secret and pass it through the step's env (\`env: TOKEN: \${{ secrets.TOKEN }}\`), then use "$TOKEN" in the command.${stdin}${ROTATE}`;
    case 'gitlab':
      return `Define the value as a masked and protected CI/CD variable (Settings > CI/CD > Variables) and use "$NAME" in the script; for the GitLab registry or API use $CI_JOB_TOKEN.${stdin}${ROTATE}`;
    case 'dockerfile':
      return `Pass the value as a build secret: \`RUN --mount=type=secret,id=token TOKEN="$(cat /run/secrets/token)" …\` with \`docker build --secret id=token,env=TOKEN\`; never as ARG or ENV, which stay in the image history.${stdin}${ROTATE}`;
    case 'markdown':
      return `Replace the value with a placeholder or an environment variable (\`"$TOKEN"\`) in the documented command.${ROTATE}`;
    default:
      return `Read the value from the environment ("$TOKEN", set by the caller or a secret manager) or from a file outside the repository instead of writing it in the command.${stdin}${ROTATE}`;
  }
}
