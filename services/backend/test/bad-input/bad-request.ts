/** One request the API must refuse, and how. */
export interface BadRequest {
  what: string;
  method: string;
  path: (id: string) => string;
  json?: unknown;
  body?: string;
  contentType?: string;
  status: number;
  code: string;
  /** What the message must say, where the wording is the point of the case. */
  message?: RegExp;
}
