import pkg from '../../package.json' with { type: 'json' };

export const TOOL_NAME = 'openai-secret-lint';
export const TOOL_VERSION: string = pkg.version;
