/** Where every Kubernetes, Helm and kustomize rule documents itself. */
export const K8S_HELP = 'https://github.com/openai-secret-lint/openai-secret-lint/blob/main/docs/rules/kubernetes.md';

export const SECRET_KEY_REF_EXAMPLE = (name: string) =>
  `valueFrom: { secretKeyRef: { name: <secret-name>, key: ${name} } }`;

export const SECRET_STORE_ADVICE =
  'Keep the value out of the repository: create the Secret from your secret store (ExternalSecret, SealedSecret, a SOPS-encrypted file or the Secrets Store CSI driver).';
