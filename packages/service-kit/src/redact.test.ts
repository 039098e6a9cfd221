import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact.js';

describe(redactSecrets.name, () => {
  it('replaces API keys and bearer credentials, and leaves other text alone', () => {
    expect(redactSecrets('/api/apps?key=isk_AbC-123_xyz&limit=2')).toBe(
      '/api/apps?key=isk_[redacted]&limit=2',
    );
    expect(redactSecrets('sent Bearer abc.def-ghi, then more')).toBe('sent Bearer [redacted], then more');
    expect(redactSecrets('/api/apps/abcdefghijkl')).toBe('/api/apps/abcdefghijkl');
  });
});
