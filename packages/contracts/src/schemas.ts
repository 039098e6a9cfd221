import type { Schema } from 'express-validator';
import { AUDIT_EVENT_TYPES, KEY_ROLES, SEVERITIES, TIER_NAMES } from './admin.js';
import { APP_STATUSES } from './api.js';
import { explainUnsafePath, FILE_LIMITS } from './files.js';
import { PROMPT_MAX_LENGTH, REPAIR_LOG_MAX_LENGTH } from './plan.js';

/** App ids are 12 lowercase letters and digits: short enough for URLs, never a path. */
export const APP_ID_PATTERN = /^[a-z0-9]{12}$/;

/** Why a `{path: content}` map cannot be accepted, or null. `null` contents mean "delete" where allowed. */
export function explainBadFileMap(
  value: unknown,
  { allowNull, allowEmpty = false }: { allowNull: boolean; allowEmpty?: boolean },
): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'files must be an object of {"path": "content"}';
  }
  const entries = Object.entries(value);
  if (entries.length === 0 && !allowEmpty) return 'files must name at least one file';
  if (entries.length > FILE_LIMITS.maxFiles) return `an app may have at most ${FILE_LIMITS.maxFiles} files`;
  let total = 0;
  for (const [path, content] of entries) {
    const unsafe = explainUnsafePath(path);
    if (unsafe) return unsafe;
    if (content === null && allowNull) continue;
    if (typeof content !== 'string') {
      return `the content of "${path}" must be a string${allowNull ? ' (or null to delete it)' : ''}`;
    }
    const bytes = Buffer.byteLength(content);
    if (bytes > FILE_LIMITS.maxFileBytes) return `"${path}" is larger than ${FILE_LIMITS.maxFileBytes} bytes`;
    total += bytes;
  }
  if (total > FILE_LIMITS.maxTotalBytes)
    return `the files add up to more than ${FILE_LIMITS.maxTotalBytes} bytes`;
  return null;
}

function customCheck(explain: (value: unknown) => string | null) {
  return {
    options: (value: unknown) => {
      const problem = explain(value);
      if (problem) throw new Error(problem);
      return true;
    },
  };
}

/** Control, format (zero-width) and space characters: a text made only of these shows nothing. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}\s\u115F\u1160\u2800\u3164\uFFA0]/gu;

/** True when the text has at least one character a person can see. */
export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, '').length > 0;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** Why a body field that should be one string is not, or null (undefined is left to `exists`/`optional`). */
function explainNotOneString(name: string, value: unknown): string | null {
  if (value === undefined || typeof value === 'string') return null;
  if (Array.isArray(value)) return `${name} must be one string, not a list`;
  return `${name} must be a string, not ${describeValue(value)}`;
}

/**
 * One string with something to see in it, checked before anything else looks at the value (express-validator
 * would check each item of a list instead, and trimming does not remove zero-width or control characters).
 */
function oneVisibleString(name: string, invisible: string) {
  return {
    ...customCheck((value) => {
      const notOne = explainNotOneString(name, value);
      if (notOne) return notOne;
      return typeof value === 'string' && !hasVisibleText(value) ? invisible : null;
    }),
    bail: true,
  };
}

/**
 * A query parameter given once: a repeated one (`?limit=1&limit=2`) arrives as a list, which no later
 * check or route expects.
 */
function onceInQuery(name: string) {
  return {
    ...customCheck((value) => {
      if (value === undefined || typeof value === 'string') return null;
      if (Array.isArray(value)) {
        const times = value.length === 2 ? 'twice' : `${value.length} times`;
        return `${name} was given ${times}; give it once`;
      }
      return `${name} must be a single value`;
    }),
    bail: true,
  };
}

/**
 * A whole number sent as a JSON number: text that looks like one ("512") or a list of one ([512]) is a
 * mistyped field, though express-validator's isInt would pass both (it checks each item of a list).
 */
function jsonWholeNumber(name: string, min: number, max: number, message: string) {
  return customCheck((value) => {
    if (value === undefined) return `${name} is required: ${message}`;
    if (typeof value !== 'number')
      return `${name} must be a number, not ${Array.isArray(value) ? 'a list' : describeValue(value)}`;
    return Number.isInteger(value) && value >= min && value <= max ? null : `${name} must be ${message}`;
  });
}

const promptField = {
  exists: { errorMessage: 'prompt is required: describe the app in a sentence', bail: true },
  custom: oneVisibleString('prompt', 'the prompt has no visible text: describe the app in words'),
  trim: true,
  isLength: {
    options: { min: 1, max: PROMPT_MAX_LENGTH },
    errorMessage: `prompt must be 1 to ${PROMPT_MAX_LENGTH} characters`,
  },
} satisfies Schema[string];

export const appIdParamSchema: Schema = {
  id: {
    in: ['params'],
    matches: { options: APP_ID_PATTERN, errorMessage: 'app id must be 12 lowercase letters or digits' },
  },
};

export const appCreateSchema: Schema = {
  prompt: { in: ['body'], ...promptField },
  name: {
    in: ['body'],
    optional: true,
    custom: oneVisibleString('name', 'the name has no visible text'),
    trim: true,
    isLength: { options: { min: 1, max: 80 }, errorMessage: 'name must be 1 to 80 characters' },
  },
};

export const appPromptSchema: Schema = { prompt: { in: ['body'], ...promptField } };

export const waitQuerySchema: Schema = {
  wait: {
    in: ['query'],
    custom: onceInQuery('wait'),
    optional: true,
    isIn: { options: [['true', 'false', '1', '0']], errorMessage: 'wait must be true or false' },
  },
};

export const appListQuerySchema: Schema = {
  limit: {
    in: ['query'],
    custom: onceInQuery('limit'),
    optional: true,
    isInt: { options: { min: 1, max: 100 }, errorMessage: 'limit must be a whole number from 1 to 100' },
    toInt: true,
  },
  cursor: {
    in: ['query'],
    custom: onceInQuery('cursor'),
    optional: true,
    matches: { options: /^[A-Za-z0-9_-]{1,40}$/, errorMessage: 'cursor must be a value from nextCursor' },
  },
  status: {
    in: ['query'],
    custom: onceInQuery('status'),
    optional: true,
    isIn: { options: [APP_STATUSES], errorMessage: `status must be one of ${APP_STATUSES.join(', ')}` },
  },
};

export const versionParamSchema: Schema = {
  ...appIdParamSchema,
  n: {
    in: ['params'],
    isInt: { options: { min: 1 }, errorMessage: 'version must be a whole number from 1' },
    toInt: true,
  },
};

export const filesPatchSchema: Schema = {
  files: { in: ['body'], custom: customCheck((v) => explainBadFileMap(v, { allowNull: true })) },
};

export const archiveQuerySchema: Schema = {
  format: {
    in: ['query'],
    custom: onceInQuery('format'),
    optional: true,
    isIn: { options: [['zip', 'tar.gz']], errorMessage: 'format must be zip or tar.gz' },
  },
};

export const planRequestSchema: Schema = {
  prompt: { in: ['body'], ...promptField },
  current: {
    in: ['body'],
    optional: true,
    isObject: { errorMessage: 'current must be {plan, files, base?}' },
  },
  'current.plan': {
    in: ['body'],
    optional: true,
    isObject: { errorMessage: 'current.plan must be the plan returned earlier' },
  },
  'current.files': {
    in: ['body'],
    optional: true,
    custom: customCheck((v) => explainBadFileMap(v, { allowNull: false })),
  },
  'current.base': {
    in: ['body'],
    optional: true,
    custom: customCheck((v) => {
      const problem = explainBadFileMap(v, { allowNull: true, allowEmpty: true });
      return (
        problem && `current.base (what the planner produced, where it differs from current.files): ${problem}`
      );
    }),
  },
  repair: {
    in: ['body'],
    optional: true,
    isObject: { errorMessage: 'repair must be {error, log?, round?}' },
    custom: {
      options: (_value: unknown, { req }: { req: { body?: { current?: unknown } } }) => {
        if (!req.body?.current)
          throw new Error('repair needs current: the plan and files that failed to start');
        return true;
      },
    },
  },
  'repair.error': {
    in: ['body'],
    optional: true,
    isString: { errorMessage: 'repair.error must be text' },
    isLength: { options: { max: 4000 }, errorMessage: 'repair.error must be at most 4000 characters' },
  },
  'repair.log': {
    in: ['body'],
    optional: true,
    isString: { errorMessage: 'repair.log must be text' },
    isLength: {
      options: { max: REPAIR_LOG_MAX_LENGTH },
      errorMessage: `repair.log must be at most ${REPAIR_LOG_MAX_LENGTH} characters`,
    },
  },
  'repair.round': {
    in: ['body'],
    optional: true,
    custom: jsonWholeNumber('repair.round', 1, 100, 'a whole number from 1 to 100'),
  },
};

export const sandboxDeploySchema: Schema = {
  ...appIdParamSchema,
  files: { in: ['body'], custom: customCheck((v) => explainBadFileMap(v, { allowNull: false })) },
  entry: {
    in: ['body'],
    custom: customCheck((v) => (typeof v === 'string' ? explainUnsafePath(v) : 'entry must be a path')),
  },
  'limits.memoryMb': {
    in: ['body'],
    custom: jsonWholeNumber('limits.memoryMb', 16, 65536, '16 to 65536'),
  },
  'limits.cpuPercent': {
    in: ['body'],
    custom: jsonWholeNumber('limits.cpuPercent', 1, 1600, '1 to 1600'),
  },
  'limits.timeoutMs': {
    in: ['body'],
    custom: jsonWholeNumber('limits.timeoutMs', 1000, 7 * 24 * 3600 * 1000, '1000 ms to 7 days'),
  },
  preferredPort: {
    in: ['body'],
    optional: true,
    custom: jsonWholeNumber('preferredPort', 1, 65535, 'a port number'),
  },
};

export const logsQuerySchema: Schema = {
  tail: {
    in: ['query'],
    custom: onceInQuery('tail'),
    optional: true,
    isInt: { options: { min: 1, max: 5000 }, errorMessage: 'tail must be 1 to 5000' },
    toInt: true,
  },
  follow: {
    in: ['query'],
    custom: onceInQuery('follow'),
    optional: true,
    isIn: { options: [['true', 'false', '1', '0']], errorMessage: 'follow must be true or false' },
  },
};

/** `GET /api/apps/:id/events?after=`: events after this id (Last-Event-ID wins when both are sent). */
export const eventsQuerySchema: Schema = {
  after: {
    in: ['query'],
    custom: onceInQuery('after'),
    optional: true,
    isInt: { options: { min: 0 }, errorMessage: 'after must be an event id (a whole number)' },
    toInt: true,
  },
};

/** A date, or a date and time with an optional zone: years of four digits, so JavaScript can hold it. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const SINCE_MESSAGE = 'since must be a time such as 2026-01-31T12:00:00Z';

/** `GET /api/admin/events`: newest first, filtered by type, least severity and time. */
export const adminEventsQuerySchema: Schema = {
  type: {
    in: ['query'],
    custom: onceInQuery('type'),
    optional: true,
    isIn: {
      options: [AUDIT_EVENT_TYPES],
      errorMessage: `type must be one of ${AUDIT_EVENT_TYPES.join(', ')}`,
    },
  },
  minSeverity: {
    in: ['query'],
    custom: onceInQuery('minSeverity'),
    optional: true,
    isIn: { options: [SEVERITIES], errorMessage: `minSeverity must be one of ${SEVERITIES.join(', ')}` },
  },
  since: {
    in: ['query'],
    custom: onceInQuery('since'),
    optional: true,
    matches: { options: ISO_TIME, errorMessage: SINCE_MESSAGE, bail: true },
    isISO8601: { options: { strict: true }, errorMessage: SINCE_MESSAGE, bail: true },
  },
  limit: {
    in: ['query'],
    custom: onceInQuery('limit'),
    optional: true,
    isInt: { options: { min: 1, max: 500 }, errorMessage: 'limit must be a whole number from 1 to 500' },
  },
  cursor: {
    in: ['query'],
    custom: onceInQuery('cursor'),
    optional: true,
    isInt: { options: { min: 1 }, errorMessage: 'cursor must be a value from nextCursor' },
  },
};

export const keyIdParamSchema: Schema = {
  id: {
    in: ['params'],
    matches: {
      options: /^key_[a-z0-9]{8}$/,
      errorMessage: 'key id must look like key_ and 8 letters or digits',
    },
  },
};

/** `POST /api/keys`: maxApps is a JSON number, not text that looks like one. */
export const keyCreateSchema: Schema = {
  name: {
    in: ['body'],
    exists: { errorMessage: 'name is required: who or what the key is for', bail: true },
    custom: oneVisibleString('name', 'the name has no visible text'),
    trim: true,
    isLength: { options: { min: 1, max: 80 }, errorMessage: 'name must be 1 to 80 characters' },
  },
  role: {
    in: ['body'],
    optional: true,
    custom: customCheck((v) =>
      KEY_ROLES.includes(v as never) ? null : `role must be one of ${KEY_ROLES.join(', ')}`,
    ),
  },
  tier: {
    in: ['body'],
    optional: true,
    custom: customCheck((v) =>
      TIER_NAMES.includes(v as never) ? null : `tier must be one of ${TIER_NAMES.join(', ')}`,
    ),
  },
  maxApps: {
    in: ['body'],
    optional: true,
    custom: customCheck((v) =>
      Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 100_000
        ? null
        : 'maxApps must be a whole number from 1 to 100000',
    ),
  },
};
