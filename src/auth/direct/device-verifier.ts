import { gPow, hash, hexHash, hexToBytes, padHex, randomNumber, toBase64, fromHex } from './srp-math.js';

/** What ConfirmDevice registers for a new device, and the random password this device keeps. */
export interface DeviceVerifier {
  randomPassword: string;
  /** DeviceSecretVerifierConfig's Salt and PasswordVerifier, base64. */
  Salt: string;
  PasswordVerifier: string;
}

/**
 * As the SDK's generateHashDevice: a random password (40 random bytes, base64), a 16-byte salt,
 * and the verifier g^x with x = H(salt ‖ H(deviceGroupKey ‖ deviceKey ‖ ":" ‖ password)), so
 * that the device can later prove it holds the password (DEVICE_SRP_AUTH) without sending it.
 */
export async function deviceVerifier(
  deviceGroupKey: string,
  deviceKey: string,
  random = { password: crypto.getRandomValues(new Uint8Array(40)), salt: randomNumber(16) },
): Promise<DeviceVerifier> {
  const randomPassword = toBase64(random.password);
  const salt = padHex(random.salt);
  const x = fromHex(hexHash(salt + hash(`${deviceGroupKey}${deviceKey}:${randomPassword}`)));
  const verifier = padHex(await gPow(x));
  return { randomPassword, Salt: toBase64(hexToBytes(salt)), PasswordVerifier: toBase64(hexToBytes(verifier)) };
}
