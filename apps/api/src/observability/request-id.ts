import { randomUUID } from 'node:crypto';

/** A request id a proxy may already have given (X-Request-Id), if it looks like one. */
const acceptedRequestId = /^[\w.:-]{1,100}$/;

interface IdentifiedRequest {
  headers: Record<string, string | string[] | undefined>;
  requestId?: string;
}

/** Gives every HTTP request an id, returned as X-Request-Id and written on its log line. */
export function requestId(request: IdentifiedRequest, response: { setHeader(name: string, value: string): void }, next: () => void): void {
  const given = request.headers['x-request-id'];
  request.requestId = typeof given === 'string' && acceptedRequestId.test(given) ? given : randomUUID();
  response.setHeader('x-request-id', request.requestId);
  next();
}
