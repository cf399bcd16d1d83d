/**
 * The organisation report as one HTML page that stands alone: no script, no external style,
 * font or image, a Content-Security-Policy that forbids loading anything, and inline SVG charts
 * (findings per repository, findings over time). Every string from a repository (names, paths,
 * messages, errors) goes through escapeHtml: it is attacker-controlled.
 */
import { SEVERITIES, type Severity } from '../core/finding.js';
import type { HistoryPoint } from './types.js';
import type { OrgFinding, OrgReport, OrgRepositoryRow } from './report.js';

const COLORS: Record<Severity, string> = { critical: '#b00020', high: '#e65100', medium: '#f9a825', low: '#607d8b' };
const MAX_FINDING_ROWS = 2000;

/** Text and attribute values: `& < > " '` as entities, control characters dropped. */
export function escapeHtml(value: unknown): string {
  return String(value)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function renderOrgHtml(report: OrgReport): string {
  const t = report.totals;
  const title = `Secret audit${report.organization !== null ? ` of ${report.organization}` : ''}`;
  const parts: string[] = [];
  parts.push(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1b1b1b;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.3rem}
.cards{display:flex;flex-wrap:wrap;gap:.8rem}.card{border:1px solid #ddd;border-radius:8px;padding:.7rem 1rem;min-width:8rem}
.card b{display:block;font-size:1.5rem}.card.alarm{border-color:${COLORS.critical};color:${COLORS.critical}}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid #eee;padding:.3rem .5rem;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}code{font-size:.85rem;word-break:break-all}
.sev{display:inline-block;padding:0 .4rem;border-radius:4px;color:#fff;font-size:.8rem}
${SEVERITIES.map((s) => `.sev.${s}{background:${COLORS[s]}}`).join('')}
.badge{display:inline-block;padding:0 .4rem;border-radius:4px;font-size:.8rem;border:1px solid #999}
.badge.active{background:#b00020;color:#fff;border-color:#b00020}.badge.new{background:#fff3e0;border-color:#e65100}
.muted{color:#666}.explain{background:#f6f8fa;border-radius:8px;padding:.6rem 1rem}
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="muted">Made ${escapeHtml(report.generatedAt)} by ${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)}. Secrets are shown shortened, never whole.</p>
<div class="explain"><p>This page lists API keys and other credentials found written into the organisation's repositories.
A key that is written in a repository should be treated as leaked: <b>revoke it at its provider, issue a new one, and keep the new one in a secret store</b>
(for GitHub Actions: repository or organisation secrets). Removing the line is not enough — the key stays in the history.
Keys marked <span class="badge active">ACTIVE</span> were checked with their provider during this audit and still work: handle them first.</p></div>
<div class="cards">
${card('Repositories', t.repositories)}${card('With findings', t.withFindings)}${card('Findings', t.findings)}${card('Critical', t.bySeverity.critical, t.bySeverity.critical > 0)}${card('Verified active', t.verifiedActive, t.verifiedActive > 0)}${card('Failed to scan', t.failed, t.failed > 0)}${report.comparison ? card('New since last audit', report.comparison.new, report.comparison.new > 0) + card('Fixed since last audit', report.comparison.fixed) : ''}
</div>`);

  parts.push(`<h2>Findings per repository</h2>`, repositoriesChart(report.repositories));
  parts.push(`<h2>Findings over time</h2>`, historyChart(report.history));

  parts.push(`<h2>Repositories by risk</h2>`);
  const ranked = report.repositories.filter((r) => r.findings > 0 || r.status === 'failed');
  if (ranked.length === 0) parts.push('<p>No findings in any repository.</p>');
  else {
    parts.push('<table><thead><tr><th>Repository</th><th>Risk</th>' + SEVERITIES.map((s) => `<th>${s}</th>`).join('') + '<th>Verified active</th><th>New</th><th>Fixed</th><th>Scanned</th></tr></thead><tbody>');
    for (const r of ranked) parts.push(repositoryRow(r));
    parts.push('</tbody></table>');
  }

  parts.push(`<h2>Findings</h2>`);
  if (report.findings.length === 0) parts.push('<p>None.</p>');
  else {
    parts.push('<table><thead><tr><th>Severity</th><th>Repository</th><th>Where</th><th>What</th><th>Secret</th><th>Status</th></tr></thead><tbody>');
    for (const f of report.findings.slice(0, MAX_FINDING_ROWS)) parts.push(findingRow(f));
    parts.push('</tbody></table>');
    if (report.findings.length > MAX_FINDING_ROWS) parts.push(`<p class="muted">… and ${report.findings.length - MAX_FINDING_ROWS} more in the JSON report.</p>`);
  }
  if (report.fixed.length > 0) {
    parts.push(`<h2>Fixed since the previous audit</h2><table><thead><tr><th>Severity</th><th>Repository</th><th>Where</th><th>Rule</th></tr></thead><tbody>`);
    for (const f of report.fixed.slice(0, MAX_FINDING_ROWS)) {
      parts.push(`<tr><td>${sev(f.severity)}</td><td>${escapeHtml(f.repository)}</td><td><code>${escapeHtml(where(f))}</code></td><td>${escapeHtml(f.ruleId)}</td></tr>`);
    }
    parts.push('</tbody></table>');
  }
  const providers = Object.entries(report.totals.byProvider);
  const rules = Object.entries(report.totals.byRule);
  if (providers.length > 0) parts.push(`<h2>By provider</h2>${countTable('Provider', providers)}`);
  if (rules.length > 0) parts.push(`<h2>By rule</h2>${countTable('Rule', rules)}`);
  parts.push('</body>\n</html>\n');
  return parts.join('\n');
}

function card(label: string, value: number, alarm = false): string {
  return `<div class="card${alarm ? ' alarm' : ''}"><b>${value}</b>${escapeHtml(label)}</div>`;
}

function sev(s: Severity): string {
  return `<span class="sev ${s}">${s}</span>`;
}

function where(f: OrgFinding): string {
  return `${f.file}${f.line !== null ? `:${f.line}` : ''}${f.commit ? ` @ ${f.commit.slice(0, 12)}` : ''}`;
}

function repositoryRow(r: OrgRepositoryRow): string {
  const name = escapeHtml(r.name) + (r.status === 'failed' ? ` <span class="badge">failed: ${escapeHtml(r.error ?? 'unknown')}</span>` : '') + (r.carried ? ' <span class="badge">unchanged, carried over</span>' : '');
  const cells = SEVERITIES.map((s) => `<td class="n">${r.bySeverity[s]}</td>`).join('');
  return `<tr><td>${name}</td><td class="n">${r.risk}</td>${cells}<td class="n">${r.verifiedActive}</td><td class="n">${r.new}</td><td class="n">${r.fixed}</td><td>${escapeHtml(r.scannedAt.slice(0, 10))}</td></tr>`;
}

function findingRow(f: OrgFinding): string {
  const badges = [
    f.verification?.status === 'active' ? '<span class="badge active">ACTIVE</span>' : '',
    f.change === 'new' ? '<span class="badge new">new</span>' : f.change === 'open' ? '<span class="badge">still open</span>' : '',
    f.presentAtHead === false ? '<span class="badge">history only</span>' : '',
  ].filter(Boolean);
  return `<tr><td>${sev(f.severity)}</td><td>${escapeHtml(f.repository)}</td><td><code>${escapeHtml(where(f))}</code></td><td>${escapeHtml(f.message)}<br><span class="muted">${escapeHtml(f.ruleId)} · ${escapeHtml(f.provider)}</span></td><td>${f.secret !== undefined ? `<code>${escapeHtml(f.secret)}</code>` : ''}</td><td>${badges.join(' ')}</td></tr>`;
}

function countTable(label: string, entries: [string, number][]): string {
  return `<table><thead><tr><th>${label}</th><th>Findings</th></tr></thead><tbody>${entries.map(([k, n]) => `<tr><td>${escapeHtml(k)}</td><td class="n">${n}</td></tr>`).join('')}</tbody></table>`;
}

/** Stacked horizontal bars by severity for the (at most 30) riskiest repositories with findings. */
function repositoriesChart(rows: readonly OrgRepositoryRow[]): string {
  const shown = rows.filter((r) => r.findings > 0).slice(0, 30);
  if (shown.length === 0) return '<p>No findings to chart.</p>';
  const max = Math.max(...shown.map((r) => r.findings));
  const labelWidth = 260;
  const barWidth = 560;
  const rowHeight = 22;
  const height = shown.length * rowHeight + 30;
  const out: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Findings per repository" width="100%" viewBox="0 0 ${labelWidth + barWidth + 60} ${height}" font-family="sans-serif" font-size="12">`];
  shown.forEach((r, i) => {
    const y = i * rowHeight + 4;
    const label = r.name.length > 38 ? `${r.name.slice(0, 37)}…` : r.name;
    out.push(`<text x="${labelWidth - 6}" y="${y + 14}" text-anchor="end">${escapeHtml(label)}</text>`);
    let x = labelWidth;
    for (const s of SEVERITIES) {
      const w = (r.bySeverity[s] / max) * barWidth;
      if (w > 0) out.push(`<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${rowHeight - 6}" fill="${COLORS[s]}"><title>${escapeHtml(`${r.name}: ${r.bySeverity[s]} ${s}`)}</title></rect>`);
      x += w;
    }
    out.push(`<text x="${(x + 4).toFixed(1)}" y="${y + 14}">${r.findings}</text>`);
  });
  out.push(legend(labelWidth, shown.length * rowHeight + 12), '</svg>');
  return out.join('');
}

/** Stacked columns by severity, one per audit (the state file keeps the earlier ones). */
function historyChart(points: readonly HistoryPoint[]): string {
  if (points.length < 2) return `<p class="muted">The first audit recorded here${points[0] ? ` (${points[0].findings} findings)` : ''}: the chart over time grows with each audit.</p>`;
  const shown = points.slice(-26);
  const max = Math.max(1, ...shown.map((p) => p.findings));
  const left = 50;
  const plot = 220;
  const column = Math.min(60, Math.floor(800 / shown.length));
  const width = left + column * shown.length + 20;
  const out: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Findings over time" width="100%" viewBox="0 0 ${width} ${plot + 70}" font-family="sans-serif" font-size="11">`];
  out.push(`<line x1="${left}" y1="10" x2="${left}" y2="${plot + 10}" stroke="#999"/><text x="${left - 6}" y="16" text-anchor="end">${max}</text><text x="${left - 6}" y="${plot + 10}" text-anchor="end">0</text>`);
  shown.forEach((p, i) => {
    const x = left + i * column + 4;
    let y = plot + 10;
    for (const s of SEVERITIES) {
      const value = Number(p[s]) || 0;
      const h = (value / max) * plot;
      if (h > 0) {
        y -= h;
        out.push(`<rect x="${x}" y="${y.toFixed(1)}" width="${column - 8}" height="${h.toFixed(1)}" fill="${COLORS[s]}"><title>${escapeHtml(`${p.date.slice(0, 10)}: ${value} ${s}`)}</title></rect>`);
      }
    }
    out.push(`<text x="${x + (column - 8) / 2}" y="${(y - 3).toFixed(1)}" text-anchor="middle">${Number(p.findings) || 0}</text>`);
    out.push(`<text x="${x + (column - 8) / 2}" y="${plot + 24}" text-anchor="middle">${escapeHtml(p.date.slice(5, 10))}</text>`);
  });
  out.push(legend(left, plot + 44), '</svg>');
  return out.join('');
}

function legend(x: number, y: number): string {
  return SEVERITIES.map((s, i) => `<rect x="${x + i * 90}" y="${y}" width="10" height="10" fill="${COLORS[s]}"/><text x="${x + i * 90 + 14}" y="${y + 9}">${s}</text>`).join('');
}
