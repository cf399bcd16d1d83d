export const GITLAB_HELP = 'https://github.com/openai-secret-lint/openai-secret-lint/blob/main/docs/rules/gitlab-ci.md';

export const CI_VARIABLE_ADVICE = (name: string) =>
  `Delete the value from the file and define ${name} as a masked and protected CI/CD variable (Settings > CI/CD > Variables), referenced as $${name}, or fetch it with a \`secrets:\` entry (Vault, Azure Key Vault, GCP Secret Manager, AWS Secrets Manager) authenticated by \`id_tokens\`. Rotate the value: it is in the repository history.`;
