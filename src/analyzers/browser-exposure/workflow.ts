/**
 * Public-prefixed, secret-like variables in GitHub workflows (workflow, job and step `env:`) and
 * composite actions, each with the static-site deployment it feeds, if any: a job that deploys
 * to GitHub Pages, Vercel, Netlify, Cloudflare Pages, Firebase Hosting or Azure Static Web Apps,
 * or builds a front-end and uploads the result.
 */
import type { Document, Node } from 'yaml';
import { isMap } from '../../yaml/library.js';
import type { Settings } from '../../core/settings.js';
import { referencesIn } from '../expressions/index.js';
import { nodeSpan } from '../../yaml/locate.js';
import { AliasBudget, formatYamlPath, getValue, mapEntries, scalarValue, seqItems, type PathSegment } from '../../yaml/walk.js';
import type { SourceFile } from '../types.js';
import { ANY_PUBLIC_PREFIX, exposedSecretName, publicPrefixOf, type PublicName } from './meta.js';
import { classifyWritten, type PublicDefinition, type ValueSource } from './values.js';

export interface DeployTarget {
  job: string;
  /** The step that publishes the build: its name, or what it uses or runs. */
  step: string;
}

export interface WorkflowDefinition {
  definition: PublicDefinition;
  /** The first static-site deployment this variable reaches, if any. */
  deploy: DeployTarget | null;
}

const DEPLOY_ACTIONS = [
  /^actions\/(deploy-pages|upload-pages-artifact)$/,
  /^peaceiris\/actions-gh-pages$/,
  /^jamesives\/github-pages-deploy-action$/,
  /^withastro\/action$/,
  /^amondnet\/vercel-action$/,
  /^nwtgck\/actions-netlify$/,
  /^netlify\/actions(\/.*)?$/,
  /^cloudflare\/pages-action$/,
  /^azure\/static-web-apps-deploy$/,
  /^firebaseextended\/action-hosting-deploy$/,
];
const DEPLOY_COMMANDS = /\bvercel\b[^\n]*\b(deploy|--prod)\b|\bnetlify\s+deploy\b|\bwrangler\s+pages\s+(deploy|publish)\b|\bgh-pages\s+(-d|--dist)\b|\bfirebase\s+deploy\b|\bsurge\s+\S|\baws\s+s3\s+sync\b/;
const BUILD_COMMANDS =
  /\b(npm|pnpm|yarn|bun)\s+(run\s+)?(build|export|generate)\b|\bnext\s+(build|export)\b|\bvite\s+build\b|\b(astro|gatsby|react-scripts|vue-cli-service|ng|svelte-kit)\s+build\b|\bnux[ti]\s+(build|generate)\b|\bexpo\s+export\b/;
const UPLOAD_ACTION = /^actions\/upload-artifact$/;

interface Step {
  index: number;
  node: Node;
  uses: string;
  run: string;
  label: string;
}

function stepsOf(node: Node | null, doc: Document, budget: AliasBudget): Step[] {
  return seqItems(node, doc, budget).flatMap((item) => {
    if (!item.value || !isMap(item.value)) return [];
    const uses = scalarValue(getValue(item.value, 'uses', doc, budget)) ?? '';
    const run = scalarValue(getValue(item.value, 'run', doc, budget)) ?? '';
    const name = scalarValue(getValue(item.value, 'name', doc, budget));
    const label = name ?? (uses || run.split('\n')[0]!.trim().slice(0, 60));
    return [{ index: item.index, node: item.value, uses, run, label: `${label} (step ${item.index + 1})` }];
  });
}

function isDeployStep(step: Step, doc: Document, budget: AliasBudget): boolean {
  const action = step.uses.toLowerCase().split('@')[0]!;
  if (DEPLOY_ACTIONS.some((re) => re.test(action))) return true;
  if (action === 'cloudflare/wrangler-action') return /\bpages\b/.test(scalarValue(getValue(getValue(step.node, 'with', doc, budget), 'command', doc, budget)) ?? '');
  return DEPLOY_COMMANDS.test(step.run);
}

const isBuildStep = (step: Step) => BUILD_COMMANDS.test(step.run);

/** The step that publishes a static build in this job, and the steps whose env reaches the build. */
function publication(steps: Step[], doc: Document, budget: AliasBudget): { step: Step; buildSteps: Set<number> } | null {
  const buildSteps = new Set(steps.filter(isBuildStep).map((s) => s.index));
  const deploy = steps.find((s) => isDeployStep(s, doc, budget));
  if (deploy) return { step: deploy, buildSteps: new Set([...buildSteps, deploy.index]) };
  const firstBuild = steps.find(isBuildStep);
  const upload = firstBuild && steps.find((s) => s.index > firstBuild.index && UPLOAD_ACTION.test(s.uses.toLowerCase().split('@')[0]!));
  return upload ? { step: upload, buildSteps } : null;
}

function classifyWorkflowValue(value: string): { source: ValueSource; from?: string; secretName?: string } {
  if (!value.includes('${{')) return { source: classifyWritten(value) };
  const refs = referencesIn(value);
  const secret = refs.find((r) => r.context === 'secrets');
  if (secret) return { source: 'platform-secret', from: `secrets.${secret.path[0] ?? '*'}`, secretName: secret.path[0] ?? '' };
  const first = refs[0];
  return { source: 'reference', from: first ? `${first.context}.${first.path.filter((p) => p !== null).join('.')}` : 'an expression' };
}

/** `VITE_CHAT_CONFIG: ${{ secrets.OPENAI_API_KEY }}`: a public name that is not secret-like, fed a secret whose name is. */
function secretUnderPublicName(key: string, secretName: string | undefined, settings: Pick<Settings, 'secretNames'>): PublicName | null {
  const name = publicPrefixOf(key);
  if (!name || !secretName || !exposedSecretName(name.prefix + secretName, settings)) return null;
  return name;
}

function envDefinitions(file: SourceFile, node: Node | null, doc: Document, budget: AliasBudget, path: PathSegment[], origin: string, settings: Pick<Settings, 'secretNames'>): PublicDefinition[] {
  const out: PublicDefinition[] = [];
  if (!node || !isMap(node)) return out;
  for (const entry of mapEntries(node, doc, budget)) {
    if (entry.merged || !entry.keyNode) continue;
    const value = scalarValue(entry.value) ?? '';
    const classified = classifyWorkflowValue(value);
    const name = exposedSecretName(entry.key, settings) ?? secretUnderPublicName(entry.key, classified.secretName, settings);
    const span = nodeSpan(entry.keyNode);
    if (!name || !span) continue;
    const definition: PublicDefinition = { name, ...span, source: classified.source, origin, yamlPath: formatYamlPath([...path, entry.key]) };
    if (classified.from) definition.from = classified.from;
    if (classified.source === 'literal' || classified.source === 'literal-key') definition.secret = value.trim();
    out.push(definition);
  }
  return out;
}

export function workflowDefinitions(file: SourceFile, settings: Pick<Settings, 'secretNames'>): WorkflowDefinition[] {
  const out: WorkflowDefinition[] = [];
  if (!ANY_PUBLIC_PREFIX.test(file.text)) return out;
  for (const doc of file.yaml().documents) {
    if (doc.errors.length > 0) continue;
    const budget = new AliasBudget();
    if (file.kind === 'action') {
      const steps = stepsOf(getValue(getValue(doc.contents, 'runs', doc, budget), 'steps', doc, budget), doc, budget);
      for (const step of steps) {
        for (const definition of envDefinitions(file, getValue(step.node, 'env', doc, budget), doc, budget, ['runs', 'steps', step.index, 'env'], 'action step env', settings)) out.push({ definition, deploy: null });
      }
      continue;
    }
    const jobs = mapEntries(getValue(doc.contents, 'jobs', doc, budget), doc, budget).filter((j) => j.value && isMap(j.value));
    let firstDeploy: DeployTarget | null = null;
    const perJob: WorkflowDefinition[] = [];
    for (const job of jobs) {
      const steps = stepsOf(getValue(job.value, 'steps', doc, budget), doc, budget);
      const published = publication(steps, doc, budget);
      const deploy = published ? { job: job.key, step: published.step.label } : null;
      firstDeploy ??= deploy;
      for (const definition of envDefinitions(file, getValue(job.value, 'env', doc, budget), doc, budget, ['jobs', job.key, 'env'], 'job env', settings)) perJob.push({ definition, deploy });
      for (const step of steps) {
        const reaches = published?.buildSteps.has(step.index) ? deploy : null;
        const path = ['jobs', job.key, 'steps', step.index, 'env'];
        for (const definition of envDefinitions(file, getValue(step.node, 'env', doc, budget), doc, budget, path, 'step env', settings)) perJob.push({ definition, deploy: reaches });
      }
    }
    for (const definition of envDefinitions(file, getValue(doc.contents, 'env', doc, budget), doc, budget, ['env'], 'workflow env', settings)) out.push({ definition, deploy: firstDeploy });
    for (const definition of perJob) out.push(definition);
  }
  return out;
}

/** True when the variable carries a real secret into a deployed static build. */
export function isDeployedSecret(w: WorkflowDefinition): w is WorkflowDefinition & { deploy: DeployTarget } {
  const s = w.definition.source;
  return w.deploy !== null && (s === 'platform-secret' || s === 'literal' || s === 'literal-key');
}
