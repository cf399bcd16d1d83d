import type { RawFinding } from '../../core/finding.js';
import { findingAt } from '../kubernetes/report.js';
import type { FileRule } from '../types.js';
import { credentialArgs } from './credential-args.js';
import { COMMANDS_HELP, credentialSeverity, remediationFor } from './meta.js';
import { scriptFileKind, scriptsOf, type Script } from './scripts.js';
import { scriptOffset, shellCommands } from './shell-words.js';

/**
 * Command words (and npm's auth keys) one of which a script must contain before it is tokenized:
 * a plain search skips most files at memory speed.
 */
const PREFILTER = /curl|wget|login|helm|kubectl|sshpass|mysql|mariadb|PGPASSWORD|MYSQL_PWD|SSHPASS|REDISCLI_AUTH|redis-cli|mongo|psql|git|npm|yarn|pnpm|pip|uv |poetry|pipenv|svn|hg |_auth|_password/;

/** Database clients (and the env variables they read their password from): `mysql -p`, `PGPASSWORD=… psql`, `redis-cli -a`. */
const DATABASE_FORM = /^(mysql\w*|mariadb[\w-]*|psql|redis-cli|mongo\w*|PGPASSWORD=|MYSQL_PWD=|REDISCLI_AUTH=)/;

/** A password or token written into a command line of a CI script, Dockerfile, shell script, Makefile or README. */
export const commandCredentialRule: FileRule = {
  meta: {
    id: 'command-line-credential',
    category: 'hardcoded-secret',
    severity: 'high',
    description:
      'A command in a CI script (GitHub `run:`, GitLab `script:`), Dockerfile `RUN` (shell and exec form, `RUN ["sh", "-c", "…"]`), shell script, Makefile or Markdown shell block, or such a command commented out, passes a literal password or token: `curl -u user:pass` (and `-u KEY:`), `Authorization:` and token headers (`apikey:`, `X-…-ApiKey:`, `Token:`), `wget --password=`, `docker login -p`, `helm --password` and `helm --set/--set-string *.password=`, `kubectl --token=`, `sshpass -p`, `mysql`/`mysqladmin`/`mysql_upgrade -pPASS` (also run in a container: `docker run … mysql:8 mysql -pPASS`, `docker compose exec db mysql --password=…`, `kubectl exec … -- mysql`), `redis-cli -a`, `mongosh`/`mongo -p`, `PGPASSWORD=… psql`, `git -c http.extraheader=`, `https://user:<token>@…` URLs (git, pip, npm, curl), npm `_authToken=`. Severity policy: variables (`$VAR`, `${VAR}`, `${{ secrets.X }}`, `$CI_JOB_TOKEN`), `$(cat file)`, placeholders and test words (`<password>`, `your-token`, `xxx`, `changeme`, `****`, `root`, `password`, `test`) are not reported; counting runs, stand-in words and lower-case words (`postgres`, `secret_pw`) are low; so is the password given to a database client (`mysql -p`, `PGPASSWORD=… psql`, `redis-cli -a`, `mongosh -p`) in a GitHub run step of a test run (a test mode such as `NODE_ENV: test` in its env, a database on the runner, or a job with service containers, a test-suite command or a test name), the throwaway-CI-value policy of the workflow rules; any other literal is high, and critical when a provider detector recognises the value (one finding, merged with the provider rule).',
    helpUri: `${COMMANDS_HELP}#command-line-credential`,
  },
  appliesTo: (file) => scriptFileKind(file) !== null,
  check(file, context) {
    const platform = scriptFileKind(file);
    if (!platform || !PREFILTER.test(file.text)) return [];
    const findings: RawFinding[] = [];
    for (const script of withCommentedOut(scriptsOf(file, platform, context))) {
      if (!PREFILTER.test(script.text)) continue;
      for (const command of shellCommands(script.text, { makefile: platform === 'makefile' })) {
        for (const arg of credentialArgs(command)) {
          if (arg.to <= arg.from) continue;
          const value = arg.word.text.slice(arg.from, arg.to);
          let severity = credentialSeverity(value, arg.basic === true);
          if (!severity) continue;
          // A database password in a test run's script: the throwaway-CI-value policy (low).
          const testDb = severity === 'high' && script.testRun !== undefined && DATABASE_FORM.test(arg.form);
          if (testDb) severity = 'low';
          const span = script.span(scriptOffset(arg.word, arg.from), scriptOffset(arg.word, arg.to - 1) + 1);
          findings.push(
            findingAt(this.meta, file, span.start, span.end, {
              message: `${capitalize(script.label)} passes a literal credential to \`${arg.form}\`${testDb ? ` (the database password of a test run: ${script.testRun}; a throwaway value, reported at low)` : severity === 'low' ? ' (a throwaway-looking value, reported at low)' : ''}.`,
              remediation: remediationFor(platform, arg.form),
              secret: value,
              severity,
              ...(script.yamlPath !== undefined ? { yamlPath: script.yamlPath } : {}),
            }),
          );
        }
      }
    }
    return findings;
  },
};

/**
 * Each script, and beside it the commands that were commented out (`# curl -u user:pass …`, a
 * continuation commented line by line): a key in a comment is still in the repository. The second
 * view keeps every offset: comment markers and the other lines become spaces.
 */
function withCommentedOut(scripts: Script[]): Script[] {
  const out: Script[] = [];
  for (const script of scripts) {
    out.push(script);
    if (!script.text.includes('#')) continue;
    let view = '';
    let any = false;
    for (const line of script.text.split('\n')) {
      const m = COMMENTED_COMMAND.exec(line);
      if (m) any = true;
      view += `${m ? ' '.repeat(m[1]!.length) + line.slice(m[1]!.length) : ' '.repeat(line.length)}\n`;
    }
    if (any) out.push({ ...script, text: view.slice(0, -1), label: `${script.label} (a commented-out line)` });
  }
  return out;
}

/** A comment line that holds a command or its continuation: `#curl …`, `# -H '…' \`. */
const COMMENTED_COMMAND = /^([ \t]*#+[ \t]*)(?=[\w$./-])/;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
