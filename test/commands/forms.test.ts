/**
 * Command forms added for issue 16: Dockerfile exec-form instructions, `helm --set`, `redis-cli
 * -a`, `mongosh`/`mongo -p`, `mysqladmin -p`, a classic GitHub token in `Authorization: token`,
 * `git -c http.extraheader`, token headers by name, a bare Authorization value, an API key as the
 * Basic user name, and copied prompts. Each is found at the exact range of the value; references,
 * prompts for input and placeholders are not.
 */
import { describe, expect, it } from 'vitest';
import { scanTree } from '../helpers/scan.js';
import { base64, generateKey } from '../helpers/keys.js';

const PW = 'Qm7vT2xLp9Rk';

async function findings(tree: Record<string, string>) {
  const report = await scanTree(tree);
  return report.findings.map((f) => ({ at: `${f.file}:${f.line}:${f.column}-${f.endColumn}`, rule: f.ruleId, severity: f.severity, related: f.relatedRules ?? [], message: f.message, remediation: f.remediation }));
}

describe('command forms (issue 16)', () => {
  it('reads the -c script and the argument list of Dockerfile exec-form instructions', async () => {
    const found = await findings({
      Dockerfile: [
        'FROM alpine:3.20',
        `RUN ["sh", "-c", "curl -fsS -u deploy:${PW} https://repo.internal.io/pkg.tgz"]`,
        `RUN ["/bin/bash","-c","redis-cli -h cache -a ${PW} ping"]`,
        `RUN ["curl", "-u", "ci:${PW}", "https://repo.internal.io/x"]`,
        'RUN ["sh", "-c", "curl -u deploy:$DEPLOY_PASSWORD https://repo.internal.io/pkg.tgz"]',
        '',
      ].join('\n'),
    });
    expect(found.map((f) => `${f.at} ${f.rule} ${f.severity}`)).toEqual([
      'Dockerfile:2:39-51 command-line-credential high',
      'Dockerfile:3:46-58 command-line-credential high',
      'Dockerfile:4:24-36 command-line-credential high',
    ]);
    expect(found[0]!.remediation).toContain('--mount=type=secret');
  });

  it('finds helm --set / --set-string credentials, redis-cli -a, mongosh and mongo -p, mysqladmin -p', async () => {
    const script = [
      '#!/bin/sh',
      `helm upgrade --install api ./chart --set db.password=${PW},db.user=api`,
      `helm install web ./chart --set-string auth.rootPassword=${PW}`,
      `redis-cli -h cache -a ${PW} ping`,
      `mongosh "mongodb://db.internal/app" -u admin -p ${PW}`,
      `mongo --username admin --password ${PW}`,
      `mysqladmin -u root -p${PW} status`,
      '',
    ].join('\n');
    const found = await findings({ 'deploy.sh': script });
    expect(found.map((f) => `${f.at} ${f.rule} ${f.severity}`)).toEqual([
      'deploy.sh:2:54-66 command-line-credential high',
      'deploy.sh:3:57-69 command-line-credential high',
      'deploy.sh:4:23-35 command-line-credential high',
      'deploy.sh:5:49-61 command-line-credential high',
      'deploy.sh:6:35-47 command-line-credential high',
      'deploy.sh:7:22-34 command-line-credential high',
    ]);
    expect(found[0]!.message).toContain('helm --set db.password=');
    expect(found[3]!.message).toContain('mongosh -p');
  });

  it('names the platform secret syntax for a helm --set in a workflow and in a pipeline', async () => {
    const found = await findings({
      '.github/workflows/deploy.yml': ['on: push', 'jobs:', '  deploy:', '    runs-on: ubuntu-latest', '    steps:', `      - run: helm upgrade api ./chart --set auth.apiToken=${PW}`, ''].join('\n'),
      '.gitlab-ci.yml': ['deploy:', '  script:', `    - redis-cli -a ${PW} ping`, ''].join('\n'),
    });
    expect(found.map((f) => `${f.at} ${f.rule}`)).toEqual(['.github/workflows/deploy.yml:6:59-71 command-line-credential', '.gitlab-ci.yml:3:20-32 command-line-credential']);
    expect(found[0]!.remediation).toContain('${{ secrets.');
    expect(found[1]!.remediation).toContain('masked and protected CI/CD variable');
  });

  it('recognises a classic GitHub token in `Authorization: token` and an extraheader given with git -c', async () => {
    const token = generateKey('github:legacy');
    const basic = base64(`x-access-token:${PW}`);
    const found = await findings({
      'ci/fetch.sh': [
        `curl -sf -H "Authorization: token ${token}" https://api.github.com/repos/o/r`,
        `git -c http.extraheader="AUTHORIZATION: basic ${basic}" clone https://github.com/o/r`,
        '',
      ].join('\n'),
    });
    expect(found.map((f) => `${f.at} ${f.rule} ${f.related.join(',')}`)).toEqual([
      `ci/fetch.sh:1:35-75 command-line-credential github-legacy-token`,
      `ci/fetch.sh:2:47-${47 + basic.length} command-line-credential `,
    ]);
  });

  it('finds token headers by name, a bare Authorization value, an API key as the Basic user, and commands after a copied prompt', async () => {
    const uuid = generateKey('npm:legacy');
    const key = 'Zk3Qw8Rv5Tx2';
    const found = await findings({
      'docs/api.sh': [
        `curl -X GET -H "apikey: ${uuid}" https://api.internal.io`,
        `curl --header "X-Octopus-ApiKey: ${key}" https://octopus.internal.io`,
        `curl --header 'Authorization:  ${key}'`,
        `curl -u "${key}:" https://api.internal.io`,
        `sh-5.0$ curl -u deploy:${PW} https://api.internal.io`,
        '',
      ].join('\n'),
    });
    expect(found.map((f) => `${f.at} ${f.rule}`)).toEqual([
      `docs/api.sh:1:25-${25 + uuid.length} command-line-credential`,
      'docs/api.sh:2:34-46 command-line-credential',
      'docs/api.sh:3:32-44 command-line-credential',
      'docs/api.sh:4:10-22 command-line-credential',
      'docs/api.sh:5:24-36 command-line-credential',
    ]);
  });

  it('reads commands that were commented out, line by line with their continuations: the value is still in the repository', async () => {
    const found = await findings({
      'ops/notes.sh': [
        '#!/bin/sh',
        '#curl -X POST \\',
        '#  https://api.mail.internal.io/v3/messages \\',
        `#  -H 'Authorization: Basic ${base64(`api:${PW}`)}' \\`,
        "#  -F to='ops@mail.internal.io'",
        `# docker login -u ci -p ${PW} registry.internal.io`,
        '# curl -u admin:$ADMIN_PASSWORD https://api.internal.io',
        '',
      ].join('\n'),
    });
    expect(found.map((f) => `${f.at} ${f.rule}`)).toEqual([`ops/notes.sh:4:29-${29 + base64(`api:${PW}`).length} command-line-credential`, 'ops/notes.sh:6:25-37 command-line-credential']);
    expect(found[1]!.message).toContain('commented-out line');
  });

  it('passes references, prompts for input, Secret names, templates and placeholders', async () => {
    const found = await findings({
      Dockerfile: ['FROM alpine', 'RUN ["sh", "-c", "redis-cli -a \\"$REDIS_PASSWORD\\" ping"]', 'RUN ["curl", "-u", "ci:$(cat /run/secrets/pw)", "https://x.io"]', ''].join('\n'),
      'deploy.sh': [
        'helm upgrade api ./chart --set db.password=$DB_PASSWORD --set auth.existingSecret=api-auth',
        'helm upgrade api ./chart --set-string auth.passwordSecretKeyRef=password,image.tag=1.2.3',
        'helm upgrade api ./chart --set db.password="${{ secrets.DB_PASSWORD }}"',
        'mongosh -u admin -p mongodb://db.internal/app',
        'mongosh -u admin -p',
        'redis-cli -a "$(cat /run/secrets/redis)" ping',
        'mysqladmin -u root -p status',
        'curl -H "Authorization: Bearer <your-token>" https://api.internal.io',
        'curl -H "Authorization: basic {base64(email:password)}" https://api.internal.io',
        'curl -H "Authorization: Bearer" https://api.internal.io',
        'curl -u "myusername" https://api.internal.io',
        'curl -u "api-user:" https://api.internal.io',
        '',
      ].join('\n'),
    });
    expect(found.map((f) => `${f.at} ${f.rule}`)).toEqual([]);
  });
});
