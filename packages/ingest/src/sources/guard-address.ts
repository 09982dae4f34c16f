/**
 * Refuses URLs whose host is, or resolves to, an address that is not on the public internet:
 * loopback, private (RFC 1918, unique-local), carrier-grade NAT, link-local (cloud metadata
 * endpoints live there), multicast, documentation and reserved ranges, for IPv4 and IPv6, including
 * IPv4 addresses wrapped in IPv6 (`::ffff:10.0.0.1`, NAT64 `64:ff9b::/96`).
 *
 * Every address a name resolves to is checked, so a name with one public and one private address
 * is refused. The check runs before each request and each redirect hop.
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { SourceError } from './source-types.js';

const BLOCKED = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata services)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast (deprecated)
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and 255.255.255.255 broadcast
] as const) {
  BLOCKED.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['100::', 64], // discard-only
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const) {
  BLOCKED.addSubnet(network, prefix, 'ipv6');
}

/** The IPv4 address carried inside an IPv6 one (mapped, compatible or NAT64), or null. */
function embeddedIpv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(lower);
  if (dotted) return dotted[1]!;
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return null;
  const high = Number.parseInt(hex[1]!, 16);
  const low = Number.parseInt(hex[2]!, 16);
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}

/** True when `address` (an IPv4 or IPv6 literal) is not a public unicast address. */
export function isBlockedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, 'ipv4');
  if (family === 6) {
    const v4 = embeddedIpv4(address);
    if (v4 !== null && isIP(v4) === 4) return BLOCKED.check(v4, 'ipv4');
    return BLOCKED.check(address, 'ipv6');
  }
  return true;
}

export type ResolveHost = (hostname: string) => Promise<string[]>;

const resolveWithDns: ResolveHost = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * Throws `SourceError` BLOCKED_ADDRESS when the URL's host is or resolves to a non-public address,
 * FETCH_FAILED when the name does not resolve.
 */
export async function guardAddress(url: URL, resolve: ResolveHost = resolveWithDns): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) {
    addresses = [host];
  } else {
    try {
      addresses = await resolve(host);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new SourceError('FETCH_FAILED', `host ${host} could not be resolved${code ? ` (${code})` : ''}`, {
        cause: error,
      });
    }
    if (addresses.length === 0) throw new SourceError('FETCH_FAILED', `host ${host} has no address`);
  }
  const blocked = addresses.find((address) => isBlockedAddress(address));
  if (blocked !== undefined) {
    const via = blocked === host ? '' : ` (${host} resolves to ${blocked})`;
    throw new SourceError(
      'BLOCKED_ADDRESS',
      `refused to fetch: ${host} is a private, loopback or other non-public address${via} and private network access is not allowed`,
    );
  }
}
