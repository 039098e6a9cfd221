// @ts-check
// JSON calls to the app's own server; a refusal becomes an Error carrying the server's words.

export class ApiError extends Error {
  /** @param {string} message @param {number} status @param {Record<string, string>} fields */
  constructor(message, status, fields) {
    super(message);
    this.status = status;
    /** Field name -> message, shown beside that field. */
    this.fields = fields;
  }
}

/**
 * @param {string} method
 * @param {string} url
 * @param {unknown} [body]
 * @returns {Promise<any>}
 */
export async function api(method, url, body) {
  /** @type {RequestInit} */
  const options = { method, headers: { accept: 'application/json' } };
  if (body !== undefined) {
    options.headers = { accept: 'application/json', 'content-type': 'application/json' };
    options.body = JSON.stringify(body);
  }
  const res = await fetch(url, options);
  if (res.status === 204) return null;
  const data = await res.json().catch(() => null);
  if (!res.ok) {
    const error = data && data.error;
    throw new ApiError(
      (error && error.message) || 'The server answered ' + res.status,
      res.status,
      (error && error.fields) || {},
    );
  }
  return data;
}
