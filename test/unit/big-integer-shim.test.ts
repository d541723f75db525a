import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import Shim from '../../src/shims/big-integer.js';

// The SDK's own jsbn build (CommonJS) is the reference.
const Jsbn = createRequire(import.meta.url)('amazon-cognito-identity-js/lib/BigInteger.js').default;
const hex = (bytes: number) => randomBytes(bytes).toString('hex').replace(/^0+/, '') || '0';
const N_HEX = 'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
  'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7EDEE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3BE39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA051015728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200CBBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF';

test('the BigInt shim computes what the SDK\'s jsbn computes, for the SRP operations', async () => {
  const N = [new Shim(N_HEX, 16), new Jsbn(N_HEX, 16)] as const;
  for (let i = 0; i < 12; i++) {
    const a = hex(1 + ((i * 37) % 400));
    const b = hex(1 + ((i * 53) % 384));
    const [sa, ja] = [new Shim(a, 16), new Jsbn(a, 16)];
    const [sb, jb] = [new Shim(b, 16), new Jsbn(b, 16)];
    assert.equal(sa.toString(16), ja.toString(16));
    assert.equal(sa.add(sb).toString(16), ja.add(jb).toString(16));
    assert.equal(sa.subtract(sb).toString(16), ja.subtract(jb).toString(16), 'negative results too');
    assert.equal(sb.subtract(sa).mod(N[0]).toString(16), jb.subtract(ja).mod(N[1]).toString(16));
    assert.equal(sa.multiply(sb).mod(N[0]).toString(16), ja.multiply(jb).mod(N[1]).toString(16));
    assert.equal(sa.subtract(sb).abs().toString(16), ja.subtract(jb).abs().toString(16));
    assert.equal(sa.compareTo(sb), Math.sign(ja.compareTo(jb)));
    const viaShim = sb.subtract(sa).modPow(sa, N[0]);
    assert.equal(viaShim.toString(16), jb.subtract(ja).modPow(ja, N[1], () => {}).toString(16));
    // The SDK's way, with a callback: computed in slices, the same number.
    const sliced = await new Promise<string>((resolve) => sb.subtract(sa).modPow(sa, N[0], (_e, r) => resolve(r.toString(16))));
    assert.equal(sliced, viaShim.toString(16));
  }
  assert.ok(Shim.ZERO.equals(new Shim('', 16)));
  assert.equal(new Shim('ff', 16).add(Shim.ONE).toString(16), '100');
});

test('a sliced modPow yields to the event loop: no slice blocks for long', async () => {
  const N = new Shim(N_HEX, 16);
  const a = new Shim(hex(256), 16);
  const gaps: number[] = [];
  let last = performance.now();
  const ticker = setInterval(() => {
    gaps.push(performance.now() - last);
    last = performance.now();
  }, 0);
  const viaSlices = await new Promise<string>((resolve) => new Shim('2', 16).modPow(a, N, (_e, r) => resolve(r.toString(16))));
  clearInterval(ticker);
  assert.equal(viaSlices, new Shim('2', 16).modPow(a, N).toString(16));
  assert.ok(gaps.length > 1, 'timers ran while it computed');
});
