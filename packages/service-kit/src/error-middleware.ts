import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ErrorBody } from '@isekai/contracts';
import type { Logger } from 'pino';
import { AppError, isAppError } from './app-error.js';

interface BodyParserError {
  type?: string;
  status?: number;
  statusCode?: number;
  limit?: number;
}

/**
 * Any other error a library marks as the client's (http-errors' 4xx: a gzip body that is not gzip, a path
 * with a broken percent escape Express cannot decode) keeps its status instead of becoming a 500.
 */
function fromClientError(error: BodyParserError): AppError | null {
  const status = error.status ?? error.statusCode;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 400 || status > 499) return null;
  return new AppError({
    code: status === 415 ? 'unsupported-encoding' : 'bad-request',
    status,
    message:
      status === 415
        ? 'Send the body as UTF-8 JSON, uncompressed or gzip, deflate or br.'
        : 'The request could not be read: check its path, its body and its content-encoding.',
  });
}

/** body-parser reports its failures through typed errors; map them to what the client did wrong. */
function fromBodyParser(error: BodyParserError): AppError | null {
  switch (error.type) {
    case 'entity.too.large':
      return new AppError({
        code: 'payload-too-large',
        status: 413,
        message: `The request body is larger than the ${error.limit ?? ''} bytes allowed; send less.`,
      });
    case 'entity.parse.failed':
      return new AppError({
        code: 'malformed-json',
        status: 400,
        message: 'The request body is not valid JSON.',
      });
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError({
        code: 'unsupported-encoding',
        status: 415,
        message: 'Send the body as UTF-8 JSON.',
      });
    case 'request.aborted':
      return new AppError({ code: 'request-aborted', status: 400, message: 'The request was aborted.' });
    default:
      return null;
  }
}

export function toErrorBody(error: AppError): ErrorBody {
  const body: ErrorBody = { error: { code: error.code, message: error.message } };
  if (error.details !== undefined) body.error.details = error.details;
  return body;
}

export const notFoundRoute: RequestHandler = (req, _res, next) => {
  next(
    new AppError({
      code: 'route-not-found',
      status: 404,
      message: `No route for ${req.method} ${req.path}.`,
    }),
  );
};

/** Registered last: AppErrors become their status; anything else is logged and becomes a plain 500. */
export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const known = isAppError(error)
      ? error
      : (fromBodyParser(error as BodyParserError) ?? fromClientError(error as BodyParserError));
    if (known) {
      // Read by the metrics and, in the backend, the security events, once the answer is sent.
      res.locals.errorCode = known.code;
      res.locals.errorDetails = known.details;
      res.set(known.headers);
      res.status(known.status).json(toErrorBody(known));
      return;
    }
    logger.error({ err: error, reqId: req.id, path: req.path }, 'unhandled error');
    res.locals.errorCode = 'internal-error';
    res.status(500).json({
      error: {
        code: 'internal-error',
        message: 'Something went wrong on our side; try again, and report the request id if it persists.',
      },
    } satisfies ErrorBody);
  };
}
