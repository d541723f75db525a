/**
 * Remembered devices: ConfirmDevice (the SDK stores the device's SRP verifier right after a
 * sign-in that returned NewDeviceMetadata), UpdateDeviceStatus, GetDevice, ListDevices,
 * ForgetDevice, and their Admin* forms.
 */
import type { Json, PoolContext } from '../context.js';
import { deviceNotFound, deviceType, listedDevices } from '../devices.js';
import { invalidParameter } from '../errors.js';
import type { DeviceRecord, UserRecord } from '../users.js';
import { adminUser } from './admin-user.js';
import { optionalString, requireString, signedIn } from './input.js';
import type { Operations } from './operation.js';

const MAX_LIMIT = 60;

function deviceOf(user: UserRecord, input: Json): DeviceRecord {
  const device = user.devices[requireString(input, 'DeviceKey')];
  if (!device) throw deviceNotFound();
  return device;
}

/** ListDevices pages with an opaque token; the dev pool's is the next offset, encoded. */
function listDevices(user: UserRecord, input: Json): Json {
  const limit = typeof input.Limit === 'number' ? input.Limit : MAX_LIMIT;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_LIMIT) {
    throw invalidParameter(
      `1 validation error detected: Value '${String(input.Limit)}' at 'limit' failed to satisfy constraint: Member must have value less than or equal to ${MAX_LIMIT}`,
    );
  }
  const token = optionalString(input, 'PaginationToken');
  const start = token ? Number(Buffer.from(token, 'base64url').toString('utf8')) : 0;
  if (!Number.isInteger(start) || start < 0) throw invalidParameter('Invalid pagination token.');
  const all = listedDevices(user);
  const page = all.slice(start, start + (limit || MAX_LIMIT));
  const next = start + page.length;
  return {
    Devices: page.map(deviceType),
    ...(next < all.length ? { PaginationToken: Buffer.from(String(next)).toString('base64url') } : {}),
  };
}

function updateStatus(device: DeviceRecord, input: Json): Json {
  const status = optionalString(input, 'DeviceRememberedStatus');
  if (status !== 'remembered' && status !== 'not_remembered') {
    throw invalidParameter(
      `1 validation error detected: Value '${String(status)}' at 'deviceRememberedStatus' failed to satisfy constraint: Member must satisfy enum value set: [remembered, not_remembered]`,
    );
  }
  device.remembered = status === 'remembered';
  device.updatedAt = Date.now();
  return {};
}

function forget(user: UserRecord, input: Json): Json {
  delete user.devices[deviceOf(user, input).deviceKey];
  return {};
}

/** Base64 of the SDK's hex strings, as DeviceSecretVerifierConfig carries them. */
function hexOf(config: Json, member: string): string {
  const value = config[member];
  if (typeof value !== 'string' || value === '') {
    throw invalidParameter(`DeviceSecretVerifierConfig.${member} is required.`);
  }
  return Buffer.from(value, 'base64').toString('hex');
}

function deviceConfigOf(ctx: PoolContext) {
  return ctx.config.deviceConfiguration ?? { ChallengeRequiredOnNewDevice: false, DeviceOnlyRememberedOnUserPrompt: false };
}

export const deviceOperations: Operations = {
  ConfirmDevice(ctx, input) {
    const { user } = signedIn(ctx, input);
    const device = deviceOf(user, input);
    const config = (input.DeviceSecretVerifierConfig ?? {}) as Json;
    device.verifier = { salt: hexOf(config, 'Salt'), verifier: hexOf(config, 'PasswordVerifier') };
    const name = optionalString(input, 'DeviceName');
    if (name) device.attributes.device_name = name;
    // Remembered at once unless the pool waits for the user's say-so (UpdateDeviceStatus).
    const ask = deviceConfigOf(ctx).DeviceOnlyRememberedOnUserPrompt;
    device.remembered = !ask;
    device.updatedAt = Date.now();
    return { UserConfirmationNecessary: ask };
  },

  UpdateDeviceStatus(ctx, input) {
    const { user } = signedIn(ctx, input);
    return updateStatus(deviceOf(user, input), input);
  },

  GetDevice(ctx, input) {
    const { user } = signedIn(ctx, input);
    return { Device: deviceType(deviceOf(user, input)) };
  },

  ListDevices: (ctx, input) => listDevices(signedIn(ctx, input).user, input),

  ForgetDevice: (ctx, input) => forget(signedIn(ctx, input).user, input),

  AdminListDevices: (ctx, input) => listDevices(adminUser(ctx, input), input),

  AdminGetDevice: (ctx, input) => ({ Device: deviceType(deviceOf(adminUser(ctx, input), input)) }),

  AdminUpdateDeviceStatus: (ctx, input) => updateStatus(deviceOf(adminUser(ctx, input), input), input),

  AdminForgetDevice: (ctx, input) => forget(adminUser(ctx, input), input),
};
