import OpenAI from 'openai';
import type { ModelConfig } from '../../config.js';
import type { ChatAnswer, ChatModel, ChatRequest } from './chat-model.js';

/** Any OpenAI-compatible chat endpoint: OpenAI, OpenRouter, Ollama, vLLM, LM Studio, llama.cpp server. */
export function createOpenAiChat(config: ModelConfig): ChatModel {
  const client = new OpenAI({
    // Local servers ignore the key but the SDK insists on one.
    apiKey: config.apiKey ?? 'not-needed',
    baseURL: config.baseUrl,
    timeout: config.timeoutMs,
    // Retries are ours (bounded, with the error fed back); the SDK's would multiply the wait.
    maxRetries: 0,
  });
  return {
    provider: 'openai',
    model: config.model,
    endpoint: config.baseUrl ?? 'https://api.openai.com/v1',
    async complete({ system, messages, signal, onText }: ChatRequest): Promise<ChatAnswer> {
      const stream = await client.chat.completions.create(
        {
          model: config.model,
          messages: [{ role: 'system', content: system }, ...messages],
          max_tokens: config.maxTokens,
          stream: true,
          stream_options: { include_usage: true },
        },
        { signal },
      );
      let text = '';
      let outputTokens: number | undefined;
      for await (const chunk of stream) {
        const piece = chunk.choices[0]?.delta?.content;
        if (piece) {
          text += piece;
          onText(piece);
        }
        if (chunk.usage) outputTokens = chunk.usage.completion_tokens;
      }
      return { text, outputTokens };
    },
  };
}
