/**
 * url-embedded-password also reads the `Key=Value;` connection strings of ADO.NET, ODBC and
 * Npgsql (`Host=db;Username=app;Password=…`): the password is reported at its column, high when
 * chosen or random, medium when guessable; references, placeholders, local hosts and a shell's
 * `PASSWORD=…` (no connection string around it) are not.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { randomBody } from '../helpers/keys.js';
import { cleanupTempDirs } from '../helpers/repo.js';
import { scanTree } from '../helpers/scan.js';

afterAll(cleanupTempDirs);

const MIXED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const located = (report: Awaited<ReturnType<typeof scanTree>>) =>
  report.findings.filter((f) => f.ruleId === 'url-embedded-password').map((f) => `${f.file}:${f.line}:${f.column} ${f.severity}`).sort();

describe('passwords in Key=Value; connection strings', () => {
  it('reports the password of each connection string at its column', async () => {
    const a = `Qx9${randomBody(13, MIXED)}`;
    const b = `Zr4${randomBody(13, MIXED)}!`;
    // A guessable password (lower-case word and a short number), assembled so this file holds none.
    const guessable = ['kuma', '123'].join('');
    const report = await scanTree({
      'appsettings.json': `{\n  "ConnectionStrings": {\n    "Default": "Server=tcp:orders.database.windows.net,1433;Initial Catalog=orders;User ID=app;Password=${a};Encrypt=True;"\n  }\n}\n`,
      'k8s/api.yaml': [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: { name: api }',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        '        - name: api',
        '          image: api:1',
        '          env:',
        '            - name: ConnectionStrings__Db',
        `              value: "Host=db-service;Port=5432;Database=app;Username=app;Pwd=${b}"`,
        '',
      ].join('\n'),
      'config/db.ini': `dsn = Driver={PostgreSQL};Server=db.internal;Uid=app;Password=${guessable};\n`,
    });
    expect(located(report)).toEqual(['appsettings.json:3:105 high', 'config/db.ini:1:63 medium', 'k8s/api.yaml:12:79 high']);
  });

  it('leaves references, placeholders, local hosts and plain PASSWORD= assignments alone', async () => {
    const real = randomBody(16, MIXED);
    const report = await scanTree({
      'appsettings.json': [
        '{',
        '  "A": "Server=db;Database=app;User Id=app;Password=${DB_PASSWORD};",',
        '  "B": "Server=db;Database=app;User Id=app;Password={0};",',
        '  "C": "Server=db;Database=app;User Id=app;Password=<your-password>;",',
        `  "D": "Server=localhost;Database=app;User Id=sa;Password=${real};",`,
        '  "E": "Server=db;Database=app;User Id=app;Password=;",',
        '  "F": "Server=db;Database=app;User Id=app;Password=changeme;"',
        '}',
        '',
      ].join('\n'),
      'scripts/run.sh': `#!/bin/sh\nexport PASSWORD=$(cat /run/secrets/pw); echo done\n`,
      'notes.txt': `the password=${real} is not in a connection string\n`,
    });
    expect(located(report)).toEqual([]);
  });
});
