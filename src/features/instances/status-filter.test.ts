import { describe, expect, it } from 'vitest';
import { FILTERABLE_SERVER_STATUSES } from '../../domain/server-status';
import { statusFilterFromUrl } from './status-filter';

describe('the status filter in the URL', () => {
  it('sends every status an operator can choose as it is', () => {
    for (const status of FILTERABLE_SERVER_STATUSES) {
      expect(statusFilterFromUrl(status)).toEqual({ status, rewrite: false });
    }
  });

  it("reads the 2023 guide's names as the Nova status they meant, and sends Nova's name", () => {
    expect(statusFilterFromUrl('STOPPED')).toEqual({ status: 'SHUTOFF', rewrite: true });
    expect(statusFilterFromUrl('BUILDING')).toEqual({ status: 'BUILD', rewrite: true });
    expect(statusFilterFromUrl('RESIZED')).toEqual({ status: 'RESIZE', rewrite: true });
    expect(statusFilterFromUrl('RESCUED')).toEqual({ status: 'RESCUE', rewrite: true });
    expect(statusFilterFromUrl('shutoff')).toEqual({ status: 'SHUTOFF', rewrite: true });
  });

  it('never sends DELETED (Nova: 403 to non-administrators) or a name nobody knows', () => {
    expect(statusFilterFromUrl('DELETED')).toEqual({ status: undefined, rewrite: true });
    expect(statusFilterFromUrl('deleted')).toEqual({ status: undefined, rewrite: true });
    expect(statusFilterFromUrl('NOT_A_STATUS')).toEqual({ status: undefined, rewrite: true });
  });

  it('no filter is no filter', () => {
    expect(statusFilterFromUrl(null)).toEqual({ status: undefined, rewrite: false });
    expect(statusFilterFromUrl('')).toEqual({ status: undefined, rewrite: false });
  });
});
