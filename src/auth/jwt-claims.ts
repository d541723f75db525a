/**
 * A JWT's claims, read without verification (the server checks them); {} when unreadable, as the
 * SDK. `atob` takes base64url's unpadded length; its alphabet is mapped first. Here, not in the
 * adapter's chunk, because the elements read the ID token's claims too (what a user signs in with).
 */
export function claims(jwt: string): Record<string, unknown> {
  try {
    const base64 = (jwt.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)))) as Record<string, unknown>;
  } catch {
    return {};
  }
}
