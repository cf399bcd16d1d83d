import type { FileRule } from '../types.js';
import { GITLAB_HELP } from './meta.js';
import { variableFindings } from './pipeline.js';

const DEBUG_VARIABLES = new Set(['CI_DEBUG_TRACE', 'CI_DEBUG_SERVICES']);

/** Debug logging writes every variable available to the job, secrets included, to the job log. */
export const gitlabDebugTraceRule: FileRule = {
  meta: {
    id: 'gitlab-ci-debug-trace',
    category: 'secret-exposure',
    severity: 'high',
    description: 'CI_DEBUG_TRACE or CI_DEBUG_SERVICES is set to true in the pipeline file, so job logs show the value of every variable, secrets included.',
    helpUri: GITLAB_HELP,
  },
  appliesTo: (file) => file.kind === 'gitlab-ci' || file.kind === 'yaml',
  check(file, context) {
    return variableFindings(this.meta, file, context, (variable) =>
      !DEBUG_VARIABLES.has(variable.name) || variable.text.trim().toLowerCase() !== 'true'
        ? null
        : {
            message: `${variable.name} is set to true in ${variable.scope}: the job log will show every variable's value.`,
            remediation: `Remove ${variable.name} from the file; when debugging is needed, set it for one manual pipeline run only, and restrict who can read job logs (project visibility, "Public pipelines" off).`,
            fingerprintSeed: `${variable.path}`,
            yamlPath: variable.path,
          },
    );
  },
};
