import type { PlanRequest, PlanResponse } from '@isekai/contracts';
import { AppError, isAppError } from '@isekai/service-kit';
import type { PlannerConfig } from '../config.js';
import { createAnthropicChat } from './model/anthropic.chat.js';
import type { ChatModel } from './model/chat-model.js';
import { UNAVAILABLE_CODES } from './model/model-errors.js';
import { planWithModel, type PlanCallOptions } from './model/model.engine.js';
import { createOpenAiChat } from './model/openai.chat.js';
import { planOffline } from './offline/offline.engine.js';

export interface Planner {
  engine: string;
  model?: string;
  plan(request: PlanRequest, options?: Partial<PlanCallOptions>): Promise<PlanResponse>;
}

/**
 * Offline planning takes milliseconds and its steps are already in the plan, so it streams no progress:
 * an app's history stays "planning, planned" rather than repeating every step.
 */
async function runOffline(request: PlanRequest): Promise<PlanResponse> {
  if (request.repair) {
    // Offline apps come from tested blueprints; a failed start is a platform fault, not something to rewrite.
    throw new AppError({
      code: 'repair-not-supported',
      status: 422,
      message:
        'The offline engine does not repair apps; a language-model engine (PLANNER_ENGINE=openai or anthropic) does.',
    });
  }
  return planOffline(request);
}

function canFallBack(request: PlanRequest, error: unknown): boolean {
  // A model-written app cannot be changed by blueprints, and a repair is the model's job alone.
  return (
    isAppError(error) &&
    UNAVAILABLE_CODES.has(error.code) &&
    !request.repair &&
    request.current?.plan?.spec?.blueprint !== 'model'
  );
}

/** The configured engine behind one `plan` call, with the offline fallback when it is configured. */
export function createPlanner(config: PlannerConfig): Planner {
  const model = config.model;
  if (!model) return { engine: 'offline', plan: (request) => runOffline(request) };
  const chat: ChatModel =
    model.provider === 'anthropic' ? createAnthropicChat(model) : createOpenAiChat(model);
  return {
    engine: model.provider,
    model: model.model,
    async plan(request, { onProgress = () => undefined, signal } = {}) {
      try {
        return await planWithModel(chat, model, request, { onProgress, signal });
      } catch (error) {
        if (!model.fallbackOffline || !canFallBack(request, error)) throw error;
        const reason = (error as AppError).message;
        onProgress({
          stage: 'fallback',
          message: `The language model did not answer; the offline engine builds the app instead. (${reason})`,
        });
        const response = await runOffline(request);
        const note = `Built by the offline engine because the language model was unavailable: ${reason}`;
        return {
          ...response,
          plan: { ...response.plan, notes: [note, ...response.plan.notes] },
          notes: [note, ...response.notes],
          fallbackFrom: model.provider,
        };
      }
    },
  };
}
