import { describe, expect, it } from 'vitest';
import { sitePolicy } from '../../src/integrations/security-headers';
import { scriptHash } from '../../src/lib/csp';

describe('the site-wide policy for header files', () => {
  it('joins every page\'s hashes under each directive and forbids framing', () => {
    const policy = sitePolicy([
      "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-x'",
      "default-src 'self'; script-src 'self' 'sha256-b' 'sha256-a'; style-src 'self'",
    ]);
    expect(policy).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-x'; frame-ancestors 'none'");
  });

  it('hashes an inline script the way browsers do', () => {
    // echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
    expect(scriptHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });
});
