// Dev pool throughput with a big pool (a benchmark, not a test): seeds USERS users through the
// admin API into a data directory (so every write goes through the fsync'd journal), then runs
// SIGN_INS USER_PASSWORD_AUTH sign-ins and as many REFRESH_TOKEN_AUTH refreshes, then SIGN_UPS
// SignUps of new names, from CLIENTS concurrent clients, and prints the rates. Seeding is
// reported for its first and last tenth, to show whether writes slow as the pool grows.
//   node --import tsx scripts/bench-dev-pool.mjs [users=10000] [sign-ins=3000] [clients=20] [sign-ups=1000]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevPool } from '../dev-pool/server.ts';

const [USERS = 10_000, SIGN_INS = 3_000, CLIENTS = 20, SIGN_UPS = 1_000] = process.argv.slice(2).map(Number);
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
const seed = (from, to) =>
  run(to - from, CLIENTS, async (n) => {
    const i = from + n;
    await call('AdminCreateUser', {
      UserPoolId: pool.userPoolId,
      Username: name(i),
      MessageAction: 'SUPPRESS',
      UserAttributes: [{ Name: 'email', Value: `${name(i)}@example.com` }, { Name: 'email_verified', Value: 'true' }],
    });
    await call('AdminSetUserPassword', { UserPoolId: pool.userPoolId, Username: name(i), Password: PASSWORD, Permanent: true });
  });
const tenth = Math.floor(USERS / 10);
const firstTenth = await seed(0, tenth);
await seed(tenth, USERS - tenth);
const lastTenth = await seed(USERS - tenth, USERS);
console.log(
  `seeded ${USERS} users (AdminCreateUser + AdminSetUserPassword each): ${firstTenth.toFixed(0)} users/s for the first ${tenth}, ${lastTenth.toFixed(0)} users/s for the last ${tenth}`,
);

const refreshTokens = [];
const signInRate = await run(SIGN_INS, CLIENTS, async () => {
  const i = Math.floor(Math.random() * USERS);
  const result = await call('InitiateAuth', {
    ClientId: pool.clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: name(i), PASSWORD },
  });
  if (!result.AuthenticationResult?.AccessToken) throw new Error('no tokens');
  refreshTokens.push(result.AuthenticationResult.RefreshToken);
});
console.log(`${SIGN_INS} sign-ins (USER_PASSWORD_AUTH, ${CLIENTS} clients) with ${USERS} users: ${signInRate.toFixed(0)} sign-ins/s`);

const refreshRate = await run(refreshTokens.length, CLIENTS, async (i) => {
  const result = await call('InitiateAuth', {
    ClientId: pool.clientId,
    AuthFlow: 'REFRESH_TOKEN_AUTH',
    AuthParameters: { REFRESH_TOKEN: refreshTokens[i] },
  });
  if (!result.AuthenticationResult?.AccessToken) throw new Error('no tokens');
});
console.log(`${refreshTokens.length} refreshes (REFRESH_TOKEN_AUTH) with ${refreshTokens.length} sign-ins on record: ${refreshRate.toFixed(0)} refreshes/s`);

const signUpRate = await run(SIGN_UPS, CLIENTS, async (i) => {
  const username = `newcomer${i}`;
  await call('SignUp', {
    ClientId: pool.clientId,
    Username: username,
    Password: PASSWORD,
    UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }],
  });
});
console.log(`${SIGN_UPS} sign-ups (SignUp, new names) with ${USERS} users: ${signUpRate.toFixed(0)} sign-ups/s`);
console.log(`RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB (pool and clients in one process)`);
await pool.close();
rmSync(dataDir, { recursive: true, force: true });
