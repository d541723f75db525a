/**
 * A software WebAuthn authenticator for the dev pool's tests, built on node:crypto: it makes
 * real ES256 / RS256 credentials, CBOR-encodes authenticatorData and attestation objects and
 * signs as an authenticator does, so the pool's verifier sees a real ceremony. Every field
 * can be broken on purpose (`Tamper`) to check that the pool refuses it.
 */
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';

type Cbor = number | string | Uint8Array | boolean | null | Cbor[] | Map<Cbor, Cbor>;

function head(major: number, n: number): Buffer {
  if (n < 24) return Buffer.from([(major << 5) | n]);
  if (n < 0x100) return Buffer.from([(major << 5) | 24, n]);
  if (n < 0x10000) return Buffer.from([(major << 5) | 25, n >> 8, n & 0xff]);
  const b = Buffer.alloc(5);
  b[0] = (major << 5) | 26;
  b.writeUInt32BE(n, 1);
  return b;
}

/** Canonical-enough CBOR for the structures WebAuthn uses. */
export function encodeCbor(value: Cbor): Buffer {
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'utf8');
    return Buffer.concat([head(3, bytes.length), bytes]);
  }
  if (value instanceof Uint8Array) return Buffer.concat([head(2, value.length), value]);
  if (value === false) return Buffer.from([0xf4]);
  if (value === true) return Buffer.from([0xf5]);
  if (value === null) return Buffer.from([0xf6]);
  if (Array.isArray(value)) return Buffer.concat([head(4, value.length), ...value.map(encodeCbor)]);
  return Buffer.concat([head(5, value.size), ...[...value].flatMap(([k, v]) => [encodeCbor(k), encodeCbor(v)])]);
}

const b64u = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest();

/** What a test may break (or set) in one ceremony. */
export interface Tamper {
  origin?: string;
  type?: string;
  challenge?: string;
  /** The RP ID whose hash goes into authenticatorData. */
  rpId?: string;
  up?: boolean;
  uv?: boolean;
  /** The sign counter to report (default: one more than the last). */
  counter?: number;
  /** Flip a bit of the signature (assertion) or of the attestation signature. */
  badSignature?: boolean;
  fmt?: 'none' | 'packed' | 'fido-u2f';
  /** The alg written in a packed attestation statement. */
  attestationAlg?: number;
  /** Answer with another credential id than the one the key belongs to. */
  credentialId?: string;
  crossOrigin?: boolean;
}

export interface CreationOptionsJSON {
  challenge: string;
  rp: { id: string };
  user: { id: string };
}

export interface RequestOptionsJSON {
  challenge: string;
  rpId: string;
}

export class TestAuthenticator {
  readonly credentialId = randomBytes(32);
  readonly aaguid = Buffer.alloc(16);
  private readonly privateKey: KeyObject;
  private readonly cose: Map<Cbor, Cbor>;
  counter = 0;
  userHandle = '';

  constructor(
    readonly alg: -7 | -257 = -7,
    readonly origin = 'http://localhost:8000',
  ) {
    const pair = alg === -7 ? generateKeyPairSync('ec', { namedCurve: 'P-256' }) : generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = pair.privateKey;
    const jwk = pair.publicKey.export({ format: 'jwk' });
    const bytes = (s: string | undefined) => Buffer.from(s ?? '', 'base64url');
    this.cose =
      alg === -7
        ? new Map<Cbor, Cbor>([[1, 2], [3, -7], [-1, 1], [-2, bytes(jwk.x)], [-3, bytes(jwk.y)]])
        : new Map<Cbor, Cbor>([[1, 3], [3, -257], [-1, bytes(jwk.n)], [-2, bytes(jwk.e)]]);
  }

  get id(): string {
    return b64u(this.credentialId);
  }

  private sign(data: Buffer, bad = false): Buffer {
    const signature = this.alg === -7 ? sign('sha256', data, { key: this.privateKey, dsaEncoding: 'der' }) : sign('sha256', data, this.privateKey);
    if (bad) signature[signature.length - 1]! ^= 0x01;
    return signature;
  }

  private clientData(type: string, challenge: string, t: Tamper): Buffer {
    return Buffer.from(
      JSON.stringify({ type: t.type ?? type, challenge: t.challenge ?? challenge, origin: t.origin ?? this.origin, ...(t.crossOrigin ? { crossOrigin: true } : {}) }),
    );
  }

  private authData(rpId: string, t: Tamper, attested: boolean): Buffer {
    const parts: Uint8Array[] = [];
    const flags = (t.up === false ? 0 : 0x01) | (t.uv === false ? 0 : 0x04) | (attested ? 0x40 : 0);
    const counter = Buffer.alloc(4);
    counter.writeUInt32BE(t.counter ?? this.counter);
    parts.push(sha256(t.rpId ?? rpId), Buffer.from([flags]), counter);
    if (attested) {
      const length = Buffer.alloc(2);
      length.writeUInt16BE(this.credentialId.length);
      parts.push(this.aaguid, length, this.credentialId, encodeCbor(this.cose));
    }
    return Buffer.concat(parts);
  }

  /** navigator.credentials.create(), as RegistrationResponseJSON. */
  register(options: CreationOptionsJSON, t: Tamper = {}): Record<string, unknown> {
    this.userHandle = options.user.id;
    const clientData = this.clientData('webauthn.create', options.challenge, t);
    const authData = this.authData(options.rp.id, t, true);
    const fmt = t.fmt ?? 'none';
    const attStmt =
      fmt === 'packed'
        ? new Map<Cbor, Cbor>([
            ['alg', t.attestationAlg ?? this.alg],
            ['sig', this.sign(Buffer.concat([authData, sha256(clientData)]), t.badSignature)],
          ])
        : new Map<Cbor, Cbor>();
    const attestationObject = encodeCbor(new Map<Cbor, Cbor>([['fmt', fmt], ['attStmt', attStmt], ['authData', authData]]));
    return this.credential(t, { clientDataJSON: b64u(clientData), attestationObject: b64u(attestationObject), transports: ['internal', 'hybrid'] });
  }

  /** PublicKeyCredential.toJSON()'s frame around a response. */
  private credential(t: Tamper, response: Record<string, unknown>): Record<string, unknown> {
    const id = t.credentialId ?? this.id;
    return { id, rawId: id, type: 'public-key', authenticatorAttachment: 'platform', clientExtensionResults: {}, response };
  }

  /** navigator.credentials.get(), as AuthenticationResponseJSON; the counter moves on. */
  assert(options: RequestOptionsJSON, t: Tamper = {}): Record<string, unknown> {
    if (t.counter === undefined) this.counter += 1;
    const clientData = this.clientData('webauthn.get', options.challenge, t);
    const authData = this.authData(options.rpId, t, false);
    const signature = this.sign(Buffer.concat([authData, sha256(clientData)]), t.badSignature);
    return this.credential(t, {
      clientDataJSON: b64u(clientData),
      authenticatorData: b64u(authData),
      signature: b64u(signature),
      userHandle: this.userHandle,
    });
  }
}
