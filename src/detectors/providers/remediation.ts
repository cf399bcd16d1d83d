/** The common tail of every remediation line. */
export function rotate(where: string, secretName: string): string {
  return `Revoke it at ${where}, create a new one and store it in the platform secret store (e.g. \${{ secrets.${secretName} }}).`;
}
