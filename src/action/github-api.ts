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
