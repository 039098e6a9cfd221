import Anthropic from '@anthropic-ai/sdk';
import type { ModelConfig } from '../../config.js';
import type { ChatAnswer, ChatModel, ChatRequest } from './chat-model.js';

/** Anthropic's messages API, streamed. */
export function createAnthropicChat(config: ModelConfig): ChatModel {
  const client = new Anthropic({
    apiKey: config.apiKey ?? 'not-set',
    baseURL: config.baseUrl,
    timeout: config.timeoutMs,
    maxRetries: 0,
  });
  return {
    provider: 'anthropic',
    model: config.model,
    endpoint: config.baseUrl ?? 'https://api.anthropic.com',
    async complete({ system, messages, signal, onText }: ChatRequest): Promise<ChatAnswer> {
      const stream = await client.messages.create(
        { model: config.model, max_tokens: config.maxTokens, system, messages, stream: true },
        { signal },
      );
      let text = '';
      let outputTokens: number | undefined;
      for await (const event of stream) {
        if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') {
          text += event.delta.text;
          onText(event.delta.text);
        } else if (event.type === 'message_delta') {
          outputTokens = event.usage.output_tokens;
        }
      }
      return { text, outputTokens };
    },
  };
}
