import type { FileRule } from '../types.js';
import { GITLAB_HELP } from './meta.js';
import { variableFindings } from './pipeline.js';

/**
 * CI_DEBUG_TRACE writes every variable available to the job, secrets included, to the job log.
 * CI_DEBUG_SERVICES only streams the service containers' own logs into it; GitLab warns that the
 * interleaving can defeat masking, so a secret a service prints may show: a lesser risk (medium).
 */
export const gitlabDebugTraceRule: FileRule = {
  meta: {
    id: 'gitlab-ci-debug-trace',
    category: 'secret-exposure',
    severity: 'high',
    description: 'CI_DEBUG_TRACE is set to true in the pipeline file, so job logs show the value of every variable, secrets included (CI_DEBUG_SERVICES, which streams service logs and can defeat masking, is reported at medium).',
    helpUri: GITLAB_HELP,
  },
  appliesTo: (file) => file.kind === 'gitlab-ci' || file.kind === 'yaml',
  check(file, context) {
    return variableFindings(this.meta, file, context, (variable) => {
      if (variable.text.trim().toLowerCase() !== 'true') return null;
      const remediation = `Remove ${variable.name} from the file; when debugging is needed, set it for one manual pipeline run only, and restrict who can read job logs (project visibility, "Public pipelines" off).`;
      if (variable.name === 'CI_DEBUG_TRACE') {
        return { message: `CI_DEBUG_TRACE is set to true in ${variable.scope}: the job log will show every variable's value.`, remediation, fingerprintSeed: `${variable.path}`, yamlPath: variable.path };
      }
      if (variable.name !== 'CI_DEBUG_SERVICES') return null;
      return {
        severity: 'medium',
        message: `CI_DEBUG_SERVICES is set to true in ${variable.scope}: service container logs are streamed into the job log, where they can defeat masking if a service prints a secret.`,
        remediation,
        fingerprintSeed: `${variable.path}`,
        yamlPath: variable.path,
      };
    });
  },
};
