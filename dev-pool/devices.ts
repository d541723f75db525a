/**
 * Remembered devices (DeviceConfiguration). A sign-in that names no known device gets a new
 * one in NewDeviceMetadata; ConfirmDevice stores the device's SRP verifier, made by the SDK
 * with the DeviceGroupKey as "pool name" and the DeviceKey as user id; a later sign-in from
 * a remembered device proves that secret with DEVICE_SRP_AUTH instead of answering MFA.
 */
import { randomInt, randomUUID } from 'node:crypto';
import type { PoolContext, Json } from './context.js';
import { resourceNotFound } from './errors.js';
import type { DeviceRecord, UserRecord } from './users.js';
import { dict } from './store.js';

const DAY_MS = 86_400_000;
const seconds = (ms: number) => ms / 1000;

export const deviceNotFound = () => resourceNotFound('Device does not exist.');

export const trackingOn = (ctx: PoolContext): boolean => ctx.config.deviceConfiguration !== undefined;

/**
 * A DEVICE_KEY that is not the user's fails with ResourceNotFoundException naming the
 * device: amazon-cognito-identity-js looks for exactly that, forgets its cached device and
 * answers PASSWORD_VERIFIER again without one.
 */
export function assertKnownDevice(ctx: PoolContext, user: UserRecord, deviceKey: string | undefined): void {
  if (deviceKey && trackingOn(ctx) && !user.devices[deviceKey]) throw deviceNotFound();
}

/** A device that can stand in for MFA: remembered, with a verifier from ConfirmDevice. */
export function rememberedDevice(ctx: PoolContext, user: UserRecord, deviceKey: string | undefined): DeviceRecord | undefined {
  if (!deviceKey || !trackingOn(ctx)) return undefined;
  const device = user.devices[deviceKey];
  return device?.remembered && device.verifier ? device : undefined;
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** DeviceGroupKeys look like "-aBcD3fGhI"; one per user. */
function groupKeyOf(user: UserRecord): string {
  user.deviceGroupKey ??= `-${Array.from({ length: 9 }, () => ALPHANUMERIC[randomInt(ALPHANUMERIC.length)]).join('')}`;
  return user.deviceGroupKey;
}

/**
 * The device a new sign-in is bound to: the known one it named, or a new one to report in
 * NewDeviceMetadata. Undefined when the pool does not remember devices.
 */
export function bindDevice(
  ctx: PoolContext,
  user: UserRecord,
  deviceKey: string | undefined,
): { device: DeviceRecord; isNew: boolean } | undefined {
  if (!trackingOn(ctx)) return undefined;
  const now = Date.now();
  const known = deviceKey ? user.devices[deviceKey] : undefined;
  if (known) {
    known.lastAuthenticatedAt = now;
    return { device: known, isNew: false };
  }
  // Devices never confirmed are of no use to anyone after a day; without this, every SDK
  // sign-in that skips ConfirmDevice would leave one behind for good.
  for (const [key, device] of Object.entries(user.devices)) {
    if (!device.verifier && device.createdAt < now - DAY_MS) delete user.devices[key];
  }
  const device: DeviceRecord = {
    deviceKey: `${ctx.config.region}_${randomUUID()}`,
    deviceGroupKey: groupKeyOf(user),
    attributes: dict(),
    remembered: false,
    createdAt: now,
    updatedAt: now,
    lastAuthenticatedAt: now,
  };
  user.devices[device.deviceKey] = device;
  return { device, isNew: true };
}

/** Cognito's DeviceType. */
export function deviceType(device: DeviceRecord): Json {
  return {
    DeviceKey: device.deviceKey,
    DeviceAttributes: [
      { Name: 'device_status', Value: 'valid' },
      ...Object.entries(device.attributes).map(([Name, Value]) => ({ Name, Value })),
      { Name: 'dev:device_remembered_status', Value: device.remembered ? 'remembered' : 'not_remembered' },
    ],
    DeviceCreateDate: seconds(device.createdAt),
    DeviceLastModifiedDate: seconds(device.updatedAt),
    DeviceLastAuthenticatedDate: seconds(device.lastAuthenticatedAt),
  };
}

/** Devices ListDevices shows: the confirmed ones. */
export const listedDevices = (user: UserRecord): DeviceRecord[] =>
  Object.values(user.devices)
    .filter((d) => d.verifier)
    .sort((a, b) => a.createdAt - b.createdAt);
