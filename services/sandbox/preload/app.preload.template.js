'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS by design: it runs before the app, as its first require. */
// Template of the preload every isolated app loads with `node --require`: the sandbox fills in the
// allow-list and writes it out as <APPS_DIR>/.runtime/app.preload.cjs (CommonJS, never compiled).
//
// 1. The sandbox binds the app's port itself and hands the listening socket over as fd 3: inside its
//    network namespace the app could not be reached on a port it bound itself. An ordinary
//    `server.listen(process.env.PORT)` is turned into `listen({ fd: 3 })` here.
// 2. Because a socket the sandbox already listens on accepts connections before the app is ready, the
//    app's first `listening` event is reported on fd 4, which the sandbox waits for instead of probing.
// 3. `require` of a package outside the allow-list fails with a message that says what is allowed.
//    (This is for a clear message only: what an app can load is decided by its filesystem view.)
const fs = require('node:fs');
const net = require('node:net');
const Module = require('node:module');

// bubblewrap always sets PWD (the app's own directory, so nothing leaks); drop it so an app sees exactly
// the four variables the sandbox promises.
delete process.env.PWD;

const LISTEN_FD = 3;
const READY_FD = 4;
const ALLOWED = /* ALLOWED_MODULES */ [];
const port = process.env.PORT;
let handedOver = false;

function requestedPort(args) {
  const first = args[0];
  if (first !== null && typeof first === 'object') return first.port;
  return first;
}

function signalReady() {
  try {
    fs.writeSync(READY_FD, 'ready\n');
    fs.closeSync(READY_FD);
  } catch {
    // fd 4 is absent when the app runs outside the sandbox
  }
}

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function isekaiListen(...args) {
  const wanted = requestedPort(args);
  if (handedOver || wanted === undefined || String(wanted) !== port) return listen.apply(this, args);
  handedOver = true;
  const last = args[args.length - 1];
  this.once('listening', signalReady);
  return listen.call(this, { fd: LISTEN_FD }, typeof last === 'function' ? last : undefined);
};

function packageName(request) {
  const parts = request.split('/');
  return request.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function isekaiResolve(request, ...rest) {
  const bare = !request.startsWith('.') && !request.startsWith('/') && !Module.isBuiltin(request);
  if (bare && !ALLOWED.includes(packageName(request))) {
    const error = new Error(
      `Cannot require "${request}": Isekai apps may use Node's built-in modules and only these packages: ${ALLOWED.join(', ') || '(none)'}.`,
    );
    error.code = 'ERR_ISEKAI_MODULE_NOT_ALLOWED';
    throw error;
  }
  return resolveFilename.call(this, request, ...rest);
};
