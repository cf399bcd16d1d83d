export const id = 666;
export const ids = [666];
export const modules = {

/***/ 2666:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseConfig: () => (/* binding */ parseConfig),
  parseConfigText: () => (/* binding */ parseConfigText),
  yamlPath: () => (/* binding */ yamlPath)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build-emit/src/yaml/library.js
var library = __webpack_require__(4716);
;// CONCATENATED MODULE: ./.build-emit/schemas/config.schema.json
const config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/openai-secret-lint/openai-secret-lint/main/schemas/config.schema.json","title":"openai-secret-lint configuration","description":"The .openai-secret-lint.yml (or .yaml, .json) file at the root of a scanned repository. Every key is optional; command-line flags and Action inputs take precedence over it.","type":"object","additionalProperties":false,"properties":{"$schema":{"description":"The schema this file follows, for editors.","type":"string"},"failOn":{"description":"Fail (exit code 1, failed check) when a finding is at or above this severity.","enum":["critical","high","medium","low"],"default":"high","examples":["medium"]},"include":{"description":"Scan only files matching these gitignore-style patterns, relative to the scan root. Empty: every file.","type":"array","items":{"type":"string","minLength":1},"default":[],"examples":[["src/",".github/","*.yml"]]},"exclude":{"description":"Never scan files matching these gitignore-style patterns, relative to the scan root.","type":"array","items":{"type":"string","minLength":1},"default":[],"examples":[["vendor/","**/testdata/**","*.min.js"]]},"rules":{"description":"Per rule (by rule id, or by category), a new severity or `off` to disable it.","type":"object","additionalProperties":{"enum":["off","low","medium","high","critical"]},"default":{},"examples":[{"unprotected-env-file":"low","secret-exposure":"off"}]},"allow":{"description":"Findings that are accepted and hidden (counted as suppressed).","type":"object","additionalProperties":false,"properties":{"paths":{"description":"Gitignore-style patterns of files whose findings are hidden.","type":"array","items":{"type":"string","minLength":1},"default":[],"examples":[["docs/examples/"]]},"patterns":{"description":"Regular expressions in RE2 syntax (https://github.com/google/re2/wiki/Syntax), matched anywhere in the secret value itself, not the line. They run in linear time; backreferences (\\\\1) and lookarounds ((?=\u2026), (?<!\u2026)) are not supported and are a configuration error. Inline flags such as (?i) work.","type":"array","items":{"type":"string","minLength":1},"default":[],"examples":[["EXAMPLE","^sk-test-"]]},"fingerprints":{"description":"Fingerprints of individual findings, as shown in the JSON report.","type":"array","items":{"type":"string","pattern":"^[0-9a-f]{32}$"},"default":[],"examples":[["0123456789abcdef0123456789abcdef"]]}},"default":{}},"secretNames":{"description":"Tune which variable names are treated as holding secrets. `*` is a wildcard; case, `-`, `.` and `_` do not matter.","type":"object","additionalProperties":false,"properties":{"extra":{"description":"Names (or `*` patterns) that also hold secrets.","type":"array","items":{"type":"string","minLength":1},"default":[],"examples":[["*_SIGNING_KEY","WEBHOOK_SALT"]]},"ignore":{"description":"Names (or `*` patterns) never treated as secrets.","type":"array","items":{"type":"string","minLength":1},"default":[],"examples":[["PUBLIC_TOKEN_ENDPOINT"]]}},"default":{}},"decodeDepth":{"description":"How many nested encodings (base64, hex, URL) are decoded when looking for secrets. 0 disables decoding.","type":"integer","minimum":0,"maximum":8,"default":3,"examples":[2]},"maxFileSize":{"description":"Files larger than this many bytes are skipped, with a diagnostic.","type":"integer","minimum":1,"default":5242880,"examples":[1048576]},"envFiles":{"description":"Env files (.env and friends).","type":"object","additionalProperties":false,"properties":{"templates":{"description":"Extra env-file names that are committed on purpose as templates (like .env.example) and so are not reported as committed env files.","type":"array","items":{"type":"string","minLength":1},"default":[],"examples":[[".env.ci","deploy/.env.defaults"]]}},"default":{}},"kubernetes":{"description":"Kubernetes manifests.","type":"object","additionalProperties":false,"properties":{"strictSecretEnv":{"description":"Also report secret-like env values taken from ConfigMaps or plain values even when they look like references or placeholders.","type":"boolean","default":false}},"default":{}},"detectors":{"description":"Your own detectors, for token formats no built-in detector knows. Each finding is reported under the detector\'s id and handled like a built-in one: redacted, fingerprinted, suppressible inline and by `allow`, `rules` and baselines, in every report format. Patterns are RE2 syntax (https://github.com/google/re2/wiki/Syntax), run in linear time; backreferences and lookarounds are not supported.","type":"array","maxItems":1000,"items":{"type":"object","additionalProperties":false,"required":["id","regex"],"properties":{"id":{"description":"Rule id of the findings (lower-case letters, digits and `-`, like every rule id); must not be a built-in rule id.","type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,99}$"},"regex":{"description":"RE2 pattern matching the credential (with its context, if a capture group holds the secret).","type":"string","minLength":1,"maxLength":4096},"keywords":{"description":"Literal words (any case), one of which the text must hold for the pattern to run: the cheap prefilter. Empty: the pattern runs on every file.","type":"array","items":{"type":"string","minLength":1,"maxLength":100},"maxItems":50,"default":[]},"secretGroup":{"description":"Capture group holding the secret. Default: the first group that matched, else the whole match.","type":"integer","minimum":0,"maximum":100},"entropy":{"description":"Minimum Shannon entropy of the secret, in bits per character (random tokens: about 3.5 and more).","type":"number","minimum":0,"maximum":8},"severity":{"description":"Severity of the findings.","enum":["critical","high","medium","low"],"default":"high"},"description":{"description":"What the detector finds, shown with every finding and in rule lists.","type":"string","minLength":1,"maxLength":500},"remediation":{"description":"What to do about a finding.","type":"string","minLength":1,"maxLength":2000},"paths":{"description":"Gitignore-style patterns: the detector runs only on files matching one. Default: every file.","type":"array","items":{"type":"string","minLength":1},"default":[]}}},"default":[],"examples":[[{"id":"acme-api-token","regex":"\\\\b(acme_[A-Za-z0-9]{32})\\\\b","keywords":["acme_"],"entropy":3.5,"severity":"critical","description":"An ACME internal API token.","remediation":"Revoke it at https://acme.example/tokens and read it from the secret store."}]]},"gitleaksConfig":{"description":"A gitleaks configuration file (TOML), relative to the scan root and inside it (never through a symbolic link): its rules run as custom detectors and its allowlists apply. Fields that cannot be honoured are reported as warnings.","type":"string","minLength":1,"examples":[".gitleaks.toml"]},"baseline":{"description":"A baseline file written by --write-baseline, relative to this config file\'s directory: the findings it lists are hidden (and counted). The --baseline flag and the Action\'s baseline input take precedence. On pull requests the Action reads it from the base commit, as it reads this file.","type":"string","minLength":1,"examples":[".openai-secret-lint-baseline.json"]}}}');
// EXTERNAL MODULE: ./.build-emit/src/analyzers/registry.js + 53 modules
var registry = __webpack_require__(9944);
// EXTERNAL MODULE: ./.build-emit/src/core/allow-patterns.js
var allow_patterns = __webpack_require__(4723);
// EXTERNAL MODULE: ./.build-emit/src/core/errors.js
var errors = __webpack_require__(7144);
// EXTERNAL MODULE: ./.build-emit/src/yaml/load.js + 1 modules
var load = __webpack_require__(4041);
// EXTERNAL MODULE: ./.build-emit/src/config/detectors.js
var detectors = __webpack_require__(7653);
;// CONCATENATED MODULE: ./.build-emit/src/config/schema-validator.generated.js
// GENERATED by scripts/config-validator.mjs (`npm run build`) from schemas/config.schema.json with
// ajv's standalone code: do not edit. Typed by src/config/validate.ts.
// @ts-nocheck
const validate = validate20;
/* harmony default export */ const schema_validator_generated = ((/* unused pure expression or super */ null && (validate20)));
const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/openai-secret-lint/openai-secret-lint/main/schemas/config.schema.json", "title": "openai-secret-lint configuration", "description": "The .openai-secret-lint.yml (or .yaml, .json) file at the root of a scanned repository. Every key is optional; command-line flags and Action inputs take precedence over it.", "type": "object", "additionalProperties": false, "properties": { "$schema": { "description": "The schema this file follows, for editors.", "type": "string" }, "failOn": { "description": "Fail (exit code 1, failed check) when a finding is at or above this severity.", "enum": ["critical", "high", "medium", "low"], "default": "high", "examples": ["medium"] }, "include": { "description": "Scan only files matching these gitignore-style patterns, relative to the scan root. Empty: every file.", "type": "array", "items": { "type": "string", "minLength": 1 }, "default": [], "examples": [["src/", ".github/", "*.yml"]] }, "exclude": { "description": "Never scan files matching these gitignore-style patterns, relative to the scan root.", "type": "array", "items": { "type": "string", "minLength": 1 }, "default": [], "examples": [["vendor/", "**/testdata/**", "*.min.js"]] }, "rules": { "description": "Per rule (by rule id, or by category), a new severity or `off` to disable it.", "type": "object", "additionalProperties": { "enum": ["off", "low", "medium", "high", "critical"] }, "default": {}, "examples": [{ "unprotected-env-file": "low", "secret-exposure": "off" }] }, "allow": { "description": "Findings that are accepted and hidden (counted as suppressed).", "type": "object", "additionalProperties": false, "properties": { "paths": { "description": "Gitignore-style patterns of files whose findings are hidden.", "type": "array", "items": { "type": "string", "minLength": 1 }, "default": [], "examples": [["docs/examples/"]] }, "patterns": { "description": "Regular expressions in RE2 syntax (https://github.com/google/re2/wiki/Syntax), matched anywhere in the secret value itself, not the line. They run in linear time; backreferences (\\1) and lookarounds ((?=\u2026), (?<!\u2026)) are not supported and are a configuration error. Inline flags such as (?i) work.", "type": "array", "items": { "type": "string", "minLength": 1 }, "default": [], "examples": [["EXAMPLE", "^sk-test-"]] }, "fingerprints": { "description": "Fingerprints of individual findings, as shown in the JSON report.", "type": "array", "items": { "type": "string", "pattern": "^[0-9a-f]{32}$" }, "default": [], "examples": [["0123456789abcdef0123456789abcdef"]] } }, "default": {} }, "secretNames": { "description": "Tune which variable names are treated as holding secrets. `*` is a wildcard; case, `-`, `.` and `_` do not matter.", "type": "object", "additionalProperties": false, "properties": { "extra": { "description": "Names (or `*` patterns) that also hold secrets.", "type": "array", "items": { "type": "string", "minLength": 1 }, "default": [], "examples": [["*_SIGNING_KEY", "WEBHOOK_SALT"]] }, "ignore": { "description": "Names (or `*` patterns) never treated as secrets.", "type": "array", "items": { "type": "string", "minLength": 1 }, "default": [], "examples": [["PUBLIC_TOKEN_ENDPOINT"]] } }, "default": {} }, "decodeDepth": { "description": "How many nested encodings (base64, hex, URL) are decoded when looking for secrets. 0 disables decoding.", "type": "integer", "minimum": 0, "maximum": 8, "default": 3, "examples": [2] }, "maxFileSize": { "description": "Files larger than this many bytes are skipped, with a diagnostic.", "type": "integer", "minimum": 1, "default": 5242880, "examples": [1048576] }, "envFiles": { "description": "Env files (.env and friends).", "type": "object", "additionalProperties": false, "properties": { "templates": { "description": "Extra env-file names that are committed on purpose as templates (like .env.example) and so are not reported as committed env files.", "type": "array", "items": { "type": "string", "minLength": 1 }, "default": [], "examples": [[".env.ci", "deploy/.env.defaults"]] } }, "default": {} }, "kubernetes": { "description": "Kubernetes manifests.", "type": "object", "additionalProperties": false, "properties": { "strictSecretEnv": { "description": "Also report secret-like env values taken from ConfigMaps or plain values even when they look like references or placeholders.", "type": "boolean", "default": false } }, "default": {} }, "detectors": { "description": "Your own detectors, for token formats no built-in detector knows. Each finding is reported under the detector's id and handled like a built-in one: redacted, fingerprinted, suppressible inline and by `allow`, `rules` and baselines, in every report format. Patterns are RE2 syntax (https://github.com/google/re2/wiki/Syntax), run in linear time; backreferences and lookarounds are not supported.", "type": "array", "maxItems": 1000, "items": { "type": "object", "additionalProperties": false, "required": ["id", "regex"], "properties": { "id": { "description": "Rule id of the findings (lower-case letters, digits and `-`, like every rule id); must not be a built-in rule id.", "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,99}$" }, "regex": { "description": "RE2 pattern matching the credential (with its context, if a capture group holds the secret).", "type": "string", "minLength": 1, "maxLength": 4096 }, "keywords": { "description": "Literal words (any case), one of which the text must hold for the pattern to run: the cheap prefilter. Empty: the pattern runs on every file.", "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 100 }, "maxItems": 50, "default": [] }, "secretGroup": { "description": "Capture group holding the secret. Default: the first group that matched, else the whole match.", "type": "integer", "minimum": 0, "maximum": 100 }, "entropy": { "description": "Minimum Shannon entropy of the secret, in bits per character (random tokens: about 3.5 and more).", "type": "number", "minimum": 0, "maximum": 8 }, "severity": { "description": "Severity of the findings.", "enum": ["critical", "high", "medium", "low"], "default": "high" }, "description": { "description": "What the detector finds, shown with every finding and in rule lists.", "type": "string", "minLength": 1, "maxLength": 500 }, "remediation": { "description": "What to do about a finding.", "type": "string", "minLength": 1, "maxLength": 2000 }, "paths": { "description": "Gitignore-style patterns: the detector runs only on files matching one. Default: every file.", "type": "array", "items": { "type": "string", "minLength": 1 }, "default": [] } } }, "default": [], "examples": [[{ "id": "acme-api-token", "regex": "\\b(acme_[A-Za-z0-9]{32})\\b", "keywords": ["acme_"], "entropy": 3.5, "severity": "critical", "description": "An ACME internal API token.", "remediation": "Revoke it at https://acme.example/tokens and read it from the secret store." }]] }, "gitleaksConfig": { "description": "A gitleaks configuration file (TOML), relative to the scan root and inside it (never through a symbolic link): its rules run as custom detectors and its allowlists apply. Fields that cannot be honoured are reported as warnings.", "type": "string", "minLength": 1, "examples": [".gitleaks.toml"] }, "baseline": { "description": "A baseline file written by --write-baseline, relative to this config file's directory: the findings it lists are hidden (and counted). The --baseline flag and the Action's baseline input take precedence. On pull requests the Action reads it from the base commit, as it reads this file.", "type": "string", "minLength": 1, "examples": [".openai-secret-lint-baseline.json"] } } };
const func1 = Object.prototype.hasOwnProperty;
const func2 = ((text) => { let n = 0; for (const _ of text)
    n++; return n; }) /* ajv ucs2length: length in code points */;
const pattern4 = new RegExp("^[0-9a-f]{32}$", "u");
const pattern5 = new RegExp("^[a-z0-9][a-z0-9-]{0,99}$", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    /*# sourceURL="https://raw.githubusercontent.com/openai-secret-lint/openai-secret-lint/main/schemas/config.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate20.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(func1.call(schema31.properties, key0))) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.$schema !== undefined) {
            let data0 = data.$schema;
            if (typeof data0 !== "string") {
                const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.$schema.type, parentSchema: schema31.properties.$schema, data: data0 };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.failOn !== undefined) {
            let data1 = data.failOn;
            if (!((((data1 === "critical") || (data1 === "high")) || (data1 === "medium")) || (data1 === "low"))) {
                const err2 = { instancePath: instancePath + "/failOn", schemaPath: "#/properties/failOn/enum", keyword: "enum", params: { allowedValues: schema31.properties.failOn.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.failOn.enum, parentSchema: schema31.properties.failOn, data: data1 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.include !== undefined) {
            let data2 = data.include;
            if (Array.isArray(data2)) {
                const len0 = data2.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data3 = data2[i0];
                    if (typeof data3 === "string") {
                        if (func2(data3) < 1) {
                            const err3 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.include.items, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err3];
                            }
                            else {
                                vErrors.push(err3);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err4 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.include.items.type, parentSchema: schema31.properties.include.items, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err5 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.include.type, parentSchema: schema31.properties.include, data: data2 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.exclude !== undefined) {
            let data4 = data.exclude;
            if (Array.isArray(data4)) {
                const len1 = data4.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data5 = data4[i1];
                    if (typeof data5 === "string") {
                        if (func2(data5) < 1) {
                            const err6 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.exclude.items, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err6];
                            }
                            else {
                                vErrors.push(err6);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err7 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.exclude.items.type, parentSchema: schema31.properties.exclude.items, data: data5 };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err8 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.exclude.type, parentSchema: schema31.properties.exclude, data: data4 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.rules !== undefined) {
            let data6 = data.rules;
            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                for (const key1 in data6) {
                    let data7 = data6[key1];
                    if (!(((((data7 === "off") || (data7 === "low")) || (data7 === "medium")) || (data7 === "high")) || (data7 === "critical"))) {
                        const err9 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.additionalProperties.enum, parentSchema: schema31.properties.rules.additionalProperties, data: data7 };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err10 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.rules.type, parentSchema: schema31.properties.rules, data: data6 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.allow !== undefined) {
            let data8 = data.allow;
            if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                for (const key2 in data8) {
                    if (!(((key2 === "paths") || (key2 === "patterns")) || (key2 === "fingerprints"))) {
                        const err11 = { instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.allow, data: data8 };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                }
                if (data8.paths !== undefined) {
                    let data9 = data8.paths;
                    if (Array.isArray(data9)) {
                        const len2 = data9.length;
                        for (let i2 = 0; i2 < len2; i2++) {
                            let data10 = data9[i2];
                            if (typeof data10 === "string") {
                                if (func2(data10) < 1) {
                                    const err12 = { instancePath: instancePath + "/allow/paths/" + i2, schemaPath: "#/properties/allow/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.allow.properties.paths.items, data: data10 };
                                    if (vErrors === null) {
                                        vErrors = [err12];
                                    }
                                    else {
                                        vErrors.push(err12);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err13 = { instancePath: instancePath + "/allow/paths/" + i2, schemaPath: "#/properties/allow/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.allow.properties.paths.items.type, parentSchema: schema31.properties.allow.properties.paths.items, data: data10 };
                                if (vErrors === null) {
                                    vErrors = [err13];
                                }
                                else {
                                    vErrors.push(err13);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err14 = { instancePath: instancePath + "/allow/paths", schemaPath: "#/properties/allow/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.allow.properties.paths.type, parentSchema: schema31.properties.allow.properties.paths, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                }
                if (data8.patterns !== undefined) {
                    let data11 = data8.patterns;
                    if (Array.isArray(data11)) {
                        const len3 = data11.length;
                        for (let i3 = 0; i3 < len3; i3++) {
                            let data12 = data11[i3];
                            if (typeof data12 === "string") {
                                if (func2(data12) < 1) {
                                    const err15 = { instancePath: instancePath + "/allow/patterns/" + i3, schemaPath: "#/properties/allow/properties/patterns/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.allow.properties.patterns.items, data: data12 };
                                    if (vErrors === null) {
                                        vErrors = [err15];
                                    }
                                    else {
                                        vErrors.push(err15);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err16 = { instancePath: instancePath + "/allow/patterns/" + i3, schemaPath: "#/properties/allow/properties/patterns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.allow.properties.patterns.items.type, parentSchema: schema31.properties.allow.properties.patterns.items, data: data12 };
                                if (vErrors === null) {
                                    vErrors = [err16];
                                }
                                else {
                                    vErrors.push(err16);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err17 = { instancePath: instancePath + "/allow/patterns", schemaPath: "#/properties/allow/properties/patterns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.allow.properties.patterns.type, parentSchema: schema31.properties.allow.properties.patterns, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err17];
                        }
                        else {
                            vErrors.push(err17);
                        }
                        errors++;
                    }
                }
                if (data8.fingerprints !== undefined) {
                    let data13 = data8.fingerprints;
                    if (Array.isArray(data13)) {
                        const len4 = data13.length;
                        for (let i4 = 0; i4 < len4; i4++) {
                            let data14 = data13[i4];
                            if (typeof data14 === "string") {
                                if (!pattern4.test(data14)) {
                                    const err18 = { instancePath: instancePath + "/allow/fingerprints/" + i4, schemaPath: "#/properties/allow/properties/fingerprints/items/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: "must match pattern \"" + "^[0-9a-f]{32}$" + "\"", schema: "^[0-9a-f]{32}$", parentSchema: schema31.properties.allow.properties.fingerprints.items, data: data14 };
                                    if (vErrors === null) {
                                        vErrors = [err18];
                                    }
                                    else {
                                        vErrors.push(err18);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err19 = { instancePath: instancePath + "/allow/fingerprints/" + i4, schemaPath: "#/properties/allow/properties/fingerprints/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.allow.properties.fingerprints.items.type, parentSchema: schema31.properties.allow.properties.fingerprints.items, data: data14 };
                                if (vErrors === null) {
                                    vErrors = [err19];
                                }
                                else {
                                    vErrors.push(err19);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err20 = { instancePath: instancePath + "/allow/fingerprints", schemaPath: "#/properties/allow/properties/fingerprints/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.allow.properties.fingerprints.type, parentSchema: schema31.properties.allow.properties.fingerprints, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err20];
                        }
                        else {
                            vErrors.push(err20);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err21 = { instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.allow.type, parentSchema: schema31.properties.allow, data: data8 };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
        }
        if (data.secretNames !== undefined) {
            let data15 = data.secretNames;
            if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                for (const key3 in data15) {
                    if (!((key3 === "extra") || (key3 === "ignore"))) {
                        const err22 = { instancePath: instancePath + "/secretNames", schemaPath: "#/properties/secretNames/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.secretNames, data: data15 };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                }
                if (data15.extra !== undefined) {
                    let data16 = data15.extra;
                    if (Array.isArray(data16)) {
                        const len5 = data16.length;
                        for (let i5 = 0; i5 < len5; i5++) {
                            let data17 = data16[i5];
                            if (typeof data17 === "string") {
                                if (func2(data17) < 1) {
                                    const err23 = { instancePath: instancePath + "/secretNames/extra/" + i5, schemaPath: "#/properties/secretNames/properties/extra/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.secretNames.properties.extra.items, data: data17 };
                                    if (vErrors === null) {
                                        vErrors = [err23];
                                    }
                                    else {
                                        vErrors.push(err23);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err24 = { instancePath: instancePath + "/secretNames/extra/" + i5, schemaPath: "#/properties/secretNames/properties/extra/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.secretNames.properties.extra.items.type, parentSchema: schema31.properties.secretNames.properties.extra.items, data: data17 };
                                if (vErrors === null) {
                                    vErrors = [err24];
                                }
                                else {
                                    vErrors.push(err24);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err25 = { instancePath: instancePath + "/secretNames/extra", schemaPath: "#/properties/secretNames/properties/extra/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.secretNames.properties.extra.type, parentSchema: schema31.properties.secretNames.properties.extra, data: data16 };
                        if (vErrors === null) {
                            vErrors = [err25];
                        }
                        else {
                            vErrors.push(err25);
                        }
                        errors++;
                    }
                }
                if (data15.ignore !== undefined) {
                    let data18 = data15.ignore;
                    if (Array.isArray(data18)) {
                        const len6 = data18.length;
                        for (let i6 = 0; i6 < len6; i6++) {
                            let data19 = data18[i6];
                            if (typeof data19 === "string") {
                                if (func2(data19) < 1) {
                                    const err26 = { instancePath: instancePath + "/secretNames/ignore/" + i6, schemaPath: "#/properties/secretNames/properties/ignore/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.secretNames.properties.ignore.items, data: data19 };
                                    if (vErrors === null) {
                                        vErrors = [err26];
                                    }
                                    else {
                                        vErrors.push(err26);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err27 = { instancePath: instancePath + "/secretNames/ignore/" + i6, schemaPath: "#/properties/secretNames/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.secretNames.properties.ignore.items.type, parentSchema: schema31.properties.secretNames.properties.ignore.items, data: data19 };
                                if (vErrors === null) {
                                    vErrors = [err27];
                                }
                                else {
                                    vErrors.push(err27);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err28 = { instancePath: instancePath + "/secretNames/ignore", schemaPath: "#/properties/secretNames/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.secretNames.properties.ignore.type, parentSchema: schema31.properties.secretNames.properties.ignore, data: data18 };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err29 = { instancePath: instancePath + "/secretNames", schemaPath: "#/properties/secretNames/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.secretNames.type, parentSchema: schema31.properties.secretNames, data: data15 };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
        }
        if (data.decodeDepth !== undefined) {
            let data20 = data.decodeDepth;
            if (!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))) {
                const err30 = { instancePath: instancePath + "/decodeDepth", schemaPath: "#/properties/decodeDepth/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.decodeDepth.type, parentSchema: schema31.properties.decodeDepth, data: data20 };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
            if ((typeof data20 == "number") && (isFinite(data20))) {
                if (data20 > 8 || isNaN(data20)) {
                    const err31 = { instancePath: instancePath + "/decodeDepth", schemaPath: "#/properties/decodeDepth/maximum", keyword: "maximum", params: { comparison: "<=", limit: 8 }, message: "must be <= 8", schema: 8, parentSchema: schema31.properties.decodeDepth, data: data20 };
                    if (vErrors === null) {
                        vErrors = [err31];
                    }
                    else {
                        vErrors.push(err31);
                    }
                    errors++;
                }
                if (data20 < 0 || isNaN(data20)) {
                    const err32 = { instancePath: instancePath + "/decodeDepth", schemaPath: "#/properties/decodeDepth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.decodeDepth, data: data20 };
                    if (vErrors === null) {
                        vErrors = [err32];
                    }
                    else {
                        vErrors.push(err32);
                    }
                    errors++;
                }
            }
        }
        if (data.maxFileSize !== undefined) {
            let data21 = data.maxFileSize;
            if (!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))) {
                const err33 = { instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.maxFileSize.type, parentSchema: schema31.properties.maxFileSize, data: data21 };
                if (vErrors === null) {
                    vErrors = [err33];
                }
                else {
                    vErrors.push(err33);
                }
                errors++;
            }
            if ((typeof data21 == "number") && (isFinite(data21))) {
                if (data21 < 1 || isNaN(data21)) {
                    const err34 = { instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.maxFileSize, data: data21 };
                    if (vErrors === null) {
                        vErrors = [err34];
                    }
                    else {
                        vErrors.push(err34);
                    }
                    errors++;
                }
            }
        }
        if (data.envFiles !== undefined) {
            let data22 = data.envFiles;
            if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                for (const key4 in data22) {
                    if (!(key4 === "templates")) {
                        const err35 = { instancePath: instancePath + "/envFiles", schemaPath: "#/properties/envFiles/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.envFiles, data: data22 };
                        if (vErrors === null) {
                            vErrors = [err35];
                        }
                        else {
                            vErrors.push(err35);
                        }
                        errors++;
                    }
                }
                if (data22.templates !== undefined) {
                    let data23 = data22.templates;
                    if (Array.isArray(data23)) {
                        const len7 = data23.length;
                        for (let i7 = 0; i7 < len7; i7++) {
                            let data24 = data23[i7];
                            if (typeof data24 === "string") {
                                if (func2(data24) < 1) {
                                    const err36 = { instancePath: instancePath + "/envFiles/templates/" + i7, schemaPath: "#/properties/envFiles/properties/templates/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.envFiles.properties.templates.items, data: data24 };
                                    if (vErrors === null) {
                                        vErrors = [err36];
                                    }
                                    else {
                                        vErrors.push(err36);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err37 = { instancePath: instancePath + "/envFiles/templates/" + i7, schemaPath: "#/properties/envFiles/properties/templates/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.envFiles.properties.templates.items.type, parentSchema: schema31.properties.envFiles.properties.templates.items, data: data24 };
                                if (vErrors === null) {
                                    vErrors = [err37];
                                }
                                else {
                                    vErrors.push(err37);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err38 = { instancePath: instancePath + "/envFiles/templates", schemaPath: "#/properties/envFiles/properties/templates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.envFiles.properties.templates.type, parentSchema: schema31.properties.envFiles.properties.templates, data: data23 };
                        if (vErrors === null) {
                            vErrors = [err38];
                        }
                        else {
                            vErrors.push(err38);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err39 = { instancePath: instancePath + "/envFiles", schemaPath: "#/properties/envFiles/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.envFiles.type, parentSchema: schema31.properties.envFiles, data: data22 };
                if (vErrors === null) {
                    vErrors = [err39];
                }
                else {
                    vErrors.push(err39);
                }
                errors++;
            }
        }
        if (data.kubernetes !== undefined) {
            let data25 = data.kubernetes;
            if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                for (const key5 in data25) {
                    if (!(key5 === "strictSecretEnv")) {
                        const err40 = { instancePath: instancePath + "/kubernetes", schemaPath: "#/properties/kubernetes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.kubernetes, data: data25 };
                        if (vErrors === null) {
                            vErrors = [err40];
                        }
                        else {
                            vErrors.push(err40);
                        }
                        errors++;
                    }
                }
                if (data25.strictSecretEnv !== undefined) {
                    let data26 = data25.strictSecretEnv;
                    if (typeof data26 !== "boolean") {
                        const err41 = { instancePath: instancePath + "/kubernetes/strictSecretEnv", schemaPath: "#/properties/kubernetes/properties/strictSecretEnv/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.kubernetes.properties.strictSecretEnv.type, parentSchema: schema31.properties.kubernetes.properties.strictSecretEnv, data: data26 };
                        if (vErrors === null) {
                            vErrors = [err41];
                        }
                        else {
                            vErrors.push(err41);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err42 = { instancePath: instancePath + "/kubernetes", schemaPath: "#/properties/kubernetes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.kubernetes.type, parentSchema: schema31.properties.kubernetes, data: data25 };
                if (vErrors === null) {
                    vErrors = [err42];
                }
                else {
                    vErrors.push(err42);
                }
                errors++;
            }
        }
        if (data.detectors !== undefined) {
            let data27 = data.detectors;
            if (Array.isArray(data27)) {
                if (data27.length > 1000) {
                    const err43 = { instancePath: instancePath + "/detectors", schemaPath: "#/properties/detectors/maxItems", keyword: "maxItems", params: { limit: 1000 }, message: "must NOT have more than 1000 items", schema: 1000, parentSchema: schema31.properties.detectors, data: data27 };
                    if (vErrors === null) {
                        vErrors = [err43];
                    }
                    else {
                        vErrors.push(err43);
                    }
                    errors++;
                }
                const len8 = data27.length;
                for (let i8 = 0; i8 < len8; i8++) {
                    let data28 = data27[i8];
                    if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                        if (data28.id === undefined) {
                            const err44 = { instancePath: instancePath + "/detectors/" + i8, schemaPath: "#/properties/detectors/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema31.properties.detectors.items.required, parentSchema: schema31.properties.detectors.items, data: data28 };
                            if (vErrors === null) {
                                vErrors = [err44];
                            }
                            else {
                                vErrors.push(err44);
                            }
                            errors++;
                        }
                        if (data28.regex === undefined) {
                            const err45 = { instancePath: instancePath + "/detectors/" + i8, schemaPath: "#/properties/detectors/items/required", keyword: "required", params: { missingProperty: "regex" }, message: "must have required property '" + "regex" + "'", schema: schema31.properties.detectors.items.required, parentSchema: schema31.properties.detectors.items, data: data28 };
                            if (vErrors === null) {
                                vErrors = [err45];
                            }
                            else {
                                vErrors.push(err45);
                            }
                            errors++;
                        }
                        for (const key6 in data28) {
                            if (!(func1.call(schema31.properties.detectors.items.properties, key6))) {
                                const err46 = { instancePath: instancePath + "/detectors/" + i8, schemaPath: "#/properties/detectors/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.detectors.items, data: data28 };
                                if (vErrors === null) {
                                    vErrors = [err46];
                                }
                                else {
                                    vErrors.push(err46);
                                }
                                errors++;
                            }
                        }
                        if (data28.id !== undefined) {
                            let data29 = data28.id;
                            if (typeof data29 === "string") {
                                if (!pattern5.test(data29)) {
                                    const err47 = { instancePath: instancePath + "/detectors/" + i8 + "/id", schemaPath: "#/properties/detectors/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,99}$" }, message: "must match pattern \"" + "^[a-z0-9][a-z0-9-]{0,99}$" + "\"", schema: "^[a-z0-9][a-z0-9-]{0,99}$", parentSchema: schema31.properties.detectors.items.properties.id, data: data29 };
                                    if (vErrors === null) {
                                        vErrors = [err47];
                                    }
                                    else {
                                        vErrors.push(err47);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err48 = { instancePath: instancePath + "/detectors/" + i8 + "/id", schemaPath: "#/properties/detectors/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.detectors.items.properties.id.type, parentSchema: schema31.properties.detectors.items.properties.id, data: data29 };
                                if (vErrors === null) {
                                    vErrors = [err48];
                                }
                                else {
                                    vErrors.push(err48);
                                }
                                errors++;
                            }
                        }
                        if (data28.regex !== undefined) {
                            let data30 = data28.regex;
                            if (typeof data30 === "string") {
                                if (func2(data30) > 4096) {
                                    const err49 = { instancePath: instancePath + "/detectors/" + i8 + "/regex", schemaPath: "#/properties/detectors/items/properties/regex/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema31.properties.detectors.items.properties.regex, data: data30 };
                                    if (vErrors === null) {
                                        vErrors = [err49];
                                    }
                                    else {
                                        vErrors.push(err49);
                                    }
                                    errors++;
                                }
                                if (func2(data30) < 1) {
                                    const err50 = { instancePath: instancePath + "/detectors/" + i8 + "/regex", schemaPath: "#/properties/detectors/items/properties/regex/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.detectors.items.properties.regex, data: data30 };
                                    if (vErrors === null) {
                                        vErrors = [err50];
                                    }
                                    else {
                                        vErrors.push(err50);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err51 = { instancePath: instancePath + "/detectors/" + i8 + "/regex", schemaPath: "#/properties/detectors/items/properties/regex/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.detectors.items.properties.regex.type, parentSchema: schema31.properties.detectors.items.properties.regex, data: data30 };
                                if (vErrors === null) {
                                    vErrors = [err51];
                                }
                                else {
                                    vErrors.push(err51);
                                }
                                errors++;
                            }
                        }
                        if (data28.keywords !== undefined) {
                            let data31 = data28.keywords;
                            if (Array.isArray(data31)) {
                                if (data31.length > 50) {
                                    const err52 = { instancePath: instancePath + "/detectors/" + i8 + "/keywords", schemaPath: "#/properties/detectors/items/properties/keywords/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: schema31.properties.detectors.items.properties.keywords, data: data31 };
                                    if (vErrors === null) {
                                        vErrors = [err52];
                                    }
                                    else {
                                        vErrors.push(err52);
                                    }
                                    errors++;
                                }
                                const len9 = data31.length;
                                for (let i9 = 0; i9 < len9; i9++) {
                                    let data32 = data31[i9];
                                    if (typeof data32 === "string") {
                                        if (func2(data32) > 100) {
                                            const err53 = { instancePath: instancePath + "/detectors/" + i8 + "/keywords/" + i9, schemaPath: "#/properties/detectors/items/properties/keywords/items/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema31.properties.detectors.items.properties.keywords.items, data: data32 };
                                            if (vErrors === null) {
                                                vErrors = [err53];
                                            }
                                            else {
                                                vErrors.push(err53);
                                            }
                                            errors++;
                                        }
                                        if (func2(data32) < 1) {
                                            const err54 = { instancePath: instancePath + "/detectors/" + i8 + "/keywords/" + i9, schemaPath: "#/properties/detectors/items/properties/keywords/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.detectors.items.properties.keywords.items, data: data32 };
                                            if (vErrors === null) {
                                                vErrors = [err54];
                                            }
                                            else {
                                                vErrors.push(err54);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err55 = { instancePath: instancePath + "/detectors/" + i8 + "/keywords/" + i9, schemaPath: "#/properties/detectors/items/properties/keywords/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.detectors.items.properties.keywords.items.type, parentSchema: schema31.properties.detectors.items.properties.keywords.items, data: data32 };
                                        if (vErrors === null) {
                                            vErrors = [err55];
                                        }
                                        else {
                                            vErrors.push(err55);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err56 = { instancePath: instancePath + "/detectors/" + i8 + "/keywords", schemaPath: "#/properties/detectors/items/properties/keywords/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.detectors.items.properties.keywords.type, parentSchema: schema31.properties.detectors.items.properties.keywords, data: data31 };
                                if (vErrors === null) {
                                    vErrors = [err56];
                                }
                                else {
                                    vErrors.push(err56);
                                }
                                errors++;
                            }
                        }
                        if (data28.secretGroup !== undefined) {
                            let data33 = data28.secretGroup;
                            if (!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))) {
                                const err57 = { instancePath: instancePath + "/detectors/" + i8 + "/secretGroup", schemaPath: "#/properties/detectors/items/properties/secretGroup/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.detectors.items.properties.secretGroup.type, parentSchema: schema31.properties.detectors.items.properties.secretGroup, data: data33 };
                                if (vErrors === null) {
                                    vErrors = [err57];
                                }
                                else {
                                    vErrors.push(err57);
                                }
                                errors++;
                            }
                            if ((typeof data33 == "number") && (isFinite(data33))) {
                                if (data33 > 100 || isNaN(data33)) {
                                    const err58 = { instancePath: instancePath + "/detectors/" + i8 + "/secretGroup", schemaPath: "#/properties/detectors/items/properties/secretGroup/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema31.properties.detectors.items.properties.secretGroup, data: data33 };
                                    if (vErrors === null) {
                                        vErrors = [err58];
                                    }
                                    else {
                                        vErrors.push(err58);
                                    }
                                    errors++;
                                }
                                if (data33 < 0 || isNaN(data33)) {
                                    const err59 = { instancePath: instancePath + "/detectors/" + i8 + "/secretGroup", schemaPath: "#/properties/detectors/items/properties/secretGroup/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.detectors.items.properties.secretGroup, data: data33 };
                                    if (vErrors === null) {
                                        vErrors = [err59];
                                    }
                                    else {
                                        vErrors.push(err59);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data28.entropy !== undefined) {
                            let data34 = data28.entropy;
                            if ((typeof data34 == "number") && (isFinite(data34))) {
                                if (data34 > 8 || isNaN(data34)) {
                                    const err60 = { instancePath: instancePath + "/detectors/" + i8 + "/entropy", schemaPath: "#/properties/detectors/items/properties/entropy/maximum", keyword: "maximum", params: { comparison: "<=", limit: 8 }, message: "must be <= 8", schema: 8, parentSchema: schema31.properties.detectors.items.properties.entropy, data: data34 };
                                    if (vErrors === null) {
                                        vErrors = [err60];
                                    }
                                    else {
                                        vErrors.push(err60);
                                    }
                                    errors++;
                                }
                                if (data34 < 0 || isNaN(data34)) {
                                    const err61 = { instancePath: instancePath + "/detectors/" + i8 + "/entropy", schemaPath: "#/properties/detectors/items/properties/entropy/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.detectors.items.properties.entropy, data: data34 };
                                    if (vErrors === null) {
                                        vErrors = [err61];
                                    }
                                    else {
                                        vErrors.push(err61);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err62 = { instancePath: instancePath + "/detectors/" + i8 + "/entropy", schemaPath: "#/properties/detectors/items/properties/entropy/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.detectors.items.properties.entropy.type, parentSchema: schema31.properties.detectors.items.properties.entropy, data: data34 };
                                if (vErrors === null) {
                                    vErrors = [err62];
                                }
                                else {
                                    vErrors.push(err62);
                                }
                                errors++;
                            }
                        }
                        if (data28.severity !== undefined) {
                            let data35 = data28.severity;
                            if (!((((data35 === "critical") || (data35 === "high")) || (data35 === "medium")) || (data35 === "low"))) {
                                const err63 = { instancePath: instancePath + "/detectors/" + i8 + "/severity", schemaPath: "#/properties/detectors/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.detectors.items.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.detectors.items.properties.severity.enum, parentSchema: schema31.properties.detectors.items.properties.severity, data: data35 };
                                if (vErrors === null) {
                                    vErrors = [err63];
                                }
                                else {
                                    vErrors.push(err63);
                                }
                                errors++;
                            }
                        }
                        if (data28.description !== undefined) {
                            let data36 = data28.description;
                            if (typeof data36 === "string") {
                                if (func2(data36) > 500) {
                                    const err64 = { instancePath: instancePath + "/detectors/" + i8 + "/description", schemaPath: "#/properties/detectors/items/properties/description/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema31.properties.detectors.items.properties.description, data: data36 };
                                    if (vErrors === null) {
                                        vErrors = [err64];
                                    }
                                    else {
                                        vErrors.push(err64);
                                    }
                                    errors++;
                                }
                                if (func2(data36) < 1) {
                                    const err65 = { instancePath: instancePath + "/detectors/" + i8 + "/description", schemaPath: "#/properties/detectors/items/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.detectors.items.properties.description, data: data36 };
                                    if (vErrors === null) {
                                        vErrors = [err65];
                                    }
                                    else {
                                        vErrors.push(err65);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err66 = { instancePath: instancePath + "/detectors/" + i8 + "/description", schemaPath: "#/properties/detectors/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.detectors.items.properties.description.type, parentSchema: schema31.properties.detectors.items.properties.description, data: data36 };
                                if (vErrors === null) {
                                    vErrors = [err66];
                                }
                                else {
                                    vErrors.push(err66);
                                }
                                errors++;
                            }
                        }
                        if (data28.remediation !== undefined) {
                            let data37 = data28.remediation;
                            if (typeof data37 === "string") {
                                if (func2(data37) > 2000) {
                                    const err67 = { instancePath: instancePath + "/detectors/" + i8 + "/remediation", schemaPath: "#/properties/detectors/items/properties/remediation/maxLength", keyword: "maxLength", params: { limit: 2000 }, message: "must NOT have more than 2000 characters", schema: 2000, parentSchema: schema31.properties.detectors.items.properties.remediation, data: data37 };
                                    if (vErrors === null) {
                                        vErrors = [err67];
                                    }
                                    else {
                                        vErrors.push(err67);
                                    }
                                    errors++;
                                }
                                if (func2(data37) < 1) {
                                    const err68 = { instancePath: instancePath + "/detectors/" + i8 + "/remediation", schemaPath: "#/properties/detectors/items/properties/remediation/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.detectors.items.properties.remediation, data: data37 };
                                    if (vErrors === null) {
                                        vErrors = [err68];
                                    }
                                    else {
                                        vErrors.push(err68);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err69 = { instancePath: instancePath + "/detectors/" + i8 + "/remediation", schemaPath: "#/properties/detectors/items/properties/remediation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.detectors.items.properties.remediation.type, parentSchema: schema31.properties.detectors.items.properties.remediation, data: data37 };
                                if (vErrors === null) {
                                    vErrors = [err69];
                                }
                                else {
                                    vErrors.push(err69);
                                }
                                errors++;
                            }
                        }
                        if (data28.paths !== undefined) {
                            let data38 = data28.paths;
                            if (Array.isArray(data38)) {
                                const len10 = data38.length;
                                for (let i10 = 0; i10 < len10; i10++) {
                                    let data39 = data38[i10];
                                    if (typeof data39 === "string") {
                                        if (func2(data39) < 1) {
                                            const err70 = { instancePath: instancePath + "/detectors/" + i8 + "/paths/" + i10, schemaPath: "#/properties/detectors/items/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.detectors.items.properties.paths.items, data: data39 };
                                            if (vErrors === null) {
                                                vErrors = [err70];
                                            }
                                            else {
                                                vErrors.push(err70);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err71 = { instancePath: instancePath + "/detectors/" + i8 + "/paths/" + i10, schemaPath: "#/properties/detectors/items/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.detectors.items.properties.paths.items.type, parentSchema: schema31.properties.detectors.items.properties.paths.items, data: data39 };
                                        if (vErrors === null) {
                                            vErrors = [err71];
                                        }
                                        else {
                                            vErrors.push(err71);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err72 = { instancePath: instancePath + "/detectors/" + i8 + "/paths", schemaPath: "#/properties/detectors/items/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.detectors.items.properties.paths.type, parentSchema: schema31.properties.detectors.items.properties.paths, data: data38 };
                                if (vErrors === null) {
                                    vErrors = [err72];
                                }
                                else {
                                    vErrors.push(err72);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err73 = { instancePath: instancePath + "/detectors/" + i8, schemaPath: "#/properties/detectors/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.detectors.items.type, parentSchema: schema31.properties.detectors.items, data: data28 };
                        if (vErrors === null) {
                            vErrors = [err73];
                        }
                        else {
                            vErrors.push(err73);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err74 = { instancePath: instancePath + "/detectors", schemaPath: "#/properties/detectors/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.detectors.type, parentSchema: schema31.properties.detectors, data: data27 };
                if (vErrors === null) {
                    vErrors = [err74];
                }
                else {
                    vErrors.push(err74);
                }
                errors++;
            }
        }
        if (data.gitleaksConfig !== undefined) {
            let data40 = data.gitleaksConfig;
            if (typeof data40 === "string") {
                if (func2(data40) < 1) {
                    const err75 = { instancePath: instancePath + "/gitleaksConfig", schemaPath: "#/properties/gitleaksConfig/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.gitleaksConfig, data: data40 };
                    if (vErrors === null) {
                        vErrors = [err75];
                    }
                    else {
                        vErrors.push(err75);
                    }
                    errors++;
                }
            }
            else {
                const err76 = { instancePath: instancePath + "/gitleaksConfig", schemaPath: "#/properties/gitleaksConfig/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gitleaksConfig.type, parentSchema: schema31.properties.gitleaksConfig, data: data40 };
                if (vErrors === null) {
                    vErrors = [err76];
                }
                else {
                    vErrors.push(err76);
                }
                errors++;
            }
        }
        if (data.baseline !== undefined) {
            let data41 = data.baseline;
            if (typeof data41 === "string") {
                if (func2(data41) < 1) {
                    const err77 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.baseline, data: data41 };
                    if (vErrors === null) {
                        vErrors = [err77];
                    }
                    else {
                        vErrors.push(err77);
                    }
                    errors++;
                }
            }
            else {
                const err78 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.baseline.type, parentSchema: schema31.properties.baseline, data: data41 };
                if (vErrors === null) {
                    vErrors = [err78];
                }
                else {
                    vErrors.push(err78);
                }
                errors++;
            }
        }
    }
    else {
        const err79 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err79];
        }
        else {
            vErrors.push(err79);
        }
        errors++;
    }
    validate20.errors = vErrors;
    return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

;// CONCATENATED MODULE: ./.build-emit/src/config/strict-json.js
/**
 * Strict JSON (RFC 8259) for `.json` config files: no trailing commas, comments or single quotes,
 * which a YAML parser would accept. An error gives its line and column and what was expected,
 * never the text found there (a config may sit next to values nobody should see in a log).
 */
/** Null when `text` is strict JSON, else the first syntax error. */
function strictJsonError(text) {
    let i = 0;
    const n = text.length;
    class Stop extends Error {
        at;
        expected;
        constructor(at, expected) {
            super(expected);
            this.at = at;
            this.expected = expected;
        }
    }
    const fail = (expected) => {
        throw new Stop(i, expected);
    };
    const ws = () => {
        while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
            i++;
    };
    const value = () => {
        ws();
        const c = text[i];
        if (c === '{')
            return object();
        if (c === '[')
            return array();
        if (c === '"')
            return string();
        if (c === '-' || (c !== undefined && c >= '0' && c <= '9'))
            return number();
        for (const word of ['true', 'false', 'null']) {
            if (text.startsWith(word, i)) {
                i += word.length;
                return;
            }
        }
        fail(i >= n ? 'a value, found the end of the file' : 'a value');
    };
    const object = () => {
        i++;
        ws();
        if (text[i] === '}') {
            i++;
            return;
        }
        for (;;) {
            ws();
            if (text[i] !== '"')
                fail('a double-quoted property name');
            string();
            ws();
            if (text[i] !== ':')
                fail("':' after a property name");
            i++;
            value();
            ws();
            if (text[i] === ',') {
                i++;
                continue;
            }
            if (text[i] === '}') {
                i++;
                return;
            }
            fail("',' or '}'");
        }
    };
    const array = () => {
        i++;
        ws();
        if (text[i] === ']') {
            i++;
            return;
        }
        for (;;) {
            value();
            ws();
            if (text[i] === ',') {
                i++;
                continue;
            }
            if (text[i] === ']') {
                i++;
                return;
            }
            fail("',' or ']'");
        }
    };
    const string = () => {
        i++;
        while (i < n && text[i] !== '"') {
            const c = text.charCodeAt(i);
            if (c < 0x20)
                fail('a closing quote (control characters must be escaped)');
            if (text[i] === '\\') {
                const e = text[i + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
                        fail('four hex digits after \\u');
                    i += 6;
                    continue;
                }
                if (e === undefined || !'"\\/bfnrt'.includes(e))
                    fail('a valid escape sequence');
                i += 2;
                continue;
            }
            i++;
        }
        if (i >= n)
            fail('a closing quote, found the end of the file');
        i++;
    };
    const number = () => {
        const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
        if (!match)
            fail('a number');
        i += match[0].length;
    };
    try {
        value();
        ws();
        if (i < n)
            fail('the end of the file after the top-level value');
        return null;
    }
    catch (error) {
        if (!(error instanceof Stop))
            throw error;
        const before = text.slice(0, error.at);
        const line = before.split('\n').length;
        const column = error.at - before.lastIndexOf('\n');
        return { line, column, message: `invalid JSON: expected ${error.expected} (column ${column})` };
    }
}

;// CONCATENATED MODULE: ./.build-emit/src/config/suggest.js
/** "Did you mean" for unknown keys and values: the closest candidate within a small edit distance. */
function closest(word, candidates) {
    const norm = (s) => s.toLowerCase().replace(/[-_.\s]/g, '');
    let best = null;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        // `fail_on` and `FailOn` are the same word to a human: compare normalized forms first.
        const distance = norm(candidate) === norm(word) ? 0 : editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    const limit = Math.max(2, Math.floor(word.length / 3));
    return best !== null && bestDistance <= limit ? best : null;
}
function didYouMean(word, candidates) {
    const match = closest(word, candidates);
    return match === null ? '' : `; did you mean "${match}"?`;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        }
        previous = current;
    }
    return previous[b.length];
}

;// CONCATENATED MODULE: ./.build-emit/src/config/validate.js











/**
 * The schema's validator, compiled at build time (scripts/config-validator.mjs: ajv's standalone
 * code, with every error and its schema and data): ajv itself is never loaded at run time.
 */
const compiled = validate;
function validateSchema(value) {
    const ok = compiled(value);
    return { ok, errors: compiled.errors ?? [] };
}
/**
 * Validates a config text read elsewhere (the Action reads it from a commit); `shown` names it,
 * `file` (its path or name, default `shown`) says by its extension whether it is JSON.
 */
function parseConfigText(text, shown, file = shown) {
    return parseConfig(text.replace(/^\uFEFF/, ''), shown, external_node_path_.extname(file).toLowerCase() === '.json' ? 'json' : 'yaml');
}
/**
 * Parses and validates a configuration text (YAML or JSON) and returns every problem at once, each
 * with its YAML path and line, as one ConfigurationError (exit code 2). `source` names the file.
 */
function parseConfig(text, source, format = 'yaml') {
    // A `.json` file is strict JSON (a YAML parser would take trailing commas and comments). Once
    // it is, it is also YAML, which keeps the line of every value for the schema's messages.
    if (format === 'json') {
        const error = strictJsonError(text);
        if (error)
            fail(source, [{ line: error.line, path: '', message: error.message }]);
    }
    const { LineCounter, parseDocument } = (0,library/* yamlLibrary */.Tj)();
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const lineOf = (offset) => (offset === undefined ? null : lineCounter.linePos(offset).line);
    if (doc.errors.length > 0) {
        const kind = format === 'json' ? 'JSON' : 'YAML';
        fail(source, doc.errors.map((e) => ({ line: lineOf(e.pos[0]), path: '', message: `invalid ${kind}: ${(0,load/* describeYamlError */.r)(e)}` })));
    }
    const value = doc.toJS({ maxAliasCount: 100 }) ?? {};
    const problems = [];
    const validation = validateSchema(value);
    if (!validation.ok) {
        for (const error of validation.errors)
            problems.push(describe(error, doc, lineOf));
    }
    for (const problem of semanticProblems(value, doc, lineOf))
        problems.push(problem);
    if (problems.length > 0)
        fail(source, problems);
    return value;
}
function fail(source, problems) {
    const sorted = dedupe(problems).sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || a.path.localeCompare(b.path));
    const lines = sorted.map((p) => `  ${source}${p.line === null ? '' : `:${p.line}`}: ${p.path ? `${p.path}: ` : ''}${p.message}`);
    const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
    throw new errors/* ConfigurationError */.j1(`invalid configuration (${count}):\n${lines.join('\n')}`);
}
function dedupe(problems) {
    const seen = new Set();
    return problems.filter((p) => {
        const key = `${p.line}\0${p.path}\0${p.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/**
 * A config file is repository content too: a key or value in it may be a secret (pasted in the
 * wrong place on purpose or not). Problems name the path and the problem, never a value, and a
 * key only when it is one of ours or a near miss of one (`failon` for `failOn`); any other key is
 * shown as UNKNOWN_KEY.
 */
const UNKNOWN_KEY = '(unknown key)';
let knownNames;
function namesWeKnow() {
    if (knownNames)
        return knownNames;
    const names = new Set((0,registry.reservedRuleIds)());
    const visit = (node) => {
        if (!isRecord(node))
            return;
        if (isRecord(node.items))
            visit(node.items); // the keys of list entries (`detectors[].regex`)
        for (const [key, child] of Object.entries(isRecord(node.properties) ? node.properties : {})) {
            names.add(key);
            visit(child);
        }
    };
    visit(config_schema_namespaceObject);
    knownNames = [...names];
    return knownNames;
}
function isShown(key, candidates = namesWeKnow()) {
    return candidates.includes(key) || closest(key, candidates) !== null;
}
/** The YAML path with every key that is neither ours nor a near miss of ours hidden. */
function safePath(segments) {
    let out = '';
    for (const segment of segments) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else
            out += (out ? '.' : '') + (isShown(segment) ? yamlPath([segment]) : UNKNOWN_KEY);
    }
    return out;
}
function describe(error, doc, lineOf) {
    const segments = pointerSegments(error.instancePath);
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(error.params.additionalProperty);
            const known = Object.keys(error.parentSchema?.properties ?? {});
            const line = lineOf(keyNode(doc, segments, key)?.range?.[0]);
            const hint = didYouMean(key, known);
            if (hint)
                return { line, path: safePath([...segments, key]), message: `unknown key${hint}` };
            return { line, path: safePath(segments), message: `an unknown key; known keys: ${known.filter((k) => k !== '$schema').join(', ')}` };
        }
        case 'enum': {
            // The value given is not repeated (it may be a secret); a close allowed value is.
            const allowed = error.params.allowedValues.map(String);
            const given = error.data;
            const hint = typeof given === 'string' ? didYouMean(given, allowed) : '';
            return { line: lineOf(valueNode(doc, segments)?.range?.[0]), path: safePath(segments), message: `must be one of ${allowed.join(', ')}${hint}` };
        }
        case 'type':
            if (segments.length === 0)
                return { line: 1, path: '', message: 'the configuration must be a mapping of keys to values' };
            return { line: lineOf(valueNode(doc, segments)?.range?.[0]), path: safePath(segments), message: `must be ${typeName(String(error.params.type))}` };
        default:
            // Ajv's messages name the schema's limits, not the data (`must match pattern "..."`, `must be >= 0`).
            return { line: lineOf(valueNode(doc, segments)?.range?.[0]), path: safePath(segments), message: error.message ?? error.keyword };
    }
}
function typeName(type) {
    return { array: 'a list', object: 'a mapping', string: 'a string', integer: 'a whole number', boolean: 'true or false' }[type] ?? type;
}
/**
 * Checks the schema cannot express: rule ids that exist, regular expressions that compile. Runs
 * even when the schema failed (every problem at once), so it trusts no shape.
 */
function semanticProblems(value, doc, lineOf) {
    const problems = [];
    if (!isRecord(value))
        return problems;
    const config = value;
    const builtIn = [...new Set((0,registry.reservedRuleIds)())].sort();
    const known = [...builtIn, ...customIds(config)];
    for (const id of isRecord(config.rules) ? Object.keys(config.rules) : []) {
        if (known.includes(id))
            continue;
        // Rules of a gitleaks file are known once it is loaded, after this check.
        if (typeof config.gitleaksConfig === 'string')
            continue;
        const hint = didYouMean(id, known);
        problems.push({
            line: lineOf(keyNode(doc, ['rules'], id)?.range?.[0]),
            path: hint ? safePath(['rules', id]) : 'rules',
            message: hint ? `unknown rule id or category${hint}` : 'an unknown rule id or category',
        });
    }
    const patterns = isRecord(config.allow) && Array.isArray(config.allow.patterns) ? config.allow.patterns : [];
    patterns.forEach((pattern, index) => {
        if (typeof pattern !== 'string')
            return;
        // RE2 syntax (linear time, src/core/allow-patterns.ts); the reason never quotes the pattern.
        const problem = (0,allow_patterns/* allowPatternProblem */.t)(pattern);
        if (problem !== null) {
            const segments = ['allow', 'patterns', index];
            problems.push({ line: lineOf(valueNode(doc, segments)?.range?.[0]), path: yamlPath(segments), message: `not a valid regular expression: ${problem} (RE2 syntax)` });
        }
    });
    for (const problem of (0,detectors/* detectorProblems */.RB)(config.detectors, builtIn)) {
        problems.push({ line: lineOf(valueNode(doc, problem.segments)?.range?.[0]), path: yamlPath(problem.segments), message: problem.message });
    }
    return problems;
}
/** Ids of the config's own `detectors:` (whatever their shape: the schema reports that). */
function customIds(config) {
    return Array.isArray(config.detectors) ? config.detectors.flatMap((d) => (isRecord(d) && typeof d.id === 'string' ? [d.id] : [])) : [];
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function pointerSegments(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
/** `allow.patterns[1]`, `rules."my.rule"`: the path a user finds in the file. */
function yamlPath(segments) {
    let out = '';
    for (const segment of segments) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else
            out += (out ? '.' : '') + (/^[A-Za-z0-9_$-]+$/.test(segment) ? segment : JSON.stringify(segment));
    }
    return out;
}
function valueNode(doc, segments) {
    if (segments.length === 0)
        return doc.contents ?? undefined;
    const node = doc.getIn(segments, true);
    if (node && typeof node === 'object' && 'range' in node)
        return node;
    // A null value has no node of its own: point at its key.
    return keyNode(doc, segments.slice(0, -1), String(segments[segments.length - 1]));
}
function keyNode(doc, parent, key) {
    const map = parent.length === 0 ? doc.contents : doc.getIn(parent, true);
    if (!(0,library/* isMap */.jh)(map))
        return undefined;
    for (const pair of map.items) {
        if ((0,library/* isScalar */.jn)(pair.key) && String(pair.key.value) === key)
            return pair.key;
    }
    return undefined;
}


/***/ }),

/***/ 4723:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ compileAllowPatterns),
/* harmony export */   t: () => (/* binding */ allowPatternProblem)
/* harmony export */ });
/* harmony import */ var _util_re2_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5945);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7144);
/**
 * `allow.patterns`: regular expressions over a finding's secret value, written in the scanned
 * repository's own config, so written by whoever controls the repository. They run on RE2
 * (re2js, pure JavaScript): time linear in the input whatever the pattern, where JavaScript's
 * backtracking engine can take years on `^([a-zA-Z0-9_-]+)+!$`. RE2 has no backreferences or
 * lookarounds; a pattern that needs them is refused as a configuration error.
 */


/**
 * Why RE2 refuses `pattern` ("invalid escape sequence", "invalid or unsupported Perl syntax"...),
 * or null when it compiles. The reason never quotes the pattern: it may be a secret itself.
 */
function allowPatternProblem(pattern) {
    const { RE2JS } = (0,_util_re2_js__WEBPACK_IMPORTED_MODULE_0__/* .re2 */ .wI)();
    try {
        RE2JS.compile(pattern);
        return null;
    }
    catch (error) {
        return describe(error);
    }
}
/** Compiles every pattern; a refused one is a ConfigurationError naming `allow.patterns[i]`. */
function compileAllowPatterns(patterns) {
    if (patterns.length === 0)
        return [];
    const { RE2JS } = (0,_util_re2_js__WEBPACK_IMPORTED_MODULE_0__/* .re2 */ .wI)();
    return patterns.map((pattern, index) => {
        try {
            return RE2JS.compile(pattern);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`allow.patterns[${index}]: not a valid regular expression: ${describe(error)} (RE2 syntax)`);
        }
    });
}
function describe(error) {
    const { RE2JSException, RE2JSSyntaxException } = (0,_util_re2_js__WEBPACK_IMPORTED_MODULE_0__/* .re2 */ .wI)();
    if (error instanceof RE2JSSyntaxException)
        return error.error;
    if (error instanceof RE2JSException)
        return error.constructor.name;
    return 'cannot be compiled';
}


/***/ })

};
