import type { FileRule } from '../types.js';
import { BROWSER_HELP, whyExposed } from './meta.js';
import { definitionFinding } from './public-prefix-secret.js';
import { describeSource } from './values.js';
import { isDeployedSecret, workflowDefinitions } from './workflow.js';

/** A workflow job that builds and publishes a static site with a secret in a public-prefixed variable. */
export const staticSiteSecretRule: FileRule = {
  meta: {
    id: 'static-site-secret-build',
    category: 'secret-exposure',
    severity: 'high',
    description: 'A workflow builds and publishes a static site (GitHub Pages, Vercel, Netlify, Cloudflare Pages, or an uploaded build) with a secret in a public-prefixed variable, so the secret ships in the published JavaScript.',
    helpUri: BROWSER_HELP,
  },
  appliesTo: (file) => file.kind === 'workflow',
  check(file, context) {
    return workflowDefinitions(file, context.settings)
      .filter(isDeployedSecret)
      .map(({ definition: d, deploy }) => ({
        ...definitionFinding(this.meta, file, d, `${d.origin} "${d.name.name}" ${describeSource(d)} and job "${deploy.job}" publishes the build in "${deploy.step}". ${whyExposed(d.name)}`),
        severity: 'high' as const,
      }));
  },
};
