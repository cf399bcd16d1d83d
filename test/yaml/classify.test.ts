import { describe, expect, it } from 'vitest';
import { classify, classifyWithContent, isKubernetesObject, looksLikeKubernetes } from '../../src/discover/classify.js';

describe('classify', () => {
  it.each([
    ['.github/workflows/ci.yml', 'workflow'],
    ['sub/.github/workflows/release.yaml', 'workflow'],
    ['.github/workflows/nested/x.yml', 'yaml'],
    ['.github/workflows/readme.md', 'other'],
    ['action.yml', 'action'],
    ['actions/setup/action.yaml', 'action'],
    ['.gitlab-ci.yml', 'gitlab-ci'],
    ['deploy/kustomization.yaml', 'kustomization'],
    ['chart/values.yaml', 'helm-values'],
    ['chart/values-prod.yml', 'helm-values'],
    ['docker-compose.yml', 'compose'],
    ['docker-compose.override.yaml', 'compose'],
    ['compose.yaml', 'compose'],
    ['deploy/docker/docker_compose.yml', 'compose'],
    ['docker-compose_prod.yml', 'compose'],
    ['mydocker-compose.yml', 'yaml'],
    ['Dockerfile', 'dockerfile'],
    ['docker/Dockerfile.prod', 'dockerfile'],
    ['api.Dockerfile', 'dockerfile'],
    ['.env', 'env'],
    ['.env.example', 'env-template'],
    ['config.yaml', 'yaml'],
    ['README.md', 'other'],
  ])('%s is %s', (path, kind) => {
    expect(classify(path)).toBe(kind);
  });
});

describe('content-based Kubernetes detection', () => {
  it('recognises YAML and JSON manifests, including kind: List', () => {
    expect(classifyWithContent('deploy/app.yaml', 'apiVersion: v1\nkind: Secret\n')).toBe('k8s');
    expect(classifyWithContent('deploy/app.yaml', '---\napiVersion: v1\nkind: List\nitems: []\n')).toBe('k8s');
    expect(classifyWithContent('deploy/app.json', '{\n  "kind": "Pod",\n  "apiVersion": "v1"\n}\n')).toBe('k8s');
  });

  it('leaves other YAML and path-classified files alone', () => {
    expect(classifyWithContent('config.yaml', 'name: x\nkind: thing\n')).toBe('yaml');
    expect(classifyWithContent('config.yaml', 'spec:\n  apiVersion: v1\n  kind: Pod\n')).toBe('yaml');
    expect(classifyWithContent('.github/workflows/ci.yml', 'apiVersion: v1\nkind: Pod\n')).toBe('workflow');
    expect(looksLikeKubernetes('apiVersion: v1\n')).toBe(false);
  });

  it('checks parsed objects', () => {
    expect(isKubernetesObject({ apiVersion: 'v1', kind: 'Secret' })).toBe(true);
    expect(isKubernetesObject({ apiVersion: 'v1' })).toBe(false);
    expect(isKubernetesObject([{ apiVersion: 'v1', kind: 'Secret' }])).toBe(false);
  });
});
