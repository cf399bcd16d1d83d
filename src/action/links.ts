import type { Finding } from '../core/finding.js';
import type { EventInfo } from './inputs.js';

/** Links a finding to its lines at the scanned commit on GitHub; null outside a repository. */
export function blobLinker(event: EventInfo, pathPrefix: string): ((finding: Finding) => string | null) | undefined {
  const { repo, sha, serverUrl } = event;
  if (!repo || !sha) return undefined;
  const base = `${serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}/blob/${encodeURIComponent(sha)}/`;
  return (finding) => {
    const file = (pathPrefix + finding.file).split('/').map(encodeURIComponent).join('/');
    if (finding.line === null) return base + file;
    const end = finding.endLine !== null && finding.endLine !== finding.line ? `-L${finding.endLine}` : '';
    return `${base}${file}#L${finding.line}${end}`;
  };
}
