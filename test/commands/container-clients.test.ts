/**
 * Database clients a container runs (`docker run … mysql:8 mysql -pPASS`, `docker compose exec db
 * mysql --password=…`) and the MySQL tools that were missing (`mysql_upgrade`), inside multi-line
 * workflow scripts with continuations: found at the exact range of the value; prompts and
 * references are not.
 */
import { describe, expect, it } from 'vitest';
import { scanTree } from '../helpers/scan.js';

const PW = 'Vq8Lt3Kx6Wm2';

async function findings(tree: Record<string, string>) {
  const report = await scanTree(tree);
  return report.findings.map((f) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.ruleId} ${f.severity}`);
}

describe('command-line-credential: clients run in containers', () => {
  it('finds -p<password> and --password= given to a client a container runs, across continuation lines', async () => {
    const workflow = [
      'on: push',
      'jobs:',
      '  migrate:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: |',
      '          for i in $(seq 1 60); do',
      '            if docker run --rm --network host mysql:8.0 \\',
      `                mysql -h 127.0.0.1 -P 3306 -uroot -p${PW} \\`,
      "                -e 'SELECT 1' >/dev/null 2>&1; then",
      '              exit 0',
      '            fi',
      '          done',
      `          docker compose exec -T db mysql --password=${PW} app < schema.sql`,
      `          sudo mysql_upgrade -u root -p${PW}`,
      '',
    ].join('\n');
    expect(await findings({ '.github/workflows/migrate.yml': workflow })).toEqual([
      '.github/workflows/migrate.yml:9:53-9:65 command-line-credential high',
      '.github/workflows/migrate.yml:14:54-14:66 command-line-credential high',
      '.github/workflows/migrate.yml:15:40-15:52 command-line-credential high',
    ]);
  });

  it('rates a database password in a test run low (the throwaway-CI-value policy), and an HTTP credential there still high', async () => {
    const workflow = [
      'on: push',
      'jobs:',
      '  db-migration-test:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: |',
      `          docker run --rm --network host mysql:8.0 mysql -h 127.0.0.1 -uroot -p${PW} -e 'SELECT 1'`,
      `          curl -fsS -u deploy:${PW} https://artifacts.internal.io/upload -T dump.sql`,
      '',
    ].join('\n');
    const report = await scanTree({ '.github/workflows/migrate.yml': workflow });
    const at = report.findings.map((f) => `${f.line}:${f.column}-${f.endColumn} ${f.ruleId} ${f.severity}`).sort();
    expect(at).toEqual(['7:80-92 command-line-credential low', '8:31-43 command-line-credential high']);
    expect(report.findings.find((f) => f.line === 7)!.message).toContain('the database password of a test run: the job is named `db-migration-test`');
  });

  it('passes prompts, references and container env given by variable', async () => {
    const workflow = [
      'on: push',
      'jobs:',
      '  migrate:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: |',
      '          docker run --rm mysql:8.0 mysql -h db -u root -p app',
      '          docker exec db mysql -uroot -p"$MYSQL_ROOT_PASSWORD" -e "SELECT 1"',
      '          docker run -e MYSQL_ROOT_PASSWORD="$PW" -d mysql:8.0',
      '          kubectl exec deploy/api -- mysql --password="${DB_PASSWORD}" -e "SELECT 1"',
      '',
    ].join('\n');
    expect(await findings({ '.github/workflows/migrate.yml': workflow })).toEqual([]);
  });
});
