/** Where browser code constructs an LLM SDK client, for the client-side rules. */
import { closingParen, type CodeMask } from './js-source.js';

const CLIENT_CLASSES =
  'OpenAI|AzureOpenAI|Anthropic|AnthropicBedrock|AnthropicVertex|Groq|Mistral|MistralClient|CohereClient|CohereClientV2|GoogleGenerativeAI|GoogleGenAI|ChatOpenAI|AzureChatOpenAI|ChatAnthropic|ChatGoogleGenerativeAI|ChatGroq|ChatMistralAI|OpenAIEmbeddings|Together|Replicate';
const CLIENT_FACTORIES = 'createOpenAI|createAnthropic|createGoogleGenerativeAI|createMistral|createGroq|createAzure|createOpenAICompatible';
const CLIENT_CALL = new RegExp(`\\bnew\\s+(?:[A-Za-z_$][\\w$]*\\.)?(${CLIENT_CLASSES})\\s*\\(|\\b(${CLIENT_FACTORIES})\\s*\\(`, 'g');

const SDK_MODULES = String.raw`openai|@anthropic-ai/sdk|@google/generative-ai|@google/genai|groq-sdk|@mistralai/mistralai|cohere-ai|@ai-sdk/[\w-]+|@langchain/[\w-]+|langchain(?:/[\w/-]+)?|replicate|together-ai`;
const SDK_IMPORT = new RegExp(String.raw`\bfrom\s*['"](${SDK_MODULES})['"]|\b(?:require|import)\s*\(\s*['"](${SDK_MODULES})['"]\s*\)`, 'g');

export interface ClientCall {
  /** The class or factory called (`OpenAI`, `createOpenAI`). */
  client: string;
  start: number;
  /** Offset of the closing parenthesis of its arguments. */
  argsEnd: number;
  argsStart: number;
}

export function clientCalls(mask: CodeMask, masked: string): ClientCall[] {
  const out: ClientCall[] = [];
  for (const m of masked.matchAll(CLIENT_CALL)) {
    if (!mask.isCode(m.index)) continue;
    const open = m.index + m[0].length - 1;
    const close = closingParen(masked, open);
    if (close === -1) continue;
    out.push({ client: m[1] ?? m[2]!, start: m.index, argsStart: open + 1, argsEnd: close });
  }
  return out;
}

/** The innermost client call whose arguments contain `offset`. */
export function enclosingCall(calls: readonly ClientCall[], offset: number): ClientCall | undefined {
  return calls.filter((c) => c.argsStart <= offset && offset < c.argsEnd).sort((a, b) => b.argsStart - a.argsStart)[0];
}

/** The LLM SDK module the file imports, if any. */
export function importedSdk(masked: string, text: string): string | null {
  // Module names are string contents (blanked in `masked`): match the text, confirm the keyword is code.
  for (const m of text.matchAll(SDK_IMPORT)) if (masked[m.index] !== ' ') return m[1] ?? m[2] ?? null;
  return null;
}
