import type { Node } from 'yaml';
import { isScalar } from '../../yaml/library.js';
import type { RawFinding } from '../../core/finding.js';
import type { FileRule } from '../types.js';
import { isLiteralSecretValue } from '../secret-names.js';
import { findingAt, findingOnNode } from '../kubernetes/report.js';
import { joinPath } from '../kubernetes/yaml-view.js';
import { ScalarLocator } from '../../yaml/locate.js';
import { isGitLabCiFile } from './include-set.js';
import { GITLAB_HELP } from './meta.js';
import { pipelines, scriptOwners, variablesOf } from './pipeline.js';

/** `user:password@registry/image` (optionally with a scheme). */
const USERINFO = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/:@\s]+):([^@\s/]+)@/i;

/** An OCI content digest (`algorithm:hex`), which follows `@` in a pinned image reference. */
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-f]{32,}(?![\w.-]*\/)/i;

/** Registry credentials for `image:`/`services:` written in the file: in the image name, or a literal DOCKER_AUTH_CONFIG. */
export const gitlabImageCredentialsRule: FileRule = {
  meta: {
    id: 'gitlab-ci-image-credentials',
    category: 'unsafe-injection',
    severity: 'high',
    description: 'Registry credentials for a job image or service are written in the pipeline file (in the image name, or a literal DOCKER_AUTH_CONFIG).',
    helpUri: GITLAB_HELP,
  },
  appliesTo: (file) => file.kind === 'gitlab-ci' || file.kind === 'yaml',
  check(file, context) {
    if (!isGitLabCiFile(file, context)) return [];
    const findings: RawFinding[] = [];
    const remediation =
      'Define DOCKER_AUTH_CONFIG as a masked CI/CD variable (Settings > CI/CD > Variables) or in the runner configuration, and keep only the image name in the file; rotate the registry password.';
    for (const pipeline of pipelines(file)) {
      const { view } = pipeline;
      for (const owner of scriptOwners(pipeline)) {
        const images: { node: Node; path: string }[] = [];
        const image = view.get(owner.node, 'image');
        if (image) images.push({ node: view.get(image, 'name') ?? image, path: joinPath(owner.path, 'image') });
        view.items(view.get(owner.node, 'services')).forEach((service, i) => {
          images.push({ node: view.get(service, 'name') ?? service, path: joinPath(joinPath(owner.path, 'services'), i) });
        });
        for (const { node, path } of images) {
          if (!isScalar(node) || typeof node.value !== 'string') continue;
          const match = USERINFO.exec(node.value);
          // `docker:28.5.1-dind@sha256:ea9d…` is a tag pinned by digest, not `user:password@host`.
          if (!match || DIGEST.test(node.value.slice(match[0].length)) || !isLiteralSecretValue(match[2]!)) continue;
          const start = match[0].length - 1 - match[2]!.length;
          const span = new ScalarLocator(file.text, node).span(start, start + match[2]!.length);
          findings.push(
            findingAt(this.meta, file, span.start, span.end, {
              message: `The image of ${owner.label} carries a registry password in its name (user ${match[1]}).`,
              remediation,
              secret: match[2]!,
              yamlPath: path,
            }),
          );
        }
      }
      for (const variable of variablesOf(pipeline)) {
        if (variable.name !== 'DOCKER_AUTH_CONFIG' || !variable.text.includes('auths') || !isLiteralSecretValue(variable.text)) continue;
        findings.push(
          findingOnNode(this.meta, file, variable.value, {
            message: `DOCKER_AUTH_CONFIG is written in ${variable.scope}, with the registry credentials it holds.`,
            remediation,
            secret: variable.text,
            yamlPath: variable.path,
          }),
        );
      }
    }
    return findings;
  },
};
