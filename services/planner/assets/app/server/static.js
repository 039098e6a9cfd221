// @ts-check
'use strict';
// The page's own files from public/, and the browser builds of the module store's packages at
// /vendor/<package>/<file>: only plain names, no dot-files, no "..", no way out.
const fs = require('fs');
const path = require('path');
const { contentType, fail, send, sendNotFound } = require('./http.js');

const SAFE_SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;
const VENDOR_PACKAGES = ['chess.js', 'uqr'];
const VENDOR_TYPES = new Set(['.js', '.mjs', '.css']);

/** @param {string} publicDir */
function createStatic(publicDir) {
  return function serveStatic(req, res, pathname) {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return fail(res, 405, 'method-not-allowed', 'Only GET is allowed here.');
    const segments = (pathname === '/' ? '/index.html' : pathname).slice(1).split('/');
    if (!segments.every((s) => SAFE_SEGMENT.test(s))) return sendNotFound(res, 'Not found');
    const file = path.join(publicDir, ...segments);
    fs.readFile(file, (error, content) => {
      if (error) return sendNotFound(res, 'Not found');
      send(res, 200, req.method === 'HEAD' ? '' : content, {
        'content-type': contentType(path.extname(file)) || 'application/octet-stream',
      });
    });
  };
}

/**
 * In the sandbox Node's lookup finds the store (its read-only /node_modules, or the links beside the
 * apps); run elsewhere, a node_modules next to the app.
 * @param {string} name @returns {string | null}
 */
function vendorDir(name) {
  for (const base of require.resolve.paths(name) || []) {
    try {
      if (fs.existsSync(path.join(base, name, 'package.json'))) return path.join(base, name);
    } catch {
      // Under the permission model a folder outside the app's reads throws rather than answering false.
    }
  }
  return null;
}

function serveVendor(req, res, pathname) {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return fail(res, 405, 'method-not-allowed', 'Only GET is allowed here.');
  const segments = pathname.slice('/vendor/'.length).split('/');
  const scoped = segments[0].startsWith('@');
  const name = scoped ? segments.slice(0, 2).join('/') : segments[0];
  const inside = segments.slice(scoped ? 2 : 1);
  if (!VENDOR_PACKAGES.includes(name)) return sendNotFound(res, 'Not a client library of this app: ' + name);
  if (
    inside.length === 0 ||
    !inside.every((s) => SAFE_SEGMENT.test(s)) ||
    !VENDOR_TYPES.has(path.extname(pathname))
  )
    return sendNotFound(res, 'Not found');
  const dir = vendorDir(name);
  if (!dir)
    return sendNotFound(
      res,
      name + ' is not installed here: run the app in Isekai, or npm install ' + name + '.',
    );
  /** @param {NodeJS.ErrnoException | null} error @param {Buffer} [content] */
  const answer = (error, content) => {
    if (error || !content) return sendNotFound(res, 'Not found');
    send(res, 200, req.method === 'HEAD' ? '' : content, {
      'content-type': contentType(path.extname(pathname)),
      'cache-control': 'public, max-age=3600',
    });
  };
  try {
    fs.readFile(path.join(dir, ...inside), answer);
  } catch (error) {
    answer(error);
  }
}

module.exports = { createStatic, serveVendor };
