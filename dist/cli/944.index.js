export const id = 944;
export const ids = [944];
export const modules = {

/***/ 9944:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FILE_RULES: () => (/* binding */ FILE_RULES),
  REPOSITORY_RULES: () => (/* reexport */ plain_rules/* REPOSITORY_RULES */.v),
  allRuleMeta: () => (/* binding */ allRuleMeta),
  reservedRuleIds: () => (/* binding */ reservedRuleIds)
});

// EXTERNAL MODULE: ./.build-emit/src/analyzers/browser-exposure/dangerously-allow-browser.js
var dangerously_allow_browser = __webpack_require__(1140);
// EXTERNAL MODULE: ./.build-emit/src/analyzers/browser-exposure/public-env-api-key.js
var public_env_api_key = __webpack_require__(3012);
// EXTERNAL MODULE: ./.build-emit/src/yaml/library.js
var library = __webpack_require__(4716);
// EXTERNAL MODULE: ./.build-emit/src/discover/classify.js
var classify = __webpack_require__(6865);
// EXTERNAL MODULE: ./.build-emit/src/yaml/locate.js
var locate = __webpack_require__(1281);
// EXTERNAL MODULE: ./.build-emit/src/yaml/walk.js
var walk = __webpack_require__(9606);
// EXTERNAL MODULE: ./.build-emit/src/analyzers/env-files/dotenv.js
var dotenv = __webpack_require__(6975);
// EXTERNAL MODULE: ./.build-emit/src/analyzers/browser-exposure/meta.js
var browser_exposure_meta = __webpack_require__(1465);
// EXTERNAL MODULE: ./.build-emit/src/analyzers/kubernetes/provider-key.js
var provider_key = __webpack_require__(2665);
// EXTERNAL MODULE: ./.build-emit/src/analyzers/secret-names.js
var secret_names = __webpack_require__(58);
;// CONCATENATED MODULE: ./.build-emit/src/analyzers/browser-exposure/values.js
/** Where a public-prefixed variable's value comes from, which decides how bad its exposure is. */



/** The source of a written value that is not a known platform-secret reference. */
function classifyWritten(value) {
    const v = value.trim();
    if (v === '')
        return 'placeholder';
    if ((0,provider_key/* containsProviderKey */.g)(v))
        return 'literal-key';
    if ((0,secret_names/* isReferenceValue */.lv)(v))
        return 'reference';
    return (0,secret_names/* isLiteralSecretValue */.R4)(v) ? 'literal' : 'placeholder';
}
function isLiteralSource(source) {
    return source === 'literal' || source === 'literal-key';
}
/** High when a real secret is compiled in (platform secret or written value), medium otherwise. */
function severityOf(source) {
    return source === 'platform-secret' || isLiteralSource(source) ? 'high' : 'medium';
}
function describeSource(definition) {
    switch (definition.source) {
        case 'platform-secret':
            return `is fed from a platform secret${definition.from ? ` (${definition.from})` : ''}`;
        case 'literal-key':
            return 'holds a literal API key';
        case 'literal':
            return 'holds a literal value';
        case 'reference':
            return `is set from ${definition.from ?? 'a reference resolved at build time'}`;
        case 'placeholder':
            return 'is a placeholder here, which teaches putting the real key under this name';
    }
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/browser-exposure/definitions.js







function envFileDefinitions(file, settings) {
    const out = [];
    for (const entry of (0,dotenv/* parseDotenv */.q)(file.text)) {
        const name = (0,browser_exposure_meta/* exposedSecretName */.mc)(entry.key, settings);
        if (!name)
            continue;
        const source = classifyWritten(entry.value);
        out.push(withSecret({ name, start: entry.keyStart, end: entry.keyEnd, source, origin: file.kind === 'env-template' ? 'env template' : 'env file' }, entry.value));
    }
    return out;
}
function withSecret(definition, value) {
    if (definition.source === 'literal' || definition.source === 'literal-key')
        definition.secret = value.trim();
    return definition;
}
// ---------------------------------------------------------------- Dockerfile
/** `ENV K=V K2=V2`, `ENV K V`, `ARG K`, `ARG K=default`, with line continuations. */
function dockerfileDefinitions(file, settings) {
    const out = [];
    // Continuations become blanks of the same length, so offsets stay offsets into the file.
    const text = file.text.replace(/\\[ \t]*\r?\n/g, (m) => ' '.repeat(m.length));
    const instruction = /^[ \t]*(ENV|ARG)[ \t]+([^\n]*)/gim;
    for (const match of text.matchAll(instruction)) {
        const keyword = match[1].toUpperCase();
        const body = match[2].replace(/\r$/, '');
        const bodyStart = match.index + match[0].length - match[2].length;
        const tokens = [...body.matchAll(/(?:[^\s"']|"(?:[^"\\]|\\.)*"|'[^']*')+/g)];
        if (tokens.length === 0)
            continue;
        const legacy = keyword === 'ENV' && !tokens[0][0].includes('=');
        const pairs = legacy ? [{ key: tokens[0][0], keyAt: tokens[0].index, value: body.slice(tokens[0].index + tokens[0][0].length).trim() }] : tokens.map((t) => {
            const eq = t[0].indexOf('=');
            return { key: eq === -1 ? t[0] : t[0].slice(0, eq), keyAt: t.index, value: eq === -1 ? null : t[0].slice(eq + 1) };
        });
        for (const pair of pairs) {
            const name = (0,browser_exposure_meta/* exposedSecretName */.mc)(pair.key, settings);
            if (!name)
                continue;
            const value = pair.value === null ? null : unquote(pair.value);
            const start = bodyStart + pair.keyAt;
            const source = value === null ? 'reference' : classifyWritten(value);
            const definition = { name, start, end: start + pair.key.length, source, origin: `Dockerfile ${keyword}` };
            if (value === null)
                definition.from = 'a build argument (docker build --build-arg), which stays in the image history and the bundle';
            out.push(withSecret(definition, value ?? ''));
        }
    }
    return out;
}
function unquote(value) {
    const m = /^(["'])(.*)\1$/s.exec(value);
    return m ? m[2] : value;
}
// ---------------------------------------------------------------- YAML helpers
function keySpan(keyNode) {
    return keyNode ? (0,locate/* nodeSpan */.Vk)(keyNode) : null;
}
/** A `KEY=value` (or bare `KEY`) list item of a scalar, as Compose and kustomize write them. */
function assignmentItem(file, node, settings) {
    if (!node || !(0,library/* isScalar */.jn)(node))
        return null;
    const text = (0,locate/* scalarText */.ws)(node);
    const eq = text.indexOf('=');
    const key = (eq === -1 ? text : text.slice(0, eq)).trim();
    const name = (0,browser_exposure_meta/* exposedSecretName */.mc)(key, settings);
    if (!name)
        return null;
    const keyAt = text.indexOf(key);
    const span = (0,locate/* locateInScalar */.cj)(file.text, node, keyAt, keyAt + key.length);
    const value = eq === -1 ? null : unquote(text.slice(eq + 1).trim());
    const source = value === null ? 'reference' : classifyWritten(value);
    return { definition: withSecret({ name, start: span.start, end: span.end, source, origin: '' }, value ?? ''), value };
}
/** Entries of a `KEY: value` map or a `- KEY=value` list. */
function mapOrListDefinitions(file, doc, budget, node, origin, path, settings, classify) {
    const out = [];
    if (node && (0,library/* isMap */.jh)(node)) {
        for (const entry of (0,walk/* mapEntries */.Nn)(node, doc, budget)) {
            if (entry.merged)
                continue;
            const name = (0,browser_exposure_meta/* exposedSecretName */.mc)(entry.key, settings);
            const span = keySpan(entry.keyNode);
            if (!name || !span)
                continue;
            let raw = entry.value;
            if (raw && (0,library/* isMap */.jh)(raw))
                raw = (0,walk/* getValue */._W)(raw, 'value', doc, budget); // GitLab `{ value:, description: }`
            const value = (0,walk/* scalarValue */.Um)(raw) ?? '';
            const classified = classify?.(value) ?? { source: raw === null ? 'reference' : classifyWritten(value) };
            const definition = { name, ...span, source: classified.source, origin, yamlPath: (0,walk/* formatYamlPath */.qD)([...path, entry.key]) };
            if (classified.from)
                definition.from = classified.from;
            out.push(withSecret(definition, value));
        }
    }
    else if (node && (0,library/* isSeq */.oP)(node)) {
        for (const item of (0,walk/* seqItems */.Sg)(node, doc, budget)) {
            const found = assignmentItem(file, item.value, settings);
            if (found)
                out.push({ ...found.definition, origin, yamlPath: (0,walk/* formatYamlPath */.qD)([...path, item.index]) });
        }
    }
    return out;
}
function parsedDocuments(file) {
    return file.yaml().documents.filter((d) => d.errors.length === 0);
}
// ---------------------------------------------------------------- Compose
function composeDefinitions(file, settings) {
    const out = [];
    for (const doc of parsedDocuments(file)) {
        const budget = new walk/* AliasBudget */.CR();
        for (const service of (0,walk/* mapEntries */.Nn)((0,walk/* getValue */._W)(doc.contents, 'services', doc, budget), doc, budget)) {
            if (service.merged)
                continue;
            const base = ['services', service.key];
            for (const d of mapOrListDefinitions(file, doc, budget, (0,walk/* getValue */._W)(service.value, 'environment', doc, budget), 'Compose environment', [...base, 'environment'], settings))
                out.push(d);
            const build = (0,walk/* getValue */._W)(service.value, 'build', doc, budget);
            if (build && (0,library/* isMap */.jh)(build))
                for (const d of mapOrListDefinitions(file, doc, budget, (0,walk/* getValue */._W)(build, 'args', doc, budget), 'Compose build arg', [...base, 'build', 'args'], settings))
                    out.push(d);
        }
    }
    return out;
}
// ---------------------------------------------------------------- GitLab CI
const GITLAB_GLOBAL_KEYS = new Set(['default', 'include', 'stages', 'variables', 'workflow', 'image', 'services', 'cache', 'before_script', 'after_script', 'spec']);
function gitlabDefinitions(file, settings) {
    const out = [];
    for (const doc of parsedDocuments(file)) {
        const budget = new walk/* AliasBudget */.CR();
        const scopes = [{ node: (0,walk/* getValue */._W)(doc.contents, 'variables', doc, budget), path: ['variables'] }];
        for (const job of (0,walk/* mapEntries */.Nn)(doc.contents, doc, budget)) {
            // Hidden jobs (`.template`) count too: `extends:` copies their variables into real jobs.
            if (GITLAB_GLOBAL_KEYS.has(job.key) || job.merged || !job.value || !(0,library/* isMap */.jh)(job.value))
                continue;
            scopes.push({ node: (0,walk/* getValue */._W)(job.value, 'variables', doc, budget), path: [job.key, 'variables'] });
        }
        // Variables written in the file; a `$VAR` naming anything else comes from the project's CI/CD settings.
        const defined = new Set();
        for (const scope of scopes)
            for (const entry of (0,walk/* mapEntries */.Nn)(scope.node, doc, budget))
                defined.add(entry.key);
        const classify = (value) => {
            const ref = /^\s*\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?\s*$/.exec(value);
            if (ref && !defined.has(ref[1]))
                return { source: 'platform-secret', from: `$${ref[1]} from the CI/CD variables` };
            if (ref)
                return { source: 'reference', from: `$${ref[1]}` };
            return { source: classifyWritten(value) };
        };
        for (const scope of scopes)
            for (const d of mapOrListDefinitions(file, doc, budget, scope.node, 'GitLab variables', scope.path, settings, classify))
                out.push(d);
    }
    return out;
}
// ---------------------------------------------------------------- Kubernetes and kustomize
const ENV_LIST_KEYS = new Set(['env', 'extraEnv', 'extraEnvVars']);
/** `env:` lists (`- name: X` with `value` or `valueFrom`) anywhere in Kubernetes manifests or Helm values. */
function kubernetesDefinitions(file, settings) {
    if (file.kind !== 'helm-values' && !(0,classify/* looksLikeKubernetes */.El)(file.text))
        return [];
    const out = [];
    const seen = new Set();
    for (const doc of parsedDocuments(file)) {
        const budget = new walk/* AliasBudget */.CR();
        // ConfigMap and Secret keys become env variables through `envFrom`.
        const kind = (0,walk/* scalarValue */.Um)((0,walk/* getValue */._W)(doc.contents, 'kind', doc, budget));
        if (kind === 'ConfigMap' || kind === 'Secret') {
            const objectName = (0,walk/* scalarValue */.Um)((0,walk/* getValue */._W)((0,walk/* getValue */._W)(doc.contents, 'metadata', doc, budget), 'name', doc, budget)) ?? '?';
            for (const field of ['data', 'stringData']) {
                for (const entry of (0,walk/* mapEntries */.Nn)((0,walk/* getValue */._W)(doc.contents, field, doc, budget), doc, budget)) {
                    const name = (0,browser_exposure_meta/* exposedSecretName */.mc)(entry.key, settings);
                    const span = keySpan(entry.keyNode);
                    if (!name || !span || seen.has(span.start))
                        continue;
                    seen.add(span.start);
                    const value = (0,walk/* scalarValue */.Um)(entry.value) ?? '';
                    const definition = { name, ...span, source: 'platform-secret', origin: `Kubernetes ${kind} key`, yamlPath: (0,walk/* formatYamlPath */.qD)([field, entry.key]) };
                    if (kind === 'Secret')
                        definition.from = `Secret ${objectName}`;
                    else
                        withSecret(Object.assign(definition, { source: classifyWritten(value) }), value);
                    out.push(definition);
                }
            }
        }
        (0,walk/* walkValues */.QC)(doc, ({ path, node }) => {
            const last = path[path.length - 1];
            if (typeof last !== 'string' || !ENV_LIST_KEYS.has(last) || !(0,library/* isSeq */.oP)(node))
                return;
            for (const item of (0,walk/* seqItems */.Sg)(node, doc, budget)) {
                if (!item.value || !(0,library/* isMap */.jh)(item.value))
                    continue;
                const nameNode = (0,walk/* getValue */._W)(item.value, 'name', doc, budget);
                const nameText = (0,walk/* scalarValue */.Um)(nameNode);
                const name = nameText === null ? null : (0,browser_exposure_meta/* exposedSecretName */.mc)(nameText, settings);
                const span = nameNode ? (0,locate/* valueSpan */.MK)(file.text, nameNode) : null;
                if (!name || !span || seen.has(span.start))
                    continue;
                seen.add(span.start);
                const valueFrom = (0,walk/* getValue */._W)(item.value, 'valueFrom', doc, budget);
                const secretRef = valueFrom ? (0,walk/* getValue */._W)(valueFrom, 'secretKeyRef', doc, budget) : null;
                const definition = { name, ...span, source: 'placeholder', origin: 'Kubernetes env', yamlPath: (0,walk/* formatYamlPath */.qD)([...path, item.index, 'name']) };
                if (secretRef) {
                    definition.source = 'platform-secret';
                    definition.from = `secretKeyRef ${(0,walk/* scalarValue */.Um)((0,walk/* getValue */._W)(secretRef, 'name', doc, budget)) ?? '?'}/${(0,walk/* scalarValue */.Um)((0,walk/* getValue */._W)(secretRef, 'key', doc, budget)) ?? '?'}`;
                }
                else if (valueFrom) {
                    definition.source = 'reference';
                    definition.from = 'valueFrom';
                }
                else {
                    const value = (0,walk/* scalarValue */.Um)((0,walk/* getValue */._W)(item.value, 'value', doc, budget)) ?? '';
                    definition.source = classifyWritten(value);
                    withSecret(definition, value);
                }
                out.push(definition);
            }
        }, { budget });
    }
    return out;
}
function kustomizeDefinitions(file, settings) {
    const out = [];
    for (const doc of parsedDocuments(file)) {
        const budget = new walk/* AliasBudget */.CR();
        for (const generator of ['secretGenerator', 'configMapGenerator']) {
            for (const item of (0,walk/* seqItems */.Sg)((0,walk/* getValue */._W)(doc.contents, generator, doc, budget), doc, budget)) {
                for (const literal of (0,walk/* seqItems */.Sg)((0,walk/* getValue */._W)(item.value, 'literals', doc, budget), doc, budget)) {
                    const found = assignmentItem(file, literal.value, settings);
                    if (found)
                        out.push({ ...found.definition, origin: `kustomize ${generator} literal`, yamlPath: (0,walk/* formatYamlPath */.qD)([generator, item.index, 'literals', literal.index]) });
                }
            }
        }
    }
    return out;
}

// EXTERNAL MODULE: ./.build-emit/src/analyzers/expressions/library.js
var expressions_library = __webpack_require__(1724);
;// CONCATENATED MODULE: ./.build-emit/src/analyzers/expressions/parse.js

/** Every context of workflow and action expressions (case-insensitive in GitHub). */
const CONTEXTS = ['github', 'env', 'vars', 'job', 'jobs', 'steps', 'runner', 'secrets', 'strategy', 'matrix', 'needs', 'inputs'];
/** Status and file functions that `@actions/expressions` leaves to the host. */
const FUNCTIONS = [
    { name: 'hashFiles', minArgs: 1, maxArgs: 255 },
    { name: 'success', minArgs: 0, maxArgs: 0 },
    { name: 'always', minArgs: 0, maxArgs: 0 },
    { name: 'cancelled', minArgs: 0, maxArgs: 0 },
    { name: 'failure', minArgs: 0, maxArgs: 255 },
];
const MAX_RETRIES = 8;
function parseExpression(source) {
    // Outside the try below: a library not loaded is an internal error, not a parse error.
    const { Lexer, Parser } = (0,expressions_library/* expressionsLibrary */.v_)();
    const contexts = [...CONTEXTS];
    const functions = [...FUNCTIONS];
    for (let attempt = 0;; attempt++) {
        try {
            const { tokens } = new Lexer(source).lex();
            return { ok: true, expr: new Parser(tokens, contexts, functions).parse() };
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            const unknown = /Unrecognized (named-value|function): '([^']+)'/.exec(message);
            if (!unknown || attempt >= MAX_RETRIES)
                return { ok: false, error: message };
            if (unknown[1] === 'function')
                functions.push({ name: unknown[2], minArgs: 0, maxArgs: 255 });
            else
                contexts.push(unknown[2]);
        }
    }
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/expressions/references.js

const COMPARISONS = new Set(['==', '!=', '<', '<=', '>', '>=']);
const BOOLEAN_FUNCTIONS = new Set(['contains', 'startswith', 'endswith']);
function contextReferences(expr, source) {
    const { Binary, ContextAccess, FunctionCall, Grouping, IndexAccess, Literal, Logical, Star, Unary } = (0,expressions_library/* expressionsLibrary */.v_)().ast;
    const lineStarts = [0];
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1))
        lineStarts.push(i + 1);
    const offset = (pos) => (lineStarts[pos.line] ?? 0) + pos.column;
    const refs = [];
    const extendEnd = (end) => {
        // Include a closing `]` or a trailing `.*` that carries no token of its own.
        for (;;) {
            const rest = /^\s*(\]|\.\s*\*)/.exec(source.slice(end));
            if (!rest)
                return end;
            end += rest[0].length;
        }
    };
    const visit = (node, functions, inDefault) => {
        if (node instanceof ContextAccess) {
            const ref = {
                context: node.name.lexeme.toLowerCase(),
                path: [],
                start: offset(node.name.range.start),
                end: extendEnd(offset(node.name.range.end)),
                functions,
                inDefault,
                valueFlows: !functions.some((f) => BOOLEAN_FUNCTIONS.has(f)),
            };
            refs.push(ref);
            return [ref];
        }
        if (node instanceof IndexAccess) {
            const chain = [];
            let base = node;
            while (base instanceof IndexAccess) {
                chain.unshift(base.index);
                base = base.expr;
            }
            const path = chain.map(indexName);
            let lastToken = null;
            for (const index of chain) {
                if (index instanceof Literal)
                    lastToken = index.token;
                // `secrets[env.STAGE]`, `secrets[format('{0}_KEY', env.X)]`: the index's value only names
                // what is read; it does not flow out.
                else if (!(index instanceof Star))
                    for (const ref of visit(index, functions, inDefault))
                        ref.valueFlows = false;
            }
            if (base instanceof ContextAccess) {
                const [ref] = visit(base, functions, inDefault);
                ref.path = path;
                if (lastToken)
                    ref.end = extendEnd(offset(lastToken.range.end));
                else
                    ref.end = extendEnd(ref.end);
                return [ref];
            }
            if (base instanceof FunctionCall && base.functionName.lexeme.toLowerCase() === 'fromjson') {
                const inner = visit(base, functions, inDefault);
                for (const ref of inner) {
                    if (ref.functions.length === functions.length + 1)
                        ref.fromJsonPath = path;
                    if (lastToken)
                        ref.end = Math.max(ref.end, extendEnd(offset(lastToken.range.end)));
                }
                return inner;
            }
            return visit(base, functions, inDefault);
        }
        if (node instanceof FunctionCall) {
            const inside = [...functions, node.functionName.lexeme.toLowerCase()];
            return node.args.flatMap((arg) => visit(arg, inside, inDefault));
        }
        if (node instanceof Logical) {
            const isOr = node.operator.lexeme === '||';
            return node.args.flatMap((arg, i) => visit(arg, functions, inDefault || (isOr && i > 0)));
        }
        if (node instanceof Binary) {
            const found = [...visit(node.left, functions, inDefault), ...visit(node.right, functions, inDefault)];
            if (COMPARISONS.has(node.operator.lexeme))
                for (const ref of found)
                    ref.valueFlows = false;
            return found;
        }
        if (node instanceof Unary) {
            const found = visit(node.expr, functions, inDefault);
            if (node.operator.lexeme === '!')
                for (const ref of found)
                    ref.valueFlows = false;
            return found;
        }
        if (node instanceof Grouping)
            return visit(node.group, functions, inDefault);
        return [];
    };
    visit(expr, [], false);
    return refs.sort((a, b) => a.start - b.start);
}
function indexName(index) {
    if (index instanceof (0,expressions_library/* expressionsLibrary */.v_)().ast.Literal) {
        const value = index.token.value ?? index.token.lexeme;
        return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
    }
    return null;
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/expressions/template.js
function findExpressions(value) {
    const found = [];
    let from = 0;
    for (;;) {
        const open = value.indexOf('${{', from);
        if (open === -1)
            break;
        const innerStart = open + 3;
        let i = innerStart;
        let close = -1;
        while (i < value.length) {
            const ch = value[i];
            if (ch === "'") {
                i++;
                while (i < value.length) {
                    if (value[i] === "'" && value[i + 1] === "'")
                        i += 2;
                    else if (value[i] === "'")
                        break;
                    else
                        i++;
                }
                i++;
                continue;
            }
            if (ch === '}' && value[i + 1] === '}') {
                close = i;
                break;
            }
            i++;
        }
        if (close === -1)
            break; // unterminated: GitHub rejects the file; nothing more to read
        found.push({ start: open, end: close + 2, inner: value.slice(innerStart, close), innerStart });
        from = close + 2;
    }
    return found;
}
/** True when the whole value is one expression (`${{ secrets.X }}`, surrounding whitespace allowed). */
function isSingleExpression(value) {
    const found = findExpressions(value);
    return found.length === 1 && value.slice(0, found[0].start).trim() === '' && value.slice(found[0].end).trim() === '';
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/expressions/index.js
/**
 * `${{ }}` expressions in a workflow or action value: where they are and what they read.
 * Offsets are into the value string, so callers map them to the file with a ScalarLocator.
 */






function analyzeValue(value) {
    return findExpressions(value).map((template) => {
        const parsed = parseExpression(template.inner);
        const refs = parsed.ok ? contextReferences(parsed.expr, template.inner) : fallbackReferences(template.inner);
        const shifted = refs.map((r) => ({ ...r, start: r.start + template.innerStart, end: r.end + template.innerStart }));
        return parsed.ok ? { ...template, refs: shifted } : { ...template, refs: shifted, error: parsed.error };
    });
}
/** All context reads of a value, across its expressions. */
function referencesIn(value) {
    return analyzeValue(value).flatMap((e) => e.refs);
}
/**
 * For an expression GitHub would reject (the run fails anyway), still see `secrets.X` and
 * `secrets['X']` so that a broken file is not silently clean.
 */
function fallbackReferences(source) {
    const refs = [];
    const re = /\b([A-Za-z_][A-Za-z0-9_-]*)((?:\s*\.\s*[A-Za-z_*][A-Za-z0-9_-]*|\s*\[\s*'[^']*'\s*\])*)/g;
    for (const match of source.matchAll(re)) {
        const context = match[1].toLowerCase();
        if (!['secrets', 'vars', 'env', 'github'].includes(context))
            continue;
        const path = [...match[2].matchAll(/\.\s*([A-Za-z_*][A-Za-z0-9_-]*)|\[\s*'([^']*)'\s*\]/g)].map((m) => (m[1] === '*' ? null : (m[1] ?? m[2] ?? null)));
        refs.push({ context, path, start: match.index, end: match.index + match[0].length, functions: [], inDefault: false, valueFlows: true });
    }
    return refs;
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/browser-exposure/workflow.js






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
const BUILD_COMMANDS = /\b(npm|pnpm|yarn|bun)\s+(run\s+)?(build|export|generate)\b|\bnext\s+(build|export)\b|\bvite\s+build\b|\b(astro|gatsby|react-scripts|vue-cli-service|ng|svelte-kit)\s+build\b|\bnux[ti]\s+(build|generate)\b|\bexpo\s+export\b/;
const UPLOAD_ACTION = /^actions\/upload-artifact$/;
function stepsOf(node, doc, budget) {
    return (0,walk/* seqItems */.Sg)(node, doc, budget).flatMap((item) => {
        if (!item.value || !(0,library/* isMap */.jh)(item.value))
            return [];
        const uses = (0,walk/* scalarValue */.Um)((0,walk/* getValue */._W)(item.value, 'uses', doc, budget)) ?? '';
        const run = (0,walk/* scalarValue */.Um)((0,walk/* getValue */._W)(item.value, 'run', doc, budget)) ?? '';
        const name = (0,walk/* scalarValue */.Um)((0,walk/* getValue */._W)(item.value, 'name', doc, budget));
        const label = name ?? (uses || run.split('\n')[0].trim().slice(0, 60));
        return [{ index: item.index, node: item.value, uses, run, label: `${label} (step ${item.index + 1})` }];
    });
}
function isDeployStep(step, doc, budget) {
    const action = step.uses.toLowerCase().split('@')[0];
    if (DEPLOY_ACTIONS.some((re) => re.test(action)))
        return true;
    if (action === 'cloudflare/wrangler-action')
        return /\bpages\b/.test((0,walk/* scalarValue */.Um)((0,walk/* getValue */._W)((0,walk/* getValue */._W)(step.node, 'with', doc, budget), 'command', doc, budget)) ?? '');
    return DEPLOY_COMMANDS.test(step.run);
}
const isBuildStep = (step) => BUILD_COMMANDS.test(step.run);
/** The step that publishes a static build in this job, and the steps whose env reaches the build. */
function publication(steps, doc, budget) {
    const buildSteps = new Set(steps.filter(isBuildStep).map((s) => s.index));
    const deploy = steps.find((s) => isDeployStep(s, doc, budget));
    if (deploy)
        return { step: deploy, buildSteps: new Set([...buildSteps, deploy.index]) };
    const firstBuild = steps.find(isBuildStep);
    const upload = firstBuild && steps.find((s) => s.index > firstBuild.index && UPLOAD_ACTION.test(s.uses.toLowerCase().split('@')[0]));
    return upload ? { step: upload, buildSteps } : null;
}
function classifyWorkflowValue(value) {
    if (!value.includes('${{'))
        return { source: classifyWritten(value) };
    const refs = referencesIn(value);
    const secret = refs.find((r) => r.context === 'secrets');
    if (secret)
        return { source: 'platform-secret', from: `secrets.${secret.path[0] ?? '*'}`, secretName: secret.path[0] ?? '' };
    const first = refs[0];
    return { source: 'reference', from: first ? `${first.context}.${first.path.filter((p) => p !== null).join('.')}` : 'an expression' };
}
/** `VITE_CHAT_CONFIG: ${{ secrets.OPENAI_API_KEY }}`: a public name that is not secret-like, fed a secret whose name is. */
function secretUnderPublicName(key, secretName, settings) {
    const name = (0,browser_exposure_meta/* publicPrefixOf */.VS)(key);
    if (!name || !secretName || !(0,browser_exposure_meta/* exposedSecretName */.mc)(name.prefix + secretName, settings))
        return null;
    return name;
}
function envDefinitions(file, node, doc, budget, path, origin, settings) {
    const out = [];
    if (!node || !(0,library/* isMap */.jh)(node))
        return out;
    for (const entry of (0,walk/* mapEntries */.Nn)(node, doc, budget)) {
        if (entry.merged || !entry.keyNode)
            continue;
        const value = (0,walk/* scalarValue */.Um)(entry.value) ?? '';
        const classified = classifyWorkflowValue(value);
        const name = (0,browser_exposure_meta/* exposedSecretName */.mc)(entry.key, settings) ?? secretUnderPublicName(entry.key, classified.secretName, settings);
        const span = (0,locate/* nodeSpan */.Vk)(entry.keyNode);
        if (!name || !span)
            continue;
        const definition = { name, ...span, source: classified.source, origin, yamlPath: (0,walk/* formatYamlPath */.qD)([...path, entry.key]) };
        if (classified.from)
            definition.from = classified.from;
        if (classified.source === 'literal' || classified.source === 'literal-key')
            definition.secret = value.trim();
        out.push(definition);
    }
    return out;
}
function workflowDefinitions(file, settings) {
    const out = [];
    if (!browser_exposure_meta/* ANY_PUBLIC_PREFIX */.kN.test(file.text))
        return out;
    for (const doc of file.yaml().documents) {
        if (doc.errors.length > 0)
            continue;
        const budget = new walk/* AliasBudget */.CR();
        if (file.kind === 'action') {
            const steps = stepsOf((0,walk/* getValue */._W)((0,walk/* getValue */._W)(doc.contents, 'runs', doc, budget), 'steps', doc, budget), doc, budget);
            for (const step of steps) {
                for (const definition of envDefinitions(file, (0,walk/* getValue */._W)(step.node, 'env', doc, budget), doc, budget, ['runs', 'steps', step.index, 'env'], 'action step env', settings))
                    out.push({ definition, deploy: null });
            }
            continue;
        }
        const jobs = (0,walk/* mapEntries */.Nn)((0,walk/* getValue */._W)(doc.contents, 'jobs', doc, budget), doc, budget).filter((j) => j.value && (0,library/* isMap */.jh)(j.value));
        let firstDeploy = null;
        const perJob = [];
        for (const job of jobs) {
            const steps = stepsOf((0,walk/* getValue */._W)(job.value, 'steps', doc, budget), doc, budget);
            const published = publication(steps, doc, budget);
            const deploy = published ? { job: job.key, step: published.step.label } : null;
            firstDeploy ??= deploy;
            for (const definition of envDefinitions(file, (0,walk/* getValue */._W)(job.value, 'env', doc, budget), doc, budget, ['jobs', job.key, 'env'], 'job env', settings))
                perJob.push({ definition, deploy });
            for (const step of steps) {
                const reaches = published?.buildSteps.has(step.index) ? deploy : null;
                const path = ['jobs', job.key, 'steps', step.index, 'env'];
                for (const definition of envDefinitions(file, (0,walk/* getValue */._W)(step.node, 'env', doc, budget), doc, budget, path, 'step env', settings))
                    perJob.push({ definition, deploy: reaches });
            }
        }
        for (const definition of envDefinitions(file, (0,walk/* getValue */._W)(doc.contents, 'env', doc, budget), doc, budget, ['env'], 'workflow env', settings))
            out.push({ definition, deploy: firstDeploy });
        for (const definition of perJob)
            out.push(definition);
    }
    return out;
}
/** True when the variable carries a real secret into a deployed static build. */
function isDeployedSecret(w) {
    const s = w.definition.source;
    return w.deploy !== null && (s === 'platform-secret' || s === 'literal' || s === 'literal-key');
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/browser-exposure/public-prefix-secret.js




const KINDS = new Set(['env', 'env-template', 'dockerfile', 'compose', 'gitlab-ci', 'k8s', 'yaml', 'helm-values', 'kustomization', 'workflow', 'action']);
/** The definitions of public-prefixed secret-like variables in a file, by kind (workflow deployments excluded: static-site-secret-build has them). */
function publicDefinitions(file, settings) {
    if (!browser_exposure_meta/* ANY_PUBLIC_PREFIX */.kN.test(file.text))
        return [];
    switch (file.kind) {
        case 'env':
        case 'env-template':
            return envFileDefinitions(file, settings);
        case 'dockerfile':
            return dockerfileDefinitions(file, settings);
        case 'compose':
            return composeDefinitions(file, settings);
        case 'gitlab-ci':
            return gitlabDefinitions(file, settings);
        case 'kustomization':
            return kustomizeDefinitions(file, settings);
        case 'k8s':
        case 'yaml':
        case 'helm-values':
            return kubernetesDefinitions(file, settings);
        case 'workflow':
        case 'action':
            return workflowDefinitions(file, settings).filter((w) => !isDeployedSecret(w)).map((w) => w.definition);
        default:
            return [];
    }
}
function definitionFinding(meta, file, d, message) {
    const finding = {
        ruleId: meta.id,
        category: meta.category,
        severity: severityOf(d.source),
        file: file.path,
        ...file.lines.range(d.start, d.end),
        message,
        remediation: (0,browser_exposure_meta/* remediationFor */.$J)(d.name),
    };
    if (d.secret !== undefined)
        finding.secret = d.secret;
    else
        finding.fingerprintSeed = `${d.name.name}:${d.origin}`;
    if (d.yamlPath !== undefined)
        finding.yamlPath = d.yamlPath;
    return finding;
}
/** A secret-like variable with a prefix that front-end build tools inline into client code. */
const publicPrefixSecretRule = {
    meta: {
        id: 'public-prefix-secret',
        category: 'secret-exposure',
        severity: 'high',
        description: 'A secret-like variable carries a prefix (NEXT_PUBLIC_, VITE_, REACT_APP_, \u2026) that front-end build tools inline into the JavaScript every visitor downloads.',
        helpUri: browser_exposure_meta/* BROWSER_HELP */.ZH,
    },
    appliesTo: (file) => KINDS.has(file.kind),
    check(file, context) {
        return publicDefinitions(file, context.settings)
            .sort((a, b) => a.start - b.start)
            .map((d) => definitionFinding(this.meta, file, d, `${d.origin} "${d.name.name}" ${describeSource(d)}. ${(0,browser_exposure_meta/* whyExposed */.zU)(d.name)}`));
    },
};

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/browser-exposure/static-site-secret.js




/** A workflow job that builds and publishes a static site with a secret in a public-prefixed variable. */
const staticSiteSecretRule = {
    meta: {
        id: 'static-site-secret-build',
        category: 'secret-exposure',
        severity: 'high',
        description: 'A workflow builds and publishes a static site (GitHub Pages, Vercel, Netlify, Cloudflare Pages, or an uploaded build) with a secret in a public-prefixed variable, so the secret ships in the published JavaScript.',
        helpUri: browser_exposure_meta/* BROWSER_HELP */.ZH,
    },
    appliesTo: (file) => file.kind === 'workflow',
    check(file, context) {
        return workflowDefinitions(file, context.settings)
            .filter(isDeployedSecret)
            .map(({ definition: d, deploy }) => ({
            ...definitionFinding(this.meta, file, d, `${d.origin} "${d.name.name}" ${describeSource(d)} and job "${deploy.job}" publishes the build in "${deploy.step}". ${(0,browser_exposure_meta/* whyExposed */.zU)(d.name)}`),
            severity: 'high',
        }));
    },
};

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/browser-exposure/index.js




/** Keys that reach the browser: public env prefixes, static builds fed from secrets, client-side SDK use. */
const BROWSER_EXPOSURE_RULES = [publicPrefixSecretRule, staticSiteSecretRule, dangerously_allow_browser/* dangerouslyAllowBrowserRule */.J, public_env_api_key/* publicEnvApiKeyRule */.C];
const BROWSER_EXPOSURE_REPOSITORY_RULES = (/* unused pure expression or super */ null && ([]));

// EXTERNAL MODULE: ./.build-emit/src/analyzers/commands/index.js + 6 modules
var commands = __webpack_require__(4023);
// EXTERNAL MODULE: ./.build-emit/src/detectors/password-policy.js
var password_policy = __webpack_require__(4637);
// EXTERNAL MODULE: ./.build-emit/src/analyzers/kubernetes/report.js
var kubernetes_report = __webpack_require__(6060);
// EXTERNAL MODULE: ./.build-emit/src/analyzers/kubernetes/secret-name.js
var secret_name = __webpack_require__(4712);
// EXTERNAL MODULE: ./.build-emit/src/analyzers/kubernetes/yaml-view.js
var yaml_view = __webpack_require__(8615);
;// CONCATENATED MODULE: ./.build-emit/src/analyzers/containers/meta.js
const CONTAINERS_HELP = 'https://github.com/openai-secret-lint/openai-secret-lint/blob/main/docs/rules/containers.md';

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/containers/compose-environment.js







const REMEDIATION = (name) => `Do not write the value in the Compose file: pass it through from the environment (\`${name}: \${${name}:?}\`, values from an ignored .env file or the CI secret store), or use Compose \`secrets:\` mounted as files (\`${name}_FILE: /run/secrets/...\`).`;
/** A secret-like service `environment:` entry (or build arg) with a literal value, map or list form. */
const composeEnvironmentRule = {
    meta: {
        id: 'compose-literal-secret',
        category: 'unsafe-injection',
        severity: 'high',
        description: 'A Docker Compose service gets a secret-like environment variable or build argument as a literal value written in the Compose file. High by default; medium for a guessable password (a well-known or image default such as `postgres`, `root`, `minio123`, lower-case words with at most a short number, a counting run or stand-in words, also base64-encoded); low for an access key id (`*_ACCESS_KEY_ID`, `accessKey`, `AKIA\u2026`) or an upload-only token (`CODECOV_TOKEN`). Placeholders are not reported.',
        helpUri: CONTAINERS_HELP,
    },
    appliesTo: (file) => file.kind === 'compose',
    check(file, context) {
        const findings = [];
        for (const doc of file.yaml().documents) {
            if (doc.errors.length > 0 || !(0,library/* isMap */.jh)(doc.contents))
                continue;
            const view = new yaml_view/* YamlView */.n(doc);
            for (const service of view.entries(view.get(doc.contents, 'services'))) {
                const servicePath = (0,yaml_view/* joinPath */.u)('services', service.key);
                const blocks = [
                    { node: view.get(service.value, 'environment'), path: (0,yaml_view/* joinPath */.u)(servicePath, 'environment'), what: 'environment variable' },
                    { node: view.get(view.get(service.value, 'build'), 'args'), path: (0,yaml_view/* joinPath */.u)((0,yaml_view/* joinPath */.u)(servicePath, 'build'), 'args'), what: 'build argument' },
                ];
                for (const block of blocks) {
                    const report = (name, value, at, node, yamlPath) => {
                        if (!(0,secret_name/* isSecretLikeKey */.V)(name, context.settings))
                            return;
                        const verdict = (0,password_policy/* judgeLiteral */.zC)(name, value);
                        if (!verdict)
                            return;
                        const details = {
                            ...(verdict.severity !== 'high' ? { severity: verdict.severity } : {}),
                            message: `Service "${service.key}" gets the ${block.what} ${name} as a literal value.${verdict.note}`,
                            remediation: REMEDIATION(name),
                            secret: value,
                            yamlPath,
                        };
                        findings.push(at ? (0,kubernetes_report/* findingAt */.d)(this.meta, file, at.start, at.end, details) : (0,kubernetes_report/* findingOnNode */.$)(this.meta, file, node, details));
                    };
                    for (const entry of view.entries(block.node)) {
                        const value = view.text(entry.value);
                        if (value !== null && entry.value)
                            report(entry.key, value, null, entry.value, (0,yaml_view/* joinPath */.u)(block.path, entry.key));
                    }
                    view.items(block.node).forEach((item, i) => {
                        const text = view.text(item);
                        if (!(0,library/* isScalar */.jn)(item) || text === null)
                            return;
                        const eq = text.indexOf('=');
                        if (eq <= 0)
                            return;
                        const value = text.slice(eq + 1);
                        report(text.slice(0, eq).trim(), value, (0,locate/* locateInScalar */.cj)(file.text, item, eq + 1, text.length), item, (0,yaml_view/* joinPath */.u)(block.path, i));
                    });
                }
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/containers/dockerfile-instructions.js
/**
 * Splits a Dockerfile into instructions: comments and blank lines skipped, `\` continuations (or
 * the escape character set by `# escape=`) joined, with offsets kept so findings are exact.
 */
function instructions(text) {
    const escape = /^#\s*escape\s*=\s*`/im.test(text.slice(0, 200)) ? '`' : '\\';
    const out = [];
    let current = null;
    let pos = 0;
    for (const raw of text.split('\n')) {
        const start = pos;
        pos += raw.length + 1;
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (current === null && (/^\s*#/.test(line) || line.trim() === ''))
            continue;
        if (current !== null && /^\s*#/.test(line))
            continue; // comments inside a continuation
        current ??= { chars: [], offsets: [] };
        const continued = line.trimEnd().endsWith(escape);
        const body = continued ? line.slice(0, line.lastIndexOf(escape)) : line;
        for (let i = 0; i < body.length; i++) {
            current.chars.push(body[i]);
            current.offsets.push(start + i);
        }
        if (continued)
            continue;
        const joined = current.chars.join('');
        const match = /^\s*([A-Za-z]+)\s+/.exec(joined);
        if (match)
            out.push({ keyword: match[1].toUpperCase(), args: joined.slice(match[0].length), offsets: current.offsets.slice(match[0].length) });
        current = null;
    }
    return out;
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/containers/dockerfile-env-arg.js





// A name starts where a run of name characters starts (the lookbehind): from inside a long run
// with no `=` the scan would otherwise start again at every character (quadratic).
const PAIR = /(?<![A-Za-z0-9_.-])([A-Za-z_][A-Za-z0-9_.-]*)=("(?:[^"\\]|\\.)*"|'[^']*'|(?:[^\s"'\\]|\\.)+)/g;
/** `ENV NAME=literal` and `ARG NAME=literal` for secret-like names: baked into image layers and history. */
const dockerfileEnvArgRule = {
    meta: {
        id: 'dockerfile-literal-secret',
        category: 'unsafe-injection',
        severity: 'high',
        description: 'A Dockerfile ENV or ARG gives a secret-like name a literal value, which is committed and stays readable in the image layers and history.',
        helpUri: CONTAINERS_HELP,
    },
    appliesTo: (file) => file.kind === 'dockerfile',
    check(file, context) {
        const findings = [];
        for (const instruction of instructions(file.text)) {
            if (instruction.keyword !== 'ENV' && instruction.keyword !== 'ARG')
                continue;
            const pairs = [];
            // The value runs from its first to its last non-blank character (a lazy `.+?\s*$` rescanned the trailing blanks at every step).
            const legacy = /^([A-Za-z_][A-Za-z0-9_.-]*)\s+(?!\S*=)(\S(?:.*\S)?)\s*$/.exec(instruction.args);
            if (instruction.keyword === 'ENV' && legacy) {
                // `ENV NAME value with spaces` (the old form: one variable, the rest of the line).
                pairs.push({ name: legacy[1], value: legacy[2], start: instruction.args.indexOf(legacy[2], legacy[1].length) });
            }
            else {
                for (const m of instruction.args.matchAll(PAIR)) {
                    const quoted = /^(["'])(.*)\1$/s.exec(m[2]);
                    pairs.push({ name: m[1], value: quoted ? quoted[2] : m[2], start: m.index + m[1].length + 1 + (quoted ? 1 : 0) });
                }
            }
            for (const pair of pairs) {
                if (!(0,secret_name/* isSecretLikeKey */.V)(pair.name, context.settings) || !(0,secret_names/* isLiteralSecretValue */.R4)(pair.value))
                    continue;
                const start = instruction.offsets[pair.start];
                const end = instruction.offsets[pair.start + pair.value.length - 1] + 1;
                const arg = instruction.keyword === 'ARG';
                findings.push((0,kubernetes_report/* findingAt */.d)(this.meta, file, start, end, {
                    message: `${instruction.keyword} ${pair.name} has a literal ${arg ? 'default' : 'value'} in the Dockerfile.`,
                    remediation: `Remove the value: use a BuildKit secret for build time (\`RUN --mount=type=secret,id=${pair.name.toLowerCase()} ...\`, \`docker build --secret id=${pair.name.toLowerCase()},env=${pair.name}\`) and pass runtime secrets when the container starts (orchestrator secrets, \`docker run -e ${pair.name}\`). ${arg ? 'ARG values are recorded in the image history.' : 'ENV values are stored in the image configuration.'}`,
                    secret: pair.value,
                }));
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/containers/index.js


/** The Compose and Dockerfile rules, one file each, in a flat list. */
const CONTAINER_RULES = [composeEnvironmentRule, dockerfileEnvArgRule];
const CONTAINER_REPOSITORY_RULES = (/* unused pure expression or super */ null && ([]));

// EXTERNAL MODULE: ./.build-emit/src/analyzers/env-files/index.js + 9 modules
var env_files = __webpack_require__(9751);
// EXTERNAL MODULE: ./.build-emit/src/analyzers/github-actions/report.js
var github_actions_report = __webpack_require__(8435);
// EXTERNAL MODULE: ./.build-emit/src/analyzers/github-actions/model.js
var github_actions_model = __webpack_require__(1896);
;// CONCATENATED MODULE: ./.build-emit/src/analyzers/github-actions/expression-scan.js





const cache = new WeakMap();
function expressionsInFile(file) {
    const out = [];
    for (const model of (0,github_actions_model/* workflowModels */.MW)(file)) {
        let found = cache.get(model);
        if (!found) {
            found = [];
            const seen = new Set();
            (0,walk/* walkValues */.QC)(model.document, ({ node, path }) => {
                // A scalar reached again through an alias is written once: report it once.
                if (!(0,library/* isScalar */.jn)(node) || typeof node.value !== 'string' || !node.value.includes('${{') || seen.has(node))
                    return;
                seen.add(node);
                found.push({ node, path, expressions: analyzeValue(node.value) });
            }, { budget: model.budget });
            cache.set(model, found);
        }
        for (const item of found)
            out.push(item);
    }
    return out;
}
/**
 * One finding per `secrets` context reference that `describe` picks, over every expression of
 * the file: the loop the expression rules share. `written` is the scalar's text.
 */
function secretRefFindings(file, meta, describe) {
    const findings = [];
    for (const { node, path, expressions } of expressionsInFile(file)) {
        for (const expr of expressions) {
            for (const ref of expr.refs) {
                if (ref.context !== 'secrets')
                    continue;
                const found = describe(ref, expr, node.value);
                if (found)
                    findings.push((0,github_actions_report/* findingAt */.dz)(file, meta, node, path, found.text, found.start, found.end));
            }
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/github-actions/all-secrets.js



const meta = {
    id: 'gha-all-secrets',
    category: 'secret-exposure',
    severity: 'high',
    description: 'toJSON(secrets), a bare secrets context or a computed secrets[...] index exposes every secret to the step instead of the one it needs.',
    helpUri: `${github_actions_report/* HELP_BASE */.i1}#gha-all-secrets`,
};
const allSecretsRule = {
    meta,
    appliesTo: github_actions_model/* appliesToWorkflowOrAction */.io,
    check(file) {
        return secretRefFindings(file, meta, (ref, expr, written) => {
            if (ref.inDefault)
                return null;
            const whole = ref.path.length === 0;
            const computed = ref.path[0] === null;
            if (!whole && !computed)
                return null;
            return {
                text: {
                    severity: whole ? 'high' : 'medium',
                    message: whole
                        ? `\`${written.slice(expr.start, expr.end)}\` gives the whole secrets context, every repository and organization secret, to this step.`
                        : `\`${written.slice(expr.start, expr.end)}\` selects a secret by a computed name, so GitHub makes every secret available to the job.`,
                    remediation: 'Reference only the secrets the step needs, by name: `NAME: ${{ secrets.NAME }}`.',
                    seed: written.slice(ref.start, ref.end),
                },
                start: expr.start,
                end: expr.end,
            };
        });
    },
};

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/github-actions/debug-logging.js
/**
 * secret-exposure: ACTIONS_STEP_DEBUG / ACTIONS_RUNNER_DEBUG set true in the file turns on debug
 * logging for every run, which writes inputs, environment and expression values to the log.
 */



const debug_logging_meta = {
    id: 'gha-debug-logging',
    category: 'secret-exposure',
    severity: 'medium',
    description: 'ACTIONS_STEP_DEBUG or ACTIONS_RUNNER_DEBUG is set true in the workflow, so every run logs debug output that can include secret-derived values.',
    helpUri: `${github_actions_report/* HELP_BASE */.i1}#gha-debug-logging`,
};
const DEBUG_NAMES = new Set(['ACTIONS_STEP_DEBUG', 'ACTIONS_RUNNER_DEBUG']);
const debugLoggingRule = {
    meta: debug_logging_meta,
    appliesTo: github_actions_model/* appliesToWorkflowOrAction */.io,
    check(file) {
        const findings = [];
        for (const model of (0,github_actions_model/* workflowModels */.MW)(file)) {
            const entries = [...model.env];
            for (const job of model.jobs) {
                for (const list of [job.env, job.containerValues, ...job.steps.map((s) => s.env)])
                    for (const entry of list)
                        entries.push(entry);
            }
            for (const entry of entries) {
                if (!DEBUG_NAMES.has(entry.name.toUpperCase()) || !entry.value || !(0,library/* isScalar */.jn)(entry.value))
                    continue;
                if (!/^(true|1)$/i.test(String(entry.value.value).trim()))
                    continue;
                findings.push((0,github_actions_report/* findingAt */.dz)(file, debug_logging_meta, entry.value, entry.path, {
                    message: `\`${entry.name}: true\` turns on debug logging for every run of this workflow.`,
                    remediation: 'Remove it; to debug one run, use "Re-run jobs" with "Enable debug logging", or set the ACTIONS_STEP_DEBUG secret or variable temporarily.',
                    seed: entry.name,
                }));
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/github-actions/fromjson-secret.js



const fromjson_secret_meta = {
    id: 'gha-fromjson-secret-field',
    category: 'secret-exposure',
    severity: 'high',
    description: 'A field read with fromJSON() from a JSON secret is not masked in logs.',
    helpUri: `${github_actions_report/* HELP_BASE */.i1}#gha-fromjson-secret-field`,
};
const fromJsonSecretRule = {
    meta: fromjson_secret_meta,
    appliesTo: github_actions_model/* appliesToWorkflowOrAction */.io,
    check(file) {
        return secretRefFindings(file, fromjson_secret_meta, (ref) => {
            if (!ref.fromJsonPath || ref.fromJsonPath.length === 0)
                return null;
            const secret = typeof ref.path[0] === 'string' ? ref.path[0] : 'NAME';
            const field = ref.fromJsonPath.map((p) => p ?? '*').join('.');
            return {
                text: {
                    message: `Field \`${field}\` of JSON secret \`${secret}\` is read with fromJSON(): the runner masks the whole secret, not its fields, so this value is logged in clear.`,
                    remediation: `Store the field as its own secret and reference it directly (\`\${{ secrets.${secret}_${field.replace(/\W/g, '_').toUpperCase()} }}\`), or mask it first with \`echo "::add-mask::$VALUE"\`.`,
                    seed: `${secret}\0${field}`,
                },
                start: ref.start,
                end: ref.end,
            };
        });
    },
};

// EXTERNAL MODULE: ./.build-emit/src/detectors/generic.js
var generic = __webpack_require__(4330);
// EXTERNAL MODULE: ./.build-emit/src/analyzers/github-actions/literal-policy.js
var literal_policy = __webpack_require__(9285);
;// CONCATENATED MODULE: ./.build-emit/src/analyzers/github-actions/literal-secret.js
/**
 * unsafe-injection: a secret-like name given a literal value in the file (workflow, job, step,
 * container and service env, step `with:`, container credentials, reusable-workflow `secrets:`
 * and `with:`, input defaults). Anyone who can read the repository can read it, and the runner
 * does not mask it in logs.
 */







const literal_secret_meta = {
    id: 'gha-literal-secret',
    category: 'unsafe-injection',
    severity: 'high',
    description: "A secret-like variable, input or credential is given a literal value in a workflow or action file instead of a ${{ secrets.NAME }} reference. " +
        'Also a secret-like name assigned an issued-looking literal inside a `run:` script (`NAME=value`, `export NAME=value`, `${NAME:-value}`, here-document lines). ' +
        'Severity: high; medium for a weak literal (a counting run or stand-in words; lower-case words too under `PGPASSWORD`, `MYSQL_PWD`, `REDISCLI_AUTH`, which are reported whatever they look like) and for a Codecov upload token (it only uploads reports); ' +
        "low for the throwaway password of a CI service container (`services.*.env`, and the job or step env a job with services connects with: the same value, or a database client variable), whatever the value's case, " +
        "for the app's own secret (`SECRET_KEY`, `JWT_SECRET`, `SESSION_SECRET`, `APP_SECRET`, `ENCRYPTION_KEY`\u2026; not a third party's key) or a database password in the env of a test run (a test mode such as `NODE_ENV: test` or `RAILS_ENV: test`, a database on the runner, or a job with service containers, a test-suite command or a test name), whatever the value's case, unless a provider detector recognises the value, " +
        'for an access key id (`*_ACCESS_KEY_ID`, `*_KEY_ID`, `AKIA\u2026`: an identifier; the secret half is what grants access), ' +
        'and for a Firebase web API key (an `AIza\u2026` key under a `*FIREBASE*` name: public by design, it ships in every client of the app). ' +
        "Not reported: the name of an env variable where the action takes one (actions/setup-java `server-username`, `server-password`, `gpg-passphrase`) or an identifier naming a variable the workflow sets, and a value that a comment on its line or the line above calls a placeholder. " +
        'A workflow the YAML parser rejects (duplicate keys are accepted, as GitHub accepts them) gets a `workflow-not-analyzed` warning: only its text was checked.',
    helpUri: `${github_actions_report/* HELP_BASE */.i1}#gha-literal-secret`,
};
const literalSecretRule = {
    meta: literal_secret_meta,
    appliesTo: github_actions_model/* appliesToWorkflowOrAction */.io,
    check(file, context) {
        const names = context.settings.secretNames;
        const findings = [];
        notAnalyzed(file, context);
        for (const model of (0,github_actions_model/* workflowModels */.MW)(file)) {
            for (const { entry, job, step } of entriesOf(model)) {
                const literal = literalSecretOf(file, entry, names, { model, job, step });
                if (!literal)
                    continue;
                // Report the value without surrounding whitespace (block scalars end with a newline).
                const start = literal.raw.length - literal.raw.trimStart().length;
                const end = literal.raw.trimEnd().length;
                const text = advice(entry, step);
                const policy = (0,literal_policy/* severityPolicy */._e)(literal.kind);
                if (policy) {
                    text.message += ` ${policy.note.replace('{reason}', literal.reason ?? 'a test job')}`;
                    text.severity = policy.severity;
                    if (policy.remediation)
                        text.remediation = policy.remediation;
                }
                else if (literal.weak) {
                    text.message += ` The value looks like a test or default one (${secret_names/* WEAK_NOTE */.ki}), so it is reported at medium.`;
                    text.severity = 'medium';
                }
                findings.push((0,github_actions_report/* findingAt */.dz)(file, literal_secret_meta, entry.value, entry.path, { ...text, secret: literal.raw.trim() }, start, end));
            }
            for (const job of model.jobs) {
                for (const step of job.steps) {
                    for (const found of scriptLiterals(file, step, names)) {
                        // The app's own secrets in a test job's script: the test-run policy, left to the text rule.
                        if ((0,literal_policy/* isAppSecretName */.ZX)(found.name) && (0,literal_policy/* testJobContext */.Dq)({ model, job, step }))
                            continue;
                        const where = model.kind === 'action' ? 'a step of the action' : `a run step of job ${job.id}`;
                        findings.push((0,github_actions_report/* findingAt */.dz)(file, literal_secret_meta, step.run, [...step.path, 'run'], {
                            message: `\`${found.name}\` is assigned a literal value in ${where}: it is readable by anyone with access to the repository and not masked in logs.`,
                            remediation: `Store the value as a repository or environment secret named ${(0,github_actions_report/* secretNameFor */.zl)(found.name)}, pass it through the step's env (\`env: ${(0,github_actions_report/* secretNameFor */.zl)(found.name)}: \${{ secrets.${(0,github_actions_report/* secretNameFor */.zl)(found.name)} }}\`) and drop the assignment${found.fallback ? ' and its default' : ''}; rotate the exposed value.`,
                            secret: found.value,
                        }, found.start, found.end));
                    }
                }
            }
        }
        return findings;
    },
};
/**
 * The literal secret an entry holds, as this rule reports it, or null; `weak` when the value is
 * a counting run or stand-in words (`abcd1234`, `sk-lf-1234567890`, `some-password`): a test
 * service's password or a documented default, reported at medium. Shared with
 * gha-secret-from-untrusted-source, so that a literal and the places that read it through
 * `env.X` make one finding, not several.
 */
function literalSecretOf(file, entry, names, where) {
    // Everything passed under a reusable workflow's `secrets:` is a secret by declaration.
    const secretLike = entry.scope === 'job-secrets' || (0,secret_names/* isSecretLikeName */.RW)(entry.name, names);
    if (!secretLike || !entry.value || !(0,library/* isScalar */.jn)(entry.value))
        return null;
    const value = (0,github_actions_report/* locatorFor */.qe)(file, entry.value).value;
    if (findExpressions(value).length > 0 || isStructuredConfig(value))
        return null;
    // Registry credentials always belong to a real account: no excuse of weakness for them.
    if (entry.scope === 'credentials')
        return (0,secret_names/* isWrittenValue */.xI)(value) ? { raw: value, weak: false, kind: 'secret' } : null;
    // An input that takes the name of an env variable (setup-java's `server-password`), or any
    // identifier naming an env variable the workflow sets: a reference, not a value.
    if (where && (0,literal_policy/* envNameInput */.N4)(entry, where))
        return null;
    if ((0,literal_policy/* placeholderComment */.lV)(file, entry) || (0,literal_policy/* isShellFragment */.fj)(value))
        return null;
    // Test services' passwords (and the job env the tests connect with): one policy whatever the
    // value's case, `root` like `Sequelize1!` (see literal-policy.ts).
    if (where?.job && (0,literal_policy/* serviceCredential */.vV)(file, entry, where.job)) {
        return (0,secret_names/* isWrittenValue */.xI)(value) ? { raw: value, weak: false, kind: 'service-password' } : null;
    }
    // The app's own secrets and database passwords of a test run: the same policy, any case,
    // unless a provider detector knows the value (a real key stays a secret wherever it sits).
    if (where && ((0,literal_policy/* isAppSecretName */.ZX)(entry.name) || ((0,literal_policy/* isServiceClientName */.OG)(entry.name) && /(PASSWORD|PASSWD|PASS|PWD)$/.test((0,secret_names/* normalizeName */.Pc)(entry.name))))) {
        const reason = (0,literal_policy/* testContextOf */.rP)(entry, where);
        if (reason && !(0,literal_policy/* isProviderKey */.VJ)(entry.name, value))
            return (0,secret_names/* isWrittenValue */.xI)(value) ? { raw: value, weak: false, kind: 'test-secret', reason } : null;
    }
    if (!(0,secret_names/* isLiteralSecretValue */.R4)(value))
        return null;
    // Lowercase words (`hello world`, `github-actions` selecting a provider) are test data, not
    // secrets; but the variables database clients read their password from hold one whatever it looks like.
    const clientPassword = DB_CLIENT_PASSWORD.test((0,secret_names/* normalizeName */.Pc)(entry.name));
    if ((0,secret_names/* isLowercaseWords */.nQ)(value) && !clientPassword)
        return null;
    const kind = classOf(entry, value, where?.step ?? null);
    return { raw: value, weak: (0,secret_names/* isWeakLiteral */.Yn)(value) || (0,secret_names/* isLowercaseWords */.nQ)(value), kind };
}
/** The env variables database clients read their password from (`PGPASSWORD=... psql`). */
const DB_CLIENT_PASSWORD = /^(PGPASSWORD|MYSQL_PWD|REDISCLI_AUTH)$/;
/**
 * `NAME=value`, `export NAME="value"`, `${NAME:-value}` in a shell `run:` script (here-documents
 * included: an env file written by the step): a secret-like name given a value that looks issued
 * (random key material, as the generic rule judges it), not a word, reference or placeholder.
 */
const SCRIPT_ASSIGNMENT = /(?:^|[\s;&|({])(?:(?:export|local|readonly|declare(?:\s+-\w+)?)\s+)?([A-Za-z_][A-Za-z0-9_]*)=(?:"([^"$`\\\n]*)"|'([^'\n]*)'|([^\s;&|'"`$()<>]+))/g;
const SCRIPT_FALLBACK = /\$\{([A-Za-z_][A-Za-z0-9_]*):?[-=](?:"([^"$`\\\n}]*)"|'([^'\n}]*)'|([^\s"'$`}]+))\}/g;
function scriptLiterals(file, step, names) {
    if (!step.run || typeof step.run.value !== 'string' || (step.shell !== null && /^(python|node|pwsh|powershell|cmd)/i.test(step.shell)))
        return [];
    const script = (0,github_actions_report/* locatorFor */.qe)(file, step.run).value;
    const out = [];
    for (const [re, fallback] of [[SCRIPT_ASSIGNMENT, false], [SCRIPT_FALLBACK, true]]) {
        for (const match of script.matchAll(re)) {
            const name = match[1];
            const group = match[2] !== undefined ? 2 : match[3] !== undefined ? 3 : 4;
            const value = match[group];
            if (!(0,secret_names/* isSecretLikeName */.RW)(name, names) || !(0,secret_names/* isLiteralSecretValue */.R4)(value) || !(0,generic/* isSecretValue */.w2)(value))
                continue;
            if ((0,secret_names/* isWeakLiteral */.Yn)(value) || classOf({ name, scope: 'step-env' }, value, null) !== 'secret')
                continue;
            // Offsets of the value inside the match: quoted values start after their quote.
            const end = match.index + match[0].length - (group === 4 ? 0 : 1) - (fallback ? 1 : 0);
            out.push({ name, value, start: end - value.length, end, fallback });
        }
    }
    return out.sort((a, b) => a.start - b.start);
}
/** Every name/value entry of a model with the job and step it belongs to. */
function entriesOf(model) {
    const out = [];
    for (const entry of [...model.env, ...model.inputDefaults])
        out.push({ entry, job: null, step: null });
    for (const job of model.jobs) {
        for (const entry of [...job.env, ...job.containerValues, ...job.with, ...job.secrets])
            out.push({ entry, job, step: null });
        for (const step of job.steps)
            for (const entry of [...step.env, ...step.with])
                out.push({ entry, job, step });
    }
    return out;
}
/** Upload-only tokens and key ids have their own severity (literal-policy.ts). */
function classOf(entry, value, step) {
    const name = entry.name.toUpperCase().replace(/-/g, '_');
    if (/(^|_)ACCESS_KEY_ID$|(^|_)KEY_ID$/.test(name) || /^(AKIA|ASIA)[A-Z0-9]{16}$/.test(value.trim()))
        return 'key-id';
    const codecovInput = entry.scope === 'with' && name === 'TOKEN' && /^codecov\/codecov-action@/i.test(String(step?.uses?.value ?? ''));
    if (/^CODECOV_TOKEN$/.test(name) || codecovInput)
        return 'upload-token';
    // A Firebase web config's key (`VITE_FIREBASE_API_KEY`): the same key the built site ships.
    if (/FIREBASE/.test(name) && /^AIza[0-9A-Za-z_-]{35}$/.test(value.trim()))
        return 'public-client-key';
    return 'secret';
}
/** A multi-line JSON or YAML document (a list of registries, a config block) is configuration, not one secret value. */
function isStructuredConfig(value) {
    return value.trim().includes('\n') && /^\s*[[{]/.test(value);
}
function advice(entry, step) {
    const secret = (0,github_actions_report/* secretNameFor */.zl)(entry.name);
    const ref = `\${{ secrets.${secret} }}`;
    const where = {
        'workflow-env': 'workflow env',
        'job-env': 'job env',
        'step-env': 'step env',
        'container-env': 'container env',
        'service-env': 'service container env',
        credentials: 'container registry credentials',
        with: 'action input',
        'job-with': 'reusable workflow input',
        'job-secrets': 'reusable workflow secret',
        'input-default': 'input default',
        'action-env': 'action env',
    };
    if (entry.scope === 'input-default') {
        return {
            message: `Input \`${entry.name}\` has a literal secret as its default value.`,
            remediation: `Remove the default and make the caller pass it from a secret: \`${entry.name}: ${ref}\`; rotate the exposed value.`,
        };
    }
    const takesEnvName = step && (0,literal_policy/* envNameInputOf */.Ul)(step, entry.name);
    if (takesEnvName) {
        // setup-java writes `${env.<value>}` into settings.xml: the input wants a variable's name.
        const variable = (0,github_actions_report/* secretNameFor */.zl)(entry.name === 'server-username' ? 'MAVEN_USERNAME' : entry.name === 'gpg-passphrase' ? 'MAVEN_GPG_PASSPHRASE' : 'MAVEN_PASSWORD');
        return {
            message: `\`${entry.name}\` (${takesEnvName} input) takes the name of an environment variable, but is given a literal value: it is readable by anyone with access to the repository.`,
            remediation: `Set the variable from a secret on the step that needs it (\`env: ${variable}: \${{ secrets.${variable} }}\`) and write \`${entry.name}: ${variable}\` (the variable's name); rotate the exposed value.`,
        };
    }
    if (entry.scope === 'job-with') {
        return {
            message: `Reusable workflow input \`${entry.name}\` is given a literal secret value.`,
            remediation: `Declare it under \`on.workflow_call.secrets\` in the called workflow and pass it as \`secrets: { ${entry.name}: ${ref} }\`; rotate the exposed value.`,
        };
    }
    return {
        message: `\`${entry.name}\` (${where[entry.scope]}) is set to a literal value: it is readable by anyone with access to the repository and not masked in logs.`,
        remediation: `Store the value as a repository or environment secret named ${secret} and write \`${entry.name}: ${ref}\`; rotate the exposed value.`,
    };
}
/**
 * A document the YAML library rejects even parsed leniently (duplicate keys and the like are
 * accepted, as GitHub accepts them): every structural rule skips it, so the report says so at
 * warning level rather than leaving the file silently clean. One rule says it for the file.
 */
function notAnalyzed(file, context) {
    const yaml = file.yaml();
    const broken = yaml.documents.filter((d) => d.errors.length > 0);
    if (broken.length === 0 && (yaml.ok || yaml.documents.length > 0))
        return;
    const first = broken[0]?.errors[0];
    const where = first ? yaml.lineCounter.linePos(first.pos[0]) : null;
    const what = file.kind === 'action' ? 'action metadata' : 'workflow';
    context.diagnostic({
        file: file.path,
        level: 'warning',
        code: 'workflow-not-analyzed',
        message: `this ${what} could not be parsed as YAML${where ? ` (line ${where.line}, column ${where.col}${first ? `: ${first.code}` : ''})` : ''}: ${broken.length > 0 && broken.length < yaml.documents.length ? 'that document was' : 'it was'} checked as text only, not by the GitHub Actions rules`,
    });
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/github-actions/script.js




/** Env names whose value reads the secrets context (or github.token), with the secret's name. */
function secretFedEnv(model, job, step) {
    const fed = new Map();
    for (const [name, entry] of (0,github_actions_model/* effectiveEnv */.py)(model, job, step)) {
        if (!entry.value || !(0,library/* isScalar */.jn)(entry.value))
            continue;
        const secret = secretRead(String(entry.value.value ?? ''));
        if (secret)
            fed.set(name, secret);
    }
    return fed;
}
/** The first secret a value reads (`secrets.X` -> `X`, `github.token` -> `GITHUB_TOKEN`), or null. */
function secretRead(value) {
    if (!value.includes('${{'))
        return null;
    for (const expr of analyzeValue(value)) {
        for (const ref of expr.refs) {
            if (!ref.valueFlows)
                continue;
            if (ref.context === 'secrets')
                return typeof ref.path[0] === 'string' ? ref.path[0] : 'secrets';
            if (ref.context === 'github' && ref.path[0] === 'token')
                return 'GITHUB_TOKEN';
        }
    }
    return null;
}
// Printing commands, also after shell keywords that start a command (`then echo ...`, `do printf ...`).
const SHELL_PRINT = /^(?:(?:sudo|then|do|else|elif|time|!|\{)\s+)*(echo|printf|Write-Host|Write-Output|Write-Information|cat|puts|printenv)\b/i;
/** Filters whose output is the secret in another form: masking hides exact matches only. */
const TRANSFORM = /^\s*(base64|xxd|od|hexdump|rev|tr|sed|awk|cut|fold|basenc|openssl\s+base64)\b/;
const CALL_PRINT = /\b(console\.(?:log|info|error|warn)|print|puts|Write-Host)\s*\(/g;
// `-(?=[a-zA-Z]*x)[a-zA-Z]+`, not `-[a-zA-Z]*x[a-zA-Z]*`: the same flags, without a backtrack
// that is quadratic in a long run of letters (`set -xxxx...`).
const TRACE = /(?:^|[\s;&|(])(set\s+(?:-(?=[a-zA-Z]*x)[a-zA-Z]+|-o\s+xtrace)|(?:bash|sh|zsh)\s+-(?=[a-zA-Z]*x)[a-zA-Z]+)(?=\s|$|;)/g;
const UNTRACE = /(?:^|[\s;&|(])(set\s+(?:\+(?=[a-zA-Z]*x)[a-zA-Z]+|\+o\s+xtrace))(?=\s|$|;)/g;
const HEREDOC = /<<-?\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1/;
/**
 * An env variable read in shell, PowerShell, cmd, Node, Python or Ruby, any name: the name is then
 * looked up among the step's secret-fed variables. One pass over the script whatever their number
 * (an alternation of the names cost every character of the script times the names).
 */
const ENV_READ = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?=[:%#/}-])|\$(?:env:)?([A-Za-z_][A-Za-z0-9_]*)|%([^%\r\n]+)%|process\.env(?:\.([A-Za-z_$][\w$]*)|\[\s*['"]([^'"\r\n]+)['"]\s*\])|os\.(?:environ(?:\.get)?|getenv)\s*[[(]\s*['"]([^'"\r\n]+)['"]\s*[\])]|ENV\[\s*['"]([^'"\r\n]+)['"]\s*\]/gi;
function analyzeRun(file, model, job, step) {
    if (!step.run)
        return null;
    const run = step.run;
    const value = (0,github_actions_report/* locatorFor */.qe)(file, run).value;
    const secretEnv = secretFedEnv(model, job, step);
    const uses = [];
    const traces = [];
    const refs = secretReferences(value, secretEnv);
    let heredoc = null;
    let lineStart = 0;
    const lines = value.split('\n');
    const groups = groupRedirects(lines);
    // `refs` are sorted by start: each line (and each segment) takes the next run of them, so a
    // long script costs its length, not its lines times its references.
    let nextRef = 0;
    for (const [lineNo, rawLine] of lines.entries()) {
        const line = rawLine.replace(/\r$/, '');
        const lineEnd = lineStart + line.length;
        while (nextRef < refs.length && refs[nextRef].start < lineStart)
            nextRef++;
        const firstInLine = nextRef;
        while (nextRef < refs.length && refs[nextRef].start < lineEnd)
            nextRef++;
        const inLine = refs.slice(firstInLine, nextRef);
        if (heredoc) {
            if (line.trim() === heredoc.delimiter)
                heredoc = null;
            else
                for (const ref of inLine)
                    uses.push({ ...ref, sink: heredoc.sink, ...(heredoc.target ? { target: heredoc.target } : {}) });
            lineStart = lineEnd + 1 + (rawLine.length - line.length);
            continue;
        }
        const segments = splitSegments(line);
        const commentAt = segments[segments.length - 1].end; // line.length when there is no comment
        for (const match of line.matchAll(TRACE)) {
            const text = match[1];
            const at = lineStart + match.index + match[0].indexOf(text);
            if (at - lineStart < commentAt)
                traces.push({ start: at, end: at + text.length, text, kind: text.startsWith('set') ? 'set' : 'command', lineEnd });
        }
        for (const match of line.matchAll(UNTRACE)) {
            const text = match[1];
            const at = lineStart + match.index + match[0].indexOf(text);
            if (at - lineStart < commentAt)
                traces.push({ start: at, end: at + text.length, text, kind: 'off', lineEnd });
        }
        const placed = new Set();
        const closing = closingParens(line);
        let nextHere = 0;
        for (let i = 0; i < segments.length; i++) {
            const segment = segments[i];
            const text = line.slice(segment.start, segment.end);
            const absStart = lineStart + segment.start;
            const absEnd = lineStart + segment.end;
            while (nextHere < inLine.length && inLine[nextHere].start < absStart)
                nextHere++;
            const firstHere = nextHere;
            while (nextHere < inLine.length && inLine[nextHere].start < absEnd)
                nextHere++;
            const here = inLine.slice(firstHere, nextHere);
            const redirect = redirectTarget(text);
            const piped = segment.sep === '|';
            const next = segments[i + 1] ? line.slice(segments[i + 1].start, segments[i + 1].end) : '';
            // `| tee` both prints and writes; `| Out-File` / `Add-Content` only write.
            const nextTee = piped && /^\s*tee\b/.test(next);
            const nextWriter = piped && /^\s*(tee|Out-File|Add-Content|Set-Content)\b/i.test(next);
            const teeTarget = nextWriter ? githubFileIn(next) : undefined;
            const shellPrint = SHELL_PRINT.exec(text.trimStart());
            const verb = shellPrint?.[1].toLowerCase();
            let sink = 'none';
            let target;
            if (redirect?.kind === 'github') {
                sink = 'github-env';
                target = redirect.target;
            }
            else if (teeTarget) {
                sink = 'github-env';
                target = teeTarget;
            }
            else if (verb) {
                const group = groups.get(lineNo);
                if (redirect?.kind === 'file')
                    sink = 'file';
                else if (piped && !nextTee && !transformsToLog(segments, i, line))
                    sink = 'pipe';
                else if (group) {
                    sink = group.sink;
                    target = group.target;
                }
                else
                    sink = 'log';
            }
            // `cat` prints its files, not its arguments: only a here-string or here-document carries values.
            if (verb === 'cat' && sink !== 'github-env' && !text.includes('<<<')) {
                const doc = HEREDOC.exec(text);
                if (doc)
                    heredoc = { delimiter: doc[2], sink };
                sink = 'none';
            }
            const opened = heredoc === null ? HEREDOC.exec(text) : null;
            if (opened && sink === 'github-env' && !text.includes('<<<')) {
                heredoc = { delimiter: opened[2], sink, ...(target ? { target } : {}) };
            }
            if (/::add-mask::/.test(text))
                sink = 'none';
            if (sink !== 'none') {
                for (const ref of here) {
                    // `echo "$(curl -H "Authorization: $TOKEN" ...)"` prints the command's output, and
                    // `echo "$(printf %s "$TOKEN" | sha256sum)"` a digest: not the secret.
                    if (sink === 'log' && hiddenInSubstitution(line, ref.start - lineStart))
                        continue;
                    uses.push({ ...ref, sink, ...(target ? { target } : {}) });
                    placed.add(ref);
                }
            }
            // Function-style printing anywhere in the segment: console.log(process.env.X), print(os.environ["X"]).
            // A reference inside any call's parentheses is printed: one sweep over the calls (in order
            // of their opening) and the references (in order), not every call against every reference.
            if (here.length > 0) {
                let reach = -1; // the furthest closing parenthesis of the calls opened so far
                const calls = text.matchAll(CALL_PRINT);
                let call = calls.next();
                for (const ref of here) {
                    const rel = ref.start - lineStart;
                    while (!call.done && segment.start + call.value.index + call.value[0].length <= rel) {
                        const open = segment.start + call.value.index + call.value[0].length;
                        reach = Math.max(reach, closing.get(open - 1) ?? line.length);
                        call = calls.next();
                    }
                    if (rel < reach && !placed.has(ref)) {
                        uses.push({ ...ref, sink: 'log' });
                        placed.add(ref);
                    }
                }
            }
        }
        // Every other use still counts (for the interpolation rule).
        for (const ref of inLine)
            if (!placed.has(ref) && ref.interpolated)
                uses.push({ ...ref, sink: 'none' });
        lineStart = lineEnd + 1 + (rawLine.length - line.length);
    }
    traces.sort((a, b) => a.start - b.start);
    return { run, uses: dedupe(uses), traces, secretEnv, refs };
}
/**
 * Output of a `{ ...; }` or `( ... )` group spread over lines goes where the closing line sends it:
 * `} >> "$GITHUB_ENV"`, `) > file`, `} | cmd`.
 */
function groupRedirects(lines) {
    // First the groups and where their output goes (known at the closing line), then one sweep:
    // a line takes the innermost group around it that redirects (nested groups cost no rescans).
    const opens = new Map();
    const open = [];
    for (const [i, line] of lines.entries()) {
        const trimmed = line.trim();
        if (trimmed === '{' || trimmed === '(') {
            open.push(i);
            continue;
        }
        if (open.length === 0 || !/^[})]/.test(trimmed))
            continue;
        const start = open.pop();
        const rest = trimmed.slice(1);
        const redirect = redirectTarget(rest);
        let group = null;
        if (redirect?.kind === 'github')
            group = { sink: 'github-env', target: redirect.target };
        else if (redirect?.kind === 'file')
            group = { sink: 'file' };
        else if (/^\s*\|(?!\|)/.test(rest))
            group = { sink: 'pipe' };
        if (group)
            opens.set(start, { close: i, group });
    }
    const result = new Map();
    const active = [];
    for (let i = 0; i < lines.length; i++) {
        while (active.length > 0 && active[active.length - 1].close <= i)
            active.pop();
        if (active.length > 0)
            result.set(i, active[active.length - 1].group);
        const opened = opens.get(i);
        if (opened)
            active.push(opened);
    }
    return result;
}
function dedupe(uses) {
    const seen = new Set();
    return uses.filter((u) => {
        const key = `${u.start}:${u.sink}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** Secret reads in a script: `${{ secrets.X }}` expressions, and env variables fed by secrets. */
function secretReferences(value, secretEnv) {
    const refs = [];
    for (const expr of analyzeValue(value)) {
        for (const ref of expr.refs) {
            if (!ref.valueFlows)
                continue;
            let secret = null;
            if (ref.context === 'secrets')
                secret = typeof ref.path[0] === 'string' ? ref.path[0] : 'secrets';
            else if (ref.context === 'github' && ref.path[0] === 'token')
                secret = 'GITHUB_TOKEN';
            else if (ref.context === 'env' && typeof ref.path[0] === 'string' && secretEnv.has(ref.path[0]))
                secret = secretEnv.get(ref.path[0]);
            if (!secret)
                continue;
            refs.push({ start: expr.start, end: expr.end, text: value.slice(expr.start, expr.end), secret, interpolated: ref.context !== 'env' });
            break;
        }
    }
    if (secretEnv.size > 0) {
        // Expression references are in order and do not overlap: a pointer finds the one a read is in.
        const expressions = [...refs];
        let inside = 0;
        const keyOf = new Map();
        for (const key of secretEnv.keys())
            if (!keyOf.has(key.toLowerCase()))
                keyOf.set(key.toLowerCase(), key);
        let close = -1; // the next `}` at or after the last place asked about (-2: none left)
        ENV_READ.lastIndex = 0;
        for (let match = ENV_READ.exec(value); match !== null; match = ENV_READ.exec(value)) {
            const name = match.slice(1).find((g) => g !== undefined);
            const key = keyOf.get(name.toLowerCase());
            let end = match.index + match[0].length;
            if (key !== undefined && match[1] !== undefined) {
                // `${NAME}` or `${NAME:-default}`, `${NAME#prefix}`...: up to the next `}`.
                if (close !== -2 && close < end)
                    close = value.indexOf('}', end);
                if (close === -1)
                    close = -2;
                end = close < 0 ? -1 : close + 1;
            }
            if (key === undefined || end < 0) {
                ENV_READ.lastIndex = match.index + 1; // not a secret's name here: look again one character on
                continue;
            }
            ENV_READ.lastIndex = end;
            while (inside < expressions.length && expressions[inside].end <= match.index)
                inside++;
            if (inside < expressions.length && expressions[inside].start <= match.index)
                continue;
            refs.push({ start: match.index, end, text: value.slice(match.index, end), secret: secretEnv.get(key), interpolated: false });
        }
    }
    return refs.sort((a, b) => a.start - b.start);
}
/** Command segments of a line split at unquoted `;`, `&&`, `||`, `|`, `&`, stopping at a comment. */
function splitSegments(line) {
    const segments = [];
    let start = 0;
    let quote = null;
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quote) {
            if (ch === '\\' && quote === '"')
                i++;
            else if (ch === quote)
                quote = null;
            continue;
        }
        if (ch === '\\') {
            i++;
            continue;
        }
        if (ch === "'" || ch === '"') {
            quote = ch;
            continue;
        }
        if (ch === '#' && (i === 0 || /\s/.test(line[i - 1]))) {
            segments.push({ start, end: i, sep: null });
            return segments;
        }
        if (ch === ';' || ch === '|' || ch === '&') {
            const two = line.slice(i, i + 2);
            // `>&2`, `2>&1`, `&>`: redirections, not separators.
            if (ch === '&' && (line[i - 1] === '>' || line[i + 1] === '>'))
                continue;
            const sep = two === '&&' || two === '||' ? two : ch;
            segments.push({ start, end: i, sep });
            i += sep.length - 1;
            start = i + 1;
        }
    }
    segments.push({ start, end: line.length, sep: null });
    return segments;
}
/** The unquoted output redirection of a segment, if any. */
function redirectTarget(segment) {
    let quote = null;
    for (let i = 0; i < segment.length; i++) {
        const ch = segment[i];
        if (quote) {
            if (ch === '\\' && quote === '"')
                i++;
            else if (ch === quote)
                quote = null;
            continue;
        }
        if (ch === "'" || ch === '"')
            quote = ch;
        else if (ch === '>' && segment[i - 1] !== '-' && segment[i - 1] !== '=') {
            const rest = segment.slice(i).replace(/^>>?\s*/, '');
            const github = githubFileIn(rest.split(/\s/)[0] ?? '');
            if (github)
                return { kind: 'github', target: github };
            if (/^(&[12]|"?\/dev\/(stderr|stdout|tty)"?)/.test(rest) || /^"?\$\{?GITHUB_STEP_SUMMARY/.test(rest))
                return { kind: 'log' };
            return { kind: 'file' };
        }
    }
    // PowerShell: Out-File / Add-Content / Set-Content to $env:GITHUB_ENV.
    if (/\b(Out-File|Add-Content|Set-Content)\b/i.test(segment)) {
        const github = githubFileIn(segment);
        if (github)
            return { kind: 'github', target: github };
    }
    return null;
}
function githubFileIn(text) {
    const match = /\$(?:\{|env:)?(GITHUB_ENV|GITHUB_OUTPUT)\b/i.exec(text);
    return match ? match[1].toUpperCase() : undefined;
}
/** One-way filters: what they print says nothing usable about their input. */
const DIGEST = /^\s*(?:(?:sha(?:1|224|256|384|512)|md5|b2)sum|shasum|cksum|wc|openssl\s+(?:dgst|sha\d*|md5))\b/;
/**
 * True when position `at` of a line is inside a command substitution `$( ... )` or `` `...` `` whose
 * output is not the value: the command there is not a print (`$(curl -H "...$TOKEN" ...)` yields
 * the response), or its pipeline goes through a digest or any other non-encoding command
 * (`$(echo -n "$T" | sha256sum)`). `$(echo "$T" | base64)` still yields the value, encoded.
 */
function hiddenInSubstitution(line, at) {
    for (const { start, end } of substitutions(line)) {
        if (at < start || at >= end)
            continue;
        const inner = line.slice(start, end);
        const segments = splitSegments(inner);
        const from = segments.findIndex((seg) => at - start >= seg.start && at - start < seg.end);
        if (from < 0)
            continue;
        const command = inner.slice(segments[from].start, segments[from].end).trimStart();
        if (!SHELL_PRINT.test(command) && !command.includes('<<<'))
            return true;
        for (let j = from; j < segments.length - 1 && segments[j].sep === '|'; j++) {
            const next = inner.slice(segments[j + 1].start, segments[j + 1].end);
            if (DIGEST.test(next) || !TRANSFORM.test(next))
                return true;
        }
    }
    return false;
}
/** The bodies (offsets into the line) of every `$( ... )` and `` `...` `` of a line, nested ones included. */
function substitutions(line) {
    const found = [];
    const closing = closingParens(line);
    for (let open = line.indexOf('$('); open !== -1; open = line.indexOf('$(', open + 2)) {
        if (line[open + 2] === '(')
            continue; // `$(( ... ))` is arithmetic
        found.push({ start: open + 2, end: closing.get(open + 1) ?? line.length });
    }
    for (let open = line.indexOf('`'); open !== -1;) {
        const close = line.indexOf('`', open + 1);
        if (close === -1)
            break;
        found.push({ start: open + 1, end: close });
        open = line.indexOf('`', close + 1);
    }
    return found;
}
/** For each `(` of a line, its matching `)` (absent when unclosed: the call runs to the line's end). */
function closingParens(line) {
    const closing = new Map();
    const open = [];
    for (let i = 0; i < line.length; i++) {
        if (line[i] === '(')
            open.push(i);
        else if (line[i] === ')' && open.length > 0)
            closing.set(open.pop(), i);
    }
    return closing;
}
/** The step's shell, from `shell:`, else `defaults.run.shell`. */
function stepShell(job, step) {
    return step.shell ?? job.shell;
}
/**
 * `echo "$TOKEN" | base64` prints an encoded secret that the runner cannot mask: a pipe into a
 * chain of transforms whose end is not redirected or piped on counts as printed.
 */
function transformsToLog(segments, index, line) {
    for (let j = index + 1; j < segments.length; j++) {
        const text = line.slice(segments[j].start, segments[j].end);
        if (!TRANSFORM.test(text))
            return false;
        const redirect = redirectTarget(text);
        if (redirect)
            return redirect.kind === 'log';
        if (segments[j].sep !== '|')
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/github-actions/runs.js




/**
 * actions/github-script runs `with.script` as JavaScript after pasting `${{ }}` values into it:
 * the same hazards as `run:` (interpolation, console.log), so it is analysed as a script too.
 */
function githubScript(step) {
    const uses = step.uses?.value;
    if (typeof uses !== 'string' || !/^actions\/github-script@/i.test(uses))
        return null;
    const script = step.with.find((w) => w.name === 'script');
    return script?.value && (0,library/* isScalar */.jn)(script.value) ? { run: script.value, path: script.path } : null;
}
const runs_cache = new WeakMap();
function runSteps(file) {
    const all = [];
    for (const model of (0,github_actions_model/* workflowModels */.MW)(file)) {
        let steps = runs_cache.get(model);
        if (!steps) {
            steps = [];
            for (const job of model.jobs) {
                for (const step of job.steps) {
                    const analysis = analyzeRun(file, model, job, step);
                    if (analysis)
                        steps.push({ model, job, step, analysis, scriptPath: [...step.path, 'run'] });
                    const script = githubScript(step);
                    const scripted = script && analyzeRun(file, model, job, { ...step, run: script.run, shell: 'node' });
                    if (script && scripted)
                        steps.push({ model, job, step, analysis: scripted, scriptPath: script.path });
                }
            }
            runs_cache.set(model, steps);
        }
        for (const step of steps)
            all.push(step);
    }
    return all;
}
/** `${{ secrets.X }}` written as `$X` in the env-based fix. */
function envFix(secret) {
    const name = secret === 'secrets' ? 'NAME' : secret;
    return `add \`env: ${name}: \${{ secrets.${name} }}\` to the step and use \`"$${name}"\` in the script`;
}
/**
 * One finding per secret use in every script of the file that `describe` picks (it returns the
 * finding's text, or null to pass): the loop the script rules share.
 */
function scriptUseFindings(file, meta, describe) {
    const findings = [];
    for (const { analysis, scriptPath } of runSteps(file)) {
        for (const use of analysis.uses) {
            const text = describe(use);
            if (text)
                findings.push((0,github_actions_report/* findingAt */.dz)(file, meta, analysis.run, scriptPath, text, use.start, use.end));
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/github-actions/secret-kind.js
/**
 * What a stored secret holds, judged by its name: teams keep flags, URLs, hosts and ids in the
 * secret store too (`SENTRY_ENABLED`, `API_URL`, `AWS_REGION`, `AWS_ACCESS_KEY_ID`). Printing,
 * tracing or interpolating those is not the leak of a credential. The name lists are shared
 * (`isSettingName` in the secret-name module).
 */

/** False when the secret's name says it holds a setting (flag, URL, host, region, user) or an identifier. */
function isCredentialSecretName(name) {
    return !(0,secret_names/* isSettingName */.s9)(name);
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/github-actions/secret-interpolated-in-run.js




const secret_interpolated_in_run_meta = {
    id: 'gha-secret-interpolated-in-run',
    category: 'secret-exposure',
    severity: 'medium',
    description: 'A secret expression is interpolated into a run: script instead of being passed through env:. ' +
        'Severity: medium. One finding per script, at its first interpolation, naming every secret it interpolates and the lines of the others. ' +
        "Secrets whose names say they hold configuration, not a credential (`*_HOST`, `*_PORT`, `*_USER`, `*_USERNAME`, `*_URL`, `*_ID`, `*_REGION`, `*_NAME`, `*_EMAIL`; webhook and database URLs and DSNs stay credentials), are not reported.",
    helpUri: `${github_actions_report/* HELP_BASE */.i1}#gha-secret-interpolated-in-run`,
};
/** Lines listed in a message before "and N more". */
const LISTED_LINES = 8;
const secretInterpolatedInRunRule = {
    meta: secret_interpolated_in_run_meta,
    appliesTo: github_actions_model/* appliesToWorkflowOrAction */.io,
    check(file) {
        const findings = [];
        for (const { analysis, scriptPath } of runSteps(file)) {
            // A use may be listed once per sink: one per place.
            const seen = new Set();
            const uses = [];
            for (const use of analysis.uses) {
                if (!use.interpolated || seen.has(use.start) || !isCredentialSecretName(use.secret))
                    continue;
                seen.add(use.start);
                uses.push(use);
            }
            if (uses.length === 0)
                continue;
            uses.sort((a, b) => a.start - b.start);
            const first = uses[0];
            const secrets = [...new Set(uses.map((u) => u.secret))];
            const locator = (0,github_actions_report/* locatorFor */.qe)(file, analysis.run);
            const lineOf = (use) => {
                const span = locator.span(use.start, use.end);
                return file.lines.range(span.start, span.end).line;
            };
            const firstLine = lineOf(first);
            const others = [...new Set(uses.slice(1).map(lineOf))].filter((l) => l !== firstLine);
            let message;
            if (uses.length === 1) {
                message = `\`${first.text}\` interpolates secret \`${first.secret}\` into the script source.`;
            }
            else {
                const names = secrets.map((s) => `\`${s}\``).join(', ');
                const what = secrets.length === 1 ? `secret ${names}` : `${secrets.length} secrets (${names})`;
                const listed = others.slice(0, LISTED_LINES).join(', ');
                const more = others.length > LISTED_LINES ? ` and ${others.length - LISTED_LINES} more` : '';
                const where = others.length === 0 ? ' (all on this line)' : `: here, and on line${others.length > 1 ? 's' : ''} ${listed}${more}`;
                message = `This script interpolates ${what} into its source ${uses.length} times${where}.`;
            }
            const fixes = secrets.length === 1 ? envFix(first.secret) : `add each to the step's \`env:\` (\`${secrets[0]}: \${{ secrets.${secrets[0]} }}\`, \u2026) and use \`"$NAME"\` in the script`;
            findings.push((0,github_actions_report/* findingAt */.dz)(file, secret_interpolated_in_run_meta, analysis.run, scriptPath, { message, remediation: `Pass ${secrets.length === 1 ? 'it' : 'them'} through env: ${fixes}.`, seed: first.text }, first.start, first.end));
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/github-actions/secret-printed.js




const secret_printed_meta = {
    id: 'gha-secret-printed',
    category: 'secret-exposure',
    severity: 'high',
    description: 'A secret is printed to the job log; masking only hides exact matches, so any transformation of the value leaks it. ' +
        'Severity: high; low when the secret\'s name says it holds a setting or an identifier (`*_ENABLED`, `*_URL`, `*_HOST`, `*_ENDPOINT`, `*_REGION`, `*_ID`, `*_USERNAME`; webhook and database URLs and DSNs stay credentials). ' +
        '`echo "$(curl -H "\u2026$TOKEN" \u2026)"` prints the command\'s output, not the token; a substitution that only encodes the secret (`$(echo "$T" | base64)`) still prints it.',
    helpUri: `${github_actions_report/* HELP_BASE */.i1}#gha-secret-printed`,
};
const secretPrintedRule = {
    meta: secret_printed_meta,
    appliesTo: github_actions_model/* appliesToWorkflowOrAction */.io,
    check(file) {
        return scriptUseFindings(file, secret_printed_meta, (use) => use.sink !== 'log'
            ? null
            : !isCredentialSecretName(use.secret)
                ? {
                    // A flag, URL or id kept in the secret store: printing it shows a setting, not a credential.
                    severity: 'low',
                    message: `\`${use.text}\` prints secret \`${use.secret}\` to the job log; by its name it holds a setting or an identifier (a flag, URL, host, region or id), not a credential, so this is reported at low.`,
                    remediation: `If \`${use.secret}\` is not confidential, keep it in a configuration variable (\`vars.${use.secret}\`); otherwise do not print it.`,
                    seed: `${use.secret}\0${use.text}`,
                }
                : {
                    message: `\`${use.text}\` prints secret \`${use.secret}\` to the job log.`,
                    remediation: `Do not print secrets. Give the value to the command that needs it through the step's env (\`${use.secret}: \${{ secrets.${use.secret} }}\`) or stdin (\`printf '%s' "$${use.secret}" | tool --password-stdin\`); mask derived values with \`echo "::add-mask::$VALUE"\`.`,
                    seed: `${use.secret}\0${use.text}`,
                });
    },
};

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/github-actions/secret-to-github-env.js



const secret_to_github_env_meta = {
    id: 'gha-secret-to-github-env',
    category: 'secret-exposure',
    severity: 'medium',
    description: 'A secret is written to $GITHUB_ENV (every later step, including third-party actions, receives it) or $GITHUB_OUTPUT (it leaves the step as a plain output).',
    helpUri: `${github_actions_report/* HELP_BASE */.i1}#gha-secret-to-github-env`,
};
const secretToGithubEnvRule = {
    meta: secret_to_github_env_meta,
    appliesTo: github_actions_model/* appliesToWorkflowOrAction */.io,
    check(file) {
        return scriptUseFindings(file, secret_to_github_env_meta, (use) => {
            if (use.sink !== 'github-env')
                return null;
            const target = use.target ?? 'GITHUB_ENV';
            return {
                message: target === 'GITHUB_ENV'
                    ? `Secret \`${use.secret}\` is written to $GITHUB_ENV: every later step of the job, including third-party actions, receives it.`
                    : `Secret \`${use.secret}\` is written to $GITHUB_OUTPUT: step and job outputs are not secret and the runner drops or exposes them.`,
                remediation: `Reference the secret where it is needed instead: \`env: ${use.secret}: \${{ secrets.${use.secret} }}\` on each step that uses it.`,
                seed: `${use.secret}\0${target}\0${use.text}`,
            };
        });
    },
};

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/github-actions/secrets-inherit.js


const secrets_inherit_meta = {
    id: 'gha-secrets-inherit',
    category: 'secret-exposure',
    severity: 'medium',
    description: '`secrets: inherit` gives a reusable workflow every secret of the calling repository instead of the ones it declares.',
    helpUri: `${github_actions_report/* HELP_BASE */.i1}#gha-secrets-inherit`,
};
const secretsInheritRule = {
    meta: secrets_inherit_meta,
    appliesTo: github_actions_model/* appliesToWorkflowOrAction */.io,
    check(file) {
        const findings = [];
        for (const model of (0,github_actions_model/* workflowModels */.MW)(file)) {
            for (const job of model.jobs) {
                if (!job.secretsScalar || String(job.secretsScalar.value).trim() !== 'inherit')
                    continue;
                const called = job.uses ? String(job.uses.value) : 'the called workflow';
                findings.push((0,github_actions_report/* findingAt */.dz)(file, secrets_inherit_meta, job.secretsScalar, [...job.path, 'secrets'], {
                    message: `Job \`${job.id}\` passes every secret of this repository to ${called} with \`secrets: inherit\`.`,
                    remediation: 'Pass only the secrets the called workflow declares under on.workflow_call.secrets, e.g. `secrets: { OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }} }`.',
                    seed: called,
                }));
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/github-actions/shell-trace.js




const shell_trace_meta = {
    id: 'gha-shell-trace-with-secrets',
    category: 'secret-exposure',
    severity: 'medium',
    description: 'Shell tracing (set -x, bash -x) is on where a traced command expands a secret, so the expanded command, secret value included, goes to the log. ' +
        'Severity: medium. The traced region is the script after `set -x` / `set -o xtrace` up to `set +x`, the whole script under `shell: bash -x {0}` (or `defaults.run.shell`), or the `bash -x \u2026` command itself; a secret that only sits in `env:` and that no traced command names is not printed by tracing, and settings kept in the secret store (see gha-secret-printed) do not count.',
    helpUri: `${github_actions_report/* HELP_BASE */.i1}#gha-shell-trace-with-secrets`,
};
const SHELL_TRACE = /\b(?:bash|sh|zsh)\s+-[a-zA-Z]*x[a-zA-Z]*\b/;
const shellTraceRule = {
    meta: shell_trace_meta,
    appliesTo: github_actions_model/* appliesToWorkflowOrAction */.io,
    check(file) {
        const findings = [];
        for (const { job, step, analysis, scriptPath } of runSteps(file)) {
            // Only credentials count: a flag or URL kept in the secret store is not worth the noise.
            const refs = analysis.refs.filter((r) => isCredentialSecretName(r.secret));
            if (refs.length === 0)
                continue;
            const end = (0,github_actions_report/* locatorFor */.qe)(file, analysis.run).value.length;
            const text = (secrets) => ({
                message: `Shell tracing is on where a traced command expands secrets (${secrets.join(', ')}): the expanded command, secret values included, is written to the log.`,
                remediation: 'Remove `set -x` / `-x` from this step, or turn tracing off (`set +x`) around the commands that use secrets.',
            });
            for (const trace of analysis.traces) {
                if (trace.kind === 'off')
                    continue;
                const region = trace.kind === 'command' ? [{ start: trace.end, end: trace.lineEnd }] : tracedFrom(analysis.traces, trace.end, end);
                const secrets = secretsIn(refs, region);
                if (secrets.length === 0)
                    continue;
                findings.push((0,github_actions_report/* findingAt */.dz)(file, shell_trace_meta, analysis.run, scriptPath, { ...text(secrets), seed: `${secrets.join(',')}\0${trace.text}` }, trace.start, trace.end));
            }
            const shellTraced = step.shellNode && step.shell ? SHELL_TRACE.test(step.shell) : !step.shell && job.shellNode && job.shell ? SHELL_TRACE.test(job.shell) : false;
            if (!shellTraced)
                continue;
            const secrets = secretsIn(refs, tracedFrom(analysis.traces, 0, end));
            if (secrets.length === 0)
                continue;
            if (step.shellNode && step.shell) {
                findings.push((0,github_actions_report/* findingAt */.dz)(file, shell_trace_meta, step.shellNode, [...step.path, 'shell'], { ...text(secrets), seed: `${secrets.join(',')}\0shell` }));
            }
            else if (job.shellNode) {
                findings.push((0,github_actions_report/* findingAt */.dz)(file, shell_trace_meta, job.shellNode, [...job.path, 'defaults', 'run', 'shell'], { ...text(secrets), seed: `${secrets.join(',')}\0defaults` }));
            }
        }
        return findings;
    },
};
/** The intervals traced when tracing is on at `from`: up to each `set +x`, again after each later `set -x`. */
function tracedFrom(traces, from, end) {
    const regions = [];
    let on = from;
    for (const trace of traces) {
        if (trace.start < from)
            continue;
        if (trace.kind === 'off' && on !== null) {
            regions.push({ start: on, end: trace.start });
            on = null;
        }
        else if (trace.kind === 'set' && on === null)
            on = trace.end;
    }
    if (on !== null)
        regions.push({ start: on, end });
    return regions;
}
function secretsIn(refs, regions) {
    const names = new Set(refs.filter((r) => regions.some((g) => r.start >= g.start && r.start < g.end)).map((r) => r.secret));
    return [...names].sort();
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/github-actions/unpinned-action-secrets.js





const unpinned_action_secrets_meta = {
    id: 'gha-secrets-to-unpinned-action',
    category: 'secret-exposure',
    severity: 'medium',
    description: 'Secrets are passed to a third-party action or reusable workflow referenced by a tag or branch instead of a full commit SHA. Severity: medium. ' +
        "Not reported when the only secrets passed are `GITHUB_TOKEN` / `github.token` (it can do no more than the workflow's own `permissions:` allow, and expires with the job) " +
        'or secrets whose names say they hold an identifier or a setting, not a credential (`*_CLIENT_ID`, `*_TENANT_ID`, `*_SUBSCRIPTION_ID`, `*_ACCOUNT_ID`, any `*_ID`, `*_HOST`, `*_USERNAME`, `*_URL`, `*_REGION`); the message names the credentials only.',
    helpUri: `${github_actions_report/* HELP_BASE */.i1}#gha-secrets-to-unpinned-action`,
};
/** Owners whose actions ship with GitHub itself. */
const FIRST_PARTY = new Set(['actions', 'github']);
const unpinnedActionSecretsRule = {
    meta: unpinned_action_secrets_meta,
    appliesTo: github_actions_model/* appliesToWorkflowOrAction */.io,
    check(file) {
        const findings = [];
        const report = (uses, path, secrets) => {
            const reference = String(uses.value).trim();
            const at = reference.lastIndexOf('@');
            findings.push((0,github_actions_report/* findingAt */.dz)(file, unpinned_action_secrets_meta, uses, path, {
                message: `Secrets (${secrets.join(', ')}) are passed to \`${reference}\`, which is pinned to \`${reference.slice(at + 1)}\`, a tag or branch its owner can move.`,
                remediation: `Pin it to a full commit SHA: \`uses: ${reference.slice(0, at)}@<40-character commit SHA> # ${reference.slice(at + 1)}\`.`,
                seed: reference,
            }));
        };
        for (const model of (0,github_actions_model/* workflowModels */.MW)(file)) {
            for (const job of model.jobs) {
                for (const step of job.steps) {
                    if (!step.uses || !isUnpinnedThirdParty(String(step.uses.value)))
                        continue;
                    const secrets = unpinned_action_secrets_secretsIn([...step.with, ...step.env]);
                    if (secrets.length > 0)
                        report(step.uses, [...step.path, 'uses'], secrets);
                }
                if (job.uses && isUnpinnedThirdParty(String(job.uses.value))) {
                    const secrets = unpinned_action_secrets_secretsIn(job.secrets);
                    if (job.secretsScalar && String(job.secretsScalar.value).trim() === 'inherit')
                        secrets.push('all, via secrets: inherit');
                    if (secrets.length > 0)
                        report(job.uses, [...job.path, 'uses'], secrets);
                }
            }
        }
        return findings;
    },
};
function unpinned_action_secrets_secretsIn(entries) {
    const names = new Set();
    for (const entry of entries) {
        if (!entry.value || !(0,library/* isScalar */.jn)(entry.value))
            continue;
        // GITHUB_TOKEN is scoped by the workflow's own permissions; ids and settings grant nothing.
        for (const secret of secretsRead(String(entry.value.value ?? ''))) {
            if (secret !== 'GITHUB_TOKEN' && isCredentialSecretName(secret))
                names.add(secret);
        }
    }
    return [...names].sort();
}
/** Every secret a value reads (`secrets.X` -> `X`, `github.token` -> `GITHUB_TOKEN`). */
function secretsRead(value) {
    if (!value.includes('${{'))
        return [];
    const out = [];
    for (const expr of analyzeValue(value)) {
        for (const ref of expr.refs) {
            if (!ref.valueFlows)
                continue;
            if (ref.context === 'secrets')
                out.push(typeof ref.path[0] === 'string' ? ref.path[0] : 'secrets');
            else if (ref.context === 'github' && ref.path[0] === 'token')
                out.push('GITHUB_TOKEN');
        }
    }
    return out;
}
function isUnpinnedThirdParty(uses) {
    const reference = uses.trim();
    if (reference.startsWith('./') || reference.startsWith('docker://'))
        return false;
    const at = reference.lastIndexOf('@');
    if (at === -1)
        return false;
    const owner = reference.slice(0, reference.indexOf('/')).toLowerCase();
    if (FIRST_PARTY.has(owner))
        return false;
    return !/^[0-9a-f]{40}$/i.test(reference.slice(at + 1));
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/github-actions/pr-code.js





/** Values that name the pull request's head rather than the base repository. */
function isHeadRef(value) {
    if (/refs\/pull\//.test(value))
        return true;
    return referencesIn(value).some((ref) => {
        if (ref.context !== 'github')
            return false;
        const path = ref.path.join('.');
        return (path === 'head_ref' ||
            /^event\.pull_request\.head\.(sha|ref|repo\.full_name|repo\.clone_url)$/.test(path) ||
            /^event\.workflow_run\.(head_sha|head_branch|head_repository\.full_name|head_repository\.clone_url)$/.test(path) ||
            path === 'event.number' ||
            path === 'event.pull_request.number');
    });
}
const GIT = String.raw `\bgit\s+(?:-C\s+\S+\s+|-c\s+\S+\s+)*`;
/** Commands that fetch or switch to the head whatever their arguments. */
const ALWAYS_HEAD = [new RegExp(String.raw `\bgh\s+pr\s+checkout\b`), new RegExp(`${GIT}(?:fetch|pull)\\b.*\\bpull/.+?/(?:head|merge)\\b`)];
/** Commands that do when an argument names the head. */
const HEAD_ARGUMENT = new RegExp(`${GIT}(?:fetch|pull|checkout|switch|reset|merge|worktree\\s+add|clone)\\b`);
function prCodeIntakes(file, model, job) {
    const found = [];
    job.steps.forEach((step, index) => {
        if (step.run) {
            const script = (0,github_actions_report/* locatorFor */.qe)(file, step.run).value;
            // Env variables of the step holding the head's sha or ref (`HEAD_SHA: ${{ ...head.sha }}`).
            const headVars = [...(0,github_actions_model/* effectiveEnv */.py)(model, job, step)].filter(([, e]) => e.value && (0,library/* isScalar */.jn)(e.value) && isHeadRef(String(e.value.value ?? ''))).map(([n]) => n);
            const headVar = headVars.length > 0 ? new RegExp(`\\$\\{?(${headVars.map(pr_code_escape).join('|')})\\b`) : null;
            let lineStart = 0;
            for (const line of script.split('\n')) {
                for (const segment of splitSegments(line)) {
                    const text = line.slice(segment.start, segment.end);
                    const lead = text.length - text.trimStart().length;
                    const command = text.trim();
                    const brings = ALWAYS_HEAD.some((re) => re.test(command)) || (HEAD_ARGUMENT.test(command) && (isHeadRef(command) || (headVar?.test(command) ?? false)));
                    if (!brings)
                        continue;
                    const start = lineStart + segment.start + lead;
                    const end = start + command.length;
                    found.push({ step, index, node: step.run, path: [...step.path, 'run'], start, end, what: `\`${command}\``, kind: 'git', rest: script.slice(end) });
                }
                lineStart += line.length + 1;
            }
        }
        const uses = String(step.uses?.value ?? '');
        if (/^actions\/download-artifact@/i.test(uses)) {
            const runId = step.with.find((w) => w.name === 'run-id');
            if (runId?.value && (0,library/* isScalar */.jn)(runId.value) && /workflow_run\.id\b/.test(String(runId.value.value ?? ''))) {
                found.push({ step, index, node: runId.value, path: runId.path, what: 'artifacts of the triggering run', kind: 'artifact', dir: artifactDir(step) });
            }
        }
        else if (/^dawidd6\/action-download-artifact@/i.test(uses) && step.uses) {
            const runId = step.with.find((w) => w.name === 'run_id');
            const at = runId?.value ?? step.uses;
            found.push({ step, index, node: at, path: runId ? runId.path : [...step.path, 'uses'], what: 'artifacts of another run (dawidd6/action-download-artifact)', kind: 'artifact', dir: artifactDir(step) });
        }
    });
    return found;
}
function artifactDir(step) {
    const path = step.with.find((w) => w.name === 'path');
    if (!path?.value || !(0,library/* isScalar */.jn)(path.value))
        return null;
    const dir = String(path.value.value ?? '').trim().replace(/^\.\//, '').replace(/\/+$/, '');
    return dir === '' || dir === '.' || /\$\{\{|\.\./.test(dir) ? null : dir;
}
/** Commands that run the checked-out code: installs (package hooks), builds, tests, scripts. */
const EXECUTES = new RegExp([
    String.raw `\b(npm|yarn|pnpm|bun)\s+(install|ci|i|run|test|build|exec|x)\b`,
    String.raw `\bnpx\s+\S`,
    String.raw `\b(make|cmake|ninja|mvn|mvnw|gradle|gradlew|ant|sbt|bazel|rake|tox|nox|pytest|pre-commit)\b`,
    String.raw `\bpip3?\s+install\b`,
    String.raw `\bpython[0-9.]*\s+(-m\s+)?[\w./-]+`,
    String.raw `\b(poetry|uv|pipenv|hatch)\s+(install|run|sync)\b`,
    String.raw `\bgo\s+(build|test|run|generate|install)\b`,
    String.raw `\bcargo\s+(build|test|run|install)\b`,
    String.raw `\bdotnet\s+(build|test|run|restore)\b`,
    String.raw `\b(bundle|composer)\s+(install|exec)\b`,
    String.raw `\bnode\s+[\w./-]+`,
    String.raw `\b(bash|sh|zsh)\s+[\w./-]+\.sh\b`,
    String.raw `(^|[\s;&|(])\.\/[\w./-]+`,
    String.raw `\bdocker\s+(build|compose)\b`,
].join('|'), 'm');
/**
 * Whether a later step (or the rest of the same script) runs code it brought in. A git fetch or
 * checkout replaces the workspace's code: any later install, build or script runs it. An
 * artifact is data unless a step executes something from the directory it was extracted to
 * (`./pr/build.sh`, `bash pr/x.sh`, `cd pr && npm install`, `uses: ./pr/action`); reading its
 * files (`< pr/tag.txt`, `file-path: pr/comment.md`) is not running them.
 */
function runsBroughtCode(intake, job) {
    const later = job.steps.slice(intake.index + 1);
    if (intake.kind === 'artifact')
        return intake.dir ? later.some((s) => executesFrom(s, intake.dir)) : false;
    if (intake.rest && EXECUTES.test(intake.rest))
        return true;
    return job.steps.slice(intake.index + 1).some((s) => (s.run && EXECUTES.test(String(s.run.value ?? ''))) || /^\.\//.test(String(s.uses?.value ?? '')));
}
function executesFrom(step, dir) {
    const d = `(?:\\./)?${pr_code_escape(dir)}`;
    if (new RegExp(`^${d}/`).test(String(step.uses?.value ?? '')))
        return true;
    if (!step.run)
        return false;
    const script = String(step.run.value ?? '');
    const workDir = isMapLike(step.node) ? String(step.node.get('working-directory') ?? '') : '';
    if (new RegExp(`^${d}(/|$)`).test(workDir) && EXECUTES.test(script))
        return true;
    const direct = new RegExp(`(^|[;&|(]|\\b(?:bash|sh|zsh|node|python[0-9.]*|ruby|perl|source|deno|bun|npx)\\s+|(?:^|\\s)\\.\\s+)\\s*${d}/[\\w./-]+`, 'm');
    const into = new RegExp(`\\b(?:cd|pushd)\\s+["']?${d}["']?(?:\\s|$|;|&)`, 'm');
    const tool = new RegExp(`(--prefix[= ]|-C\\s+|--cwd[= ]|--manifest-path[= ]|pip3?\\s+install\\s+(?:-e\\s+)?)["']?${d}\\b`);
    if (direct.test(script) || tool.test(script))
        return true;
    return into.test(script) && EXECUTES.test(script);
}
function isMapLike(node) {
    return typeof node === 'object' && node !== null && typeof node.get === 'function';
}
function pr_code_escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/github-actions/untrusted-checkout.js





const untrusted_checkout_meta = {
    id: 'gha-untrusted-checkout-with-secrets',
    category: 'secret-exposure',
    severity: 'critical',
    description: 'A pull_request_target or workflow_run workflow brings in the pull request\'s code in a job that holds secrets, so untrusted code runs with them. ' +
        'Severity: critical for actions/checkout of the head (`ref:` the head sha, ref or `refs/pull/\u2026`) into the workspace, for `gh pr checkout`, `git fetch \u2026 pull/N/head` or `git checkout`/`fetch` of the head sha (written inline or through an env variable) followed by a command that installs, builds or runs code, and for artifacts of the triggering run (actions/download-artifact `run-id: ${{ github.event.workflow_run.id }}`, dawidd6/action-download-artifact) when a step executes from the directory they were extracted to; ' +
        'medium when the code lands in a subdirectory, or is fetched, and nothing appears to run it. Artifacts only read as data are not reported. ' +
        'Not reported: jobs or steps guarded to same-repository pull requests, and refs taken from workflow inputs: `inputs.*` are not attacker-controlled (workflow_dispatch needs write access; workflow_call inputs carry the caller\'s trust).',
    helpUri: `${github_actions_report/* HELP_BASE */.i1}#gha-untrusted-checkout-with-secrets`,
};
const PRIVILEGED_TRIGGERS = ['pull_request_target', 'workflow_run'];
const untrustedCheckoutRule = {
    meta: untrusted_checkout_meta,
    appliesTo: (file) => file.kind === 'workflow',
    check(file) {
        const findings = [];
        for (const model of (0,github_actions_model/* workflowModels */.MW)(file)) {
            const trigger = PRIVILEGED_TRIGGERS.find((t) => model.triggers.has(t));
            if (!trigger)
                continue;
            for (const job of model.jobs) {
                const secrets = heldSecrets(model, job);
                if (secrets.length === 0 || sameRepositoryOnly(conditionOf(job.node)))
                    continue;
                job.steps.forEach((step, index) => {
                    if (!step.uses || !/^actions\/checkout@/i.test(String(step.uses.value)))
                        return;
                    if (sameRepositoryOnly(conditionOf(step.node)))
                        return;
                    const ref = step.with.find((w) => w.name === 'ref' || w.name === 'repository');
                    const refs = step.with.filter((w) => (w.name === 'ref' || w.name === 'repository') && w.value && (0,library/* isScalar */.jn)(w.value) && isHeadRef(String(w.value.value ?? '')));
                    if (!ref || refs.length === 0)
                        return;
                    const head = refs.find((w) => w.name === 'ref') ?? refs[0];
                    const remediation = 'Check out the base ref only (omit `ref:`), or split the work: build the untrusted code in a `pull_request` workflow without secrets and use the artifacts in a privileged one; pass only the secrets a trusted step needs, through its `env:`.';
                    const dir = checkoutDirectory(step);
                    // Checked out beside the base code and only read as data by it (a CODEOWNERS or
                    // metadata check): no step runs it, so the secrets are not handed to it. Still worth
                    // a look, as a tool parsing attacker files is an attack surface.
                    if (dir && !job.steps.slice(index + 1).some((later) => runsFrom(later, dir)) && !workingDirectoryIn(job.node, dir)) {
                        findings.push((0,github_actions_report/* findingAt */.dz)(file, untrusted_checkout_meta, head.value, head.path, {
                            severity: 'medium',
                            message: `This ${trigger} workflow checks out the pull request's code into \`${dir}\` in job \`${job.id}\`, which holds secrets (${secrets.join(', ')}); no later step appears to run code from \`${dir}\`: make sure it is only ever read as data.`,
                            remediation,
                            seed: `${job.id}\0${trigger}`,
                        }));
                        return;
                    }
                    findings.push((0,github_actions_report/* findingAt */.dz)(file, untrusted_checkout_meta, head.value, head.path, {
                        message: `This ${trigger} workflow checks out the pull request's code in job \`${job.id}\`, which holds secrets (${secrets.join(', ')}): code from any fork runs with them.`,
                        remediation,
                        seed: `${job.id}\0${trigger}`,
                    }));
                });
                for (const item of intakeFindings(file, model, job, trigger, secrets))
                    findings.push(item);
            }
        }
        return findings;
    },
};
function heldSecrets(model, job) {
    const names = new Set();
    for (const scalar of [...(0,github_actions_model/* jobScalars */.hw)(job), ...model.env.map((e) => e.value)]) {
        if (!scalar || !(0,library/* isScalar */.jn)(scalar))
            continue;
        const secret = secretRead(String(scalar.value ?? ''));
        if (secret)
            names.add(secret);
    }
    if (job.secretsScalar && String(job.secretsScalar.value).trim() === 'inherit')
        names.add('all, via secrets: inherit');
    return [...names].sort();
}
/** The text of a job's or step's `if:`, or null. */
function conditionOf(node) {
    if (!(0,library/* isMap */.jh)(node))
        return null;
    const value = node.get('if', true);
    return (0,library/* isScalar */.jn)(value) ? String(value.value ?? '') : null;
}
/** Comparisons that only hold for a pull request from a branch of the repository itself. */
const SAME_REPOSITORY = [
    /^github\.event\.pull_request\.head\.repo\.full_name\s*==\s*github\.repository$/,
    /^github\.repository\s*==\s*github\.event\.pull_request\.head\.repo\.full_name$/,
    /^github\.event\.workflow_run\.head_repository\.full_name\s*==\s*github\.repository$/,
    /^github\.repository\s*==\s*github\.event\.workflow_run\.head_repository\.full_name$/,
    /^github\.event\.(pull_request\.head\.repo|workflow_run\.head_repository)\.fork\s*==\s*false$/,
    /^!\s*github\.event\.(pull_request\.head\.repo|workflow_run\.head_repository)\.fork$/,
];
/**
 * True when a condition requires the head to be a branch of this repository (`head.repo.full_name
 * == github.repository` as one of its `&&` terms): forks never get the job, and whoever can push
 * a branch here can already read its secrets. Any `||` makes the guard escapable: not trusted.
 */
function sameRepositoryOnly(condition) {
    if (!condition || condition.includes('||'))
        return false;
    const body = condition.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
    return body.split('&&').some((term) => SAME_REPOSITORY.some((re) => re.test(term.trim().replace(/^\(+|\)+$/g, '').trim())));
}
/** The `path:` a checkout writes to, when it is a subdirectory of the workspace. */
function checkoutDirectory(step) {
    const path = step.with.find((w) => w.name === 'path');
    if (!path?.value || !(0,library/* isScalar */.jn)(path.value))
        return null;
    const dir = String(path.value.value ?? '').trim().replace(/^\.\//, '').replace(/\/+$/, '');
    return dir === '' || dir === '.' || /\$\{\{|\.\./.test(dir) ? null : dir;
}
/**
 * Whether a step may run code from `dir`: it works in it, uses a local action from it, hands it to
 * an action, or its script names it (`cd pr`, `pr/build.sh`, `make -C pr`, `npm --prefix pr`).
 * `git -C pr ...` and `-flag=pr` arguments of tools from the base checkout only read it.
 */
function runsFrom(step, dir) {
    if (workingDirectoryIn(step.node, dir))
        return true;
    const within = (value) => new RegExp(`^(\\./)?${untrusted_checkout_escape(dir)}(/|$)`).test(workspaceRelative(value.trim()));
    if (step.uses && within(String(step.uses.value ?? '')))
        return true;
    if (step.with.some((w) => w.value && (0,library/* isScalar */.jn)(w.value) && within(String(w.value.value ?? ''))))
        return true;
    if (!step.run)
        return false;
    const script = workspaceRelative(String(step.run.value ?? ''))
        .replace(new RegExp(`\\bgit\\s+-C\\s+["']?(\\./)?${untrusted_checkout_escape(dir)}\\b`, 'g'), 'git')
        .replace(new RegExp(`-(?!-?(prefix|cwd|dir|directory|chdir|C|manifest-path|project|working-dir)=)[\\w-]+=["']?(\\./)?${untrusted_checkout_escape(dir)}\\b`, 'g'), '');
    return new RegExp(`(^|[^\\w./-])(\\./)?${untrusted_checkout_escape(dir)}([/\\s"';)&|]|$)`, 'm').test(script);
}
function workingDirectoryIn(node, dir) {
    if (!(0,library/* isMap */.jh)(node))
        return false;
    const direct = node.get('working-directory', true);
    const defaults = node.get('defaults', true);
    const run = (0,library/* isMap */.jh)(defaults) ? defaults.get('run', true) : null;
    const inherited = (0,library/* isMap */.jh)(run) ? run.get('working-directory', true) : null;
    return [direct, inherited].some((v) => (0,library/* isScalar */.jn)(v) && new RegExp(`^(\\./)?${untrusted_checkout_escape(dir)}(/|$)`).test(workspaceRelative(String(v.value ?? '').trim())));
}
/** `$GITHUB_WORKSPACE/pr`, `${{ github.workspace }}/pr` -> `pr`. */
function workspaceRelative(text) {
    return text.replace(/(\$\{?GITHUB_WORKSPACE\}?|\$\{\{\s*github\.workspace\s*\}\}|\$env:GITHUB_WORKSPACE)[/\\]/gi, '');
}
function untrusted_checkout_escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * The pull request's code brought in by a command or an artifact download (not `actions/checkout`):
 * critical when a later command installs, builds or runs it; a git fetch that nothing seems to
 * run is medium (read as data, still a surface); an artifact nothing runs is not reported.
 */
function intakeFindings(file, model, job, trigger, secrets) {
    const findings = [];
    for (const intake of prCodeIntakes(file, model, job)) {
        if (sameRepositoryOnly(conditionOf(intake.step.node)))
            continue;
        const runs = runsBroughtCode(intake, job);
        if (!runs && intake.kind === 'artifact')
            continue;
        const remediation = intake.kind === 'artifact'
            ? 'Treat artifacts of the triggering run as untrusted data: extract them outside the workspace, never run or install from them in a job that holds secrets; pass only the secrets a trusted step needs, through its `env:`.'
            : "Do not fetch the pull request's code into a job with secrets; build it in a `pull_request` workflow without secrets and use its artifacts as data here; pass only the secrets a trusted step needs, through its `env:`.";
        findings.push((0,github_actions_report/* findingAt */.dz)(file, untrusted_checkout_meta, intake.node, intake.path, {
            ...(runs ? {} : { severity: 'medium' }),
            message: runs
                ? `This ${trigger} workflow brings in the pull request's code (${intake.what}) in job \`${job.id}\`, which holds secrets (${secrets.join(', ')}), and a later command runs or installs it: code from any fork runs with them.`
                : `This ${trigger} workflow brings in the pull request's code (${intake.what}) in job \`${job.id}\`, which holds secrets (${secrets.join(', ')}); no later command appears to run it: make sure it is only ever read as data.`,
            remediation,
            seed: `${job.id}\0${trigger}\0${intake.what}`,
        }, intake.start, intake.end));
    }
    return findings;
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/github-actions/untrusted-source.js
/**
 * unsafe-injection: a secret-like name fed from somewhere that is not the secret store:
 * `${{ vars.* }}` (configuration variables: plain text, not masked), `${{ github.event.* }}`
 * (event payloads: written by whoever triggers the run, and logged), or `${{ env.X }}` where X is
 * itself a literal in the file.
 */






const untrusted_source_meta = {
    id: 'gha-secret-from-untrusted-source',
    category: 'unsafe-injection',
    severity: 'medium',
    description: 'A secret-like variable or input is fed from vars.*, the event payload or a literal env variable instead of the secrets context. ' +
        'Severity: medium; high for a literal env variable that gha-literal-secret does not already report. ' +
        'Workflow inputs are not attacker-controlled (workflow_dispatch needs write access; workflow_call inputs carry the caller\'s trust): `github.event.inputs.*` is medium because an input is kept with the run and not masked, and `inputs.*` is not reported. ' +
        'A computed secret name (`secrets[env.STAGE]`, `secrets[format(\u2026, env.X)]`) still reads the secret store: the env value only names the secret and is not reported here (gha-all-secrets reports the computed name).',
    helpUri: `${github_actions_report/* HELP_BASE */.i1}#gha-secret-from-untrusted-source`,
};
const untrustedSourceRule = {
    meta: untrusted_source_meta,
    appliesTo: github_actions_model/* appliesToWorkflowOrAction */.io,
    check(file, context) {
        const names = context.settings.secretNames;
        const findings = [];
        for (const model of (0,github_actions_model/* workflowModels */.MW)(file)) {
            const visit = (entries, scope) => {
                for (const entry of entries) {
                    // Only secret-like names: a reusable workflow's `secrets:` also carries public ids (`APP_ID: ${{ vars.APP_ID }}`).
                    const secretLike = (0,secret_names/* isSecretLikeName */.RW)(entry.name, names);
                    if (!secretLike || !entry.value || !(0,library/* isScalar */.jn)(entry.value))
                        continue;
                    const locator = (0,github_actions_report/* locatorFor */.qe)(file, entry.value);
                    for (const ref of referencesIn(locator.value)) {
                        // A fallback, or a value that only names the secret read (`secrets[env.STAGE]`): the
                        // secret store is still the source.
                        if (ref.inDefault || !ref.valueFlows)
                            continue;
                        const problem = untrusted_source_classify(file, ref, scope, entry, names);
                        if (!problem)
                            continue;
                        const secret = (0,github_actions_report/* secretNameFor */.zl)(entry.name);
                        findings.push((0,github_actions_report/* findingAt */.dz)(file, untrusted_source_meta, entry.value, entry.path, {
                            severity: problem.severity,
                            message: `\`${entry.name}\` is fed from ${problem.source}: ${problem.why}`,
                            remediation: `Store the value as a secret named ${secret} and write \`${entry.name}: \${{ secrets.${secret} }}\`.`,
                            seed: `${entry.path.join('.')}\0${ref.context}.${ref.path.join('.')}`,
                        }, ref.start, ref.end));
                    }
                }
            };
            const workflowScope = new Map(model.env.map((e) => [e.name, e]));
            visit(model.env, new Map());
            for (const job of model.jobs) {
                const jobScope = (0,github_actions_model/* effectiveEnv */.py)(model, job, null);
                visit(job.env, workflowScope);
                visit([...job.containerValues, ...job.with, ...job.secrets], jobScope);
                for (const step of job.steps) {
                    visit(step.env, jobScope);
                    visit(step.with, (0,github_actions_model/* effectiveEnv */.py)(model, job, step));
                }
            }
        }
        return findings;
    },
};
function untrusted_source_classify(file, ref, scope, entry, names) {
    const path = ref.path.filter((p) => p !== null).join('.');
    if (ref.context === 'vars') {
        return { source: `\`vars.${path}\``, why: 'configuration variables are stored in plain text, shown to anyone with read access and not masked in logs.', severity: 'medium' };
    }
    // Workflow inputs are not attacker-controlled: workflow_dispatch needs write access, and
    // workflow_call inputs carry the caller's trust (docs/rules/github-actions.md). Dispatch inputs
    // are still not a secret store: typed in a form, kept with the run and not masked.
    if (ref.context === 'github' && ref.path[0] === 'event' && ref.path[1] === 'inputs') {
        return { source: `\`github.event.inputs.${ref.path.slice(2).join('.')}\``, why: 'a workflow input is typed by whoever starts the run (which needs write access), kept with the run and not masked in logs.', severity: 'medium' };
    }
    if (ref.context === 'github' && ref.path[0] === 'event') {
        return { source: `\`github.event.${ref.path.slice(1).join('.')}\``, why: 'the event payload is supplied by whoever triggers the run and is stored with the run, unmasked.', severity: 'medium' };
    }
    if (ref.context === 'env' && typeof ref.path[0] === 'string') {
        const source = scope.get(ref.path[0]);
        if (!source || source === entry || !source.value || !(0,library/* isScalar */.jn)(source.value))
            return null;
        const value = String(source.value.value ?? '');
        if (/\$\{\{/.test(value) || !(0,secret_names/* isLiteralSecretValue */.R4)(value))
            return null;
        // gha-literal-secret reports the literal where it is written: its readers are the same
        // problem (one value to move into the secret store), not one more finding each.
        if (literalSecretOf(file, source, names))
            return null;
        return { source: `\`env.${ref.path[0]}\``, why: `\`${ref.path[0]}\` is a literal value written in this file.`, severity: 'high' };
    }
    return null;
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/github-actions/index.js












/** The github-actions rules, one file each, registered here in a flat list. */
const GITHUB_ACTIONS_RULES = [
    literalSecretRule,
    untrustedSourceRule,
    secretPrintedRule,
    shellTraceRule,
    secretInterpolatedInRunRule,
    allSecretsRule,
    fromJsonSecretRule,
    secretsInheritRule,
    untrustedCheckoutRule,
    unpinnedActionSecretsRule,
    debugLoggingRule,
    secretToGithubEnvRule,
];
const GITHUB_ACTIONS_REPOSITORY_RULES = (/* unused pure expression or super */ null && ([]));

// EXTERNAL MODULE: ./.build-emit/src/analyzers/gitlab-ci/meta.js
var gitlab_ci_meta = __webpack_require__(9773);
// EXTERNAL MODULE: ./.build-emit/src/analyzers/gitlab-ci/pipeline.js
var gitlab_ci_pipeline = __webpack_require__(2882);
;// CONCATENATED MODULE: ./.build-emit/src/analyzers/gitlab-ci/debug-trace.js


/**
 * CI_DEBUG_TRACE writes every variable available to the job, secrets included, to the job log.
 * CI_DEBUG_SERVICES only streams the service containers' own logs into it; GitLab warns that the
 * interleaving can defeat masking, so a secret a service prints may show: a lesser risk (medium).
 */
const gitlabDebugTraceRule = {
    meta: {
        id: 'gitlab-ci-debug-trace',
        category: 'secret-exposure',
        severity: 'high',
        description: 'CI_DEBUG_TRACE is set to true in the pipeline file, so job logs show the value of every variable, secrets included (CI_DEBUG_SERVICES, which streams service logs and can defeat masking, is reported at medium).',
        helpUri: gitlab_ci_meta/* GITLAB_HELP */.EP,
    },
    appliesTo: (file) => file.kind === 'gitlab-ci' || file.kind === 'yaml',
    check(file, context) {
        return (0,gitlab_ci_pipeline/* variableFindings */.nG)(this.meta, file, context, (variable) => {
            if (variable.text.trim().toLowerCase() !== 'true')
                return null;
            const remediation = `Remove ${variable.name} from the file; when debugging is needed, set it for one manual pipeline run only, and restrict who can read job logs (project visibility, "Public pipelines" off).`;
            if (variable.name === 'CI_DEBUG_TRACE') {
                return { message: `CI_DEBUG_TRACE is set to true in ${variable.scope}: the job log will show every variable's value.`, remediation, fingerprintSeed: `${variable.path}`, yamlPath: variable.path };
            }
            if (variable.name !== 'CI_DEBUG_SERVICES')
                return null;
            return {
                severity: 'medium',
                message: `CI_DEBUG_SERVICES is set to true in ${variable.scope}: service container logs are streamed into the job log, where they can defeat masking if a service prints a secret.`,
                remediation,
                fingerprintSeed: `${variable.path}`,
                yamlPath: variable.path,
            };
        });
    },
};

// EXTERNAL MODULE: ./.build-emit/src/analyzers/gitlab-ci/include-set.js
var include_set = __webpack_require__(727);
;// CONCATENATED MODULE: ./.build-emit/src/analyzers/gitlab-ci/image-credentials.js








/** `user:password@registry/image` (optionally with a scheme). */
const USERINFO = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/:@\s]+):([^@\s/]+)@/i;
/** An OCI content digest (`algorithm:hex`), which follows `@` in a pinned image reference. */
const image_credentials_DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-f]{32,}(?![\w.-]*\/)/i;
/** Registry credentials for `image:`/`services:` written in the file: in the image name, or a literal DOCKER_AUTH_CONFIG. */
const gitlabImageCredentialsRule = {
    meta: {
        id: 'gitlab-ci-image-credentials',
        category: 'unsafe-injection',
        severity: 'high',
        description: 'Registry credentials for a job image or service are written in the pipeline file (in the image name, or a literal DOCKER_AUTH_CONFIG).',
        helpUri: gitlab_ci_meta/* GITLAB_HELP */.EP,
    },
    appliesTo: (file) => file.kind === 'gitlab-ci' || file.kind === 'yaml',
    check(file, context) {
        if (!(0,include_set/* isGitLabCiFile */.kr)(file, context))
            return [];
        const findings = [];
        const remediation = 'Define DOCKER_AUTH_CONFIG as a masked CI/CD variable (Settings > CI/CD > Variables) or in the runner configuration, and keep only the image name in the file; rotate the registry password.';
        for (const pipeline of (0,gitlab_ci_pipeline/* pipelines */.aW)(file)) {
            const { view } = pipeline;
            for (const owner of (0,gitlab_ci_pipeline/* scriptOwners */.U0)(pipeline)) {
                const images = [];
                const image = view.get(owner.node, 'image');
                if (image)
                    images.push({ node: view.get(image, 'name') ?? image, path: (0,yaml_view/* joinPath */.u)(owner.path, 'image') });
                view.items(view.get(owner.node, 'services')).forEach((service, i) => {
                    images.push({ node: view.get(service, 'name') ?? service, path: (0,yaml_view/* joinPath */.u)((0,yaml_view/* joinPath */.u)(owner.path, 'services'), i) });
                });
                for (const { node, path } of images) {
                    if (!(0,library/* isScalar */.jn)(node) || typeof node.value !== 'string')
                        continue;
                    const match = USERINFO.exec(node.value);
                    // `docker:28.5.1-dind@sha256:ea9d...` is a tag pinned by digest, not `user:password@host`.
                    if (!match || image_credentials_DIGEST.test(node.value.slice(match[0].length)) || !(0,secret_names/* isLiteralSecretValue */.R4)(match[2]))
                        continue;
                    const start = match[0].length - 1 - match[2].length;
                    const span = new locate/* ScalarLocator */.HT(file.text, node).span(start, start + match[2].length);
                    findings.push((0,kubernetes_report/* findingAt */.d)(this.meta, file, span.start, span.end, {
                        message: `The image of ${owner.label} carries a registry password in its name (user ${match[1]}).`,
                        remediation,
                        secret: match[2],
                        yamlPath: path,
                    }));
                }
            }
            for (const variable of (0,gitlab_ci_pipeline/* variablesOf */.ht)(pipeline)) {
                if (variable.name !== 'DOCKER_AUTH_CONFIG' || !variable.text.includes('auths') || !(0,secret_names/* isLiteralSecretValue */.R4)(variable.text))
                    continue;
                findings.push((0,kubernetes_report/* findingOnNode */.$)(this.meta, file, variable.value, {
                    message: `DOCKER_AUTH_CONFIG is written in ${variable.scope}, with the registry credentials it holds.`,
                    remediation,
                    secret: variable.text,
                    yamlPath: variable.path,
                }));
            }
        }
        return findings;
    },
};

// EXTERNAL MODULE: ./.build-emit/src/detectors/connection-string.js
var connection_string = __webpack_require__(3673);
// EXTERNAL MODULE: ./.build-emit/src/detectors/ci-services.js
var ci_services = __webpack_require__(3004);
;// CONCATENATED MODULE: ./.build-emit/src/analyzers/kubernetes/nearby-comment.js

/**
 * True when a comment on the lines from the one above `first` to the line of `last` says the value
 * is a placeholder to replace (`- name: ACCESS_KEY  # replace with your access key`).
 */
function placeholderByComment(file, first, last) {
    const from = file.lines.lineOf(first.range?.[0] ?? 0);
    const to = file.lines.lineOf(last.range?.[0] ?? 0);
    const lines = [];
    for (let line = Math.max(1, from - 1); line <= to; line++)
        lines.push(file.lines.lineText(line));
    return (0,secret_names/* commentAnnouncesPlaceholder */.hj)(lines);
}
const PLACEHOLDER_NOTE = ' A comment beside it says it is a placeholder to replace, so it is reported at low: replace it with a reference to a secret store, not with the real value in this file.';

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/gitlab-ci/literal-variable.js









/** A literal value for a secret-like name in any `variables:` block of a pipeline. */
const gitlabLiteralVariableRule = {
    meta: {
        id: 'gitlab-ci-literal-variable',
        category: 'unsafe-injection',
        severity: 'high',
        description: 'A secret-like GitLab CI variable has its value written in the pipeline file instead of coming from CI/CD settings or an external secret store. Severity: high by default; medium for a guessable password (a well-known or image default, lower-case words with at most a short number, a counting run or stand-in words, also base64-encoded: the policy every literal rule shares); low for a throwaway service-container password (the password variable of a database or queue image among the job\'s `services:`, such as `POSTGRES_PASSWORD` beside `postgres:16`, or any password in a service\'s own `variables:`, whatever the value\'s case: only that job reaches the container; also the password of a connection URL in `variables:` whose host is one of those service containers, `postgres://app:pass@postgres:5432/app`), for an access key id (`*_ACCESS_KEY_ID`, `accessKey`, `AKIA\u2026`: an identifier, the secret half signs) or an upload-only token (`CODECOV_TOKEN`), and for a value a comment beside it calls a placeholder to replace ("replace with your key", "change me").',
        helpUri: gitlab_ci_meta/* GITLAB_HELP */.EP,
    },
    appliesTo: (file) => (0,gitlab_ci_meta/* readsServiceUrls */.J9)(file.kind),
    check(file, context) {
        const findings = (0,gitlab_ci_pipeline/* variableFindings */.nG)(this.meta, file, context, (variable) => {
            if (!(0,secret_name/* isSecretLikeKey */.V)(variable.name, context.settings))
                return null;
            const judged = (0,gitlab_ci_meta/* literalSeverity */.$s)(variable.text, {
                name: variable.name,
                serviceImages: variable.serviceImages,
                inService: variable.inService,
                placeholderComment: placeholderByComment(file, variable.key ?? variable.value, variable.value),
            });
            if (!judged)
                return null;
            const { severity, note } = judged;
            return {
                message: `${variable.name} is given a literal value in ${variable.scope}.${note}`,
                remediation: (0,gitlab_ci_meta/* CI_VARIABLE_ADVICE */.xD)(variable.name),
                secret: variable.text,
                yamlPath: variable.path,
                ...(severity ? { severity } : {}),
            };
        });
        return [...findings, ...serviceUrlPasswords(this.meta, file, (name) => (0,secret_name/* isSecretLikeKey */.V)(name, context.settings))];
    },
};
/**
 * Passwords of connection URLs in `variables:` whose host is a service container those variables
 * reach (`postgres://app:pass@postgres:5432/app` beside a `postgres:16` service): throwaway, low,
 * like the service's own password variable. The URL detector leaves exactly these to this rule
 * (src/detectors/ci-services.ts), so they are reported in any YAML file shaped like a pipeline,
 * and only there: the detector's own test, which a whole parse of every YAML file would not change.
 */
function serviceUrlPasswords(meta, file, secretLike) {
    if (!(0,ci_services/* mayHaveServiceVariables */.Ql)(file.text))
        return [];
    const findings = [];
    for (const pipeline of (0,gitlab_ci_pipeline/* pipelines */.aW)(file)) {
        for (const variable of (0,gitlab_ci_pipeline/* variablesOf */.ht)(pipeline)) {
            // A secret-like name is the literal rule's above (its whole value).
            if (variable.serviceHosts.length === 0 || !variable.text.includes('://') || secretLike(variable.name))
                continue;
            for (const match of connection_string/* connectionStringDetector */._.find(variable.text)) {
                const host = /^@([^\s/?#'"<>`:]+)/.exec(variable.text.slice(match.end))?.[1]?.toLowerCase();
                if (!host || !variable.serviceHosts.includes(host))
                    continue;
                const span = (0,locate/* locateInScalar */.cj)(file.text, variable.value, match.start, match.end);
                findings.push((0,kubernetes_report/* findingAt */.d)(meta, file, span.start, span.end, {
                    severity: 'low',
                    message: `${variable.name} in ${variable.scope} is a connection URL with a literal password for the service container "${host}". ${secret_names/* SERVICE_PASSWORD_NOTE */.rZ}`,
                    remediation: (0,gitlab_ci_meta/* CI_VARIABLE_ADVICE */.xD)(variable.name),
                    secret: match.secret,
                    yamlPath: variable.path,
                }));
            }
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/gitlab-ci/script-literal.js






/** `export NAME=value` / `NAME=value cmd`: the value group is one of the three alternatives. */
const ASSIGNMENT = /(?:^|[\s;&|(])(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(?:"([^"$`\\]*)"|'([^']*)'|([^\s;&|'"$`()<>]+))/g;
/** A secret-like shell variable assigned a literal in `script`, `before_script` or `after_script`. */
const gitlabScriptLiteralRule = {
    meta: {
        id: 'gitlab-ci-script-literal-secret',
        category: 'unsafe-injection',
        severity: 'high',
        description: 'A GitLab CI script exports or assigns a literal value to a secret-like variable, so the secret is committed in the pipeline file. A quoted part that the shell joins to an expansion (`\'Circle-Token: \'"$TOKEN"`) is a fragment, not a value. Severities as for gitlab-ci-literal-variable.',
        helpUri: gitlab_ci_meta/* GITLAB_HELP */.EP,
    },
    appliesTo: (file) => file.kind === 'gitlab-ci' || file.kind === 'yaml',
    check(file, context) {
        if (!(0,include_set/* isGitLabCiFile */.kr)(file, context))
            return [];
        const findings = [];
        for (const pipeline of (0,gitlab_ci_pipeline/* pipelines */.aW)(file)) {
            for (const owner of (0,gitlab_ci_pipeline/* scriptOwners */.U0)(pipeline)) {
                for (const line of (0,gitlab_ci_pipeline/* scriptLines */.PN)(file, pipeline.view, owner.node, owner.path)) {
                    for (const match of line.text.matchAll(ASSIGNMENT)) {
                        const name = match[1];
                        const group = match[2] !== undefined ? 2 : match[3] !== undefined ? 3 : 4;
                        const value = match[group];
                        if (!(0,secret_name/* isSecretLikeKey */.V)(name, context.settings))
                            continue;
                        // A fragment of a word the shell joins at run time (`'Circle-Token: '"$TOKEN"`, `'abc'"$SUFFIX"`).
                        if (isShellFragment(line.text, match.index + match[0].length))
                            continue;
                        const valueStart = match.index + match[0].length - value.length - (group === 4 ? 0 : 1);
                        const span = line.locator.span(line.offset + valueStart, line.offset + valueStart + value.length);
                        const judged = (0,gitlab_ci_meta/* literalSeverity */.$s)(value, {
                            name,
                            serviceImages: (0,gitlab_ci_pipeline/* serviceImagesOf */.R3)(pipeline, owner.job),
                            placeholderComment: (0,secret_names/* commentAnnouncesPlaceholder */.hj)([line.text.slice(match.index + match[0].length), file.lines.lineText(file.lines.lineOf(span.start)).slice(file.lines.position(span.end).column - 1), previousLine(file, span.start)]),
                        });
                        if (!judged)
                            continue;
                        const { severity, note } = judged;
                        findings.push((0,kubernetes_report/* findingAt */.d)(this.meta, file, span.start, span.end, {
                            message: `The script of ${owner.label} assigns a literal value to ${name}.${note}`,
                            remediation: (0,gitlab_ci_meta/* CI_VARIABLE_ADVICE */.xD)(name),
                            secret: value,
                            yamlPath: line.path,
                            ...(severity ? { severity } : {}),
                        }));
                    }
                }
            }
        }
        return findings;
    },
};
/**
 * True when the shell word goes on after the matched part, joined to a quoted or expanded part
 * that holds an expansion (`$`, a backquote): the value is built at run time, the match is a fragment.
 */
function isShellFragment(text, end) {
    const rest = text.slice(end);
    if (rest === '' || /^[\s;&|)<>]/.test(rest))
        return false;
    const word = /^(?:"(?:[^"\\]|\\.)*"|'[^']*'|[^\s;&|)<>'"]+)+/.exec(rest)?.[0] ?? rest;
    return /[$`]/.test(word);
}
/** The file's line above an offset (a YAML comment above a script item, or a shell comment in a block). */
function previousLine(file, offset) {
    const line = file.lines.lineOf(offset);
    return line > 1 ? file.lines.lineText(line - 1) : '';
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/gitlab-ci/secret-echo.js





// `\$NAME` is an escaped dollar: the text is printed as written, not expanded.
const REFERENCE = /(?<!\\)\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;
const PRINT = /(?:^|[;&|(]\s*|\s)(echo|printf|print)\b/g;
const DUMP = /(?:^|[;&(]\s*)(printenv|env|export\s+-p)(?=\s*$|\s*[;&]|\s*\|)/g;
/** A later pipeline stage or redirect that keeps a dump out of the log, or filters it. */
const FILTERED = /\|\s*(grep|egrep|fgrep|rg|wc|head|tail|awk|sed|cut|jq|base64|sha\d*sum|md5sum)\b|>/;
const PRINTENV_NAME = /(?:^|[;&(]\s*)printenv\s+([A-Za-z_][A-Za-z0-9_]*)(?=\s*$|\s*[;&])/g;
const XTRACE = /(?:^|[;&(]\s*)(set\s+-[A-Za-z]*x[A-Za-z]*|set\s+-o\s+xtrace|(?:ba|z)?sh\s+-[A-Za-z]*x[A-Za-z]*)\b/g;
/** Printing secrets in job logs: `echo $TOKEN`, bare `printenv`/`env`, `set -x` in a job that uses secrets. */
const gitlabSecretEchoRule = {
    meta: {
        id: 'gitlab-ci-secret-echo',
        category: 'secret-exposure',
        severity: 'medium',
        description: 'A GitLab CI script prints a secret-like variable, dumps the environment or traces commands (set -x) in a job that uses secrets; masking misses transformed or partial values.',
        helpUri: gitlab_ci_meta/* GITLAB_HELP */.EP,
    },
    appliesTo: (file) => file.kind === 'gitlab-ci' || file.kind === 'yaml',
    check(file, context) {
        if (!(0,include_set/* isGitLabCiFile */.kr)(file, context))
            return [];
        const { settings } = context;
        const findings = [];
        for (const pipeline of (0,gitlab_ci_pipeline/* pipelines */.aW)(file)) {
            for (const owner of (0,gitlab_ci_pipeline/* scriptOwners */.U0)(pipeline)) {
                const lines = (0,gitlab_ci_pipeline/* scriptLines */.PN)(file, pipeline.view, owner.node, owner.path);
                const usesSecrets = () => ownerUsesSecrets(pipeline, owner.node, owner.job === null ? null : [owner.job.node, ...(0,gitlab_ci_pipeline/* extendedJobs */.Om)(pipeline, owner.job).map((j) => j.node)], settings);
                for (const line of lines) {
                    for (const hit of hits(line.text, settings, usesSecrets)) {
                        const span = line.locator.span(line.offset + hit.start, line.offset + hit.end);
                        findings.push((0,kubernetes_report/* findingAt */.d)(this.meta, file, span.start, span.end, {
                            message: `${hit.message} (${owner.label}).`,
                            remediation: 'Do not print secrets or the whole environment in job logs: remove the command, or print only non-secret values. Keep secrets as masked (and hidden) CI/CD variables, and never `set -x` in scripts that handle them.',
                            fingerprintSeed: `${line.path}\0${hit.seed}`,
                            yamlPath: line.path,
                        }));
                    }
                }
            }
        }
        return findings;
    },
};
function hits(text, settings, usesSecrets) {
    const out = [];
    for (const print of text.matchAll(PRINT)) {
        const start = print.index + print[0].length;
        const end = commandEnd(text, start);
        // Piped or redirected output does not reach the log (`echo "$KEY" | docker login --password-stdin`),
        // except into stderr, which is the log too, or through a transform that only re-encodes it
        // (`| base64`: masking hides exact values only).
        const after = text.slice(end.at);
        if (end.terminator === '>' && !/^>>?\s*(&[12]|\/dev\/(stdout|stderr|tty))\b/.test(after))
            continue;
        if (end.terminator === '|' && !/^\|\s*(base64|xxd|od|hexdump|rev|tr|sed|awk|cut|fold|basenc)\b[^|>]*$/m.test(after))
            continue;
        for (const ref of text.slice(start, end.at).matchAll(REFERENCE)) {
            if (!(0,secret_name/* isSecretLikeKey */.V)(ref[1], settings))
                continue;
            const at = start + ref.index;
            out.push({ start: at, end: at + ref[0].length + (text[at + ref[0].length] === '}' ? 1 : 0), message: `${print[1]} prints ${ref[1]} to the job log`, seed: `print\0${ref[1]}` });
        }
    }
    for (const dump of text.matchAll(DUMP)) {
        if (FILTERED.test(text.slice(dump.index + dump[0].length)))
            continue;
        const at = dump.index + dump[0].length - dump[1].length;
        out.push({ start: at, end: at + dump[1].length, message: `${dump[1]} prints every variable of the job, secrets included, to the job log`, seed: 'dump' });
    }
    for (const named of text.matchAll(PRINTENV_NAME)) {
        if (!(0,secret_name/* isSecretLikeKey */.V)(named[1], settings))
            continue;
        const at = named.index + named[0].length - named[1].length;
        out.push({ start: at, end: at + named[1].length, message: `printenv prints ${named[1]} to the job log`, seed: `printenv\0${named[1]}` });
    }
    for (const trace of text.matchAll(XTRACE)) {
        if (!usesSecrets())
            continue;
        const at = trace.index + trace[0].length - trace[1].length;
        out.push({ start: at, end: at + trace[1].length, message: `${trace[1]} traces every command with its expanded arguments in a job that uses secrets`, seed: 'xtrace' });
    }
    return out;
}
/** Where a shell command ends: the first unquoted `|`, `>`, `;` or `&`, or the end of the line. */
function commandEnd(text, from) {
    let quote = null;
    for (let i = from; i < text.length; i++) {
        const c = text[i];
        if (quote) {
            if (c === quote)
                quote = null;
            else if (c === '\\' && quote === '"')
                i++;
            continue;
        }
        if (c === '"' || c === "'")
            quote = c;
        else if (c === '|' || c === '>' || c === ';' || c === '&')
            return { at: i, terminator: c };
    }
    return { at: text.length, terminator: null };
}
/** True when the job (or the pipeline, for global scripts) references or defines a secret. */
function ownerUsesSecrets(pipeline, owner, chain, settings) {
    const { view } = pipeline;
    const nodes = [...(chain ?? [pipeline.root, ...pipeline.jobs.map((j) => j.node)]), view.get(pipeline.root, 'default'), owner];
    for (const node of nodes) {
        if (!node)
            continue;
        if (view.get(node, 'secrets'))
            return true;
        if (scriptTexts(pipeline, node).some((text) => [...text.matchAll(REFERENCE)].some((m) => (0,secret_name/* isSecretLikeKey */.V)(m[1], settings))))
            return true;
    }
    return (0,gitlab_ci_pipeline/* variablesOf */.ht)(pipeline).some((v) => (0,secret_name/* isSecretLikeKey */.V)(v.name, settings));
}
function scriptTexts(pipeline, node) {
    const { view } = pipeline;
    const out = [];
    for (const key of ['before_script', 'script', 'after_script']) {
        const script = view.get(node, key);
        for (const value of [view.text(script), ...view.items(script, true).map((n) => view.text(n))])
            if (value)
                out.push(value);
    }
    return out;
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/gitlab-ci/index.js





/** The GitLab CI rules, one file each, in a flat list. */
const GITLAB_CI_RULES = [
    gitlabLiteralVariableRule,
    gitlabScriptLiteralRule,
    gitlabImageCredentialsRule,
    gitlabSecretEchoRule,
    gitlabDebugTraceRule,
];
const GITLAB_CI_REPOSITORY_RULES = (/* unused pure expression or super */ null && ([]));

// EXTERNAL MODULE: ./.build-emit/src/analyzers/kubernetes/meta.js
var kubernetes_meta = __webpack_require__(3331);
;// CONCATENATED MODULE: ./.build-emit/src/analyzers/kubernetes/objects.js




/** Files a manifest can be in: plain YAML or JSON, kustomize resources; never Helm values. */
function mayHoldManifests(file) {
    if (!(0,classify/* mayHoldKubernetes */.fc)(file.kind) || file.kind === 'helm-values')
        return false;
    // `k8s` is the classifier's answer for exactly this content test: no need to repeat it.
    return (file.kind === 'k8s' || (0,classify/* looksLikeKubernetes */.El)(file.text)) && !onlyDefinitions(file.text);
}
/**
 * CustomResourceDefinitions are large (megabytes of schema) and hold no pod, Secret or ConfigMap
 * values: a file whose top-level kinds are all CRDs is not parsed for these rules.
 */
function onlyDefinitions(text) {
    const kinds = [...text.matchAll(/^kind:[ \t]*["']?([A-Za-z]+)/gm)].map((m) => m[1]);
    return kinds.length > 0 && kinds.every((k) => k === 'CustomResourceDefinition');
}
/** A SOPS-encrypted document carries a top-level `sops:` map with its metadata. */
function isSopsEncrypted(view) {
    const sops = view.map(view.get(view.doc.contents, 'sops'));
    return !!sops && (view.get(sops, 'mac') !== null || view.get(sops, 'version') !== null || view.get(sops, 'lastmodified') !== null);
}
/**
 * What every manifest rule reads: a container's `env` / `envFrom`, or a `Secret` or `ConfigMap`
 * object; or an escape that may spell one of them in a quoted key or value.
 */
const MANIFEST_RULE_WORD = /env|Secret|ConfigMap|\\[xuU\r\n]/;
// Every manifest rule asks for the same objects: walk each file once.
const objectCache = new WeakMap();
/**
 * Every object with `apiVersion` and `kind` in the parsed documents (List items included), for
 * the manifest rules, which all report secret-like names or Secrets, in containers' environment,
 * Secrets or ConfigMaps: only the documents that can hold both are parsed, and a file with none
 * (most manifests) is not parsed at all.
 */
function k8sObjects(file, settings) {
    const cached = objectCache.get(file);
    if (cached)
        return cached;
    const out = [];
    objectCache.set(file, out);
    const relevant = (text) => (0,secret_names/* mayHoldSecretNames */.T3)(text, settings.secretNames) && MANIFEST_RULE_WORD.test(text);
    if (!relevant(file.text))
        return out;
    for (const doc of file.yaml(relevant).documents) {
        if (doc.errors.length > 0 || !(0,library/* isMap */.jh)(doc.contents))
            continue;
        const view = new yaml_view/* YamlView */.n(doc);
        if (isSopsEncrypted(view))
            continue;
        collect(view, doc.contents, '', out, 0);
    }
    return out;
}
function collect(view, node, path, out, depth) {
    const kind = view.text(view.get(node, 'kind'));
    const apiVersion = view.text(view.get(node, 'apiVersion'));
    if (kind === null || apiVersion === null)
        return;
    const items = view.get(node, 'items');
    // A List is only its items (reporting it too would report every item twice).
    if (!kind.endsWith('List') || !items) {
        out.push({ view, node, kind, apiVersion, path });
        return;
    }
    if (depth > 4)
        return;
    view.items(items).forEach((item, i) => {
        if ((0,library/* isMap */.jh)(item))
            collect(view, item, (0,yaml_view/* joinPath */.u)((0,yaml_view/* joinPath */.u)(path, 'items'), i), out, depth + 1);
    });
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/kubernetes/configmap-secret.js






/** A ConfigMap entry with a secret-like name and a literal value: ConfigMaps are plain text. */
const k8sConfigMapSecretRule = {
    meta: {
        id: 'k8s-configmap-secret',
        category: 'unsafe-injection',
        severity: 'high',
        description: 'A ConfigMap holds a secret-like key with a literal value; ConfigMaps are stored and shown in plain text and are not access-restricted like Secrets. High by default; medium for a guessable password (a well-known or image default such as `postgres`, lower-case words with at most a short number, a counting run or stand-in words, also base64-encoded); low for an access key id or an upload-only token. Placeholders are not reported.',
        helpUri: kubernetes_meta/* K8S_HELP */.lL,
    },
    appliesTo: mayHoldManifests,
    check(file, context) {
        const findings = [];
        for (const object of k8sObjects(file, context.settings)) {
            if (object.kind !== 'ConfigMap')
                continue;
            const { view } = object;
            const name = view.text(view.get(view.get(object.node, 'metadata'), 'name')) ?? '(unnamed)';
            for (const entry of view.entries(view.get(object.node, 'data'))) {
                const value = view.text(entry.value);
                if (!entry.value || value === null || !(0,secret_name/* isSecretLikeKey */.V)(entry.key, context.settings))
                    continue;
                const verdict = (0,password_policy/* judgeLiteral */.zC)(entry.key, value);
                if (!verdict)
                    continue;
                findings.push((0,kubernetes_report/* findingOnNode */.$)(this.meta, file, entry.value, {
                    ...(verdict.severity !== 'high' ? { severity: verdict.severity } : {}),
                    message: `ConfigMap "${name}" holds a literal value for the secret-like key "${entry.key}".${verdict.note}`,
                    remediation: `Move "${entry.key}" into a Secret and read it with \`${(0,kubernetes_meta/* SECRET_KEY_REF_EXAMPLE */.Ob)(entry.key)}\`. ${kubernetes_meta/* SECRET_STORE_ADVICE */.aK}`,
                    secret: value,
                    yamlPath: (0,yaml_view/* joinPath */.u)((0,yaml_view/* joinPath */.u)(object.path, 'data'), entry.key),
                }));
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/kubernetes/containers.js


const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'];
/**
 * Containers of every pod spec in an object, whatever its kind: pod specs are found by their
 * container lists, so Deployments, CronJobs and CRDs that embed pods (Argo Rollouts) are alike.
 */
function containersOf(object) {
    const out = [];
    containers_walk(object.view, object.node, object.path, out, 0);
    return out;
}
function containers_walk(view, node, path, out, depth) {
    if (depth > 40)
        return;
    if ((0,library/* isSeq */.oP)(node)) {
        view.items(node).forEach((item, i) => containers_walk(view, item, (0,yaml_view/* joinPath */.u)(path, i), out, depth + 1));
        return;
    }
    if (!(0,library/* isMap */.jh)(node))
        return;
    for (const entry of view.entries(node)) {
        if (!entry.value)
            continue;
        const entryPath = (0,yaml_view/* joinPath */.u)(path, entry.key);
        if (CONTAINER_LISTS.includes(entry.key) && (0,library/* isSeq */.oP)(entry.value)) {
            view.items(entry.value).forEach((item, i) => {
                if ((0,library/* isMap */.jh)(item) && (view.get(item, 'image') !== null || view.get(item, 'env') !== null || view.get(item, 'envFrom') !== null)) {
                    out.push({ name: view.text(view.get(item, 'name')) ?? `#${i}`, node: item, path: (0,yaml_view/* joinPath */.u)(entryPath, i) });
                }
            });
            continue;
        }
        containers_walk(view, entry.value, entryPath, out, depth + 1);
    }
}
function envOf(view, container) {
    const out = [];
    const envPath = (0,yaml_view/* joinPath */.u)(container.path, 'env');
    const seen = new Set();
    view.items(view.get(container.node, 'env')).forEach((item, i) => {
        // An aliased entry (`- *token`) is the anchored one again: report where it is written, once.
        if (!(0,library/* isMap */.jh)(item) || seen.has(item))
            return;
        seen.add(item);
        const nameNode = view.get(item, 'name');
        const name = view.text(nameNode);
        if (name === null || !nameNode)
            return;
        out.push({ container, name, nameNode, value: view.get(item, 'value'), valueFrom: view.map(view.get(item, 'valueFrom')), path: (0,yaml_view/* joinPath */.u)(envPath, i) });
    });
    return out;
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/kubernetes/env-configmap-ref.js






/** A secret-like env var fed from a ConfigMap: ConfigMaps are neither encrypted nor access-restricted like Secrets. */
const k8sEnvConfigMapRule = {
    meta: {
        id: 'k8s-env-configmap-secret',
        category: 'unsafe-injection',
        severity: 'medium',
        description: 'A secret-like environment variable is read from a ConfigMap, which is stored and shown in plain text, instead of a Secret.',
        helpUri: kubernetes_meta/* K8S_HELP */.lL,
    },
    appliesTo: mayHoldManifests,
    check(file, context) {
        const findings = [];
        for (const object of k8sObjects(file, context.settings)) {
            const { view } = object;
            for (const container of containersOf(object)) {
                for (const env of envOf(view, container)) {
                    const ref = view.map(view.get(env.valueFrom, 'configMapKeyRef'));
                    if (!ref || !(0,secret_name/* isSecretLikeKey */.V)(env.name, context.settings))
                        continue;
                    const configMap = view.text(view.get(ref, 'name')) ?? '?';
                    const key = view.text(view.get(ref, 'key')) ?? '?';
                    findings.push((0,kubernetes_report/* findingOnNode */.$)(this.meta, file, ref, {
                        message: `Container "${container.name}" of ${object.kind} reads ${env.name} from ConfigMap "${configMap}" (key "${key}"); ConfigMaps are not meant for secrets.`,
                        remediation: `Store the value in a Secret and use \`${(0,kubernetes_meta/* SECRET_KEY_REF_EXAMPLE */.Ob)(key)}\` instead of configMapKeyRef.`,
                        fingerprintSeed: `${container.name}\0${env.name}\0${configMap}\0${key}`,
                        yamlPath: (0,yaml_view/* joinPath */.u)((0,yaml_view/* joinPath */.u)(env.path, 'valueFrom'), 'configMapKeyRef'),
                    }));
                }
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/kubernetes/env-literal.js








/** A container `env[].value` written literally for a secret-like name. */
const k8sEnvLiteralRule = {
    meta: {
        id: 'k8s-env-literal-secret',
        category: 'unsafe-injection',
        severity: 'high',
        description: 'A container gets a secret-like environment variable as a literal value in the manifest instead of from a Secret. High by default; medium for a guessable password (a well-known or image default such as `postgres`, `root`, `minio123`, lower-case words with at most a short number, a counting run or stand-in words, also base64-encoded); low for an access key id (`*_ACCESS_KEY_ID`, `MINIO_ACCESS_KEY`, `accessKey`, `AKIA\u2026`: an identifier, its secret half should come from a `secretKeyRef`), an upload-only token (`CODECOV_TOKEN`), or a value a comment beside it calls a placeholder to replace ("replace with your key").',
        helpUri: kubernetes_meta/* K8S_HELP */.lL,
    },
    appliesTo: mayHoldManifests,
    check(file, context) {
        const findings = [];
        const objects = k8sObjects(file, context.settings);
        const objectNames = new Set(objects.map((o) => o.view.text(o.view.get(o.view.get(o.node, 'metadata'), 'name'))).filter((n) => n !== null));
        for (const object of objects) {
            for (const container of containersOf(object)) {
                for (const env of envOf(object.view, container)) {
                    if (!env.value || !(0,secret_name/* isSecretLikeKey */.V)(env.name, context.settings))
                        continue;
                    const value = object.view.text(env.value);
                    if (value === null)
                        continue;
                    const verdict = (0,password_policy/* judgeLiteral */.zC)(env.name, value);
                    if (!verdict)
                        continue;
                    // `OPERATOR_SECRET: operator` beside a ServiceAccount, Role or Deployment named
                    // `operator`: the name of the Secret the program keeps its state in, not a credential.
                    if (/(^|_)SECRET$/.test((0,secret_name/* toSnakeCase */.u)(env.name).toUpperCase()) && objectNames.has(value.trim()))
                        continue;
                    const announced = verdict.severity !== 'low' && placeholderByComment(file, env.nameNode, env.value);
                    // An access key id, an upload-only token or an announced placeholder: low; a guessable
                    // password: medium (docs/rules/kubernetes.md).
                    const note = announced ? PLACEHOLDER_NOTE : verdict.note;
                    const severity = announced ? 'low' : verdict.severity;
                    findings.push((0,kubernetes_report/* findingOnNode */.$)(this.meta, file, env.value, {
                        ...(severity !== 'high' ? { severity } : {}),
                        message: `Container "${container.name}" of ${object.kind} gets ${env.name} as a literal value written in the manifest.${note}`,
                        remediation: `Move the value into a Secret and reference it: \`- name: ${env.name}\` with \`${(0,kubernetes_meta/* SECRET_KEY_REF_EXAMPLE */.Ob)(env.name)}\`. ${kubernetes_meta/* SECRET_STORE_ADVICE */.aK}`,
                        secret: value,
                        yamlPath: (0,yaml_view/* joinPath */.u)(env.path, 'value'),
                    }));
                }
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/kubernetes/helm-template-env-value.js




/**
 * `- name: DB_PASSWORD` then `value: {{ .Values.db.password | quote }}` on the next line, at any
 * indentation (templates are not YAML, so this reads their text). Group 1: the env name; group 2
 * (index via `d`): the `{{ ... }}` expression.
 */
const ENV_PAIR = /^[ \t]*-[ \t]+name:[ \t]*["']?([A-Za-z_][A-Za-z0-9_.-]*)["']?[ \t]*(?:#[^\n]*)?\n[ \t]*value:[ \t]*["']?(\{\{-?\s*([^{}\n]*?)\s*-?\}\})/gm;
/** A `.Values` path read straight into the value (`$.Values`, `.Values`), optionally piped through text filters. */
const VALUES_READ = /^(?:\$)?\.Values((?:\.[A-Za-z_][\w-]*)+)\s*(?:\|\s*(?:quote|squote|toString|trim|toYaml|b64dec)\s*)*$/;
/** `default "x" .Values.y` / `required "msg" .Values.y` / `tpl .Values.y $`: still the value. */
const WRAPPED_READ = /^(?:required\s+"[^"]*"|default\s+(?:"[^"]*"|\S+)|tpl)\s+\(?(\$?\.Values(?:\.[A-Za-z_][\w-]*)+)\)?(?:\s+\$|\s+\.)?\s*(?:\|\s*(?:quote|squote|toString|trim)\s*)*$/;
/** `{{- $password := .Values.auth.password }}`: a template variable standing for a `.Values` path. */
const VARIABLE = /\{\{-?\s*\$([A-Za-z_]\w*)\s*:?=\s*\$?\.Values((?:\.[A-Za-z_][\w-]*)+)\s*-?\}\}/g;
const VARIABLE_READ = /^\$([A-Za-z_]\w*)\s*(?:\|\s*(?:quote|squote|toString|trim)\s*)*$/;
const helm_template_env_value_REMEDIATION = 'Render a Secret from the value (`templates/secret.yaml`, or `existingSecret` to point at one created from your secret store) and read it with `valueFrom: { secretKeyRef: \u2026 }`: a plain `env[].value` is stored in the pod spec, readable by anyone who can `get pods -o yaml`, and shown by `kubectl describe`.';
/**
 * Helm templates that put a `.Values` setting with a secret-like name straight into a container's
 * plain `env[].value`: the secret sits in the pod spec instead of a Secret. Medium: the chart
 * itself commits no credential, but every release exposes it to whoever can read pods.
 */
const helmTemplateEnvValueRule = {
    meta: {
        id: 'helm-template-env-value',
        category: 'secret-exposure',
        severity: 'medium',
        description: 'A Helm template puts a secret-like `.Values` setting into a container\'s plain `env[].value`, so the secret is stored in the pod spec (readable with `get pod -o yaml`) instead of a Secret read through `secretKeyRef`. Medium: the chart commits no credential, but every release exposes the value to whoever can read pods. Templates are read as text (they are not YAML); `.Values` paths and template variables bound to them count, Secret names (`existingSecret`) and `include` helpers do not.',
        helpUri: kubernetes_meta/* K8S_HELP */.lL,
    },
    appliesTo: (file) => (file.kind === 'yaml' || file.kind === 'k8s') && isHelmTemplate(file),
    check(file, context) {
        const findings = [];
        if (!(0,secret_names/* mayHoldSecretNames */.T3)(file.text, context.settings.secretNames))
            return findings;
        const variables = new Map([...file.text.matchAll(VARIABLE)].map((m) => [m[1], m[2]]));
        for (const match of file.text.matchAll(ENV_PAIR)) {
            const envName = match[1];
            const expression = match[3];
            const variable = VARIABLE_READ.exec(expression)?.[1];
            const path = VALUES_READ.exec(expression)?.[1] ?? WRAPPED_READ.exec(expression)?.[1]?.replace(/^\$?\.Values/, '') ?? (variable ? variables.get(variable) : undefined);
            if (!path)
                continue;
            const leaf = path.slice(path.lastIndexOf('.') + 1);
            if (!(0,secret_name/* isSecretLikeKey */.V)(envName, context.settings) && !(0,secret_name/* isSecretLikeKey */.V)(leaf, context.settings))
                continue;
            // `.Values.auth.existingSecret`, `.Values.passwordKey`: names of a Secret or of its key, not the secret.
            if ((0,secret_names/* mayHoldSecretNames */.T3)(leaf) && !(0,secret_name/* isSecretLikeKey */.V)(leaf, context.settings))
                continue;
            const start = match.index + match[0].length - match[2].length;
            findings.push((0,kubernetes_report/* findingAt */.d)(this.meta, file, start, start + match[2].length, {
                message: `The template puts .Values${path} into the plain env value of ${envName}: the secret is written into the pod spec of every release (readable with \`kubectl get pod -o yaml\`) instead of coming from a Secret.`,
                remediation: `${helm_template_env_value_REMEDIATION} For example \`- name: ${envName}\` with \`${(0,kubernetes_meta/* SECRET_KEY_REF_EXAMPLE */.Ob)(envName)}\`.`,
                fingerprintSeed: `${envName}\0${path}`,
            }));
        }
        return findings;
    },
};
/** Helm's template actions reading `.Values`: Go template text, not YAML. */
function isHelmTemplate(file) {
    return file.text.includes('{{') && /\.Values\b/.test(file.text);
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/kubernetes/helm-values.js








const helm_values_REMEDIATION = 'Leave the default empty and pass the value at install time from your secret store (`--set-file`, a values file kept out of git, helm-secrets/SOPS), or point the chart at an existing Secret (`existingSecret`).';
/** Secret-like keys of a chart's values*.yaml with a literal default: every install shares it. */
const helmValuesLiteralRule = {
    meta: {
        id: 'helm-values-literal-secret',
        category: 'unsafe-injection',
        severity: 'high',
        description: 'A Helm values file sets a secret-like key to a literal value, which is committed and becomes every release\'s secret. High by default; medium for a guessable password (a well-known or image default such as `postgres`, `bitnami`, `minio123`, lower-case words with at most a short number, a counting run or stand-in words, also base64-encoded such as base64 of `db-password`); low for access key ids (`accessKey`, `minio.accessKey`, `*_ACCESS_KEY_ID`) and upload-only tokens. Placeholders are not reported. Template expressions (`{{ \u2026 }}`, `$var`) are not values.',
        helpUri: kubernetes_meta/* K8S_HELP */.lL,
    },
    appliesTo: (file) => file.kind === 'helm-values',
    check(file, context) {
        const findings = [];
        // Only secret-like keys are reported: values files without one are not parsed.
        if (!(0,secret_names/* mayHoldSecretNames */.T3)(file.text, context.settings.secretNames))
            return findings;
        for (const doc of file.yaml().documents) {
            if (doc.errors.length > 0)
                continue;
            const view = new yaml_view/* YamlView */.n(doc);
            if (isSopsEncrypted(view))
                continue;
            const seen = new Set();
            helm_values_walk(view, doc.contents, '', 0, (keyName, value, path) => {
                // A merged or aliased value is written once: report it once, at its first path.
                if (seen.has(value))
                    return;
                seen.add(value);
                if (!(0,secret_name/* isSecretLikeKey */.V)(keyName, context.settings))
                    return;
                const text = view.text(value);
                if (text === null)
                    return;
                const verdict = (0,password_policy/* judgeLiteral */.zC)(keyName, text);
                if (!verdict)
                    return;
                findings.push((0,kubernetes_report/* findingOnNode */.$)(this.meta, file, value, {
                    ...(verdict.severity !== 'high' ? { severity: verdict.severity } : {}),
                    message: `Helm values set the secret-like key "${path}" to a literal value.${verdict.note}${verdict.kind === 'guessable' ? ' Installs that keep the default share it.' : ''}`,
                    remediation: helm_values_REMEDIATION,
                    secret: text,
                    yamlPath: path,
                }));
            });
        }
        return findings;
    },
};
/** Every scalar under a key, and `{name, value}` pairs as in `extraEnvVars` lists. */
function helm_values_walk(view, node, path, depth, visit) {
    if (!node || depth > 64)
        return;
    if ((0,library/* isSeq */.oP)(node)) {
        view.items(node).forEach((item, i) => helm_values_walk(view, item, (0,yaml_view/* joinPath */.u)(path, i), depth + 1, visit));
        return;
    }
    if (!(0,library/* isMap */.jh)(node))
        return;
    const envName = view.text(view.get(node, 'name'));
    const envValue = view.get(node, 'value');
    if (envName && (0,library/* isScalar */.jn)(envValue))
        visit(envName, envValue, (0,yaml_view/* joinPath */.u)(path, 'value'));
    for (const entry of view.entries(node)) {
        if (!entry.value)
            continue;
        const entryPath = (0,yaml_view/* joinPath */.u)(path, entry.key);
        if ((0,library/* isScalar */.jn)(entry.value))
            visit(entry.key, entry.value, entryPath);
        else
            helm_values_walk(view, entry.value, entryPath, depth + 1, visit);
    }
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/kubernetes/kustomize-generator.js









/** `literals:` of kustomize generators: every secretGenerator literal, secret-like configMapGenerator ones. */
const kustomizeGeneratorLiteralRule = {
    meta: {
        id: 'kustomize-generator-literal',
        category: 'unsafe-injection',
        severity: 'high',
        description: 'A kustomize secretGenerator or configMapGenerator has a secret value written in `literals:`, so it is committed in plain text.',
        helpUri: kubernetes_meta/* K8S_HELP */.lL,
    },
    appliesTo: (file) => file.kind === 'kustomization',
    check(file, context) {
        const findings = [];
        for (const doc of file.yaml().documents) {
            if (doc.errors.length > 0)
                continue;
            const view = new yaml_view/* YamlView */.n(doc);
            for (const generator of ['secretGenerator', 'configMapGenerator']) {
                const isSecret = generator === 'secretGenerator';
                view.items(view.get(doc.contents, generator)).forEach((item, g) => {
                    const name = view.text(view.get(item, 'name')) ?? '(unnamed)';
                    view.items(view.get(item, 'literals')).forEach((literal, l) => {
                        const text = view.text(literal);
                        if (!(0,library/* isScalar */.jn)(literal) || text === null)
                            return;
                        const eq = text.indexOf('=');
                        if (eq <= 0)
                            return;
                        const key = text.slice(0, eq).trim();
                        let valueStart = eq + 1;
                        let value = text.slice(valueStart);
                        const quoted = /^(["'])(.*)\1$/s.exec(value);
                        if (quoted) {
                            valueStart += 1;
                            value = quoted[2];
                        }
                        if (!(0,secret_names/* isLiteralSecretValue */.R4)(value) && isSecret)
                            return;
                        if (isSecret ? (0,provider_key/* containsProviderKey */.g)(value) : !(0,secret_name/* isSecretLikeKey */.V)(key, context.settings))
                            return;
                        // The password policy of every literal rule (guessable: medium; an access key id: low).
                        const verdict = isSecret ? null : (0,password_policy/* judgeLiteral */.zC)(key, value);
                        if (!isSecret && !verdict)
                            return;
                        const span = (0,locate/* locateInScalar */.cj)(file.text, literal, valueStart, valueStart + value.length);
                        findings.push((0,kubernetes_report/* findingAt */.d)(this.meta, file, span.start, span.end, {
                            severity: isSecret ? 'medium' : verdict.severity,
                            message: isSecret
                                ? `secretGenerator "${name}" writes the value of "${key}" into kustomization.yaml in plain text.`
                                : `configMapGenerator "${name}" puts a literal value for the secret-like key "${key}" into a ConfigMap.${verdict.note}`,
                            remediation: isSecret
                                ? `Do not commit secret literals: generate the Secret from a file kept out of git, or use an ExternalSecret, SealedSecret or a SOPS-encrypted file (e.g. with the ksops plugin). ${kubernetes_meta/* SECRET_STORE_ADVICE */.aK}`
                                : `Move "${key}" to a secretGenerator fed from outside the repository, or an ExternalSecret, and read it with secretKeyRef.`,
                            secret: value,
                            yamlPath: (0,yaml_view/* joinPath */.u)((0,yaml_view/* joinPath */.u)((0,yaml_view/* joinPath */.u)(generator, g), 'literals'), l),
                        }));
                    });
                });
            }
        }
        return findings;
    },
};

// EXTERNAL MODULE: ./.build-emit/src/analyzers/kubernetes/kustomize-sources.js
var kustomize_sources = __webpack_require__(4548);
;// CONCATENATED MODULE: ./.build-emit/src/analyzers/kubernetes/decode.js
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Strict base64 (whitespace allowed between characters, as in `data:` block scalars), or null. */
function decodeBase64(value) {
    const compact = value.replace(/\s+/g, '');
    if (compact.length === 0 || compact.length % 4 === 1 || !BASE64.test(compact))
        return null;
    return Buffer.from(compact, 'base64').toString('utf8');
}
/** The credentials of a Docker config JSON (`.dockerconfigjson`, or the older `.dockercfg` map). */
function registryAuths(json) {
    let parsed;
    try {
        parsed = JSON.parse(json);
    }
    catch {
        return null;
    }
    if (!isRecord(parsed))
        return null;
    const auths = isRecord(parsed.auths) ? parsed.auths : parsed;
    const out = [];
    for (const [registry, entry] of Object.entries(auths)) {
        if (!isRecord(entry))
            continue;
        if (typeof entry.password === 'string' && entry.password !== '') {
            out.push({ registry, username: typeof entry.username === 'string' ? entry.username : '', password: entry.password, viaAuth: false });
        }
        else if (typeof entry.auth === 'string') {
            const decoded = decodeBase64(entry.auth);
            const colon = decoded?.indexOf(':') ?? -1;
            if (decoded && colon > 0)
                out.push({ registry, username: decoded.slice(0, colon), password: decoded.slice(colon + 1), viaAuth: true });
        }
    }
    return out;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/kubernetes/secret-entry.js




/**
 * Keys of a Secret's `data`/`stringData` that hold no credential: where and as whom to connect
 * (Argo CD repository and cluster Secrets: `url`, `type`, `name`, `project`, `username`,
 * `insecure`, `enableLfs`...), and public certificates. The last dotted segment is judged
 * (`discovery.sendtargets.auth.username_in`), in any spelling (`apiUsername`, `azurestorageaccountname`).
 */
const IDENTIFIER_KEY = /(^|_)(URL|URI|TYPE|NAME|PROJECT|HOST|HOSTNAME|PORT|USERNAME|USER|LOGIN|EMAIL|SERVER|NAMESPACE|INSECURE|REGION|ENDPOINT|ADDRESS|ID|PROXY|NO_PROXY|DATABASE|DB|SCHEME|PATH|BUCKET|ORG|ORGANIZATION|TENANT|SUBSCRIPTION|CLUSTER|CONTEXT|ZONE|DOMAIN|CRT|CERT|CERTIFICATE|CA|CA_DATA|CA_CERT|CA_BUNDLE)S?(_IN|_OUT)?$|^(ENABLE|DISABLE|FORCE|USE|SKIP|NO)_/;
const JOINED_IDENTIFIER = /(username|accountname|user|name|url|host|port|address|endpoint|server|namespace|region|crt|cert)$/;
/** What a Secret entry's key says it holds. */
function secretEntryRole(key) {
    const last = key.replace(/^\.+/, '').split('.').pop() ?? key;
    const snake = (0,secret_name/* toSnakeCase */.u)(last).toUpperCase().replace(/[-\s]/g, '_');
    if (/^\.?docker(configjson|cfg)$/i.test(key))
        return 'credential';
    if ((0,secret_names/* isSecretLikeName */.RW)(snake) || /(KEY|TOKEN|SECRET|PASS|PWD|PASSWORD|AUTH|CREDENTIALS?|HTPASSWD|PASSPHRASE)(_IN|_OUT)?$/.test(snake))
        return 'credential';
    if (IDENTIFIER_KEY.test(snake) || (/^[a-z]+$/.test(last) && JOINED_IDENTIFIER.test(last)))
        return 'identifier';
    return 'other';
}
/**
 * The severity policy of k8s-secret-manifest for one value: high for key material (long and
 * random, a private key, or a JSON credential file), medium for a human-chosen or well-known
 * password (a guessable one, as every literal rule judges it, or one someone chose), low for an
 * access key id under its key (the id half of the pair), nothing for placeholders and documentation
 * values. `key` is the entry's key, when known.
 */
function judgeCredential(value, key = '') {
    const v = value.trim();
    if (/-----BEGIN [A-Z ]*PRIVATE KEY-----\s*[A-Za-z0-9+/=]{40,}/.test(v))
        return { severity: 'high', why: 'a private key' };
    if (/"private_key"\s*:\s*"-----BEGIN/.test(v))
        return { severity: 'high', why: 'a service-account key file' };
    if (!(0,secret_names/* isLiteralSecretValue */.R4)(v)) {
        // `MYSQL_ROOT_PASSWORD: root`: the image's default, not a stand-in (the shared policy).
        return key !== '' && (0,password_policy/* judgeLiteral */.zC)(key, v) ? { severity: 'medium', why: 'a well-known default password' } : null;
    }
    if ((0,secret_names/* isStandInPlaceholder */.h0)(v))
        return null;
    const limited = key === '' ? null : (0,secret_names/* limitedCredential */.Eh)(key, v);
    if (limited?.kind === 'key-id')
        return { severity: 'low', why: 'an access key id, the id half of the pair: its secret half signs requests' };
    // A sentence that names what goes there (`shhhh! it's a GitHub secret`, Argo CD's argocd-secret sample).
    if (v.split(/\s+/).length >= 3 && /\b(secret|password|token|key|credentials?)\b/i.test(v))
        return null;
    if (/^-----BEGIN/.test(v))
        return null;
    const jwt = signedToken(v);
    if (jwt)
        return jwt;
    if (isKeyMaterial(v))
        return { severity: 'high', why: 'a generated credential (long and random)' };
    const guessable = (0,password_policy/* guessableReason */.cU)(v);
    return { severity: 'medium', why: guessable ? `a guessable password (${guessable}): anyone can try it` : 'a human-chosen password' };
}
/** Header, payload and signature of a signed JWT (the signature is what makes it a credential). */
const JWT = /^eyJ[A-Za-z0-9_-]{8,}\.(eyJ[A-Za-z0-9_-]{8,})\.[A-Za-z0-9_-]{20,}$/;
/**
 * A signed JWT is a bearer credential a service issued (its dots and its length kept it out of
 * `isKeyMaterial`, and it was judged "a human-chosen password"): high. The jwt.io sample (subject
 * `1234567890`) is documentation: medium, like other well-known values.
 */
function signedToken(value) {
    const m = JWT.exec(value);
    if (!m)
        return null;
    let claims = null;
    try {
        claims = JSON.parse(Buffer.from(m[1], 'base64url').toString('utf8'));
    }
    catch {
        return null;
    }
    if (typeof claims !== 'object' || claims === null)
        return null;
    if (claims['sub'] === '1234567890')
        return { severity: 'medium', why: 'the documentation sample JWT' };
    return { severity: 'high', why: 'a signed token (a JWT), a bearer credential issued by a service' };
}
/** Long and random: issued by a machine, not chosen by a person (`Gh-deploy-2024!` is the latter). */
function isKeyMaterial(value) {
    return value.length >= 20 && (0,generic/* isSecretValue */.w2)(value);
}
/** `name: value`, `"name": "value"`, `name = value` pairs inside a file kept in a Secret. */
const secret_entry_PAIR = /["']?([A-Za-z_][\w.-]*)["']?[ \t]*[:=][ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s,}"']+))/g;
/**
 * A file kept in a Secret (`config.json`, `grafana.ini`, an Argo CD cluster `config`): judged by
 * the credentials it holds under secret-like names; none, or only placeholders, is no finding.
 */
function judgeFile(value) {
    if (!(0,secret_names/* mayHoldSecretNames */.T3)(value))
        return null;
    let best = null;
    for (const m of value.matchAll(secret_entry_PAIR)) {
        if (secretEntryRole(m[1]) !== 'credential')
            continue;
        const verdict = judgeCredential(m[2] ?? m[3] ?? m[4], m[1]);
        if (verdict && (!best || verdict.severity === 'high'))
            best = { severity: verdict.severity, why: `${m[1]} holds ${verdict.why}` };
    }
    return best;
}
/** `scheme://user:password@host`: the password of a connection URL. */
function urlPassword(value) {
    const m = /^[a-z][a-z0-9+.-]*:\/\/[^/:@\s]+:([^@\s/]+)@/i.exec(value.trim());
    if (!m)
        return null;
    try {
        return decodeURIComponent(m[1]);
    }
    catch {
        return m[1];
    }
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/kubernetes/secret-manifest.js








const secret_manifest_REMEDIATION = 'A Secret manifest is only base64-encoded, not encrypted: commit a SealedSecret or an ExternalSecret instead (or encrypt the file with SOPS, or use the Secrets Store CSI driver), and rotate the value.';
/** Values committed in `kind: Secret` manifests (`data:` decoded, `stringData:` as written). */
const k8sSecretManifestRule = {
    meta: {
        id: 'k8s-secret-manifest',
        category: 'unsafe-injection',
        severity: 'high',
        description: 'A Kubernetes Secret with its values is committed: base64 is an encoding, anyone who can read the repository can read the secret. High for key material (long random values, private keys, signed JWTs), medium for human-chosen or guessable passwords (a well-known or image default such as `postgres` or `root`, lower-case words with at most a short number, a counting run or stand-in words) and binary data; low for an access key id under an `accessKey`/`aws-access-key` key; keys that hold no credential (`url`, `type`, `name`, `username`\u2026) and placeholders (`my-password`, `<your-token>`, `changeme`, `redacted`, `REPLACE_WITH_\u2026`, `YOUR_\u2026_HERE`, values that say to change them: `\u2026-change-in-production`, also base64-encoded) are not reported.',
        helpUri: kubernetes_meta/* K8S_HELP */.lL,
    },
    appliesTo: mayHoldManifests,
    check(file, context) {
        const findings = [];
        for (const object of k8sObjects(file, context.settings)) {
            // `kind` is case-sensitive (`secret` is not a Secret to the API server).
            if (object.kind !== 'Secret')
                continue;
            for (const finding of checkSecret(this.meta, file, object))
                findings.push(finding);
        }
        return findings;
    },
};
function checkSecret(meta, file, object) {
    const { view } = object;
    const name = view.text(view.get(view.get(object.node, 'metadata'), 'name')) ?? '(unnamed)';
    const findings = [];
    for (const field of ['data', 'stringData']) {
        const fieldPath = (0,yaml_view/* joinPath */.u)(object.path, field);
        for (const entry of view.entries(view.get(object.node, field))) {
            const raw = view.text(entry.value);
            if (raw === null || !entry.value)
                continue;
            const encoded = field === 'data';
            const value = encoded ? decodeBase64(raw) : raw;
            if (value === null || value.trim() === '')
                continue;
            // `data: { password: redacted }`: a placeholder written without encoding decodes to bytes.
            if (encoded && !isPrintable(value) && !(0,secret_names/* isLiteralSecretValue */.R4)(raw))
                continue;
            // A provider key is already reported by the text rule (hardcoded or decoded encoded-secret).
            if ((0,provider_key/* containsProviderKey */.g)(value))
                continue;
            const at = (details) => (0,kubernetes_report/* findingOnNode */.$)(meta, file, entry.value, { ...details, remediation: secret_manifest_REMEDIATION, yamlPath: (0,yaml_view/* joinPath */.u)(fieldPath, entry.key) });
            const auths = /^\.docker(configjson|cfg)$/.test(entry.key) ? registryAuths(value) : null;
            if (auths) {
                for (const auth of auths) {
                    const verdict = judgeCredential(auth.password);
                    if (!verdict)
                        continue;
                    const decodedFrom = [...(encoded ? ['base64'] : []), ...(auth.viaAuth ? ['base64'] : [])];
                    findings.push(at({ message: `Secret "${name}" holds registry credentials for ${auth.registry}${auth.username ? ` (user ${auth.username})` : ''} in ${entry.key}.`, secret: auth.password, severity: verdict.severity, ...(decodedFrom.length ? { decodedFrom } : {}) }));
                }
                continue;
            }
            if (!isPrintable(value)) {
                // Binary (a keystore, a keyring): key material by construction, unless its key says otherwise.
                if (secretEntryRole(entry.key) === 'identifier')
                    continue;
                findings.push(at({ message: `Secret "${name}" holds committed binary data for "${entry.key}" in ${field}. ${BASE64_NOTE}`, secret: value, ...(encoded ? { decodedFrom: ['base64'] } : {}), severity: 'medium' }));
                continue;
            }
            const verdict = judgeEntry(entry.key, value);
            if (!verdict)
                continue;
            findings.push(at({
                message: `Secret "${name}" holds a committed value for "${entry.key}" in ${field} (${verdict.why}).${encoded ? ` ${BASE64_NOTE}` : ' stringData is stored as written.'}`,
                secret: verdict.secret ?? value,
                severity: verdict.severity,
                ...(encoded ? { decodedFrom: ['base64'] } : {}),
            }));
        }
    }
    return findings;
}
const BASE64_NOTE = 'Base64 in `data:` is an encoding, not encryption: anyone who can read the repository decodes it.';
/**
 * One entry by its key: identifiers (`url`, `type`, `username`...) only when a URL embeds a
 * password, credentials by their value, other entries (files kept in the Secret) by the
 * credentials they hold under secret-like names.
 */
function judgeEntry(key, value) {
    const password = urlPassword(value);
    if (password !== null) {
        const verdict = judgeCredential(password);
        return verdict ? { ...verdict, why: `a connection URL with its password: ${verdict.why}`, secret: password } : null;
    }
    switch (secretEntryRole(key)) {
        case 'identifier':
            return null;
        case 'credential':
            return judgeCredential(value, key) ?? (value.includes('\n') ? judgeFile(value) : null);
        default:
            // A file kept in the Secret, judged by what it holds; or one value under a key that does not
            // say what it is, reported only when it looks issued by a machine.
            if (/\n/.test(value.trim()) || /^[{[]/.test(value.trim()))
                return judgeFile(value);
            return isKeyMaterial(value.trim()) ? { severity: 'medium', why: 'a value that looks generated, under a key that does not say what it holds' } : null;
    }
}
function isPrintable(text) {
    return !/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(text);
}

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/kubernetes/strict-secret-env.js





const ADVICE = 'Mount the Secret as a file instead (a `secret` volume with `volumeMounts`, read-only) and point the application at the file: environment variables are inherited by child processes and often end up in logs and crash dumps (CIS Kubernetes Benchmark 5.4.1).';
/** Opt-in (settings.kubernetes.strictSecretEnv): Secrets passed as environment variables. */
const k8sStrictSecretEnvRule = {
    meta: {
        id: 'k8s-secret-in-env',
        category: 'secret-exposure',
        severity: 'low',
        description: 'A Secret is passed to a container as environment variables rather than mounted as files (CIS 5.4.1); reported only with kubernetes.strictSecretEnv.',
        helpUri: kubernetes_meta/* K8S_HELP */.lL,
    },
    appliesTo: mayHoldManifests,
    check(file, context) {
        if (!context.settings.kubernetes.strictSecretEnv)
            return [];
        const findings = [];
        for (const object of k8sObjects(file, context.settings)) {
            const { view } = object;
            for (const container of containersOf(object)) {
                for (const env of envOf(view, container)) {
                    const ref = view.map(view.get(env.valueFrom, 'secretKeyRef'));
                    if (!ref)
                        continue;
                    findings.push((0,kubernetes_report/* findingOnNode */.$)(this.meta, file, ref, {
                        message: `Container "${container.name}" of ${object.kind} gets Secret key "${view.text(view.get(ref, 'key')) ?? '?'}" as environment variable ${env.name}.`,
                        remediation: ADVICE,
                        fingerprintSeed: `${container.name}\0${env.name}`,
                        yamlPath: (0,yaml_view/* joinPath */.u)((0,yaml_view/* joinPath */.u)(env.path, 'valueFrom'), 'secretKeyRef'),
                    }));
                }
                const envFromPath = (0,yaml_view/* joinPath */.u)(container.path, 'envFrom');
                view.items(view.get(container.node, 'envFrom')).forEach((item, i) => {
                    const ref = view.map(view.get(item, 'secretRef'));
                    if (!ref)
                        return;
                    const name = view.text(view.get(ref, 'name')) ?? '?';
                    findings.push((0,kubernetes_report/* findingOnNode */.$)(this.meta, file, ref, {
                        message: `Container "${container.name}" of ${object.kind} gets every key of Secret "${name}" as environment variables (envFrom).`,
                        remediation: ADVICE,
                        fingerprintSeed: `${container.name}\0envFrom\0${name}`,
                        yamlPath: (0,yaml_view/* joinPath */.u)((0,yaml_view/* joinPath */.u)(envFromPath, i), 'secretRef'),
                    }));
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./.build-emit/src/analyzers/kubernetes/index.js









/** The kubernetes rules (manifests, Helm values, kustomize), one file each, in a flat list. */
const KUBERNETES_RULES = [
    k8sEnvLiteralRule,
    k8sEnvConfigMapRule,
    k8sStrictSecretEnvRule,
    k8sSecretManifestRule,
    k8sConfigMapSecretRule,
    kustomizeGeneratorLiteralRule,
    kustomize_sources/* kustomizeGeneratorSourceRule */.g_,
    helmValuesLiteralRule,
    helmTemplateEnvValueRule,
];
const KUBERNETES_REPOSITORY_RULES = (/* unused pure expression or super */ null && ([]));

// EXTERNAL MODULE: ./.build-emit/src/analyzers/custom-detectors.js
var custom_detectors = __webpack_require__(2150);
// EXTERNAL MODULE: ./.build-emit/src/analyzers/plain-rules.js
var plain_rules = __webpack_require__(5029);
// EXTERNAL MODULE: ./.build-emit/src/analyzers/text.js
var analyzers_text = __webpack_require__(1828);
// EXTERNAL MODULE: ./.build-emit/src/core/finding.js
var finding = __webpack_require__(8906);
;// CONCATENATED MODULE: ./.build-emit/src/analyzers/registry.js











/** The flat list of rules every scan runs. Each area registers its rules in its own index.ts. */
const FILE_RULES = [
    analyzers_text/* hardcodedSecretRule */.rl,
    ...GITHUB_ACTIONS_RULES,
    ...GITLAB_CI_RULES,
    ...KUBERNETES_RULES,
    ...CONTAINER_RULES,
    ...env_files/* ENV_FILE_RULES */.H,
    ...BROWSER_EXPOSURE_RULES,
    ...commands/* COMMAND_RULES */.u,
    custom_detectors/* customDetectorsRule */.zE,
];
/** Every repository rule, defined beside the plain-file rules (all of them are light). */

/** Metadata of every rule id a finding can carry (for SARIF and documentation). */
/** Ids a custom or imported rule may not take: every built-in rule, every category, and `taken`. */
function reservedRuleIds(taken = []) {
    return [...allRuleMeta().map((m) => m.id), ...finding/* CATEGORIES */.R6, ...taken];
}
function allRuleMeta() {
    const byId = new Map();
    for (const rule of [...FILE_RULES, ...plain_rules/* REPOSITORY_RULES */.v]) {
        for (const meta of rule.reports ?? [rule.meta])
            byId.set(meta.id, meta);
    }
    return [...byId.values()];
}


/***/ })

};
