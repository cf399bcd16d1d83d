/**
 * Names and URLs that come from the GitHub API, checked before they go anywhere: a matrix, a
 * workflow output, a file name, a git command. GitHub allows letters, digits and `-` in an owner
 * (at most 39 characters) and letters, digits, `.`, `_` and `-` in a repository name (at most 100,
 * never `.` or `..`): anything else is not a real repository and is left out, so no name can
 * carry a line break, a `::` workflow command, markup or a path.
 */
export const OWNER_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
export const REPOSITORY_PATTERN = /^[A-Za-z0-9._-]{1,100}$/;

/** `owner/name` as GitHub allows it, or null. */
export function validFullName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const slash = value.indexOf('/');
  if (slash < 0) return null;
  const owner = value.slice(0, slash);
  const name = value.slice(slash + 1);
  if (!OWNER_PATTERN.test(owner) || !REPOSITORY_PATTERN.test(name) || name === '.' || name === '..') return null;
  return value;
}

export function isValidOrganization(value: string): boolean {
  return OWNER_PATTERN.test(value);
}

/** File name of a repository's report: the owner holds no `_`, so `owner__name` is unambiguous. */
export function reportFileName(fullName: string): string {
  return `${fullName.replace('/', '__')}.json`;
}

/**
 * Tests (and only tests) clone local repositories through `file://`: this environment variable
 * must be `1` for that. Everything else must be `https://` with a host and no credentials.
 */
export const ALLOW_FILE_CLONE_ENV = 'OPENAI_SECRET_LINT_ALLOW_FILE_CLONE';

export function validCloneUrl(value: unknown, env: Readonly<Record<string, string | undefined>>): string | null {
  if (typeof value !== 'string' || value.length > 2048 || /[\u0000-\u0020\u007f-\u009f"'<>\\`]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.username !== '' || url.password !== '') return null;
  if (url.protocol === 'https:' && url.hostname !== '') return value;
  if (url.protocol === 'file:' && env[ALLOW_FILE_CLONE_ENV] === '1') return value;
  return null;
}
