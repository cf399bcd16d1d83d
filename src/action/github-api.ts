import * as github from '@actions/github';

/** The REST client, built once from the token; GITHUB_API_URL (via the context) sets its base. */
export type GitHubApi = ReturnType<typeof github.getOctokit>;

export function createApi(token: string): GitHubApi {
  return github.getOctokit(token);
}

/** The HTTP status of an Octokit request error, if it has one. */
export function httpStatus(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}

/** The login GITHUB_TOKEN (an installation token) comments as. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

const logins = new WeakMap<GitHubApi, Promise<string>>();

/**
 * Who the token acts as, so the Action only ever edits its own comment or issue: anyone can
 * write a comment holding our marker. A personal token answers GET /user; an installation token
 * (GITHUB_TOKEN) gets 403 there and acts as the GitHub Actions bot.
 */
export function tokenLogin(api: GitHubApi): Promise<string> {
  let login = logins.get(api);
  if (!login) {
    login = api.rest.users.getAuthenticated().then(
      ({ data }) => data.login,
      (error: unknown) => {
        if (httpStatus(error) === 403) return ACTIONS_BOT_LOGIN;
        throw error;
      },
    );
    logins.set(api, login);
  }
  return login;
}

/** Whether an item (comment, issue) returned by the API was written by `login`. */
export function writtenBy(item: { user?: { login?: string } | null }, login: string): boolean {
  return typeof item.user?.login === 'string' && item.user.login.toLowerCase() === login.toLowerCase();
}
