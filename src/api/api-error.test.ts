import { describe, expect, it } from 'vitest';
import { parseErrorBody } from './api-error';

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
