import { describe, expect, it } from 'vitest';
import { checkServerGroup, describeServerGroupProblem } from './server-group';

describe('placement policies (배치 정책)', () => {
  it('take a name and the anti-affinity policy only', () => {
    expect(checkServerGroup('web-spread', ['anti-affinity'])).toBeNull();
    expect(checkServerGroup(' ', ['anti-affinity'])).toEqual({ code: 'nameRequired' });
    expect(checkServerGroup('n'.repeat(256), ['anti-affinity'])).toMatchObject({
      code: 'nameTooLong',
    });
    for (const policies of [['affinity'], ['soft-anti-affinity'], [], ['anti-affinity', 'x']]) {
      const problem = checkServerGroup('p', policies);
      expect(problem).toMatchObject({ code: 'policy' });
      expect(problem && describeServerGroupProblem(problem)).toContain('anti-affinity');
    }
  });
});
