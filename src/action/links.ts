import type { Finding } from '../core/finding.js';
import type { EventInfo } from './inputs.js';

/** Links a finding to its lines at the scanned commit (a history finding: its own commit) on GitHub. */
export function blobLinker(event: EventInfo, pathPrefix: string): ((finding: Finding) => string | null) | undefined {
  const { repo, sha, serverUrl } = event;
  if (!repo || !sha) return undefined;
  const repoUrl = `${serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}`;
  return (finding) => {
    const base = `${repoUrl}/blob/${encodeURIComponent(finding.commit ?? sha)}/`;
    const file = (pathPrefix + finding.file).split('/').map(encodeURIComponent).join('/');
    if (finding.line === null) return base + file;
    const end = finding.endLine !== null && finding.endLine !== finding.line ? `-L${finding.endLine}` : '';
    return `${base}${file}#L${finding.line}${end}`;
  };
}
