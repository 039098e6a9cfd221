import type { ChatMessage } from './model-instructions.js';

export interface ChatRequest {
  system: string;
  messages: ChatMessage[];
  /** Aborts the call; the engine sets it from LLM_TIMEOUT_MS so nothing waits forever. */
  signal: AbortSignal;
  /** Called with each piece of text as it streams in. */
  onText: (text: string) => void;
}

export interface ChatAnswer {
  text: string;
  /** Output tokens as the endpoint reported them, when it did. */
  outputTokens?: number;
}

/** One streamed chat completion; an engine per provider implements it through that provider's SDK. */
export interface ChatModel {
  readonly provider: string;
  readonly model: string;
  /** Where requests go, for messages a person reads ("could not reach http://127.0.0.1:11434/v1"). */
  readonly endpoint: string;
  complete(request: ChatRequest): Promise<ChatAnswer>;
}
