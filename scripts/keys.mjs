// `npm run keys -- <command>`: API keys for API_KEYS=on, managed by whoever administers the host, on the
// same SQLite file as the backend (DATABASE_PATH). A key's secret is printed once, at creation; only its
// hash is stored. Revoking takes effect on the next request; the backend may keep running.
import { parseArgs } from 'node:util';
import { loadConfig } from '../services/backend/dist/config.js';
import { openDatabase } from '../services/backend/dist/data/database.js';
import { createStore } from '../services/backend/dist/data/store.js';
import { createApiKeys } from '../services/backend/dist/domain/api-keys.js';
import { createAudit } from '../services/backend/dist/domain/audit.js';

const ROLES = ['admin', 'user'];
const TIERS = ['free', 'pro', 'enterprise'];
const USAGE = `Usage:
  npm run keys -- create <name> [--role admin|user] [--tier free|pro|enterprise] [--max-apps N]
                                                a new key (a user of the default tier unless told);
                                                its secret is shown once
  npm run keys -- list                          every key, with its role, tier, apps and whether it is revoked
  npm run keys -- revoke <key id>               the key stops working at once`;

function fail(message) {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(1);
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { 'max-apps': { type: 'string' }, role: { type: 'string' }, tier: { type: 'string' } },
  strict: true,
});
const [command, argument] = positionals;
const maxApps = values['max-apps'] === undefined ? null : Number(values['max-apps']);
if (maxApps !== null && (!Number.isInteger(maxApps) || maxApps < 1))
  fail('--max-apps must be a whole number from 1.');
const role = values.role ?? 'user';
if (!ROLES.includes(role)) fail(`--role must be one of ${ROLES.join(', ')}.`);
const tier = values.tier ?? null;
if (tier !== null && !TIERS.includes(tier)) fail(`--tier must be one of ${TIERS.join(', ')}.`);

const config = loadConfig();
const db = openDatabase(config.databasePath);
const store = createStore(db);
const keys = createApiKeys({ store, tiers: config.apiKeys.tiers, defaultTier: config.apiKeys.defaultTier });
const audit = createAudit({ store, retention: config.eventRetention });
/** Key changes made here are in the audit trail like those made through /api/keys, by `cli`. */
const audited = (message, context) =>
  audit.record({ type: 'audit', severity: 'info', actor: 'cli', message, context });
try {
  if (command === 'create') {
    if (!argument?.trim() || argument.length > 80)
      fail('create needs a name of 1 to 80 characters, e.g. npm run keys -- create ci');
    const { key, secret } = keys.create({ name: argument.trim(), maxApps, role, tier });
    const info = keys.listItem(key);
    audited('create key', { keyId: key.id, role: info.role, tier: info.tier });
    console.log(
      `Created ${key.id} "${key.name}", ${info.role} of tier ${info.tier} (up to ${info.maxApps} apps). Its secret, shown only now:\n${secret}`,
    );
    if (!config.apiKeys.required)
      console.log('Note: keys are only asked for when the backend runs with API_KEYS=on.');
  } else if (command === 'list') {
    const all = keys.list();
    if (all.length === 0) console.log('No keys yet: npm run keys -- create <name>');
    for (const key of all) {
      const info = keys.listItem(key);
      const state = key.revokedAt ? `revoked ${key.revokedAt}` : `${info.apps} of ${info.maxApps} apps`;
      console.log(
        `${key.id}  ${key.name.padEnd(24)}  ${state}  ${info.role}, tier ${info.tier}  (created ${key.createdAt})`,
      );
    }
  } else if (command === 'revoke') {
    if (!argument) fail('revoke needs a key id (see npm run keys -- list).');
    if (!keys.revoke(argument)) fail(`No live key with id "${argument}".`);
    audited('revoke key', { keyId: argument });
    console.log(`Revoked ${argument}: requests with it are refused from now on.`);
  } else {
    fail(command ? `Unknown command "${command}".` : 'Say what to do.');
  }
} finally {
  db.close();
}
