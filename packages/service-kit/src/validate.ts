import type { RequestHandler } from 'express';
import { checkSchema, validationResult, type Schema } from 'express-validator';
import { AppError } from './app-error.js';

/** express-validator for one request schema, then a 400 that lists every problem by field. */
export function validate(schema: Schema): RequestHandler {
  const chains = checkSchema(schema);
  return async (req, _res, next) => {
    await chains.run(req);
    const result = validationResult(req);
    if (result.isEmpty()) {
      next();
      return;
    }
    const problems = result.array({ onlyFirstError: true }).map((e) => ({
      field: e.type === 'field' ? e.path : e.type,
      message: String(e.msg),
    }));
    next(
      new AppError({
        code: 'invalid-request',
        status: 400,
        message: problems.map((p) => p.message).join('; '),
        details: problems,
      }),
    );
  };
}
