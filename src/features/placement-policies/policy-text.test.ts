/** The placement policy page's words for each name problem the domain finds (moved from the members' test, issue 11). */
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkServerGroup, type ServerGroupProblem } from '../../domain/server-group';
import { testTranslators } from '../../i18n/test-translators';
import { policyProblemMessage } from './policy-text';

describe('name problems in words', () => {
  let tEn: TFunction;
  let tKo: TFunction;
  beforeAll(async () => {
    ({ tEn, tKo } = await testTranslators());
  });

  it('says each problem the domain finds, in English and Korean', () => {
    const problems = [
      checkServerGroup(' ', ['anti-affinity']),
      checkServerGroup('x'.repeat(256), ['anti-affinity']),
      checkServerGroup('web', ['affinity']),
    ] as ServerGroupProblem[];
    expect(problems.map((p) => p.code)).toEqual(['nameRequired', 'nameTooLong', 'policy']);
    expect(problems.map((p) => policyProblemMessage(tEn, p))).toEqual([
      'Enter a name.',
      'A name has at most 255 characters.',
      'The policy type must be one of: anti-affinity.',
    ]);
    for (const problem of problems) {
      const korean = policyProblemMessage(tKo, problem);
      expect(korean).toMatch(/[가-힣]/);
      expect(korean).not.toContain('placementPolicies.');
    }
  });
});
