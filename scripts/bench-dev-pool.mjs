// Dev pool throughput with a big pool (a benchmark, not a test): seeds USERS users through the
// admin API into a data directory (so every write goes through the fsync'd journal), then runs
// SIGN_INS USER_PASSWORD_AUTH sign-ins from CLIENTS concurrent clients and prints the rates.
//   node --import tsx scripts/bench-dev-pool.mjs [users=10000] [sign-ins=3000] [clients=20]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevPool } from '../dev-pool/server.ts';

const [USERS = 10_000, SIGN_INS = 3_000, CLIENTS = 20] = process.argv.slice(2).map(Number);
const PASSWORD = 'Corr3ct-Horse!';
const dataDir = mkdtempSync(join(tmpdir(), 'dev-pool-bench-'));
const pool = await startDevPool({ port: 0, log: () => {}, dataDir });

async function call(operation, body) {
  const response = await fetch(pool.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityProviderService.${operation}` },
    body: JSON.stringify(body),
  });
  const json = await response.json();
  if (response.status !== 200) throw new Error(`${operation}: ${JSON.stringify(json)}`);
  return json;
}

/** Runs `count` jobs from `clients` concurrent workers; returns jobs per second. */
async function run(count, clients, job) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < count) await job(next++);
    }),
  );
  return count / ((performance.now() - started) / 1000);
}

const name = (i) => `bench${i}`;
const seedRate = await run(USERS, CLIENTS, async (i) => {
  await call('AdminCreateUser', {
    UserPoolId: pool.userPoolId,
    Username: name(i),
    MessageAction: 'SUPPRESS',
    UserAttributes: [{ Name: 'email', Value: `${name(i)}@example.com` }, { Name: 'email_verified', Value: 'true' }],
  });
  await call('AdminSetUserPassword', { UserPoolId: pool.userPoolId, Username: name(i), Password: PASSWORD, Permanent: true });
});
console.log(`seeded ${USERS} users: ${seedRate.toFixed(0)} users/s (AdminCreateUser + AdminSetUserPassword each)`);

const signInRate = await run(SIGN_INS, CLIENTS, async () => {
  const i = Math.floor(Math.random() * USERS);
  const result = await call('InitiateAuth', {
    ClientId: pool.clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: name(i), PASSWORD },
  });
  if (!result.AuthenticationResult?.AccessToken) throw new Error('no tokens');
});
console.log(`${SIGN_INS} sign-ins (USER_PASSWORD_AUTH, ${CLIENTS} clients) with ${USERS} users: ${signInRate.toFixed(0)} sign-ins/s`);
console.log(`RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB (pool and clients in one process)`);
await pool.close();
rmSync(dataDir, { recursive: true, force: true });
