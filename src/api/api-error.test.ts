import { describe, expect, it } from 'vitest';
import {
  ApiError,
  gatewayHeader,
  parseErrorBody,
  parseRetryAfter,
  writeOutcome,
} from './api-error';

describe('parseErrorBody reads every NHN Cloud error shape', () => {
  it.each([
    [
      'Nova',
      409,
      {
        conflictingRequest: {
          code: 409,
          message: "Cannot 'os-stop' instance x while it is in vm_state stopped",
        },
      },
      'conflictingRequest',
      "Cannot 'os-stop' instance x while it is in vm_state stopped",
    ],
    [
      'Nova 404',
      404,
      { itemNotFound: { code: 404, message: 'Instance x could not be found.' } },
      'itemNotFound',
      'Instance x could not be found.',
    ],
    [
      'Cinder',
      400,
      { badRequest: { code: 400, message: 'Invalid volume' } },
      'badRequest',
      'Invalid volume',
    ],
    [
      'Keystone',
      401,
      {
        error: {
          code: 401,
          title: 'Unauthorized',
          message: 'The request you have made requires authentication.',
        },
      },
      'Unauthorized',
      'The request you have made requires authentication.',
    ],
    [
      'Neutron',
      404,
      {
        NeutronError: {
          type: 'SecurityGroupNotFound',
          message: 'Security group x does not exist',
          detail: '',
        },
      },
      'SecurityGroupNotFound',
      'Security group x does not exist',
    ],
    [
      'Glance',
      404,
      { code: '404 Not Found', title: 'Not Found', message: 'No image found with ID x' },
      'Not Found',
      'No image found with ID x',
    ],
    [
      'proxy',
      404,
      { error: { code: 404, message: 'No upstream for /api/x' } },
      'HTTP 404',
      'No upstream for /api/x',
    ],
    [
      'overLimit',
      413,
      { overLimit: { code: 413, message: 'Quota exceeded for instances' } },
      'overLimit',
      'Quota exceeded for instances',
    ],
  ])('%s', (_name, status, body, code, message) => {
    expect(parseErrorBody(status, body)).toEqual({ code, message });
  });

  it('reads an HTML or text body', () => {
    expect(
      parseErrorBody(
        502,
        '<html><body><h1>502 Bad Gateway</h1>\n<p>upstream timed out</p></body></html>',
      ),
    ).toEqual({
      code: 'HTTP 502',
      message: 'upstream timed out',
    });
    expect(parseErrorBody(500, 'Something broke')).toEqual({
      code: 'HTTP 500',
      message: 'Something broke',
    });
  });

  it('falls back to the status for empty or unknown bodies', () => {
    expect(parseErrorBody(503, '', 'Service Unavailable')).toEqual({
      code: 'HTTP 503',
      message: 'Service Unavailable',
    });
    expect(parseErrorBody(500, { a: 1, b: 2 })).toEqual({
      code: 'HTTP 500',
      message: 'Request failed with status 500',
    });
    expect(parseErrorBody(500, null)).toEqual({
      code: 'HTTP 500',
      message: 'Request failed with status 500',
    });
  });
});

describe('NHN API-gateway bodies', () => {
  it('reads a refusal, with its resultCode as the code', () => {
    expect(
      parseErrorBody(200, {
        header: { isSuccessful: false, resultCode: 4001, resultMessage: 'Invalid parameter' },
      }),
    ).toEqual({ code: 'resultCode 4001', message: 'Invalid parameter', resultCode: 4001 });
  });

  it('falls back to the HTTP status when the refusal names no code or message', () => {
    expect(parseErrorBody(503, { header: { isSuccessful: false } }, 'Service Unavailable')).toEqual(
      { code: 'resultCode 503', message: 'Service Unavailable', resultCode: 503 },
    );
  });

  it('tells a gateway header from other bodies', () => {
    expect(gatewayHeader({ header: { isSuccessful: true, resultCode: 0 } })).toEqual({
      isSuccessful: true,
      resultCode: 0,
      resultMessage: undefined,
    });
    expect(gatewayHeader({ header: { resultCode: 0 } })).toBeNull();
    expect(gatewayHeader({ servers: [] })).toBeNull();
    expect(gatewayHeader('header')).toBeNull();
  });

  it('marks the error as a gateway refusal and, for resultCode 429, as rate limiting', () => {
    const refusal = new ApiError(200, 'resultCode 429', 'Too many', 'http', undefined, {
      resultCode: 429,
    });
    expect(refusal.isGatewayRefusal).toBe(true);
    expect(refusal.isRateLimited).toBe(true);
    const nova = new ApiError(409, 'conflictingRequest', 'No');
    expect(nova.isGatewayRefusal).toBe(false);
    expect(nova.isRateLimited).toBe(false);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-05-01T00:00:00Z');
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });
  it('reads an HTTP date, never into the past', () => {
    expect(parseRetryAfter('Fri, 01 May 2026 00:01:30 GMT', now)).toBe(90_000);
    expect(parseRetryAfter('Thu, 30 Apr 2026 23:00:00 GMT', now)).toBe(0);
  });
  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
    expect(parseRetryAfter('1.5', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});

describe('writeOutcome', () => {
  const http = (status: number, details = {}) =>
    new ApiError(status, 'x', 'm', 'http', 'POST /servers', details);
  it('is refused only when NHN Cloud answered no: a 4xx or a gateway refusal', () => {
    expect(writeOutcome(http(400))).toBe('refused');
    expect(writeOutcome(http(403))).toBe('refused');
    expect(writeOutcome(http(409))).toBe('refused');
    expect(writeOutcome(http(429))).toBe('refused');
    expect(writeOutcome(http(200, { resultCode: 403 }))).toBe('refused');
    expect(writeOutcome(new Error('the form threw before sending'))).toBe('refused');
  });
  it('is unknown without an answer or after a server fault: the change may have happened', () => {
    expect(writeOutcome(http(500))).toBe('unknown');
    expect(writeOutcome(http(502))).toBe('unknown');
    expect(writeOutcome(http(504))).toBe('unknown');
    expect(writeOutcome(new ApiError(0, 'timeout', 'No answer', 'timeout'))).toBe('unknown');
    expect(writeOutcome(new ApiError(0, 'network', 'Unreachable', 'network'))).toBe('unknown');
  });
});
