import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import {
  classifyKeypairFailure,
  keypairNameProblem,
  showsNameProblem,
} from './keypair-form-errors';

describe('keypairNameProblem', () => {
  it("reports the domain's rule first, then a name the list already has", () => {
    expect(keypairNameProblem('', ['demo-key'])).toBe('required');
    expect(keypairNameProblem(' leading', [' leading'])).toBe('characters');
    expect(keypairNameProblem('demo-key', ['demo-key'])).toBe('duplicate');
    expect(keypairNameProblem('demo-key', undefined)).toBe(null);
    expect(keypairNameProblem('new-key', ['demo-key'])).toBe(null);
  });
});

describe('showsNameProblem', () => {
  it('shows a duplicate as soon as it is typed, other problems once the field was touched', () => {
    expect(showsNameProblem('demo-key', ['demo-key'], false)).toBe(true);
    expect(showsNameProblem('bad name', ['demo-key'], false)).toBe(false);
    expect(showsNameProblem('bad name', ['demo-key'], true)).toBe(true);
    expect(showsNameProblem('x', undefined, false)).toBe(false);
  });
});

describe('classifyKeypairFailure', () => {
  const refusal = (status: number, message: string) => new ApiError(status, 'badRequest', message);

  it('a conflict is a duplicate name', () => {
    expect(classifyKeypairFailure(refusal(409, 'Key pair demo-key already exists.'))).toEqual({
      field: 'name',
      duplicate: true,
    });
  });

  it('a 400 about the key goes to the public key, one about the name to the name', () => {
    expect(classifyKeypairFailure(refusal(400, 'Keypair data is invalid'))).toEqual({
      field: 'publicKey',
      message: 'Keypair data is invalid',
    });
    expect(classifyKeypairFailure(refusal(400, 'Unsupported key type'))).toMatchObject({
      field: 'publicKey',
    });
    expect(classifyKeypairFailure(refusal(400, 'Keypair name contains unsafe characters'))).toEqual(
      { field: 'name', message: 'Keypair name contains unsafe characters' },
    );
  });

  it('anything else is the form’s, with its message', () => {
    expect(classifyKeypairFailure(refusal(403, 'Quota exceeded'))).toEqual({
      field: 'form',
      message: 'Quota exceeded',
    });
    expect(classifyKeypairFailure(new ApiError(0, 'network', 'fetch failed', 'network'))).toEqual({
      field: 'form',
      message: 'fetch failed',
    });
    expect(classifyKeypairFailure(new Error('boom'))).toEqual({ field: 'form', message: 'boom' });
    expect(classifyKeypairFailure('odd')).toEqual({ field: 'form', message: 'odd' });
  });
});
