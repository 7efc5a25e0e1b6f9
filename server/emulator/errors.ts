/**
 * Errors in the shapes each service uses: Nova's `{"badRequest": {"code", "message"}}` for
 * compute and block storage, Neutron's `{"NeutronError": …}`, Glance's and Keystone's own.
 * Handlers throw an EmulatorError; the app renders it for the service the path belongs to.
 */

export type Service = 'identity' | 'compute' | 'image' | 'network' | 'block-storage' | 'control';

export class EmulatorError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Neutron's error type, e.g. `SecurityGroupNotFound`. */
    readonly neutronType?: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new EmulatorError(400, message);
export const notFound = (message: string, neutronType?: string) =>
  new EmulatorError(404, message, neutronType);
export const conflict = (message: string) => new EmulatorError(409, message);
export const forbidden = (message: string) => new EmulatorError(403, message);
export const unauthorized = () =>
  new EmulatorError(401, 'The request you have made requires authentication.');

const NOVA_KEYS: Record<number, string> = {
  400: 'badRequest',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'itemNotFound',
  405: 'HTTPMethodNotAllowed',
  409: 'conflictingRequest',
  413: 'overLimit',
  415: 'badMediaType',
  429: 'overLimit',
  500: 'computeFault',
  501: 'notImplemented',
  503: 'serviceUnavailable',
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Request Entity Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

const NEUTRON_TYPES: Record<number, string> = {
  400: 'BadRequest',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  500: 'InternalServerError',
};

export function serviceOfPath(path: string): Service {
  const first = path.split('/')[1] ?? '';
  switch (first) {
    case 'identity':
    case 'compute':
    case 'image':
    case 'network':
    case 'block-storage':
      return first;
    default:
      return 'control';
  }
}

export function errorBody(
  service: Service,
  status: number,
  message: string,
  neutronType?: string,
): unknown {
  const title = TITLES[status] ?? 'Error';
  // Every service answers a missing or bad token the way keystonemiddleware does.
  if (status === 401 || service === 'identity') {
    return { error: { code: status, title, message } };
  }
  switch (service) {
    case 'compute':
    case 'block-storage':
      return {
        [NOVA_KEYS[status] ?? (status >= 500 ? 'computeFault' : 'badRequest')]: {
          code: status,
          message,
        },
      };
    case 'network':
      return {
        NeutronError: {
          type: neutronType ?? NEUTRON_TYPES[status] ?? 'HTTPError',
          message,
          detail: '',
        },
      };
    case 'image':
      return { code: status, title, message };
    case 'control':
      return { error: { code: status, message } };
  }
}
