'use strict';
/**
 * One function instance. Plain CommonJS so it runs without a TypeScript transform (under jest and tsx
 * alike). Receives one call at a time; the per-call environment (caller identity, API token) is
 * written into this thread's own process.env before `exports.main` runs.
 */
const { parentPort, workerData } = require('node:worker_threads');

let loaded = null;

function serialiseError(error) {
  if (error instanceof Error) {
    return { name: error.name, message: error.message, stack: error.stack || String(error) };
  }
  let text;
  try {
    text = typeof error === 'string' ? error : JSON.stringify(error);
  } catch (_) {
    text = String(error);
  }
  return { name: 'Error', message: text, stack: text };
}

function applyEnv(env) {
  for (const key of Object.keys(env)) {
    const value = env[key];
    if (value === null || value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
}

function mainOf() {
  if (!loaded) loaded = require(workerData.file);
  const main = loaded && (typeof loaded.main === 'function' ? loaded.main : loaded.default && loaded.default.main);
  if (typeof main !== 'function') {
    throw new TypeError(`exports.main is not a function in ${workerData.name}`);
  }
  return main;
}

parentPort.on('message', async (message) => {
  if (!message || message.type !== 'call') return;
  const { callId } = message;
  try {
    applyEnv(message.env);
    const main = mainOf();
    const value = await main(message.event, message.context);
    const json = value === undefined ? 'null' : JSON.stringify(value);
    parentPort.postMessage({ type: 'result', callId, ok: true, json: json === undefined ? 'null' : json });
  } catch (error) {
    parentPort.postMessage({ type: 'result', callId, ok: false, error: serialiseError(error) });
  }
});

// A call whose event cannot be deserialised here: the pool fails that call and replaces this instance.
parentPort.on('messageerror', () => {
  parentPort.postMessage({ type: 'unreadable' });
});

process.on('unhandledRejection', (reason) => {
  console.error(`[local cloud] unhandled rejection in function ${workerData.name}:`, reason);
});
