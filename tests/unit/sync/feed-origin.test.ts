import { describe, expect, test } from 'vitest';
import { feedPermissionOrigin } from '../../../shared/sync/feed-origin';

describe('feedPermissionOrigin', () => {
  test.each([
    ['https://comms.example.com/herald/feed.json', 'https://comms.example.com/*'],
    ['https://comms.example.com:8443/feed.json?v=2', 'https://comms.example.com/*'],
    ['http://127.0.0.1:33347/herald/feed.json', 'http://127.0.0.1/*'],
    ['http://localhost:8080/feed.json', 'http://localhost/*'],
    ['http://[::1]:8080/feed.json', 'http://[::1]/*'],
  ])('%s -> %s (no port: Firefox refuses patterns with one)', (url, pattern) => {
    expect(feedPermissionOrigin(url)).toBe(pattern);
  });

  test('two feeds on different ports of one host need the same permission', () => {
    expect(feedPermissionOrigin('http://127.0.0.1:1/a.json')).toBe(feedPermissionOrigin('http://127.0.0.1:2/b.json'));
  });
});
