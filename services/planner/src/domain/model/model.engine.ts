import {
  readSpec,
  SPEC_VERSION,
  type AppSpec,
  type Plan,
  type PlanRequest,
  type PlanResponse,
} from '@isekai/contracts';
import { AppError } from '@isekai/service-kit';
import type { ModelConfig } from '../../config.js';
import { parseAnswer, type ParsedAnswer } from './answer-format.js';
import { checkFiles, type CheckedFiles } from './answer-checks.js';
import type { ChatAnswer, ChatModel } from './chat-model.js';
import { modelFailure, planCancelled } from './model-errors.js';
import { firstMessage, retryMessage, SYSTEM_PROMPT, type ChatMessage } from './model-instructions.js';
import { trackProgress, type ProgressListener } from './progress-tracker.js';

export interface PlanCallOptions {
  onProgress: ProgressListener;
  /** Aborted when the caller goes away: the model call stops rather than running to LLM_TIMEOUT_MS. */
  signal?: AbortSignal;
}

async function ask(
  chat: ChatModel,
  config: ModelConfig,
  messages: ChatMessage[],
  { onProgress, signal }: PlanCallOptions,
  attempt: number,
): Promise<ChatAnswer> {
  const progress = trackProgress(onProgress, attempt);
  const deadline = AbortSignal.timeout(config.timeoutMs);
  try {
    const answer = await chat.complete({
      system: SYSTEM_PROMPT,
      messages,
      signal: signal ? AbortSignal.any([deadline, signal]) : deadline,
      onText: (text) => progress.onText(text),
    });
    progress.finish(answer.outputTokens);
    return answer;
  } catch (error) {
    if (signal?.aborted) throw planCancelled();
    throw modelFailure(error, chat, config.timeoutMs, deadline.aborted);
  }
}

/** A language model's app has no blueprint; the spec records what the model said it built. */
function specOf(request: PlanRequest, parsed: ParsedAnswer): AppSpec {
  const previous = readSpec(request.current?.plan?.spec);
  const title = parsed.title ?? previous?.title ?? 'New app';
  return {
    version: SPEC_VERSION,
    kind: previous?.kind ?? 'custom',
    blueprint: 'model',
    title,
    description: parsed.summary ?? previous?.description ?? request.prompt.slice(0, 200),
    collections: previous?.collections ?? [],
    pages: [],
    theme: previous?.theme ?? { mode: 'light', colors: {} },
    options: {},
  };
}

function verbFor(request: PlanRequest): string {
  return request.repair ? 'Repaired' : request.current ? 'Changed' : 'Built';
}

/**
 * Prompt -> streamed answer -> files -> checks; an answer that fails the checks goes back to the model
 * with what was wrong, at most `checkRetries` times. Model errors become AppErrors a person can act on.
 */
export async function planWithModel(
  chat: ChatModel,
  config: ModelConfig,
  request: PlanRequest,
  options: PlanCallOptions,
): Promise<PlanResponse> {
  const { onProgress, signal } = options;
  const messages: ChatMessage[] = [{ role: 'user', content: firstMessage(request) }];
  const steps: string[] = [];
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw planCancelled();
    onProgress({
      stage: 'asking',
      message: `Asking ${chat.model}${attempt > 1 ? ` again (attempt ${attempt})` : ''}.`,
      attempt,
    });
    const answer = await ask(chat, config, messages, options, attempt);
    const parsed = parseAnswer(answer.text);
    onProgress({
      stage: 'checking',
      message: `Checking ${Object.keys(parsed.files).length} files: paths, manifest, syntax, modules, sizes.`,
      attempt,
    });
    const checked: CheckedFiles = await checkFiles(parsed.files, parsed.title ?? 'New app');
    const problems = [...parsed.problems, ...checked.problems];
    steps.push(
      `Attempt ${attempt}: ${chat.model} wrote ${Object.keys(parsed.files).length} files (${answer.outputTokens ?? '?'} tokens)${problems.length ? `; ${problems.length} problems found` : '; checks passed'}.`,
    );
    if (problems.length === 0) {
      const spec = specOf(request, parsed);
      const plan: Plan = {
        spec,
        summary: parsed.summary ?? `${verbFor(request)} ${spec.title}.`,
        steps: [...steps, ...checked.fixes],
        notes: parsed.notes,
      };
      return {
        plan,
        files: checked.files,
        engine: chat.provider,
        model: chat.model,
        notes: plan.notes,
        repairRounds: config.repairRounds,
      };
    }
    if (attempt > config.checkRetries) {
      throw new AppError({
        code: 'planner-model-invalid-answer',
        status: 502,
        message: `The language model's answer failed the checks ${attempt} times: ${problems.slice(0, 5).join('; ')}. Try again, rephrase the prompt, or use a stronger model.`,
        details: { problems },
      });
    }
    onProgress({
      stage: 'retrying',
      message: `The answer had problems (${problems[0]}${problems.length > 1 ? `, and ${problems.length - 1} more` : ''}); asking the model to fix them.`,
      attempt,
    });
    messages.push(
      { role: 'assistant', content: answer.text },
      { role: 'user', content: retryMessage(problems) },
    );
  }
}
