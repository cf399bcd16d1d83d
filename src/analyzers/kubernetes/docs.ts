/** Documentation data of the kubernetes rules (see ../rule-docs.ts): severities and examples. */
import type { RuleDoc } from '../rule-docs.js';

const DEPLOYMENT = (env: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      containers:
        - name: api
          image: example/api:1
          env:
${env}`;

const KUSTOMIZATION = 'k8s/kustomization.yaml';

export const KUBERNETES_DOCS: Record<string, RuleDoc> = {
  'k8s-env-literal-secret': {
    severities: [
      { severity: 'high', when: 'a container gets a secret-like environment variable as any other literal `value:`' },
      { severity: 'medium', when: 'a guessable password, the one policy of every literal rule: a well-known or image default (`postgres`, `root`, `bitnami`, `minio123`, `P@ssw0rd`), lower-case words with at most a short number (`mypassword`, `kuma123`), a counting run or stand-in words, also base64-encoded (base64 of `db-password`); anyone can try it' },
      { severity: 'low', when: 'an access key id (`*_ACCESS_KEY_ID`, `MINIO_ACCESS_KEY`, `accessKey`, `AKIA…`: the id half, not the secret half), an upload-only token (`CODECOV_TOKEN`), or a value a comment beside it calls a placeholder to replace' },
    ],
    example: {
      file: 'k8s/deployment.yaml',
      bad: DEPLOYMENT(`            - name: DB_PASSWORD
              value: <<generic:secret>>
`),
      fixed: DEPLOYMENT(`            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: db
                  key: password
`),
      line: 13,
      note: 'Create the Secret outside the repository (External Secrets, Sealed Secrets, SOPS, or `kubectl create secret`).',
    },
  },
  'k8s-env-configmap-secret': {
    severities: [{ severity: 'medium', when: 'a secret-like environment variable is read with `configMapKeyRef`' }],
    example: {
      file: 'k8s/deployment.yaml',
      bad: DEPLOYMENT(`            - name: OPENAI_API_KEY
              valueFrom:
                configMapKeyRef:
                  name: app-config
                  key: openai-key
`),
      fixed: DEPLOYMENT(`            - name: OPENAI_API_KEY
              valueFrom:
                secretKeyRef:
                  name: openai
                  key: api-key
`),
      line: 15,
    },
  },
  'k8s-configmap-secret': {
    severities: [
      { severity: 'high', when: 'a ConfigMap holds a secret-like key with any other literal value' },
      { severity: 'medium', when: 'a guessable password, the one policy of every literal rule: a well-known or image default (`postgres`, `root`, `bitnami`, `minio123`, `P@ssw0rd`), lower-case words with at most a short number (`mypassword`, `kuma123`), a counting run or stand-in words, also base64-encoded (base64 of `db-password`); anyone can try it' },
      { severity: 'low', when: 'an access key id (`accessKey`, `*_ACCESS_KEY_ID`, `AKIA…`) or an upload-only token (`CODECOV_TOKEN`)' },
    ],
    example: {
      file: 'k8s/configmap.yaml',
      bad: `apiVersion: v1
kind: ConfigMap
metadata:
  name: app
data:
  LOG_LEVEL: info
  SMTP_PASSWORD: <<generic:secret>>
`,
      fixed: `apiVersion: v1
kind: ConfigMap
metadata:
  name: app
data:
  LOG_LEVEL: info
`,
      line: 7,
      note: 'Move the value to a Secret created outside the repository and read it with `secretKeyRef`.',
    },
  },
  'k8s-secret-manifest': {
    severities: [
      { severity: 'high', when: 'a committed Secret (`data:` or `stringData:`) holds key material: long random values, private keys, service-account key files' },
      { severity: 'medium', when: 'it holds a human-chosen password or a guessable one (a well-known or image default such as `postgres` or `root`, lower-case words with at most a short number, a counting run or stand-in words), a random-looking value under a key that does not say what it holds, or binary data; placeholders (`redacted`, `REPLACE_WITH_…`, `YOUR_…_HERE`, `<…>`, also base64-encoded) are not reported' },
      { severity: 'low', when: 'an access key id under an `accessKey`/`aws-access-key`/`*_ACCESS_KEY_ID` key (the id half of the pair)' },
    ],
    example: {
      file: 'k8s/secret.yaml',
      bad: `apiVersion: v1
kind: Secret
metadata:
  name: db
stringData:
  username: app
  password: <<generic:secret>>
`,
      fixed: `apiVersion: external-secrets.io/v1
kind: ExternalSecret
metadata:
  name: db
spec:
  secretStoreRef:
    name: vault
    kind: ClusterSecretStore
  target:
    name: db
  dataFrom:
    - extract:
        key: prod/db
`,
      line: 7,
      note: 'Or commit a SealedSecret or a SOPS-encrypted file; rotate the committed password.',
    },
  },
  'k8s-secret-in-env': {
    severities: [{ severity: 'low', when: 'with `kubernetes.strictSecretEnv: true` only: a Secret reaches a container as environment variables (`secretKeyRef`, `envFrom.secretRef`) rather than as mounted files (CIS 5.4.1)' }],
    example: {
      file: 'k8s/deployment.yaml',
      bad: DEPLOYMENT(`            - name: OPENAI_API_KEY
              valueFrom:
                secretKeyRef:
                  name: openai
                  key: api-key
`),
      fixed: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      containers:
        - name: api
          image: example/api:1
          volumeMounts:
            - name: openai
              mountPath: /run/secrets/openai
              readOnly: true
      volumes:
        - name: openai
          secret:
            secretName: openai
`,
      line: 15,
      settings: { kubernetes: { strictSecretEnv: true } },
    },
  },
  'helm-values-literal-secret': {
    severities: [
      { severity: 'high', when: 'a values file sets a secret-like key to any other literal value' },
      { severity: 'medium', when: 'a guessable password, the one policy of every literal rule: a well-known or image default (`postgres`, `root`, `bitnami`, `minio123`, `P@ssw0rd`), lower-case words with at most a short number (`mypassword`, `kuma123`), a counting run or stand-in words, also base64-encoded (base64 of `db-password`); anyone can try it' },
      { severity: 'low', when: 'an access key id (`accessKey`, `minio.accessKey`, `*_ACCESS_KEY_ID`, `AKIA…`: the id half of the pair; `secretKey` stays a secret) or an upload-only token' },
    ],
    example: {
      file: 'chart/values.yaml',
      bad: `image:
  repository: example/api
auth:
  existingSecret: ""
  password: <<generic:secret>>
`,
      fixed: `image:
  repository: example/api
auth:
  existingSecret: "" # name of a Secret holding the password (created outside the chart)
  password: ""
`,
      line: 5,
    },
  },
  'helm-template-env-value': {
    severities: [{ severity: 'medium', when: "a template puts a secret-like `.Values` setting (or a template variable bound to one) into a container's plain `env[].value`" }],
    example: {
      file: 'chart/templates/deployment.yaml',
      bad: DEPLOYMENT(`            - name: DB_PASSWORD
              value: {{ .Values.db.password | quote }}
`),
      fixed: DEPLOYMENT(`            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{ .Values.db.existingSecret }}
                  key: password
`),
      line: 13,
    },
  },
  'kustomize-generator-literal': {
    severities: [
      { severity: 'high', when: 'a `configMapGenerator` has a literal for a secret-like key' },
      { severity: 'low', when: 'that literal is an access key id (`accessKey`, `*_ACCESS_KEY_ID`, `AKIA…`) or an upload-only token' },
      { severity: 'medium', when: "a `secretGenerator` literal holds a provider key (reported once, under the key's own rule and severity, with this rule related); or the `configMapGenerator` literal is a guessable password (a well-known or image default, lower-case words with at most a short number, a counting run or stand-in words, also base64-encoded)" },
    ],
    example: {
      file: KUSTOMIZATION,
      bad: `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
configMapGenerator:
  - name: app
    literals:
      - LOG_LEVEL=info
      - SMTP_PASSWORD=<<generic:secret>>
`,
      fixed: `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
configMapGenerator:
  - name: app
    literals:
      - LOG_LEVEL=info
`,
      line: 7,
      note: 'Read the password from a Secret created outside the repository (External Secrets, Sealed Secrets, SOPS).',
    },
  },
  'kustomize-generator-source': {
    severities: [
      { severity: 'high', when: 'a committed env file that a `configMapGenerator` reads has a literal for a secret-like key' },
      { severity: 'low', when: 'that literal is an access key id or an upload-only token' },
      { severity: 'medium', when: 'a committed file is listed under a `secretGenerator`: a `files:` source without a provider key in it (reported on the whole file; a key is reported by its own rule), or an `envs:` entry holding a provider key; or the `configMapGenerator` env file\'s literal is a guessable password (a well-known or image default, lower-case words with at most a short number, a counting run or stand-in words)' },
    ],
    example: {
      file: 'k8s/db-password.txt',
      bad: '<<generic:secret>>\n',
      fixed: '',
      line: null,
      others: {
        [KUSTOMIZATION]: `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
secretGenerator:
  - name: db
    files:
      - password=db-password.txt
`,
      },
      fixedOthers: {
        [KUSTOMIZATION]: `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
secretGenerator:
  - name: db
    files:
      - password=db-password.txt # written by CI from the secret store
`,
        '.gitignore': 'k8s/db-password.txt\n',
      },
      note: 'Keep generator inputs out of git and create them in CI from the secret store.',
    },
  },
};
