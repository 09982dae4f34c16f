import { describe, expect, it } from 'vitest';
import { guardAddress, isBlockedAddress } from './guard-address.js';
import { SourceError } from './source-types.js';

describe('isBlockedAddress', () => {
  it.each([
    ['127.0.0.1', 'IPv4 loopback'],
    ['127.45.1.9', 'the rest of 127/8'],
    ['10.20.30.40', 'private 10/8'],
    ['172.16.0.1', 'private 172.16/12, low end'],
    ['172.31.255.254', 'private 172.16/12, high end'],
    ['192.168.1.1', 'private 192.168/16'],
    ['169.254.169.254', 'link-local (cloud metadata)'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['0.0.0.0', 'this network'],
    ['224.0.0.251', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['198.51.100.7', 'documentation range'],
    ['::1', 'IPv6 loopback'],
    ['::', 'IPv6 unspecified'],
    ['fd12:3456:789a::1', 'IPv6 unique local'],
    ['fe80::1', 'IPv6 link-local'],
    ['ff02::1', 'IPv6 multicast'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback, dotted'],
    ['::ffff:a00:1', 'IPv4-mapped 10.0.0.1, hex'],
    ['64:ff9b::c0a8:101', 'NAT64 of 192.168.1.1'],
    ['not-an-address', 'anything that is not an IP literal'],
  ])('blocks %s (%s)', (address) => {
    expect(isBlockedAddress(address)).toBe(true);
  });

  it.each([
    ['8.8.8.8'],
    ['172.32.0.1'],
    ['172.15.255.255'],
    ['100.128.0.1'],
    ['93.184.215.14'],
    ['2606:4700:4700::1111'],
    ['::ffff:8.8.4.4'],
    ['2404:6800:4009:80b::200e'],
  ])('allows the public address %s', (address) => {
    expect(isBlockedAddress(address)).toBe(false);
  });
});

describe('guardAddress', () => {
  const resolver = (table: Record<string, string[]>) => async (host: string) => {
    const addresses = table[host];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return addresses;
  };

  async function refusal(url: string, resolve = resolver({})): Promise<SourceError> {
    try {
      await guardAddress(new URL(url), resolve);
    } catch (error) {
      if (error instanceof SourceError) return error;
      throw error;
    }
    throw new Error(`expected ${url} to be refused`);
  }

  it('lets a name that resolves only to public addresses through', async () => {
    const resolve = resolver({
      'news.example.org': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
    });
    await expect(guardAddress(new URL('https://news.example.org/a'), resolve)).resolves.toBeUndefined();
  });

  it('refuses a name when any of its addresses is private', async () => {
    const resolve = resolver({ 'mixed.example.org': ['93.184.215.14', '10.0.0.7'] });
    const error = await refusal('https://mixed.example.org/story', resolve);
    expect(error.code).toBe('BLOCKED_ADDRESS');
    expect(error.message).toContain('mixed.example.org resolves to 10.0.0.7');
  });

  it.each([
    ['http://127.0.0.1:8080/admin', '127.0.0.1'],
    ['http://[::1]/', '::1'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254'],
    ['http://0x7f.1/', '127.0.0.1'],
  ])('refuses the address literal in %s without asking DNS', async (url, host) => {
    const error = await refusal(url, async () => {
      throw new Error('DNS must not be asked');
    });
    expect(error.code).toBe('BLOCKED_ADDRESS');
    expect(error.message).toContain(`${host} is a private, loopback or other non-public address`);
  });

  it('reports a name that does not resolve as a fetch failure', async () => {
    const error = await refusal('https://no-such-host.invalid/');
    expect(error.code).toBe('FETCH_FAILED');
    expect(error.message).toBe('host no-such-host.invalid could not be resolved (ENOTFOUND)');
  });

  it('refuses localhost through the real resolver', async () => {
    await expect(guardAddress(new URL('http://localhost:3000/'))).rejects.toMatchObject({
      code: 'BLOCKED_ADDRESS',
    });
  });
});
