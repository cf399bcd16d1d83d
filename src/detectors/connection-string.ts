/**
 * URLs and connection strings with an embedded password: `postgres://user:pass@host`,
 * `https://user:token@git.example`, and the `Key=Value;` form of ADO.NET, ODBC and Npgsql
 * (`Server=db;User ID=app;Password=…;`). Reported at the password, the part that is secret.
 */
import { isGitLabServiceHost } from './ci-services.js';
import { guessableReason } from './password-policy.js';
import { isPlaceholder, isReference } from './placeholders.js';
import type { Detector, DetectorMatch } from './types.js';

const SCHEME = /[A-Za-z][A-Za-z0-9+.-]{0,30}$/;
/** Bounded and unambiguous (the user part cannot contain `:`), so matching stays linear. */
const USERINFO = /([^\s:@/?#'"<>`]{0,100}):([^\s@/?#'"<>`]{1,200})@([^\s/?#'"<>`:]{1,255})/y;
/** Passwords that tutorials, CI service containers and compose files use: not secrets. */
const WEAK = new Set(
  'password pass passwd pwd secret postgres postgresql mysql mariadb mongo mongodb redis rabbitmq guest root admin administrator user username test tests testing example changeme default demo dev development local localhost toor 123456 12345678 qwerty letmein sa oracle ci mypass mypassword pass123 secret123'.split(' '),
);
/** Documentation and local-only hosts: passwords there are tutorial or development values. */
const DOC_HOSTS = /(^|\.)(example\.(com|org|net)|example|invalid|test|localhost\.localdomain|localhost)$|^(127\.0\.0\.1|0\.0\.0\.0)$/i;

export const connectionStringDetector: Detector = {
  id: 'url-embedded-password',
  provider: 'URL / connection string',
  grants: 'access to the database, broker, registry or server as the embedded user',
  keywords: ['://', 'password=', 'pwd='],
  severity: 'high',
  remediation:
    'Change the password on the server, then build the URL at run time from the platform secret store (e.g. ${{ secrets.DATABASE_URL }}) instead of writing it into the file.',
  helpUri: 'https://owasp.org/Top10/A07_2021-Identification_and_Authentication_Failures/',
  validators: ['placeholder', 'reference', 'weak password list', 'GitLab service container host'],
  find(text, context) {
    const matches: DetectorMatch[] = keyValuePasswords(text);
    for (let at = text.indexOf('://'); at !== -1; at = text.indexOf('://', at + 3)) {
      // Most URLs have no `user:password@`: that settles them before the scheme is looked at.
      USERINFO.lastIndex = at + 3;
      const m = USERINFO.exec(text);
      if (!m) continue;
      const scheme = SCHEME.exec(text.slice(Math.max(0, at - 31), at))?.[0];
      if (!scheme) continue;
      const [, user = '', password = '', host = ''] = m;
      if (!isSecretPassword(user, password) || DOC_HOSTS.test(host)) continue;
      const start = at + 3 + user.length + 1;
      // A GitLab job's own service container (`@postgres:5432` beside a `postgres:16` service):
      // a throwaway password, reported at low by gitlab-ci-literal-variable (ci-services.ts).
      if (context?.gitlabPipeline === true && isGitLabServiceHost(text, start, host)) continue;
      matches.push(passwordMatch(start, password, `a ${scheme.toLowerCase()} URL`));
    }
    return matches;
  },
};

function isSecretPassword(user: string, password: string): boolean {
  if (password.length < 4 || password === user) return false;
  if (WEAK.has(password.toLowerCase())) return false;
  if (isReference(password) || isPlaceholder(password)) return false;
  // Template syntax of every kind (`{password}`, `%(pw)s`, `<pw>`), but percent-escapes are fine.
  if (/[{}<>]|%(?![0-9A-Fa-f]{2})|^:/.test(password)) return false;
  return true;
}

/**
 * `Password=` / `Pwd=` of a `Key=Value;` connection string: the value up to `;`, a quote or a
 * blank. Led by the keyword (the character before it is checked apart), so the search does not
 * start a match at every blank of the text.
 */
const KEY_VALUE_PASSWORD = /(?:password|pwd)[ \t]*=[ \t]*([^;"'`\s]{1,200})/gi;
const KEY_BOUNDARY = /[;"'`\s]/;
/** Another key of the same connection string, which tells it from `PASSWORD=…` in a shell or env file. */
const CONNECTION_KEY = /(^|[;"'`\s])(server|host|data source|address|addr|database|initial catalog|user id|uid|username|user)[ \t]*=/i;
const SERVER_VALUE = /(^|[;"'`\s])(server|host|data source|address|addr)[ \t]*=[ \t]*(?:tcp:)?([^;,"'`\s]{1,255})/i;

/** Passwords of `Key=Value;` connection strings (`Host=db;Username=app;Password=…`), one line at a time. */
function keyValuePasswords(text: string): DetectorMatch[] {
  const matches: DetectorMatch[] = [];
  KEY_VALUE_PASSWORD.lastIndex = 0;
  for (let m = KEY_VALUE_PASSWORD.exec(text); m !== null; m = KEY_VALUE_PASSWORD.exec(text)) {
    if (m.index > 0 && !KEY_BOUNDARY.test(text[m.index - 1]!)) continue;
    const password = m[1]!;
    const start = m.index + m[0].length - password.length;
    const next = text.indexOf('\n', start);
    const line = text.slice(text.lastIndexOf('\n', m.index) + 1, next === -1 ? text.length : next);
    // A connection string: `;`-separated, with a server, database or user key beside the password.
    if (!line.includes(';') || !CONNECTION_KEY.test(line)) continue;
    if (!isSecretPassword('', password)) continue;
    const server = SERVER_VALUE.exec(line)?.[3];
    if (server !== undefined && DOC_HOSTS.test(server)) continue;
    matches.push(passwordMatch(start, password, 'a connection string'));
  }
  return matches;
}

/** The match for a password `where` it was found; a guessable one (`kuma123`) is medium, the policy of every literal rule. */
function passwordMatch(start: number, password: string, where: string): DetectorMatch {
  const guessable = guessableReason(password);
  return {
    start,
    end: start + password.length,
    secret: password,
    prefix: '',
    kind: guessable ? `password in ${where}, a well-known or guessable one (${guessable}) that anyone can try: set it from a Secret or the secret store` : `password in ${where}`,
    ...(guessable ? { severity: 'medium' as const } : {}),
  };
}
