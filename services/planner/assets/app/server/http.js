// @ts-check
'use strict';
// Answers and request bodies: every answer carries the security headers and is never cached.

const MAX_BODY_BYTES = 1024 * 1024;
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https: http:; object-src 'none'; base-uri 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** @param {string} extension @returns {string | undefined} */
function contentType(extension) {
  return CONTENT_TYPES[/** @type {keyof typeof CONTENT_TYPES} */ (extension)];
}

function send(res, status, body, headers) {
  const isText = typeof body === 'string' || Buffer.isBuffer(body);
  const payload = body === undefined ? '' : isText ? body : JSON.stringify(body);
  res.writeHead(
    status,
    Object.assign(
      { 'cache-control': 'no-store' },
      SECURITY_HEADERS,
      isText ? {} : { 'content-type': 'application/json; charset=utf-8' },
      headers || {},
    ),
  );
  res.end(payload);
}

/** @param {Record<string, string>} [fields] field name -> message, shown beside the field */
function fail(res, status, code, message, fields) {
  send(res, status, { error: fields ? { code, message, fields } : { code, message } });
}

/** @param {string} message */
function sendNotFound(res, message) {
  send(res, 404, message, { 'content-type': 'text/plain; charset=utf-8' });
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // Refuse at once, but read on (discarding) so the client gets the answer rather than a reset;
        // a body that goes on and on is cut off.
        chunks.length = 0;
        reject(
          Object.assign(new Error('The request body is too large.'), {
            status: 413,
            code: 'payload-too-large',
          }),
        );
        if (size > MAX_BODY_BYTES * 8) req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_BODY_BYTES) return;
      if (chunks.length === 0) return resolve({});
      try {
        const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
        resolve(parsed);
      } catch {
        reject(
          Object.assign(new Error('The request body must be a JSON object.'), {
            status: 400,
            code: 'malformed-json',
          }),
        );
      }
    });
    req.on('error', reject);
  });
}

module.exports = { contentType, send, fail, sendNotFound, readJson };
